"""The ``when`` fact: date spans grouped by their date into items, each with evidence, then ranked.

An item's ``text`` is the expression as the article writes it (its first mention; the first mention with a time
of day when there is one), and ``date`` its ISO value: writing the date out for a reader is the renderer's job
(``render.context.date_note``), not data.
"""
from __future__ import annotations

import re
from collections import defaultdict

from ...model import When
from . import rank as ranking
from .find import Span, find_dates
from .resolve import parse_source_date
from . import tense
from .rules import rules

DATELINE_KINDS = ("iso", "dmy_num", "dmy", "mdy")  # dates written out, as a dateline writes them
DATELINE_END = re.compile(r"\(|\s[–—-]\s|[–—]|\.(?:\s|$)")  # where a dateline ends: "(Reuters)", a dash, a stop
DATELINE_SENTENCES = 3  # a dateline stands in one of the body's first sentences (below a kicker line or two)
DATELINE_PLACE = 4  # words at most of the place beside a dateline's date ("NEW YORK", "Минск")
LEAD_SENTENCES = 3  # the lead: its days are the event's time unless the headline or the What says another


def extract_when(sentences: list[str], pack, source, keep_source_date: bool = False, *,
                 title: str | None = None, event_sentences=None, spans: list[Span] | None = None,
                 announced=frozenset()) -> list[When]:
    """Dates ordered by importance (``rank.py``): the main event's time first, background dates last.

    ``event_sentences``: the sentences the main event is told in (the What's evidence): with the lead (the
    first three sentences) they are the event sentences, whose days come first; a day the ``title`` (the
    headline) names comes first among those. ``spans``: the
    dates already found in ``sentences`` (``find_dates``), to read the text once.
    The source (dateline) date is an item only when the body refers to it ("today", or written out): every item
    carries evidence, and the date alone is already in ``source.date``. Measured on en_5w1h_dev
    (scripts/eval_5w1h.py), listing the unreferenced source date scores the same or worse, so it is left out
    (``keep_source_date=True`` brings it back for comparison). ``announced``: the event sentences that are
    themselves a plan ("Премьер-министр … прибудет в Беларусь 8 декабря"): their days ahead are the main event's.
    """
    src = getattr(source, "date", None)
    ref, _, _ = parse_source_date(src)
    if spans is None:
        spans = find_dates(sentences, pack, src)
    events = _events(event_sentences)
    filed = _dateline_spans(sentences, spans)
    limits = _deadlines(spans, pack)
    items, candidates = _group(spans, events, _title_dates(title, pack, src), filed, limits,
                               _set_for(sentences, spans, pack) | _announced(spans, announced, ref, limits, filed))
    if keep_source_date and ref and ref.isoformat() not in items:
        key = ref.isoformat()
        items[key] = When(text=key, date=key, evidence=[])
        candidates[key] = ranking.Candidate(key, key, len(sentences), ())
    ranked = ranking.rank(list(candidates.values()), ref, events)
    out = [items[c.key] for c in ranked]
    if ref and ref.isoformat() not in items and not ranking.event_dated(ranked, ref, events, _events(())):
        out.insert(0, When(text=ref.isoformat(), date=ref.isoformat(), evidence=[]))  # the telling's own day
    return out


def _announced(spans: list[Span], announced, ref, limits: frozenset[str], filed) -> frozenset[str]:
    """The days ahead of an event sentence that is itself a plan, when it names no day already past or today (a
    report's "разгледзелі ў аўторак … да 15 верасня" tells a past event with a deadline; "прибудет 8 декабря"
    announces one; a dateline's day, ``filed``, is when it was told)."""
    told = [sp for k, sp in enumerate(spans) if sp.sentence in announced and sp.date and sp.date not in limits
            and k not in filed]
    if ref is None or any(ranking.precision(sp.date) >= 1 and not ranking.is_future(sp.date, ref) for sp in told):
        return frozenset()
    return frozenset(sp.date for sp in told if ranking.precision(sp.date) >= 2.5)  # a day, or a few ("10–11 декабря")


def _deadlines(spans: list[Span], pack) -> frozenset[str]:
    """The keys of dates said only as a limit ("до конца полугодия", "by the end of June"): no event's time."""
    part = rules(pack).deadline_part
    said = {}
    for sp in spans:
        key = sp.date or sp.text.lower()
        said[key] = said.get(key, True) and (sp.kind == "deadline" or bool(part.match(sp.text)))
    return frozenset(k for k, limit in said.items() if limit)


