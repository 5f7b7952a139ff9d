"""People of a body: a plural noun for people by what they do ("синоптики", "специалисты", "учёные") before a
single unknown capitalised name makes that name the body they work for ("синоптики Белгидромета"); read by
org_shapes._framed and org_frames.capitalised_neighbour beside the pack's listed frame words
(``org_before_words``). It needs the analyser, which tells an animate plural noun: a pack without one lists its
frame words only (the base form of a single unknown name in the genitive is the analyser's matter too).
"""
from __future__ import annotations

from .. import morphology as mo


def people_before(doc, word: str) -> bool:
    """Is ``word`` (lower case) a plural noun for people: the analyser's animate noun in the plural, no name?"""
    M = doc.R.morph
    if not M.analyzer:
        return False
    ps = M.parse(word)
    return bool(ps) and ps[0].pos == mo.NOUN and ps[0].number == mo.PLURAL and mo.ANIMATE in ps[0].marks \
        and not ps[0].kinds
