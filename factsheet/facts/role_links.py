"""A role stated in the sentence after the name, where the text links them: a sentence that opens with a personal
pronoun and a copula ("Он является председателем …", "Ён з'яўляецца намеснікам …", "He is the deputy mayor of
…"; pack: ``pronouns.txt``, ``role_copulas``) gives its title phrase to the one person the sentence before names.
Run once over the document after the sentence passes (document.py); only a person without a fuller role takes it.
"""
from __future__ import annotations

from .candidates import ROLE, Change
from .roles import title_phrase
from .tokens import BREAKS

MAX_ROLE_WORDS = 12  # words of a title phrase after the copula


def linked_roles(doc) -> list[Change]:
    """Give each pronoun-and-copula sentence's title to the single person named in the sentence before it (a
    ROLE change, merged as a bare title giving way to a fuller one)."""
    copulas = [tuple(c.lower().split()) for c in doc.R.morph.cfg["role_copulas"]]
    out: list[Change] = []
    if not copulas:
        return out
    pronouns = doc.R.pronouns
    persons: dict[int, list] = {}
    for mention, ent in doc.mentions:
        if ent.kind == "person" and ent not in persons.setdefault(mention.sentence, []):
            persons[mention.sentence].append(ent)
    for si in range(1, len(doc.sentences)):
        before = persons.get(si - 1, [])
        if len(before) != 1 or persons.get(si):
            continue
        toks = doc.analysis.tokens[si]
        words = [k for k, t in enumerate(toks) if t.word]
        if len(words) < 3 or toks[words[0]].text.lower() not in pronouns:
            continue
        k = _after_copula(toks, words, copulas)
        if k is None:
            continue
        role = _title_after(doc, doc.sentences[si], toks, k)
        if role:
            out.append(Change(ROLE, before[0], "role_links.linked_roles", role))
    return out


def _after_copula(toks, words: list[int], copulas) -> int | None:
    """Token index right after the copula that follows the opening pronoun, or None."""
    for c in copulas:
        span = words[1:1 + len(c)]
        if len(span) == len(c) and tuple(toks[k].text.lower() for k in span) == c:
            return span[-1] + 1
    return None


def _title_after(doc, s: str, toks, k: int) -> str | None:
    """The title phrase starting at ``k`` (after articles) up to a break, a clause break or a verb; None when no
    listed title stands in its first three words (title_phrase)."""
    R = doc.R
    while k < len(toks) and toks[k].text.lower() in R.articles:
        k += 1
    if k >= len(toks) or not toks[k].word:
        return None
    end = k
    while end < len(toks) and end - k < MAX_ROLE_WORDS and toks[end].text not in BREAKS - {"-"} \
            and toks[end].text.lower() not in R.clause_breaks:
        end += 1
    return title_phrase(doc, s, toks, k, end)
