"""A region whose head noun the text leaves out after a district: "Лідскі раён Гродзенскай", "Лидский район
Гродненской" (the pack's ``place_elided_head``: вобласць, область). The adjective alone in an oblique case is no
place name as written; it agrees with the head the reader supplies, so the place is the adjective in the
nominative with that head ("Гродзенская вобласць")."""
from __future__ import annotations

from .. import morphology as mo
from .candidates import Candidate

RULE = "place_elided.elided_region"
GENDERS = {"m": mo.MASCULINE, "f": mo.FEMININE, "n": mo.NEUTER}


def elided_region(doc, si, toks, used, i, taken, found) -> int:
    """The capitalised adjective at ``i`` right after a place head ("раён"), in an oblique form of the elided
    head's gender: one place, the adjective and the elided head. (With its own head after it, "Гродзенскай
    вобласці", places_in_text's adjective rule, tried first, takes it.)"""
    R, t = doc.R, toks[i]
    head = R.gaz.elided_head
    if not head or i == 0 or t.abbr or not toks[i - 1].word or toks[i - 1].cap \
            or not R.gaz.head_gender(toks[i - 1].text):
        return 0
    gender = R.gaz.heads.get(head, "f")
    base = _nominative(doc, t.text, gender)
    if not base:
        return 0
    found.append(Candidate("place", f"{base} {head}", si, t.start, t.end, RULE))
    return 1


def named_region(doc, word: str):
    """The region the text has already named whose adjective ``word`` is, alone in an oblique form ("накіравалі
    40 агрэгатаў з Брэсцкай" after "Брэсцкая вобласць"): the reader supplies the head, so it is that place (an
    entity of ``doc.ents``), not a new surname. None when the text names no such region."""
    head = doc.R.gaz.elided_head
    base = head and _nominative(doc, word, doc.R.gaz.heads.get(head, "f"))
    return doc.ents.get(("place", doc.R.key(f"{base} {head}"))) if base else None


def _nominative(doc, word: str, gender: str) -> str | None:
    """``word`` in the nominative singular of ``gender`` when it is an oblique form of a place adjective
    (the pack's ``place_elided_endings``: "-скай", "-ской"), else None."""
    M = doc.R.morph
    if not word.lower().endswith(doc.R.gaz.elided_endings):
        return None
    if M.analyzer:
        q = next((q for q in M.parse(word) if q.pos == mo.ADJECTIVE and q.gender == GENDERS[gender]
                  and q.case not in (None, mo.NOMINATIVE)), None)
        inf = q.inflect(mo.NOMINATIVE, mo.SINGULAR, GENDERS[gender]) if q else None
        return M.match_case(inf, word) if inf else None
    base = M.rule_base(word, f"adjective_{gender}")
    return base if base != word else None