def _set_for(sentences: list[str], spans: list[Span], pack) -> frozenset[str]:
    """The keys of weekdays something is set for ("абвясціў папярэджанне на чацвер і пятніцу"): in the lead, the
    time of the event announced, not of the announcing."""
    r = rules(pack)
    return frozenset(sp.date for sp in spans if sp.kind == "weekday" and sp.date
                     and tense.set_for(sentences[sp.sentence], sp.start, r))


def _events(event_sentences) -> frozenset[int]:
    return frozenset(range(LEAD_SENTENCES)) | frozenset(event_sentences or ())


def _title_dates(title: str | None, pack, src: str | None) -> frozenset[str]:
    if not title:
        return frozenset()
    return frozenset(sp.date for sp in find_dates([title], pack, src) if sp.date)


def _dateline_spans(sentences: list[str], spans: list[Span]) -> frozenset[int]:
    """The indices of spans that are a dateline opening the body: a written date in one of the first sentences
    (a press release's kicker line, "Press release of the Embassy …", may stand above it) with nothing before it
    but a few capitalised words (the place) and nothing after it before the sentence ends or a dash or bracket
    ("МИНСК, 12 мая.", "12 мая 2026, Минск –", "LONDON, May 12 (Reuters) -"); only the first such sentence."""
    out, line = set(), None
    for k, sp in enumerate(spans):
        if sp.sentence >= DATELINE_SENTENCES or line not in (None, sp.sentence) or sp.kind not in DATELINE_KINDS:
            continue
        s = sentences[sp.sentence]
        end = DATELINE_END.search(s, sp.end)
        if _place_only(s[:sp.start]) and _place_only(s[sp.end:end.start() if end else len(s)]):
            out.add(k)
            line = sp.sentence
    return frozenset(out)


def _place_only(text: str) -> bool:
    """Nothing but a few capitalised words and commas: the place of a dateline, or nothing."""
    words = text.replace(",", " ").split()
    return len(words) <= DATELINE_PLACE and all(w[:1].isupper() for w in words)


def _group(spans: list[Span], events: frozenset[int], title_dates: frozenset[str],
           filed: frozenset[int] = frozenset(), deadlines: frozenset[str] = frozenset(),
           set_for: frozenset[str] = frozenset()) -> tuple[dict, dict]:
    """One item per date (per text when undated): the items, and what ranking reads of each; ``filed``: the
    indices of the spans that are a dateline."""
    items: dict[str, When] = {}
    first: dict[str, int] = {}
    timed: set[str] = set()
    timed_in_event: set[str] = set()
    written: dict[str, dict[str, str]] = defaultdict(dict)
    keys = [(sp.date or sp.text.lower(), sp.kind == "holiday") for sp in spans]
    named = {k for k, holiday in keys if holiday} - {k for k, holiday in keys if not holiday}
    # the day a dateline writes is when the report was filed, even when the body says it again ("ГОМЕЛЬ, 8 июля –
    # Пожары, вспыхнувшие во вторник, к утру среды локализованы"): the lead's other days come before it
    dated_line = {spans[k].date or spans[k].text.lower() for k in filed}
    for sp in spans:
        key = sp.date or sp.text.lower()
        if key not in items:
            items[key] = When(text=sp.text, date=sp.date, evidence=[])
            first[key] = sp.sentence
        if sp.timed and key not in timed:  # the first mention with its time of day names the item
            timed.add(key)
            items[key].text = sp.text
        if sp.timed and sp.sentence in events:
            timed_in_event.add(key)
        if sp.sentence not in items[key].evidence:
            items[key].evidence.append(sp.sentence)
        written[key].setdefault(sp.text.lower(), sp.text)
    for key, w in items.items():  # "у нядзелю" beside "29 лістапада ў 16.00": the other ways the text writes it,
        w.aliases = [t for low, t in written[key].items() if low != w.text.lower()]  # so a step's clause finds it
    candidates = {k: ranking.Candidate(k, w.date, first[k], tuple(w.evidence), k in timed_in_event,
                                       w.date in title_dates, k in named, k in dated_line, k in deadlines,
                                       k in set_for)
                  for k, w in items.items()}
    return items, candidates
