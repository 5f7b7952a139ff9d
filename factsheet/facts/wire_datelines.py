"""A wire dateline opening the first body sentence: "INVERNESS, 24 November 2026 — Police …", "PENZANCE, Nov 24
(Reuters) - …", "TYNDRUM, Scotland, Nov 24 - …". The capitalised words before the date, up to the dash that ends
the dateline, name the place the story was filed from, a place even when no list knows it (datelines.py reads a
dateline on a line of its own). The date is a day and a month in the pack's month names, a year or none; without
a date the agency's name in brackets before the dash makes the dateline ("CARDIFF, Wales (AP) — …").
"""
from __future__ import annotations

import re

from .. import langpack
from .candidates import Candidate

DASH = re.compile(r"\s[—–-]\s")
AGENCY = re.compile(r"\s*\([^()]{1,40}\)\s*$")  # "(Reuters)" before the dash
REACH = 80  # characters: a dateline is short
DAY = re.compile(r"\d{1,2}")
YEAR = re.compile(r"\d{4}")


def wire_dateline(doc, si, s, toks, used, taken) -> list[Candidate]:
    """The place of a wire dateline in the first body sentence (after a byline at most)."""
    if si > doc.analysis.offset + 1 or not toks or not toks[0].cap or not toks[0].text.isupper():
        return []
    dash = DASH.search(s, 0, REACH)
    if dash is None:
        return []
    head = s[:dash.start()]
    parts = AGENCY.sub("", head).split(",")
    if _day_and_month(parts[-1], doc.lang):
        parts = parts[:-1]
    elif not AGENCY.search(head):
        return []  # no date: only the agency's name in brackets makes it a dateline ("CARDIFF, Wales (AP) —")
    out, at = [], 0
    for part in parts:
        a = s.index(part.strip(), at) if part.strip() else -1
        at = a + len(part.strip())
        span = [i for i, t in enumerate(toks) if a <= t.start and t.end <= at]
        if a < 0 or not span or any(used[i] for i in span) or not all(toks[i].cap for i in span if toks[i].word):
            return []
        hit = doc.R.gaz.lookup([toks[i].text for i in span if toks[i].word])
        written = s[a:at]
        out.append(Candidate("place", hit or (written.title() if written.isupper() else written), si, a, at,
                             "wire_datelines.wire_dateline", claims=tuple(span)))
    return out


def _day_and_month(text: str, lang: str) -> bool:
    """Is ``text`` a day and a month name (and perhaps a year), in either order: "Nov 24", "24 November 2026"?"""
    words = YEAR.sub("", text.replace(".", " ")).split()
    months = langpack.load(lang).month_numbers()
    return len(words) == 2 and sum(w.lower() in months for w in words) == 1 and sum(bool(DAY.fullmatch(w)) for w in words) == 1
