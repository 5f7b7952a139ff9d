"""A weekday that names a standing habit is no date: "The box office is also open on Sunday", "В воскресенье мы
тоже работаем", "У нядзелю мы таксама працуем" tell opening hours, not a day of this week. The pack's
``opening_hours`` ([tense] in dates.toml: being open or closed, and working with an additive particle — "also",
"тоже", "таксама" — that adds the day to the usual ones) in the weekday's own clause, with no future cue there
("The shop will be open on Sunday" stays a date), make the weekday a habit. So does a weekday left out of a
schedule (``weekday_exceptions`` right before it, perhaps after a first weekday and "and": "штодня, акрамя
нядзелі", "ежедневно, кроме понедельника и вторника", "every day except Sunday"): it names a day of every week.
"""
from __future__ import annotations

import re

from ...patterns import NEVER, alternation, phrases
from .tense import clause

WEEKDAY_KINDS = ("weekday",)
EXCEPTION_REACH = 60  # characters before a weekday searched for its exception word


def settle(spans: list, sentences, pack, r) -> list:
    """The spans without the weekdays that name a habit (see the module note)."""
    hours, left_out = pack.compiled(_build), pack.compiled(_exceptions)
    return [sp for sp in spans if not (sp.kind in WEEKDAY_KINDS and (_habit(sentences[sp.sentence], sp, hours, r)
                                                                      or _left_out(sentences[sp.sentence], sp, left_out)))]


def _habit(sentence: str, sp, hours: re.Pattern, r) -> bool:
    lo, hi = clause(sentence, sp.start, sp.end)
    return bool(hours.search(sentence, lo, hi)) and not r.future.search(sentence, lo, hi)


def _left_out(sentence: str, sp, left_out: re.Pattern) -> bool:
    return bool(left_out.search(sentence, max(0, sp.start - EXCEPTION_REACH), sp.start))


def _exceptions(pack) -> re.Pattern:
    """What ends right before a weekday left out of a schedule: an exception word, perhaps a first weekday and
    "and" after it ("акрамя панядзелка і аўторка")."""
    t = pack.table("dates")
    words = t.get("weekday_exceptions", [])
    if not words:
        return re.compile(NEVER)
    days = alternation(w for ws in t.get("weekdays", {}).values() for w in ws)
    ands = alternation(t.get("month_and_words", []) + [","])
    return re.compile(rf"(?<!\w)(?:{alternation(words)})\s+(?:(?:{days})\s*(?:{ands})\s*)?$", re.IGNORECASE)


def _build(pack) -> re.Pattern:
    words = pack.table("dates").get("tense", {}).get("opening_hours", [])
    return phrases(words) if words else re.compile(NEVER)
