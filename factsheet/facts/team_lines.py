"""A line of match results: "Perugia 2 Sampdoria 1", "Alba (Germany) 75 Red Star (Yugoslavia) 70 (42-41)".
Two sides, each a capitalised name (with its country in brackets at most) followed by its score, and nothing
else but a bracket after: each side is a team, an organisation; a side written as its country is a national team,
which news copy keeps reading as the country (a place). Competitors' lines ("Tom Lehman 68 70 65", "Rotich
(Kenya) 13:02.1") have no second side after the first score and are not read here.
"""
from __future__ import annotations

from .candidates import Candidate
from .team_places import SCORE, SPORT_RULES

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


def sports_report(doc) -> bool:
    """Is the document a report on sport: a line of results, a club after a match word, or a result verb ("beat", "drew") in a sentence with
    a score ("2-1")? Read once per document (org_shapes.framed_names)."""
    results = doc.R.team_results
    for toks in doc.analysis.tokens:
        if any(t.text.lower() in results for t in toks if t.word and not t.cap) \
                and any(SCORE.fullmatch(t.text) for t in toks):
            return True
    return any(getattr(c, "rule", None) in SPORT_RULES for (k, _), e in doc.ents.items() if k == "organization"
               for c in e.rules)


def owner_of_player(doc, toks, ti: int) -> bool:
    """"Juventus's Zinedine Zidane": in a report on sport, a single name in the possessive before a person's
    name of two capitalised words is the player's club."""
    t = toks[ti]
    return t.text != doc.R.strip_possessive(t.text) and ti + 2 < len(toks) \
        and all(x.word and x.cap and not x.abbr for x in toks[ti + 1:ti + 3]) \
        and not (ti + 3 < len(toks) and toks[ti + 3].word and toks[ti + 3].cap)
