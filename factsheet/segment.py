"""Sentence segmentation for news text: rule-based, driven by per-language pack data.

Why our own rules rather than razdel or NLTK Punkt: every fact in a brief points at a sentence by index, so a
wrong split is a wrong citation. Measured with ``scripts/eval_segment.py`` on the Belarusian UD dev set, boundary
F1 is 0.840 here, 0.826 for razdel and 0.806 for untrained Punkt (precision 0.991 / 0.963 / 0.918); razdel is
tuned for Russian: it splits ``вул. | Кірава`` and misses the boundaries in ``у 2019 г. У наступным…`` and
``in the U.S. The…``; Punkt (no NLTK data may be downloaded) knows no
abbreviation at all. The rules are small, readable and as fast as razdel:

1. A *candidate* boundary is a run of ``.``, ``!``, ``?`` or ``…``, then any closing quotes, brackets or
   trailing emoji, then white space. Quotes never block a split, so a quote of several sentences is split at
   each real sentence end, and unbalanced or nested quotes (``АТ "Група "Алюр" Андрэй``) cannot break anything.
2. The text after the white space decides first: a lower-case word (``?" he asked``), a dash followed by a
   lower-case word (``…праекта", - адзначыў ён`` stays one sentence) or continuing punctuation means no boundary.
3. For a single ``.`` the word before it decides next, from the pack's ``abbreviations.txt``: ``never`` entries
   (``вул.``, ``Mr.``) never end a sentence; ``either`` entries (``U.S.``, ``a.m.``) end one only when the next
   word is a typical sentence opener from ``sentence_starters.txt``; ``number`` entries (``г.``, ``руб.``) do
   the same, but after a number they end one before any capitalised word (``у 2019 г. Мінск…``, not
   ``г. Мінск``); ``end`` entries (``т.д.``, ``Inc.``) end one before any capitalised word. Initials (``А.``,
   ``А.Р.``, ``J.``) before a capitalised word are not boundaries unless that word is a sentence opener.

The engine names no language; all words come from the pack (``abbreviations.txt``, ``sentence_starters.txt``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from . import tokens

STOPS = ".!?…"
CLOSERS = "\"'»”“’)]"
OPENERS = "\"«„“‘(["
DASHES = "-–—"
CONTINUATION = ",;:.!?…)]}%"
KINDS = ("never", "either", "number", "end")

# pictographs: emoji, flags and their joiners
_EMOJI = "\u2600-\u27bf\u2b00-\u2bff\ufe0f\u200d\U0001f000-\U0001faff"
_TRAILING_EMOJI = re.compile(rf"[{_EMOJI}]+(?=\s|$)")
# stops, then closers: quotes and brackets, a straight quote set off by a space ("сказаў. " Далей"), and
# pictographs that close a social-media sentence ("Канцэрт сёння! 🎧 Квіткі…"); then the white space
_CANDIDATE = re.compile(
    rf"([{STOPS}]+)((?:[{re.escape(CLOSERS)}]|\s+[\"'](?=\s)|\s*[{_EMOJI}]+(?=\s))*)(\s+)")
# the word before a final period, with internal dots (т.д, U.S, А.Р) and apostrophes (ў’, п'еса)
_WORD_BEFORE = re.compile(r"[\w’'.]*\w$")
# the same with one more dotted piece before a space: "т. д", "А. Р"
_TWO_PIECES = re.compile(r"\w+\.\s[\w’'.]*\w$")
_AFTER_NUMBER = re.compile(r"(?:\d\S*|\b[IVXLC]+)\s+$")  # "2019 ", "1930-я ", "XX "
_INITIALS = re.compile(r"(?:[^\W\d_]\.){0,3}[^\W\d_]")


@dataclass(frozen=True)
class Rules:
    """A pack's segmentation data: abbreviation kinds (exact and case-folded) and sentence openers."""

    exact: dict
    folded: dict
    starters: frozenset

    def kind(self, abbr: str) -> str | None:
        return self.exact.get(abbr) or self.folded.get(abbr.lower())


@cache
def rules_for(pack) -> Rules:
    """Read ``abbreviations.txt`` (``<abbr> [never|either|number|end]``) and ``sentence_starters.txt`` from a pack.

    An entry with a capital letter matches only as written (``No.``); an all-lower-case one matches any case.
    """
    exact, folded = {}, {}
    for line in pack.lines("abbreviations"):
        abbr, *rest = line.split()
        kind = rest[0] if rest else "never"
        if kind not in KINDS:
            raise ValueError(f"{pack.code}/abbreviations.txt: unknown kind {kind!r} for {abbr!r}")
        target = exact if abbr != abbr.lower() else folded
        target[abbr] = kind
    return Rules(exact, folded, pack.words("sentence_starters"))


