"""Where a title in the predicate's instrumental ends before the name it is given to: "Старшынёй савета абраны
Іван Пятроў", "Новым дырэктарам школы прызначана Ганна Кавалёва", "Председателем профсоюза вновь избрана
Ольга Сидорова". The participle of election or appointment and an adverb beside it are the clause's, not the
title's. The analyser tells a short participle or an adverb; without one, the pack's short passive participle
endings (``predicate_participle_endings``) count after a title in the instrumental (``instrumental_title_endings``).
"""
from __future__ import annotations

from .. import morphology as mo


def predicate_end(doc, toks, head: int, end: int) -> int:
    """``end`` (role_bounds.role_end's) moved back over a participle or adverb standing right before it."""
    while end - 1 > head and toks[end - 1].word and not toks[end - 1].cap and _predicate_word(doc, toks, head, end - 1):
        end -= 1
    return end


def _predicate_word(doc, toks, head: int, k: int) -> bool:
    R, low = doc.R, toks[k].text.lower()
    if R.role_len([toks[k].text]):
        return False
    M = R.morph
    if M.analyzer:
        p = (M.parse(low) or [None])[0]
        return p is not None and p.known and p.pos in (mo.ADVERB, mo.SHORT_PARTICIPLE)
    ends, title_ends = R.participle_endings, R.title_instrumental
    return bool(ends and title_ends) and low.endswith(ends) and toks[head].text.lower().endswith(title_ends)
