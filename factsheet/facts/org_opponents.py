"""A quoted name as a game's opponent is a team, an organisation: "сыграют против «Шахтёра»", "матч с «Волками»",
"згулялі з «Дынама»". The quoted name inflects there, so no marker noun stands before it (organisations.quoted_orgs
leaves it) and it may occur only once; the frame around it — an opponent preposition (pack
``opponent_prepositions``) right before the quote, a noun or verb of a game (pack ``contest_words``) at most three
words before that — says what it is, whatever the name.

Functions over ``doc``, the ``Extraction`` (document.py), read-only.
"""
from __future__ import annotations

from . import org_parts


def opponent(doc, si: int, start: int, inner: str) -> bool:
    """Is the quoted name opening at ``start`` (the first character inside the quote) a game's opponent?"""
    R = doc.R
    if not R.opponent_preps or not inner[:1].isupper() or len(inner.split()) > 3:
        return False
    words = [w.strip(",.;:—–-") for w in doc.sentences[si][:max(start - 1, 0)].split()]
    words = [w for w in words if w]
    if len(words) < 2 or words[-1].lower() not in R.opponent_preps:
        return False
    return any(w.isalpha() and R.is_noun(w, R.contest_words) for w in words[-4:-1])


def team_name(doc, inner: str) -> str:
    """The opponent's name in its base form ("Шахтёра" -> "Шахтёр", "Волками" -> "Волки"): one word the analyser
    reads as an inflected noun keeps its number; longer names as written."""
    return org_parts.quoted_base(doc, inner)
