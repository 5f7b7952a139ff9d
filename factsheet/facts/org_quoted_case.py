"""A quoted name the sentence inflects: "фракция «Единой России»", "в «Яблоке» заявили", "на «Мозырьнефтехиме»",
"депутаты от «Справедливой России»". A quoted title keeps its nominative after the noun it names ("газета
«Известия»", "фильм «Брат»"); a quoted name whose first word stands in an oblique case is governed by the words
before it, as a body's name is, and comes out in its base form ("Единая Россия", "Яблоко", "Мозырьнефтехим").

Functions over ``doc``, the ``Extraction`` (document.py), read-only.
"""
from __future__ import annotations

from .. import morphology as mo
from . import org_names, org_people


def oblique(doc, inner: str, rules: str | None = None) -> bool:
    """Does the quoted name's first word read only in an oblique case: a noun or adjective with no nominative
    among the analyser's likely readings ("Единой", "Яблоке"; not "Яблоко", "Справедливая", "Динамо"), and the
    likeliest singular (an unknown "Ростех" guessed a genitive plural is a name as written)? Without
    an analyser: one word with an ending of the pack's ``rules`` (``org_name_locative``, ``org_name_genitive``),
    given where the words before the quote govern that case (none: a name after its marker stands in apposition,
    "кампанія «Палессе»")."""
    R, words = doc.R, inner.split()
    if not words or not words[0][:1].isupper():
        return False
    M = R.morph
    if not M.analyzer:
        return rules is not None and len(words) == 1 and M.rule_base(words[0], rules) != words[0]
    k = declined(M, words)
    if k is None:
        return False
    ps = [p for p in M.parse(words[k])[:4] if p.score >= 0.05] or M.parse(words[k])[:1]
    return bool(ps) and ps[0].pos in (mo.NOUN, mo.ADJECTIVE) and ps[0].number != mo.PLURAL \
        and not any(p.case in (mo.NOMINATIVE, None) or mo.INDECLINABLE in p.marks for p in ps) \
        and not _nominative_after(M, words[k + 1:], {p.case for p in ps})


def _nominative_after(M, rest: list[str], cases: set) -> bool:
    """Does a later capitalised word of the name show none of the first word's cases ("«Альта Капитал
    Консалтинг»": "Капитал" reads only as a nominative, so "Альта" is a name as written, not the genitive of
    "альт"; in "«Единой России»" and "«Союза журналистов»" every later word can stand in the genitive)?"""
    for w in rest:
        if not (w[:1].isupper() and w.isalpha()):
            continue
        ps = [p for p in M.parse(w)[:4] if p.score >= 0.05] or M.parse(w)[:1]
        if ps and ps[0].pos == mo.NOUN and not any(p.case in cases or mo.INDECLINABLE in p.marks for p in ps):
            return True
    return False


def declined(M, words: list[str]) -> int | None:
    """The first word of the name that declines ("Гродно Азоте": "Азоте"; an indeclinable place name before it
    shows no case), else None."""
    for k, w in enumerate(words):
        ps = M.parse(w)
        if not ps or not (w[:1].isupper() or k) or not w.replace("-", "").isalpha():
            return None
        if not all(mo.INDECLINABLE in p.marks for p in ps[:2]):
            return k
    return None


def case_base(doc, inner: str, rules: str | None = None) -> str:
    """The inflected quoted name in its base form: its first noun in the nominative, the adjectives before it
    agreeing ("Единой России" -> "Единая Россия", "Яблоке" -> "Яблоко"); as written when it is no oblique form."""
    return _base(doc, inner, rules) if oblique(doc, inner, rules) else inner


def _base(doc, inner: str, rules: str | None) -> str:
    """``case_base`` of a name already read as oblique."""
    M = doc.R.morph
    return noun_base(doc, inner) if M.analyzer else M.rule_base(inner.split()[0], rules)


def noun_base(doc, inner: str) -> str:
    """The name with its first noun (from the first declined word on: "Гродно Азоте" shows no case in "Гродно") in
    the nominative and the adjectives before it agreeing; as written where the analyser reads no noun."""
    M, words = doc.R.morph, inner.split()
    first = declined(M, words) or 0
    head = next((k for k, w in enumerate(words) if k >= first and any(p.pos == mo.NOUN for p in M.parse(w)[:1])),
                None)
    return inner if head is None else org_names.org_base(doc, words, head)


def governed(doc, si: int, start: int, inner: str) -> str | None:
    """"в «Яблоке» заявили", "на «Мозырьнефтехиме»", "представители «Единой России»": a quoted name of one to four
    words in an oblique case right after a preposition of place or origin (at a body, from it) or a plural noun for
    people (the people of a body) is a body the sentence names: its base form, else None. Not after other words,
    where a craft, a work or an event takes the case as well ("перестыковки «Союза»", "в случае с «Союзом»"); not
    a name with a number ("«Союза ТМА-7»") nor a listed place ("гибели «Колумбии»": a ship or a team of that
    place)."""
    if not 1 <= len(inner.split()) <= 4 or any(c in inner for c in ".!?,:;") or any(c.isdigit() for c in inner) \
            or doc.R.gaz.lookup(inner.split()):
        return None
    R = doc.R
    before = doc.sentences[si][:max(start - 1, 0)].split()[-1:]
    if not before or not before[0].isalpha():
        return None
    word = before[0].lower()
    rules = "org_name_locative" if word in R.locative else "org_name_genitive" \
        if word in R.origin_preps or org_people.people_before(doc, word) else None
    return _base(doc, inner, rules) if rules and oblique(doc, inner, rules) else None
