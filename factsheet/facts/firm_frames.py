"""A firm whose name is shaped like a person's ("Goldman Sachs", "Morgan Stanley", "Kleinwort Benson") is known by
the words news copy writes only around firms: "shares of X", "a stake in X", "a unit of X" before the name, "X
shares", "X's shareholders", "X analyst Y" after it (pack: ``firm_frame_before``, ``firm_frame_after``). When one
mention of a person without a role stands in such a frame, every mention of that name moves to an organisation
(MOVE changes, as org_aliases.firm_persons does for a firm's short form).
"""
from __future__ import annotations

from . import org_kind
from .team_places import places_to_orgs
from .candidates import Change

RULE = "firm_frames.framed_firms"


def framed_firms(doc) -> list[Change]:
    """Persons of two or more words with no role (or unlisted places), one of whose mentions a firm frame
    surrounds: organisations."""
    R = doc.R
    if not (R.firm_before or R.firm_after):
        return []
    keys: dict[str, set[str]] = {"person": set(), "place": set()}
    for m, e in doc.mentions:
        if e.kind not in keys or e.key in keys[e.kind] or e.role or " " not in e.name \
                or (e.kind == "place" and R.gaz.lookup(e.name.split())):
            continue  # (a place only as the guess of a preposition: "a stake in Dean Witter Reynolds")
        toks = doc.analysis.tokens[m.sentence]
        first = next((k for k, t in enumerate(toks) if t.start == m.start), None)
        last = next((k for k, t in enumerate(toks[first:], first) if t.end == m.end), None) if first is not None \
            else None
        if first is not None and last is not None and _framed(R, toks, first, last):
            keys[e.kind].add(e.key)
    return [c for kind, found in keys.items() if found for c in places_to_orgs(doc, found, False, kind, RULE)]


def _framed(R, toks, first: int, last: int) -> bool:
    """Do firm words stand right before toks[first] ("shares of") or right after toks[last] ("shares")?"""
    before = [t.text.lower() for t in toks[max(0, first - 2):first] if t.word and (t.initial or not t.cap)]
    if toks[last].text.endswith(R.possessive) or last + 1 < len(toks) and toks[last + 1].text in R.possessive:
        before = []  # the frame is of what follows: "head of Tom Price's research team"
    if len(before) == 2 and (" ".join(before) in R.firm_before or before[-1] in R.firm_before) \
            or len(before) == 1 and first >= 1 and toks[first - 1].text.lower() in R.firm_before:
        return True
    nxt = toks[last + 1] if last + 1 < len(toks) else None
    if nxt is not None and nxt.word and not nxt.cap and nxt.text.lower() in R.firm_after:
        return True
    if nxt is not None and last + 2 < len(toks) and f"{nxt.text} {toks[last + 2].text}".lower() in R.firm_after:
        return True  # a post of two words: "X's chief executive"
    return nxt is not None and nxt.text == "," and _firm_apposition(R, toks, last + 2)


def _firm_apposition(R, toks, j: int) -> bool:
    """", a unit of Y", ", the state utility,", ", a Chinese company,": an article, then lower-case words or a
    nationality whose last (before a comma, a stop or a connector) is a firm word or a singular kind noun that
    names no person (org_kind.py); not ", a company director,"."""
    if j >= len(toks) or toks[j].text.lower() not in R.articles:
        return False
    k = j + 1
    while k < len(toks) and k - j <= APPOSITION and toks[k].word and (not toks[k].cap
                                                                       or toks[k].text.lower() in R.demonyms):
        k += 1
    if k == j + 1:
        return False
    last = toks[k - 1].text.lower()
    if last in R.connectors and k - 2 > j:
        last = toks[k - 2].text.lower()  # ", a unit of Y"
    elif k < len(toks) and toks[k].word:
        return False  # the phrase goes on: ", a company director Y"
    return last in R.firm_after or org_kind.kind_noun(R, last)


APPOSITION = 4  # words at most after the article of a firm's apposition
