"""A weekday written beside the date it names: "on Wednesday, December 2", "Friday 14 March", "в среду, 2 декабря".

It is one day, the written date's: the weekday alone would be resolved by tense to the nearest such day (a past
"Wednesday" a week before "December 2"), a second, wrong item. The weekday and the date join into one span.
"""
from __future__ import annotations

import re
from dataclasses import replace

BETWEEN = re.compile(r"\s*,?\s*")  # only a comma and spaces between the weekday and the date
DAY_DATES = ("dmy", "mdy", "dmy_num", "iso")  # a date written out to the day
DAY_LEN = len("2026-12-02")


def settle(spans: list, sentences: list[str]) -> list:
    """``spans`` (in document order) with each weekday right before a written-out day date joined to that date."""
    out, k = [], 0
    while k < len(spans):
        sp = spans[k]
        nxt = spans[k + 1] if k + 1 < len(spans) else None
        if sp.kind == "weekday" and nxt is not None and nxt.sentence == sp.sentence and nxt.kind in DAY_DATES \
                and nxt.date and len(nxt.date) == DAY_LEN and BETWEEN.fullmatch(sentences[sp.sentence][sp.end:nxt.start]):
            text = " ".join(sentences[sp.sentence][sp.start:nxt.end].split())
            out.append(replace(nxt, start=sp.start, text=text, timed=sp.timed or nxt.timed))
            k += 2
            continue
        out.append(sp)
        k += 1
    return out
