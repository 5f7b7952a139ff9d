"""The pieces of sumy's interface a summarizer needs, without sumy's imports.

sumy's ``models.dom`` imports ``sumy.utils``, which imports ``requests`` and ``pycountry``, and its
``AbstractSummarizer`` imports nltk through ``sumy.nlp.stemmers``: 0.3 s or more per fresh process for nothing
a brief uses. These classes have the same attributes (``document.sentences``, ``.headings``, ``.words``,
``.paragraphs``; ``sentence.words``, ``.is_heading``), so sumy's own summarizers still accept them.
"""
from __future__ import annotations

from itertools import chain


class Sentence:
    """One sentence with its words (already tokenized); equal and hashed by text and heading flag, as in sumy."""

    __slots__ = ("_text", "words", "is_heading")

    def __init__(self, text: str, words, is_heading: bool = False):
        self._text = text.strip()
        self.words = tuple(words)
        self.is_heading = bool(is_heading)

    def __eq__(self, other) -> bool:
        return isinstance(other, Sentence) and (self.is_heading, self._text) == (other.is_heading, other._text)

    def __hash__(self) -> int:
        return hash((self.is_heading, self._text))

    def __str__(self) -> str:
        return self._text

    def __repr__(self) -> str:
        return f"<{'Heading' if self.is_heading else 'Sentence'}: {self._text}>"


class Paragraph:
    def __init__(self, sentences):
        self._sentences = tuple(sentences)
        self.sentences = tuple(s for s in self._sentences if not s.is_heading)
        self.headings = tuple(s for s in self._sentences if s.is_heading)
        self.words = tuple(chain.from_iterable(s.words for s in self._sentences))


class Document:
    """sumy's ``ObjectDocumentModel``: paragraphs of sentences, headings kept apart from body sentences."""

    def __init__(self, paragraphs):
        self.paragraphs = tuple(paragraphs)
        self.sentences = tuple(chain.from_iterable(p.sentences for p in self.paragraphs))
        self.headings = tuple(chain.from_iterable(p.headings for p in self.paragraphs))
        self.words = tuple(chain.from_iterable(p.words for p in self.paragraphs))


def best_sentences(sentences, count: int, scores) -> tuple:
    """sumy's ``_get_best_sentences``: the ``count`` best by score (a stable sort: ties go to the earlier
    sentence), returned in document order. Equal sentences share one score, the last one's, because sumy keys
    its ratings by sentence."""
    last = {s: float(r) for s, r in zip(sentences, scores)}
    order = sorted(range(len(sentences)), key=lambda i: last[sentences[i]], reverse=True)[:count]
    return tuple(sentences[i] for i in sorted(order))


class TermSummarizer:
    """What sumy's summarizers share: a stemmer, a ``stop_words`` property, and sumy's ``_to_words_set``."""

    def __init__(self, stemmer=lambda w: w):
        self._stemmer = stemmer
        self._stop_words = frozenset()

    @property
    def stop_words(self):
        return self._stop_words

    @stop_words.setter
    def stop_words(self, words):
        self._stop_words = frozenset(w.lower() for w in words)

    def terms(self, sentence) -> list[str]:
        """Lower-cased words minus stop words, stemmed (repeats kept)."""
        words = (w.lower() for w in sentence.words)
        return [self._stemmer(w) for w in words if w not in self._stop_words]
