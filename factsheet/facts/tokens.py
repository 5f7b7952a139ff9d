"""Tokens of a sentence for the entity passes: the package's one tokenizer (``factsheet/tokens.py``: words with
their character spans, capitalisation and abbreviation shape) read as a
sentence, plus the quote matching that organisation names in quotes need.

A word at a sentence start (or a quotation's start) is capitalised anyway, so each token records whether it is
``initial``: the passes never read such a capital alone as evidence of a name.
"""
from __future__ import annotations

import re

from ..tokens import TOKEN, Tok, inflected_abbr, shape, texts

__all__ = ["TOKEN", "Tok", "inflected_abbr", "texts", "tokenize", "quote_close", "cap_run_end", "QUOTE_CHARS",
           "ROMAN", "BREAKS"]

QUOTE_CHARS = "«»„“”\""
ROMAN = re.compile(r"[IVXLCDM]+")
BREAKS = set(",;:()—–-.!?…")


def tokenize(sentence: str) -> tuple[Tok, ...]:
    """Words, numbers and single marks of ``sentence``; each word knows whether any word would be capitalised there."""
    out = []
    prev, prev_end, before = None, 0, ""  # the token before (its text, its end), the text of the one before it
    for m in TOKEN.finditer(sentence):  # first word of the sentence or of a quotation is capitalised anyway
        text = m.group()
        start, end = m.span()
        initial = False
        if text[0].isalnum():
            # an opening quote touches its first word; after a closing quote ("Балттэх" Янас) a name goes on
            initial = prev is None or (prev in QUOTE_CHARS and prev_end == start) or prev in ".!?:—–-…"
            if prev == "." and len(before) == 1 and before.isupper():
                initial = False  # "Ё. Хатояма": after an initial, not a sentence start
        out.append(shape(text, start, end, initial))
        before = prev if prev is not None else ""
        prev, prev_end = text, end
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


def match_case(base: str, surface: str) -> str:
    """Give ``base`` the capitalisation of ``surface`` (per hyphen part)."""
    if surface.isupper() and len(surface) > 1:
        return base.upper()
    parts, sparts = base.split("-"), surface.split("-")
    out = []
    for i, p in enumerate(parts):
        s = sparts[i] if i < len(sparts) else sparts[-1]
        out.append(p[:1].upper() + p[1:] if s[:1].isupper() else p)
    return "-".join(out)


def cap_run_end(R, toks, used, a: int, longest: int, initial_ends: bool = False) -> int:
    """Where the run of unclaimed capitalised words from ``toks[a]`` ends, ``longest`` words at most: a word with
    the pack's possessive ending ("Barney's") is left after it, as is a sentence-initial capital when
    ``initial_ends``. A name the organisation passes read after their cue word."""
    b = a
    while b < len(toks) and b - a < longest and toks[b].word and toks[b].cap and not used[b] \
            and not (initial_ends and toks[b].initial) and R.strip_possessive(toks[b].text) == toks[b].text:
        b += 1
    return b
