"""A quoted name of two or more words with an organisation head among them names an organisation wherever it
stands ("филиал «Строительный трест № 8»", "поставил «Минский тракторный завод»"): the head says what it is
when no marker noun stands before the quote (organisations.quoted_orgs left it) and the text names it once. A
one-word quote ("«Завод»") may be a title, a quote holding a sentence is no name, and the head must follow a
word of the name (its adjectives): a head opening the quote may be a craft's or product's name ("«Союз ТМА-7»").

Functions over ``doc``, the ``Extraction`` (document.py), read-only.
"""
from __future__ import annotations


def headed_name(doc, inner: str) -> bool:
    """Does the quoted ``inner`` (capitalised, two to six words, no sentence mark) hold an organisation head?"""
    R, words = doc.R, inner.split()
    if not 2 <= len(words) <= 6 or not inner[:1].isupper() or any(c in inner for c in ".!?,:;"):
        return False
    return any(w.isalpha() and R.is_noun(w, R.heads) for w in words[1:])  # (not «Союз ТМА-7», a spacecraft)
