"""Sentences as sparse term vectors, and the sparse product of those vectors with each other (numpy only).

Why not scipy: importing scipy.sparse costs a fresh process about 0.1 s, and with scipy installed nltk pulls in
scipy.stats on import (over 1 s); the one operation needed here, X·Xᵀ over shared terms, is a few lines of numpy.
Memory is the number of (sentence, sentence) pairs that share a term, never n²: pairs are generated a chunk of
terms at a time (at most ``CHUNK`` raw pairs alive) and summed per pair as they go.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

CHUNK = 1 << 21  # raw pairs generated at once: bounds the working memory to a few tens of MB


@dataclass(frozen=True)
class Terms:
    """Sparse sentence × term counts as coordinates: ``rows[e]`` has term ``cols[e]`` ``counts[e]`` times."""

    n: int
    rows: np.ndarray
    cols: np.ndarray
    counts: np.ndarray
    lengths: np.ndarray  # terms per sentence, repeats included


def build(sentence_terms: list[list[str]]) -> Terms:
    """Count the terms of each sentence (a list of stems, repeats kept) into coordinates."""
    vocab: dict[str, int] = {}
    rows, cols, counts = [], [], []
    for i, terms in enumerate(sentence_terms):
        bag: dict[int, int] = {}
        for t in terms:
            j = vocab.setdefault(t, len(vocab))
            bag[j] = bag.get(j, 0) + 1
        rows.extend([i] * len(bag))
        cols.extend(bag)
        counts.extend(bag.values())
    lengths = np.array([len(t) for t in sentence_terms], dtype=float)
    return Terms(len(sentence_terms), np.array(rows, dtype=np.int64), np.array(cols, dtype=np.int64),
                 np.array(counts, dtype=float), lengths)


def pair_products(terms: Terms, values: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """``(i, j, s)``: for every ordered pair of sentences sharing a term (i == j included),
    s = Σ_t values[i,t]·values[j,t] — the nonzero entries of X·Xᵀ where X holds ``values`` at the coordinates."""
    order = np.lexsort((terms.rows, terms.cols))
    rows, cols, vals = terms.rows[order], terms.cols[order], values[order]
    if not len(rows):
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty, np.zeros(0)
    starts = np.flatnonzero(np.r_[True, cols[1:] != cols[:-1]])
    sizes = np.diff(np.r_[starts, len(cols)])
    keys, sums = [], []
    first = 0
    cost = np.cumsum(sizes.astype(np.int64) ** 2)
    while first < len(starts):
        # groups first..last-1 make at most CHUNK pairs (a single bigger group goes alone)
        done = cost[first - 1] if first else 0
        last = max(first + 1, int(np.searchsorted(cost, done + CHUNK, side="right")))
        k, s = _chunk(rows, vals, starts[first:last], sizes[first:last], terms.n)
        keys.append(k)
        sums.append(s)
        first = last
    key, inverse = np.unique(np.concatenate(keys), return_inverse=True)
    total = np.bincount(inverse, weights=np.concatenate(sums))
    return key // terms.n, key % terms.n, total


def _chunk(rows, vals, starts, sizes, n):
    """Pairs within each term group (every posting with every posting of the same term), summed per pair."""
    m = np.repeat(sizes, sizes)  # group size of each posting
    left = np.repeat(np.arange(starts[0], starts[-1] + sizes[-1]), m)
    offset_in_block = np.arange(len(left)) - np.repeat(np.cumsum(m) - m, m)
    right = np.repeat(np.repeat(starts, sizes), m) + offset_in_block
    key = rows[left] * n + rows[right]
    key, inverse = np.unique(key, return_inverse=True)
    return key, np.bincount(inverse, weights=vals[left] * vals[right])


def row_sums(i: np.ndarray, values: np.ndarray, n: int) -> np.ndarray:
    return np.bincount(i, weights=values, minlength=n)
