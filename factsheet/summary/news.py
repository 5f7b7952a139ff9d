"""``news``: the default key-point picker — word centrality with a lead prior, headline overlap, sentence-quality
checks and redundancy control. Linear in the article's length (no sentence-pair graph).

Score of a sentence (terms = stemmed words minus stop words, as in sumy):

* centrality: how many times the article repeats the sentence's terms elsewhere, Σ_t c(s,t)·(C(t) − c(s,t)),
  divided by log(terms) so long sentences do not win by length alone. This is the sentence's weighted degree in
  the word-overlap graph TextRank walks, computed without the graph; on BBC dev it beats TextRank's stationary
  distribution (``scripts/eval_summary.py``, tuned on the odd half only);
* plus the lead prior (the first sentences of a news item carry the news) and the share of the headline's terms
  the sentence repeats, both relative to the article's mean centrality;
* times penalties from ``quality.py``: too short or run-on, a quote fragment, attribution only ("he added"),
  a pronoun-led sentence (unless the sentence before it is also picked).

Sentences are then taken greedily, best first (MMR-like): a sentence is skipped when it repeats most of an
already picked one (cosine of term counts above ``DUPLICATE``) and loses ``REDUNDANCY`` × its overlap otherwise.
"""
from __future__ import annotations

import math

import numpy as np

from . import quality
from . import terms as termlib
from .graph import _GraphSummarizer

LEAD_WEIGHT = 0.05       # added to the first sentence, falling linearly to 0 at the end of the article
HEADLINE_WEIGHT = 0.1    # times the share of the headline's terms the sentence repeats
REDUNDANCY = 0.15        # times the cosine to the closest picked sentence, subtracted
REFERENT = 1.0          # added to the sentence before a picked pronoun-led one (in mean-centrality units)
DUPLICATE = 0.8          # cosine above which a sentence only repeats a picked one: never both


class NewsSummarizer(_GraphSummarizer):
    """sumy's summarizer interface: ``NewsSummarizer(stemmer, pack)(document, count)``."""

    def __init__(self, stemmer, pack):
        super().__init__(stemmer)
        self.stop_words = pack.words("stopwords")
        self.cues = quality.Cues.from_pack(pack)

    def __call__(self, document, count):
        sentences = document.sentences
        if not sentences or count <= 0:
            return ()
        t = termlib.build([self.terms(s) for s in sentences])
        title = {h for s in document.headings for h in self.terms(s)}
        base = self.scores(sentences, t, title)
        picked = select(t, base, count, [self.cues.points_back(s) for s in sentences])
        return tuple(sentences[i] for i in sorted(picked))

    def scores(self, sentences, t: termlib.Terms, title: set) -> np.ndarray:
        """Centrality + lead + headline, times the quality penalties (before redundancy)."""
        n = t.n
        totals = np.bincount(t.cols, weights=t.counts)
        repeats = termlib.row_sums(t.rows, t.counts * (totals[t.cols] - t.counts), n)
        centrality = repeats / np.log(np.maximum(t.lengths, math.e))
        scale = centrality.mean() or 1.0
        score = centrality / scale + LEAD_WEIGHT * (1.0 - np.arange(n) / n)
        if title and HEADLINE_WEIGHT:
            score += HEADLINE_WEIGHT * _headline_share(sentences, title, self)
        return score * np.array([self.cues.penalty(s) for s in sentences])

    def rate(self, sentences) -> np.ndarray:
        return self.scores(sentences, termlib.build([self.terms(s) for s in sentences]), set())


def _headline_share(sentences, title: set, summarizer) -> np.ndarray:
    return np.array([len(title.intersection(summarizer.terms(s))) / len(title) for s in sentences])


def select(t: termlib.Terms, score: np.ndarray, count: int, points_back: list[bool]) -> list[int]:
    """Greedy picks, best adjusted score first: near-duplicates of a pick are dropped, overlap with the picks
    costs ``REDUNDANCY``, and a sentence that points back loses its penalty once the sentence before it is in."""
    n = t.n
    score = score.copy()
    norms = np.sqrt(termlib.row_sums(t.rows, t.counts ** 2, n))
    norms[norms == 0] = 1.0
    closest = np.zeros(n)
    alive = np.ones(n, dtype=bool)
    back = np.array(points_back, dtype=bool)
    picked: list[int] = []
    vocab = np.zeros(int(t.cols.max()) + 1 if len(t.cols) else 1)
    while len(picked) < min(count, n) and alive.any():
        adjusted = np.where(back, score * quality.POINTS_BACK, score) - REDUNDANCY * closest
        adjusted[~alive] = -np.inf
        best = int(np.argmax(adjusted))
        picked.append(best)
        alive[best] = False
        if best + 1 < n and back[best + 1]:
            back[best + 1] = False  # its referent is now in the key points
        if back[best] and best > 0 and alive[best - 1]:
            score[best - 1] += REFERENT  # picked without the sentence it points back to: bring that one closer
        mine = t.rows == best
        vocab[t.cols[mine]] = t.counts[mine]
        cosine = termlib.row_sums(t.rows, t.counts * vocab[t.cols], n) / (norms * norms[best])
        vocab[t.cols[mine]] = 0.0
        closest = np.maximum(closest, cosine)
        alive &= closest <= DUPLICATE
    return _fill(picked, alive, count, n)


def _fill(picked: list[int], alive, count: int, n: int) -> list[int]:
    """When duplicates ran the candidates out, the article's first unused sentences make up the count."""
    for i in range(n):
        if len(picked) >= min(count, n):
            break
        if i not in picked:
            picked.append(i)
    return picked


