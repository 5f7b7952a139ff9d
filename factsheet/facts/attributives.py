"""Capitalised adjectives that belong to the word after them, not to a name: "Вярхоўнага камісара", "Беларускай
АЭС", "Председатель Браславского райисполкома". ``R`` is the pack's facts.resources.Resources.
"""
from __future__ import annotations

from .. import morphology as mo
from .resources import ADJECTIVAL


def attributive(R, toks, i: int) -> bool:
    """Is the capitalised word at ``toks[i]`` an adjective of the word after it ("Вярхоўнага камісара",
    "Беларускай АЭС", "Верховного комиссара") rather than a name? Only an oblique-case adjective (rules) or
    the analyser's first reading counts, before a lower-case non-verb or an abbreviation."""
    if i + 1 >= len(toks) or not toks[i + 1].word:
        return False
    nxt, word = toks[i + 1], toks[i].text
    noun = nxt.abbr or (not nxt.cap and nxt.text.lower() not in R.stopwords
                        and nxt.text.lower() not in R.connectors
                        and not nxt.text.lower().endswith(R.verb_endings))
    if not noun:
        return False
    if R.morph.analyzer:
        nps = R.morph.parse(nxt.text)
        # a surname in the dictionary that is an adjective of relation in form agrees with the noun after it:
        # "Председатель Браславского райисполкома"
        relational = not nxt.abbr and bool(nps) and word.lower().endswith(R.relational_endings) \
            and any(p.case == nps[0].case for p in R.morph.parse(word))
        # (or before a second adjective of the same case: "Начальник Могилевского областного управления")
        return (modifier_adjective(R, word) or relational) \
            and (nxt.abbr or (bool(nps) and (nps[0].pos == mo.NOUN or (relational and nps[0].pos == mo.ADJECTIVE))))
    if not R.oblique_adj:
        return False
    # (without an analyser also an adjective of relation before its noun: "Беларуская чыгунка", "Камароўскі рынак",
    # "Нясвіжскі замак" — a surname stands before a verb or a comma, not before a lower-case noun; s8be, lead s8)
    low = word.lower()
    return low.endswith(R.adjective_forms)


def modifier_adjective(R, word: str) -> bool:
    """A capitalised word the analyser reads as an adjective first ("Белорусского")."""
    M = R.morph
    if not M.analyzer:
        return False
    ps = M.parse(word)
    return bool(ps) and ps[0].pos in ADJECTIVAL and not M.tags(word, 0.2) & {mo.SURNAME, mo.GIVEN}


def head_unmatched(R, word: str, head: str, head_base: str) -> bool:
    """Without an analyser: is the capitalised ``word`` before an inflected place head neither in an oblique
    adjective form nor a relational adjective ("Жыхары раёна", "Праблемы вобласці": a plural noun opening the
    sentence; not "Карэліцкага раёна", "Смаргонскі і Астравецкі раёны")? An adjective takes the head's case."""
    if R.morph.analyzer or not R.oblique_adj or head.lower() == head_base.lower():
        return False
    return not word.lower().endswith(R.adjective_forms)


def adjective_of_capital(R, toks, i: int) -> bool:
    """Without an analyser: is the capitalised word at ``toks[i]`` an adjective in an oblique case before a
    capitalised noun that is no given name ("інспектар Зялёнага Крыжа Іван Ліс", "падзяка Зялёнаму Крыжу")? It is
    the first word of a name of a body, no person; a surname in that form stands after a given name or before one
    ("Жукоўскага Сяргея", official_order.py). Only the pack's longer oblique endings (three letters or more) count:
    a foreign given name may end like a short one ("Салім", "Рагім")."""
    if R.morph.analyzer or not R.oblique_adj or i + 1 >= len(toks):
        return False
    word, nxt = toks[i].text, toks[i + 1]
    longer = tuple(e for e in R.oblique_adj if len(e) >= 3)
    if not (nxt.word and nxt.cap and not nxt.abbr) or not longer or not word.lower().endswith(longer):
        return False
    M = R.morph
    return not M.first_name(word) and not M.first_name(nxt.text)
