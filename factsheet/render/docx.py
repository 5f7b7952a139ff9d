"""DOCX briefs from a Word template the user owns (python-docx; chosen over docxtpl, see below).

The template is an ordinary .docx. Everything in it is kept — letterhead, wording, styles, headers, footers —
except placeholders written as ``{{ name }}``:
- inline placeholders (``{{title}}``, ``{{labels.who}}``, ``{{source.publisher}}``, any dotted name into the
  brief's JSON dict) are replaced by text in place, keeping the run's formatting, even when Word split the
  placeholder over several runs;
- a list slot (``{{summary}}``, ``{{who}}``, ``{{where}}``, ``{{when}}``, ``{{what}}``, ``{{next_steps}}``,
  ``{{quotes}}``, ``{{sentences}}``, ``{{source_line}}``) makes its paragraph a pattern: one copy per item, with
  the paragraph's style and any text around the slot (e.g. ``☐ {{next_steps}}`` gives a ☐ per step). An empty
  slot removes its paragraph and the heading just before it; in a table it removes the row (and an emptied
  table with its heading).
Facts get a Word comment quoting their source sentences; ``[n]`` references point at the numbered appendix.

Why not docxtpl: it renders fine (and autoescapes), but its Jinja tags (``{%p for %}``) are easy to break when a
user edits the template in Word, and anchoring a comment to one generated run needs a second pass over the
rendered XML anyway. Here the template stays readable in Word and comments are anchored as runs are made.
"""
from __future__ import annotations

import copy
import io
import re
from datetime import datetime, timezone
from pathlib import Path

from ..errors import FactsheetError
from . import context as C
from . import docx_merged as merged
from . import fingerprint

PLACEHOLDER = re.compile(r"\{\{\s*([A-Za-z_][\w.]*)\s*\}\}")
SLOTS = ("summary", "who", "where", "when", "what", "next_steps", "quotes", "sentences", "source_line", "timeline",
         "people", "aliases")
REF_STYLE = "Evidence Reference"  # character style of the [n] references (made by scripts/make_docx_template.py)
LINK_STYLE = "Hyperlink"
COMMENT_AUTHOR, COMMENT_INITIALS = "factsheet", "fs"
NBSP = "\u00a0"


def render(brief: dict, template: Path, labels: str | None = None) -> bytes:
    """The brief as .docx bytes, carrying a fingerprint placeholder (``fingerprint.stamp_docx`` fills it)."""
    doc = _open(template)
    filler = _Filler(doc, C.build(brief, labels), str(template))
    filler.fill()
    _set_properties(doc, filler.ctx)
    fingerprint.prepare_docx(doc)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def _open(template: Path):
    import docx

    path = Path(template)
    if not path.is_file():
        raise FactsheetError("template not found", str(path))
    try:
        return docx.Document(str(path))
    except Exception as err:  # python-docx raises many types for a broken package: all mean the same to a user
        reason = str(err).splitlines()[0] if str(err) else type(err).__name__
        raise FactsheetError(f"not a usable Word (.docx) template: {reason}", str(path)) from None


# -- low-level XML helpers -----------------------------------------------------------------------------------------
def _qn(tag: str) -> str:
    from docx.oxml.ns import qn

    return qn(tag)


def _el(tag: str):
    from docx.oxml import OxmlElement

    return OxmlElement(tag)


def _run_text(r) -> str:
    return "".join(t.text or "" for t in r.findall(_qn("w:t")))


_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _set_run_text(r, text: str) -> None:
    text = _NOT_XML.sub("", text)  # control characters from an input would make lxml refuse the whole brief
    ts = r.findall(_qn("w:t"))
    if not ts:
        ts = [_el("w:t")]
        r.append(ts[0])
    ts[0].text = text
    ts[0].set(_qn("xml:space"), "preserve")
    for t in ts[1:]:
        r.remove(t)


def _split_runs(p) -> None:
    """One content element per run (Word keeps ``☐``, a tab and text in one run), so text edits keep order."""
    for r in p.findall(_qn("w:r")):
        content = [c for c in r if c.tag != _qn("w:rPr")]
        if len(content) < 2:
            continue
        for child in reversed(content[1:]):
            twin = copy.deepcopy(r)
            for c in [c for c in twin if c.tag != _qn("w:rPr")]:
                twin.remove(c)
            r.remove(child)
            twin.append(child)
            r.addnext(twin)


