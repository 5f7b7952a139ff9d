"""A rank or church title that is also a surname or an everyday word ("Major", "Bishop", "Private") opening a
capitalised run: a title only when a given name follows it ("said Major Svetlana Tereshko" names Svetlana
Tereshko, role Major); otherwise the word is left to the name rules ("John Major", "Major scored twice").
The words are the pack's ``given_name_titles.txt``.
"""
from __future__ import annotations


def rank_lead(doc, run: list[int], words: list[str]) -> tuple[int, int] | None:
    """(1, run[0]) when the run opens with such a title and a listed given name follows it; else None."""
    if len(words) < 2 or words[0].lower() not in doc.pack.words("given_name_titles"):
        return None
    return (1, run[0]) if doc.R.morph.first_name(words[1]) else None
