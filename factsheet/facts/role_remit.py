"""A title word read inside a title's remit: "председатель комиссии по аграрной политике Галина Стрельцова" —
"политике" also reads as a form of the title "политик", so the title search (roles._title_before) stopped there,
found it governed by "по" in a case the name cannot take, and gave no role at all. A word that a remit
preposition of the pack governs (``role_prepositions``: "по", "при"; across its adjectives) is the complement of
a farther title: the search starts again before the preposition and, where it finds a title there, the role runs
from it over the remit to the name.
"""
from __future__ import annotations

REACH = 3  # words from the remit preposition to the word it governs


def farther_title(doc, toks, start: int, idx, taken, title_before) -> int | None:
    """The title before the remit preposition governing ``start`` (``title_before``: the search of roles.py), or
    None where no remit preposition governs it."""
    R = doc.R
    preps = R.morph.cfg["role_prepositions"]
    j = start - 1
    while j >= 0 and start - j <= REACH and toks[j].word and toks[j].text.lower() not in preps \
            and (R.adjective(toks[j].text) or R.genitive_like(toks[j].text)):
        j -= 1
    if j < 1 or start - j > REACH or toks[j].text.lower() not in preps:
        return None
    return title_before(doc, toks, [j], taken)
