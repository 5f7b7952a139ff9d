"""The DOCX list slots of a brief that reads as one: timeline, people table, other spellings, and next steps by
meeting date. Like ``docx_items``, each ``items_*`` takes the filler (``docx_filler.Filler``) and returns the
slot's items: ``[("item", build(writer)) | ("heading", text)]``, or for the people table rows of cells.
"""
from __future__ import annotations

from . import context as C


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
    """One row per person (``docx_rows.fill_rows``): name (bold) with references, role, the articles that mention
    them."""
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
        out += statements(steps)
    return out


def statements(items) -> list:
    """A fact per item (``{"text", "evidence"}``: what happens, a next step) with its comment and references."""
    return [("item", lambda w, s=s: (w.fact(s["text"], s.get("evidence")), w.refs(s.get("evidence"))))
            for s in items]
