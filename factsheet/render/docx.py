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

The parts: this module prepares the template; ``docx_filler`` fills a copy of it, slot by slot, with the items
of ``docx_items`` / ``docx_merged`` written as markup by ``docx_writer`` (tables: ``docx_rows``; comments:
``docx_comments``); ``docx_properties`` sets the core properties and language; ``docx_xml`` holds the low-level
XML helpers, among them ``Deferred``, which writes the items' markup into the saved XML (a 5 MB report's 85,000
numbered sentences in about a second, where element by element they took minutes).
"""
from __future__ import annotations

import copy
from pathlib import Path

from ..decoding import xml_safe
from ..errors import FactsheetError
from . import context as C
from . import fingerprint
from .docx_filler import Filler
from .docx_properties import set_language, set_properties


def render(brief: dict, template: Path, labels: str | None = None) -> bytes:
    """The brief as .docx bytes, carrying a fingerprint placeholder (``fingerprint.stamp_docx`` fills it)."""
    return DocxTemplate(template).render(brief, labels, stamped=False)


class DocxTemplate:
    """A Word template parsed once, with its style map, for many briefs: each brief fills a deep copy of the
    parsed document (measured at about half the cost of parsing the file again)."""

    def __init__(self, template: Path):
        self.name = str(template)
        self.document = _open(template)
        # style name -> id: what the filler needs of a style (python-docx style objects are slow to make)
        self.styles = {s.name: s.style_id for s in self.document.styles}
        self.heading_ids = {s.style_id for s in self.document.styles
                            if (s.name or "").startswith(("Heading", "heading"))}
        self._styles_by_language: dict = {}

    def render(self, brief: dict, labels: str | None = None, stamped: bool = True) -> bytes:
        brief = xml_safe(brief)  # a NUL in a text given to the library: python-docx would refuse to write it
        # the styles part (most of a Word template's XML) is the one thing a brief changes there only by its
        # language: each brief shares a copy made once per language instead of deep-copying it again
        styles = self.document.styles.element
        doc = copy.deepcopy(self.document, {id(styles): self._styles_in(brief.get("language") or "")})
        filler = Filler(doc, C.build(brief, labels), self.name, self.styles, self.heading_ids)
        filler.fill()
        set_properties(doc, filler.ctx)
        fingerprint.prepare_docx(doc)
        return fingerprint.save_docx(doc, stamped, filler.deferred.fill)

    def _styles_in(self, code: str):
        """The template's styles element with the proofing language set to ``code`` (made once per language)."""
        if code not in self._styles_by_language:
            doc = copy.deepcopy(self.document)
            set_language(doc, code)
            self._styles_by_language[code] = doc.styles.element
        return self._styles_by_language[code]


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
