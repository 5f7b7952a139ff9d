"""A function word opening a sentence is no place, though its letters fold like a listed name's: "Такія звесткі
прывёў міністр" ("such figures") is not Токіё, whose key folds its о and ё to а and я. A place written exactly as
listed stays one. Nationalities joined by hyphens before a place head ("a Belarusian-Lithuanian river expedition")
name no place either.
"""
from __future__ import annotations


def function_word(doc, tok, hit: str) -> bool:
    """Is ``tok`` a capitalised sentence-initial stop word that only folds to the listed place ``hit``?"""
    text = doc.R.strip_possessive(tok.text)
    return tok.initial and text[1:].islower() and text.lower() in doc.R.stopwords and text != hit


def demonym_pair(doc, word: str) -> bool:
    """Is ``word`` nationalities joined by hyphens ("Belarusian-Lithuanian", "Sino-Belarusian": a combining form
    first, by the pack's ``combining_form_endings``)? It qualifies a joint thing ("a Belarusian-Lithuanian river
    expedition"), names no place."""
    parts, combining = word.lower().split("-"), tuple(doc.R.morph.cfg["combining_form_endings"])
    return len(parts) >= 2 and all(p in doc.R.demonyms or (k == 0 and p.endswith(combining) and len(p) > 2)
                                   for k, p in enumerate(parts)) and any(p in doc.R.demonyms for p in parts)
