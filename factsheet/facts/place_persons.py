"""A given name before a capitalised place head names a person, not a place: "said Helen Marsh", "Peter Lake, a
farmer" (surnames that are also the nouns closing a place's name). After a function word ("on John Street", "at
Mary Hill") the pair stays a place, unless the word is a speech cue ("said").

Used by the place pass (places_in_text._adjective_place) before it reads a word and a place head as one place.
"""
from __future__ import annotations


def place_head(doc, toks, i: int):
    """The gender of the place head after ``toks[i]`` (gazetteer ``head_gender``), or None when the two are a
    person's name (``person_pair``)."""
    hg = doc.R.gaz.head_gender(toks[i + 1].text)
    return None if hg and person_pair(doc, toks, i) else hg


def person_pair(doc, toks, i: int) -> bool:
    """Are ``toks[i]`` and ``toks[i + 1]`` a listed given name and a capitalised surname ("said Helen Marsh"),
    with no function word but a speech cue before them?"""
    R = doc.R
    if not (i + 1 < len(toks) and toks[i + 1].text[:1].isupper() and R.morph.first_name(toks[i].text)):
        return False
    before = toks[i - 1].text.lower() if i > 0 else ""
    return before not in R.stopwords or before.startswith(R.speech)
