"""A name in the genitive right after a title is the title's complement, not its holder: "Помощник Владимира Путина
Юрий Ушаков" names Путин's aide, Ушаков; "памочнік Аляксандра Лукашэнкі" is no role of Лукашэнка's. Asked by
roles.role_of for the name the title stands before.
"""
from __future__ import annotations

from .. import morphology as mo

_OBLIQUE = (mo.GENITIVE, mo.ACCUSATIVE)  # an animate noun's accusative is its genitive


def owns(doc, head: str | None, name: str) -> bool:
    """Does the name opening with ``name`` complete the title ``head`` ("помощник" + "Владимира")? Only after a
    title in the nominative (then a name agreeing with it would be in apposition, and after "назначили тренером" an
    animate object looks like a genitive) when the given name is inflected and read, in the singular, in the
    genitive (or the accusative that looks alike), not in the accusative alone ("назначил министром Зою")."""
    R, M = doc.R, doc.R.morph
    first = M.first_name(name) if head else None
    if not first or first[2]:
        return False  # no given name, or one in its base form: the name holds the title
    if not M.analyzer:  # rules: a listed title as written is in its base form
        return head.lower() in R.role_first_words and R.genitive_like(name)
    title = [p for p in M.parse(head.lower())[:4] if p.pos == mo.NOUN]
    given = [p for p in M.parse(name) if mo.GIVEN in p.kinds and p.score >= 0.1 and p.number == mo.SINGULAR]
    return any(p.case == mo.NOMINATIVE for p in title) and all(p.case not in _OBLIQUE for p in title) \
        and bool(given) and not any(mo.INDECLINABLE in p.marks for p in given) \
        and all(p.case in _OBLIQUE for p in given) and any(p.case == mo.GENITIVE for p in given)  # ("Отто": apposition)
