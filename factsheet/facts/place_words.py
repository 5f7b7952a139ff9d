"""A function word opening a sentence is no place, though its letters fold like a listed name's: "Такія звесткі
прывёў міністр" ("such figures") is not Токіё, whose key folds its о and ё to а and я. A place written exactly as
listed stays one.
"""
from __future__ import annotations


def function_word(doc, tok, hit: str) -> bool:
    """Is ``tok`` a capitalised sentence-initial stop word that only folds to the listed place ``hit``?"""
    text = doc.R.strip_possessive(tok.text)
    return tok.initial and text[1:].islower() and text.lower() in doc.R.stopwords and text != hit
