"""The object of a body's remit: "Правительственная комиссия по контролю за осуществлением иностранных
инвестиций", "Управление по борьбе с экономическими преступлениями", "Федеральная служба по надзору в сфере
связи". After "по" and its noun (org_parts.prepositional_tail) a noun of control or struggle takes an object of its
own after a preposition (the pack's ``remit_objects.txt``: noun, preposition, case); that phrase, with up to two
genitive words after it, belongs to the name. Needs the analyser (it tells the case and the base form)."""
from __future__ import annotations

from .. import langpack
from .. import morphology as mo

MAX_WORDS = 3  # words the object's preposition governs: "за осуществлением иностранных инвестиций"
GENITIVE_WORDS = 2  # genitive words after them: "в сфере защиты прав потребителей"


def _build(pack) -> dict[tuple[str, str], str]:
    """(noun, preposition) -> the case the preposition governs there."""
    out = {}
    for line in pack.lines("remit_objects"):
        noun, prep, case = line.split()
        out[(noun, prep)] = case
    return out


def _governed_case(doc, toks, noun: int, k: int) -> str | None:
    """The case the preposition at ``k`` governs when the remit noun at ``noun`` takes it (remit_objects.txt)."""
    M = doc.R.morph
    if not M.analyzer or not 0 <= noun < k < len(toks) - 1 or not toks[k].word or not toks[noun].word:
        return None
    table = langpack.load(doc.lang).compiled(_build)
    prep = toks[k].text.lower()
    return next((table[(p.base, prep)] for p in M.parse(toks[noun].text)[:2] if (p.base, prep) in table), None)


def governs(doc, toks, first: int, end: int) -> bool:
    """Does the remit after the name's words ``first``..``end`` (its "по") take an object of its own ("служба по
    контролю за …", "по надзору в сфере …")? Such a remit names a body, even after a lower-case head; a head alone
    that only says what kind of firm it is (``kind_heads``: "компания по борьбе с вредителями") describes one."""
    return not (end - first == 1 and doc.R.is_noun(toks[first].text, doc.R.kind_heads)) \
        and _governed_case(doc, toks, end + 1, end + 2) is not None


def object_tail(doc, toks, used, noun: int, k: int) -> int:
    """The token after the name whose remit noun is at ``noun`` and which ends before ``k``: past the object's
    phrase when the noun governs one right at ``k`` (``k`` otherwise)."""
    M = doc.R.morph
    case = _governed_case(doc, toks, noun, k) if k < len(toks) and not used[k] else None
    if case is None:
        return k
    j = k + 1
    last = None  # the object's noun
    while j < len(toks) and j - k <= MAX_WORDS and toks[j].word and not used[j]:
        ps = [p for p in M.parse(toks[j].text)[:3] if p.case == case and p.pos in (mo.NOUN, mo.ADJECTIVE, mo.PARTICIPLE)]
        if not ps:
            break
        last = j if ps[0].pos == mo.NOUN else last
        j += 1
    if last is None:
        return k
    j = last + 1
    while j < len(toks) and j - last <= GENITIVE_WORDS and toks[j].word and not used[j] and any(
            p.case == mo.GENITIVE and p.pos in (mo.NOUN, mo.ADJECTIVE) for p in M.parse(toks[j].text)[:2]) \
            and all(p.pos != mo.VERB for p in M.parse(toks[j].text)[:3]):
        j += 1
    while j > last + 1 and not any(p.pos == mo.NOUN for p in M.parse(toks[j - 1].text)[:1]):
        j -= 1  # a genitive adjective without its noun belongs to the next phrase
    return j
