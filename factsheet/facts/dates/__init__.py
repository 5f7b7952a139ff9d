"""Dates: found in the text, resolved against the publication date, grouped into ``when`` items and ranked.

The flow, one module per step, each a set of pure functions over the pack's compiled tables:

    rules.py    the pack's months.toml / dates.toml compiled once per pack (patterns, word tables, tense cues)
    find.py     sentences -> date spans (longest match wins; times of day attached to their day)
    times.py    times of day joined to their day; a lone clock time dated by the day said before
    tense.py    which way a date without its year points (the nearest future / past cue in its sentence)
    resolve.py  a span's ISO value: a day, a month, a year or an interval "YYYY-MM-DD/YYYY-MM-DD"
    when.py     spans -> ``When`` items (one per date, with evidence)   <- ``extract_when``, the entry point
    rank.py     the items' order: the main event's time first, background dates last

A new way of writing a date is a pattern in ``rules.py`` fed by pack data and a branch in
``find.resolve_match``; language knowledge (words, endings, templates) goes into ``factsheet/lang/<code>/``.
"""
from .find import Span, find_dates
from .resolve import parse_source_date
from .rules import DateRules, rules
from .when import extract_when

__all__ = ["DateRules", "Span", "extract_when", "find_dates", "parse_source_date", "rules"]
