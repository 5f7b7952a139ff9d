"""A role given in a sentence of its own, linked by a dash: "Кнігу напісаў Алесь Жук. Аўтар — былы журналіст."
The sentence opens with one common noun naming nobody ("Аўтар", "Гаспадар"; no given name, no place), a dash
stands for the copula, and a title phrase the pack's titles recognise follows: that phrase is the role of the one person the sentence before names
(role_links.py decides who and merges it as a bare title giving way to a fuller one).
"""
from __future__ import annotations

DASHES = ("—", "–")
MAX_WORDS = 14  # words of the whole sentence


def dash_title(doc, s: str, toks, words: list[int], title_phrase) -> str | None:
    """The title phrase after "<title word> —" opening the sentence, or None (``title_phrase``: roles.py's)."""
    R = doc.R
    if len(words) < 3 or words[0] != 0 or len(toks) < 3 or toks[1].text not in DASHES:
        return None
    first = toks[0].text
    if not toks[0].word or R.morph.first_name(first) or R.gaz.lookup([first]) or len(words) > MAX_WORDS:
        return None  # "Алесь — былы журналіст" names someone; "Мінск — …" a place
    if any(t.cap and R.morph.first_name(t.text) for t in toks[2:]):
        return None  # "Аўтар — былы журналіст Пётр Бык": the title is the person named there
    end = next((k for k in range(2, len(toks)) if toks[k].text in (".", "!", "?", ";")), len(toks))
    return title_phrase(doc, s, toks, 2, end)
