"""sumy's TextRank and LexRank, vectorised: the same definitions, normalisations and stopping rules, so they pick
the same sentences as sumy, but sparse (memory grows with the pairs of sentences that share a term, not with n²)
and without sumy's pure-Python pair loops (which make sumy O(n²) in Python: 56 s for LexRank at 3,000 sentences).

Both keep sumy's summarizer interface: ``Summarizer(stemmer)``, a ``stop_words`` property, and
``summarizer(document, count)`` returning the chosen sentence objects in document order.
"""
from __future__ import annotations

import math

import numpy as np

from . import terms as termlib
from .document import TermSummarizer, best_sentences

# Up to this many sentences the graph is also held dense and iterated with sumy's own arithmetic (a few MB at
# most): sumy breaks exact ties (e.g. two sentences sharing no word with any other) by floating-point noise, and
# only the same operations in the same order reproduce its picks. Above it, everything stays sparse.
DENSE_UP_TO = 800


class _GraphSummarizer(TermSummarizer):
    def __call__(self, document, count):
        sentences = document.sentences
        if not sentences:
            return ()
        return best_sentences(sentences, count, self.rate(sentences))

    def rate(self, sentences) -> np.ndarray:
        return self.rate_terms(termlib.build([self.terms(s) for s in sentences]))


class TextRankSummarizer(_GraphSummarizer):
    """Edge weight = shared words (with repeats: Σ c_i·c_j) / (log len_i + log len_j), rows normalised, PageRank
    with damping 0.85 until the step is at most 1e-4 — sumy's ``TextRankSummarizer``."""

    epsilon = 1e-4
    damping = 0.85
    _ZERO_DIVISION_PREVENTION = 1e-7

    def rate_terms(self, t: termlib.Terms) -> np.ndarray:
        i, j, shared = termlib.pair_products(t, t.counts)
        logs = np.array([math.log(max(x, 1.0)) for x in t.lengths])  # math.log, as sumy (np.log may differ)
        norm = logs[i] + logs[j]
        # sumy: rank / norm, or the rank itself where norm is ~0 (two one-word sentences)
        weight = np.where(np.isclose(norm, 0.0), shared, shared / np.where(norm == 0, 1.0, norm))
        if t.n <= DENSE_UP_TO:
            return self._dense_power(_dense(i, j, weight, t.n))
        weight = weight / (termlib.row_sums(i, weight, t.n)[i] + self._ZERO_DIVISION_PREVENTION)
        return self._power(i, j, weight, t.n)

    def _dense_power(self, weights):
        """sumy's matrix and power method, operation for operation."""
        n = len(weights)
        weights /= (weights.sum(axis=1)[:, np.newaxis] + self._ZERO_DIVISION_PREVENTION)
        matrix = np.full((n, n), (1. - self.damping) / n) + self.damping * weights
        return _iterate(lambda p: np.dot(matrix.T, p), n, self.epsilon)

    def _power(self, i, j, weight, n):
        """(full((1-d)/n) + d·W)ᵀ p without the dense matrix."""
        teleport, d = (1.0 - self.damping) / n, self.damping
        return _iterate(lambda p: teleport * p.sum() + d * np.bincount(j, weights=weight * p[i], minlength=n),
                        n, self.epsilon)


class LexRankSummarizer(_GraphSummarizer):
    """idf-modified cosine of tf·idf vectors (tf = count / max count in the sentence, idf = log(n / (1 + df))),
    edges where it exceeds 0.1, rows divided by degree, power method normalised to unit length until the step is
    at most 0.1 — sumy's ``LexRankSummarizer``."""

    threshold = 0.1
    epsilon = 0.1

    def rate_terms(self, t: termlib.Terms) -> np.ndarray:
        if not len(t.rows):
            return np.full(t.n, 1.0 / math.sqrt(t.n))  # no terms anywhere: sumy's uniform start vector
        max_tf = np.maximum.reduceat(t.counts, np.r_[0, np.flatnonzero(np.diff(t.rows)) + 1])
        max_of_row = np.ones(t.n)
        max_of_row[np.unique(t.rows)] = max_tf
        df = np.bincount(t.cols)
        x = t.counts / max_of_row[t.rows] * np.log(t.n / (1.0 + df[t.cols]))
        norms = np.sqrt(termlib.row_sums(t.rows, x * x, t.n))
        i, j, dot = termlib.pair_products(t, x)
        denominator = norms[i] * norms[j]
        cosine = np.where(denominator > 0, dot / np.where(denominator > 0, denominator, 1.0), 0.0)
        edge = cosine > self.threshold
        i, j = i[edge], j[edge]
        degree = np.bincount(i, minlength=t.n).astype(float)
        degree[degree == 0] = 1.0
        if t.n <= DENSE_UP_TO:
            matrix = _dense(i, j, np.ones(len(i)), t.n) / degree[:, np.newaxis]
            return _iterate(lambda p: _unit(np.dot(matrix.T, p)), t.n, self.epsilon)
        weight = 1.0 / degree[i]
        return _iterate(lambda p: _unit(np.bincount(j, weights=weight * p[i], minlength=t.n)), t.n, self.epsilon)


def _dense(i, j, values, n) -> np.ndarray:
    matrix = np.zeros((n, n))
    matrix[i, j] = values
    return matrix


def _unit(vector: np.ndarray) -> np.ndarray:
    return vector / np.linalg.norm(vector)


def _iterate(step_fn, n: int, epsilon: float) -> np.ndarray:
    """sumy's power method: from the uniform vector, apply ``step_fn`` until a step moves at most ``epsilon``."""
    p = np.array([1.0 / n] * n)
    step = 1.0
    while step > epsilon:
        nxt = step_fn(p)
        step = np.linalg.norm(np.subtract(nxt, p))
        p = nxt
    return p
