"""Where a named person works: "Analyst Henrik Dalsgaard at Nordea Markets said": a capitalised name no gazetteer
lists, right after a person's name and a preposition the pack lists as ``affiliation_prepositions`` ("at"), is
the person's employer, an organisation, no place (a rule of places_in_text.places_and_abbrs, tried before a name
after a preposition is read as a place; a listed place, "Putin at Sochi", is found before it)."""
from __future__ import annotations

from .candidates import Candidate

RULE = "place_affiliation.employer"


def after_name(doc, toks, i: int, taken) -> bool:
    """Does an affiliation preposition stand between the name at ``i`` and a person-name token before it?"""
    return i >= 2 and toks[i - 1].text.lower() in doc.R.gaz.affiliation and (i - 2) in taken


def employer(doc, si, toks, used, i, taken, found) -> int:
    """The capitalised run at ``i`` after "<person's name> at", not listed as a place: an organisation."""
    R = doc.R
    if not after_name(doc, toks, i, taken):
        return 0
    j = i
    while j < len(toks) and toks[j].word and toks[j].cap and not used[j] and j - i < 5:
        j += 1
    words = [R.strip_possessive(t.text) for t in toks[i:j]]
    if not words or R.gaz.lookup(words) or R.gaz.lookup(words[:1]):
        return 0
    found.append(Candidate("organization", " ".join(words), si, toks[i].start, toks[j - 1].end, RULE))
    return j - i
