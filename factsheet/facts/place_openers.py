"""Natural features named by a head word that opens the name: "Lake Baikal", "Mount Elgon", "Cape Horn", "the Gulf
of Aden", "Isle of Wight". English writes these heads before the name (the heads that close one, "Minsk Region",
"the Volga river", are place_heads.txt's); such a name is a place, never a person's. Pack:
``place_opening_heads``. A name that goes on into an organisation's head ("Mount Sinai Hospital") is left to the
organisation rules.
"""
from __future__ import annotations

from .candidates import Candidate

RULE = "place_openers.feature_names"


def feature_names(doc, si, s, toks, used, taken) -> list[Candidate]:
    """A feature's head word opening a capitalised run, then one or two more capitalised words (after "of" too):
    a place."""
    R = doc.R
    if not R.place_openers:
        return []
    out, i = [], 0
    while i < len(toks) - 1:
        t = toks[i]
        if used[i] or not (t.word and t.cap) or t.text.lower() not in R.place_openers \
                or (i and toks[i - 1].word and toks[i - 1].cap and not toks[i - 1].initial):
            i += 1
            continue
        j = i + 1 + (toks[i + 1].text in R.connectors and i + 2 < len(toks))  # "Gulf of Aden"
        k = j
        while k < len(toks) and k - j < 2 and toks[k].word and toks[k].cap and not used[k] and not toks[k].abbr:
            k += 1
        if k == j or (k < len(toks) and toks[k].word and toks[k].cap) \
                or any(R.is_noun(x.text, R.heads) or R.org_word(x.text) or x.text.lower() in R.events
                       or x.text.lower() in R.not_person for x in toks[j:k]):
            i += 1
            continue  # a longer name ("Mount Sinai Hospital"): an organisation's; an event ("the Gulf War")
        name = s[t.start:toks[k - 1].start] + R.strip_possessive(toks[k - 1].text)
        out.append(Candidate("place", name, si, t.start, toks[k - 1].end, RULE, claims=tuple(range(i, k))))
        i = k
    return out
