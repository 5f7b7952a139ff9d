"""A figure foretold is no plan: "This year it will be about 90,000 tonnes", "Урожай будет на 10% выше
прошлогоднего", "Выручка складзе каля 5 млн". The future there is a copula or a verb of amounting (the pack's
``amount_copulas``, next_step_cues.toml) with a word of estimate or comparison (``amount_words``: "about",
"выше", "каля") after it, at most figures and short prepositions between ("will be held in about two weeks" is a
plan); with no plan cue besides, the sentence is a forecast, whatever date it names. A bare figure is not enough:
"Fares will be 1.20 roubles from January 1" is a decision.
s10steps (released kind 15 of session 9).
"""
from __future__ import annotations

import re

from ..patterns import NEVER, alternation


def amount_only(text: str, pack) -> bool:
    """Does ``text`` (a sentence's main clauses) foretell a figure (see the module note)?"""
    return pack.compiled(_build).search(text) is not None


def _build(pack) -> re.Pattern:
    t = pack.table("next_step_cues")
    copulas, words = t.get("amount_copulas", []), t.get("amount_words", [])
    if not copulas or not words:
        return re.compile(NEVER)
    gap = r"(?:(?:\S*\d\S*|\w{1,2})\s+){0,3}"  # figures and short prepositions only: "будет на 10% выше"
    return re.compile(rf"(?<!\w)(?:{alternation(copulas)})\s+{gap}(?:{alternation(words)})(?!\w)", re.IGNORECASE)
