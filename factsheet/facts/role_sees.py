"""A title with the capitalised adjectives of the places it is held for, then a single name: a bishop's see
("епіскап Навагрудскі і Слонімскі Пахомій", "митрополит Минский и Заславский Вениамин"). The adjectives belong
to the title, the one word after them is the person (a monastic name has no surname); before this pass they were
read as persons of their own ("Навагрудскі") and the name was lost.

Where words change their endings the title must stand in its base form, so the name after it is in base form too.
"""
from __future__ import annotations

from .. import morphology as mo
from .candidates import FILL, Candidate
from .role_phrases import sentence_case

RULE = "role_sees.see_titles"


def see_titles(doc, si, s, toks, used, taken) -> list[Candidate]:
    """The person after a title and its place adjectives (see the module note), with that title as the role."""
    R = doc.R
    out = []
    for i, t in enumerate(toks[:-2]):
        nxt = toks[i + 1]  # (a string test first: the title is looked up only before a capitalised adjective)
        if not (nxt.cap and nxt.text.lower().endswith(R.relational_endings)) or not t.word or t.cap and not t.initial \
                or used[i] or not R.role_len([t.text]) or not _base(doc, t.text):
            continue
        j = _adjectives_end(doc, toks, used, i + 1)
        if j == i + 1 or j >= len(toks) or not _single_name(doc, toks, used, j):
            continue
        role = sentence_case(doc, toks, i, s[t.start:toks[j - 1].end])
        name = toks[j].text
        out.append(Candidate("person", name, si, toks[j].start, toks[j].end, RULE, key=R.key(name),
                             claims=tuple(range(i, j + 1)), names=(j,), role=role, role_how=FILL,
                             confirmed=True, parts=(R.key(name),)))
    return out


def _base(doc, word: str) -> bool:
    """Is the title word as written a listed title's base form ("епіскап", not "епіскапа")?"""
    folded = doc.R.morph.fold(word.lower())
    return any(len(r) == 1 and doc.R.morph.fold(r[0]) == folded for r in doc.R.roles)


def _adjectives_end(doc, toks, used, j: int) -> int:
    """The index after a run of capitalised adjectives of relation joined by "and" ("Навагрудскі і Слонімскі")."""
    R = doc.R
    while j < len(toks) and _place_adjective(doc, toks[j]) and not used[j]:
        j += 1
        if j + 1 < len(toks) and toks[j].text.lower() in R.role_and and _place_adjective(doc, toks[j + 1]):
            j += 1
    return j


def _place_adjective(doc, t) -> bool:
    """A capitalised adjective of relation in the nominative, as it agrees with a base-form title ("Мінскі", not
    "Удмуртской" of "Глава Удмуртской Республики")."""
    R, low = doc.R, t.text.lower()
    if not (t.word and t.cap and low.endswith(R.relational_endings)):
        return False
    if R.morph.analyzer:
        return any(p.pos == mo.ADJECTIVE and p.case == mo.NOMINATIVE for p in R.morph.parse(low)[:2])
    return not (R.oblique_adj and low.endswith(R.oblique_adj))


def _single_name(doc, toks, used, j: int) -> bool:
    """Is the word at ``j`` one capitalised name standing alone (no second name word after it), no place?"""
    t = toks[j]
    R = doc.R
    if not t.word or not t.cap or used[j] or t.abbr or R.gaz.lookup([t.text]) or R.gaz.head_gender(t.text) \
            or R.org_noun(t.text):
        return False  # "… Рэспубліка": a name of a place or a body
    if R.morph.analyzer and any(p.pos == mo.ADJECTIVE for p in R.morph.parse(t.text.lower())[:1]):
        return False  # "Минский Городской": one more adjective
    return j + 1 >= len(toks) or not (toks[j + 1].word and toks[j + 1].cap)
