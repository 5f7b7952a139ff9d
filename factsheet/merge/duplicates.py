"""Near-duplicates across articles: the same news from two agencies or in two languages.

Sentences in different languages share little text, but a report and its translation share the facts: numbers,
the people and places (by their merged identity) and the dates. Two sentences from different articles whose
signatures share three facts, or two and half of all (Jaccard), are one point; the version in the brief's
language is kept, with the other's evidence added so that its source is still cited.
"""
from __future__ import annotations

import re
from dataclasses import replace

MIN_SHARED = 2
MIN_JACCARD = 0.5
SURE_SHARED = 3  # three shared facts (numbers, people, places, dates) make a twin whatever else differs
_NUMBER = re.compile(r"\d+(?:[\s.,\u00a0\u202f]\d{3})*(?:[.,]\d+)?")


def numbers(text: str) -> set[str]:
    """Numbers without separators or trailing zeros: "120 тысяч" and "120,000" both give ``12``."""
    out = set()
    for m in _NUMBER.finditer(text):
        digits = re.sub(r"\D", "", m.group().split(",")[0] if re.search(r",\d{1,2}$", m.group()) else m.group())
        out.add(digits.rstrip("0") or "0")
    return out


def signatures(sentences: list[str], merged_lists: list[list], starts: list[int]) -> list[set]:
    """Per sentence: its numbers, ``k:i`` for item i of merged list k (who, where, when) citing it, and its place
    in its article (``@n``: a translation keeps the order of sentences; alone it never makes a match). The
    numbers of a date the sentence cites are left out: the date counts once, as its ``k:i``."""
    sigs = [numbers(s) for s in sentences]
    for i, sig in enumerate(sigs):
        sig.add(f"@{i - max(s for s in starts if s <= i)}")
    for k, items in enumerate(merged_lists):
        for i, item in enumerate(items):
            written = [getattr(item, "text", None), *getattr(item, "aliases", [])] if hasattr(item, "date") else []
            for e in item.evidence:
                if 0 <= e < len(sigs):
                    sigs[e].add(f"{k}:{i}")
                    sigs[e] -= set().union(*(numbers(w) for w in written if w))
    return sigs


def overlap(a: set, b: set) -> float:
    """How alike two signatures are (0 when not near-duplicates; more shared facts score higher)."""
    if not similar(a, b):
        return 0.0
    return len(a & b) + len(a & b) / max(1, len(a | b))


def similar(a: set, b: set) -> bool:
    shared = len(a & b)
    if shared >= SURE_SHARED or _same_place_and_figure(a & b):
        return True
    return shared >= MIN_SHARED and shared / max(1, len(a | b)) >= MIN_JACCARD


def _same_place_and_figure(shared: set) -> bool:
    """A translation keeps the order of sentences and its figures: the same position in its article and the same
    number of two or more digits make a twin even when an entity was misread in one language (which would
    otherwise dilute the Jaccard share)."""
    return any(f.startswith("@") for f in shared) and any(f.isdigit() and len(f) >= 2 for f in shared)


def dedupe_items(items: list, sigs: list[set], source_of, prefer) -> list:
    """Items (with ``evidence``) without near-duplicates from another article; ``prefer(source)`` ranks which
    version stays (lower is better). Order of the kept items is kept."""
    kept: list[list] = []  # [position in items, item, its article, its own signature]
    for pos, item in sorted(enumerate(items), key=lambda p: prefer(_source(p[1], source_of))):
        sig, src = _sig(item, sigs), _source(item, source_of)
        scored = [(overlap(sig, entry[3]), n) for n, entry in enumerate(kept) if entry[2] != src]
        best = max(scored, default=(0.0, -1))
        twin = kept[best[1]] if best[0] > 0 else None
        if twin is None:
            kept.append([pos, item, src, sig])
        else:
            twin[1] = replace(twin[1], evidence=sorted(set(twin[1].evidence) | set(item.evidence)))
    return [entry[1] for entry in sorted(kept, key=lambda entry: entry[0])]


def _sig(item, sigs: list[set]) -> set:
    return set().union(*(sigs[i] for i in item.evidence if 0 <= i < len(sigs)))


def dedupe_indices(indices: list[int], sigs: list[set], source_of, prefer) -> list[int]:
    kept: list[int] = []
    for i in sorted(indices, key=lambda i: (prefer(source_of(i)), i)):
        if not any(source_of(j) != source_of(i) and similar(sigs[i], sigs[j]) for j in kept):
            kept.append(i)
    return sorted(kept)


def in_own_words(indices: list[int], sigs: list[set], source_of, own: set) -> list[int]:
    """Key points from another language swapped for their twin in an article of the brief's language (``own``
    sources), when that article has one not already picked."""
    out = []
    for i in indices:
        if source_of(i) not in own:
            twins = [(overlap(sigs[i], sigs[j]), -j) for j in range(len(sigs))
                     if source_of(j) in own and j not in indices and j not in out]
            score, j = max(twins, default=(0.0, 0))
            i = -j if score > 0 else i
        out.append(i)
    return sorted(set(out))


def _source(item, source_of):
    return source_of(item.evidence[0]) if item.evidence else None
