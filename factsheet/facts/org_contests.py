"""A contest named by a body noun: "Лига чемпионов", "Лига Европы" (tournaments) read like "Лига арабских
государств" (a body) by their shape alone. What tells them apart is how the text speaks of them: a match, a final,
a stage or a winner "of" the phrase (the pack's ``contest_parts.txt``: "четвертьфинал Лиги чемпионов", "матч Лиги
Европы") makes it a contest, in that mention and in every other mention of the same phrase in the document. Its
words are claimed and nothing is recorded. A body noun that closes its phrase ("Континентальная хоккейная лига")
names the body that runs the contest and is left alone."""
from __future__ import annotations

from .. import langpack
from .candidates import claim

RULE = "org_contests.contest_names"


def _parts(pack) -> tuple[str, ...]:
    return pack.lines("contest_parts")


def _key(doc, toks, i: int) -> tuple[str, str] | None:
    """(head base, next word) of a phrase opened by a capitalised body noun at ``i`` followed by one word."""
    R = doc.R
    if not (toks[i].word and toks[i].cap and i + 1 < len(toks) and toks[i + 1].word) \
            or not R.is_noun(toks[i].text, R.heads):
        return None
    ps = R.morph.parse(toks[i].text) if R.morph.analyzer else ()
    return (ps[0].base if ps else toks[i].text.lower()), toks[i + 1].text.lower()


def _contests(doc, parts) -> set[tuple[str, str]]:
    """The phrases the document names right after a contest's part somewhere ("матч Лиги чемпионов")."""
    R, out = doc.R, set()
    for toks in doc.analysis.tokens:
        for i in range(1, len(toks) - 1):  # (a part opening the sentence: "Матч Лиги Европы")
            if toks[i].cap and toks[i - 1].word and (not toks[i - 1].cap or toks[i - 1].initial) and R.is_noun(toks[i - 1].text, parts):
                key = _key(doc, toks, i)
                if key:
                    out.add(key)
    return out


def contest_names(doc, si, s, toks, used, taken) -> list:
    """Claims of every mention of a body-noun phrase the document names as a contest."""
    parts = langpack.load(doc.lang).compiled(_parts)
    if not parts:
        return []
    keys = [(i, k) for i in range(len(toks) - 1) if not used[i] and not used[i + 1] and (k := _key(doc, toks, i))]
    if not keys:  # (most sentences open no such phrase: the document is read only when one does)
        return []
    contests = _contests(doc, parts)
    return [claim(RULE, si, (i, i + 1)) for i, k in keys if k in contests]
