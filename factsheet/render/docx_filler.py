"""Fills one copy of a DOCX template with a brief: every ``{{ name }}`` in the body, headers and footers.

An inline placeholder becomes text in its run; a list slot (``docx_items.ITEMS``) makes its paragraph a pattern,
one copy per item, or repeats its table row (``docx_rows``); an empty slot removes its paragraph, table row or
table, and the heading just before it.
"""
from __future__ import annotations

import re

from ..errors import FactsheetError
from . import context as C
from . import docx_rows as rows
from .docx_comments import Comments
from .docx_items import ITEMS
from .docx_writer import Frame, Writer
from .docx_xml import Deferred, ancestor, el, markup, qn, replace_span, run_text, set_run_text, split_runs

PLACEHOLDER = re.compile(r"\{\{\s*([A-Za-z_][\w.]*)\s*\}\}")


class Filler:
    """``doc`` (a copy of the template's document) filled from ``ctx`` (``context.build``); ``styles`` maps style
    names to ids, ``heading_ids`` holds the ids of heading styles; errors name ``template_name``."""

    def __init__(self, doc, ctx: dict, template_name: str, styles: dict, heading_ids: set):
        self.doc = doc
        self.ctx = ctx
        self.code = ctx["writing"]  # the language dates are written in
        self.template_name = template_name
        self.styles = styles
        self.heading_ids = heading_ids
        self.deferred = Deferred()  # the items' markup, written into the saved XML
        self.comments = Comments(doc, ctx.get("sentences") or [], self.deferred)

    def fill(self) -> None:
        containers = [self.doc.element.body]
        for section in self.doc.sections:
            for hf in (section.header, section.footer, section.first_page_header, section.first_page_footer,
                       section.even_page_header, section.even_page_footer):
                if not hf.is_linked_to_previous:
                    containers.append(hf._element)
        for container in containers:
            for p in list(container.iter(qn("w:p"))):
                if any(a is container for a in p.iterancestors()):  # not inside a row an empty slot removed
                    self._paragraph(p)
        self.comments.write()

    def _paragraph(self, p) -> None:
        text = "".join(run_text(r) for r in p.findall(qn("w:r")))
        if "{{" not in text:
            return
        split_runs(p)
        matches = list(PLACEHOLDER.finditer(text))
        slots = [m for m in matches if m.group(1) in ITEMS]
        if len(slots) > 1:
            self._error(f"two list slots in one paragraph ({text.strip()[:60]}); put each in its own paragraph")
        shift = 0  # how far inline text before the slot moved it (brief text is never searched for slots)
        for m in reversed(matches):
            if m.group(1) not in ITEMS:
                value = self._inline(m.group(1))
                replace_span(p, m.start(), m.end(), value)
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

    def _slot(self, marker, name: str, start: int, end: int) -> None:
        items = ITEMS[name](self)
        if not items:
            self._remove_empty(marker, whole_table=name in rows.ROW_SLOTS)
            return
        if name in rows.ROW_SLOTS:
            rows.fill_rows(self, marker, items)
            return
        for row_marker, chunk in rows.continued_rows(marker, items):
            self._fill(row_marker, chunk, start, end)

    def _fill(self, marker, items, start: int, end: int) -> None:
        """One copy of the slot's paragraph per item, in place of the slot's paragraph: the items' markup, put
        into the saved XML (a long report's appendix is tens of thousands of paragraphs)."""
        frame = Frame(self, marker, start, end)
        pieces = []
        for kind, build in items:
            if kind == "heading":
                pieces.append(markup(self._heading_paragraph(build, level=2)))
            else:
                writer = Writer(self, frame)
                build(writer)
                pieces.append(writer.markup())
        parent = marker.getparent()
        at = parent.index(marker)
        parent[at:at + 1] = self.deferred.place(pieces, frame.nsmap, marker)

    def _remove_empty(self, marker, whole_table: bool = False) -> None:
        row = ancestor(marker, "w:tr")
        if row is not None:
            table = row.getparent()
            table.remove(row)
            if whole_table or table.find(qn("w:tr")) is None:
                self._remove_heading_before(table)
                table.getparent().remove(table)
            return
        self._remove_heading_before(marker)
        marker.getparent().remove(marker)

    def _remove_heading_before(self, element) -> None:
        prev = element.getprevious()
        if prev is not None and prev.tag == qn("w:p"):
            style = prev.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
            if style is not None and style.get(qn("w:val")) in self.heading_ids:
                prev.getparent().remove(prev)

    def _heading_paragraph(self, text: str, level: int):
        p = el("w:p")
        style_id = self.styles.get(f"Heading {level}")
        if style_id is not None:
            ppr = el("w:pPr")
            ps = el("w:pStyle")
            ps.set(qn("w:val"), style_id)
            ppr.append(ps)
            p.append(ppr)
        r = el("w:r")
        set_run_text(r, text)
        p.append(r)
        return p
