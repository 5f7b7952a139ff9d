"""Titles whose qualifiers are joined by "and": "Deputy Trade and Services Minister X", "Culture and Sport
Minister X", "Надзвычайны і Паўнамоцны Пасол X". The words before "and" qualify the same title as the words after
it, so they belong to the role, and the capitalised words before "and" are no person's name.

Both shapes ask the same of the word before "and" (``role_and``): it is written as the qualifier after "and" is
(both capitalised or both in lower case), it is no given name, no function word and no verb, and, where words
change their endings, it is an adjective.
"""
from __future__ import annotations

from . import role_bounds

REACH = 3  # capitalised qualifiers between "and" and the title ("Foreign and Security Policy Adviser")
MAX_QUALIFIER = 2  # words of the qualifier before "and"; a longer run is a name ("Salim bin Nasser Al Harthy and")


def title_goes_on(doc, toks, after: int, words: list[str]) -> bool:
    """Does a capitalised run (``words``, its titles left out) end right before "and" and capitalised qualifiers
    that reach a capitalised title ("Deputy Trade | and Services Minister Ivan Petrov")? Then the run is part of
    that title, not a name — unless it opens with a given name or names a place ("Ivan Petrov and Trade Minister
    X", "Germany and …")."""
    R = doc.R
    if after + 1 >= len(toks) or toks[after].text.lower() not in R.role_and or not words:
        return False
    if len(words) > MAX_QUALIFIER or R.morph.first_name(words[0]) or R.gaz.lookup(words) \
            or _owner(doc, toks[after + 1]):
        return False
    for k in range(after + 1, min(after + 1 + REACH + 1, len(toks))):
        t = toks[k]
        if not (t.word and t.cap) or R.morph.first_name(t.text):
            return False
        if R.role_len([t.text]) and k > after + 1:
            return True  # "… and Services Minister"
    return False


def coordinated_start(doc, toks, start: int, head: int, taken) -> int:
    """Widen a title that starts after "and" over the qualifier before it and the titles before that: "Trade
    and Services Minister" -> "Deputy Trade and Services Minister"; "Паўнамоцны Пасол" -> "Надзвычайны і
    Паўнамоцны Пасол"."""
    R = doc.R
    j = start - 2
    if start < 2 or toks[start - 1].text.lower() not in R.role_and or j in taken or start - 1 in taken:
        return start
    if not _same_qualifier(doc, toks[j], toks[start]) or _owner(doc, toks[start]):
        return start
    start = j
    while start >= 2 and toks[start - 1].text == "," and start - 2 not in taken \
            and toks[start - 2].text.lower() in R.portfolios and _same_qualifier(doc, toks[start - 2], toks[start]):
        start -= 2  # "Labour, Health and Social Affairs Minister": a list of portfolios, commas before "and"
    while start > 0 and start - 1 not in taken and toks[start - 1].word and toks[start - 1].cap == toks[start].cap \
            and (R.role_len([toks[start - 1].text]) or toks[start - 1].text.lower() in R.role_modifiers):
        start -= 1  # "Deputy", "First Deputy"
    return start


def _same_qualifier(doc, t, after) -> bool:
    R = doc.R
    low = t.text.lower()
    if not t.word or (t.cap != after.cap and not t.initial) or low in R.stopwords or R.morph.first_name(t.text):
        return False  # (a sentence's capital is no name's: "Housing and transport minister X")
    if role_bounds.verb_like(doc, t) or R.strip_possessive(t.text) != t.text or R.gaz.lookup([t.text]):
        return False  # "Germany and Trade Minister X": a place, no qualifier
    return R.adjective(t.text) if R.case_endings else (t.cap and after.cap) or low in R.portfolios  # "housing and …"


def _owner(doc, t) -> bool:
    """A nationality or a place after "and" opens another person's title ("X and Belarusian Deputy Prime
    Minister Y")."""
    return t.text.lower() in doc.R.demonyms or bool(doc.R.gaz.lookup([doc.R.strip_possessive(t.text)]))
