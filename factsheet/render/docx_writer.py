"""The runs of one paragraph the DOCX filler generates for a list item: text in the slot's formatting, bold
names, ``[n]`` references, tabs, links, and Word comments quoting a fact's source sentences."""
from __future__ import annotations

import copy

from . import context as C
from .docx_xml import NBSP, NOT_XML, el, qn, run_text, set_run_text

REF_STYLE = "Evidence Reference"  # character style of the [n] references (made by scripts/make_docx_template.py)
LINK_STYLE = "Hyperlink"
AUTHOR, INITIALS = "factsheet", "fs"  # of the comments, and the last modifier in the core properties
MAX_QUOTED = 5  # source sentences a fact's comment quotes; the [n] references beside the fact list them all


class Writer:
    """Adds runs to one generated paragraph, between the text before and after the slot. ``filler`` gives the
    document, the template's style ids and the context."""

    def __init__(self, filler, p, run, offset: int):
        self.f, self.p = filler, p
        text = run_text(run)
        set_run_text(run, text[:offset])
        self.base_rpr = run.find(qn("w:rPr"))
        self.after = copy.deepcopy(run)
        set_run_text(self.after, text[offset:])
        run.addnext(self.after)
        self.comments = []  # (first run, last run, evidence)

    def _run(self, text: str, bold=False, style: str | None = None):
        """A run in the slot's formatting; ``style`` a character style, or its look when the template lacks it."""
        from docx.enum.text import WD_UNDERLINE
        from docx.shared import Pt, RGBColor

        r = el("w:r")
        rpr = copy.deepcopy(self.base_rpr) if self.base_rpr is not None else el("w:rPr")
        if style is not None and style in self.f.styles:
            rpr.style = self.f.styles[style]
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
        r.remove(r.find(qn("w:t")))
        r.append(el("w:tab"))
        self.after.addprevious(r)

    def link(self, text: str, url: str):
        from docx.opc.constants import RELATIONSHIP_TYPE as RT

        r_id = self.f.doc.part.relate_to(url, RT.HYPERLINK, is_external=True)
        h = el("w:hyperlink")
        h.set(qn("r:id"), r_id)
        h.append(self._run(text, style=LINK_STYLE))
        self.after.addprevious(h)

    def finish(self):
        for r in list(self.p.findall(qn("w:r"))):
            if not run_text(r) and not any(c.tag not in (qn("w:rPr"), qn("w:t")) for c in r):
                self.p.remove(r)

    def attach_comments(self):
        """Anchor a comment quoting the evidence sentences on each fact (needs the paragraph in the document)."""
        from docx.text.paragraph import Paragraph
        from docx.text.run import Run

        sentences = self.f.ctx.get("sentences") or []
        para = Paragraph(self.p, self.f.doc._body)
        for first, last, evidence in self.comments:
            cited = [i for i in sorted(set(evidence)) if 0 <= i < len(sentences)]
            quoted = [NOT_XML.sub("", f"[{i + 1}] {sentences[i]}") for i in cited[:MAX_QUOTED]]
            if not quoted:
                continue
            if len(cited) > MAX_QUOTED:  # a name met in hundreds of sentences of a long report: the first few
                quoted.append(f"… (+{len(cited) - MAX_QUOTED})")
            comment = self.f.doc.add_comment([Run(first, para), Run(last, para)], text=quoted[0], author=AUTHOR,
                                             initials=INITIALS)
            for more in quoted[1:]:
                comment.add_paragraph(more)
