"""One body named two ways: by its country's adjective ("белорусский МИД", "японское правительство") and by the
country in the genitive ("МИД Беларуси", "правительство Японии"). The adjective's country comes from the pack's
``country_adjective`` rules ([rules] in entities.toml: "белорусский" -> "Белоруссия", which the gazetteer knows as
Беларусь), so the adjective meets the country's other names too. The later name becomes an alias of the first.

Functions over ``doc``, the ``Extraction`` (document.py), read-only except for the ``alias`` map they fill.
"""
from __future__ import annotations

RULES = "country_adjective"


def merge_country_adjectives(doc, orgs: list, alias: dict) -> None:
    """Map "<country adjective> X" and "X <country>" (one of each, the same X) to one organisation: the one the
    text names first keeps its name, the other is its alias and gives it its count and sentences."""
    R = doc.R
    if RULES not in R.morph.rules:
        return
    by_tail: dict[tuple, list] = {}  # "X <country>": (X's keys, the country) -> organisations
    for o in orgs:
        words = o.name.split()
        place = R.gaz.lookup(words[-1:]) if len(words) >= 2 and id(o) not in alias else None
        if place:
            by_tail.setdefault((_keys(R, words[:-1]), _standard(R, place)), []).append(o)
    if not by_tail:
        return
    for e in orgs:
        words = e.name.split()
        if len(words) < 2 or id(e) in alias or words[0][:1].isupper() and len(words) > 2:
            continue
        country = _country(R, words[0])
        same = by_tail.get((_keys(R, words[1:]), _standard(R, country))) if country else None
        if same and len(same) == 1 and same[0] is not e and id(same[0]) not in alias:
            first, other = sorted((e, same[0]), key=lambda x: min(x.sentences, default=0))
            alias[id(other)] = first
            first.absorb(other)


def _country(R, adjective: str) -> str | None:
    """The listed place an adjective in its base form is made from ("белорусский" -> Беларусь), else None."""
    for cand in R.morph.candidates(adjective.lower(), RULES)[1:]:
        hit = R.gaz.lookup([cand.capitalize()])
        if hit:
            return hit
    return None


def _standard(R, place: str) -> str:
    """The key of a place's standard name ("Белоруссия" and "Беларусь" one country: places.Gazetteer.variants)."""
    key = R.key(place)
    return R.key(R.gaz.variants.get(key, place))


def _keys(R, words: list[str]) -> tuple[str, ...]:
    """The words' keys, a word-initial ў read as у ("Японскі ўрад" = "Урад Японіі")."""
    return tuple(R.key(R.morph.plain_initial(w)) for w in words)
