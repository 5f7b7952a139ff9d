"""Several articles, one brief — in one language even when the articles are in several.

Sentences are concatenated (evidence shifted into the combined list); the same person, organisation, place or date
found in several articles becomes one item with evidence from each (``people``, ``places``, ``timeline``), shown
as the brief's language writes it with the other spellings kept as ``aliases``; key points, events, next steps
and quotes that report the same news in two articles are kept once (``duplicates``). The merged brief adds a
``timeline`` of dated events, a ``people`` table and the source list; ``timeline.annotate`` adds the follow-ups
for a meeting date to any brief.
"""
from __future__ import annotations

from dataclasses import replace
from itertools import zip_longest

from ..model import FIELDS, Brief, Facts, Source
from . import duplicates, people, places, timeline
from .people import Member

PEOPLE_TABLE_MIN = 4  # "when more than a few": a table only pays off from four people


def merge_briefs(briefs: list[Brief], *, language: str | None = None, title: str | None = None) -> Brief:
    """One brief from ``briefs``, written in ``language`` (default: the first article's), titled ``title`` (default:
    the main actors and place)."""
    if len(briefs) == 1 and language in (None, briefs[0].language) and not title:
        return briefs[0]
    code = language or briefs[0].language
    offsets, sentences, sources = _concatenate(briefs)
    codes = [b.language for b in briefs]
    # the brief's own language first, so its wording wins ties and leads interleaved lists
    order = sorted(range(len(briefs)), key=lambda k: (codes[k] != code, k))

    def shifted(key):
        return [[replace(x, evidence=[i + offsets[k] for i in x.evidence]) for x in getattr(briefs[k].facts, key)]
                for k in order]

    def members(key):
        lists = shifted(key)
        return [Member(item, order[n], codes[order[n]], rank)
                for rank, (n, item) in enumerate(_interleave_indexed(lists))]

    own_text = [s for k in order if codes[k] == code for s in briefs[k].sentences]
    who = people.merge_who(members("who"), code, own_text)
    where = places.merge_where(members("where"), code)
    when = timeline.merge_when([(m.item, m.source, m.code, m.rank) for m in members("when")], code)
    sigs = duplicates.signatures(sentences, [who, where, when], offsets)

    def source_of(i):
        return timeline.source_of(i, sources)

    def prefer(k):
        return order.index(k) if k is not None else len(order)

    def dedupe(key):
        return duplicates.dedupe_items(_interleave(shifted(key)), sigs, source_of, prefer)

    facts = Facts(who=who, where=where, when=when,
                  **{fact.name: dedupe(fact.name) for fact in FIELDS if fact.merge == "dedupe"})
    summaries = [[i + offsets[k] for i in briefs[k].summary] for k in order]
    distinct = set(duplicates.dedupe_indices(_interleave(summaries), sigs, source_of, prefer))
    summary = _balanced_summary([[i for i in s if i in distinct] for s in summaries if s])
    summary = duplicates.in_own_words(summary, sigs, source_of, {k for k in order if codes[k] == code})
    extra = {"timeline": timeline.timeline(when, sentences, sources, code, codes,
                                           lambda i, j: duplicates.similar(sigs[i], sigs[j]))}
    extra.update(_people_table(who, source_of))
    main = _main_place(where, briefs, codes)
    return Brief(
        language=code,
        title=title or short_title(who, main) or " · ".join(b.title for b in briefs[:2]),
        source=Source(path=None, publisher=_common([b.source.publisher for b in briefs]),
                      date=max((b.source.date for b in briefs if b.source.date), default=None),
                      place=main.name if main else None),
        sentences=sentences,
        summary=summary,
        facts=facts,
        title_generated=not title,
        sources=sources,
        extra=extra,
    )


def _concatenate(briefs):
    """(offset of each brief's sentences, all sentences, one source entry per brief)."""
    offsets, sentences, sources = [], [], []
    for b in briefs:
        offsets.append(len(sentences))
        sources.append({"path": b.source.path, "publisher": b.source.publisher, "date": b.source.date,
                        "place": b.source.place, "title": b.title, "language": b.language,
                        "sentences": [len(sentences), len(sentences) + len(b.sentences) - 1]})
        sentences.extend(b.sentences)
    return offsets, sentences, sources


def _people_table(who, source_of) -> dict:
    """``{"people": [...]}`` when there are more than a few people, else {}."""
    persons = [p for p in who if p.type == "person"]
    if len(persons) < PEOPLE_TABLE_MIN:
        return {}
    return {"people": [{"name": p.name, "role": p.role, "sources": sorted({source_of(i) for i in p.evidence}
                                                                          - {None}), "evidence": p.evidence}
                       for p in persons]}


def _main_place(where, briefs, codes):
    """The place most articles are datelined from (if it is among the places; on a tie the first article's), else
    the first place."""
    ids = [places.identity(b.source.place, c) for b, c in zip(briefs, codes) if b.source.place]
    best = max(dict.fromkeys(ids), key=ids.count) if ids else None  # not a set: its order changes per process
    return next((p for p in where if p.id == best), where[0] if where else None)


def short_title(who, place) -> str:
    """``Actor, Actor — Place``: the two people or organisations most articles name, and the main place."""
    actors = [p.name for p in who[:2]]
    place = place.name if place else ""
    if actors and place:
        return f"{', '.join(actors)} — {place}"
    return ", ".join(actors) or place


def _interleave(lists: list[list]) -> list:
    return [x for group in zip_longest(*lists) for x in group if x is not None]


def _interleave_indexed(lists: list[list]) -> list[tuple[int, object]]:
    """(list number, item) round-robin over the lists."""
    tagged = [[(n, x) for x in items] for n, items in enumerate(lists)]
    return _interleave(tagged)


def _balanced_summary(summaries: list[list[int]]) -> list[int]:
    """Round-robin over the sources' key sentences (their near-duplicates already out), about as many as the
    longest single summary plus one per extra source that still has one, so each article is represented."""
    summaries = [s for s in summaries if s] or [[]]
    total = min(sum(map(len, summaries)), max(map(len, summaries)) + len(summaries) - 1)
    picked = _interleave(summaries)[:total]
    return sorted(picked)


def _common(values: list) -> str | None:
    distinct = {v for v in values if v}
    return distinct.pop() if len(distinct) == 1 else None
