"""A weekday that names a standing habit is no date: "The box office is also open on Sunday", "В воскресенье мы
тоже работаем", "У нядзелю мы таксама працуем" tell opening hours, not a day of this week. The pack's
``opening_hours`` ([tense] in dates.toml: being open or closed, and working with an additive particle — "also",
"тоже", "таксама" — that adds the day to the usual ones) in the weekday's own clause, with no future cue there
("The shop will be open on Sunday" stays a date), make the weekday a habit.
"""
from __future__ import annotations

import re

from ...patterns import NEVER, phrases
from .tense import clause

WEEKDAY_KINDS = ("weekday",)


def settle(spans: list, sentences, pack, r) -> list:
    """The spans without the weekdays that name a habit (see the module note)."""
    hours = pack.compiled(_build)
    return [sp for sp in spans if not (sp.kind in WEEKDAY_KINDS and _habit(sentences[sp.sentence], sp, hours, r))]


def _habit(sentence: str, sp, hours: re.Pattern, r) -> bool:
    lo, hi = clause(sentence, sp.start, sp.end)
    return bool(hours.search(sentence, lo, hi)) and not r.future.search(sentence, lo, hi)


def _build(pack) -> re.Pattern:
    words = pack.table("dates").get("tense", {}).get("opening_hours", [])
    return phrases(words) if words else re.compile(NEVER)
