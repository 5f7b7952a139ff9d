"""A quoted name as a game's opponent is a team, an organisation: "сыграют против «Шахтёра»", "матч с «Волками»",
"згулялі з «Дынама»". The quoted name inflects there, so no marker noun stands before it (organisations.quoted_orgs
leaves it) and it may occur only once; the frame around it — an opponent preposition (pack
``opponent_prepositions``) right before the quote, a noun or verb of a game (pack ``contest_words``) earlier in
the same clause — says what it is, whatever the name.

Functions over ``doc``, the ``Extraction`` (document.py), read-only.
"""
from __future__ import annotations

import re

from . import org_parts

CLAUSE_REACH = 10  # words back in the clause to the game's noun or verb: "Следующий матч «Неман» проведет 2 декабря
# в Минске против «Юности»"


def opponent(doc, si: int, start: int, inner: str) -> bool:
    """Is the quoted name opening at ``start`` (the first character inside the quote) a game's opponent?"""
    R = doc.R
    if not R.opponent_preps or not inner[:1].isupper() or len(inner.split()) > 3:
        return False
    clause = re.split(r"[,;:—–]", doc.sentences[si][:max(start - 1, 0)])[-1]  # the frame's own clause
    words = [w.strip(".-") for w in clause.split()]
    words = [w for w in words if w]
    if len(words) < 2 or words[-1].lower() not in R.opponent_preps:
        return False
    return any(w.isalpha() and R.is_noun(w, R.contest_words) for w in words[-CLAUSE_REACH:-1])


def team_name(doc, inner: str) -> str:
    """The opponent's name in its base form ("Шахтёра" -> "Шахтёр", "Волками" -> "Волки"): one word the analyser
    reads as an inflected noun keeps its number; longer names as written."""
    return org_parts.quoted_base(doc, inner)
