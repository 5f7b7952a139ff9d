"""When a pack's [surface ending, base ending] rule applies to a word (names.Morph.candidates and rule_base)."""
from __future__ import annotations


def stem_letters(end: str, base: str) -> int:
    """The letters a word must keep before the rule's ending ``end`` → ``base``: the stem it leaves, with the
    letters the base ending gives back, must keep two letters or more: "Жуку" by "уку" → "ук" keeps "Жук" (the rule's
    ending holds the stem's "ук"); a rule that gives nothing of the stem back needs two letters before its ending.
    (Until session 10 every rule needed two letters before its ending, so "Жуку" came out "Жука".)"""
    kept = 0
    while kept < min(len(end), len(base)) and end[kept] == base[kept]:
        kept += 1
    return max(1, 2 - kept)


def table(rules: dict[str, list]) -> dict[str, tuple[tuple[str, str, int], ...]]:
    """Each rule table's [end, base] pairs with the stem letters each needs, worked out once per pack: the test
    runs for every capitalised word (``low.endswith(end) and len(low) - len(end) >= need``)."""
    return {rule: tuple((end, base, stem_letters(end, base)) for end, base in pairs) for rule, pairs in rules.items()}
