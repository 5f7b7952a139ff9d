"""Measure dates against TimeML gold (en_timex_dev.jsonl): every DATE expression with its normalised value.

Each article is briefed from its headline and body with the document creation date (``dct``) given as the
publication date, as ../shared/dev/README.md says. Two scores, each beside a baseline in the same run:

- ``items`` (the README's scoring, on the brief's ``when`` list): recall = share of gold values that some item's
  ``date`` equals at the gold's precision (a week, quarter, half-year or decade as the exact ISO interval
  ``YYYY-MM-DD/YYYY-MM-DD``); precision = share of dated items equal to a gold value, or to a gold value cut to
  the item's precision. An item with no evidence (the publication date put first when the text dates no event,
  dates/rank.event_dated) is no expression of the text and is not scored.
- ``spans``: every date span the extractor finds in the body, matched one-to-one to a gold expression that it
  overlaps in characters AND whose value it equals (the same value rule as above).

Gold values with ``X``, ``*_REF``, winters and durations are not counted (a decade ``199X`` is; a spring,
summer or autumn is, as its three months ``YYYY-MM-01/YYYY-MM-DD``).
Baseline: a plain regex of month-name dates ("Aug. 7", "August 7, 1998", "August 1998") and four-digit years,
a missing year taken from the creation date.
Usage: scripts/eval_timex.py ../shared/dev/en_timex_dev.jsonl [--half odd|even] [-v]
"""
from __future__ import annotations

import argparse
import json
import re
from datetime import date, timedelta

import factsheet
from factsheet import langpack
from factsheet.facts import timex
from factsheet.model import Source

MONTHS = {name: num for num, forms in langpack.load("en").month_forms().items() for name in forms}
MONTH = "|".join(sorted((re.escape(m) for m in MONTHS), key=len, reverse=True))
BASELINE = re.compile(rf"\b(?P<mn>{MONTH})(?:\s+(?P<d>\d{{1,2}})\b)?(?:,?\s+(?P<y>(?:19|20)\d\d)\b)?"
                      rf"|\b(?P<year>(?:19|20)\d\d)\b", re.IGNORECASE)


def interval(first: date, last: date) -> str:
    return f"{first.isoformat()}/{last.isoformat()}"


def gold_value(value: str) -> str | None:
    """The gold value in the product's notation (days, months, years, intervals); None when not counted."""
    if m := re.fullmatch(r"(\d{4}-\d\d(?:-\d\d)?)(?:T.*)?", value):
        return m[1]
    if re.fullmatch(r"\d{4}", value):
        return value
    if m := re.fullmatch(r"(\d{4})-W(\d\d?)", value):
        monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
        return interval(monday, monday + timedelta(days=6))
    if m := re.fullmatch(r"(\d{4})-([QH])(\d)", value):
        months = 3 if m[2] == "Q" else 6
        y, first = int(m[1]), (int(m[3]) - 1) * months + 1
        end = date(y + 1, 1, 1) if first + months > 12 else date(y, first + months, 1)
        return interval(date(y, first, 1), end - timedelta(days=1))
    if m := re.fullmatch(r"(\d{4})-(SP|SU|FA)", value):  # a season as its three months, as the product writes it
        first = {"SP": 3, "SU": 6, "FA": 9}[m[2]]  # (a winter, "WI", is not counted: which year it starts in is
        return interval(date(int(m[1]), first, 1), date(int(m[1]), first + 3, 1) - timedelta(days=1))  # unclear)
    if m := re.fullmatch(r"(\d{3})X?", value):
        return interval(date(int(m[1]) * 10, 1, 1), date(int(m[1]) * 10 + 9, 12, 31))
    return None


def value_ok(got: str | None, gold: str | None) -> bool:
    """An item's date equals a gold value, or is the gold value cut to the item's precision."""
    if not got or not gold:
        return False
    if "/" in got or "/" in gold:
        return got == gold
    return gold.startswith(got) and len(gold) in (len(got), len(got) + 3, len(got) + 6)


def gold_spans(art: dict, body: str) -> list[tuple[int, int, str | None]]:
    """(start, end, value) of each gold expression, found in text order in the body."""
    out, pos = [], 0
    for t in art["timex"]:
        k = body.find(t["text"], pos)
        if k < 0:
            k = body.find(t["text"])
        if k < 0:  # not in the body (kept, so that the list stays parallel to art["timex"])
            out.append((-1, -1, gold_value(t["value"])))
            continue
        out.append((k, k + len(t["text"]), gold_value(t["value"])))
        pos = k + 1
    return out


def product_spans(sentences: list[str], body: str, dct: str) -> list[tuple[int, int, str | None]]:
    """Every date span the extractor finds, placed in the body by finding its sentence there."""
    starts, pos = [], 0
    for s in sentences:
        k = body.find(s, pos)
        starts.append(k)
        pos = k + len(s) if k >= 0 else pos
    return [(starts[sp.sentence] + sp.start, starts[sp.sentence] + sp.end, sp.date)
            for sp in timex.find_dates(sentences, langpack.load("en"), dct) if starts[sp.sentence] >= 0]


