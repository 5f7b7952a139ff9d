"""A weekday written beside the date it names: "on Wednesday, December 2", "Friday 14 March", "в среду, 2 декабря".

It is one day, the written date's: the weekday alone would be resolved by tense to the nearest such day (a past
"Wednesday" a week before "December 2"), a second, wrong item. The weekday and the date join into one span.
A weekday after the pack's ``weekday_after`` words ("the following Sunday") is the first such day after the day
the sentence named before it, not one counted from the publication date.
"""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

BETWEEN = re.compile(r"\s*,?\s*")  # only a comma and spaces between the weekday and the date
DAY_DATES = ("dmy", "mdy", "dmy_num", "iso")  # a date written out to the day
DAY_LEN = len("2026-12-02")


def settle(spans: list, sentences: list[str], r) -> list:
    """``spans`` (in document order) with each weekday right before a written-out day date joined to that date,
    and each "following" weekday counted from the day before it in its sentence."""
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
        out.append(_following(sp, out, sentences, r))
        k += 1
    return out


def _following(sp, before: list, sentences: list[str], r):
    """``sp``, a weekday after "the following", dated from the last day date before it in its sentence."""
    words = sentences[sp.sentence][:sp.end].lower().split()
    if sp.kind != "weekday" or len(words) < 2 or not r.after_words:
        return sp
    if not any(" ".join(words[:-1]).endswith(w) for w in r.after_words):
        return sp
    anchor = next((b for b in reversed(before) if b.sentence == sp.sentence and b.date and len(b.date) == DAY_LEN), None)
    day = r.weekdays.get(words[-1].strip(".,;:!?"))
    if anchor is None or day is None:
        return sp
    then = date.fromisoformat(anchor.date)
    return replace(sp, date=(then + timedelta(days=(day - then.isoweekday()) % 7 or 7)).isoformat())
