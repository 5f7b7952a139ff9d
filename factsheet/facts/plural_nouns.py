"""A plural noun for people ("Rescuers", "Firefighters", "Experts") opening a headline or a sentence is written
with the sentence's capital, not a name's: its singular is one of the pack's titles (roles.txt) or nouns for
people (person_nouns.txt). Plurals by the pack's regular endings (rules ``people_plural``: English -s, -es, -ies,
-men); a pack whose nouns inflect otherwise finds its plurals through its analyser instead.
"""
from __future__ import annotations


def people_plural(doc, word: str) -> bool:
    """Is ``word`` the plural of a title or of a noun for people the pack lists?"""
    low, M = word.lower(), doc.R.morph
    if M.analyzer or not low.endswith(M.rule_endings.get("people_plural", ())):
        return False
    nouns = doc.pack.words("person_nouns")
    for plural, single in M.rules["people_plural"]:
        if low.endswith(plural) and len(low) > len(plural) + 2:
            base = low[: len(low) - len(plural)] + single
            if base in nouns or doc.R.role_len([base]):
                return True
    return False
