"""Organisation names that share a part with a neighbour in a list: a plural body followed by several places in the
genitive is one body per place ("правоохранительными органами Китая, Малайзии и Таиланда", "делегации Польши и
Литвы"). Read by organisations.py after a phrase is found; returns candidates (candidates.py), claims nothing (the
places stay places for the place pass).
"""
from __future__ import annotations

from .. import morphology as mo
from . import org_class_words, org_names, org_parts
from .candidates import Candidate


def listed_places(doc, toks, used, end: int) -> list[int]:
    """The tokens of the places listed right after a name ending in a place: ", Малайзии, Сингапура и Таиланда"
    (a comma or a list conjunction, then a listed place in an inflected form or an abbreviation), else []."""
    R, out, k = doc.R, [], end
    while k + 1 < len(toks) and (toks[k].text == "," or toks[k].text.lower() in R.list_conjunctions):
        w = toks[k + 1]
        hit = R.gaz.lookup([w.text]) if w.word and w.cap and not used[k + 1] else None
        if not hit or not (w.abbr or R.key(w.text) != R.key(hit)):
            break
        if k + 2 < len(toks) and toks[k + 2].word and toks[k + 2].cap:
            break  # "… и Ивано-Франковской области", "и Вьетнама Нгуен …": the place opens a longer name
        out.append(k + 1)
        k += 2
    if out and toks[out[-1] - 1].text == "," and not (k < len(toks) and toks[k].text.lower() in R.list_conjunctions):
        return []  # a list ends with its conjunction (", Ливана и другими странами"): ", Сирии," is no list
    return out


def bodies_of_places(doc, si, s, toks, used, phrase: tuple[int, int, int]) -> list[Candidate]:
    """"федерациями Ирака, Сирии и Ливана": a plural head whose name ends in a place, with more places listed after
    it, names one body of each place: a candidate per place, the head singular ("федерация Сирии"), or plural
    where the pack names such bodies in the plural (``plural_heads``: "правоохранительные органы Китая"). Empty
    when the phrase is no such list."""
    R, M = doc.R, doc.R.morph
    start, head, end = phrase
    if not M.analyzer or end - 1 <= head or not R.gaz.lookup([toks[end - 1].text]):
        return []
    plural = any(p.pos == mo.NOUN and p.number == mo.PLURAL for p in M.parse(toks[head].text)[:3])
    places = listed_places(doc, toks, used, end) if plural else []  # ("делегации": plural or genitive)
    words, one = [t.text for t in toks[start:end]], not R.is_noun(toks[head].text, R.plural_heads)
    return [Candidate("organization", org_names.org_base(doc, words[:-1] + [toks[k].text], head - start, one),
                      si, toks[start].start, toks[k].end, "org_coordinated.bodies_of_places")
            for k in [end - 1] + places] if places else []


def adjectives_before(doc, toks, used, start: int) -> int:
    """"Промышленный и коммерческий банк Китая": adjectives joined by "and" (``org_and``) before a name that opens
    with a lower-case adjective belong to it when the first of them is capitalised; the name's new first token
    (``start`` when there are none)."""
    R = doc.R
    if start < 2 or toks[start].cap or used[start - 1] or toks[start - 1].text.lower() not in R.org_and \
            or not R.adjective(toks[start].text):
        return start
    j = start - 1
    while j > 0 and start - 1 - j < 3 and toks[j - 1].word and not used[j - 1] and R.adjective(toks[j - 1].text):
        j -= 1
        if toks[j].cap:
            return j
    return start


def shared_place(doc, si, toks, used, phrase: tuple[int, int, int]) -> list[Candidate]:
    """"генштаба и разведывательных служб Пакистана": a lower-case head joined by "and" (``org_and``) right before
    a name that ends in a place in the genitive shares that place: "генштаб Пакистана" as well (its candidate,
    claiming the head; else [])."""
    R = doc.R
    start, head, end = phrase
    x = start - 2
    if x < 0 or end - 1 <= head or toks[start - 1].text.lower() not in R.org_and or used[x] or used[start - 1] \
            or not toks[x].word or toks[x].cap or not R.is_noun(toks[x].text, R.heads) \
            or not toks[end - 1].cap or not R.gaz.lookup([toks[end - 1].text]):
        return []
    first = org_parts.lower_adjectives_before(doc, toks, used, x)
    words = [t.text for t in toks[first:x + 1]] + [toks[end - 1].text]
    return [Candidate("organization", org_names.org_base(doc, words, x - first), si, toks[first].start, toks[x].end,
                      "org_coordinated.shared_place", claims=tuple(range(first, x + 1)))]


def class_of_bodies(doc, toks, used, phrase: tuple[int, int, int]) -> bool:
    """"в школах и больницах Минска", "банков России": a lower-case head read only in the plural, with one place
    after it, names a class of bodies, no organisation; not a head the pack names in the plural (``plural_heads``:
    "спецслужбы России") nor a list of places ("федерациями Ирака, Сирии": one body each)."""
    R, M = doc.R, doc.R.morph
    start, head, end = phrase
    w = toks[head]
    if not M.analyzer or w.cap or end - 1 <= head or not R.gaz.lookup([toks[end - 1].text]) \
            or R.is_noun(w.text, R.plural_heads):
        return False
    nouns = [p for p in M.parse(w.text)[:3] if p.pos == mo.NOUN]
    return bool(nouns) and (all(p.number == mo.PLURAL for p in nouns) or org_class_words.quantified(doc, toks, head)) \
        and not listed_places(doc, toks, used, end)  # ("все федерации Европы": plural after a class word)


def joined_before(doc, toks, used, start: int) -> bool:
    """Is the capitalised word at ``start`` joined by "and"/"&" to a capitalised word of the same name before it
    (no place, no person's name: "Britain and Bank of England" are two)?"""
    R = doc.R
    if start < 2 or used[start - 1] or used[start - 2]:
        return False
    c, w = toks[start - 1].text, toks[start - 2]
    if c != "&" and not (start >= 3 and toks[start - 3].word and (toks[start - 3].cap or toks[start - 3].text.lower()
                                                                   in R.articles and not R.gaz.lookup([w.text]))
                         and not toks[start - 3].text.lower().endswith(R.descriptor_endings)):
        return False  # "(Ohio-based) KeyCorp and Banc One Corp." are two; "Vietnam Engine and …", "the Scientific
    # and Practical Centre" (an article before the first) are one
    return (c == "&" or c.lower() in R.list_conjunctions) and w.word and w.cap and not w.abbr \
        and R.modifier(w.text) and not R.gaz.lookup([w.text]) and (c == "&" or not R.morph.first_name(w.text)) \
        and not w.text.lower().endswith(R.descriptor_endings)
