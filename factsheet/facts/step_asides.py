"""A cue word inside a circumstance or a noun phrase plans nothing: "At the invitation of the theatre, the director
paid a visit in August" tells why a past visit happened, "Then the plan stalled" and "The council has a plan on its
desk" tell of a plan as a thing. The pack's ``cue_asides`` (next_step_cues.toml) are such phrases; they are blanked
before the strong cues are read, so the sentence is a step only by another cue or a date ahead ("The plan is to
open the school in May" keeps "is to").
"""
from __future__ import annotations

import re

from ..patterns import NEVER, phrases
from . import step_future


def unframed(text: str, pack) -> str:
    """``text`` with the pack's ``cue_asides`` blanked (spaces, so that positions hold)."""
    return pack.compiled(_build).sub(lambda m: " " * len(m[0]), text)


def _build(pack) -> re.Pattern:
    words = pack.table("next_step_cues").get("cue_asides", [])
    return phrases(words) if words else re.compile(NEVER)


HEADING_WORDS = 10  # a line shorter than this without a final stop is a heading, no sentence of the story


def short_line(line: str) -> bool:
    """Is the line shorter than a story's sentence and without a final stop: a heading, a label or a byline?"""
    return len(line.split()) < HEADING_WORDS and line.rstrip()[-1:].isalnum()


def heading(line: str, pack) -> bool:
    """Is the line a section heading put as a question ("What will change for drivers in May", "Что изменится с 1
    мая")? Short, no final stop, opened by one of the pack's ``question_openers``: it names a topic, plans nothing."""
    words = line.split()
    return bool(words) and short_line(line) and words[0].strip("«\"“„'(").lower() in pack.compiled(_openers)


def _openers(pack) -> frozenset[str]:
    return frozenset(w.lower() for w in pack.table("next_step_cues").get("question_openers", []))


def indirect_question(text: str, pack) -> bool:
    """"Как будут ходить автобусы, узнавала наш корреспондент", "Когда откроют мост, пока неизвестно": a sentence
    opened by a question word (``question_openers``) whose future verb stands only in that question, before the
    first comma: it reports what is asked or not known and plans nothing. "Когда откроют мост, жителям выплатят
    компенсацию" keeps the plan after the comma; "Как сообщили в мэрии, …" has no future before it."""
    head, comma, rest = text.partition(",")
    words = head.split()
    return bool(comma and words) and words[0].strip("«\"“„'(").lower() in pack.compiled(_openers) \
        and step_future.future_verb(head, pack) and not step_future.future_verb(rest, pack)


LONG_ATTRIBUTION = 10  # words: "the federation's secretary general Olga Rybakova told reporters" names a role too
EDGE_WORDS = 2  # the speech verb opens or closes such a tail ("сообщил журналистам …", "… told reporters")


def edge_attribution(tail: str, verbs: re.Pattern, plans: re.Pattern, pack) -> bool:
    """Is the clause after a sentence's last comma an attribution longer than a bare ", police said": at most
    ``LONG_ATTRIBUTION`` words with the speech verb among its first or last ``EDGE_WORDS`` words (w9steps)? A
    clause with the verb inside (", which the ministry said would open in May"), one opened by a relative word
    (", які абяцае запусціць у ліпені") or holding a plan cue (", has promised to help us") tells more."""
    words = tail.split()
    relative = {w.lower() for w in pack.table("next_step_cues").get("relative_words", [])}
    if not words or len(words) > LONG_ATTRIBUTION or words[0].lower() in relative or plans.search(tail):
        return False
    return any(verbs.search(" ".join(part)) for part in (words[:EDGE_WORDS], words[-EDGE_WORDS:]))


def lead_source(text: str, pack) -> int:
    """Where the sentence goes on after an opening attribution ("Как сообщил генеральный директор X, первый этап
    начнется 1 февраля", "According to the ministry, …"; the pack's ``source_cues`` in quote_marks.toml up to the
    first comma, at most ``LONG_ATTRIBUTION`` words, a clause of its own after it); 0 when it opens otherwise
    (w9steps: the step's ``who`` names the speaker)."""
    head, sep, rest = text.partition(",")
    low = " ".join(head.lower().split())
    cues = pack.settings("quote_marks").get("source_cues", [])
    if not sep or len(head.split()) > LONG_ATTRIBUTION or len(rest.split()) < 4 \
            or not any(low == c or low.startswith(c + " ") for c in cues):
        return 0
    return len(text) - len(rest.lstrip())
