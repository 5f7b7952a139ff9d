"""Short forms of a firm's name: "Magna International Inc" is later "Magna", "Johnson Controls Inc" is
"Johnson Controls", "Douglas & Lomason Co" is "Douglas & Lomason". News copy names a firm once in full, with its
legal suffix (pack: ``firm_suffixes``: "Inc", "Corp", "Plc", "AG", ...), and then by its first words; a club
named with its town ("Rotor Volgograd") is later written without it ("Rotor").

The leading words of such a name, written alone, name the firm (a leftover single word: ``short_form``; a pair the
person rules took: ``firm_persons``); ranking.py merges the short form into the full name and keeps it as one of
the firm's ``aliases`` (``merge_short_forms``), as it does an abbreviation.
"""
from __future__ import annotations

from .candidates import Candidate, Change
from .team_places import places_to_orgs

RULE = "org_aliases.short_form"


def firm_stems(doc) -> dict[tuple[str, ...], object]:
    """The leading words (keys) of every firm name that ends with a legal suffix -> that firm; a stem two firms
    share names neither."""
    R = doc.R
    stems: dict[tuple[str, ...], object] = {}
    if not R.firm_suffixes:
        return stems
    for (k, _), e in doc.ents.items():
        words = e.name.split()
        if k != "organization" or len(words) < 2:
            continue
        club = _town_named(R, words)  # "Rotor Volgograd" is later "Rotor"
        if not club and words[-1].rstrip(".").lower() not in R.firm_suffixes:
            continue
        keys = tuple(R.key(w.rstrip(".,")) for w in words)
        for n in range(1, len(words)):
            last = words[n - 1].lower()
            if last in R.connectors or not words[n - 1][:1].isalnum():  # "Bank of", "Douglas &": no stem
                continue
            stem = keys[:n]
            stems[stem] = None if stems.get(stem, e) is not e else e
    return {s: e for s, e in stems.items() if e is not None}


def _town_named(R, words: list[str]) -> bool:
    """"Rotor Volgograd", "Red Star Belgrade": a club named by its own words and its town (a listed place, last);
    its own words alone are its short form. Not a name with a connector or an organisation head ("Bank of
    England", "Moscow City Council")."""
    return bool(R.gaz.lookup(words[-1:])) and not R.gaz.lookup(words[:1]) and all(
        w.lower() not in R.connectors and not R.is_noun(w, R.heads) and w[:1].isupper() for w in words[:-1])


def short_form(doc, item, word: str, stems: dict) -> list[Candidate] | None:
    """A single capitalised word that opens a firm's full name ("Magna" after "Magna International Inc") names
    that firm; None when it opens none. A sentence's first word only when the text capitalises it inside a
    sentence too, and never a function word ("The", "First")."""
    si, t, _, toks, ti = item
    R = doc.R
    firm = stems.get((R.key(word),))
    if firm is None or word.lower() in R.stopwords or word.lower() in R.not_names or word.lower() in doc.forms:
        return None  # (a word the text also writes in lower case is a common word: "Standard" of "standard")
    if t.initial and word.lower() not in doc.capitalised_inside:
        return None
    return [Candidate("organization", word, si, t.start, t.end, RULE)]


def firm_persons(doc, stems: dict) -> list[Change]:
    """"Johnson Controls" read as a person (nothing vouched for it but its shape) is the short form of "Johnson
    Controls Inc": its mentions move to an organisation of that name (MOVE changes)."""
    keys = {e.key for (k, _), e in doc.ents.items() if k == "person" and " " in e.name
            and tuple(doc.R.key(w) for w in e.name.split()) in stems}
    return places_to_orgs(doc, keys, False, "person", "org_aliases.firm_persons") if keys else []


def merge_short_forms(doc, orgs: list, alias: dict) -> None:
    """Map each organisation written as the leading words of a firm's full name to that firm (``alias``, as
    ranking._merge_aliases maps an abbreviation); the firm takes over its count and sentences."""
    stems = firm_stems(doc)
    for e in orgs:
        full = stems.get(tuple(doc.R.key(w) for w in doc.R.strip_possessive(e.name).split()))
        if full is None or full is e or id(e) in alias or id(full) in alias:
            continue
        alias[id(e)] = full
        full.absorb(e)


def alias_names(doc, alias: dict, kept: list) -> dict[int, list[str]]:
    """id(organisation) -> the other names the text gives it (its abbreviation, its short forms), in the order
    the entities were found."""
    names: dict[int, list[str]] = {}
    ids = {id(e) for e in kept if e.kind == "organization"}
    for e in doc.ents.values():
        full = alias.get(id(e))
        if full is not None and id(full) in ids and e.name != full.name:
            got = names.setdefault(id(full), [])
            if e.name not in got:
                got.append(e.name)
    return names
