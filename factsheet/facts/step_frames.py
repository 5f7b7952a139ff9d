"""Two frames that decide whether a sentence is a next step, beyond the cue lists of events.py.

A weekly schedule told in the present tense ("Па нядзелях у музеі праводзяць экскурсіі", "По субботам клуб
проводит мастер-классы", "On Sundays the museum offers tours") is a standing timetable the reader can go to, so it
is a next step without a future word or a date; a past-tense sentence ("По субботам он ездил на рыбалку") is a
habit told. The phrases are the pack's ``weekly``: the plural days of the week and the weekend after the language's
distributive preposition (a complete class of seven days and one weekend).

A warning, a request or an appeal ("В МЧС предупреждают: в субботу ожидается гололед", "Жыхары просяць сельсавет
…", "Police urged drivers …") is no plan of the one who warns or asks, unless what it announces is an action in
the future tense ("папярэдзіў, што да канца мая будзе дзейнічаць часовая схема руху": an arrangement made). The
verbs are the pack's ``not_plans_warnings``. A weather forecast ("Заўтра ападкі пройдуць на захадзе") is nobody's
plan either: the pack's ``not_plans_weather``.

A decision told as a negated analytic future with the infinitive first ("Плату за праезд павышаць не будуць",
"Выдавать справки не будут") is a plan as firm as the positive one: the pack's ``future_auxiliaries`` after one of
its ``negations``, an infinitive (dates.toml ``[tense] infinitive`` endings) right before them, whose verb is no
verb of being or amount (``future_not_plans``: "расці не будуць" is a forecast).
"""
from __future__ import annotations

import re

from ..patterns import NEVER, alternation, phrases, stems
from . import step_future, timex
from .dates import word_patterns


def weekly(text: str, pack) -> bool:
    """Does ``text`` (a sentence's main clauses) state a weekly schedule in the present tense?"""
    if not pack.compiled(_build_weekly).search(text):
        return False
    past = timex.rules(pack).past
    return not any(m.start() == 0 or not m[0][0].isupper() for m in past.finditer(text))


def _build_weekly(pack) -> re.Pattern:
    words = pack.table("next_step_cues").get("weekly", [])
    return phrases(words) if words else re.compile(NEVER)


def warned(text: str, main: str, strong: re.Pattern, pack) -> bool:
    """Is the sentence a warning or request that announces no action of its own? A plan cue in an earlier clause
    than the warning verb keeps the plan ("Мост закроют в мае, предупреждают в ГАИ" is told by step text)."""
    verbs = pack.compiled(_build_warnings)
    found = verbs.search(text)
    if found is None:
        return False
    plan = strong.search(text, 0, found.start())
    if plan is not None and re.search(r"[,;—–]", text[plan.end():found.start()]):
        return False
    in_main = verbs.search(main)
    return not step_future.future_verb(main[in_main.end():] if in_main else main, pack)


def _build_warnings(pack) -> re.Pattern:
    return stems(pack.table("next_step_cues").get("not_plans_warnings", []))




def weather(text: str, strong: re.Pattern, weak: re.Pattern, pack) -> bool:
    """Is the sentence a weather forecast: a weather phenomenon (the pack's ``not_plans_weather``: precipitation,
    frost, wind, temperature) named before any plan cue ("Заўтра ападкі пройдуць на захадзе", "Rain will reach
    the capital on Friday")? Nobody plans the weather; "Дарожнікі будуць працаваць у мароз" names the plan first."""
    found = next((m for m in pack.compiled(_build_weather).finditer(text)
                  if not (m[0][:1].isupper() and text[:m.start()].strip())), None)  # "Таццяна Мароз": a surname
    if found is None:
        return False
    cue = [m.start() for rx in (strong, weak) if (m := rx.search(text))]
    return not cue or found.start() < min(cue)


def _build_weather(pack) -> re.Pattern:
    return stems(pack.table("next_step_cues").get("not_plans_weather", []))


def negated_future(text: str, pack) -> bool:
    """Does ``text`` (a sentence's main clauses) decide that something will not be done ("павышаць не будуць")?"""
    skip, _ = pack.compiled(step_future.plan_skips)  # the verbs that are no plans, once per pack
    return any(m.group(1).lower() not in skip for m in pack.compiled(_build_negated).finditer(text))


def _build_negated(pack) -> re.Pattern:
    t = pack.table("next_step_cues")
    auxiliaries, negations = t.get("future_auxiliaries", []), t.get("not_plans_forms", {}).get("negations", [])
    endings = pack.table("dates").get("tense", {}).get("infinitive", [])
    if not auxiliaries or not negations or not endings:
        return re.compile(NEVER)
    infinitive = word_patterns.infinitive(endings)
    return re.compile(rf"(?<!\w)({infinitive})\s+(?:{alternation(negations)})\s+(?:{alternation(auxiliaries)})(?!\w)",
                      re.IGNORECASE)
