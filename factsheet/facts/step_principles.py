"""A statement of principle or an assurance told in the future is no plan: "Мы будем оценивать не отчёты, а
жалобы", "Мы будем работать с каждым обращением", "We will always answer every letter". Two shapes mark it, as pack
data in next_step_cues.toml: a word of universal scope (``principle_words``: every, any, always, never — all forms
of the language's universal pronouns and adverbs), or a contrast "not X, but Y" (``contrast_words``: the negation
and the conjunction after a comma). Read only for a sentence with no date: a dated one names when, so it plans.
"""
from __future__ import annotations

import re

from ..patterns import NEVER, alternation, phrases


def principle(text: str, pack) -> bool:
    """Is ``text`` a principle or an assurance rather than a plan (see the module note)?"""
    universal, contrast = pack.compiled(_build)
    return bool(universal.search(text) or contrast.search(text))


def _build(pack) -> tuple[re.Pattern, re.Pattern]:
    t = pack.table("next_step_cues")
    words, pair = t.get("principle_words", []), t.get("contrast_words", [])
    universal = phrases(words) if words else re.compile(NEVER)
    if len(pair) != 2:
        return universal, re.compile(NEVER)
    neg, but = (alternation([w]) for w in pair)  # "не отчёты, а жалобы": one or two words between
    return universal, re.compile(rf"(?<!\w)(?:{neg})\s+\w+(?:\s+\w+)?\s*,\s*(?:{but})\s", re.IGNORECASE)
