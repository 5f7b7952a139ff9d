"""The noun an organisation name's last adjective agrees with ("Дзяржаўны камітэт судовых | экспертыз").

A name's tail never ends in an adjective. Where the tail stops at a lower-case adjective in an oblique form, the
lower-case word right after it is that adjective's noun, even when the noun's genitive plural has no ending the
pack can see ("экспертыз", "дарог", "школ"), so the tail takes it (organisations._org_end asks word by word, so
genitives after the noun follow: "… школ Гродзенскай вобласці"). A verb, a stop word, another adjective or a
capitalised word after the adjective is no such noun; org_bounds.no_dangling_adjective then drops the adjective.
"""
from __future__ import annotations


def noun_after_adjective(R, toks, used, head: int, end: int) -> bool:
    """Is toks[end] the noun of the lower-case oblique adjective toks[end - 1] that the tail ends in?"""
    if end - 1 <= head or end >= len(toks) or used[end] or not R.oblique_adj:
        return False
    last, nxt = toks[end - 1], toks[end]
    if not (last.word and not last.cap and last.text.lower().endswith(R.oblique_adj)):
        return False
    low = nxt.text.lower()
    return nxt.word and not nxt.cap and low not in R.stopwords and low not in R.connectors and len(low) > 2 \
        and not low.endswith(R.verb_endings) and not low.endswith(R.oblique_adj)
