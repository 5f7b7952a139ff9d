"""When a pack's [surface ending, base ending] rule applies to a word (names.Morph.candidates and rule_base)."""
from __future__ import annotations


def fits(low: str, end: str, base: str) -> bool:
    """Does the rule ``end`` → ``base`` apply to the lower-case ``low``? The stem it leaves, with the letters the
    base ending gives back, must keep two letters or more: "Жуку" by "уку" → "ук" keeps "Жук" (the rule's ending
    holds the stem's "ук"); a rule that gives nothing of the stem back needs two letters before its ending.
    (Until session 10 every rule needed two letters before its ending, so "Жуку" came out "Жука".)"""
    if not low.endswith(end):
        return False
    stem = len(low) - len(end)
    kept = 0
    while kept < min(len(end), len(base)) and end[kept] == base[kept]:
        kept += 1
    return stem >= 1 and stem + kept >= 2
