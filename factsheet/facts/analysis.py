"""The one analysis of a document that every entity pass reads: built once, never changed.

Sentences (a headline first, when given), each sentence's tokens with their spans and shape (tokens.py),
every word form the document uses (a capitalised word also written in lower case elsewhere, "Share",
"CHOCOLATE", is a common word at a sentence start or in a shouted heading, not a name), and, when the pack is
given, the body's quote spans paired once from the pack's quote marks (quotes.find_quotes).
"""
from __future__ import annotations

from dataclasses import dataclass

from .quotes import QuoteSpan, find_quotes
from .tokens import Tok, tokenize


@dataclass(frozen=True)
class Analysis:
    sentences: tuple[str, ...]
    tokens: tuple[tuple[Tok, ...], ...]  # per sentence
    forms: frozenset[str]  # every word form, as written
    headline: bool = False  # sentence 0 is the headline: it counts for ranking but is no evidence
    quotes: tuple[QuoteSpan, ...] = ()  # quote spans of the body (offsets in the body's joined text)

    @property
    def offset(self) -> int:
        """Index of the first body sentence."""
        return 1 if self.headline else 0


def analyse(sentences, title: str | None = None, pack=None) -> Analysis:
    """The analysis of ``sentences`` (the body) with ``title`` (the headline) before them when it has text; the
    quote spans need the ``pack`` (its quote marks)."""
    head = [title] if title and title.strip() else []
    texts = tuple(head + list(sentences))
    toks = tuple(tokenize(s) for s in texts)
    return Analysis(
        sentences=texts,
        tokens=toks,
        forms=frozenset(t.text for ts in toks for t in ts if t.text[0].isalpha()),
        headline=bool(head),
        quotes=find_quotes(tuple(sentences), pack) if pack is not None else (),
    )
