"""Regex building blocks shared by the rule modules, so every word list becomes a pattern the same way."""
from __future__ import annotations

import re

NEVER = r"(?!x)x"  # a pattern that matches nothing: what an empty word list compiles to
# a speaker label opening an interview line: "Q: …", "Карэспандэнт: …", "Ковальчук: …", "Anna Lis: …" (at most three
# words before the colon); read by the quote rules (facts/dialogue.py), the key-point picker and the key-point text
LABEL = r"[^\W\d][\w.’'-]*(?:\s+[^\W\d][\w.’'-]*){0,2}"  # the label's words (also dialogue.py's patterns)
SPEAKER_LABEL = re.compile(rf"^\s*({LABEL})\s*:\s+(?=\S)")


def alternation(words) -> str:
    """Alternation of literal phrases, lower-cased, longest first, spaces matching any whitespace."""
    items = sorted({w.lower() for w in words if w}, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in items) or NEVER


def phrases(words) -> re.Pattern:
    """Any of the literal phrases ``words`` as whole words, in any case (a pack's word list as one pattern)."""
    return re.compile(r"(?<!\w)" + opening(words) + r"(?:" + alternation(words) + r")(?!\w)", re.IGNORECASE)


def stems(words) -> re.Pattern:
    """A pack's cue list as whole words in any case, a trailing '*' matching any ending ("планиру*": планируется,
    планируют), spaces any whitespace (the next-step cues' lists)."""
    parts = sorted((re.escape(w.lower()[:-1]) + r"\w*" if w.endswith("*") else re.escape(w.lower()))
                   .replace(r"\ ", r"\s+") for w in words)
    return re.compile(rf"(?<!\w){opening(words)}(?:{'|'.join(parts) or NEVER})(?!\w)", re.IGNORECASE)


def opening(words) -> str:
    """A look-ahead for the first letters of ``words``, to put before their alternation: the regex engine then
    passes over a position no word starts at with one set test instead of trying each of the pack's dozens or
    hundreds of words there (the same matches; a third less time for a long list). Empty when a word opens with
    a space."""
    firsts = {w.lower()[0] for w in words if w}
    if not firsts or any(c.isspace() for c in firsts):
        return ""
    return "(?=[" + "".join(re.escape(c) for c in sorted(firsts)) + "])"
