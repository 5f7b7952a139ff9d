"""Animals' names after the noun for an animal's name: "служебная собака по кличке Найда", "аўчарка па мянушцы
Рэкс". The word the pack lists (``pet_name_words``, word starts of the nouns for an animal's name in every case)
says the capitalised word after it names an animal, neither a person nor an organisation: its words are claimed
and nothing is recorded (as vessels.py does for ships). Before this pass "Найда" became a person.
"""
from __future__ import annotations

from .candidates import claim

RULE = "pet_names.animal_names"
MAX_WORDS = 2  # "по кличке Белый Клык"


def animal_names(doc, si, s, toks, used, taken) -> list:
    """The capitalised run (one or two words) right after a noun for an animal's name: claimed, no entity."""
    starts = tuple(doc.R.morph.cfg["pet_name_words"])
    if not starts:
        return []
    out = []
    for i in range(1, len(toks)):
        before = toks[i - 1]
        if used[i] or not (toks[i].word and toks[i].cap) or not before.word or (before.cap and not before.initial) \
                or not before.text.lower().startswith(starts):
            continue
        j = i
        while j < len(toks) and j - i < MAX_WORDS and toks[j].word and toks[j].cap and not used[j]:
            j += 1
        out.append(claim(RULE, si, range(i, j)))
    return out
