"""From a matched date expression to its ISO value: pure arithmetic on the reference (publication) date.

ISO precision policy: ``date`` carries only what the text fixes — a day "2019-11-18", a month "2019-11", a year
"2019", or a period as an ISO 8601 interval of days "2025-01-01/2025-03-31" (a quarter, a half-year, a week, a
decade, a winter, a range of years). A part of a period ("in mid-2027", "у сярэдзіне наступнага года") keeps the
period's precision; the part stays visible in the text. Unresolvable expressions ("сёння" without a reference
date) get None.

Direction: a day, month or weekday written without its year or week is resolved against the reference date in
the direction its sentence implies (``tense.py``): +1 the next such day (on or after the reference), -1 the last
(on or before), 0 the nearest (a weekday with no cue points back: news reports what happened).
"""
from __future__ import annotations

import re
from datetime import date, timedelta

from .rules import DateRules, phrase_key

BACK_MONTHS = 3  # see year_of
AHEAD_GRACE_DAYS = 7


def parse_source_date(iso: str | None) -> tuple[date | None, int | None, int | None]:
    """(full date, year, month) known from the source date; parts missing stay None."""
    m = re.match(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", iso or "")
    if not m:
        return None, None, None
    y, mo, d = int(m[1]), m[2] and int(m[2]), m[3] and int(m[3])
    try:
        full = date(y, mo, d) if mo and d else None
    except ValueError:
        full = None
    return full, y, mo or None


def iso(y: int, m: int | None = None, d: int | None = None) -> str | None:
    """The ISO text of a day, month or year; None for an impossible one (31 April)."""
    try:
        if d is not None:
            return date(y, m, d).isoformat()
    except ValueError:
        return None
    if m is not None:
        return f"{y:04d}-{m:02d}" if 1 <= m <= 12 else None
    return f"{y:04d}"


def interval(first: date, last: date) -> str:
    return f"{first.isoformat()}/{last.isoformat()}"


def month_span(y: int, first_month: int, months: int) -> str:
    """``months`` months from ``first_month`` of ``y`` as an interval of days (may run into the next year)."""
    start = y * 12 + first_month - 1
    end = start + months
    return interval(date(start // 12, start % 12 + 1, 1), date(end // 12, end % 12 + 1, 1) - timedelta(days=1))


def year_of(m: int, d: int | None, ref: date | None, direction: int) -> int | None:
    """The year of a day-month (or a month, ``d`` None) said on ``ref``: by default the nearest (December news
    about January). A future cue takes the next one unless the nearest passed only days ago
    (``AHEAD_GRACE_DAYS``); a past-tense cue takes the last one when the nearest lies ``BACK_MONTHS`` or more
    calendar months ahead. Why not always: news reports plans in the past tense ("X said the hearing is on
    Feb. 10", "has invited them to a ceremony on March 12"); on TimeML news (scripts/eval_timex.py, odd half)
    dates up to two months ahead under a past-tense verb were in the future in every case seen."""
    if ref is None:
        return None
    nearest = _nearest_year(m, d, ref)
    if nearest is None:
        return None
    if direction < 0:
        months_ahead = (nearest - ref.year) * 12 + m - ref.month
        return nearest - 1 if months_ahead >= BACK_MONTHS else nearest
    if direction > 0:
        day = date(nearest, m, d or _last_day(nearest, m))
        return nearest + 1 if (ref - day).days > AHEAD_GRACE_DAYS else nearest
    return nearest


def _last_day(y: int, m: int) -> int:
    return ((date(y + m // 12, m % 12 + 1, 1)) - timedelta(days=1)).day


def _nearest_year(m: int, d: int | None, ref: date) -> int | None:
    best = None
    for y in (ref.year - 1, ref.year, ref.year + 1):
        try:
            gap = abs((date(y, m, d or 15) - ref).days)
        except ValueError:
            continue
        if best is None or gap < best[0]:
            best = (gap, y)
    return best and best[1]


def weekday(wd: int, ref: date, direction: int, explicit: bool) -> str:
    """The day of ISO weekday ``wd``: forward for +1 (the same day counts unless "next" is written), else back."""
    if direction > 0:
        delta = (wd - ref.isoweekday()) % 7
        delta = 7 if explicit and delta == 0 else delta
    else:
        delta = -((ref.isoweekday() - wd) % 7)
        delta = -7 if explicit and delta == 0 else delta
    return (ref + timedelta(days=delta)).isoformat()


WEEKEND_FROM = 5  # days from a week's Monday to its Saturday


def relative_period(unit: str, offset: int, ref: date | None, ref_y: int | None, ref_m: int | None) -> str | None:
    """"next year", "last month", "this week", "до конца квартала" from the reference date."""
    if unit in ("quarter", "half") and ref_y and ref_m:
        months = 3 if unit == "quarter" else 6
        first = ((ref_y * 12 + ref_m - 1) // months + offset) * months
        return month_span(first // 12, first % 12 + 1, months)
    if unit == "year":
        return iso(ref_y + offset) if ref_y else None
    if unit in ("week", "weekend"):  # a weekend: the Saturday and Sunday of that week
        if ref is None:
            return None
        monday = ref - timedelta(days=ref.isoweekday() - 1) + timedelta(weeks=offset)
        first = monday + timedelta(days=WEEKEND_FROM if unit == "weekend" else 0)
        return interval(first, monday + timedelta(days=6))
    if ref_y and ref_m:
        months = ref_y * 12 + ref_m - 1 + offset
        return iso(months // 12, months % 12 + 1)
    return None


def year_from(first_month: int, offset: int, ref_y: int | None, ref_m: int | None) -> str | None:
    """A year that starts in ``first_month`` (a school or academic year), ``offset`` from the one under way at
    ``ref_y``-``ref_m`` ("next school year" said in May 2026: 2026-09-01/2027-08-31), as its twelve months."""
    if not ref_y or not ref_m:
        return None
    return month_span((ref_y if ref_m >= first_month else ref_y - 1) + offset, first_month, 12)


def last_day(value: str | None) -> str | None:
    """The last day of a year, a month or an interval ("2025" -> "2025-12-31")."""
    if not value:
        return None
    last = value.split("/")[-1]
    if len(last) == 4:
        return f"{last}-12-31"
    if len(last) == 7:
        y, m = int(last[:4]), int(last[5:])
        return date(y, m, _last_day(y, m)).isoformat()
    return last


def season(start: int, offset: int, ref_y: int | None, ref_m: int | None) -> str | None:
    """"next spring" / "this summer" / "last winter" (a season starting in month ``start``) said in
    ``ref_y``-``ref_m``: the season's three months as an interval (a winter runs into the next year)."""
    if not ref_y or not ref_m:
        return None
    if offset > 0:  # the next start after the source month
        y = ref_y if ref_m < start else ref_y + 1
    elif offset < 0:  # the last one that is over (a season lasts three months)
        y = ref_y if ref_m >= start + 3 else ref_y - 1
    elif start + 2 > 12:  # "this winter": the one whose middle (January) is nearest
        y = ref_y - 1 if ref_m <= 6 else ref_y
    else:  # "this spring": of the source year
        y = ref_y
    return month_span(y, start, 3)


def bare_season(start: int, ref_y: int | None, ref_m: int | None, direction: int) -> str | None:
    """"осенью", "к лету", "увосень" (a season starting in month ``start``) as its three months: ahead (+1) the
    first one not yet over, set for (+2: "перенесли на весну") the first one not yet begun, back (-1) the last one
    already begun, else the one whose middle is nearest (the one ahead when both are as near: "expects prices to ease
    only in the spring" said in October)."""
    if not ref_y or not ref_m:
        return None
    now = ref_y * 12 + ref_m - 1
    firsts = [(y * 12 + start - 1) for y in (ref_y - 1, ref_y, ref_y + 1)]
    if direction > 1:
        first = next(f for f in firsts if f > now)
    elif direction > 0:
        first = next(f for f in firsts if f + 2 >= now)
    elif direction < 0:
        first = [f for f in firsts if f <= now][-1]
    else:
        first = min(firsts, key=lambda f: (abs(f + 1 - now), -f))  # half a year either way: the one ahead
    return month_span(first // 12, first % 12 + 1, 3)


def part_of_year(kind: str, number: int, year: int | None, ref: date | None, direction: int) -> str | None:
    """A quarter or half-year (``number`` from 1) of ``year``; without a year, of the reference year, moved a year
    ahead or back when the sentence points so and the period is already over / not yet begun."""
    months = 3 if kind == "quarter" else 6
    if not 1 <= number <= 12 // months:
        return None
    first = (number - 1) * months + 1
    if year is None:
        if ref is None:
            return None
        year = ref.year
        if direction > 0 and first + months - 1 < ref.month:
            year += 1
        elif direction < 0 and first > ref.month:
            year -= 1
    return month_span(year, first, months)


def year_range(y: int, y2_text: str) -> str | None:
    """"2009 to 2013", "2021–25" as the interval of days from the first year's start to the last's end."""
    y2 = int(y2_text) if len(y2_text) == 4 else (y // 100) * 100 + int(y2_text)
    if not 0 < y2 - y <= 50:
        return None
    return interval(date(y, 1, 1), date(y2, 12, 31))


def decade(start_year: int) -> str:
    return interval(date(start_year, 1, 1), date(start_year + 9, 12, 31))


def holiday(rule: str, ref: date | None, direction: int) -> str | None:
    """A holiday's day: ``MM-DD`` fixed, or ``MM-DD+W`` the first ISO weekday W on or after MM-DD (Thanksgiving
    "11-22+4"); the year as for any day-month without one (``year_of``)."""
    m = re.fullmatch(r"(\d\d)-(\d\d)(?:\+([1-7]))?", rule)
    if not m or ref is None:
        return None
    month, day = int(m[1]), int(m[2])
    y = year_of(month, day, ref, direction)
    if y is None:
        return None
    first = date(y, month, day)
    if m[3]:
        first += timedelta(days=(int(m[3]) - first.isoweekday()) % 7)
    return first.isoformat()


def ago(unit: str, n: int, ref: date | None, ref_y: int | None, ref_m: int | None) -> str | None:
    """"three days ago" (a day), "six weeks ago" (that week), "two months ago" (a month), "four years ago",
    "a decade ago" (a year); a negative ``n`` counts ahead ("in three weeks' time", "через два месяца")."""
    if unit == "day" and ref:
        return (ref - timedelta(days=n)).isoformat()
    if unit == "week":
        return relative_period("week", -n, ref, ref_y, ref_m)
    if unit == "month":
        return relative_period("month", -n, ref, ref_y, ref_m)
    if unit in ("year", "decade") and ref_y:
        return iso(ref_y - n * (10 if unit == "decade" else 1))
    return None


def rel_day(r: DateRules, text: str, ref: date | None) -> str | None:
    if ref is None:
        return None
    return (ref + timedelta(days=r.rel_days[phrase_key(text)])).isoformat()
