"""Measure who (persons, organisations) and where (places) against CoNLL-2003 gold entities (en_conll_ner_dev.jsonl).

Per article, as the dev README says: `who` items typed person are compared with `persons`, `where` items with
`locations`, `who` items typed organization with `organisations`; each gold entity can be matched once; names
match case-insensitively, and a person also matches when one side is the other's last word ("Takagi" and
"Takuya Takagi"). A repeated or unmatched item counts against precision. The gold lists each written form of an
organisation once ("Magna International Inc" and "Magna", "Kurdistan Democratic Party" and "KDP"); the product
gives the other forms as the item's ``aliases``, and each alias counts as an item of its own. The article is given as a user would
give it: the headline, a blank line, then the text (which opens with its dateline).
Two plain baselines run in the same pass: ``baseline`` offers every maximal run of capitalised words in the body
(a sentence's first word only when the run goes on past it) as a person, a location and an organisation at once;
``typed-base`` types the same runs by shape (an organisation word or capitals: organisation; several words:
person; one word: location).
Usage: scripts/eval_conll.py ../shared/dev/en_conll_ner_dev.jsonl [--half odd|even] [--list] [--no-aliases]
(``--no-aliases``: an organisation's aliases are left out, so only its name is scored.)
(``--half``: only the odd- or even-numbered articles, counting lines from 1.)
"""
from __future__ import annotations

import argparse
import json
import re
import sys

import factsheet

TYPES = (("person", "persons"), ("location", "locations"), ("organisation", "organisations"))
CAP_RUN = re.compile(r"[A-Z][\w'&.-]*(?:\s+(?:of\s+|de\s+|van\s+)?[A-Z][\w'&.-]*)*")
SENTENCE_START = re.compile(r"(?:^|[.!?]\s+|\n)$")


def matches(item: str, gold: str, person: bool) -> bool:
    a, b = item.casefold().strip(), gold.casefold().strip()
    if a == b:
        return True
    return person and (a.split()[-1:] == [b] or b.split()[-1:] == [a])


def count(items: list[str], gold: list[str], person: bool) -> tuple[int, int, int, list[str], list[str]]:
    """True positives, items, gold size; and the unmatched items and gold names (for --list)."""
    left = list(gold)
    wrong = []
    for item in items:
        hit = next((g for g in left if matches(item, g, person)), None)
        if hit is None:
            wrong.append(item)
        else:
            left.remove(hit)
    return len(items) - len(wrong), len(items), len(gold), wrong, left


def product(art: dict, aliases: bool = True) -> dict[str, list[str]]:
    text = (art["title"] + "\n\n" if art.get("title") else "") + art["text"]
    brief = factsheet.brief_from_text(text, lang="en").to_dict()
    return {
        "person": [x["name"] for x in brief["who"] if x["type"] == "person"],
        # an organisation's other names in the text (its abbreviation, its short form: "aliases") are items too,
        # unless --no-aliases scores the names alone
        "organisation": [n for x in brief["who"] if x["type"] != "person"
                         for n in [x["name"], *(x.get("aliases", []) if aliases else [])]],
        "location": [x["name"] for x in brief["where"]],
    }


def baseline(art: dict) -> dict[str, list[str]]:
    """Capitalised runs of the body, each once; a lone capitalised word opening a sentence is not a run."""
    spans: list[str] = []
    for m in CAP_RUN.finditer(art["text"]):
        span = m.group(0).strip(" .")
        if SENTENCE_START.search(art["text"][:m.start()]) and " " not in span:
            continue
        if span and span not in spans:
            spans.append(span)
    return {"person": spans, "location": spans, "organisation": spans}


ORG_WORDS = {"inc", "corp", "co", "ltd", "plc", "group", "bank", "party", "ministry", "union", "council", "club",
             "committee", "association", "exchange", "agency", "company", "airlines", "federation", "fund", "army"}


def baseline_typed(art: dict) -> dict[str, list[str]]:
    """The same runs typed by shape: one with an organisation word or in capitals is an organisation, another
    multi-word run a person, a single word a location."""
    typed: dict[str, list[str]] = {"person": [], "location": [], "organisation": []}
    for span in baseline(art)["person"]:
        words = span.split()
        if span.isupper() or any(w.casefold().strip(".") in ORG_WORDS for w in words):
            typed["organisation"].append(span)
        else:
            typed["person" if len(words) > 1 else "location"].append(span)
    return typed


def prf(tp: int, n_items: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_items if n_items else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("path")
    ap.add_argument("--half", choices=("odd", "even"), help="only the odd- or even-numbered articles (from 1)")
    ap.add_argument("--list", action="store_true", help="print every unmatched item and missed gold name")
    ap.add_argument("--no-aliases", action="store_true", help="score organisations by their names alone")
    args = ap.parse_args()
    systems = ("factsheet", "baseline", "typed-base")
    totals = {(who, kind): [0, 0, 0] for who in systems for kind, _ in TYPES}
    try:
        lines = open(args.path, encoding="utf-8").readlines()
    except OSError as exc:
        print(f"eval_conll: {args.path}: {exc.strerror}", file=sys.stderr)
        return 2
    for number, line in enumerate(lines, 1):
        if args.half and (number % 2 == 1) != (args.half == "odd"):
            continue
        art = json.loads(line)
        for who, got in zip(systems, (product(art, not args.no_aliases), baseline(art), baseline_typed(art))):
            for kind, field in TYPES:
                tp, n, g, wrong, missed = count(got[kind], art.get(field, []), kind == "person")
                row = totals[who, kind]
                row[0] += tp
                row[1] += n
                row[2] += g
                if args.list and who == "factsheet":
                    for item in wrong:
                        print(f"{art['id']} {kind} WRONG  {item}")
                    for item in missed:
                        print(f"{art['id']} {kind} MISSED {item}")
    print(f"{'system':<10} {'type':<13} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'items':>6} {'gold':>5}")
    for (who, kind), (tp, n, g) in totals.items():
        p, r, f = prf(tp, n, g)
        print(f"{who:<10} {kind:<13} {p:>6.3f} {r:>6.3f} {f:>6.3f} {tp:>5} {n:>6} {g:>5}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
