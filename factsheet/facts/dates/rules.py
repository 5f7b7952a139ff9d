"""A pack's date tables (``months.toml``, ``dates.toml``) compiled once into regexes and look-up tables. Why our own
tables and not dateparser: dateparser's free-text search reads "2020 год" as the year 4039 and "We" as Wednesday,
and misses "у сярэдзіне наступнага года"; a few regexes built once per pack from its tables find only spans that are
dates, and resolving them is plain arithmetic (``resolve.py``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ...patterns import NEVER, alternation
from ...tokens import LETTER, WORD, WORD_CHAR_RUN
from . import word_patterns

YEAR = r"(?:1[89]|20)\d\d"
NO_NUMBER_BEFORE = r"(?<![\w$€£₽¥.,/-])"


def phrase_key(text: str) -> str:
    """How a matched phrase is looked up in a table: lower case, single spaces."""
    return " ".join(text.lower().split())


def _edge(word_alt: str) -> str:
    """A phrase that starts and ends at word edges (phrases may end in '.' or '-')."""
    return rf"(?<!\w)(?:{word_alt})(?![\w-])"


def _stem_regex(words) -> re.Pattern:
    """Words as one pattern: a trailing '*' matches any ending ("запланаван*"), a leading '*' any beginning of at
    least two letters ("*лася": прайшлася, адбылася)."""
    def one(w: str) -> str:
        rx = re.escape(w.strip("*")).replace(r"\ ", r"\s+")
        return (r"\w{2,}" if w.startswith("*") else "") + rx + (r"\w*" if w.endswith("*") else "")

    entries = {w.lower() for w in words if w.strip("*")}
    if entries and all(WORD_CHAR_RUN.fullmatch(w.strip("*")) for w in entries):
        return re.compile(_whole_words(entries, one), re.IGNORECASE)
    parts = sorted((one(w) for w in entries), key=len, reverse=True)
    return re.compile(rf"(?<!\w)(?:{'|'.join(parts) or NEVER})(?!\w)", re.IGNORECASE)


def _whole_words(entries: set[str], one) -> str:
    """The pattern of entries that are all one word each: every entry then matches a whole run of word characters,
    so the run is read once and its ending looked behind (``"*ет"``: a run ending in "ет" after two letters), not
    each of dozens of endings tried from every word's start (that search was ~6% of the fact stage on Russian news)."""
    endings: dict[int, list[str]] = {}
    for w in entries:
        if w.startswith("*") and not w.endswith("*"):
            endings.setdefault(len(w) - 1, []).append(re.escape(w[1:]))
    behind = "|".join(rf"(?<=\w\w(?:{'|'.join(sorted(endings[n]))}))" for n in sorted(endings, reverse=True))
    rest = sorted((one(w) for w in entries if not (w.startswith("*") and not w.endswith("*"))), key=len, reverse=True)
    branches = ([rf"(?:{'|'.join(rest)})(?!\w)"] if rest else []) + ([rf"\w+(?!\w)(?:{behind})"] if behind else [])
    return rf"(?<!\w)(?:{'|'.join(branches)})"


WORDS = WORD_CHAR_RUN  # a sentence's words, as whole-word triggers meet them
DIGITS = frozenset("0123456789")  # the trigger of a pattern that needs a number


@dataclass(frozen=True, eq=False)
class Trigger:
    """Words of which a sentence (in lower case) must hold one for a pattern to be tried at all: ``words``, whole
    words of letters and digits, looked up in the set of the sentence's words (``WORDS``: one pass over the text
    for all triggers, not one regex search each); ``rx``, the other trigger words (substrings, or whole words with
    a mark inside), searched."""

    words: frozenset
    rx: re.Pattern | None

    def found(self, low: str, words: set[str]) -> bool:
        return not self.words.isdisjoint(words) or (self.rx is not None and self.rx.search(low) is not None)


