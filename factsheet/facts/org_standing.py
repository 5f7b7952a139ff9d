"""Adjectives of rank, standing, term or membership that open a body's name ("Главное управление …", "Постоянная
комиссия …", "молодёжная сборная …"): the pack's ``name_adjectives``, read by any adjective reading of the word.

Why a module of its own: the analyser's likeliest reading of such a word is often not the adjective ("Главное" is
first the noun "главное", the main thing), so a test by the top reading (``Resources.is_noun``) misses it before
the head noun it agrees with; the name then lost its first word.
"""
from __future__ import annotations

from .. import morphology as mo


def name_adjective(R, word: str) -> bool:
    """Is ``word`` a form of one of the pack's ``name_adjectives`` (by any of its first adjective readings)?"""
    if R.is_noun(word, R.name_adjectives):
        return True
    M = R.morph
    if not M.analyzer or not R.name_adjectives:
        return False
    return any(p.pos == mo.ADJECTIVE and M.fold(_base(p)) in R.name_adjective_keys for p in M.parse(word)[:4])


def _base(p) -> str:
    """An adjective's base form; a superlative's in its own degree ("Высшего" -> "высший", where the dictionary's
    base is "высокий"), as the pack lists it."""
    return (p.inflect(mo.NOMINATIVE, mo.SINGULAR, mo.MASCULINE) or p.base) if mo.SUPERLATIVE in p.marks else p.base


def opening(R, toks, first: int, end: int) -> bool:
    """"Европейский суд по правам человека признал …": a place adjective (``relational_adjective_endings``) or one
    of standing opening the sentence before a head that is no mere kind of body (``kind_heads``: "Российская
    компания по …" describes) opens a name, which keeps its remit."""
    word = toks[first].text
    return end - first == 2 and (word.lower().endswith(R.relational_endings) or name_adjective(R, word)) \
        and not R.is_noun(toks[first + 1].text, R.kind_heads)


def title_adjective(R, toks, k: int) -> bool:
    """Is the capitalised toks[k] a title that declines as an adjective ("Следчы", "следчы Іван Пятроў") in its
    base form right before an organisation's head in its base form ("Следчы камітэт узбудзіў справу")? A title
    names a person before a genitive ("следчы камітэта"); agreeing with the head it is the name's adjective."""
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    word = toks[k].text
    return nxt is not None and nxt.word and nxt.text.lower() in R.heads and bool(R.role_len([word])) \
        and R.adjective(word) and not word.lower().endswith(R.oblique_adj)
