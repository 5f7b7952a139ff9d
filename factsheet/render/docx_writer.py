"""The runs of one paragraph the DOCX filler generates for a list item: text in the slot's formatting, bold
names, ``[n]`` references, tabs, links, and Word comments quoting a fact's source sentences.

Written as markup, not element by element: a ``Frame`` builds the slot's paragraph and each kind of run once from
the template's own elements (a copy of the slot's paragraph, its run formatting, the character styles) and keeps
them as text around the item's words; a ``Writer`` fills that text in for one item, and the filler parses all the
items of a slot in one pass. A long report's appendix of 85,000 sentences took about a millisecond a sentence
through python-docx elements; the markup is the same.
"""
from __future__ import annotations

import copy

from . import context as C
from .docx_comments import AUTHOR, reference
from .docx_xml import (NBSP, NOT_XML, clone, el, markup, namespaces, qn, replace_span, run_text, set_run_text,
                       xml_text)

__all__ = ["AUTHOR", "Frame", "LINK_STYLE", "REF_STYLE", "Writer"]

REF_STYLE = "Evidence Reference"  # character style of the [n] references (made by scripts/make_docx_template.py)
LINK_STYLE = "Hyperlink"
MARK = "\ue000"  # stands for an item's text in the markup made once per slot (a private-use character)


class Frame:
    """One list slot's paragraph (``marker``, the slot at characters [start, end)) as markup: the text before
    and after an item's runs, and the markup of a run of each kind, made on first use."""

    def __init__(self, filler, marker, start: int, end: int):
        self.styles = filler.styles
        p = clone(marker)
        run, offset = replace_span(p, start, end, "")
        text = run_text(run)
        set_run_text(run, text[:offset])
        after = copy.deepcopy(run)
        set_run_text(after, text[offset:])
        run.addnext(after)
        self.base_rpr = run.find(qn("w:rPr"))
        slot = el("w:r")
        set_run_text(slot, MARK)
        after.addprevious(slot)
        for r in list(p.findall(qn("w:r"))):  # the slot's own run, emptied, and any empty run of the template
            if not run_text(r) and not any(c.tag not in (qn("w:rPr"), qn("w:t")) for c in r):
                p.remove(r)
        self.head, self.tail = markup(p).split(markup(slot))
        self.nsmap = namespaces(p)
        self._runs: dict = {}

    def run(self, text: str, bold=False, style: str | None = None) -> str:
        """A run of ``text`` in the slot's formatting; ``style`` a character style (or its look, when the template
        lacks it); '' for no text (an empty run is dropped)."""
        text = NOT_XML.sub("", text)  # control characters from an input would make lxml refuse the whole brief
        if not text:
            return ""
        if (bold, style) not in self._runs:
            self._runs[bold, style] = markup(self._element(MARK, bold, style)).split(MARK)
        before, after = self._runs[bold, style]
        return before + xml_text(text) + after

    def tab(self) -> str:
        if "tab" not in self._runs:
            r = self._element("", False, None)
            r.remove(r.find(qn("w:t")))
            r.append(el("w:tab"))
            self._runs["tab"] = markup(r)
        return self._runs["tab"]

    def _element(self, text: str, bold, style):
        from docx.enum.text import WD_UNDERLINE
        from docx.shared import Pt, RGBColor

        r = el("w:r")
        rpr = copy.deepcopy(self.base_rpr) if self.base_rpr is not None else el("w:rPr")
        if style is not None and style in self.styles:
            rpr.style = self.styles[style]
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
        set_run_text(r, text)
        return r


class Writer:
    """The markup of one item's paragraph in a slot's ``frame``; ``filler`` gives the document (for links) and
    the brief's comments."""

    def __init__(self, filler, frame: Frame):
        self.f, self.frame = filler, frame
        self.parts: list[str] = []

    def markup(self) -> str:
        return self.frame.head + "".join(self.parts) + self.frame.tail

    def text(self, text: str, bold=False, style=None):
        self.parts.append(self.frame.run(text, bold, style))

    def fact(self, text: str, evidence, bold=False):
        """Text with a comment quoting its source sentences."""
        cid = self.f.comments.add(evidence) if evidence else None
        if cid is None:
            self.text(text, bold)
            return
        start, end = reference(cid)
        self.parts += [start, self.frame.run(text, bold), end]

    def refs(self, evidence):
        """`` [2, 5]`` in the reference style; no-break spaces keep it whole and on the line of its fact."""
        label = C.refs(evidence)
        if label:
            self.text(NBSP)
            self.text(label.replace(" ", NBSP), style=REF_STYLE)

    def tab(self):
        self.parts.append(self.frame.tab())

    def link(self, text: str, url: str):
        from docx.opc.constants import RELATIONSHIP_TYPE as RT

        r_id = self.f.doc.part.relate_to(url, RT.HYPERLINK, is_external=True)
        self.parts.append(f'<w:hyperlink r:id="{r_id}">{self.frame.run(text, style=LINK_STYLE)}</w:hyperlink>')
