"""Organisations named by an abbreviation with words around it, for the place and abbreviation pass
(places_in_text.py): relational adjectives before it ("японский МИД"), its country after it ("МЧС России"); and
a compound of an organisation head ("Сбербанк").
"""
from __future__ import annotations

from .. import morphology as mo

from . import org_parts
from .candidates import Candidate


def adjective_abbreviation(doc, si, toks, used, i, name: str) -> Candidate:
    """"японского МИДа" -> "японский МИД": the relational adjectives before an abbreviation belong to the
    organisation's name, in the nominative of their own gender ("российская ФСБ")."""
    start = org_parts.lower_adjectives_before(doc, toks, used, i)
    words = [nominative_adjective(doc.R.morph, toks[k].text) for k in range(start, i)]
    return Candidate("organization", " ".join(words + [name]), si, toks[start].start, toks[i].end,
                     "org_abbreviations.adjective_abbreviation", claims=tuple(range(start, i)),
                     parts=(doc.R.key(name),) if words else ())  # "МИД" alone later is this organisation


def nominative_adjective(M, word: str) -> str:
    adj = [q for q in M.parse(word) if q.pos == mo.ADJECTIVE] if M.analyzer else []
    # "японского" may be masculine or neuter: an abbreviation's head noun is masculine more often
    q = next((q for q in adj if q.gender != mo.NEUTER), adj[0] if adj else None)
    inf = (q.inflect(mo.NOMINATIVE, mo.SINGULAR, q.gender) if q.gender else q.inflect(mo.NOMINATIVE, mo.PLURAL)) \
        if q else None
    return inf if inf else word


def country_after(doc, toks, used, i) -> str | None:
    """"МЧС России", "МВД РФ": a listed place right after an abbreviation, in the genitive (or an abbreviation
    itself), names whose body it is: part of the organisation's name. Its base form, else None."""
    R = doc.R
    if i + 1 >= len(toks) or used[i + 1] or not (toks[i + 1].word and toks[i + 1].cap) \
            or toks[i + 1].start != toks[i].end + 1:
        return None
    w = toks[i + 1].text
    hit = R.gaz.lookup([w])
    if not hit or (R.key(w) == R.key(hit) and not toks[i + 1].abbr):
        return None  # "в МЧС Москва сообщила": a place in its base form starts the next phrase
    if i + 2 < len(toks) and toks[i + 2].word and toks[i + 2].cap:
        return None  # "ФСБ России Иван Петров", or a longer name
    return hit


def compound_org(R, word: str) -> bool:
    """"Сбербанк", "Росбанк", "Мосгордума": a capitalised common noun (no name, place or person) that ends in an
    organisation head of four letters or more is a compound name of an organisation."""
    ps = R.morph.parse(word)
    if not ps or ps[0].pos != mo.NOUN or mo.ANIMATE in ps[0].marks \
            or R.morph.tags(word, 0.1) & {mo.GIVEN, mo.SURNAME, mo.PATRONYMIC}:
        return False
    base = ps[0].base
    return any(len(h) >= 4 and len(base) > len(h) + 1 and base.endswith(h) for h in R.heads if " " not in h)
