"""What each list slot of a DOCX template holds for a brief. Each ``items_*`` takes the filler
(``docx_filler.Filler``: ``ctx``, the template context; ``code``, the language dates are written in) and returns
``[("item", build) | ("heading", text)]`` in order, where ``build(writer)`` writes one item's paragraph with a
``docx_writer.Writer``. A fact field's slot (``model.FIELDS``) is written by the function its ``render`` names in
``RENDER``, given the field's items; ``ITEMS`` names every slot; the slots of a merged brief come from
``docx_merged``.
"""
from __future__ import annotations

from ..model import FIELDS
from . import context as C
from . import docx_merged as merged
from .docx_xml import NBSP


def items_summary(f):
    return [("item", lambda w, s=s: (w.text(C.key_point(s, f.ctx)), w.refs([s["sentence"]])))
            for s in f.ctx["summary"]]


def items_names(f, names):
    def one(p):
        def build(w):
            w.fact(p["name"], p.get("evidence"), bold=True)
            if p.get("role"):
                w.text(" — " + p["role"])
            w.refs(p.get("evidence"))
        return build
    return [("item", one(p)) for p in names]


def items_inline(f, items):
    """All the items in one paragraph, separated by "; ": each its ``name`` (a place) or else its ``text``."""
    if not items:
        return []

    def build(w):
        for k, item in enumerate(items):
            if k:
                w.text("; ")
            w.fact(item["name"] if "name" in item else item["text"], item.get("evidence"))
            w.refs(item.get("evidence"))
    return [("item", build)]


def items_dates(f, dates):
    def one(t):
        def build(w):
            w.fact(C.when_text(t, f.code, f.ctx.get("language", "")), t.get("evidence"))
            w.refs(t.get("evidence"))
        return build
    return [("item", one(t)) for t in dates]


def items_statements(f, statements):
    return merged.statements(statements)


def items_steps(f, steps):
    return merged.items_follow_ups(f) or merged.statements(steps)


def items_quotes(f, quotes):
    labels = f.ctx["labels"]

    def one(q):
        def build(w):
            marks = ("", "") if q.get("reported") else (labels.get("quote_open", "“"), labels.get("quote_close", "”"))
            w.fact(marks[0] + q["text"] + marks[1], q.get("evidence"))  # retold words get no quote marks
            if q.get("speaker"):
                w.text(" — ")
                speaker = q["speaker"]  # a short name is not broken over two lines in print
                w.text(speaker.replace(" ", NBSP) if len(speaker) <= 40 else speaker, bold=True)
            w.refs(q.get("evidence"))
        return build
    return [("item", one(q)) for q in quotes]


def items_sentences(f):
    out = []
    for group in C.sentence_groups(f.ctx):
        if group["source"]:
            src = group["source"]
            out.append(("heading", src.get("title") or C.source_line(src, f.code) or src.get("path") or ""))
        for number, text in group["items"]:
            out.append(("item", lambda w, n=number, t=text: (w.text(f"{n}."), w.tab(), w.text(t))))
    return out


def items_source_line(f):
    sources = f.ctx["sources"] or [f.ctx["source"]]

    def one(src):
        line = C.source_line(src, f.code)
        if src.get("title") and f.ctx["sources"]:
            line = f"{src['title']} — {line}" if line else src["title"]

        def build(w):
            if line:
                w.text(line)
            if src.get("url"):
                if line:
                    w.text(" · ")
                w.link(src["url"], src["url"])
        return build if line or src.get("url") else None
    return [("item", b) for b in map(one, sources) if b]


RENDER = {  # a fact field's ``render`` -> the function that writes its items
    "names": items_names, "inline": items_inline, "dates": items_dates, "statements": items_statements,
    "steps": items_steps, "quotes": items_quotes,
}


def _field_slot(fact):
    return lambda f: RENDER[fact.render](f, f.ctx[fact.name])


ITEMS = {  # list slot -> its items
    "summary": items_summary, **{fact.name: _field_slot(fact) for fact in FIELDS}, "sentences": items_sentences,
    "source_line": items_source_line, "timeline": merged.items_timeline, "people": merged.items_people,
    "aliases": merged.items_aliases,
}
