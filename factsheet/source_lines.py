"""Source lines: a short line naming the newspaper or broadcast with its full date, which dates a text that has
no dateline ("«Слонімскі веснік», 22 красавіка 2026 года" under the headline, "«Деловой регион», 30 ноября
2026 г." closing a magazine interview). Kept apart from metadata.py's datelines: a source line is found by a full
date inside a short line, not by the shape of the whole line.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from . import langpack
from .metadata import is_iso_day, month_day
from .model import Source
from .patterns import alternation

SOURCE_LINES = 3  # paragraphs under the headline where a source line with the issue date may stand
SOURCE_WORDS = 12  # words of such a line at most: a sentence of the story is longer
_AFTER_DATE = re.compile(r"^\s*(?:\w{1,4}\.?)?\s*\.?$")  # "… 2026 г.", "… 2026 года", "… 2026."


@cache
def _date_in_line(code: str) -> re.Pattern:
    """A full date anywhere in a line: "«Слонімскі веснік», 22 красавіка 2026 года", "broadcast on September 24, 2026"."""
    month = "(?P<month>" + alternation(langpack.load(code).month_numbers()) + ")"
    return re.compile(rf"(?<!\w)(?:(?P<day>\d{{1,2}})\s+{month}\s+(?P<year>\d{{4}})|{month.replace('month', 'month2')}"
                      rf"\s+(?P<day2>\d{{1,2}}),?\s+(?P<year2>\d{{4}}))(?!\w)", re.I)


def _iso(m: re.Match, code: str) -> str | None:
    """The match's day as YYYY-MM-DD, None for a day the calendar lacks."""
    month, day = month_day(m, code)
    iso = f"{int(m['year'] or m['year2']):04d}-{month:02d}-{day:02d}"
    return iso if is_iso_day(iso) else None


def source_line_date(paragraphs: list[str], code: str) -> str | None:
    """The date of a short source line among the first paragraphs when no dateline dated the text: a newspaper's
    name and issue date, a broadcast's, a press release's place and date under a label ("ПРЭС-РЭЛІЗ")."""
    for line in paragraphs[:SOURCE_LINES]:
        m = _date_in_line(code).search(line) if len(line.split()) <= SOURCE_WORDS else None
        if m and (iso := _iso(m, code)):
            return iso
    return None


@cache
def _label_then_date(code: str) -> re.Pattern | None:
    """A date label of the pack (``date_labels.txt``: "First published", "Опубликовано") and, within the same
    sentence, a full date after it."""
    labels = langpack.load(code).lines("date_labels")
    if not labels:
        return None
    return re.compile(rf"(?<!\w)(?:{alternation(labels)})(?!\w)[^.!?]{{0,80}}?(?={_date_in_line(code).pattern})",
                      re.I)


def closing_label_date(paragraphs: list[str], code: str) -> str | None:
    """The date a closing line gives the text after a date label: "This article was first published in Minsk
    Herald on 1 December 2026." (an op-ed's last paragraph, which keeps its words: it also names the author)."""
    rx = _label_then_date(code)
    m = rx.search(paragraphs[-1]) if rx is not None and paragraphs else None
    d = _date_in_line(code).match(paragraphs[-1], m.end()) if m else None
    return _iso(d, code) if d else None


def strip_closing(paragraphs: list[str], code: str, given: Source) -> tuple[list[str], Source]:
    """A closing source line — a name, a comma and the full date ending the line ("«Деловой регион», 30 ноября
    2026 г.", "The Minsk Herald, 30 November 2026") — leaves the body and dates the text where nothing else did.
    A closing sentence of the story with a date ("Выставка продлится до 15 февраля 2027 года.") has no comma
    before its date."""
    if len(paragraphs) < 2:
        return paragraphs, given
    last = paragraphs[-1].strip()
    m = _date_in_line(code).search(last) if len(last.split()) <= SOURCE_WORDS else None
    name = last[:m.start()].rstrip() if m else ""
    if not (m and name.endswith(",") and len(name) > 2 and _AFTER_DATE.match(last[m.end():])):
        return paragraphs, given
    iso = _iso(m, code)
    if iso is None:
        return paragraphs, given
    publisher = name.rstrip(",").strip().strip("«»\"“”„").strip()
    return paragraphs[:-1], replace(given, date=given.date or iso, publisher=given.publisher or publisher)
