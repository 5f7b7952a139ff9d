"""The place a story was filed from, when its dateline stood on a line of its own ("Гродна, 19 лістапада 2026
года.") and so left the body (metadata.strip_leader): no sentence names it any more, yet the reader's "where"
should (an agency's or a press office's dateline is where the story happens far more often than not). It goes
last, without evidence, unless the body already names it.
"""
from __future__ import annotations

from ..model import Place


def with_filed_place(where: list[Place], source) -> list[Place]:
    """``where`` with the source's dateline place appended when no item already names it."""
    place = (getattr(source, "place", None) or "").strip()
    if not place:
        return where
    name = place.title() if place.isupper() else place  # "МАГІЛЁЎ": the wire's capitals are no part of the name
    known = {n.casefold() for p in where for n in [p.name, *p.aliases]}
    return where if name.casefold() in known else [*where, Place(name=name)]
