"""Dates inside a period the sentence names from the reference ("Last winter we opened on December 20", "Next
year in February"): find.py's step between matching and resolving a sentence's dates.
"""
from __future__ import annotations

import re
from datetime import date

FOUR_DIGITS = re.compile(r"\d{4}")  # any year written out in a match (not rules.YEAR, the year pattern)
POSSESSIVE = re.compile(r"['’]s?(?!\w)")  # a period in the possessive describes a noun ("last year's profit")
ARTICLE = re.compile(r"(?i)\bthe\b")  # before a sentence-opening period ("The next year's …")
PERIOD_KINDS = ("season", "rel_period")  # a period named from the reference: "last winter", "в прошлом году"
YEARLESS_KINDS = ("dmy", "mdy", "day_word")  # a day and month, perhaps without the year
DATELINE_HEAD = re.compile(r"^\W*[^\W\d_][\w .'’-]{0,40},\s*$")  # "TASHKENT, " / "МИНСК, " before the dateline's day


def in_periods(kept: list[tuple], sentence: str, ref: date | None) -> list[tuple]:
    """A day written without its year in a sentence that names a period from the reference ("Last winter we
    opened on December 20"), or a month right after such a period ("У наступным годзе, у лютым, …", "Next year in
    February"), lies in that period when a year either way puts it there; a past period in the possessive
    describes a noun ("approved last year's accounts on Nov 30"), "next year's marathon will be held on …" frames.
    A wire's dateline opening the sentence ("TASHKENT, Nov 30 - …, and … agreed to open a house early next year")
    is the day of the telling, in no period the sentence goes on to name."""
    periods = [(e, *(iso.split("/") if "/" in iso else (iso + "-01-01", iso + "-12-31")), _framing(sentence, s, e))
               for s, e, iso, kind in kept if kind in PERIOD_KINDS and iso]
    if not periods:
        return kept
    out = []
    for start, end, iso, kind in kept:
        near = [(lo, hi) for e, lo, hi, frames in periods
                if frames and e <= start  # "Next year's festival will take place in August" (s10steps)
                or (kind in YEARLESS_KINDS or e <= start
                    and not re.search(r"\w", sentence[e:start]))  # a month only right after its period
                and not (POSSESSIVE.match(sentence, e) and iso and hi < iso)]  # "last year's accounts"
        if iso and ref is not None and iso == ref.isoformat() and DATELINE_HEAD.match(sentence[:start]):
            out.append((start, end, iso, kind))
            continue
        if iso and len(iso) == (10 if kind in YEARLESS_KINDS else 7 if kind == "prep_month" else 0) and near \
                and not FOUR_DIGITS.search(sentence, start, end) and not any(lo <= iso <= hi for lo, hi in near):
            shifted = (f"{int(iso[:4]) + k}{iso[4:]}" for k in (-1, 1))
            iso = next((d for d in shifted if any(lo <= d <= hi for lo, hi in near)), iso)
        out.append((start, end, iso, kind))
    framing = [e for e, lo, hi, frames in periods if frames]
    return [f for f in out if f[1] not in framing or not any(  # "Next year's festival … in August": the month says it
        g[1] > f[1] and g[2] and len(g[2]) == 7 and g[3] == "prep_month" for g in out)] if framing else out


def _framing(sentence: str, start: int, end: int) -> bool:
    """Does a period in the possessive open the sentence ("Next year's congress will take place in November", "Last
    year's fair opened in May")? It is the subject's, and a month the sentence goes on to name lies in it
    (s10steps); an object's ("approved last year's accounts on Nov 30") dates nothing else."""
    return bool(POSSESSIVE.match(sentence, end)) and not re.search(r"\w", ARTICLE.sub("", sentence[:start]))
