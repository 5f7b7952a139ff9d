"""A listed country after a title and "of" ("Ambassador of Kazakhstan Nurlan Abenov", "President of Peru X"),
inside the title the person pass claimed, is a place of the story the title hid from the place rules
(places_in_text._owner_in_title asks this beside "Lithuania's Transport Minister").

Not "a Tbilisi-based bank": tried (a listed place before a hyphen and "based"), it made the CoNLL location figures
worse on both halves, whose gold reads such a compound as one word of another kind.
"""
from __future__ import annotations


def title_of(R, toks, i: int) -> bool:
    """Does a title and a connector stand right before ``i`` ("Ambassador of Kazakhstan", "President of Peru")?"""
    return i >= 2 and toks[i - 1].text.lower() in R.connectors and toks[i - 2].word \
        and bool(R.role_len([toks[i - 2].text]))
