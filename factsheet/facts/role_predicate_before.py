"""The office a sentence gives a person before the verb that names him: "Ректором Полоцкого государственного
университета стал профессор Денис Гурин", "Рэктарам універсітэта стаў прафесар X", "Новым директором завода
назначен инженер X". The title right before the name ("профессор", "инженер") is only what the person is; the
title in the instrumental before the link verb is the office the sentence is about. Read by roles.py, which puts
the office first and keeps the bare title after it ("ректор …, профессор").
"""
from __future__ import annotations

from .. import morphology as mo
from . import role_bounds

REACH = 8  # words of the office's phrase between its title and the link verb ("… общего среднего образования")


def office_before(doc, toks, start: int, taken) -> int | None:
    """Index of the first word (an agreeing adjective or the title) of the instrumental title phrase that ends at the verb right before ``start`` (the first
    word of a bare title before the name), or None. The office's phrase opens its clause: a break, the sentence's
    start or an adjective of the title stands before it."""
    v = start - 1
    if v < 1 or not (role_bounds.verb_like(doc, toks[v]) or is_link(doc, toks[v])) \
            or toks[v - 1].text.lower() in doc.R.stopwords:
        return None  # "заснавальнікам якога з'яўляецца …": a relative clause's title, not an office phrase
    head = None
    for j in range(v - 1, max(-1, v - 1 - REACH), -1):
        t = toks[j]
        if not t.word or j in taken or role_bounds.verb_like(doc, t):
            break
        if doc.R.role_len([t.text]) and _instrumental(doc, t.text):
            head = j
    if head is None:
        return None
    first = head
    while first > 0 and head - first < 2 and toks[first - 1].word and first - 1 not in taken and _instrumental(doc, toks[first - 1].text) \
            and not doc.R.role_len([toks[first - 1].text]) and toks[first - 1].text.lower() not in doc.R.stopwords:
        first -= 1  # "Новым директором": the adjective agrees in the instrumental
    if first > 0 and toks[first - 1].word:
        return None  # "… встретился с ректором …": the title is inside another clause
    return first


def is_link(doc, t) -> bool:
    """Is the word a one-word link of a title to a person, by its start (the pack's ``role_verbs``: "назначен",
    "прызначаны", "абраны"), which a pack without an analyser cannot tell from an adjective by its ending?"""
    low = t.text.lower()
    return t.word and not t.cap and any(len(w) == 1 and low.startswith(w[0]) for w, _ in doc.R.role_links)


def _instrumental(doc, word: str) -> bool:
    """Does the word read in the instrumental (the analyser; else the pack's instrumental endings)?"""
    M = doc.R.morph
    if not M.analyzer:  # the nouns' endings, and the adjectives' the pack gives for surnames ("Новым", "Галоўным")
        return bool(M.instrumental_endings) and word.lower().endswith(M.surname_instrumental)
    return any(q.case == mo.INSTRUMENTAL and q.pos in (mo.NOUN, mo.ADJECTIVE) for q in M.parse(word.lower())[:3])
