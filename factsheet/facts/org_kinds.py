"""A kind of organisation named only by its sort, opening a sentence: "Российская компания купила завод",
"Международная организация потратит …" — one adjective, capitalised only because it opens the sentence, and a
noun for a kind of body (the pack's ``kind_heads``) with nothing after it that names which one. That is a
description, no name (with a genitive or a name after it, "Международная организация труда", or two adjectives,
"Русское географическое общество", it is one).
"""
from __future__ import annotations

from . import org_parts


def kind_opening(doc, toks, i: int) -> bool:
    """Does the sentence open at ``i`` with one adjective and a kind noun (``kind_heads``) that nothing follows?"""
    R = doc.R
    if not (R.kind_heads and toks[i].initial and i + 1 < len(toks) and R.is_noun(toks[i + 1].text, R.kind_heads)):
        return False
    return names_none_after(R, toks, i + 2)


def names_none_after(R, toks, k: int) -> bool:
    """Does nothing from ``k`` on say which body a kind noun before it is (no quoted or capitalised name, no
    genitive, no "по …")? Then the noun describes one ("IT-кампанія з Мінска", org_foreign.py)."""
    if k >= len(toks) or not toks[k].word:
        return not (k < len(toks) and toks[k].text in "«\"„“")  # "Компания «Белшина»" names the firm
    return not toks[k].cap and not org_parts.genitive_word(R, toks[k]) \
        and toks[k].text.lower() not in R.org_preps  # "Международная организация по миграции" names one
