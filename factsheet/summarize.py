"""Extractive summary: sumy's summarizers fed with our sentences, tokenizer, stemmer and stop words.

sumy's own Tokenizer needs NLTK punkt data (not available offline) and sumy ships no be/ru stop words or
Belarusian stemmer, so we build sumy's document model from sentences already segmented by ``segment.py``,
tokenize with ``tokens.words``, stem with the pack's stemmer (``stem.py``) and filter the pack's
``stopwords.txt``. sumy returns the very ``Sentence`` objects it was given, so they map back to indices.

DEFAULT is TextRank, chosen on quality AND speed. ``scripts/eval_summary.py`` on 42 BBC articles (ROUGE F1
against extractive references, k = reference length, our tokenizer/stemmer/stop words):

    algorithm  R-1    R-2    R-L     | median s, 30 / 300 sentences (scripts/bench_summary.py)
    textrank   0.822  0.775  0.792   | 0.004 / 0.17
    luhn       0.752  0.682  0.706   | 0.002 / 0.05
    edmundson  0.698  0.612  0.643   | 0.001 / 0.01   (with the headline as title)
    lexrank    0.669  0.575  0.605   | 0.006 / 0.71
    lsa        0.648  0.534  0.569   | 0.005 / 0.27
    lead-k     0.631  0.519  0.539   | 0
    sumbasic   0.539  0.376  0.427   | 0.001 / 0.04
    kl         0.530  0.375  0.430   | 0.026 / 19.0

TextRank is best on every ROUGE score by a wide margin and among the fast ones (4x faster than LexRank at 300
sentences; design notes: 11.6 s vs LexRank 37 s at 3,000). Luhn is the faster fallback for very long texts. KL is
quadratic-plus and unusable beyond a few hundred sentences; it stays selectable because the CLI offers every sumy
algorithm. Caveat: these references keep ~40% of each article, which rewards TextRank's liking for long,
central sentences; with a brief-sized k = 3 (``--k 3``) TextRank still leads: R-1 0.632 vs Luhn 0.555, LexRank
0.504, lead-3 0.440.
"""
from __future__ import annotations

import warnings
from importlib import import_module

from . import stem, tokens
from .errors import FactsheetError

# name -> (sumy module, class); "lead" is the first-k baseline, no sumy involved
_SUMY = {
    "lexrank": ("sumy.summarizers.lex_rank", "LexRankSummarizer"),
    "textrank": ("sumy.summarizers.text_rank", "TextRankSummarizer"),
    "lsa": ("sumy.summarizers.lsa", "LsaSummarizer"),
    "luhn": ("sumy.summarizers.luhn", "LuhnSummarizer"),
    "edmundson": ("sumy.summarizers.edmundson", "EdmundsonSummarizer"),
    "kl": ("sumy.summarizers.kl", "KLSummarizer"),
    "sumbasic": ("sumy.summarizers.sum_basic", "SumBasicSummarizer"),
}
ALGORITHMS = (*_SUMY, "lead")

# Best ROUGE and fast: see the module docstring for the numbers behind this choice.
DEFAULT = "textrank"

# A one-page brief: about a quarter of the article, at least 3 and at most 7 sentences (never more than exist).
_SHARE, _MIN, _MAX = 0.25, 3, 7


def default_count(n_sentences: int) -> int:
    """How many key sentences a brief shows for an article of ``n_sentences``."""
    return max(0, min(n_sentences, max(_MIN, min(_MAX, round(n_sentences * _SHARE)))))


class _Tokenizer:
    """What sumy asks of a tokenizer; sentences are never re-split (we pass them already segmented)."""

    def __init__(self, language: str):
        self.language = language

    def to_sentences(self, text: str) -> tuple[str, ...]:
        return tuple(line.strip() for line in text.splitlines() if line.strip())

    def to_words(self, sentence: str) -> list[str]:
        return tokens.words(sentence)


def _build(algorithm: str, pack, stemmer, stop_words):
    module, cls = _SUMY[algorithm]
    summarizer = getattr(import_module(module), cls)(stemmer)
    summarizer.stop_words = stop_words
    if algorithm == "edmundson":
        # Null words = stop words; bonus/stigma cue words come from the pack. Edmundson's title method uses the
        # headline (passed as a heading), the location method the position in the article.
        summarizer.null_words = stop_words or {"\0"}
        bonus, stigma = pack.words("summary_bonus"), pack.words("summary_stigma")
        summarizer.bonus_words = bonus or {"\0"}
        summarizer.stigma_words = stigma or {"\0"}
    return summarizer


def summarize(sentences: list[str], pack, count: int, algorithm: str = DEFAULT,
              title: str | None = None) -> list[int]:
    """Indices (document order) of the ``min(count, len(sentences))`` key sentences chosen by ``algorithm``.

    ``title`` (the headline, optional) is given to sumy as a heading: only Edmundson's title method uses it.
    """
    if algorithm not in ALGORITHMS:
        raise FactsheetError(f"unknown summary algorithm {algorithm!r}; choose one of: {', '.join(ALGORITHMS)}")
    n = len(sentences)
    k = max(0, min(count, n))
    if k == n or algorithm == "lead":
        return list(range(k))

    from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence

    tokenizer = _Tokenizer(pack.config.get("sumy_language", pack.code))
    objs = [Sentence(s, tokenizer) for s in sentences]
    heading = [Sentence(title, tokenizer, is_heading=True)] if title else []
    document = ObjectDocumentModel([Paragraph(heading + objs)])
    summarizer = _build(algorithm, pack, stem.for_pack(pack), pack.words("stopwords"))

    with warnings.catch_warnings():
        # sumy warns (LSA: "fewer words than sentences", LexRank: NaN on degenerate input); the result is still
        # usable and the warning means nothing to the person reading a brief
        warnings.simplefilter("ignore")
        picked = summarizer(document, k)
    index = {id(s): i for i, s in enumerate(objs)}
    chosen = sorted({index[id(s)] for s in picked if id(s) in index})
    # sumy may return fewer (e.g. ties on duplicate sentences): fill from the top of the article
    for i in range(n):
        if len(chosen) >= k:
            break
        if i not in chosen:
            chosen.append(i)
    return sorted(chosen[:k])
