"""The one-way flow: read -> detect language -> metadata -> segment -> summarise -> extract -> Brief."""
from __future__ import annotations

import datetime as dt
from dataclasses import replace

from . import detect, langpack, metadata, reader, source_lines
from .decoding import CONTROL, STRESS
from .errors import FactsheetError
from .merge.timeline import annotate
from .model import Brief, Document, Source


def brief_from_path(path: str, *, lang: str = "auto", sentences: int | None = None,
                    algorithm: str | None = None, ratio: float | None = None, date: str | None = None,
                    meeting_date: dt.date | None = None) -> Brief:
    """Build the brief of the article in ``path`` (``-`` reads standard input)."""
    raw = reader.read(path)
    try:
        return brief_from_text(raw.text, lang=lang, sentences=sentences, algorithm=algorithm,
                               title=raw.title, source=raw.source, ratio=ratio, date=date,
                               meeting_date=meeting_date)
    except FactsheetError as exc:
        if exc.path is None:
            raise FactsheetError(exc.message, path) from None
        raise


def brief_from_text(text: str, *, lang: str = "auto", sentences: int | None = None,
                    algorithm: str | None = None, title: str | None = None,
                    source: Source | None = None, ratio: float | None = None,
                    date: str | None = None, meeting_date: dt.date | None = None) -> Brief:
    """Build the brief of an article given as text (headline first, dateline and agency line last, if any).

    ``date`` (YYYY-MM-DD) is the publication date when the article itself gives none (no dateline, no date in
    ``source``): relative dates such as "yesterday" or "next Friday" are resolved against it. Without it, an agency
    dateline without a year ("MINSK, March 5 (Reuters)") is the last such day up to the meeting date. ``meeting_date``
    (default: today) splits the next steps into those whose dates have passed and those ahead (``follow_ups``).
    """
    source = source or Source()
    text = CONTROL.sub("", text)  # what a file loses on reading (XML-forbidden characters, lone surrogates)
    text = STRESS.sub("", text)  # "Шма́каў" is the name Шмакаў: a stress mark splits no word
    title = STRESS.sub("", title) if title else title
    if date is not None and not metadata.is_iso_day(date):
        raise FactsheetError(f"--date {date!r} is not a date written YYYY-MM-DD")
    code = detect.detect(text) if lang in (None, "", "auto") else lang
    pack = langpack.load(code)
    document = to_document(text, code, title=title, source=source)
    meeting_date = meeting_date or dt.date.today()
    if not document.source.date:
        document.source.date = date or metadata.last_such_day(document.dateline_day, meeting_date)
    brief = brief_from_document(document, pack, sentences=sentences, algorithm=algorithm, ratio=ratio)
    return annotate(brief, meeting_date)


def to_document(text: str, code: str, *, title: str | None = None, source: Source | None = None) -> Document:
    """Split text into paragraphs and take out the headline, dateline and agency line."""
    source = source or Source()
    lines = [line.strip() for line in text.split("\n")]
    while lines and not lines[0]:
        lines.pop(0)
    blank_after_first = len(lines) > 1 and not lines[1]
    paragraphs = [line for line in lines if line]
    if title is None:
        title, paragraphs = metadata.split_headline(paragraphs, blank_after_first)
    paragraphs, source = metadata.strip_leader(paragraphs, code, source)
    paragraphs, source = source_lines.strip_closing(paragraphs, code, source)
    paragraphs, source = metadata.strip_trailer(paragraphs, code, source)
    paragraphs, source, day = metadata.inline_dateline(paragraphs, code, source)
    if not source.date and day is None:
        source = replace(source, date=source_lines.source_line_date(paragraphs, code)
                         or source_lines.closing_label_date(paragraphs, code))
    if not paragraphs:
        raise FactsheetError("has no body text after the headline and dateline")
    return Document(title=title, paragraphs=paragraphs, source=source, dateline_day=day)


def brief_from_document(document: Document, pack, *, sentences: int | None = None,
                        algorithm: str | None = None, ratio: float | None = None) -> Brief:
    from . import facts, segment, summarize

    body = segment.split_sentences(document.paragraphs, pack)
    if not body:
        raise FactsheetError("has no sentences to brief")
    count = summarize.count_for(len(body), sentences, ratio)
    summary = summarize.summarize(body, pack, count, algorithm or summarize.DEFAULT, title=document.title)
    found = facts.extract(body, pack, document.source, document.title,
                          paragraphs=segment.paragraph_starts(document.paragraphs, pack))
    title, generated = document.title, False
    if not title:
        title, generated = generated_title(document.source, found, pack), True
    return Brief(language=pack.code, title=title, source=document.source, sentences=body,
                 summary=sorted(summary), facts=found, title_generated=generated)


def generated_title(source: Source, found, pack) -> str:
    """'Place, date: main people and organisation' — what a reader would write for an untitled item."""
    head = ", ".join(x for x in (source.place, source.date and metadata.format_date(source.date, pack.code)) if x)
    names = [p.name for p in found.who[:3]]
    if head and names:
        return f"{head}: {', '.join(names)}"
    return head or ", ".join(names) or pack.labels.get("summary", "Brief")
