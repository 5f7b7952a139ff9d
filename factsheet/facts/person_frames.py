"""A speech cue that governs its source through one function word: "according to Hashim Thaci", the way news copy
attributes a claim. The pair after it is the source's name, as a pair right after "said" is (person_cues.vouched);
the cue is the pack's (``speech_cues``), the function word any of its stopwords.
"""
from __future__ import annotations


def cue_through_word(doc, toks, a: int) -> bool:
    """Do a speech cue and one lower-case function word stand right before the name at ``toks[a]``?"""
    R = doc.R
    if a < 2 or not toks[a - 1].word or toks[a - 1].cap or toks[a - 1].text.lower() not in R.stopwords:
        return False
    cue = toks[a - 2]
    return cue.word and (not cue.cap or cue.initial) and cue.text.lower() in R.speech
