"""A body named by its kind and its quoted name ("футбольный клуб «Кубань»", "компания «Сибстройинвест»") when
the text also names it by the quoted name alone ("«Кубань» проиграла"): one organisation, the short name kept (a
reader knows the club as «Кубань»; factRu's gold lists such a phrase among the names of the one body too). The
kind's words are lower case (adjectives and one noun) and the quote closes the name; the quoted name matches by key (its case forms are
already one entity)."""
from __future__ import annotations

OPENERS = "«„“\""  # the marks that open a quoted name
CLOSERS = "»“”\""


def _quoted_tail(name: str, R) -> str | None:
    """The quoted name closing ``name`` after one lower-case kind noun and its adjectives, else None: a body's unit
    named with its parent ("московское отделение движения «Солидарность»") is another body."""
    cut = min((name.find(q) for q in OPENERS if q in name), default=-1)
    kind = name[:cut].split() if cut > 0 else []
    if not kind or name[-1] not in CLOSERS or any(w != w.lower() for w in kind) \
            or not all(R.adjective(w) for w in kind[:-1]):
        return None
    return name[cut + 1:-1].strip() or None


def merge_kind_names(doc, orgs: list, alias: dict) -> None:
    """Map "<kind words> «X»" to the organisation named X, when there is one: X takes its count and sentences."""
    key = doc.R.key
    by_key = {key(o.name): o for o in orgs if id(o) not in alias}
    for e in orgs:
        inner = _quoted_tail(e.name, doc.R) if id(e) not in alias else None
        full = by_key.get(key(inner)) if inner else None
        if full is not None and full is not e and id(full) not in alias:
            alias[id(e)] = full
            full.absorb(e)
