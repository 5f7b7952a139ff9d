"""Cues that vouch for a person's name nobody's list knows, where news copy writes them with one word: a team
sheet's brackets ("X (captain)", "(12 - X 46th)") and a speech verb closing the clause before a single surname
('"…," said Henke.'). Read by person_cues.vouched (pairs) and leftovers.py (single names).
"""
from __future__ import annotations

import re

MINUTE = re.compile(r"\d{1,3}(?:st|nd|rd|th)")  # "46th": the minute a substitute came on


def bracket_after(doc, toks, b: int) -> bool:
    """"X (captain)", "(12 - X 46th)": a role alone in brackets after the name, or the minute a substitute came on
    before the bracket closes, as team sheets write them."""
    nxt = [t.text.lower() for t in toks[b + 1:b + 4]]
    if len(nxt) >= 3 and nxt[0] == "(" and nxt[2] == ")" and (doc.R.role_len([nxt[1]]) or nxt[1] in doc.R.team_roles):
        return True
    return len(nxt) >= 2 and nxt[1] == ")" and bool(MINUTE.fullmatch(nxt[0]))


def single_vouched(doc, toks, i: int) -> bool:
    """Is the single unknown name at ``i`` a person's surname by its context: a speech verb right before it closing
    the clause ('"…," said Henke.')? (Not ", who …": British copy writes it of teams too.)"""
    after = toks[i + 1].text if i + 1 < len(toks) else "."
    verb = toks[i - 1].text if i >= 1 and toks[i - 1].word and not toks[i - 1].cap else ""
    return verb.lower().startswith(doc.R.speech) and after in ".,;:!?\"”"