def baseline_spans(body: str, dct: str) -> list[tuple[int, int, str | None]]:
    out = []
    for m in BASELINE.finditer(body):
        if m["year"]:
            out.append((m.start(), m.end(), m["year"]))
            continue
        y, mon = m["y"] or dct[:4], MONTHS[m["mn"].lower()]
        iso = f"{y}-{mon:02d}" + (f"-{int(m['d']):02d}" if m["d"] and 1 <= int(m["d"]) <= 31 else "")
        out.append((m.start(), m.end(), iso))
    return out


class Score:
    def __init__(self):
        self.tp_p = self.n_p = self.tp_r = self.n_r = 0

    def add(self, tp_p, n_p, tp_r, n_r):
        self.tp_p += tp_p
        self.n_p += n_p
        self.tp_r += tp_r
        self.n_r += n_r

    def row(self, name: str) -> str:
        p = self.tp_p / self.n_p if self.n_p else 0.0
        r = self.tp_r / self.n_r if self.n_r else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return f"{name:<16} {p:>6.3f} {r:>6.3f} {f:>6.3f}   ({self.tp_p}/{self.n_p} items, {self.tp_r}/{self.n_r} gold)"


def score_items(dates: list[str], golds: list[str | None], all_values: list[str]) -> tuple:
    """(right items, dated items, found gold, counted gold) — the README's document-level scoring."""
    counted = [g for g in golds if g]
    right = sum(any(value_ok(d, g) for g in all_values) for d in dates)
    found = sum(any(d == g for d in dates) for g in counted)
    return right, len(dates), found, len(counted)


def score_spans(pred: list, gold: list) -> tuple:
    """(right spans, dated spans, found gold, counted gold): a span is right when it overlaps a gold expression
    whose value it equals or cuts; a gold expression is found when a span overlapping it has exactly its value."""
    dated = [p for p in pred if p[2]]

    def overlap(a, b):
        return a[0] < b[1] and b[0] < a[1]

    right = sum(any(overlap(p, g) and value_ok(p[2], g[2]) for g in gold) for p in dated)
    counted = [g for g in gold if g[2]]
    found = sum(any(overlap(p, g) and p[2] == g[2] for p in dated) for g in counted)
    return right, len(dated), found, len(counted)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("path")
    ap.add_argument("--half", choices=("odd", "even"), help="only the odd- or even-numbered articles (from 1)")
    ap.add_argument("-v", "--verbose", action="store_true", help="print every missed or wrong date")
    args = ap.parse_args()
    scores = {k: Score() for k in ("items", "items baseline", "spans", "spans baseline")}
    for number, line in enumerate(open(args.path, encoding="utf-8"), 1):
        if args.half and (number % 2 == 1) != (args.half == "odd"):
            continue
        art = json.loads(line)
        dct, body = art["dct"], art["text"]
        text = f"{art['title']}\n\n{body}" if art.get("title") else body
        brief = factsheet.brief_from_text(text, lang="en", source=Source(date=dct))
        gold = gold_spans(art, body)
        golds = [g for _, _, g in gold]
        all_values = [v for v in golds if v] + [p for t in art["timex"] if (p := _x_prefix(t["value"]))]
        dates = [w.date for w in brief.facts.when if w.date and w.evidence]  # expressions in the text only
        base = baseline_spans(body, dct)
        scores["items"].add(*score_items(dates, golds, all_values))
        scores["items baseline"].add(*score_items(list(dict.fromkeys(v for *_, v in base)), golds, all_values))
        pred = product_spans(brief.sentences, body, dct)
        scores["spans"].add(*score_spans(pred, gold))
        scores["spans baseline"].add(*score_spans(base, gold))
        if args.verbose:
            _report(number, art, dates, golds, all_values)
    print(f"{'scoring':<16} {'P':>6} {'R':>6} {'F1':>6}")
    for name, sc in scores.items():
        print(sc.row(name))


def _x_prefix(value: str) -> str | None:
    """The known part of a value with X ("1968-XX" -> "1968"): an item at that precision is not wrong."""
    m = re.fullmatch(r"(\d{4}(?:-\d\d)?)(?:-XX)+", value)
    return m[1] if m else None


def _report(number: int, art: dict, dates: list, golds: list, all_values: list) -> None:
    for d in dates:
        if not any(value_ok(d, g) for g in all_values):
            print(f"#{number} WRONG {d}  gold={sorted(set(all_values))}")
    for t, g in zip(art["timex"], golds):
        if g and g not in dates:
            print(f"#{number} MISSED {t['text']!r} = {g}")


if __name__ == "__main__":
    main()