@dataclass(frozen=True)
class DateRules:
    """Everything the finder and the resolver read from one pack; built once per pack by ``rules``."""

    months: dict  # month form -> number
    weekdays: dict  # weekday form -> ISO weekday
    rel_days: dict  # "yesterday" -> -1
    rel_periods: dict  # "next year" -> ("year", 1); units year, month, week; a school year: ("school_year", 1, 9)
    deadlines: dict  # "до конца квартала", "by the end of the month" -> ("quarter", 0): that period's last day
    seasons: dict  # "next spring" -> (3, 1)
    bare_seasons: dict  # "осенью", "к осени" -> 9 (which one: the sentence's tense decides)
    season_names: dict  # the bare seasons and the pack's ``season_names`` ("autumn") -> 9, before a year
    holidays: dict  # "thanksgiving day" -> "11-22+4"
    month_adjectives: dict  # "лістападаўск" -> 11: a month's adjective stem ("пасля лістападаўскіх маразоў")
    ago_numbers: dict  # "two" -> 2 (for "two years ago")
    ago_units: dict  # "years" -> "year"
    ordinals: dict  # ordinal word -> number (for quarters and halves)
    day_words: dict  # "пятого", "twenty" -> the day's number or its tens ("Пятого октября", "the fifth of May")
    next_words: frozenset  # "next" before a weekday
    after_words: frozenset  # "the following" before a weekday: the first such day after the date before it
    name_like_weekdays: bool  # a capitalised weekday inside a sentence is a surname
    patterns: tuple  # (kind, compiled regex, Trigger or None), in the order they are tried
    part_before: re.Pattern  # "in mid-", "у канцы" before a period
    deadline_part: re.Pattern  # "до конца", "by the end of" opening a month: its last day ("до конца июня")
    since: re.Pattern  # "since" opening a month: always the last such month ("had doubled since January")
    target: re.Pattern  # "на" opening a month: a date set for it, the next such month ("перенесли на май")
    unit_after: re.Pattern  # "20 years", "1500 чалавек": a number that is a quantity
    relative_to: re.Pattern  # "после", "after" right after "через неделю": counted from another event, not today
    hypothetical: re.Pattern  # "as if the final were tomorrow", "как будто завтра": a few words before, no date
    plain_words: frozenset  # stop words: a bare year may be followed by one
    future: re.Pattern  # words that point ahead ("will", "адбудзецца", "состоится")
    past: re.Pattern  # words that point back ("said", "заявіў", "прошла")
    not_past: re.Pattern  # words with a past ending that are no verbs ("калектыў", "архіў")
    auxiliary_before: re.Pattern  # "be" right before a past form: a passive participle ("will be held")
    nonpast: re.Pattern  # present/future verb endings ("сыграет", "адкрыюць"): a weak cue ahead, clause-bound
    determiner_before: re.Pattern  # "an" right before a nonpast form: an adjective ("an open day"), no verb
    clause_words: re.Pattern  # words that open a clause ("that", "что"): a date's own clause is read first
    asides: re.Pattern  # "как сообщили", "which was built" opening a clause: its verb dates the telling or a noun
    intent: re.Pattern  # "договорились встретиться", "вырашылі адкрыць": a past verb of intent with its infinitive
    every: re.Pattern  # "every", "кожную" right before a weekday: a recurring day, no date
    set_for: re.Pattern  # "на", "for" (+ a weekday and "і") ending right before a weekday: the next such day
    participle: re.Pattern  # past passive participles ("закрыты", "построенный"): right before a date, its act's
    clock: re.Pattern | None
    day_part_before: re.Pattern
    day_part_after: re.Pattern
    time_gap: re.Pattern


def rules(pack) -> DateRules:
    """The pack's date rules, built once and kept by the pack (no cache of this module's own to clear)."""
    return pack.compiled(_build_rules)


