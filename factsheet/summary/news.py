"""``news``: the default key-point picker — word centrality with a lead prior, headline overlap, sentence-quality
checks and redundancy control. Linear in the article's length (no sentence-pair graph), and plain Python: the
default path does not pay numpy's import (~0.12 s of a fresh process) for an article of twenty sentences.

Score of a sentence (terms = stemmed words minus stop words, as in sumy):

* centrality: how many times the article repeats the sentence's terms elsewhere, Σ_t c(s,t)·(C(t) − c(s,t)),
  divided by log(terms) so long sentences do not win by length alone. This is the sentence's weighted degree in
  the word-overlap graph TextRank walks, computed without the graph; on BBC dev it beats TextRank's stationary
  distribution (``scripts/eval_summary.py``; every weight below was tuned on the odd half only);
* plus the lead prior (the first sentences of a news item carry the news) and the share of the headline's terms
  the sentence repeats, both in units of the article's mean centrality;
* times penalties from ``quality.py``: too short or run-on, a quote fragment, attribution only ("he added"),
  a pronoun-led sentence (unless the sentence before it is also picked).

Sentences are then taken greedily, best first (MMR-like): a sentence is dropped when it repeats most of an
already picked one (cosine of term counts above ``DUPLICATE``) and loses ``REDUNDANCY`` × its overlap otherwise;
a pronoun-led pick brings the sentence before it closer (``REFERENT``).
"""
from __future__ import annotations

import math
from collections import Counter, defaultdict

from . import quality
from .document import TermSummarizer

LEAD_WEIGHT = 0.05       # added to the first sentence, falling linearly to 0 at the end of the article
HEADLINE_WEIGHT = 0.1    # times the share of the headline's terms the sentence repeats
REDUNDANCY = 0.15        # times the cosine to the closest picked sentence, subtracted
REFERENT = 1.0           # added to the sentence before a picked pronoun-led one
DUPLICATE = 0.8          # cosine above which a sentence only repeats a picked one: never both


class NewsSummarizer(TermSummarizer):
    """sumy's summarizer interface: ``NewsSummarizer(stemmer, pack)(document, count)``."""

    def __init__(self, stemmer, pack):
        super().__init__(stemmer)
        self.stop_words = pack.words("stopwords")
        self.cues = quality.Cues.from_pack(pack)

    def __call__(self, document, count):
        sentences = document.sentences
        if not sentences or count <= 0:
            return ()
        bags = [Counter(self.terms(s)) for s in sentences]
        title = {t for s in document.headings for t in self.terms(s)}
        picked = select(bags, self.scores(sentences, bags, title), count,
                        [self.cues.points_back(s) for s in sentences])
        return tuple(sentences[i] for i in sorted(picked))

    def scores(self, sentences, bags: list[Counter], title: set) -> list[float]:
        """Centrality + lead + headline, times the quality penalties (before redundancy)."""
        n = len(bags)
        totals = Counter()
        for bag in bags:
            totals.update(bag)
        centrality = [sum(c * (totals[t] - c) for t, c in bag.items()) / math.log(max(sum(bag.values()), math.e))
                      for bag in bags]
        scale = sum(centrality) / n or 1.0
        out = []
        texts = [str(s) for s in sentences]
        fragments = self.cues.quote_fragments(texts)
        asked = self.cues.interviewer_questions(texts)
        for i, (sentence, bag) in enumerate(zip(sentences, bags)):
            score = centrality[i] / scale + LEAD_WEIGHT * (1.0 - i / n)
            if title:
                score += HEADLINE_WEIGHT * len(title.intersection(bag)) / len(title)
            out.append(score * self.cues.penalty(sentence, fragments[i]) * (quality.QUESTION if asked[i] else 1.0))
        return out


def select(bags: list[Counter], score: list[float], count: int, points_back: list[bool]) -> list[int]:
    """Greedy picks, best adjusted score first: near-duplicates of a pick are dropped, overlap with the picks
    costs ``REDUNDANCY``, a pronoun-led sentence costs ``quality.POINTS_BACK`` until the sentence before it is
    in, and a pronoun-led pick adds ``REFERENT`` to the sentence before it."""
    n = len(bags)
    score, back = list(score), list(points_back)
    norms = [math.sqrt(sum(c * c for c in bag.values())) or 1.0 for bag in bags]
    postings = defaultdict(list)
    for i, bag in enumerate(bags):
        for t, c in bag.items():
            postings[t].append((i, c))
    closest = [0.0] * n
    alive = [True] * n
    picked: list[int] = []
    while len(picked) < min(count, n) and any(alive):
        best = max((i for i in range(n) if alive[i]),
                   key=lambda i: (score[i] * quality.POINTS_BACK if back[i] else score[i]) - REDUNDANCY * closest[i])
        picked.append(best)
        alive[best] = False
        if best + 1 < n:
            back[best + 1] = False  # its referent is now in the key points
        if back[best] and best > 0 and alive[best - 1]:
            score[best - 1] += REFERENT
        dots: dict[int, float] = defaultdict(float)
        for t, c in bags[best].items():
            for j, cj in postings[t]:
                dots[j] += c * cj
        for j, dot in dots.items():
            closest[j] = max(closest[j], dot / (norms[j] * norms[best]))
            if closest[j] > DUPLICATE:
                alive[j] = False
    return _fill(picked, count, n)


def _fill(picked: list[int], count: int, n: int) -> list[int]:
    """When duplicates ran the candidates out, the article's first unused sentences make up the count."""
    for i in range(n):
        if len(picked) >= min(count, n):
            break
        if i not in picked:
            picked.append(i)
    return picked
