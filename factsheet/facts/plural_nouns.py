"""A plural noun for people ("Rescuers", "Firefighters", "Experts") opening a headline or a sentence is written
with the sentence's capital, not a name's: its singular is one of the pack's titles (roles.txt) or nouns for
people (person_nouns.txt). English plurals by their regular endings (-s, -es, -ies, -men); a pack whose nouns
inflect otherwise finds its plurals through its analyser instead.
"""
from __future__ import annotations

SINGULAR = (("ies", "y"), ("men", "man"), ("es", ""), ("s", ""))  # plural ending -> singular ending


def people_plural(doc, word: str) -> bool:
    """Is ``word`` the plural of a title or of a noun for people the pack lists?"""
    low = word.lower()
    if doc.R.morph.analyzer or not low.endswith(("s", "men")):
        return False
    nouns = doc.pack.words("person_nouns")
    for plural, single in SINGULAR:
        if low.endswith(plural) and len(low) > len(plural) + 2:
            base = low[: len(low) - len(plural)] + single
            if base in nouns or doc.R.role_len([base]):
                return True
    return False