def _build_rules(pack) -> DateRules:
    t = pack.table("dates")
    months = dict(pack.month_numbers())
    for num, forms in t.get("month_forms", {}).items():
        months.update({f.lower(): int(num) for f in forms})
    rel_periods = {phrase_key(k): tuple(v) for k, v in t.get("relative_periods", {}).items()}
    tense = t.get("tense", {})
    return DateRules(
        months=months,
        weekdays={f.lower(): int(n) for n, forms in t.get("weekdays", {}).items() for f in forms},
        rel_days={phrase_key(k): v for k, v in t.get("relative_days", {}).items()},
        rel_periods=rel_periods,
        deadlines={phrase_key(k): tuple(v) for k, v in t.get("deadlines", {}).items()},
        seasons={phrase_key(k): tuple(v) for k, v in t.get("seasons", {}).items()},
        bare_seasons={phrase_key(k): v for k, v in t.get("bare_seasons", {}).items()},
        season_names={phrase_key(k): v for k, v in (t.get("bare_seasons", {}) | t.get("season_names", {})).items()},
        holidays={phrase_key(k): v for k, v in t.get("holidays", {}).items()},
        month_adjectives={k.lower(): v for k, v in t.get("month_adjectives", {}).items()},
        ago_numbers={phrase_key(k): v for k, v in t.get("ago", {}).get("numbers", {}).items()},
        ago_units={f.lower(): unit for unit, forms in t.get("ago", {}).get("units", {}).items() for f in forms},
        ordinals={phrase_key(f): int(n) for n, forms in t.get("periods", {}).get("ordinals", {}).items()
                  for f in forms},
        day_words={f.lower(): int(n) for part in ("ordinals", "tens") for n, forms in
                   t.get("day_words", {}).get(part, {}).items() for f in forms},
        next_words=frozenset(w.lower() for w in t.get("weekday_next", [])),
        after_words=frozenset(w.lower() for w in t.get("weekday_after", [])),
        name_like_weekdays=t.get("capitalised_weekday_is_name", False),
        patterns=_compiled(_patterns(t, months, rel_periods)),
        target=re.compile(rf"(?:{alternation(t.get('month_prepositions', []))})\s", re.IGNORECASE),
        since=re.compile(rf"(?:{alternation(t.get('since_words', []))})(?!\w)", re.IGNORECASE),
        deadline_part=re.compile(rf"(?:{alternation(t.get('deadline_parts', []))})(?!\w)", re.IGNORECASE),
        part_before=re.compile(rf"(?<!\w)(?:{alternation(t.get('parts', []))})\s*$", re.IGNORECASE),
        hypothetical=re.compile(rf"(?<!\w)(?:{alternation(t.get('hypothetical', []))})(?:\s+[^\W\d_]+){{0,4}}\s+$",
                                re.IGNORECASE),
        relative_to=re.compile(rf"\s+(?:{alternation(t.get('ago', {}).get('relative_to', []))})(?!\w)", re.IGNORECASE),
        unit_after=re.compile(rf"\s*(?:{alternation(t.get('non_date_units', []))})(?!\w)", re.IGNORECASE),
        plain_words=pack.words("stopwords") | {w.lower() for w in t.get("year_words", [])},
        future=_stem_regex(tense.get("future", [])),
        past=_stem_regex(tense.get("past", [])),
        not_past=_stem_regex(tense.get("not_past", [])),
        auxiliary_before=re.compile(rf"(?<!\w)(?:{alternation(tense.get('auxiliaries', []))})\s+$", re.IGNORECASE),
        nonpast=_stem_regex(tense.get("nonpast", [])),
        determiner_before=word_patterns.ends_with(pack.table("next_step_cues").get("attributive_before", [])),
        clause_words=_stem_regex(tense.get("clause_words", [])),
        asides=word_patterns.asides(tense, pack.table("next_step_cues").get("relative_words", [])),
        intent=word_patterns.intent(tense, t),
        set_for=word_patterns.set_for(t),
        every=re.compile(rf"(?<!\w)(?:{alternation(pack.table('next_step_cues').get('recurrence', []))})\s+$",
                         re.IGNORECASE),
        participle=_stem_regex(tense.get("participles", [])),
        **_time_rules(t.get("time", {})),
    )


