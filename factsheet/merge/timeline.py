"""Dates across articles: one entry per date, a timeline in date order, and next steps split by a meeting date.

A date is written in the brief's language (``human_date``); what an article wrote ("летась", "last year") is kept
in ``aliases``. Next steps take the dates found in their own sentence; a step whose last date ends before the
meeting date has passed ("to check"), otherwise it is ahead; a step with no date is listed as undated.
"""
from __future__ import annotations

import calendar
from dataclasses import replace
from datetime import date

from .. import langpack
from ..facts import step_clauses
from ..model import When
from ..render.context import human_date


def merge_when(members, brief_code: str) -> list[When]:
    """``members`` are (When, source, code, rank) in rank order; one When per date (or per text if undated)."""
    groups: dict[str, list] = {}
    for item, source, code, rank in members:
        groups.setdefault(item.date or f"text:{item.text.lower()}", []).append((item, source, code, rank))
    out = []
    for key, group in sorted(groups.items(), key=lambda kv: (-len({g[1] for g in kv[1]}), kv[1][0][3])):
        own = [g for g in group if g[2] == brief_code]
        iso = group[0][0].date
        text = own[0][0].text if own else (human_date(iso, brief_code) if iso else group[0][0].text)
        aliases = list(dict.fromkeys(g[0].text for g in group if g[0].text != text))
        evidence = sorted({i for g in group for i in g[0].evidence})
        out.append(When(text=text, date=iso, evidence=evidence, aliases=aliases))
    return out


def end_of(iso: str) -> date | None:
    """The last day an ISO date (day, month or year precision, or an interval "YYYY-MM-DD/YYYY-MM-DD") covers."""
    try:
        parts = [int(p) for p in str(iso).split("/")[-1].split("-")]
        if len(parts) == 3:
            return date(*parts)
        if len(parts) == 2:
            return date(parts[0], parts[1], calendar.monthrange(parts[0], parts[1])[1])
        if len(parts) == 1:
            return date(parts[0], 12, 31)
    except (ValueError, TypeError):
        return None
    return None


def _start_key(iso: str) -> tuple:
    parts = [int(p) for p in str(iso).split("/")[0].split("-") if p.isdigit()]
    return tuple(parts + [0] * (3 - len(parts)))


def source_of(index: int, sources: list[dict]) -> int | None:
    for k, src in enumerate(sources):
        first, last = src["sentences"]
        if first <= index <= last:
            return k
    return None


def timeline(when: list[When], sentences: list[str], sources: list[dict], brief_code: str, codes: list[str],
             same_news=None):
    """Dated entries in date order: the date in the brief's language, the sentence it comes from (from an
    article in the brief's language when one has it) and the articles that give it. Sentences of one day are one
    entry (a day is specific enough); of one month or year ("last year" in reports of three events), only when
    ``same_news(i, j)`` says they report the same thing."""
    entries = []
    for item in when:
        if not item.date or end_of(item.date) is None:
            continue
        day = item.date.count("-") == 2
        for group in _events(item.evidence, sources, (lambda i, j: True) if day else same_news):
            by_source = {}
            for i in group:
                by_source.setdefault(source_of(i, sources), i)
            pick = next((i for k, i in by_source.items() if codes[k] == brief_code), group[0])
            text = human_date(item.date, brief_code)  # "1 August 2025", "September 2026", "2026"
            if "-" not in item.date and item.date not in item.text and item.text.lower() in sentences[pick].lower():
                text = f"{item.text} ({item.date})"  # "last year (2024)", when this sentence says so
            entries.append({"date": item.date, "text": text, "event": sentences[pick], "evidence": group,
                            "sources": sorted(by_source)})
    return sorted(entries, key=lambda e: (_start_key(e["date"]), e["evidence"]))


def _events(evidence: list[int], sources: list[dict], same_news) -> list[list[int]]:
    """The sentences citing one date, grouped: one article's sentences together, another article's joining a
    group when one of its sentences reports the same news."""
    groups: list[list[int]] = []
    for i in sorted(evidence):
        k = source_of(i, sources)
        if k is None:
            continue
        home = next((g for g in groups if any(source_of(j, sources) == k for j in g)
                     or (same_news and any(same_news(i, j) for j in g))), None)
        if home is None:
            groups.append([i])
        else:
            home.append(i)
    return groups


def follow_ups(next_steps, when: list[When], sentences: list[str], meeting: date, pack=None) -> dict:
    """Next steps split by the meeting date: ``to_check`` (every date in the step has passed), ``ahead`` and
    ``undated``; each step keeps its text, evidence and the ISO dates found in its sentence(s). With the brief's
    ``pack``, a date in a relative clause is a noun's, not the step's ("The goalkeeper, who joined in the summer,
    will start": undated, not "date passed"; s10steps, released kind 46)."""
    out = {"meeting_date": meeting.isoformat(), "to_check": [], "ahead": [], "undated": []}
    for step in next_steps:
        evidence = set(step.evidence)
        text = (step_clauses.main_clauses(step.text, pack) if pack is not None else step.text).lower()
        dates = sorted({w.date for w in when if w.date and evidence & set(w.evidence)
                        and any(t.lower() in text for t in [w.text, *w.aliases])}, key=_start_key)
        entry = {"text": step.text, "dates": dates, "evidence": list(step.evidence)}
        if getattr(step, "who", None):  # the speaker who stated the step (a quote), when known
            entry["who"] = step.who
        ends = [end_of(d) for d in dates if end_of(d)]
        if not ends:
            out["undated"].append(entry)
        elif max(ends) < meeting:
            out["to_check"].append(entry)
        else:
            out["ahead"].append(entry)
    return out


def annotate(brief, meeting: date):
    """``brief`` with its follow-ups for ``meeting`` added (any brief, merged or not)."""
    extra = dict(brief.extra)
    pack = langpack.load(brief.language) if brief.language in langpack.available() else None  # (a merged brief's
    # language is one of the packs' too)
    extra["follow_ups"] = follow_ups(brief.facts.next_steps, brief.facts.when, brief.sentences, meeting, pack)
    return replace(brief, extra=extra)
