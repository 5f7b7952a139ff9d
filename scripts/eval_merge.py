"""Right and wrong merges on the be/ru/en triples (tests/fixtures/triples, gold.toml), factsheet against the
plain merge it replaced (items with the same lower-cased name, the baseline), in the same run.

    python scripts/eval_merge.py [TRIPLES_DIR]

For every gold entity (its three spellings): is it one item (right), split over several (missed), or absent
because no article's facts found it (not extracted); is the item named in the brief's language; for every
must-stay-apart pair: apart (right) or merged (wrong). Counts are over the three brief languages be, ru, en.
Then, per section, how many items the merged brief keeps against the old merge (which kept every article's).
"""
from __future__ import annotations

import sys
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CODES = ("be", "ru", "en")


def baseline(briefs, code):
    """The merge before issue 11: one item per lower-cased name, nothing else."""
    groups: dict[str, list[str]] = {}
    for b in briefs:
        for item in b.facts.who + b.facts.where:
            groups.setdefault(item.name.lower(), []).append(item.name)
    return [(names[0], set(names)) for names in groups.values()]


def factsheet_merge(briefs, code):
    from factsheet.merge import merge_briefs

    merged = merge_briefs(briefs, language=code)
    return [(x.name, {x.name, *x.aliases}) for x in merged.facts.who + merged.facts.where]


def score(items, gold, code):
    out = {"one": 0, "split": 0, "absent": 0, "named": 0, "apart": 0, "wrong": 0, "rows": []}
    for forms in gold["one"]:
        holding = [(name, spellings) for name, spellings in items if spellings & set(forms)]
        if not holding:
            out["absent"] += 1
            verdict = "not extracted"
        elif len(holding) == 1:
            out["one"] += 1
            verdict = "one item"
        else:
            out["split"] += 1
            verdict = f"split in {len(holding)}"
        named = any(name == forms[CODES.index(code)] for name, _ in holding)
        out["named"] += named
        out["rows"].append((forms[CODES.index(code)], verdict, named))
    for a, b in gold["apart"]:
        same = any(a in spellings and b in spellings for _, spellings in items)
        out["wrong" if same else "apart"] += 1
        out["rows"].append((f"{a} / {b}", "MERGED (wrong)" if same else "apart", None))
    return out


SECTIONS = ("summary", "what", "next_steps", "quotes")


def section_sizes(briefs, code) -> dict:
    """Items per section: factsheet's merge, the old merge (every article's items kept; key points balanced), and
    the largest single article (what one report says: the three articles of a triple tell the same news)."""
    from factsheet.merge import _balanced_summary, merge_briefs

    merged = merge_briefs(briefs, language=code)
    out = {}
    for key in SECTIONS:
        if key == "summary":
            old = len(_balanced_summary([list(range(len(b.summary))) for b in briefs]))
            new, one = len(merged.summary), max(len(b.summary) for b in briefs)
        else:
            old = sum(len(getattr(b.facts, key)) for b in briefs)
            new, one = len(getattr(merged.facts, key)), max(len(getattr(b.facts, key)) for b in briefs)
        out[key] = (new, old, one)
    return out


def main() -> int:
    from factsheet import pipeline

    root = Path(sys.argv[1]) if len(sys.argv) > 1 else REPO / "tests" / "fixtures" / "triples"
    gold = tomllib.loads((root / "gold.toml").read_text(encoding="utf-8"))
    totals = {name: {} for name in ("factsheet", "baseline")}
    for event, g in gold.items():
        briefs = [pipeline.brief_from_path(str(root / event / f"{c}.txt")) for c in CODES]
        for code in CODES:
            for name, fn in (("factsheet", factsheet_merge), ("baseline", baseline)):
                s = score(fn(briefs, code), g, code)
                for k, v in s.items():
                    if k != "rows":
                        totals[name][k] = totals[name].get(k, 0) + v
                if name == "factsheet" and code == "en":
                    print(f"\n{event} (brief in en): entity | factsheet | named in en")
                    for row in s["rows"]:
                        print(f"  {row[0]:40} {row[1]:16} {'' if row[2] is None else ('yes' if row[2] else 'no')}")
    print("\nitems per section, brief in en: factsheet / old merge / largest single article")
    for event in gold:
        briefs = [pipeline.brief_from_path(str(root / event / f"{c}.txt")) for c in CODES]
        sizes = section_sizes(briefs, "en")
        print(f"  {event:8} " + "  ".join(f"{k} {n}/{o}/{s}" for k, (n, o, s) in sizes.items()))
    print(f"\nover {len(gold)} triples x 3 brief languages:")
    print(f"{'':10} {'one item':>9} {'split':>6} {'not extr.':>10} {'named right':>12} {'apart':>6} {'merged wrong':>13}")
    for name, t in totals.items():
        print(f"{name:10} {t['one']:9} {t['split']:6} {t['absent']:10} {t['named']:12} {t['apart']:6} {t['wrong']:13}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
