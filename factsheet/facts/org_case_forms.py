"""One organisation, not two, when a one-word name is written in several cases: "защитник «Нафтана»" beside
"матч с «Нафтаном»" names the club «Нафтан». A quoted name whose written form the analyser also reads as a
nominative ("Нафтана" could be a feminine name) keeps its spelling where it was found, so the same body could come
out twice; once another organisation of the document is that word's base form, the mentions move to it.

Functions over ``doc``, the ``Extraction`` (document.py), read-only; document.py applies the changes.
"""
from __future__ import annotations

from . import org_names
from .candidates import RELABEL, Change


def case_forms(doc) -> list[Change]:
    """Each one-word organisation whose name inflects another one-word organisation's name (that name is among
    its base forms, and not the other way round) moves its mentions to that organisation. RELABEL changes."""
    ones = [e for (k, _), e in doc.ents.items() if k == "organization" and " " not in e.name]
    if len(ones) < 2:
        return []
    keyed = org_names.org_keys(doc, ones)
    out: list[Change] = []
    for ent in ones:
        others = [(o, k) for o, k in keyed if o is not ent]
        org = org_names.known_org(doc, ent.name, others)
        if org is None or org.key == ent.key or _base_of(doc, ent, org):
            continue
        at = tuple(n for n, (_, e) in enumerate(doc.mentions) if e is ent)
        out.append(Change(RELABEL, ent, "org_case_forms.case_forms", (org, at)))
    return out


def _base_of(doc, ent, org) -> bool:
    """Is ``ent``'s name a base form the pack's noun rules make of ``org``'s ("Слуцкар" of "Слуцкара")? Then ``org``
    is the inflected one, though the analyser may guess either word a form of the other."""
    return doc.R.key(ent.name) in {doc.R.key(c) for c in doc.R.morph.candidates(org.name, "noun")[1:]}
