"""Near-duplicates across articles: the same news from two agencies or in two languages.

Sentences in different languages share little text, but a report and its translation share the facts: numbers,
the people and places (by their merged identity) and the dates. Two sentences from different articles whose
signatures overlap in at least two facts and by half (Jaccard) are one point; the version in the brief's
language is kept, with the other's evidence added so that its source is still cited.
"""
from __future__ import annotations

import re
from dataclasses import replace

MIN_SHARED = 2
MIN_JACCARD = 0.5
_NUMBER = re.compile(r"\d[\d\s.,\u00a0\u202f]*\d|\d")


def numbers(text: str) -> set[str]:
    """Numbers without separators or trailing zeros: "120 тысяч" and "120,000" both give ``12``."""
    out = set()
    for m in _NUMBER.finditer(text):
        digits = re.sub(r"\D", "", m.group().split(",")[0] if re.search(r",\d{1,2}$", m.group()) else m.group())
        out.add(digits.rstrip("0") or "0")
    return out


def signatures(sentences: list[str], merged_lists: list[list], starts: list[int]) -> list[set]:
    """Per sentence: its numbers, ``k:i`` for item i of merged list k (who, where, when) citing it, and its place
    in its article (``@n``: a translation keeps the order of sentences; alone it never makes a match)."""
    sigs = [numbers(s) for s in sentences]
    for i, sig in enumerate(sigs):
        sig.add(f"@{i - max(s for s in starts if s <= i)}")
    for k, items in enumerate(merged_lists):
        for i, item in enumerate(items):
            for e in item.evidence:
                if 0 <= e < len(sigs):
                    sigs[e].add(f"{k}:{i}")
    return sigs


def similar(a: set, b: set) -> bool:
    shared = len(a & b)
    return shared >= MIN_SHARED and shared / max(1, len(a | b)) >= MIN_JACCARD


def dedupe_items(items: list, sigs: list[set], source_of, prefer) -> list:
    """Items (with ``evidence``) without near-duplicates from another article; ``prefer(source)`` ranks which
    version stays (lower is better). Order of the kept items is kept."""
    kept: list[list] = []  # [position in items, item, its article, its own signature]
    for pos, item in sorted(enumerate(items), key=lambda p: prefer(_source(p[1], source_of))):
        sig, src = _sig(item, sigs), _source(item, source_of)
        twin = next((entry for entry in kept if entry[2] != src and similar(sig, entry[3])), None)
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


def _source(item, source_of):
    return source_of(item.evidence[0]) if item.evidence else None
