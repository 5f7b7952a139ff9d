"""Several articles, one brief: sentences concatenated, facts merged by name, key points balanced.

Evidence indices are shifted into the combined sentence list; the same person, place or date found in several
articles becomes one item with evidence from each. Lists are interleaved across sources so that no single
article crowds the others out of the top of a section.
"""
from __future__ import annotations

from dataclasses import replace
from itertools import zip_longest

from .model import Brief, Facts, Source


def merge_briefs(briefs: list[Brief]) -> Brief:
    if len(briefs) == 1:
        return briefs[0]
    offsets, sentences, sources = [], [], []
    for b in briefs:
        offsets.append(len(sentences))
        sources.append({"path": b.source.path, "publisher": b.source.publisher, "date": b.source.date,
                        "place": b.source.place, "title": b.title,
                        "sentences": [len(sentences), len(sentences) + len(b.sentences) - 1]})
        sentences.extend(b.sentences)

    def shifted(items, off):
        return [replace(x, evidence=[i + off for i in x.evidence]) for x in items]

    per_source = [(b.facts, off) for b, off in zip(briefs, offsets)]
    facts = Facts(
        who=_merge_by_key([shifted(f.who, o) for f, o in per_source], lambda x: (x.type, x.name.lower())),
        where=_merge_by_key([shifted(f.where, o) for f, o in per_source], lambda x: x.name.lower()),
        when=_merge_by_key([shifted(f.when, o) for f, o in per_source], lambda x: x.date or x.text.lower()),
        what=_interleave([shifted(f.what, o) for f, o in per_source]),
        next_steps=_interleave([shifted(f.next_steps, o) for f, o in per_source]),
        quotes=_interleave([shifted(f.quotes, o) for f, o in per_source]),
    )
    summary = _balanced_summary([[i + off for i in b.summary] for b, off in zip(briefs, offsets)])
    languages = {b.language for b in briefs}
    first = briefs[0]
    return Brief(
        language=first.language if len(languages) > 1 else languages.pop(),
        title=_merged_title([b.title for b in briefs]),
        source=Source(path=None, publisher=_common([b.source.publisher for b in briefs]),
                      date=max((b.source.date for b in briefs if b.source.date), default=None),
                      place=_common([b.source.place for b in briefs])),
        sentences=sentences,
        summary=summary,
        facts=facts,
        sources=sources,
    )


def _interleave(lists: list[list]) -> list:
    return [x for group in zip_longest(*lists) for x in group if x is not None]


def _merge_by_key(lists: list[list], key) -> list:
    """One item per key, evidence united; ranked by how many sources and sentences support it."""
    merged: dict = {}
    support: dict = {}
    for rank, item in enumerate(_interleave(lists)):
        k = key(item)
        if k in merged:
            old = merged[k]
            extra = {}
            if getattr(old, "role", None) is None and getattr(item, "role", None):
                extra["role"] = item.role
            merged[k] = replace(old, evidence=sorted(set(old.evidence) | set(item.evidence)), **extra)
            support[k] = (support[k][0] - 1, support[k][1])
        else:
            merged[k] = item
            support[k] = (-1, rank)
    return sorted(merged.values(), key=lambda x: (support[key(x)][0], -len(x.evidence), support[key(x)][1]))


def _balanced_summary(summaries: list[list[int]]) -> list[int]:
    """Round-robin over the sources' key sentences, about as many as the longest single summary plus one per
    extra source, so each article is represented."""
    total = min(sum(map(len, summaries)), max(map(len, summaries)) + len(summaries) - 1)
    picked = _interleave(summaries)[:total]
    return sorted(picked)


def _common(values: list) -> str | None:
    distinct = {v for v in values if v}
    return distinct.pop() if len(distinct) == 1 else None


def _merged_title(titles: list[str]) -> str:
    if len(titles) <= 3:
        return " · ".join(titles)
    return f"{titles[0]} · {titles[1]} · +{len(titles) - 2}"
