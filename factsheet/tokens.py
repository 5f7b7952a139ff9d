"""The one tokenizer of factsheet: what a word is, for the summariser, the fact extractors and the readers alike.

A word is a run of letters and digits in any script (not the underscore that ``\\w`` also matches), joined across
an inner hyphen or apostrophe, and a number keeps its inner ``.`` and ``,``:

- ``Нур-Султане``, ``O'Brien-Smith``, ``п’еса``, ``адʼезд``, ``30-я``, ``COVID-19`` are one word each: an inner
  hyphen or apostrophe (``-``, ``‐``, ``‑``, ``'``, ``’``, ``ʼ``) binds a name, a Belarusian or Ukrainian word,
  a number with its case ending; a dash with spaces around it, or a hyphen at a word's edge, binds nothing;
- ``1.13``, ``464,000``, ``12.03.2025`` are one word each: a decimal point or thousands separator between digits
  is part of the number (a full stop before a space is not), so counting words and reading a number's neighbours
  never splits a figure;
- letters and digits in one run (``G7``, ``MH17``, ``5G``) stay one word: a name with a number is one name;
- dots between letters (``U.S.``, ``т.д.``) separate words: the segmenter reads such abbreviations itself, and a
  dot inside ``bbc.co.uk`` or ``end.Next`` is no part of a word.

A regular expression rather than nltk's ``word_tokenize`` (which needs punkt data that is not available offline)
or razdel (which splits ``Нур-Султан`` style names and apostrophes inconsistently for our use).

Everything else that reads words is a view of the same tokens: ``words`` (the summariser's words, a word count),
``tokens`` (words and single marks with their spans and shape, what the entity passes read; facts/tokens.py adds
whether a capital is sentence-initial), and ``WORD``/``LETTER`` for the few patterns that look for a word in a
longer phrase.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

LETTER = r"[^\W\d_]"  # a letter, any script
_ALNUM = r"[^\W_]"  # a letter or digit, any script, without the underscore that \w also matches
_JOINER = r"[-\u2010\u2011'\u2019\u02bc]"  # hyphens and apostrophes (', ’, ʼ) inside a word
WORD = rf"(?:\d+(?:[.,]\d+)+|{_ALNUM}+(?:{_JOINER}{_ALNUM}+)*)"  # the pattern, for phrases that contain a word
WORD_RE = re.compile(WORD)
TOKEN = re.compile(rf"{WORD}|\S")  # a word, else one mark
# a run of regex word characters (letters, digits, the underscore): what a pattern bounded by (?<!\w) and (?!\w)
# reads as one whole word. Not a word of the text (WORD); it lets such patterns be pre-tested by a set look-up
# (the date triggers, facts/dates/rules.py)
WORD_CHAR_RUN = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Tok:
    """A token, its span and its shape, fixed when the text is tokenized; ``initial`` marks a capital that says
    nothing (a sentence or quotation start, set by facts/tokens.py)."""

    text: str
    start: int
    end: int
    initial: bool = False
    word: bool = False  # a word or number, not a mark
    cap: bool = False  # starts with a capital
    abbr: bool = False  # two or more letters, all capitals, no digit (an abbreviation, also with a case ending: "МИДа")
    digit: bool = False  # has a digit: a number, or a code such as "MH17", "COVID-19"


# Tok's slots set directly: the frozen dataclass's own __init__ sets each field through object.__setattr__ by
# name, which made building the tokens twice as slow (a document has thousands; only ``shape`` builds them)
_TEXT, _START, _END, _INITIAL, _WORD, _CAP, _ABBR, _DIGIT = (getattr(Tok, name).__set__ for name in Tok.__slots__)


def _tok(text: str, start: int, end: int, initial: bool, word: bool, cap: bool, abbr: bool, digit: bool) -> Tok:
    tok = object.__new__(Tok)
    _TEXT(tok, text), _START(tok, start), _END(tok, end), _INITIAL(tok, initial)
    _WORD(tok, word), _CAP(tok, cap), _ABBR(tok, abbr), _DIGIT(tok, digit)
    return tok


def words(text: str) -> list[str]:
    """The words of ``text`` in order, original case kept (the word tokens' texts)."""
    return WORD_RE.findall(text)


def texts(text: str) -> list[str]:
    """The texts of all tokens of ``text``, words and single marks, in order."""
    return TOKEN.findall(text)


def tokens(text: str) -> tuple[Tok, ...]:
    """Words and single marks of ``text`` with their spans and shape (none marked ``initial``)."""
    return tuple(shape(m.group(), m.start(), m.end()) for m in TOKEN.finditer(text))


def shape(text: str, start: int, end: int, initial: bool = False) -> Tok:
    """The token ``text`` at ``start:end`` with its shape."""
    if text.isalpha() and (text[0].islower() or len(text) > 1 and text[1].islower()):
        # most words: lower case, or a capital then a lower-case letter ("Minsk"), never an abbreviation (its
        # stem before an ending would hold that lower-case letter); the full test below is slow
        return _tok(text, start, end, initial, True, text[0].isupper(), False, False)
    abbr, digit = False, not text.isalpha() and any(c.isdigit() for c in text)
    # a word that starts in lower case is never an abbreviation (most words), nor is a code with digits ("MH17",
    # "ЗАЗ-1103", "COVID-19": a model, a flight, a disease)
    if not text[0].islower() and not digit:
        letters = [c for c in text if c.isalpha()]
        abbr = len(letters) >= 2 and (all(c.isupper() for c in letters) or inflected_abbr(text) is not None)
    return _tok(text, start, end, initial, text[0].isalnum(), text[0].isupper(), abbr, digit)


def inflected_abbr(word: str) -> str | None:
    """The stem of an abbreviation with an ending ("МИДа" -> "МИД", "CEOs" -> "CEO"), in any cased script: two
    or more letters that are not lower case, then one or two lower-case letters; else None."""
    stem = word
    while stem and stem[-1].isalpha() and stem[-1].islower():
        stem = stem[:-1]
    if 1 <= len(word) - len(stem) <= 2 and len(stem) >= 2 and all(c.isalpha() and not c.islower() for c in stem):
        return stem
    return None
