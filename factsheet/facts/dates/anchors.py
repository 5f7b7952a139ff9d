"""A deadline of "this" period ("until the end of the month", "до конца года") after a date in the same sentence
that names another such period: the end of THAT period. "The crew will move on December 3 and stay until the end
of the month" in a November article ends on 31 December, not 30 November; "В 2027 году завод запустят, а до конца
года выйдут на полную мощность" ends on 31 December 2027.
"""
from __future__ import annotations

from dataclasses import replace

from . import resolve
from .rules import phrase_key

UNIT_WIDTH = {"month": 7, "year": 4}  # how much of an ISO date names the period


def deadlines(spans: list, r) -> list:
    """The spans, each this-period deadline moved to the period of the date before it in its sentence."""
    out = []
    for k, sp in enumerate(spans):
        unit, offset = r.deadlines.get(_deadline_key(sp, r), (None, None)) if sp.kind == "deadline" and sp.date \
            else (None, None)  # (only a deadline's key is looked up)
        width = UNIT_WIDTH.get(unit)
        if width and offset == 0:
            before = next((b for b in reversed(spans[:k]) if b.sentence == sp.sentence and b.date
                           and "/" not in b.date and len(b.date) >= width), None)
            if before is not None and before.date[:width] != sp.date[:width]:
                sp = replace(sp, date=resolve.last_day(before.date[:width]))
        out.append(sp)
    return out


def _deadline_key(sp, r) -> str:
    """The deadline phrase of the span as its table writes it (a part word may stand before it)."""
    key = phrase_key(sp.text)
    return next((k for k in r.deadlines if key.endswith(k)), key)
