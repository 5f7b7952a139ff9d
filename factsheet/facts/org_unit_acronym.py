"""A unit named by its acronym and then its owner in the genitive: "УВД Гомельского облисполкома", "ГАИ Минского
райисполкома". The owner's phrase, found by its head noun (organisations.org_phrases),
is in the genitive, so it completes the acronym before it rather than standing alone: the acronym opens the
name, which keeps its owner as written; the owner is an organisation of its own too (org_bounds.inner_org). An
owner in another case is no part of it ("в МЧС Брестский облисполком направил …"), nor a listed place ("ФСБ
Российской Федерации": a state, a place, which the place rules read). Needs the analyser (the case)."""
from __future__ import annotations

from .. import morphology as mo


def acronym_before(doc, toks, used, start: int, end: int) -> int:
    """The index of the acronym that opens the organisation phrase toks[start:end], or ``start``."""
    M, k = doc.R.morph, start - 1
    if k < 0 or used[k] or not toks[k].word or not toks[k].abbr or not M.analyzer \
            or doc.R.gaz.lookup([t.text for t in toks[start:end]]):
        return start
    readings = M.parse(toks[start].text)[:2]
    if not readings or readings[0].case != mo.GENITIVE:
        return start
    return k