def _triggers(t: dict, months: dict, rel_periods: dict) -> dict[str, frozenset]:
    """Per kind, words of which a sentence must contain one (as a whole word: these patterns match a month,
    weekday or phrase word only between word edges) for the pattern to be tried at all: a cheap test that spares
    running two dozen regexes over every sentence (speed; as a mere substring, "may" in "mayor" and "mar" in
    "market" sent half the English sentences through the month patterns)."""
    def longest_words(phrases):
        return frozenset(max(p.lower().split(), key=len) for p in phrases if p.split())

    month_words = frozenset(m.strip(".") for m in months)
    weekdays = frozenset(f.lower() for forms in t.get("weekdays", {}).values() for f in forms)
    return {"dmy": month_words, "mdy": month_words, "my": month_words, "prep_month": month_words, "part_month": month_words,
            "month_rel": month_words, "month_mod": month_words, "day_range": month_words, "weekday": weekdays, "rel_period": longest_words(rel_periods),
            "deadline": longest_words(t.get("deadlines", {})),
            "rel_day": longest_words(t.get("relative_days", {})), "season": longest_words(t.get("seasons", {})),
            "bare_season": longest_words(t.get("bare_seasons", {})),
            "holiday": longest_words(t.get("holidays", {}))}


def _compiled(patterns: list[tuple[str, str, tuple[frozenset, bool] | None]]) -> tuple:
    """The patterns compiled, each set of trigger words (words, whole words only) as one ``Trigger`` (shared by
    the kinds that share the set, so a sentence is tested once per set): set look-ups and C-level searches
    instead of a Python loop over the words for each pattern and sentence (the loop was a sixth of the fact
    stage on a 5 MB text)."""
    triggers: dict[tuple, Trigger] = {}
    for words, whole in {w for _, _, w in patterns if w is not None}:
        plain = frozenset(w for w in words if whole and WORDS.fullmatch(w))
        alt = "|".join(sorted(map(re.escape, words - plain)))
        rx = re.compile(rf"(?<!\w)(?:{alt})(?!\w)" if whole else alt) if alt else None
        triggers[words, whole] = Trigger(plain, rx)
    return tuple((kind, re.compile(p, re.IGNORECASE), triggers.get(words) if words is not None else None)
                 for kind, p, words in patterns)


