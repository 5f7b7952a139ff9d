"""The DOCX parts of a brief that reads as one: timeline, people table, other spellings, next steps by meeting
date, and core properties that describe every article. Kept apart from ``docx`` (the template filler), whose
slot methods these are: each ``items_*`` takes the filler and returns items as ``docx._Filler._slot`` expects.

Table rows made here never split across a page (``w:cantSplit``), so a row never continues without its label;
the people table's header row repeats on each page (``w:tblHeader``).
"""
from __future__ import annotations

import copy

from . import context as C

ROW_SLOTS = ("people",)  # slots that repeat their table row rather than their paragraph
ROW_ITEMS = 6  # a fact-table row holds at most this many items; more continue in a row with the label again


def _qn(tag: str):
    from docx.oxml.ns import qn

    return qn(tag)


def items_timeline(f):
    sources = f.ctx.get("sources")

    def one(e):
        def build(w):
            w.text(e["text"], bold=True)
            w.text(" — ")
            w.fact(e["event"], e.get("evidence"))
            w.refs(e.get("evidence"))
            if sources:
                w.text(" (" + ", ".join(C.source_label(k, f.ctx) for k in e.get("sources", [])) + ")")
        return build
    return [("item", one(e)) for e in f.ctx.get("timeline") or []]


def items_aliases(f):
    notes = f.ctx.get("aliases") or []
    if not notes:
        return []

    def build(w):
        w.text(f"{f.ctx['labels'].get('aliases', '')}: ", bold=True)
        w.text("; ".join(notes))
    return [("item", build)]


def items_people(f):
    """One row per person: name (bold) with references, role, the articles that mention them."""
    return [[(p["name"], True, p.get("evidence")), (p.get("role") or "", False, None),
             (C.mentioned_in(p, f.ctx), False, None)] for p in f.ctx.get("people") or []]


def items_follow_ups(f):
    """Next steps under "to check" / "ahead" / "undated" headings when the brief has follow-ups, else []."""
    fu, labels = f.ctx.get("follow_ups"), f.ctx["labels"]
    if not fu or not f.ctx.get("next_steps"):
        return []
    meeting = C.human_date(fu.get("meeting_date"), f.code)
    out = []
    for part in ("to_check", "ahead", "undated"):
        steps = fu.get(part) or []
        if not steps:
            continue
        head = labels.get(part, part)
        out.append(("heading", head if part == "undated" else f"{head} ({labels.get('meeting', '')} {meeting})"))
        out += [("item", lambda w, s=s: (w.fact(s["text"], s.get("evidence")), w.refs(s.get("evidence"))))
                for s in steps]
    return out


def continued_rows(marker, items, clone) -> list[tuple]:
    """(slot paragraph, items) pairs: one for a slot outside a table or with few items; else the slot's row is
    repeated (label included, as already filled) so that each row holds ``ROW_ITEMS`` items — a long list then
    breaks across pages between rows, each row with its label, instead of inside one row."""
    row = next((a for a in marker.iterancestors() if a.tag == _qn("w:tr")), None)
    if row is not None:
        keep_together(row)  # also in a user's template: a filled row never splits from its label
    if row is None or len(items) <= ROW_ITEMS:
        return [(marker, items)]
    position = list(row.iter(_qn("w:p"))).index(marker)
    chunks = [items[i:i + ROW_ITEMS] for i in range(0, len(items), ROW_ITEMS)]
    pairs, anchor = [(marker, chunks[0])], row
    for chunk in chunks[1:]:
        twin = clone(row)
        anchor.addnext(twin)
        anchor = twin
        pairs.append((list(twin.iter(_qn("w:p")))[position], chunk))
    return pairs


def fill_rows(f, marker, rows) -> None:
    """Repeat the table row holding ``marker`` once per row of cell values, in the row's formatting."""
    from docx.text.paragraph import Paragraph

    row = next(a for a in marker.iterancestors() if a.tag == _qn("w:tr"))
    anchor = row
    for values in rows:
        twin = copy.deepcopy(row)
        for tc, (text, bold, evidence) in zip(twin.findall(_qn("w:tc")), values):
            paragraph = Paragraph(tc.find(_qn("w:p")), f.doc._body)
            runs = paragraph.runs
            for r in runs[1:]:
                r._r.getparent().remove(r._r)
            run = runs[0] if runs else paragraph.add_run()
            run.text = text
            run.bold = bold or None
            if evidence:
                label = C.refs(evidence)
                ref = paragraph.add_run("\u00a0" + label.replace(" ", "\u00a0"))
                if "Evidence Reference" in f.styles:
                    ref._r.get_or_add_rPr().style = f.styles["Evidence Reference"].style_id
        keep_together(twin)
        anchor.addnext(twin)
        anchor = twin
    row.getparent().remove(row)


def keep_together(row) -> None:
    """``w:cantSplit`` on a table row: Word and LibreOffice move it whole to the next page."""
    from docx.oxml import OxmlElement

    trpr = row.find(_qn("w:trPr"))
    if trpr is None:
        trpr = OxmlElement("w:trPr")
        row.insert(0, trpr)
    if trpr.find(_qn("w:cantSplit")) is None:
        trpr.append(OxmlElement("w:cantSplit"))


def describe(ctx: dict) -> tuple[str, str]:
    """(subject, description) of the whole brief: for a merged one, the headlines (of the articles in the brief's
    language, when there are such), and every
    article's publisher and ISO date (short, so that nine articles fit the 255 characters python-docx allows);
    for one article, its main event and source line."""
    code = ctx.get("writing") or ctx.get("language", "")
    sources = ctx.get("sources") or []
    if sources:
        own = [s for s in sources if s.get("language") == code] or sources  # the brief's language says it best
        subject = " · ".join(s.get("title") or s.get("path") or "" for s in own)
        description = "; ".join(" ".join(x for x in (s.get("publisher"), s.get("date")) if x) or s.get("path") or ""
                                for s in sources)
        return subject, description
    what = ctx.get("what") or ctx.get("summary") or []
    return (what[0]["text"] if what else ""), C.source_line(ctx.get("source"), code)
