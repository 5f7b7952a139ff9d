"""A weekday set as a deadline by a verb of promising, agreeing or instructing lies ahead, however past the verb:
"обещала до пятницы восстановить отопление", "паабяцаў да пятніцы аднавіць", "has ordered signs to be put up by
Friday". The past verb would date the day back (a past act on that day); the deadline is the promised act's.

A deadline weekday is one right after the pack's ``weekday_deadlines`` ("до", "к", "да", "by"; dates.toml) in a
sentence where a verb of intent or instruction (``[tense] intent``/``invite``, the pattern ``r.intent``) stands
before it. s10steps (released kinds of session 9: a promise's deadline resolved a week back).
"""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from ...patterns import NEVER, alternation

WEEK = timedelta(days=7)


def ahead(spans: list, sentences, pack, r, ref: date | None) -> list:
    """The spans, each deadline weekday resolved back moved a week ahead (see the module note)."""
    if ref is None or not any(sp.kind == "weekday" and sp.date for sp in spans):
        return spans
    due = pack.compiled(_build)
    out = []
    for sp in spans:
        s = sentences[sp.sentence]
        if sp.kind == "weekday" and sp.date and len(sp.date) == 10 and sp.date < ref.isoformat() \
                and due.search(s, 0, sp.start) and any(m.start() < sp.start for m in r.intent.finditer(s)):
            sp = replace(sp, date=(date.fromisoformat(sp.date) + WEEK).isoformat())
        out.append(sp)
    return out


def _build(pack) -> re.Pattern:
    """A deadline preposition ending right before the weekday."""
    words = pack.table("dates").get("weekday_deadlines", [])
    return re.compile(rf"(?<!\w)(?:{alternation(words)})\s+$", re.IGNORECASE) if words else re.compile(NEVER)
