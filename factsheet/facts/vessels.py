"""Ships named after the noun for their kind or their prefix: "the aircraft carrier Enterprise", "the tanker
Exxon Valdez", "the ferry Estonia", "the RMS Titanic", "USS Cole". A ship is neither an organisation nor a person
(news names a vessel as it names a thing), so its words are claimed and nothing is recorded; before this pass
"carrier" read as an airline noun made the ship a firm, and a ship named after a person became one. Pack:
``vessel_nouns`` (one or two words before the name), ``vessel_prefixes`` (written before the name).
"""
from __future__ import annotations

from .candidates import claim

RULE = "vessels.ship_names"


def ship_names(doc, si, s, toks, used, taken) -> list:
    """The capitalised run (one to three words) after a vessel noun or a ship's prefix: claimed, no entity."""
    R = doc.R
    if not (R.vessel_nouns or R.vessel_prefixes):
        return []

    def cue(i: int) -> int | None:
        prev = toks[i - 1].text
        pair = f"{toks[i - 2].text.lower()} {prev.lower()}" if i >= 2 else ""
        noun = toks[i - 1].word and not toks[i - 1].cap and (prev.lower() in R.vessel_nouns or pair in R.vessel_nouns)
        prefix = toks[i - 1].text in R.vessel_prefixes and not used[i - 1]
        return int(prefix) if noun or prefix else None

    return claim_after(si, toks, used, cue, 3, RULE)


def claim_after(si, toks, used, cue, max_words: int, rule: str) -> list:
    """Claims of every capitalised run (at most ``max_words`` words) that ``cue(i)`` accepts by the words before
    it: ``cue`` gives how many tokens before the run the claim takes in (a ship's prefix), None for no run. Ships
    here, animals' names in pet_names.py."""
    out, i = [], 1
    while i < len(toks):
        if used[i] or not (toks[i].word and toks[i].cap):  # (asked first: most tokens open no name)
            i += 1
            continue
        back = cue(i)
        if back is None:
            i += 1
            continue
        j = i
        while j < len(toks) and j - i < max_words and toks[j].word and toks[j].cap and not used[j]:
            j += 1
        out.append(claim(rule, si, range(i - back, j)))
        i = j
    return out
