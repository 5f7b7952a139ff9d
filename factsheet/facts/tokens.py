"""Tokens of a sentence for the entity passes: words with their character spans, capitalisation and abbreviation
shape, plus the quote matching that organisation names in quotes need.

A word at a sentence start (or a quotation's start) is capitalised anyway, so each token records whether it is
``initial``: the passes never read such a capital alone as evidence of a name.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

TOKEN = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*|\d+(?:-[^\W\d_]+)?|\S")
QUOTE_CHARS = "«»„“”\""
ROMAN = re.compile(r"[IVXLCDM]+")
BREAKS = set(",;:()—–-.!?…")


@dataclass
class Tok:
    """A token and its span; ``initial`` marks a capital that says nothing (a sentence or quotation start)."""

    text: str
    start: int
    end: int
    initial: bool = False

    @property
    def word(self) -> bool:
        return self.text[0].isalnum()

    @property
    def cap(self) -> bool:
        return self.text[0].isupper()

    @property
    def abbr(self) -> bool:
        letters = [c for c in self.text if c.isalpha()]
        return len(letters) >= 2 and (all(c.isupper() for c in letters) or inflected_abbr(self.text) is not None)


def inflected_abbr(word: str) -> str | None:
    """The stem of an abbreviation with an ending ("МИДа" -> "МИД", "CEOs" -> "CEO"), in any cased script: two
    or more letters that are not lower case, then one or two lower-case letters; else None."""
    stem = word
    while stem and stem[-1].isalpha() and stem[-1].islower():
        stem = stem[:-1]
    if 1 <= len(word) - len(stem) <= 2 and len(stem) >= 2 and all(c.isalpha() and not c.islower() for c in stem):
        return stem
    return None


def tokenize(sentence: str) -> list[Tok]:
    """Words, numbers and single marks of ``sentence``; each word knows whether any word would be capitalised there."""
    toks = [Tok(m.group(), m.start(), m.end()) for m in TOKEN.finditer(sentence)]
    prev = None
    for k, t in enumerate(toks):  # first word of the sentence or of a quotation is capitalised anyway
        if t.word:
            # an opening quote touches its first word; after a closing quote ("Балттэх" Янас) a name goes on
            t.initial = prev is None or (prev.text in QUOTE_CHARS and prev.end == t.start) or prev.text in ".!?:—–-…"
            if prev is not None and prev.text == "." and len(toks[k - 2].text if k >= 2 else "") == 1 \
                    and toks[k - 2].text.isupper():
                t.initial = False  # "Ё. Хатояма": after an initial, not a sentence start
        prev = t
    return toks


def quote_close(text: str, p: int) -> int | None:
    """Index of the quote closing the one opened at ``p``; straight quotes nest by what stands around them."""
    if text[p] == "«":
        depth = 0
        for j in range(p, len(text)):
            depth += (text[j] == "«") - (text[j] == "»")
            if depth == 0:
                return j
        return None
    depth, collapsed = 1, None
    for j in range(p + 1, len(text)):
        c = text[j]
        if c in "\"“”„":
            opening = (text[j - 1].isspace() or text[j - 1] in "(«„") and j + 1 < len(text) and text[j + 1].isalnum()
            depth += 1 if opening else -1
            if depth == 0:
                return j
            if depth == 1 and not opening and collapsed is None:
                collapsed = j
    # nested straight quotes often share one closing mark: АТ "Група кампаній "Алюр" Андрэй …
    return collapsed