def _patterns(t: dict, months: dict, rel_periods: dict) -> list[tuple[str, str, tuple[frozenset, bool] | None]]:
    """(kind, regex, (trigger words, whole words only)) for every way the pack writes a date; ``find.py`` keeps
    the longest of overlapping matches."""
    m, yw = alternation(months), alternation(t.get("year_words", []))
    year_req = rf"\s+(?:{yw})(?!\w)" if t.get("year_words") else NEVER
    year_tail = f"(?:{year_req})?"
    day = rf"(?P<d>[0-3]?\d)(?:-?(?:{alternation(t.get('day_suffixes', []))}))?"  # "5th", "5-го"
    preps = alternation(t.get("year_prepositions", []))
    month_preps = alternation(t.get("year_prepositions", []) + t.get("month_prepositions", []))
    year_rel = alternation(k for k, (unit, *_) in rel_periods.items() if unit == "year")
    mods = alternation(set(t.get("weekday_next", [])) | set(t.get("weekday_last", [])))
    pats = [
        ("iso", rf"(?<![\w.:/-])(?P<y>{YEAR})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?![\w-]|\.\d)"),
        ("dmy_num", rf"(?<![\w.:/-])(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<y>{YEAR})(?!\w|\.\d)"),
        ("dmy", rf"(?<![\w.,])(?<!\d\s){day}\s+(?P<mn>{m})(?:,?\s+(?P<y>{YEAR})(?!\d){year_tail})?(?![\w])"),
        ("day_range", rf"(?<![\w.,])(?P<d0>[0-3]?\d)\s*[–—-]\s*{day}\s+(?P<mn>{m})"
                      rf"(?:,?\s+(?P<y>{YEAR})(?!\d){year_tail})?(?![\w])"),  # "24–25 сакавіка"
    ]
    if t.get("month_first"):
        pats.append(("mdy", rf"(?<!\w)(?P<mn>{m})\s+{day}(?!\d)(?:,?\s+(?P<y>{YEAR})(?!\d))?(?!\s*%)"))
        pats.append(("day_range", rf"(?<!\w)(?P<mn>{m})\s+(?P<d0>[0-3]?\d)\s*[–—-]\s*{day}(?!\d)"
                                  rf"(?:,?\s+(?P<y>{YEAR})(?!\d))?(?!\s*%)"))  # "April 24-25"
    pats += [
        ("my", rf"(?<!\w)(?P<mn>{m})(?:\s+|\s*,\s*)(?P<y>{YEAR})(?!\d){year_tail}"),
        ("range", rf"{NO_NUMBER_BEFORE}(?P<y>{YEAR})\s*(?:[–—-]|\s(?:{alternation(t.get('range_words', []))})\s)"
                  rf"\s*(?P<y2>{YEAR}|\d\d)(?![\w.,]\d|\w){year_tail}"),
        ("year_word", rf"{NO_NUMBER_BEFORE}(?P<y>{YEAR}){year_req}"),
        ("prep_year", rf"(?<!\w)(?:{preps})\s*(?P<y>{YEAR})(?![\w.,]\d|\w)"),
        ("det_year", rf"(?<!\w)(?:{alternation(t.get('year_determiners', []))})\s+(?P<y>{YEAR})(?=\s+[^\W\d_])"),
        # (a part joined by a hyphen takes no space: "by mid-March")
        ("prep_month", rf"(?<!\w)(?:{month_preps})(?:(?<=-)|\s+)(?P<mn>{m})(?![\w])"),  # "in March", "перенесли на май"
        ("part_month", rf"(?<!\w)(?:{alternation(t.get('parts', []))})(?:(?<=-)|\s+)(?P<mn>{m})(?![\w])"),  # "в конце мая"
        ("month_mod", rf"(?<!\w)(?P<mod>{mods})\s+(?P<mn>{m})(?![\w])(?!\.?\s*\d)"),  # "last November", "next January"
        ("month_rel", rf"(?<!\w)(?:(?:{preps})\s+)?(?:(?<![\w.,]){day}\s+)?(?P<mn>{m})\s+(?P<rp>{year_rel})(?![\w-])"),
        # (a day before it too: "да 1 верасня наступнага года", "14 августа следующего года")
        ("rel_day", _edge(alternation(k for k in t.get("relative_days", {})))),
        ("season", _edge(alternation(t.get("seasons", {})))),
        ("bare_season", _edge(alternation(t.get("bare_seasons", {}))) + r"(?!\s+\d)"),  # not "весной 2026 года"
        ("holiday", _edge(alternation(t.get("holidays", {})))),
        ("rel_period", _edge(alternation(rel_periods))),
        ("deadline", _edge(alternation(t.get("deadlines", {})))),
        ("weekday", rf"(?<!\w)(?:(?P<mod>{mods})\s+)?(?P<wd>{alternation(w for ws in t.get('weekdays', {}).values() for w in ws)})(?!\w)"),
    ]
    triggers = {kind: (words, True) for kind, words in _triggers(t, months, rel_periods).items()}
    adjectives = t.get("month_adjectives", {})  # a stem and an ending of at most four letters: "лістападаўскіх"
    pats = [(kind, p, triggers.get(kind)) for kind, p in pats] + _ago_patterns(t.get("ago", {})) \
        + [("month_adj", rf"(?<!\w)(?P<ma>{alternation(adjectives)})\w{{1,4}}(?!\w)",
            (frozenset(k.lower() for k in adjectives), False))] * bool(adjectives) \
        + _period_patterns(t.get("periods", {}), year_tail, year_rel, preps, t.get("ago", {}).get("numbers", {})) \
        + [("month_range", rf"(?<!\w)(?P<mn>{m})\s*[–—-]\s*(?P<mn2>{m})(?:,?\s+(?P<y>{YEAR})(?!\d){year_tail})?(?!\w)",
            triggers["dmy"]),  # "январь–октябрь 2025 года", "January-September"
           ("month_range", rf"(?<!\w)(?:{alternation(t.get('range_from_words', []))})\s+(?P<mn>{m})\s+"
                           rf"(?:{alternation(t.get('range_words', []))})\s+(?P<mn2>{m})"
                           rf"(?:,?\s+(?P<y>{YEAR})(?!\d){year_tail})?(?!\w)", triggers["dmy"])]  # "с августа по ноябрь"
    return pats + _day_span_patterns(t, m, day, year_tail, triggers["dmy"]) \
        + word_patterns.day_words(t, m, YEAR, year_tail, triggers["dmy"]) \
        + word_patterns.named_pairs(t, m, YEAR, year_tail, triggers["dmy"])


