"""A village or town whose name is a plural ("Дунілавічы", "Лужкі"), named after a preposition of origin in the
genitive plural ("з Дунілавічаў", "даярка з Лужкоў"): no person's name stands so — a surname after "з" is in the
genitive singular ("з Карпава") or plural ("з Карпавымі") — so the word is a place, in the base form the pack's
``place_genitive_plural`` rules give.

Read by leftovers.resolve_leftovers for a single capitalised word no pass claimed; returns candidates.
"""
from __future__ import annotations

from .candidates import Candidate

RULE = "place_plurals.origin_plural"
TABLE = "place_genitive_plural"


def origin_plural(doc, item, word: str) -> list[Candidate] | None:
    """The place a word in the genitive plural after ``origin_prepositions`` names; None for any other word."""
    si, t, _, toks, ti = item
    R, M = doc.R, doc.R.morph
    if ti < 1 or toks[ti - 1].text.lower() not in R.origin_preps or TABLE not in M.rules \
            or not R.plural_genitive_endings or not word.lower().endswith(R.plural_genitive_endings):
        return None
    base = M.rule_base(word, TABLE)
    return [Candidate("place", base, si, t.start, t.end, RULE)] if base != word else None
