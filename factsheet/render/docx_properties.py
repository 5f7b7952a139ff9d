"""Core properties of a DOCX brief (what a document manager shows and searches) and its proofing language."""
from __future__ import annotations

from datetime import datetime, timezone

from . import context as C
from .docx_writer import AUTHOR
from .docx_xml import NOT_XML, el, qn


def set_properties(doc, ctx: dict) -> None:
    """Title, subject, keywords, description (comments), language, created — describing the whole brief (every
    article of a merged one)."""
    cp = doc.core_properties
    now = datetime.now(timezone.utc).replace(microsecond=0, tzinfo=None)
    subject, description = describe(ctx)
    cp.title = clip(ctx.get("title") or "")
    cp.subject = clip(subject)
    cp.keywords = clip(", ".join(C.keywords(ctx)))
    cp.language = ctx.get("language") or ""
    cp.created = now
    cp.modified = now
    cp.last_modified_by = AUTHOR
    cp.revision = 1
    cp.comments = clip(description)
    set_language(doc, ctx.get("language"))


def describe(ctx: dict) -> tuple[str, str]:
    """(subject, description) of the whole brief: for a merged one, the headlines (of the articles in the brief's
    language, when there are such), and every article's publisher and ISO date (short, so that nine articles fit
    the 255 characters python-docx allows); for one article, its main event and source line."""
    code = ctx["writing"]
    sources = ctx.get("sources") or []
    if sources:
        own = [s for s in sources if s.get("language") == code] or sources  # the brief's language says it best
        subject = " · ".join(s.get("title") or s.get("path") or "" for s in own)
        description = "; ".join(" ".join(x for x in (s.get("publisher"), s.get("date")) if x) or s.get("path") or ""
                                for s in sources)
        return subject, description
    what = ctx.get("what") or ctx.get("summary") or []
    return (what[0]["text"] if what else ""), C.source_line(ctx.get("source"), code)


def set_language(doc, code: str | None) -> None:
    """Proofing language of the whole document (docDefaults), so Word spell-checks in the brief's language."""
    if not code:
        return
    defaults = doc.styles.element.find(qn("w:docDefaults"))
    if defaults is None:
        return
    rpr = defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}")
    if rpr is None:
        return
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = el("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), code)
    lang.set(qn("w:eastAsia"), lang.get(qn("w:eastAsia")) or code)


def clip(text: str, limit: int = 255) -> str:
    """One line of at most ``limit`` characters (python-docx refuses longer core properties)."""
    text = " ".join(NOT_XML.sub("", str(text)).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