def _clone(p):
    """A copy of a paragraph without the ids Word wants unique (w14:paraId/textId, bookmarks)."""
    twin = copy.deepcopy(p)
    for el in twin.iter():
        for attr in [a for a in el.attrib if a.endswith(("}paraId", "}textId"))]:
            del el.attrib[attr]
    for el in [e for e in twin.iter(_qn("w:bookmarkStart"), _qn("w:bookmarkEnd"))]:
        el.getparent().remove(el)
    return twin


def _replace_span(p, start: int, end: int, new: str):
    """Replace characters [start, end) of the paragraph's run text; returns (run, offset just after ``new``)."""
    runs = p.findall(_qn("w:r"))
    texts = [_run_text(r) for r in runs]
    pos, first = 0, None
    for i, t in enumerate(texts):
        if first is None and start < pos + len(t):
            first, off0 = i, start - pos
        if first is not None and end <= pos + len(t):
            last, off1 = i, end - pos
            break
        pos += len(t)
    else:
        raise ValueError("span outside the paragraph")
    if first == last:
        t = texts[first]
        _set_run_text(runs[first], t[:off0] + new + t[off1:])
    else:
        _set_run_text(runs[first], texts[first][:off0] + new)
        _set_run_text(runs[last], texts[last][off1:])
        for r in runs[first + 1 : last]:
            for t in r.findall(_qn("w:t")):
                r.remove(t)
            if all(child.tag == _qn("w:rPr") for child in r):
                r.getparent().remove(r)
    return runs[first], off0 + len(new)


