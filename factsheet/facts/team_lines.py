"""A line of match results: "Perugia 2 Sampdoria 1", "Alba (Germany) 75 Red Star (Yugoslavia) 70 (42-41)".
Two sides, each a capitalised name (with its country in brackets at most) followed by its score, and nothing
else but a bracket after: each side is a team, an organisation; a side written as its country is a national team,
which news copy keeps reading as the country (a place). Competitors' lines ("Tom Lehman 68 70 65", "Rotich
(Kenya) 13:02.1") have no second side after the first score and are not read here.
"""
from __future__ import annotations

from .candidates import Candidate

RULE = "team_lines.result_line"


def result_line(doc, si, s, toks, used, taken) -> list[Candidate]:
    """The two sides of a result line as organisations (a country: a place), claimed; nothing in another sentence."""
    if len(toks) < 4 or not toks[0].cap or not any(t.digit for t in toks):
        return []  # (most sentences: no line of results)
    sides, k = [], 0
    while len(sides) < 2:
        side = _side(toks, used, k)
        if side is None:
            return []
        sides.append(side[:2])
        k = side[2]
    if k < len(toks) and toks[k].text != "(":
        return []  # only a bracket may follow the second score: "(halftime 50-28)"
    out = []
    for a, b in sides:
        name = s[toks[a].start:toks[b - 1].end]
        kind = "place" if doc.R.key(name) in doc.R.country_keys else "organization"
        out.append(Candidate(kind, name, si, toks[a].start, toks[b - 1].end, RULE, claims=tuple(range(a, b))))
    return out


def _side(toks, used, k: int) -> tuple[int, int, int] | None:
    """(start, end, next): a side's capitalised name at ``k`` (one to four words), its country in brackets
    skipped, then its score; ``next`` is the token after the score. None when the shape is not there."""
    start = k
    while k < len(toks) and k - start < 4 and toks[k].word and toks[k].cap and not toks[k].digit and not used[k]:
        k += 1
    end = k
    if end == start:
        return None
    if k + 2 < len(toks) and toks[k].text == "(" and toks[k + 1].cap and toks[k + 2].text == ")":
        k += 3  # "(Germany)"
    if k < len(toks) and toks[k].digit and toks[k].text.isdigit() and len(toks[k].text) <= 3:
        return start, end, k + 1
    return None
