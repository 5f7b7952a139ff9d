"""A retold clause before a colon-introduced quote in the same sentence.

"Радзюк заявіў, што дробныя крамы губляюць пакупнікоў: «Маркетплэйс забірае …»": quotes.py gives the quote after
the colon to Радзюк; the clause before it is his reported speech too (read as reported.py reads "X said that …").
"""
from __future__ import annotations

import re

from .. import tokens
from ..model import Quote
from . import reported
from .mention_view import mentions_between


def clauses(sentences, pack, r, view, starts, text, quoted: set[int]) -> list[Quote]:
    """The retold clauses before a quote in the sentences ``quoted`` (those a marked quote covers)."""
    cues = pack.compiled(reported.Cues)
    found = (_clause_before(i, sentences[i], cues, r, view, starts, text) for i in sorted(quoted))
    return [q for q in found if q]


def _clause_before(i, s, cues, r, view, starts, text) -> Quote | None:
    """"Радзюк заявіў, што дробныя крамы губляюць пакупнікоў: «…»": a sentence whose quote follows a colon retells
    a clause of the same person before it; the quote itself is read by quotes.py."""
    colon = next((m.start() for m in re.finditer(r":\s*", s) if s[m.end():m.end() + 1] in r.openers), -1)
    if colon <= 0 or s.rstrip().endswith("?"):
        return None
    found = reported._by_verb(i, s[:colon], cues, r, view, starts, text)
    named = mentions_between(view, starts[i], starts[i] + colon, ("person",))
    if not found or found[0] not in {m.name for _, m in named} or len(tokens.words(found[1])) < reported.MIN_WORDS:
        return None
    first = min(pos for pos, m in named if m.name == found[0]) - starts[i]
    if s.find(found[1].rstrip(" :")) < first:
        return None  # "Asked about the team's form, Callander said: «…»": what opens the sentence before him is no speech
    return Quote(speaker=found[0], text=found[1].rstrip(" :") + ".", evidence=[i], reported=True)
