"""Score briefs of the team's own articles (tests/articles/*.txt) against their hand-written gold facts.

Each article ``<lang>_<nn>_<slug>.txt`` has ``<same>.gold.toml`` beside it (publication date, persons with roles,
organisations, places, the main event's date and other dates, quotes with speaker and first words, next steps).
A gold name may list alternatives as ``A|B``; ``optional`` names are neither right nor wrong when output.
Matching: names by normalised base form (case-folded, ё→е, quote marks and a leading legal form dropped); roles by
content-word overlap (at least half of the shorter side's content words shared); quotes by the speaker of the
gold quote whose first words occur in the quote text; next steps by a gold step's first words occurring in the
item's text or evidence sentences; steps-date: the gold date of a step among the dates of the `when` items
from that step's sentences (so a scheduled date resolved to last year counts wrong). A naive baseline (capitalised word runs, quoted names, the publication date,
the last sentences) is scored in the same run.
Usage: scripts/eval_own.py tests/articles [--lang be] [--list] [--baseline]
"""
from __future__ import annotations

import argparse
import re
import sys
import tomllib
from pathlib import Path

import factsheet
from factsheet import langpack
from factsheet.facts.dates.resolve import last_day
from factsheet.model import Source

TYPES = ("who-person", "who-org", "roles", "roles-form", "where", "when-first", "when-all", "quotes-speaker", "next_steps",
         "steps-date")
LEGAL = {"оао", "зао", "пао", "ооо", "ао", "аат", "таа", "зат", "руп", "уп", "ап", "llc", "jsc", "ojsc"}
WORD = re.compile(r"[\w'’ʼ-]+")
QUOTED = re.compile(r"[«“\"]([^»”\"]{3,200})[»”\"]")


def norm(text: str | None) -> str:
    """Case-folded, ё→е, one kind of apostrophe, words only; a leading legal form such as ОАО is dropped."""
    words = [w.replace("’", "'").replace("ʼ", "'") for w in WORD.findall((text or "").casefold().replace("ё", "е"))]
    while len(words) > 1 and words[0] in LEGAL:
        words = words[1:]
    return " ".join(words)


def alts(name: str) -> set[str]:
    return {norm(a) for a in name.split("|") if a.strip()}


def content(text: str | None, stop: frozenset) -> set[str]:
    return {w for w in norm(text).split() if w not in stop and len(w) > 1}


def overlap(a: str | None, b: str | None, stop) -> bool:
    ca, cb = content(a, stop), content(b, stop)
    shorter = min(ca, cb, key=len)
    return bool(shorter) and len(ca & cb) * 2 >= len(shorter)