def split_sentences(paragraphs: list[str], pack) -> list[str]:
    """Sentences of the paragraphs, in order, each stripped; a paragraph never shares a sentence with another."""
    out = []
    for para in paragraphs:
        out.extend(para[a:b] for a, b in sentence_spans(para, pack))
    return out


def paragraph_starts(paragraphs: list[str], pack) -> frozenset[int]:
    """Indices of the sentences of ``split_sentences`` that open a paragraph: an interview's question or answer
    is a paragraph of its own, which the flat sentence list no longer shows."""
    out, n = set(), 0
    for para in paragraphs:
        spans = sentence_spans(para, pack)
        if spans:
            out.add(n)
        n += len(spans)
    return frozenset(out)


def sentence_spans(text: str, pack) -> list[tuple[int, int]]:
    """``(start, end)`` character offsets of the sentences in one paragraph, stripped of outer white space."""
    rules = rules_for(pack)
    cuts = [0]
    for m in _CANDIDATE.finditer(text):
        if m.end() < len(text) and _is_boundary(text, m, rules, cuts[-1]):
            cuts.append(m.end())
    cuts.append(len(text))
    spans = []
    for a, b in zip(cuts, cuts[1:]):
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a < b:
            spans.append((a, b))
    return spans


def _is_boundary(text: str, m: re.Match, rules: Rules, sent_start: int) -> bool:
    nxt = _next_start(text, m.end())
    if nxt is None:
        return False
    if m.group(1) != "." or m.group(2):
        return True  # ! ? … and closing quotes: the next word alone decides
    # a bounded window keeps the look-behind regexes linear on very long "sentences"
    before = text[max(sent_start, m.start() - 64):m.start()]
    return _period_ends_sentence(before, text, m.end(), rules, at_start=len(before) == m.start() - sent_start)


def _next_start(text: str, i: int) -> str | None:
    """The first character of the next sentence if the text at ``i`` can start one, else ``None``."""
    j = i
    if text[j] in DASHES:  # dialogue dash or attribution dash
        j += 1
        while j < len(text) and (text[j].isspace() or text[j] in DASHES):
            j += 1
    while j < len(text) and text[j] in OPENERS:
        j += 1
    if j >= len(text):
        return None
    c = text[j]
    if c.isalpha():
        return c if not c.islower() else None
    if c in CONTINUATION:
        return None  # a comma after a quote, a closing bracket, a second ellipsis
    if _TRAILING_EMOJI.match(text, j):
        return None  # pictographs that close the sentence before them
    return c  # a digit, a symbol, an emoji or a markup tag can open a sentence


def _period_ends_sentence(before: str, text: str, i: int, rules: Rules, at_start: bool) -> bool:
    """Decide a single ``.`` from the words before it (``before``: the end of the sentence so far, without the
    dot; ``at_start``: it is the whole sentence so far)."""
    word_m = _WORD_BEFORE.search(before)
    if not word_m:
        return True  # after a bracket, quote or symbol
    word = word_m.group()
    next_word = tokens.WORD_RE.match(text[i:].lstrip(DASHES + OPENERS + " "))
    next_word = next_word.group() if next_word else ""
    for cand in _abbreviation_candidates(before, word):
        kind = rules.kind(cand)
        if kind == "never":
            return False
        if kind == "end":
            return True
        if kind == "number" and _AFTER_NUMBER.search(before[: word_m.start()]):
            return next_word[:1].isupper() or next_word[:1].isdigit()
        if kind in ("either", "number"):
            return next_word.lower() in rules.starters
    if _INITIALS.fullmatch(word) and word[-1].isupper() and next_word[:1].isupper():
        # А. Лукашэнка, А.Р. Лукашэнка, J. Smith; but "група А. Затым…" ends before an opener that is not
        # itself an initial ("Дж. У. Гібс")
        after = text[i:].lstrip(DASHES + OPENERS + " ")[len(next_word):len(next_word) + 1]
        return next_word.lower() in rules.starters and after != "."
    if word.isdigit() and at_start and not before[: word_m.start()].strip():
        return False  # a numbered item "1. ..." at the start of a sentence
    return True


def _abbreviation_candidates(before: str, word: str) -> list[str]:
    """Longest first: "т. д." and "т.д." as written without spaces, then the last word alone."""
    out = []
    two = _TWO_PIECES.search(before)
    if two:
        out.append(re.sub(r"\s", "", two.group()) + ".")
    out.append(word + ".")
    return out
