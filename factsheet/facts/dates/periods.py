"""Dates inside a period the sentence names from the reference ("Last winter we opened on December 20", "Next
year in February"): find.py's step between matching and resolving a sentence's dates.
"""
from __future__ import annotations

import re
from datetime import date

from ... import tokens
from . import tense

FOUR_DIGITS = re.compile(r"\d{4}")  # any year written out in a match (not rules.YEAR, the year pattern)
POSSESSIVE = re.compile(r"['’]s?(?!\w)")  # a period in the possessive describes a noun ("last year's profit")
PERIOD_KINDS = ("season", "rel_period")  # a period named from the reference: "last winter", "в прошлом году"
YEARLESS_KINDS = ("dmy", "mdy", "day_word")  # a day and month, perhaps without the year
PERIOD_WORDS = 3  # words up to the end of a period opening the sentence ("Last year's congress", "The next year's fair")
DATELINE_HEAD = re.compile(r"^\W*[^\W\d_][\w .'’-]{0,40},\s*$")  # "TASHKENT, " / "МИНСК, " before the dateline's day


def in_periods(kept: list[tuple], sentence: str, ref: date | None, r=None) -> list[tuple]:
    """A day written without its year in a sentence that names a period from the reference ("Last winter we
    opened on December 20"), or a month right after such a period ("У наступным годзе, у лютым, …", "Next year in
    February"), lies in that period when a year either way puts it there; a past period in the possessive
    describes a noun ("approved last year's accounts on Nov 30"), "next year's marathon will be held on …" frames.
    A wire's dateline opening the sentence ("TASHKENT, Nov 30 - …, and … agreed to open a house early next year")
    is the day of the telling, in no period the sentence goes on to name."""
    periods = [(e, *(iso.split("/") if "/" in iso else (iso + "-01-01", iso + "-12-31")))
               for _, e, iso, kind in kept if kind in PERIOD_KINDS and iso]
    if not periods:
        return kept
    out = []
    for start, end, iso, kind in kept:
        near = [(lo, hi) for e, lo, hi in periods if (kind in YEARLESS_KINDS or e <= start
                and (not re.search(r"\w", sentence[e:start]) or _framing(sentence, e, (start, end), r, (lo, hi), ref)))
                # a month only right after its period, or after one in the possessive ("Next year's congress … in May")
                and not (POSSESSIVE.match(sentence, e) and iso and hi < iso  # "last year's accounts"
                         and not _framing(sentence, e, (start, end), r, (lo, hi), ref))]
        if iso and ref is not None and iso == ref.isoformat() and DATELINE_HEAD.match(sentence[:start]):
            out.append((start, end, iso, kind))
            continue
        if iso and len(iso) == (10 if kind in YEARLESS_KINDS else 7 if kind == "prep_month" else 0) and near \
                and not FOUR_DIGITS.search(sentence, start, end) and not any(lo <= iso <= hi for lo, hi in near):
            shifted = (f"{int(iso[:4]) + k}{iso[4:]}" for k in (-1, 1))
            iso = next((d for d in shifted if any(lo <= d <= hi for lo, hi in near)), iso)
        out.append((start, end, iso, kind))
    return out


def _framing(sentence: str, e: int, span: tuple[int, int], r, period: tuple[str, str], ref) -> bool:
    """Does the period ending at ``e``, in the possessive, frame the month at ``span``: a clause pointing ahead
    after a period ahead ("Next year's congress will take place in November"), or a past clause after a past period
    opening the sentence, its subject's ("Last year's congress met in Riga in May"; s10steps)? Not a clause of the
    other way ("Next year's budget, approved in October, …": last October) nor an object's period ("approved last
    year's accounts on Nov 30")."""
    if r is None or ref is None or not POSSESSIVE.match(sentence, e):
        return False
    way = tense.direction(sentence, *span, r)
    ahead, past = period[0] > ref.isoformat(), period[1] < ref.isoformat()
    opens = len(tokens.words(sentence[:e])) <= PERIOD_WORDS
    return way > 0 and ahead or way < 0 and past and opens
