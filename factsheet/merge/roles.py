"""A merged person's role, checked across languages: the articles' roles are compared word by word through
their spelling-blind keys ("Генеральны дырэктар ААТ «Белагратэх»", "Генеральный директор ОАО «Белагротех»" and
"Director General of Belagrotech" share director, general and the company). The role of the brief's language is
kept unless two other articles agree on a role it shares nothing with — then one article's facts have given the
person someone else's role (a namesake's, a neighbour's), and the role the others agree on is shown instead.
"""
from __future__ import annotations

from difflib import SequenceMatcher

from . import spelling

MIN_KEY = 3  # shorter keys ("of", "і", "ОАО") say nothing about a role
WORD_SIMILARITY = 0.8
AGREE = 2  # words two roles must share to agree


def _keys(role: str, code: str) -> list[str]:
    words = role.replace("«", " ").replace("»", " ").replace('"', " ").split()
    return [k for k in (spelling.word_key(w, code) for w in words) if len(k) >= MIN_KEY]


def shared(a: tuple[str, str], b: tuple[str, str]) -> int:
    """How many words of role ``a`` have a near-equal word in role ``b`` (both as (role, pack code))."""
    kb = _keys(*b)
    return sum(any(SequenceMatcher(None, x, y).ratio() >= WORD_SIMILARITY for y in kb) for x in _keys(*a))


def choose(roles: list[tuple[str, str]], brief_code: str) -> str | None:
    """The role to show from (role, pack code) pairs, best first (the brief's language first)."""
    if not roles:
        return None
    first = roles[0]
    others = [r for r in roles[1:] if r[1] != first[1]]
    if shared(first, first) == 0:
        return first[0]
    agreeing = [r for r in others if any(shared(r, o) >= AGREE for o in others if o is not r)]
    if len(agreeing) >= 2 and all(shared(first, r) == 0 for r in agreeing):
        same_script = [r for r in agreeing if spelling.is_cyrillic(r[0]) == spelling.is_cyrillic(first[0])]
        return (same_script or agreeing)[0][0]
    return first[0]
