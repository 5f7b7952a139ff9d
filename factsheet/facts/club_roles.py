"""A club named before a player's role and name: "Juventus striker Alen Boksic", "Ajax central defender X",
"Wigan coach Y". Sports copy writes the club as the role's qualifier; the single capitalised word before a team role
(pack: ``team_role_words``, one lower-case word between at most) and a capitalised name is the club, an
organisation. So is a firm before a word that follows only a firm's name (pack: ``firm_frame_after``): "Nomura
analyst Ken Sato", and after an article without a name too: "said a Daiwa economist". A country stays a place ("England captain X": the national side is written as its country), and a
listed town is team_places.py's (it moves the town's other mentions too).
"""
from __future__ import annotations

from .candidates import Candidate

RULE = "club_roles.club_before_role"


def club_before_role(doc, si, s, toks, used, taken) -> list[Candidate]:
    """Clubs (and firms) named right before a team role (a firm's word) and a name, their token claimed."""
    R = doc.R
    if not (R.team_roles or R.firm_after):
        return []
    out = []
    for i in range(len(toks) - 2):
        t = toks[i]
        inner = i and toks[i - 1].word and toks[i - 1].cap and toks[i - 1].text.lower() not in R.articles
        if used[i] or not (t.word and t.cap) or t.abbr or inner \
                or not (_role_then_name(R, toks, i + 1) or _firm_word_after(R, toks, i)) or not _club_word(doc, t.text) \
                or t.initial and R.is_noun(t.text.lower(), R.heads):
            continue  # (not a run's inner word: "New York analysts"; not "Museum director X" opening a sentence)
        out.append(Candidate("organization", t.text, si, t.start, t.end, RULE, claims=(i,)))
    return out


def _firm_word_after(R, toks, i: int) -> bool:
    """"a Daiwa economist", "the Nomura analysts": an article, the name, then a firm's word (no name after)."""
    return i >= 1 and i + 1 < len(toks) and toks[i - 1].text.lower() in R.articles and toks[i + 1].word \
        and not toks[i + 1].cap and toks[i + 1].text.lower() in R.firm_after


def _role_then_name(R, toks, j: int) -> bool:
    """A team role or a firm's word (after one lower-case word at most: "central defender", "chief economist")
    and then a capitalised word."""
    for k in (j, j + 1):
        if k + 1 >= len(toks) or not toks[k].word or toks[k].cap or k == j and toks[k].text.lower().startswith(R.speech):
            return False  # (not a speech verb between: "Callander said captain X" names the speaker, no club)
        if toks[k].text.lower() in R.team_roles or toks[k].text.lower() in R.firm_after:
            return toks[k + 1].word and toks[k + 1].cap
    return False


def _club_word(doc, word: str) -> bool:
    """May ``word`` name a club: no listed place, nationality, given name, title, stopword or common word?"""
    R, low = doc.R, word.lower()
    if "-" in word and word.rsplit("-", 1)[1].islower():
        return False  # an adjective compound: "Dublin-born director X", "a London-based analyst"
    return not (R.gaz.lookup([word]) or low in R.demonyms or low in R.stopwords or low in R.not_names
                or low in R.titles or R.role_len([word]) or R.morph.first_name(word) or low in doc.forms
                or R.key(word) in R.country_keys or word.endswith(R.possessive))
