"""Dates written in words, compiled from a pack's dates.toml for ``rules.py``: a day as an ordinal word ("Пятого
октября", "the fifth of October"), a season with its year ("к осени 2028 года"), two months in a row joined by
"and" ("a wet May and June"), and a past verb of intent with its infinitive, which points ahead ("договорились
встретиться в ноябре", "had agreed to meet in November"), as does a verb of inviting ("invited them to a summit in
October"), and what opens an aside or relative clause, whose verbs
do not date the event. ``year``: the pattern of a year number.
"""
from __future__ import annotations

import re

from ...patterns import NEVER, alternation


def infinitive(endings) -> str:
    """A word of at least two letters before one of the ``[tense] infinitive`` endings ("пастаўляць", "расти")."""
    return r"\w{2,}(?:" + "|".join(map(re.escape, endings)) + r")"


def intent(tense: dict, t: dict | None = None) -> re.Pattern:
    """A verb of intent or agreement (``intent``) followed, at most two words on ("пообещал в мае открыть"), by an infinitive (a word with
    one of the ``infinitive`` endings, or after an ``infinitive_before`` word: "agreed to meet"): "договорились
    встретиться", "вырашылі зноў адкрыць" point ahead however past the verb of intent is. Before an
    ``infinitive_before`` word the day of the agreement may stand, a weekday or a relative day of ``t`` (dates.toml)
    after at most one word: "agreed on Thursday to hold", "decided yesterday to close" (w9steps); any other words
    there ("was sent to Minsk") leave the "to" a preposition."""
    verbs, endings, markers = tense.get("intent", []), tense.get("infinitive", []), tense.get("infinitive_before", [])
    invite = rf"|(?<!\w)(?:{alternation(tense['invite'])})(?!\w)" if tense.get("invite") else ""
    if not verbs or not (endings or markers):
        return re.compile(NEVER + invite)
    days = [w for ws in (t or {}).get("weekdays", {}).values() for w in ws] + list((t or {}).get("relative_days", {}))
    gap = rf"(?:(?:\w+\s+)?(?:{alternation(days)})\s+)?" if days else ""
    verb = rf"{gap}(?:{alternation(markers)})\s+\w+" if markers else r"(?:\w+\s+){0,2}" + infinitive(endings)
    return re.compile(rf"(?<!\w)(?:{alternation(verbs)})\s+{verb}(?!\w){invite}", re.IGNORECASE)


def set_for(t: dict) -> re.Pattern:
    """What ends right before a weekday set for something (``weekday_prepositions``, "на", "for"), perhaps after a
    first weekday and "and" ("папярэджанне на чацвер і пятніцу", "a warning for Thursday and Friday"): the next
    such day, as a month after ``month_prepositions`` is the next such month."""
    preps = t.get("weekday_prepositions", [])
    if not preps:
        return re.compile(NEVER)
    days = alternation(w for ws in t.get("weekdays", {}).values() for w in ws)
    ands = alternation(t.get("month_and_words", []) + [","])
    return re.compile(rf"(?<!\w)(?:{alternation(preps)})\s+(?:(?:{days})\s*(?:{ands})\s*)?$", re.IGNORECASE)


def asides(tense: dict, relative_words) -> re.Pattern:
    """What opens a clause whose verbs do not date the event: the pack's ``asides`` ("как сообщили", "as officials
    said") and its relative words (next_step_cues.toml ``relative_words``, after at most one preposition: "у якой
    пабудавалі", "which was built": a relative clause tells of a noun, in its own tense)."""
    relative = rf"|(?:\w{{1,4}}\s+)?(?:{alternation(relative_words)})" if relative_words else ""
    return re.compile(rf"\s*(?:(?:{alternation(tense.get('asides', []))}){relative})(?!\w)", re.IGNORECASE)


