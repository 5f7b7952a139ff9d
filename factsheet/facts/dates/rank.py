"""The order of ``when`` items: the main event's time first, background dates last.

A pure function over small records, so that each rule can be tested alone (tests/test_timex.py):

0. a day in an event sentence (the lead, the sentence the What comes from) or in the headline, not after the
   reference date; one written with its time of day ("late Thursday") first — a bare day in the lead is more
   often an update ("the toll rose Friday"); then one the headline names; then the earliest sentence, then
   the day nearest the reference. A day written in a dateline opening the body ("МИНСК, 12 мая. В
   понедельник …") is when the report was filed: it comes after the event's own days, even when the lead says
   it again ("…, вспыхнувшие во вторник, к утру среды локализованы"); a day of a past year in the lead comes after
   both ("marked on Sunday 83 years since … on March 22, 1943": the anniversary's history). A day named by a holiday ("Election Day", "Дзень Незалежнасці") is a
   reference point more than an event's time: it does not enter this tier. A day ahead that the lead sets something
   for ("абвясціў папярэджанне на чацвер") does: it is the announced event's time;
1. the reference (dateline) date, when the body refers to it;
2. any other recent day (within ``RECENT_DAYS`` before the reference): the event told later in the text; then a
   month or period of the reference's year, not ahead of it, that an event sentence names (the quarter an
   interview's lead reports on; a season or month of last year that ended within a year, "прошлой осенью");
2.8 a month or day of the reference's year already past, told after the lead (an interview's "у лютым цэх выдаў
   першую прадукцыю"): what has happened comes before what is planned;
3. dates ahead of the reference (plans), the most precise first, deadlines ("до конца полугодия") after the
   plans' own days;
4. other dates of the reference's year or later, in text order;
5. background: dates that end before the reference's year (history: "in 1908", "2009 to 2013");
6. expressions with no date.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .resolve import last_day

RECENT_DAYS = 14
RECENT_PERIOD = 366  # days: a season or month of last year that ended this recently is the lead's event


@dataclass(frozen=True)
class Candidate:
    """What ranking reads of one ``when`` item."""

    key: str
    date: str | None
    first: int  # the first sentence that mentions it
    sentences: tuple[int, ...]
    timed_in_event: bool = False  # written with its time of day in an event sentence
    in_title: bool = False  # the headline names it
    named: bool = False  # written as a holiday's name
    dateline: bool = False  # written in a dateline opening the body ("МИНСК, 12 мая."): when the text was filed
    deadline: bool = False  # a limit ("до конца полугодия", "by the end of June"), not an event's time
    set_for: bool = False  # a weekday something is set for ("папярэджанне на чацвер"), or a day ahead in an event
    # sentence that is itself a plan ("… прибудет в Беларусь 8 декабря"): the announced event's day


def precision(iso: str | None) -> float:
    """3 a day, 2 a month, 1 a year, 0 no date; an interval by its length: 2.5 a week, 1.5 a quarter or a
    half-year, 0.5 several years."""
    if not iso:
        return 0
    if "/" not in iso:
        return iso.count("-") + 1
    first, last = (date.fromisoformat(x) for x in iso.split("/"))
    days = (last - first).days + 1
    return 2.5 if days <= 7 else 1.5 if days <= 184 else 1.0 if days <= 366 else 0.5


def is_future(iso: str | None, ref: date | None) -> bool:
    """The date (an interval: its start) lies after the reference, compared at the date's own precision."""
    if not iso or ref is None:
        return False
    start = iso.split("/")[0]
    return start > ref.isoformat()[: len(start)]


def is_background(iso: str | None, ref: date | None) -> bool:
    """The date (an interval: its end) is over before the reference's year began."""
    if not iso or ref is None:
        return False
    return int(iso.split("/")[-1][:4]) < ref.year


def _just_over(iso: str, ref: date | None) -> bool:
    """A month or season (not a whole year) of the year before the reference that ended within ``RECENT_PERIOD``
    days of it: "прошлой осенью" in a November article is the lead's event, no history."""
    if ref is None or precision(iso) < 1.5:
        return False
    return 0 <= (ref - date.fromisoformat(last_day(iso))).days <= RECENT_PERIOD


def rank_key(c: Candidate, ref: date | None, events: frozenset[int]) -> tuple:
    """The sort key of one candidate (see the module note for the tiers)."""
    day = precision(c.date) == 3 or c.set_for and precision(c.date) == 2.5  # (an announced "10–11 декабря")
    gap = abs((date.fromisoformat(c.date.split("/")[0]) - ref).days) if day and ref else 0
    in_event = c.in_title or any(i in events for i in c.sentences)
    future = is_future(c.date, ref)
    if day and in_event and (not future or c.set_for) and not c.named:
        first_event = min((i for i in c.sentences if i in events), default=c.first)
        return (0, is_background(c.date, ref), c.dateline, not c.timed_in_event, not c.in_title, first_event, gap)
    if ref is not None and c.date == ref.isoformat():
        return (1,)
    if day and not future and gap <= RECENT_DAYS:
        return (2, c.first, gap)
    if c.date and in_event and not future and (not is_background(c.date, ref) or _just_over(c.date, ref)):
        return (2.5, c.first)  # a month or period the lead reports on ("у першым квартале", "прошлой осенью")
    if c.date and not future and precision(c.date) >= 2 and not is_background(c.date, ref):
        return (2.8, c.first)  # a month or day of this year already past, told later: the event, not a plan
    if future:
        return (3, c.deadline, -precision(c.date), c.first)  # a deadline after the plans' own days
    if c.date:
        return (5 if is_background(c.date, ref) else 4, c.first)
    return (6, c.first)


def event_dated(ranked: list[Candidate], ref: date | None, events: frozenset[int], lead: frozenset[int]) -> bool:
    """Does the text give its main event a time: the headline or an event sentence a date not ahead of the
    reference or one without a date, the headline or the ``lead`` a day ahead ("He will be buried on Friday"), or
    the text a day of the last ``RECENT_DAYS`` (an agency's "on Sunday", told later)? ``ranked``: the candidates
    in rank order. When none does (an interview whose lead names only the guest and "the frost forecast for next
    week"), the main event is the telling, on the publication date, and a background month told later ("У
    траўні ўдарылі замаразкі") is no event's time."""
    def told(c, where):
        return c.in_title or any(i in where for i in c.sentences)

    recent = bool(ranked) and rank_key(ranked[0], ref, events)[0] <= 2
    return recent or any((c.date is None or not is_future(c.date, ref) and not is_background(c.date, ref))
                         and told(c, events) or precision(c.date) == 3 and told(c, lead) for c in ranked)


def rank(candidates: list[Candidate], ref: date | None, events: frozenset[int]) -> list[Candidate]:
    """Candidates most important first; ``events`` are the indices of the event sentences."""
    return sorted(candidates, key=lambda c: rank_key(c, ref, events))