def _day_span_patterns(t: dict, m: str, day: str, year_tail: str, trigger) -> list[tuple]:
    """Two days joined by the pack's range words: "с 5 по 10 мая", "з 28 чэрвеня па 2 ліпеня", "from 28 June to
    2 July"; month-first packs also "from June 28 to July 2", "from May 5 to 10"."""
    frm, to = alternation(t.get("range_from_words", [])), alternation(t.get("range_words", []))
    year = rf"(?:,?\s+(?P<y>{YEAR})(?!\d){year_tail})?"
    out = [("day_span", rf"(?<!\w)(?:{frm})\s+(?P<d0>[0-3]?\d)(?:\s+(?P<mn0>{m}))?\s+(?:{to})\s+{day}\s+(?P<mn>{m}){year}"
                        r"(?![\w])", trigger)]
    if t.get("month_first"):
        out.append(("day_span", rf"(?<!\w)(?:{frm})\s+(?P<mn0>{m})\s+(?P<d0>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:{to})\s+"
                                rf"(?:(?P<mn>{m})\s+)?{day}(?!\d){year}(?![\w])", trigger))
    return out


def _ago_patterns(ago: dict) -> list[tuple[str, str, tuple[frozenset, bool] | None]]:
    """"two years ago", "три дня назад", "год таму" (``templates``) and "in three weeks' time", "через два
    месяца", "праз тыдзень" (``ahead_templates``; ``ahead_templates_cued`` only with a future cue in the clause:
    "opens in 10 days" but not "trains reach Xi'an in 12 days"): templates with ``{num}`` (digits or a number word) and
    ``{unit}`` (a day, week, month, year or decade form); a template without ``{num}`` means one, so it takes
    only each unit's first (singular) form ("год назад", not "лет назад" of "много лет назад")."""
    num = rf"(?P<num>\d{{1,3}}|{alternation(ago.get('numbers', {}))})"
    units = ago.get("units", {}).values()
    any_unit = rf"(?P<unit>{alternation(f for forms in units for f in forms)})"
    one_unit = rf"(?P<unit>{alternation(forms[0] for forms in units if forms)})"
    out = []
    for kind, key in (("ago", "templates"), ("ahead", "ahead_templates"), ("ahead_cued", "ahead_templates_cued")):
        for template in sorted(ago.get(key, []), key=len, reverse=True):
            rx = re.escape(template.lower()).replace(r"\ ", r"\s+")
            unit = any_unit if "{num}" in template else one_unit
            rx = rx.replace(re.escape("{num}"), num).replace(re.escape("{unit}"), unit)
            literal = max(re.sub(r"\{\w+\}", " ", template.lower()).split(), key=len, default="")
            # a template of short words ("in {num} {unit}") is tried only where a unit word stands
            trigger = frozenset([literal]) if len(literal) > 2 else frozenset(
                f.lower() for forms in units for f in forms) if "{unit}" in template else None
            out.append((kind, rf"(?<!\w){rx}(?!\w)", (trigger, False) if trigger else None))
    return out


