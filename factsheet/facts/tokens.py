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


@dataclass(frozen=True, slots=True)
class Tok:
    """A token, its span and its shape, fixed when the sentence is tokenized; ``initial`` marks a capital that says
    nothing (a sentence or quotation start)."""

    text: str
    start: int
    end: int
    initial: bool = False
    word: bool = False  # a word or number, not a mark
    cap: bool = False  # starts with a capital
    abbr: bool = False  # two or more letters, all capitals (an abbreviation, also with a case ending: "МИДа")


def _shape(text: str, start: int, end: int, initial: bool) -> Tok:
    abbr = False
    if not text[0].islower():  # a word that starts in lower case is never an abbreviation (most words)
        letters = [c for c in text if c.isalpha()]
        abbr = len(letters) >= 2 and (all(c.isupper() for c in letters) or inflected_abbr(text) is not None)
    return Tok(text, start, end, initial, text[0].isalnum(), text[0].isupper(), abbr)


def inflected_abbr(word: str) -> str | None:
    """The stem of an abbreviation with an ending ("МИДа" -> "МИД", "CEOs" -> "CEO"), in any cased script: two
    or more letters that are not lower case, then one or two lower-case letters; else None."""
    stem = word
    while stem and stem[-1].isalpha() and stem[-1].islower():
        stem = stem[:-1]
    if 1 <= len(word) - len(stem) <= 2 and len(stem) >= 2 and all(c.isalpha() and not c.islower() for c in stem):
        return stem
    return None


def tokenize(sentence: str) -> tuple[Tok, ...]:
    """Words, numbers and single marks of ``sentence``; each word knows whether any word would be capitalised there."""
    spans = [(m.group(), m.start(), m.end()) for m in TOKEN.finditer(sentence)]
    out = []
    prev = None
    for k, (text, start, end) in enumerate(spans):  # first word of the sentence or of a quotation is capitalised anyway
        initial = False
        if text[0].isalnum():
            # an opening quote touches its first word; after a closing quote ("Балттэх" Янас) a name goes on
            initial = prev is None or (prev[0] in QUOTE_CHARS and prev[2] == start) or prev[0] in ".!?:—–-…"
            if prev is not None and prev[0] == "." and len(spans[k - 2][0] if k >= 2 else "") == 1 \
                    and spans[k - 2][0].isupper():
                initial = False  # "Ё. Хатояма": after an initial, not a sentence start
        out.append(_shape(text, start, end, initial))
        prev = (text, start, end)
    return tuple(out)


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
