"""Extractive summary: which sentences of an article become the brief's key points.

Algorithms (``--algorithm``): ``news`` (the default, ``summary/news.py``), ``textrank`` and ``lexrank`` (sumy's
definitions, vectorised in ``summary/graph.py``: the same picks as sumy, thousands of sentences in a fraction of
a second), sumy's ``luhn``, ``edmundson``, ``lsa``, ``kl`` and ``sumbasic`` (run by sumy itself), and ``lead``
(the first k sentences). Every algorithm sees our sentences (``segment.py``), words (``tokens.words``), stems
(the pack's stemmer, ``stem.py``) and stop words (the pack's ``stopwords.txt``): sumy's own tokenizer needs NLTK
data that is not available offline, and sumy has no Belarusian stemmer or be/ru stop words.

The numbers behind the default are in ``scripts/eval_summary.py``'s output, quoted in README.md.
"""
from __future__ import annotations

import math
import warnings
from importlib import import_module

from . import stem, tokens
from .errors import FactsheetError

# run by sumy itself: name -> (module, class, most sentences it is allowed; it is superlinear beyond that)
_SUMY = {
    "luhn": ("sumy.summarizers.luhn", "LuhnSummarizer", None),
    "edmundson": ("sumy.summarizers.edmundson", "EdmundsonSummarizer", None),
    "sumbasic": ("sumy.summarizers.sum_basic", "SumBasicSummarizer", None),
    # dense term x sentence matrix and its SVD: 1.2 s at 250 sentences, 3.6 s at 500, ~40 MB at 750
    "lsa": ("sumy.summarizers.lsa", "LsaSummarizer", 600),
    # greedy KL divergence, Python loops over sentences x picks x words: 2.3 s at 100 sentences, 13.7 s at 200
    "kl": ("sumy.summarizers.kl", "KLSummarizer", 150),
}
_OURS = {"textrank": "TextRankSummarizer", "lexrank": "LexRankSummarizer"}
ALGORITHMS = ("news", *_OURS, *_SUMY, "lead")
DEFAULT = "news"

# A one-page brief: about a quarter of a news item, at least 3 and at most 7 sentences (never more than exist);
# past 40 sentences (a report, not a news item) one more for each doubling of the length, at most 12.
_SHARE, _MIN, _MAX, _LONG, _CAP = 0.25, 3, 7, 40, 12


def default_count(n_sentences: int) -> int:
    """How many key sentences a brief shows for an article of ``n_sentences``."""
    if n_sentences > _LONG:
        return min(_CAP, _MAX + int(math.log2(n_sentences / _LONG)))
    return max(0, min(n_sentences, max(_MIN, min(_MAX, round(n_sentences * _SHARE)))))


def count_for(n_sentences: int, sentences: int | None = None, ratio: float | None = None) -> int:
    """Key sentences for ``--sentences N`` or ``--ratio R`` (a share of the article, at least one), else the
    default; ``sentences`` wins when both are given."""
    if sentences is not None:
        if sentences < 1:
            raise FactsheetError("--sentences must be at least 1")
        return min(sentences, n_sentences)
    if ratio is not None:
        if not 0 < ratio <= 1:
            raise FactsheetError("--ratio must be above 0 and at most 1")
        return min(n_sentences, max(1, round(n_sentences * ratio)))
    return default_count(n_sentences)


def build_document(sentences: list[str], title: str | None = None):
    """Our sentences in the document model sumy's summarizers read (the headline as a heading)."""
    from .summary.document import Document, Paragraph, Sentence

    heading = [Sentence(title, tokens.words(title), is_heading=True)] if title else []
    return Document([Paragraph(heading + [Sentence(s, tokens.words(s)) for s in sentences])])


def summarizer(algorithm: str, pack):
    """The summarizer object for ``algorithm``, set up with the pack's stemmer, stop words and cue words."""
    stemmer, stop_words = stem.for_pack(pack), pack.words("stopwords")
    if algorithm == "news":
        from .summary.news import NewsSummarizer

        return NewsSummarizer(stemmer, pack)
    if algorithm in _OURS:
        made = getattr(import_module(".summary.graph", __package__), _OURS[algorithm])(stemmer)
    else:
        module, cls, _ = _SUMY[algorithm]
        made = getattr(import_module(module), cls)(stemmer)
    made.stop_words = stop_words
    if algorithm == "edmundson":
        # null words = stop words; bonus/stigma cue words from the pack; the title method reads the headline
        made.null_words = stop_words or {"\0"}
        made.bonus_words = pack.words("summary_bonus") or {"\0"}
        made.stigma_words = pack.words("summary_stigma") or {"\0"}
    return made


def summarize(sentences: list[str], pack, count: int, algorithm: str = DEFAULT,
              title: str | None = None) -> list[int]:
    """Indices (document order) of the ``min(count, len(sentences))`` key sentences chosen by ``algorithm``.

    ``title`` (the headline, optional) is read by ``news`` and by Edmundson's title method.
    """
    if algorithm not in ALGORITHMS:
        raise FactsheetError(f"unknown summary algorithm {algorithm!r}; choose one of: {', '.join(ALGORITHMS)}")
    n = len(sentences)
    k = max(0, min(count, n))
    if k == n or algorithm == "lead":
        return list(range(k))
    limit = _SUMY.get(algorithm, (None, None, None))[2]
    if limit is not None and n > limit:
        raise FactsheetError(f"the {algorithm} summariser is limited to {limit} sentences (this text has {n}); "
                             f"use news, textrank or lexrank for long texts")
    document = build_document(sentences, title)
    with warnings.catch_warnings():
        # sumy warns (LSA: "fewer words than sentences", LexRank: NaN on degenerate input); the result is still
        # usable and the warning means nothing to the person reading a brief
        warnings.simplefilter("ignore")
        picked = summarizer(algorithm, pack)(document, k)
    index = {id(s): i for i, s in enumerate(document.sentences)}
    chosen = sorted({index[id(s)] for s in picked if id(s) in index})
    # a summarizer may return fewer (e.g. ties on duplicate sentences): fill from the top of the article
    for i in range(n):
        if len(chosen) >= k:
            break
        if i not in chosen:
            chosen.append(i)
    return sorted(chosen[:k])
