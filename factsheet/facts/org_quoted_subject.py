"""A quoted name that speaks: "«Газпром нефть» сообщила о росте добычи", "«Новая газета» сообщает о …". A
quoted name right before a verb of saying (the pack's ``speech_verbs.txt``) is the subject that says it: a body,
since a book or a film ("«Русские купцы в Риге»") tells nothing. The name stays as written (a subject stands in
the nominative). Functions over ``doc``, the ``Extraction`` (document.py), read-only."""
from __future__ import annotations

from .. import langpack
from .. import morphology as mo
from .tokens import QUOTE_CHARS

MAX_WORDS = 4  # "«Новая газета»", "«Газпром нефть»", "«Российские железные дороги»"


def speaking(doc, si: int, end: int, inner: str) -> bool:
    """Is the quoted ``inner`` (ending at ``end`` in sentence ``si``, before its closing mark) a name of at most
    four words followed by a verb of saying?"""
    words = inner.split()
    if not words or len(words) > MAX_WORDS or not words[0][:1].isupper() or any(c in inner for c in ".!?,:;"):
        return False
    after = doc.sentences[si][end:].lstrip(QUOTE_CHARS).split()[:1]
    if not after or after[0].lower() not in langpack.load(doc.lang).words("speech_verbs"):
        return False
    M = doc.R.morph  # "«Мы откроем завод» сказал директор": words of a clause are speech, no name
    return not any(w.lower() in doc.R.pronouns or any(p.pos == mo.VERB for p in M.parse(w)[:1]) for w in words)
