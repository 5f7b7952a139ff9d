"""Word tokenizer shared by the summariser and the fact extractors.

A regular expression rather than nltk's ``word_tokenize`` (which needs punkt data that is not available offline)
or razdel (which splits ``Нур-Султан`` style names and apostrophes inconsistently for our use): words are runs of
letters/digits in any script, joined across an inner hyphen or apostrophe (``Нур-Султан``, ``п’есу``, ``O'Brien``,
``ад'езд``); numbers keep inner ``.``/``,`` (``1.13``, ``464,000``). Punctuation is dropped.
"""
from __future__ import annotations

import re

# letter-or-digit, any script, without the underscore that \w also matches
_ALNUM = r"[^\W_]"
_JOINER = r"[-\u2010\u2011'\u2019\u02bc]"  # hyphens and apostrophes (', ’, ʼ)
WORD_RE = re.compile(rf"\d+(?:[.,]\d+)+|{_ALNUM}+(?:{_JOINER}{_ALNUM}+)*")


def words(text: str) -> list[str]:
    """The words of ``text`` in order, original case kept."""
    return WORD_RE.findall(text)
