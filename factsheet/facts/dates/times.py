"""Times of day joined to the day next to them ("late Thursday", "at 6:10am on Wednesday", "утром в среду"), and a
lone clock time dated by the day said just before (``find.py`` calls ``with_times`` on each sentence's spans)."""
from __future__ import annotations

import re

from ...tokens import LETTER as _LETTER
from .rules import DateRules

DAY_KINDS = ("iso", "dmy_num", "dmy", "mdy", "day_word", "weekday", "rel_day")  # spans precise to the day
DAY_PART_REACH = 40  # characters before a day searched for a day part ("рано утром в", "late on")
LETTER = re.compile(_LETTER)


def with_times(s: str, spans: list, r: DateRules, day: str | None, has_digit: bool) -> list:
    """Spans widened by the time of day next to a day date ("late Thursday", "11pm local time on Thursday").

    A clock time in a sentence that has no date of its own ("At 00:48 in Cleveland…") is a span of its own,
    on ``day``: the day named in the sentence before, else the source date ("today"): news tells an event's
    time without its day only when the day was just said or is the dateline's.
    """
    if r.clock is None:
        return [(*sp, False) for sp in spans]
    clocks = [c for c in r.clock.finditer(s) if not r.unit_after.match(s, c.end())
              and not any(c.start() < e and b < c.end() for b, e, *_ in spans)] if has_digit else []
    out = []
    for start, end, iso, kind in spans:
        span = (start, end)
        if kind in DAY_KINDS:
            start, end = _widen(s, start, end, clocks, r)
        out.append((start, end, iso, kind, (start, end) != span))
    clocks = [c for c in clocks if LETTER.search(c[0])]  # "at 00:48", "6am"; a bare "2:15" may be a score
    if clocks and not spans:
        c = clocks[0]
        out.append((c.start(), c.end(), day, "clock", True))
    return out


def _widen(s: str, start: int, end: int, clocks: list, r: DateRules) -> tuple[int, int]:
    """A day span with the day parts and clock times next to it; the clocks used are taken out of ``clocks``."""
    if part := r.day_part_before.search(s, max(0, start - DAY_PART_REACH), start):
        start = part.start()
    if part := r.day_part_after.match(s, end):
        end = part.end()
    for c in list(clocks):
        if c.end() <= start and r.time_gap.fullmatch(s, c.end(), start):
            start = c.start()
        elif c.start() >= end and r.time_gap.fullmatch(s, end, c.start()):
            end = c.end()
        else:
            continue
        clocks.remove(c)
    return start, end