def load(folder: Path, lang: str | None) -> list[tuple[Path, dict]]:
    """The articles with their gold, in name order; a broken gold file is a one-line error."""
    found = []
    for path in sorted(folder.glob("*.txt")):
        if lang and not path.name.startswith(lang + "_"):
            continue
        gold_path = path.with_name(path.stem + ".gold.toml")
        try:
            gold = tomllib.loads(gold_path.read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise SystemExit(f"eval_own: {gold_path}: {exc}")
        gold["lang"] = path.name.split("_")[0]
        found.append((path, gold))
    return found


def run_brief(path: Path, gold: dict) -> dict:
    text = path.read_text(encoding="utf-8")
    return factsheet.brief_from_text(text, lang=gold["lang"], source=Source(date=gold["date"])).to_dict()


def match_names(got: list[str], gold: list[str], optional: set[str]):
    """Right / wrong / missed lists for one name type; each gold name is matched at most once."""
    left = {g: alts(g) for g in gold}
    right, wrong = [], []
    for name in got:
        key = norm(name)
        hit = next((g for g, forms in left.items() if key in forms), None)
        if hit is not None:
            right.append(name)
            del left[hit]
        elif key not in optional and not any(key in forms for forms in map(alts, gold)):
            wrong.append(name)
    return right, wrong, list(left)


def clean_role(role: str, want: str, stop) -> bool:
    """The role as a reader wants it: no leading function word ("і міністр"), at most one content word the gold
    lacks (no clause such as "он заявил прокурорам"), and no sentence-initial capital the gold does not have."""
    first, gold_first = norm(role).split()[:1], norm(want).split()[:1]
    extra = content(role, stop) - content(want, stop)
    same_case = first != gold_first or role[:1] == want[:1]
    return bool(first) and (first[0] not in stop or first == gold_first) and len(extra) <= 1 and same_case


def score_roles(brief: dict, gold: dict, stop, strict: bool = False):
    """Roles by content-word overlap with the gold role; ``strict`` also asks for the clean form."""
    people = {norm(x["name"]): x.get("role") for x in brief["who"] if x["type"] == "person"}
    right, wrong, missed = [], [], []
    for person in gold.get("persons", []):
        if not person.get("role"):
            continue
        role = next((people[k] for k in alts(person["name"]) if k in people), None)
        item = f"{person['name']}: {role!r} (gold {person['role']!r})"
        if not role:
            missed.append(item)
        elif overlap(role, person["role"], stop) and (not strict or clean_role(role, person["role"], stop)):
            right.append(item)
        else:
            wrong.append(item)
    return right, wrong, missed


def day_interval(iso: str) -> str:
    """A gold interval of years or months ("2009/2013", "2025-06/2025-08") written as the product writes every
    interval, from its first day to its last ("2009-01-01/2013-12-31"): the same ISO 8601 period."""
    if "/" not in iso:
        return iso
    first, last = iso.split("/")
    first += "-01" * (2 - first.count("-"))
    return f"{first}/{last_day(last)}"


def alt_dates(text: str) -> set[str]:
    return {day_interval(d) for d in text.split("|")}


def score_when(brief: dict, gold: dict):
    """when-first: the first dated item against the main event's date; when-all: every gold date vs every item."""
    dated = [w for w in brief["when"] if w.get("date")]
    first = ([], [], [])
    if gold.get("event_date"):
        want = alt_dates(gold["event_date"])
        if not dated:
            first = ([], [], [f"{gold['event_date']}"])
        elif dated[0]["date"] in want:
            first = ([dated[0]["date"]], [], [])
        else:
            first = ([], [f"{dated[0]['text']} [{dated[0]['date']}] (gold {gold['event_date']})"], [])
    groups = [alt_dates(d) for d in gold.get("dates", []) + [gold.get("event_date", "")] if d]
    got = {w["date"] for w in dated}
    wanted = set().union(*groups)
    every = ([min(g & got) for g in groups if g & got], sorted(got - wanted - {gold["date"]}),
             [min(g) for g in groups if not g & got])
    return first, every


def score_quotes(brief: dict, gold: dict):
    pending = list(gold.get("quotes", []))
    right, wrong, missed = [], [], []
    for q in brief["quotes"]:
        text = norm(q["text"])
        hits = [g for g in pending if norm(g["starts"]) in text]
        good = next((g for g in hits if norm(q.get("speaker")) in alts(g["speaker"])), None)
        item = f"{q.get('speaker')!r}: {q['text'][:70]!r}"
        if good is not None:
            right.append(item)
            pending.remove(good)
        elif hits and not q.get("speaker"):
            missed.append(item + f" (gold speaker {hits[0]['speaker']!r})")
            pending.remove(hits[0])
        else:
            wrong.append(item + (f" (gold speaker {hits[0]['speaker']!r})" if hits else " (no gold quote)"))
            if hits:
                pending.remove(hits[0])
    missed += [f"{g['speaker']!r}: {g['starts']!r}" for g in pending]
    return right, wrong, missed


def score_steps(brief: dict, gold: dict):
    pending = list(gold.get("next_steps", []))
    right, wrong = [], []
    for step in brief["next_steps"]:
        where = norm(" ".join([step["text"]] + [brief["sentences"][i] for i in step.get("evidence", [])]))
        hit = next((g for g in pending if norm(g["starts"]) in where), None)
        if hit is None:
            wrong.append(step["text"][:90])
        else:
            right.append(step["text"][:90])
            pending.remove(hit)
    return right, wrong, [g["starts"] for g in pending]


def score_step_dates(brief: dict, gold: dict):
    """For each gold step with a date: the dates of the `when` items from the sentences of the brief's matching
    step (a scheduled date resolved to the wrong year is wrong; no step or no date there is missed). The
    alternatives the gold's `dates` list for that date count too ("2025-03-28|2025-03-24/2025-03-30")."""
    right, wrong, missed = [], [], []
    groups = [alt_dates(d) for d in gold.get("dates", [])]  # a step's date as the gold's `dates` allow it
    for want in (g for g in gold.get("next_steps", []) if g.get("date")):
        allowed = set().union(alt_dates(want["date"]), *(g for g in groups if alt_dates(want["date"]) & g))
        key = norm(want["starts"])
        step = next((s for s in brief["next_steps"] if key in norm(" ".join(
            [s["text"]] + [brief["sentences"][i] for i in s.get("evidence", [])]))), None)
        used = set(step.get("evidence", [])) if step else set()
        dates = [w["date"] for w in brief["when"] if w.get("date") and used & set(w.get("evidence", []))]
        item = f"{want['starts']!r}: {dates} (gold {want['date']})"
        (right if allowed & set(dates) else wrong if dates else missed).append(item)
    return right, wrong, missed


def score(brief: dict, gold: dict, stop) -> dict[str, tuple[list, list, list]]:
    """Right / wrong / missed item lists per fact type for one article."""
    optional = set().union(*(alts(n) for n in gold.get("optional", [])))
    persons = [x["name"] for x in brief["who"] if x["type"] == "person"]
    orgs = [x["name"] for x in brief["who"] if x["type"] != "person"]
    first, every = score_when(brief, gold)
    return {
        "who-person": match_names(persons, [p["name"] for p in gold.get("persons", [])], optional),
        "who-org": match_names(orgs, gold.get("organisations", []), optional),
        "roles": score_roles(brief, gold, stop),
        "roles-form": score_roles(brief, gold, stop, strict=True),
        "where": match_names([x["name"] for x in brief["where"]], gold.get("places", []), optional),
        "when-first": first,
        "when-all": every,
        "quotes-speaker": score_quotes(brief, gold),
        "next_steps": score_steps(brief, gold),
        "steps-date": score_step_dates(brief, gold),
    }


CAP_RUN = re.compile(r"(?<![\w.])(?:[A-ZА-ЯЁІЎ][\w'’-]+\s){1,3}[A-ZА-ЯЁІЎ][\w'’-]+")


def baseline(brief: dict, gold: dict) -> dict:
    """A brief as plain rules would make it: runs of capitalised words not opening a sentence are persons (with
    the words before them as the role), single ones places; quoted names organisations; quoted text a quote of
    the nearest person; the publication date as when; the last two sentences as next steps."""
    sents = brief["sentences"]
    who, where, quotes, last = [], [], [], None
    for s in sents:
        body = s[s.find(" ") + 1:]
        runs = [m for m in CAP_RUN.finditer(body)]
        for m in runs:
            role = " ".join(body[:m.start()].split(",")[-1].split()[-4:])
            who.append({"name": m.group(0), "type": "person", "role": role})
            last = m.group(0)
        for w in WORD.findall(body):
            if w[0].isupper() and not any(w in m.group(0) for m in runs):
                where.append({"name": w})
        for m in QUOTED.finditer(s):
            if len(m.group(1).split()) <= 4:
                who.append({"name": m.group(1), "type": "organization", "role": None})
            else:
                quotes.append({"speaker": (runs[0].group(0) if runs else last), "text": m.group(1)})
    seen: set[str] = set()
    who = [x for x in who if not (x["name"] in seen or seen.add(x["name"]))]
    return {"sentences": sents, "who": who, "where": where, "quotes": quotes,
            "when": [{"text": "publication date", "date": gold["date"]}],
            "next_steps": [{"text": s, "evidence": [len(sents) - 2 + i]} for i, s in enumerate(sents[-2:])]}


def table(totals: dict, title: str) -> None:
    print(f"\n{title}\n{'lang':<4} {'fact':<15} {'right':>5} {'wrong':>5} {'missed':>6} {'P':>6} {'R':>6}")
    for (lang, kind), (r, w, m) in sorted(totals.items()):
        p = r / (r + w) if r + w else 0.0
        rec = r / (r + m) if r + m else 0.0
        print(f"{lang:<4} {kind:<15} {r:>5} {w:>5} {m:>6} {p:>6.3f} {rec:>6.3f}")


def evaluate(folder: Path, lang: str | None = None, listing: bool = False):
    """Totals per (language, fact type) for factsheet and the baseline: {key: [right, wrong, missed]}."""
    mine, base = {}, {}
    for path, gold in load(folder, lang):
        stop = langpack.load(gold["lang"]).words("stopwords")
        brief = run_brief(path, gold)
        for totals, result in ((mine, score(brief, gold, stop)), (base, score(baseline(brief, gold), gold, stop))):
            for kind, lists in result.items():
                for key in ((gold["lang"], kind), ("all", kind)):
                    row = totals.setdefault(key, [0, 0, 0])
                    for k in range(3):
                        row[k] += len(lists[k])
            if listing and totals is mine:
                for kind, (_, wrong, missed) in result.items():
                    for item in wrong:
                        print(f"{path.name} {kind} WRONG  {item}")
                    for item in missed:
                        print(f"{path.name} {kind} MISSED {item}")
    return mine, base


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("--lang", help="only the articles of this language (be, ru, en)")
    ap.add_argument("--list", action="store_true", help="print every wrong and missed item")
    args = ap.parse_args()
    if not args.folder.is_dir():
        print(f"eval_own: {args.folder}: no such folder", file=sys.stderr)
        return 2
    mine, base = evaluate(args.folder, args.lang, args.list)
    table(mine, "factsheet")
    table(base, "baseline (capitalised runs, quoted names, publication date, last sentences)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
