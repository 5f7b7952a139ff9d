"""A unit's acronym followed by its owner's acronym is one organisation ("УГАИ МВД", "РПЦ МП", "ГАИ ГУВД
Мингорисполкома", "ОГАИ Ленинского РУВД"): in languages that put the owner after its unit in the genitive (pack
``acronym_owner_chains``), an acronym cannot stand in apposition to another, so the second one (with the
capitalised place adjectives before it) names the body the first is a unit of, and a capitalised compound owner
right after the last acronym ("… Мингорисполкома") belongs to the name as well. The owner is named on its own
too, as ``org_abbreviations.unit_before`` does for "ГУ МВД России …".

The line to ``org_abbreviations`` and ``organisations``: a chain needs two acronyms written side by side. A single
acronym before a body named in words ("аддзел ДАІ Лідскага райвыканкама", "УВД Гомельского облисполкома") stays two
bodies: the acronym there names a service of its own and the phrase after it a separate body that hosts it.
Listed places in acronym form ("РФ", "США") end the chain: "МВД РФ" is the ministry of a country, read as before.

Functions over ``doc``, the ``Extraction`` (document.py), read-only.
"""
from __future__ import annotations

from . import org_abbreviations
from .candidates import Candidate
from .tokens import inflected_abbr

CHAIN_RULE = "org_chains.acronym_chains"


def acronym_chains(doc, si, s, toks, used, taken) -> list[Candidate]:
    """Each run of two or more acronyms of bodies, with place adjectives between and a compound owner after."""
    if not doc.R.acronym_chains:
        return []
    out, i = [], 0
    while i < len(toks):
        end = _chain_end(doc, toks, used, i) if _acronym(doc, toks, used, i) else i + 1
        if end - i < 2 or not any(_acronym(doc, toks, used, k) for k in range(i + 1, end)):
            i = max(end, i + 1)
            continue
        if org_abbreviations.country_after(doc, toks, used, end - 1):
            i = end  # "ГУ МЧС России по …": the body of a country, org_abbreviations.body_of_country's
            continue
        words = [_word(doc, toks, k) for k in range(i, end)]
        out.append(Candidate("organization", " ".join(words), si, toks[i].start, toks[end - 1].end, CHAIN_RULE,
                             claims=tuple(range(i, end))))
        owner = " ".join(t.text for t in toks[i + 1:end])  # the body the unit belongs to, named as well
        out.append(Candidate("organization", owner, si, toks[i + 1].start, toks[end - 1].end, CHAIN_RULE))
        i = end
    return out


def _acronym(doc, toks, used, k: int) -> bool:
    """An acronym at ``k`` that may name a body: no legal form, no word the pack lists as no name, no place."""
    if k >= len(toks) or used[k] or not toks[k].abbr:
        return False
    name = inflected_abbr(toks[k].text) or toks[k].text
    R = doc.R
    return name.lower() not in R.not_names and name not in R.legal and not R.gaz.lookup([name])


def _chain_end(doc, toks, used, i: int) -> int:
    """The token after a chain opening at the acronym ``i``: further acronyms, each maybe after one or two
    capitalised adjectives ("Ленинского"), then one capitalised compound owner ("Мингорисполкома")."""
    R, end, k = doc.R, i + 1, i + 1
    while k < len(toks):
        j = k
        while j < len(toks) and j - k < 2 and toks[j].word and toks[j].cap and not toks[j].abbr and not used[j] \
                and R.adjective(toks[j].text):
            j += 1
        if not _acronym(doc, toks, used, j):
            break
        end = k = j + 1
    if end - i >= 2 and end < len(toks) and toks[end].word and toks[end].cap and not toks[end].abbr \
            and not used[end] and R.morph.analyzer and org_abbreviations.compound_org(R, toks[end].text):
        end += 1
    return end


def _word(doc, toks, k: int) -> str:
    """The chain's word at ``k`` as its name writes it: the first acronym without a case ending ("УГАИ МВД"), the
    rest as written, since they are the owner's genitive ("ОГАИ Ленинского РУВД", "… Мингорисполкома")."""
    t = toks[k]
    return (inflected_abbr(t.text) or t.text) if t.abbr else t.text
