"""A promise or an agreement binds what its clause says, however that clause is worded: "The landlord has promised
that every tenant will get a boiler", "The sides agreed that the talks will be held every year", "Застройщик
пообещал, что каждый жилец получит квартиру". Words of universal scope and of habit inside the bound clause
(``principle_words``, "every year" among ``not_plans_claims``) tell what was promised, not a principle or a habit.
The frames are the pack's ``commitment_frames`` (verbs of promising, pledging and agreeing); a forecast or claim
word standing before the frame ("Analysts think the firm promised …") still frames the whole sentence.
"""
from __future__ import annotations

import re

from ..patterns import NEVER, stems


def binds(text: str, pack, blocked: re.Pattern) -> bool:
    """Does a promise or agreement frame the sentence, with no blocking word (a forecast, a claim) before it?"""
    frame = pack.compiled(_build).search(text)
    if frame is None:
        return False
    first_block = blocked.search(text)
    return first_block is None or first_block.start() >= frame.end()


def _build(pack) -> re.Pattern:
    words = pack.table("next_step_cues").get("commitment_frames", [])
    return stems(words) if words else re.compile(NEVER)
