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
    if country_after(doc, toks, b):
        return True
    return len(nxt) >= 2 and nxt[1] == ")" and bool(MINUTE.fullmatch(nxt[0]))


def country_after(doc, toks, b: int) -> bool:
    """"Tomoaki Hirose (Japan)", "Rotich (Kenya)": a result list or a roster gives a competitor's country (or
    state) in brackets after the name; a place of one to three capitalised words alone in the brackets."""
    if b + 3 >= len(toks) or toks[b + 1].text != "(":
        return False
    close = next((k for k in range(b + 3, min(b + 6, len(toks))) if toks[k].text == ")"), None)
    inner = [t.text for t in toks[b + 2:close]] if close else []
    if not (inner and all(t[:1].isupper() for t in inner) and doc.R.gaz.lookup(inner)):
        return False
    return not _team_result(toks, b, close)


def _team_result(toks, b: int, close: int) -> bool:
    """"Alba (Germany) 75 Red Star (Yugoslavia) 70": a score and another side after the bracket, or a bracket and a
    score before the name, make a line of team results, not of competitors."""
    after = [t.text for t in toks[close + 1:close + 3]]
    if len(after) == 2 and after[0].isdigit() and after[1][:1].isupper():
        return True
    a = b
    while a > 0 and toks[a - 1].word and toks[a - 1].cap:
        a -= 1
    return a >= 2 and toks[a - 1].text.isdigit() and toks[a - 2].text == ")"


def single_vouched(doc, toks, i: int) -> bool:
    """Is the single unknown name at ``i`` a person's surname by its context: a speech verb right before it closing
    the clause ('"…," said Henke.')? (Not ", who …": British copy writes it of teams too.)"""
    after = toks[i + 1].text if i + 1 < len(toks) else "."
    verb = toks[i - 1].text if i >= 1 and toks[i - 1].word and not toks[i - 1].cap else ""
    return verb.lower().startswith(doc.R.speech) and after in ".,;:!?\"”"
