"""A cue word inside a circumstance or a noun phrase plans nothing: "At the invitation of the theatre, the director
paid a visit in August" tells why a past visit happened, "Then the plan stalled" and "The council has a plan on its
desk" tell of a plan as a thing. The pack's ``cue_asides`` (next_step_cues.toml) are such phrases; they are blanked
before the strong cues are read, so the sentence is a step only by another cue or a date ahead ("The plan is to
open the school in May" keeps "is to").
"""
from __future__ import annotations

import re

from ..patterns import NEVER, phrases


def unframed(text: str, pack) -> str:
    """``text`` with the pack's ``cue_asides`` blanked (spaces, so that positions hold)."""
    return pack.compiled(_build).sub(lambda m: " " * len(m[0]), text)


def _build(pack) -> re.Pattern:
    words = pack.table("next_step_cues").get("cue_asides", [])
    return phrases(words) if words else re.compile(NEVER)