class _Filler:
    def __init__(self, doc, ctx: dict, template_name: str):
        self.doc = doc
        self.ctx = ctx
        self.code = ctx.get("writing") or ctx.get("language", "")  # the language dates are written in
        self.template_name = template_name
        self.styles = {s.name: s for s in doc.styles}
        self.heading_ids = {s.style_id for s in doc.styles if (s.name or "").startswith(("Heading", "heading"))}

    # -- traversal ---------------------------------------------------------------------------------------------
    def fill(self) -> None:
        containers = [self.doc.element.body]
        for section in self.doc.sections:
            for hf in (section.header, section.footer, section.first_page_header, section.first_page_footer,
                       section.even_page_header, section.even_page_footer):
                if not hf.is_linked_to_previous:
                    containers.append(hf._element)
        for container in containers:
            for p in list(container.iter(_qn("w:p"))):
                if any(a is container for a in p.iterancestors()):  # not inside a row an empty slot removed
                    self._paragraph(p)

    def _paragraph(self, p) -> None:
        text = "".join(_run_text(r) for r in p.findall(_qn("w:r")))
        if "{{" not in text:
            return
        _split_runs(p)
        matches = list(PLACEHOLDER.finditer(text))
        slots = [m for m in matches if m.group(1) in SLOTS]
        if len(slots) > 1:
            self._error(f"two list slots in one paragraph ({text.strip()[:60]}); put each in its own paragraph")
        shift = 0  # how far inline text before the slot moved it (brief text is never searched for slots)
        for m in reversed(matches):
            if m.group(1) not in SLOTS:
                value = self._inline(m.group(1))
                _replace_span(p, m.start(), m.end(), value)
                if slots and m.start() < slots[0].start():
                    shift += len(value) - (m.end() - m.start())
        if slots:
            self._slot(p, slots[0].group(1), slots[0].start() + shift, slots[0].end() + shift)

    def _inline(self, name: str) -> str:
        value = self.ctx
        for part in name.split("."):
            if isinstance(value, dict) and part in value:
                value = value[part]
            elif isinstance(value, list) and part.isdigit() and int(part) < len(value):
                value = value[int(part)]
            else:
                self._error(f"unknown placeholder {{{{{name}}}}}")
        if value is None:
            return ""
        if isinstance(value, (dict, list)):
            self._error(f"placeholder {{{{{name}}}}} is a list or table, not text")
        if name in ("source.date",) or name.endswith(".date"):
            return C.human_date(value, self.code)
        return str(value)

    def _error(self, message: str):
        raise FactsheetError(message, self.template_name)

    # -- list slots ----------------------------------------------------------------------------------------------
    def _slot(self, marker, name: str, start: int, end: int) -> None:
        items = getattr(self, f"_items_{name}")()
        if not items:
            self._remove_empty(marker, whole_table=name in merged.ROW_SLOTS)
            return
        if name in merged.ROW_SLOTS:
            merged.fill_rows(self, marker, items)
            return
        for row_marker, chunk in merged.continued_rows(marker, items, _clone):
            self._fill(row_marker, chunk, start, end)

    def _fill(self, marker, items, start: int, end: int) -> None:
        """One copy of the slot's paragraph per item, in place of the slot's paragraph."""
        anchor = marker
        for item in items:
            if item[0] == "heading":
                p = self._heading_paragraph(item[1], level=2)
            else:
                p = _clone(marker)
                run, offset = _replace_span(p, start, end, "")
                writer = _Writer(self, p, run, offset)
                item[1](writer)
                writer.finish()
            anchor.addnext(p)
            anchor = p
            if item[0] != "heading":
                writer.attach_comments()
        marker.getparent().remove(marker)

    def _remove_empty(self, marker, whole_table: bool = False) -> None:
        row = next((a for a in marker.iterancestors() if a.tag == _qn("w:tr")), None)
        if row is not None:
            table = row.getparent()
            table.remove(row)
            if whole_table or table.find(_qn("w:tr")) is None:
                self._remove_heading_before(table)
                table.getparent().remove(table)
            return
        self._remove_heading_before(marker)
        marker.getparent().remove(marker)

    def _remove_heading_before(self, element) -> None:
        prev = element.getprevious()
        if prev is not None and prev.tag == _qn("w:p"):
            style = prev.find(f"{_qn('w:pPr')}/{_qn('w:pStyle')}")
            if style is not None and style.get(_qn("w:val")) in self.heading_ids:
                prev.getparent().remove(prev)

    def _heading_paragraph(self, text: str, level: int):
        p = _el("w:p")
        style = self.styles.get(f"Heading {level}")
        if style is not None:
            ppr = _el("w:pPr")
            ps = _el("w:pStyle")
            ps.set(_qn("w:val"), style.style_id)
            ppr.append(ps)
            p.append(ppr)
        r = _el("w:r")
        _set_run_text(r, text)
        p.append(r)
        return p

    # Each _items_* returns [("item", callable(writer)) | ("heading", text)], in order.
    def _items_summary(self):
        return [("item", lambda w, s=s: (w.text(C.key_point(s, self.ctx)), w.refs([s["sentence"]])))
                for s in self.ctx["summary"]]

    def _items_who(self):
        def one(p):
            def build(w):
                w.fact(p["name"], p.get("evidence"), bold=True)
                if p.get("role"):
                    w.text(" — " + p["role"])
                w.refs(p.get("evidence"))
            return build
        return [("item", one(p)) for p in self.ctx["who"]]

    def _items_where(self):
        places = self.ctx["where"]
        if not places:
            return []

        def build(w):
            for k, place in enumerate(places):
                if k:
                    w.text("; ")
                w.fact(place["name"], place.get("evidence"))
                w.refs(place.get("evidence"))
        return [("item", build)]

    def _items_when(self):
        def one(t):
            def build(w):
                w.fact(C.when_text(t, self.code, self.ctx.get("language", "")), t.get("evidence"))
                w.refs(t.get("evidence"))
            return build
        return [("item", one(t)) for t in self.ctx["when"]]

    _items_timeline = merged.items_timeline
    _items_aliases = merged.items_aliases
    _items_people = merged.items_people

    def _statements(self, key):
        return [("item", lambda w, s=s: (w.fact(s["text"], s.get("evidence")), w.refs(s.get("evidence"))))
                for s in self.ctx[key]]

    def _items_what(self):
        return self._statements("what")

    def _items_next_steps(self):
        return merged.items_follow_ups(self) or self._statements("next_steps")

    def _items_quotes(self):
        labels = self.ctx["labels"]

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
        return [("item", one(q)) for q in self.ctx["quotes"]]

    def _items_sentences(self):
        out = []
        for group in C.sentence_groups(self.ctx):
            if group["source"]:
                src = group["source"]
                out.append(("heading", src.get("title") or C.source_line(src, self.code) or src.get("path") or ""))
            for number, text in group["items"]:
                out.append(("item", lambda w, n=number, t=text: (w.text(f"{n}."), w.tab(), w.text(t))))
        return out

    def _items_source_line(self):
        sources = self.ctx["sources"] or [self.ctx["source"]]

        def one(src):
            line = C.source_line(src, self.code)
            if src.get("title") and self.ctx["sources"]:
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


