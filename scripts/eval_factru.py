"""Measure who/where extraction on factRuEval-2016 (Russian news with gold persons, organisations, places).

Usage: python scripts/eval_factru.py ../shared/dev/ru_factru_dev.jsonl [--half odd|even] [--errors entities|roles]
(``--half``: only the odd- or even-numbered texts, counting lines from 1, to develop on one half and check on the
other; ``--errors entities``: also list every false positive and miss per type, as lines ``ERR <type> FP|FN #<text>
<name>``; ``--errors roles``: one line per gold person with an occupation whose role came out wrong: the kind of
error (unfound person, no role, wrong role), the gold job/organisation, the predicted role and the first sentence
naming the person.)

Per text, the title and the text's paragraphs are segmented with factsheet.segment.split_sentences and passed
to extract_entities; predicted items are compared with the gold entities of that text, micro-averaged:

- person: a predicted person matches a gold person when its base-form name equals (case-insensitive, ё = е) one of
  "first last", "first patronymic last", "last first", "last", or, for a gold person with no last name, "first"
  or the nickname; a gold person annotated with a last name only also matches "<any given name> last", and
  middle names of the prediction are ignored ("Реджеп Тайип Эрдоган" matches "Реджеп Эрдоган"). Each gold and each predicted item is matched at most once.
- organization: the predicted name equals one of the gold names (quotes «»"" and case ignored).
- place: gold `locations` plus `locorgs` (states and cities acting as actors), matched like organisations.
- role accuracy: over gold persons with an occupation (job or organisation), the share whose matched predicted
  person has a role sharing a word stem (first 5 letters) with the job or the organisation. Unfound persons count
  as wrong ("all"); the share among found persons is also shown. A second figure matches words up to their
  ending instead of by five-letter stems ("президент Ирана" names "Иран", which the stems miss); the first figure
  stays the one the targets are set on. Note: this dev file's occupations carry the organisation only (``job``
  is always empty), so a bare title ("премьер-министр") never counts.
- the unnamed subject of a lead ("Около 30 рабочих", ``Entities.subject``) is no named entity and is not scored.
- baseline: every capitalised word span not at a sentence start, predicted as each type.
"""
from __future__ import annotations

import json
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from factsheet import langpack  # noqa: E402
from factsheet.facts.entities import extract_entities  # noqa: E402
from factsheet.segment import split_sentences  # noqa: E402


def norm(s: str) -> str:
    s = re.sub(r"[«»\"“”„]", " ", s.lower().replace("ё", "е"))
    return " ".join(s.split())


def person_forms(g: dict) -> set[str]:
    first, last = g.get("first", []), g.get("last", [])
    patr, nick = g.get("patronymic", []), g.get("nick", [])
    out = set()
    for f in first or [""]:
        for l in last or [""]:
            if l:
                out |= {f"{f} {l}", l, f"{l} {f}"}
                out |= {f"{f} {p} {l}" for p in patr}
            elif f:
                out.add(f)
    out |= set(nick)
    if last and not first:
        out |= {f"* {l}" for l in last}
    return {norm(x) for x in out if x.strip()}


def match(preds: list[str], golds: list[set[str]]) -> tuple[int, dict[int, int]]:
    """Greedy one-to-one matching; returns matches and gold index -> pred index."""
    pairs, used = {}, set()
    for gi, forms in enumerate(golds):
        for pi, p in enumerate(preds):
            words = norm(p).split()
            alt = "* " + words[-1] if len(words) >= 2 else None
            outer = f"{words[0]} {words[-1]}" if len(words) > 2 else None  # middle names ignored
            if pi not in used and (norm(p) in forms or alt in forms or outer in forms):
                pairs[gi] = pi
                used.add(pi)
                break
    return len(pairs), pairs


FUNCTION = {"по", "от", "из", "на", "при", "за", "до", "во", "со", "об"}


def stems(text: str) -> set[str]:
    return {w[:5] for w in re.findall(r"\w+", norm(text)) if len(w) >= 2 and not w.isdigit() and w not in FUNCTION}


def words_of(text: str) -> list[str]:
    return [w for w in re.findall(r"\w+", norm(text)) if len(w) >= 2 and not w.isdigit() and w not in FUNCTION]


def inflected_match(role: str, gold: str) -> bool:
    """Do role and gold share a word up to its ending: a common prefix of five letters, or of all but the last
    letter of the shorter word ("Ирана" ~ "Иран", "Китая" ~ "Китай", which five-letter stems miss)?"""
    for a in words_of(role):
        for b in words_of(gold):
            n = min(5, max(3, min(len(a), len(b)) - 1))
            if a[:n] == b[:n]:
                return True
    return False


def baseline(sentences: list[str]) -> list[str]:
    out = []
    for s in sentences:
        words = re.findall(r"[^\W\d_][\w-]*|\S", s)
        run: list[str] = []
        for i, w in enumerate(words + ["."]):
            if w[0].isupper() and i > 0 and w[0].isalpha():
                run.append(w)
                continue
            if run:
                out.append(" ".join(run))
            run = []
    return list(dict.fromkeys(out))


