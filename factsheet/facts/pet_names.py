"""Animals' names after the noun for an animal's name: "служебная собака по кличке Найда", "аўчарка па мянушцы
Рэкс". The word the pack lists (``pet_name_words``, word starts of the nouns for an animal's name in every case)
says the capitalised word after it names an animal, neither a person nor an organisation: its words are claimed
and nothing is recorded (as vessels.py does for ships). Before this pass "Найда" became a person.
"""
from __future__ import annotations

from .vessels import claim_after

RULE = "pet_names.animal_names"
MAX_WORDS = 2  # "по кличке Белый Клык"


def animal_names(doc, si, s, toks, used, taken) -> list:
    """The capitalised run (one or two words) right after a noun for an animal's name: claimed, no entity."""
    starts = doc.R.pet_name_words
    if not starts:
        return []

    def cue(i: int) -> int | None:
        before = toks[i - 1]
        return 0 if before.word and not (before.cap and not before.initial) and before.text.lower().startswith(starts) \
            else None

    return claim_after(si, toks, used, cue, MAX_WORDS, RULE)
