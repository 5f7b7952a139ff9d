"""A body named by its number: "19-я городская поликлиника", "5-й городской клинической больницы". The ordinal
written in figures with a case ending opens the name (organisations._org_start) and takes the ending of the head's
gender in the base form (pack: ``ordinal_number_endings``, gender -> ending: "19-й поликлиники" -> "19-я
поликлиника"). Without that table the number stays out of the name, as before.
"""
from __future__ import annotations

import re

NUMBERED = re.compile(r"^(\d{1,4})-([^\W\d_]{1,3})$")


def numbered_start(R, toks, used, start: int) -> int:
    """``start`` moved back over an ordinal in figures right before a lower-case first word of the name."""
    k = start - 1
    if k < 0 or used[k] or not R.morph.cfg["ordinal_number_endings"] or not NUMBERED.match(toks[k].text) \
            or toks[start].cap:
        return start
    return k


def numbered_words(R, words: list[str], gender: str | None) -> list[str]:
    """The name's words with an opening ordinal in figures in the base form of the head's ``gender``."""
    m = NUMBERED.match(words[0]) if words else None
    ending = R.morph.cfg["ordinal_number_endings"].get(gender or "") if m else None
    return [f"{m[1]}-{ending}"] + words[1:] if ending else words
