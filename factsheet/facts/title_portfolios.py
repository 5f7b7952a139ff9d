"""A title's portfolio written in capitals before the name: "Vice Minister of Commerce Wang Shouwen", "Minister
of Plantation and Commodities Johari Abdul Ghani". Where the given name is one no list knows (Chinese, Malay,
African names), the capitalised run after "of" reads as one name, "Commerce Wang Shouwen"; the portfolio's words
are the pack's ``portfolio_words`` (the usual names of government portfolios), which belong to the title.
"""
from __future__ import annotations

MIN_NAME_WORDS = 2  # what is left after the portfolio must still be a name of two words at least
REACH = 8  # tokens back from the run to the title: "Minister of Plantation and Commodities"


def portfolio_lead(doc, toks, run: list[int], words: list[str]) -> int:
    """How many leading words of the capitalised run ``words`` are the portfolio of a title before it (0: none;
    all of them: the run names nobody, "The Minister of Health said")."""
    R = doc.R
    if not R.portfolios or words[0].lower() not in R.portfolios:
        return 0
    if not _after_titled_of(doc, toks, run[0]):
        return 0
    n = 0
    while n < len(words) and words[n].lower() in R.portfolios:
        n += 1
    return n if n == len(words) or len(words) - n >= MIN_NAME_WORDS else 0  # all of it: no name ("of Health said")


def _after_titled_of(doc, toks, start: int) -> bool:
    """Does the run at ``start`` follow "<title> of", maybe over more of the portfolio ("of Plantation and")?"""
    R = doc.R
    j, linked = start - 1, False
    while j >= 0 and start - j <= REACH:
        t = toks[j]
        low = t.text.lower()
        if low in R.portfolio_links:  # "of", "for"
            linked = True
        elif linked and (R.role_len([t.text]) or low in R.titles):
            return True
        elif not (low in R.portfolios or low in R.role_and or low == ","):
            return False
        j -= 1
    return False


def portfolio_after_title(doc, toks, i: int) -> bool:
    """Is the word at ``i`` a portfolio after "<title> of" ("The Minister of Health said")? It names no body."""
    return toks[i].text.lower() in doc.R.portfolios and _after_titled_of(doc, toks, i)


def listed_portfolio(doc, toks, idx: list[int]) -> bool:
    """Is the one capitalised word after a title (``toks[idx[0]]``) the first portfolio of a list the title goes
    on after ("Deputy Labour, Health and Social Affairs Minister X"): a portfolio word followed by a comma or a
    conjunction and another capitalised word? Then it is no surname."""
    R, j = doc.R, idx[-1] + 1
    if len(idx) != 1 or toks[idx[0]].text.lower() not in R.portfolios or j + 1 >= len(toks) or idx[0] < 1 \
            or not R.role_len([toks[idx[0] - 1].text]):
        return False
    return (toks[j].text == "," or toks[j].text.lower() in R.role_and) and toks[j + 1].cap


def complement_lead(doc, toks, run: list[int], words: list[str]) -> int:
    """How many leading words of a run after "<title> of/for" are the title's complement, a place or a body, before
    a given name that opens the person's own two- or three-word name ("MP for Horsham Julian Ashcombe", "The Mayor
    of Bath Anna Grey"): the words before that given name (0: none, or the run opens with a given name); all of
    them when the run ends in a compass word (a constituency or district, "Dundee Central")."""
    R, M, a = doc.R, doc.R.morph, run[0]
    if len(words) < 2 or M.first_name(words[0]) or a < 2 or toks[a - 1].text.lower() not in R.portfolio_links \
            or not (R.role_len([toks[a - 2].text]) or toks[a - 2].text.lower() in R.titles):
        return 0  # right after "<title> of/for" only (not "Commissioner for Fisheries, Chidi Emeka Nwosu")
    if words[-1].lower() in R.compass:
        return len(words)  # "MP for Dundee Central", "senator for West Virginia North": a seat, nobody's name
    if R.gaz.lookup(words[:1]):
        return 0  # "Minister of Belarus Pavel X": a listed place before the name is the person rules' own case
    for k in range(max(1, len(words) - 3), len(words) - 1):
        if M.first_name(words[k]) and not any(M.first_name(w) for w in words[:k]):
            return k
    return 0
