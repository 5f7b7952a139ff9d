"""A title that governs an object in the instrumental, before a second title of the same person: "заведующий
отделением доктор X", "командующий войсками генерал X", "управляющая делами профессор X". The role runs over the
object to the first title (the post), as it runs over a genitive complement ("ректор академии профессор X");
without this only the nearer, honorific title ("доктор") reached the name. Where words show no case (no
analyser), nothing joins here.
"""
from __future__ import annotations

from .. import morphology as mo


def instrumental_object(doc, toks, j: int, nearer: int) -> bool:
    """Is the word at ``j`` a noun in the instrumental (and no title) right after a listed title and right before
    the title at ``nearer`` (in the nominative), so the object of the farther title?"""
    R, M = doc.R, doc.R.morph
    if not M.analyzer or j < 1 or j + 1 != nearer or not toks[j].word or not toks[j - 1].word:
        return False
    ps = M.parse(toks[j].text.lower())[:1]
    if not (ps and ps[0].pos == mo.NOUN and ps[0].case == mo.INSTRUMENTAL) or R.role_len([toks[j].text]) \
            or not R.role_len([toks[j - 1].text]):
        return False
    # (only titles in the nominative: in "с заведующим отделением доктором X" every word is instrumental, and the
    # stacked role would keep the nearer title's case)
    return any(q.case == mo.NOMINATIVE for q in M.parse(toks[nearer].text.lower())[:3])


def same_case(doc, toks, farther: int, nearer: int) -> bool:
    """Do the two titles share a case in the analyser's readings of any part of speech ("заведующий", a
    participle, and "доктор", a noun, are both nominative)? Two titles in apposition agree."""
    M = doc.R.morph
    cases = [{q.case for q in M.parse(toks[k].text.lower())[:3] if q.case} for k in (farther, nearer)]
    return bool(cases[0] & cases[1])