def _period_patterns(periods: dict, year_tail: str, year_rel: str, preps: str,
                     numbers: dict) -> list[tuple[str, str, tuple[frozenset, bool] | None]]:
    """Quarters, half-years, decades and a year's first months ("за первые пять месяцев года", ``first_months``)
    from the pack's templates: ``{num}`` a number (digits or a word of ``[ago.numbers]``), ``{ord}`` an ordinal, ``{n}`` a digit,
    ``{year}`` a year (year words after it optional), ``{ryear}`` a relative year ("next year"),
    ``{decade}`` a year ending in 0, ``{in}`` an optional preposition with its space ("у "); a '*' ends a
    word stem ("квартал*")."""
    ordinals = alternation(f for forms in periods.get("ordinals", {}).values() for f in forms)
    fill = {"{ord}": rf"(?P<ord>{ordinals})", "{n}": r"(?P<n>[1-4])", "{year}": rf"(?P<y>{YEAR})(?!\d){year_tail}",
            "{ryear}": rf"(?P<rp>{year_rel})", "{decade}": r"(?P<dec>(?:1[89]|20)\d0)",
            "{in}": rf"(?:(?:{preps})\s+)?", "{num}": rf"(?P<num>\d{{1,2}}|{alternation(numbers)})"}
    out = []
    for kind in ("quarter", "half", "decade", "first_months"):
        for template in sorted(periods.get(kind, []), key=len, reverse=True):
            rx = re.escape(template.lower()).replace(r"\ ", r"\s+").replace(r"\*", r"\w*")
            for slot, group in fill.items():
                rx = rx.replace(re.escape(slot), group)
            literal = max(re.sub(r"\{\w+\}", " ", template.lower()).replace("*", " ").split(), key=len, default="")
            # a template of short words with a number slot ("q{n} {year}") is tried only where a digit stands
            trigger = frozenset([literal]) if len(literal) > 2 else DIGITS if any(
                slot in template for slot in ("{n}", "{year}", "{decade}")) else None
            out.append((kind, rf"(?<![\w'’]){rx}(?![\w-])", (trigger, False) if trigger else None))
    return out


def _time_rules(tt: dict) -> dict:
    """Times of day (``[time]`` in dates.toml): a clock time ("6:10am", "00:48", "в 10.00") and day parts
    ("late", "morning", "утром") that attach to a day date next to them."""
    pre, suf = alternation(tt.get("clock_prefixes", [])), alternation(tt.get("clock_suffixes", []))
    hm = r"(?:[01]?\d|2[0-3])"
    clock = re.compile(
        rf"(?<![\w.,:])(?:(?:{pre})\s+)?(?:{hm}:[0-5]\d(?:\s*(?:{suf})(?![\w]))?"
        rf"|{hm}(?:\.[0-5]\d)?\s*(?:{suf})(?!\w)"
        rf"|(?<=\s)(?:{pre})\s+{hm}\.[0-5]\d)(?![\w.,:]\d)", re.IGNORECASE) if tt else None
    return dict(
        clock=clock,
        day_part_before=re.compile(rf"(?<!\w)(?:{alternation(tt.get('before_day', []))})\s+$", re.IGNORECASE),
        day_part_after=re.compile(rf"\s+(?:{alternation(tt.get('after_day', []))})(?!\w)", re.IGNORECASE),
        time_gap=re.compile(rf"[\s,]*(?:(?={LETTER}){WORD}[\s,]+){{0,{tt.get('gap_words', 3)}}}"),
    )
