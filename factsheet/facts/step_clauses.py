"""Which clauses of a sentence may state a plan: not a relative clause, and a conditional's main clause only
with a date ahead.

A relative clause describes a noun ("Дэлегаты, якія будуць жыць у Гродне, учора прыбылі", "the firm, which will
employ 200 people, was founded in 1995"): its plain future ("будуць", "will") is no one's plan, so the weak cues
and the future tense are read in the sentence without it; a plan cue of its own ("завод, который запустит линию")
still counts. The relative words are the pack's ``relative_words`` (next_step_cues.toml), after a comma and
at most one preposition ("…, у якім будзе…").

A condition opening the sentence ("If the council approves it, the rule takes effect on June 1") makes a forecast
of an undated main clause ("Калі горад не паспее, пасажыры будуць ездзіць…"), but a main clause that names a day
ahead is a plan with its day fixed: ``dated_main`` tells it from the dates of the main clause alone.
"""
from __future__ import annotations

import re

from ..patterns import alternation
from .. import tokens
from . import timex
from .resources import resources

CLAUSE_END = r"(?=[,;:—–.!?]|\s[-–—]\s|$)"


def main_clauses(text: str, pack) -> str:
    """The sentence without its relative clauses (the pack's ``relative_words`` after a comma)."""
    rx = pack.compiled(_build_relative)
    return rx.sub("", text) if rx is not None else text


def _build_relative(pack) -> re.Pattern | None:
    words = pack.table("next_step_cues").get("relative_words", [])
    if not words:
        return None
    return re.compile(r",\s*(?:\w{1,4}\s+)?(?:" + alternation(words) + r")(?!\w)[^,;:—–.!?]*" + CLAUSE_END,
                      re.IGNORECASE)


def dated_main(text: str, comma: int, future_dates) -> bool:
    """Does the main clause after a condition (``text[comma:]``) name a day ahead? ``future_dates(part)``: the
    dates ahead found in ``part`` (events.py reads them with the publication date). A month is not enough: "…,
    pupils will study in two shifts until December" is a forecast's span, "…, the rule takes effect on June 1" a
    day fixed for it."""
    return comma > 0 and any(len(sp.date or "") == len("YYYY-MM-DD") for sp in future_dates(text[comma:]))


def opening_capital(clause: str, pack) -> str:
    """A clause opening a sentence of its own, capitalised, with the plain letter where the pack's first letter
    alternates (be ``initial_fold``: "…, а ў сакавіку …" → "У сакавіку …")."""
    plain = resources(pack).morph.plain_initial(clause)
    return plain[:1].upper() + plain[1:]


def only_a_date(part: str, pack) -> bool:
    """Is a clause after a join no more than a date ("сдадут не в декабре, а в конце марта 2027 года": a contrast
    of two dates for one plan, not a second plan)? s10steps."""
    rest = part
    for sp in timex.find_dates([part], pack, None):
        rest = rest.replace(sp.text, " ")
    return len(tokens.words(rest)) < 2
