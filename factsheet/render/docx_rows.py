"""Table rows in a DOCX brief: a list slot in a fact-table row continued in more rows (label repeated), a row
slot (the people table) repeated once per row of cells.

Rows made or filled here never split across a page (``w:cantSplit``), so a row never continues without its label;
the people table's header row repeats on each page (``w:tblHeader``, set in the template).
"""
from __future__ import annotations

import copy

from . import context as C
from .docx_writer import REF_STYLE
from .docx_xml import NBSP, ancestor, clone, el, qn

ROW_SLOTS = ("people",)  # slots that repeat their table row rather than their paragraph
ROW_ITEMS = 6  # a fact-table row holds at most this many items; more continue in a row with the label again


def continued_rows(marker, items) -> list[tuple]:
    """(slot paragraph, items) pairs: one for a slot outside a table or with few items; else the slot's row is
    repeated (label included, as already filled) so that each row holds ``ROW_ITEMS`` items — a long list then
    breaks across pages between rows, each row with its label, instead of inside one row."""
    row = ancestor(marker, "w:tr")
    if row is not None:
        keep_together(row)  # also in a user's template: a filled row never splits from its label
    if row is None or len(items) <= ROW_ITEMS:
        return [(marker, items)]
    position = list(row.iter(qn("w:p"))).index(marker)
    chunks = [items[i:i + ROW_ITEMS] for i in range(0, len(items), ROW_ITEMS)]
    pairs, anchor = [(marker, chunks[0])], row
    for chunk in chunks[1:]:
        twin = clone(row)
        anchor.addnext(twin)
        anchor = twin
        pairs.append((list(twin.iter(qn("w:p")))[position], chunk))
    return pairs


def fill_rows(f, marker, rows) -> None:
    """Repeat the table row holding ``marker`` once per row of cell values ``(text, bold, evidence)``, in the
    row's formatting; ``f`` is the filler (document and style ids)."""
    from docx.text.paragraph import Paragraph

    row = ancestor(marker, "w:tr")
    anchor = row
    for values in rows:
        twin = copy.deepcopy(row)
        for tc, (text, bold, evidence) in zip(twin.findall(qn("w:tc")), values):
            paragraph = Paragraph(tc.find(qn("w:p")), f.doc._body)
            runs = paragraph.runs
            for r in runs[1:]:
                r._r.getparent().remove(r._r)
            run = runs[0] if runs else paragraph.add_run()
            run.text = text
            run.bold = bold or None
            if evidence:
                label = C.refs(evidence)
                ref = paragraph.add_run(NBSP + label.replace(" ", NBSP))
                if REF_STYLE in f.styles:
                    ref._r.get_or_add_rPr().style = f.styles[REF_STYLE]
        keep_together(twin)
        anchor.addnext(twin)
        anchor = twin
    row.getparent().remove(row)


def keep_together(row) -> None:
    """``w:cantSplit`` on a table row: Word and LibreOffice move it whole to the next page."""
    trpr = row.find(qn("w:trPr"))
    if trpr is None:
        trpr = el("w:trPr")
        row.insert(0, trpr)
    if trpr.find(qn("w:cantSplit")) is None:
        trpr.append(el("w:cantSplit"))