def day_words(t: dict, m: str, year: str, year_tail: str, trigger) -> list[tuple]:
    """A day written as an ordinal word ("Пятого октября", "дваццаць першага чэрвеня", "the fifth of May",
    "May the twenty-first"): the pack's ``[day_words]`` (``ordinals`` by number, ``tens`` before them) in its
    ``templates`` ({day}, {month}); the year may follow as after any day and month."""
    words = t.get("day_words", {})
    ordinals = alternation(f for forms in words.get("ordinals", {}).values() for f in forms)
    tens = alternation(f for forms in words.get("tens", {}).values() for f in forms)
    day = rf"(?:(?P<tens>{tens})[\s-]+)?(?P<dw>{ordinals})"
    year_rx = rf"(?:,?\s+(?P<y>{year})(?!\d){year_tail})?"
    out = []
    for template in words.get("templates", []):
        rx = re.escape(template.lower()).replace(r"\ ", r"\s+")
        rx = rx.replace(re.escape("{day}"), day).replace(re.escape("{month}"), rf"(?P<mn>{m})")
        out.append(("day_word", rf"(?<!\w){rx}{year_rx}(?!\w)", trigger))
    return out


def named_pairs(t: dict, m: str, year: str, year_tail: str, trigger) -> list[tuple]:
    """A season with its year ("к осени 2028 года", "autumn of 2028"; the pack's ``season_year`` templates) and two
    months joined by "and" ("a wet May and June", "у ліпені і жніўні"; ``month_and_words``): one interval each."""
    seasons = alternation(t.get("bare_seasons", {}) | t.get("season_names", {}))
    year_rx = rf"(?P<y>{year})(?!\d){year_tail}"
    out = []
    for template in t.get("season_year", []):
        rx = re.escape(template.lower()).replace(r"\ ", r"\s+")
        rx = rx.replace(re.escape("{season}"), rf"(?P<season>{seasons})").replace(re.escape("{year}"), year_rx)
        out.append(("season_year", rf"(?<!\w){rx}(?!\w)", None))
    if t.get("month_and_words") and not t.get("month_first"):  # "5 і 6 мая": the first day is a date of its own
        ands = alternation(t["month_and_words"])
        out.append(("dmy", rf"(?<![\w.,])(?P<d>[0-3]?\d)(?=\s+(?:{ands})\s+[0-3]?\d\s+(?P<mn>{m})(?:,?\s+(?P<y>{year})(?!\d))?)",
                    trigger))
    if t.get("month_and_words"):
        out.append(("month_pair", rf"(?<!\w)(?P<mn>{m})\s+(?:{alternation(t['month_and_words'])})\s+(?P<mn2>{m})"
                                  rf"(?:,?\s+(?P<y>{year})(?!\d){year_tail})?(?!\w)", trigger))
    return out + year_pairs(t, year)


def year_pairs(t: dict, year: str) -> list[tuple]:
    """Two years joined by "and" before "year" in the plural ("2025 і 2026 гадоў", "в 2024 и 2025 годах";
    ``year_plural_words``): each year a date of its own. The plural needs the pair: after one number it may
    count years ("2000 гадоў")."""
    plural, ands = t.get("year_plural_words", []), t.get("month_and_words", [])
    if not plural or not ands:
        return []
    tail = rf"\s+(?:{alternation(plural)})(?!\w)"
    after_and = "|".join(rf"(?<=\s{re.escape(a)}\s)" for a in ands)
    return [("year_word", rf"(?<![\w.,-])(?P<y>{year})(?=\s+(?:{alternation(ands)})\s+{year}{tail})", None),
            ("year_word", rf"(?:{after_and})(?P<y>{year}){tail}", None)]


def ends_with(words) -> re.Pattern:
    """One of ``words`` ending the text searched (with the space after it): "an" before "open day"."""
    return re.compile(rf"(?<!\w)(?:{alternation(words)})\s+$", re.IGNORECASE) if words else re.compile(NEVER)
