"""A plural head after a word of quantity over a class ("все федерации стран западной Европы", "многие банки
России"): many bodies of a kind, none named — even where the head alone could also be a singular genitive
("федерации"). Pack: ``class_words.txt`` (the determiners, as written). Used by org_coordinated.class_of_bodies."""
from __future__ import annotations

from .. import langpack
from .. import morphology as mo


def _words(pack) -> frozenset[str]:
    return frozenset(pack.lines("class_words"))


def quantified(doc, toks, head: int) -> bool:
    """Is the head at ``head`` a plural noun right after a class word?"""
    if head < 1 or not toks[head - 1].word:
        return False
    words = langpack.load(doc.lang).compiled(_words)
    return toks[head - 1].text.lower() in words and any(
        p.pos == mo.NOUN and p.number == mo.PLURAL for p in doc.R.morph.parse(toks[head].text)[:3])
