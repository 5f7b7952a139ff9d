"""A headline or heading written in capitals ("SOCCER - DUTCH LEAGUE RESULTS", "ESSEX MADE TO SWEAT IN TITLE RACE")
capitalises every word, so its shape says nothing of names: a name that only a shape rule found there (an
organisation head, a place preposition) stands only when the document writes its words capitalised inside a
sentence too ("Rotor" of "ROTOR FANS LOCKED OUT"); "RESULTS" and "TITLE" name nothing.
"""
from __future__ import annotations


def shouted(toks) -> bool:
    """Is the sentence written in capitals (most of its words upper case)?"""
    words = [t for t in toks if t.word and not t.text[0].isdigit()]
    return len(words) >= 2 and 5 * sum(t.text.isupper() for t in words) >= 3 * len(words)


def unheard(doc, words: list[str]) -> bool:
    """Are ``words`` (of a name read in a shouted line) not all written capitalised inside a sentence elsewhere?"""
    inside = doc.written_inside
    return any(w.lower() not in inside for w in words if w[:1].isalpha() and w.lower() not in doc.R.connectors)
