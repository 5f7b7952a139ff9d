"""A person introduced by a common noun set off before the name: "A fourth angler, Yuri Matsulevich, called 112",
"Among those rescued was a visitor from Lithuania, Darius Petrauskas, who …" -> "angler", "visitor from
Lithuania". The noun is no listed title, so title_then_comma (role_phrases.py) passed it by; here its shape says
it names a person: an article opens the phrase, its head is a lower-case word with a person-noun ending of the
pack (``person_noun_endings``: -er, -or, -ist, -ant …), and only adjectives stand between, then an origin ("from
Lithuania", ``origin_prepositions``) may follow. Packs whose words change their endings read these through their
title lists.
"""
from __future__ import annotations

from .tokens import BREAKS

MAX_WORDS = 7  # words between the article and the comma before the name


def described(doc, s, toks, idx, taken) -> str | None:
    """The common noun (with its adjectives and origin) that the text sets before the name, or None."""
    R = doc.R
    comma, end = idx[0] - 1, idx[-1] + 1
    if R.case_endings or comma < 2 or toks[comma].text != "," \
            or not (end >= len(toks) or toks[end].text in (",", ".")):
        return None
    art = comma - 1
    while art >= 0 and comma - art <= MAX_WORDS and toks[art].text not in BREAKS and art not in taken \
            and toks[art].text.lower() not in R.articles:
        art -= 1
    if art < 0 or toks[art].text.lower() not in R.articles or R.strip_possessive(toks[art].text) != toks[art].text:
        return None
    head = _head(doc, toks, art + 1, comma)
    if head is None:
        return None
    first = head
    while first > art + 1 and R.adjective(toks[first - 1].text) and not toks[first - 1].cap:
        first -= 1  # "a local farmer"; not "a fourth angler"
    return s[toks[first].start:toks[comma - 1].end]


def _head(doc, toks, k: int, comma: int) -> int | None:
    """The person noun heading toks[k:comma]: lower-case words up to it, then nothing or an origin phrase."""
    R = doc.R
    for h in range(k, comma):
        t = toks[h]
        if not t.word or t.cap or t.text[0].isdigit():
            return None
        low = t.text.lower()
        if low.endswith(R.person_noun_endings) and len(low) > 4 and not R.adjective(low):
            rest = toks[h + 1:comma]
            if not rest or (rest[0].text.lower() in R.origin_preps and len(rest) > 1 and all(x.cap for x in rest[1:])):
                return h
            return None
    return None
