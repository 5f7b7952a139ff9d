"""A headline written in title case ("Gomel Firefighters Rescue Three Boys From Frozen Pond") capitalises every
content word, so, as in a shouted one (shouted.py), its capitals say nothing of names: a person read there
stands only when the body writes each word of the name capitalised inside a sentence too. A headline in
sentence case ("Rescuers pull three anglers from thin ice") is read as any sentence.
"""
from __future__ import annotations

MIN_WORDS = 4  # "Minsk Bakers Win Contest": fewer capitalised words are no sign of title case


def title_cased(doc, toks) -> bool:
    """Is ``toks`` the headline, with every word but the pack's stop words written with a capital?"""
    if not doc.analysis.headline or toks is not doc.analysis.tokens[0]:
        return False
    words = [t for t in toks if t.word and t.text[0].isalpha() and t.text.lower() not in doc.R.stopwords]
    return len(words) >= MIN_WORDS and all(t.text[0].isupper() for t in words)


def unheard_name(doc, toks, words: list[str]) -> bool:
    """Is the name ``words``, read in a title-case headline, not written capitalised inside a body sentence?"""
    if not title_cased(doc, toks):
        return False
    body = {t.text.lower() for ts in doc.analysis.tokens[1:] for t in ts if t.word and t.cap and not t.initial}
    return any(doc.R.strip_possessive(w).lower() not in body for w in words if w[:1].isalpha())