class _Writer:
    """Adds runs to one generated paragraph, between the text before and after the slot."""

    def __init__(self, filler: _Filler, p, run, offset: int):
        self.f, self.p = filler, p
        text = _run_text(run)
        _set_run_text(run, text[:offset])
        self.base_rpr = run.find(_qn("w:rPr"))
        self.after = copy.deepcopy(run)
        _set_run_text(self.after, text[offset:])
        run.addnext(self.after)
        self.comments = []  # (first run, last run, evidence)

    def _run(self, text: str, bold=False, style: str | None = None):
        """A run in the slot's formatting; ``style`` a character style, or its look when the template lacks it."""
        from docx.enum.text import WD_UNDERLINE
        from docx.shared import Pt, RGBColor

        r = _el("w:r")
        rpr = copy.deepcopy(self.base_rpr) if self.base_rpr is not None else _el("w:rPr")
        if style is not None and style in self.f.styles:
            rpr.style = self.f.styles[style].style_id
        elif style == REF_STYLE:
            rpr.get_or_add_color().val = RGBColor(0x66, 0x66, 0x66)
            rpr.sz_val = Pt(8)
        elif style == LINK_STYLE:
            rpr.get_or_add_color().val = RGBColor(0x05, 0x63, 0xC1)
            rpr.u_val = WD_UNDERLINE.SINGLE
        if bold:
            rpr.get_or_add_b().val = True
        if len(rpr):
            r.append(rpr)
        _set_run_text(r, text)
        return r

    def text(self, text: str, bold=False, style=None):
        r = self._run(text, bold, style)
        self.after.addprevious(r)
        return r

    def fact(self, text: str, evidence, bold=False):
        r = self.text(text, bold)
        if evidence:
            self.comments.append((r, r, evidence))
        return r

    def refs(self, evidence):
        """`` [2, 5]`` in the reference style; no-break spaces keep it whole and on the line of its fact."""
        label = C.refs(evidence)
        if label:
            self.text(NBSP)
            self.text(label.replace(" ", NBSP), style=REF_STYLE)

    def tab(self):
        r = self._run("")
        r.remove(r.find(_qn("w:t")))
        r.append(_el("w:tab"))
        self.after.addprevious(r)

    def link(self, text: str, url: str):
        from docx.opc.constants import RELATIONSHIP_TYPE as RT

        r_id = self.f.doc.part.relate_to(url, RT.HYPERLINK, is_external=True)
        h = _el("w:hyperlink")
        h.set(_qn("r:id"), r_id)
        h.append(self._run(text, style=LINK_STYLE))
        self.after.addprevious(h)

    def finish(self):
        for r in list(self.p.findall(_qn("w:r"))):
            if not _run_text(r) and not any(c.tag not in (_qn("w:rPr"), _qn("w:t")) for c in r):
                self.p.remove(r)

    def attach_comments(self):
        """Anchor a comment quoting the evidence sentences on each fact (needs the paragraph in the document)."""
        from docx.text.paragraph import Paragraph
        from docx.text.run import Run

        sentences = self.f.ctx.get("sentences") or []
        para = Paragraph(self.p, self.f.doc._body)
        for first, last, evidence in self.comments:
            quoted = [_NOT_XML.sub("", f"[{i + 1}] {sentences[i]}")
                      for i in sorted(set(evidence)) if 0 <= i < len(sentences)]
            if not quoted:
                continue
            comment = self.f.doc.add_comment(
                [Run(first, para), Run(last, para)], text=quoted[0], author=COMMENT_AUTHOR, initials=COMMENT_INITIALS
            )
            for more in quoted[1:]:
                comment.add_paragraph(more)


def _set_properties(doc, brief: dict) -> None:
    """Core properties a document manager shows and searches, describing the whole brief (every article of a
    merged one): title, subject, keywords, description (comments), language, created."""
    cp = doc.core_properties
    now = datetime.now(timezone.utc).replace(microsecond=0, tzinfo=None)
    subject, description = merged.describe(brief)
    cp.title = _clip(brief.get("title") or "")
    cp.subject = _clip(subject)
    cp.keywords = _clip(", ".join(C.keywords(brief)))
    cp.language = brief.get("language") or ""
    cp.created = now
    cp.modified = now
    cp.last_modified_by = COMMENT_AUTHOR
    cp.revision = 1
    cp.comments = _clip(description)
    _set_language(doc, brief.get("language"))


def _set_language(doc, code: str | None) -> None:
    """Proofing language of the whole document (docDefaults), so Word spell-checks in the brief's language."""
    if not code:
        return
    defaults = doc.styles.element.find(_qn("w:docDefaults"))
    if defaults is None:
        return
    rpr = defaults.find(f"{_qn('w:rPrDefault')}/{_qn('w:rPr')}")
    if rpr is None:
        return
    lang = rpr.find(_qn("w:lang"))
    if lang is None:
        lang = _el("w:lang")
        rpr.append(lang)
    lang.set(_qn("w:val"), code)
    lang.set(_qn("w:eastAsia"), lang.get(_qn("w:eastAsia")) or code)


def _clip(text: str, limit: int = 255) -> str:
    text = " ".join(_NOT_XML.sub("", str(text)).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