def prf(tp, np_, ng):
    p = tp / np_ if np_ else 0.0
    r = tp / ng if ng else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def entity_errors(number: int, kind: str, preds: list[str], golds: list[set[str]], pairs: dict[int, int]) -> None:
    """Print one text's false positives (FP) and misses (FN) of one type, for listing errors by kind."""
    used = set(pairs.values())
    for pi, p in enumerate(preds):
        if pi not in used:
            print(f"ERR {kind:12} FP  #{number:<4} {p}")
    for gi, forms in enumerate(golds):
        if gi not in pairs:
            print(f"ERR {kind:12} FN  #{number:<4} {' | '.join(sorted(forms))}")


def role_error(text_id: str, g: dict, occ: list[dict], person, sents: list[str]) -> str:
    """One listing line for a gold person whose role is wrong: kind, name, gold job | org, predicted role, where."""
    name = " ".join(g.get("first", []) + g.get("last", []) + g.get("nick", [])[:1])
    if person is None:
        kind, role = "unfound", ""
    else:
        kind, role = ("no-role" if not person.role else "wrong-role"), person.role or ""
    jobs = "; ".join(" ".join(o.get("job", [])) + " | " + " ".join(o.get("org", [])) for o in occ)
    key = norm((g.get("last") or g.get("first") or g.get("nick") or [""])[0])[:5]
    where = next((x for x in sents if key and key in norm(x)), "")
    return f"{kind:10} {text_id} {name!r} gold [{jobs}] got {role!r} :: {where[:160]}"


def main(path: str, half: str | None = None, errors: str | None = None) -> dict:
    pack = langpack.load("ru")
    counts = {k: [0, 0, 0] for k in ("person", "organization", "place")}
    base = {k: [0, 0, 0] for k in counts}
    role_ok = role_all = role_found = role_inflected = 0
    times = []
    for number, line in enumerate(open(path, encoding="utf-8"), 1):
        if half and (number % 2 == 1) != (half == "odd"):
            continue
        row = json.loads(line)
        paras = [row.get("title") or ""] + row["text"].split("\n")
        sents = split_sentences([p for p in paras if p.strip()], pack)
        t = time.perf_counter()
        ents = extract_entities(sents, pack)
        times.append(time.perf_counter() - t)
        gold = {
            "person": [person_forms(g) for g in row["persons"]],
            "organization": [{norm(n) for n in g["names"]} for g in row["orgs"]],
            "place": [{norm(n) for n in g["names"]} for g in row["locations"] + row["locorgs"]],
        }
        people = [p for p in ents.who if p.type == "person" and p is not ents.subject]
        pred = {
            "person": [p.name for p in people],
            "organization": [p.name for p in ents.who if p.type == "organization"],
            "place": [p.name for p in ents.where],
        }
        naive = baseline(sents)
        pairs_person = {}
        for k in counts:
            tp, pairs = match(pred[k], gold[k])
            if k == "person":
                pairs_person = pairs
            if errors == "entities":
                entity_errors(number, k, pred[k], gold[k], pairs)
            counts[k][0] += tp
            counts[k][1] += len(pred[k])
            counts[k][2] += len(gold[k])
            btp, _ = match(naive, gold[k])
            base[k][0] += btp
            base[k][1] += len(naive)
            base[k][2] += len(gold[k])
        occ: dict[str, set[str]] = {}
        jobs: dict[str, list[str]] = {}
        for o in row["occupations"]:
            occ.setdefault(o["person"], set()).update(stems(" ".join(o.get("job", []) + o.get("org", []))))
            jobs.setdefault(o["person"], []).append(" ".join(o.get("job", []) + o.get("org", [])))
        for gi, g in enumerate(row["persons"]):
            if g["id"] not in occ:
                continue
            role_all += 1
            person = people[pairs_person[gi]] if gi in pairs_person else None
            role_found += person is not None
            if person is not None and person.role and any(inflected_match(person.role, x) for x in jobs[g["id"]]):
                role_inflected += 1
            if person is not None and person.role and stems(person.role) & occ[g["id"]]:
                role_ok += 1
            elif errors == "roles":
                print(role_error(row["id"], g, [o for o in row["occupations"] if o["person"] == g["id"]], person,
                                 sents))
    out = {}
    print(f"{'type':14} {'P':>6} {'R':>6} {'F1':>6}   baseline P/R/F1")
    for k in counts:
        p, r, f = prf(*counts[k])
        bp, br, bf = prf(*base[k])
        out[k] = f
        print(f"{k:14} {p:6.3f} {r:6.3f} {f:6.3f}   {bp:.3f}/{br:.3f}/{bf:.3f}   (gold {counts[k][2]})")
    out["role"] = role_ok / role_all if role_all else 0.0
    print(f"role accuracy  {out['role']:.3f} of {role_all} gold persons with an occupation; "
          f"{role_ok / role_found if role_found else 0:.3f} of the {role_found} found")
    out["role_inflected"] = role_inflected / role_all if role_all else 0.0
    print(f"role accuracy, words matched up to their ending (Ирана ~ Иран)  {out['role_inflected']:.3f} of {role_all}")
    times.sort()
    print(f"extract_entities per text: median {1000 * times[len(times) // 2]:.1f} ms, max {1000 * times[-1]:.1f} ms")
    return out


if __name__ == "__main__":
    import argparse

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("path")
    ap.add_argument("--half", choices=("odd", "even"), help="only the odd- or even-numbered texts (from 1)")
    ap.add_argument("--errors", choices=("entities", "roles"),
                    help="entities: each text's false positives (FP) and misses (FN) per type, lines starting ERR; "
                         "roles: the gold persons whose role came out wrong")
    args = ap.parse_args()
    main(args.path, args.half, args.errors)
