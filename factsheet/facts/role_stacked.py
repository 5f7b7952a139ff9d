"""Two titles stacked before a name, the farther one with its own complement: "Глава представительства США в
регионе помощник заместителя госсекретаря X" -> "глава представительства США в регионе, помощник заместителя
госсекретаря". The nearer title alone lost the post and the body or country it names; the farther one is kept
when it opens the phrase (the sentence's start, a break or a verb before it), no verb, conjunction or other name
stands between the two, and the two titles agree (one case, or both in their base form).
"""
from __future__ import annotations

from . import role_bounds, role_participles
from .role_forms import base_role
from .tokens import BREAKS

REACH = 7  # words between the farther title and the nearer one


def stacked(doc, s, toks, start: int, role: str, taken, title_phrase) -> str:
    """``role`` (found from ``start``), with the farther stacked title first where the text has one."""
    R = doc.R
    if not R.case_endings or start < 2 or role.endswith(")"):
        return role
    nearer = next((k for k in range(start, len(toks)) if toks[k].word and R.role_len([toks[k].text])), start)
    far = _farther(doc, toks, start, taken)
    if far is None or not _agree(doc, toks, far, nearer):
        return role
    found = title_phrase(doc, s, toks, far, start)
    if not found or len(found.split()) < 2 or found.lower() in role.lower():
        return role  # a bare title ("министр профессор X") adds nothing the nearer one does not say
    first = found[0].lower() + found[1:] if not toks[far].abbr else found
    return f"{first}, {role}"


def _agree(doc, toks, far: int, nearer: int) -> bool:
    """Do the two titles stand in one case: the analyser's readings where the pack has one, else both written in
    their base form (a title the pack's lists put back in base form is inflected: "дыпламатам")."""
    if doc.R.morph.analyzer:
        return role_participles.same_case(doc, toks, far, nearer)
    return all(base_role(doc, toks[k].text, toks[k].text).lower() == toks[k].text.lower() for k in (far, nearer))


def _farther(doc, toks, start: int, taken) -> int | None:
    """The farther title word before ``start``, across its complement only, opening the phrase."""
    R = doc.R
    far, j, words = None, start - 1, 0
    while j >= 0 and words <= REACH:
        t = toks[j]
        words += t.word
        if j in taken or t.text in BREAKS or t.text.lower() in R.clause_breaks or t.text.lower() in R.role_and \
                or role_bounds.verb_like(doc, t):
            break
        if t.word and R.role_len([t.text]):
            far = j
            break
        j -= 1
    if far is None or far + 1 >= start or R.role_len([toks[far + 1].text]):
        return None  # two titles side by side ("генерал армии") are one title the role already reads
    if far == 0 or toks[far - 1].text in BREAKS or role_bounds.verb_like(doc, toks[far - 1]):
        return far
    before = toks[far - 1]  # a word no preposition, adjective or name: a verb the pack cannot tell ("падпісаў")
    low = before.text.lower()
    return far if before.word and not before.cap and low not in R.stopwords and not R.adjective(low) else None
