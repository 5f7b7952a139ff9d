"""Date spans in sentences: the pack's patterns matched, overlaps resolved (longest wins), times of day attached.

Times of day (``[time]`` in dates.toml) join the day next to them and stay in the text ("late Thursday", "at
6:10am on Wednesday", "утром в среду"); the date stays the day. A lone clock time ("At 00:48 in Cleveland…")
takes the day of the sentence before, else the reference date.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from ...tokens import LETTER as _LETTER, WORD
from . import anchors, due_days, habits, named_days, ongoing, periods, resolve, sayings, seasons
from .rules import WORDS, YEAR, DateRules, phrase_key, rules
from .tense import direction, set_for
from .times import DAY_KINDS, with_times

HYPOTHETICAL_REACH = 50  # characters before a date searched for "as if", "как будто"
PART_REACH = 40  # characters before a span searched for a part word ("у сярэдзіне", "by the end of")
NEEDS_DIGIT = {"iso", "dmy_num", "dmy", "mdy", "day_range", "day_span", "my", "range", "year_word", "prep_year", "det_year", "decade",
               "season_year"}
# kinds whose every match holds a year (rules.YEAR): tried only in a sentence that has a number of that shape (most
# numbers in news are no year: three in four sentences with a digit have none)
NEEDS_YEAR = {"iso", "dmy_num", "my", "range", "year_word", "prep_year", "det_year"}
YEAR_SHAPED = re.compile(YEAR)
# the word before is needed to match but does not make the match longer than a date that overlaps it ("by Jan."
# against "Jan. 14"); before a year it is not kept in the text either ("in 2020" -> "2020")
CORE = {"prep_year": "y", "det_year": "y", "prep_month": "mn", "part_month": "mn"}
TEXT_FROM_CORE = {"prep_year", "det_year"}
DIGIT = re.compile(r"\d")
NEXT_WORD = re.compile(rf"\s*((?={_LETTER}){WORD})")


@dataclass(frozen=True)
class Span:
    """One date found in a sentence: where, how written, and the ISO date (None when unresolvable)."""

    sentence: int
    start: int
    end: int
    text: str
    date: str | None
    kind: str = ""
    timed: bool = False  # a time of day is attached ("late Thursday", "at 6:10am on Wednesday")


@dataclass(frozen=True)
class Context:
    """What resolving one match needs besides the match: the rules, the sentence and the reference date."""

    rules: DateRules
    sentence: str
    ref: date | None
    ref_y: int | None
    ref_m: int | None


def find_dates(sentences: list[str], pack, source_date: str | None) -> list[Span]:
    """Every date span in the sentences, in document order, non-overlapping (longest wins)."""
    r = rules(pack)
    ref, ref_y, ref_m = resolve.parse_source_date(source_date)
    out: list[Span] = []
    day_before = None  # the last day date of the sentence before (a lone clock time is on it)
    for i, s in enumerate(sentences):
        ctx = Context(r, s, ref, ref_y, ref_m)
        has_digit = DIGIT.search(s) is not None
        kept = periods.in_periods(_longest_first(_matches(ctx, has_digit)), s, ref, r)
        clock_day = day_before or (ref.isoformat() if ref else None)
        day_before = next((iso for _, _, iso, kind in reversed(kept) if kind in DAY_KINDS and iso), None)
        for start, end, iso, kind, timed in with_times(s, kept, r, clock_day, has_digit):
            part = r.part_before.search(s, max(0, start - PART_REACH), start)
            if part and kind not in DAY_KINDS + ("clock",):
                start = part.start()
                if r.deadline_part.match(s, start):  # "by the end of 2027", "до конца квартала": a deadline
                    iso = resolve.last_day(iso)
            out.append(Span(i, start, end, " ".join(s[start:end].split()), iso, kind, timed))
    out.sort(key=lambda sp: (sp.sentence, sp.start))
    out = due_days.ahead(sayings.without_sayings(out, sentences, pack), sentences, pack, r, ref)
    out = anchors.deadlines(ongoing.settle(out, sentences, pack, r, ref), r)
    return named_days.settle(habits.settle(seasons.settle(out, sentences, pack, r, ref_y, ref_m), sentences, pack, r), sentences, r)


def _matches(ctx: Context, has_digit: bool) -> list[tuple]:
    found = []
    low = ctx.sentence.lower()
    words = set(WORDS.findall(low))
    has_year = has_digit and YEAR_SHAPED.search(ctx.sentence) is not None
    triggered: dict = {}  # trigger -> found in this sentence (several kinds share the month names)
    for kind, rx, trigger in ctx.rules.patterns:
        if kind in NEEDS_DIGIT and not has_digit or kind in NEEDS_YEAR and not has_year:
            continue  # most sentences hold no number and no month: skip the patterns that cannot match (speed)
        if trigger is not None:
            hit = triggered.get(trigger)
            if hit is None:
                hit = triggered[trigger] = trigger.found(low, words)
            if not hit:
                continue
        for m in rx.finditer(ctx.sentence):
            if ctx.rules.hypothetical.search(ctx.sentence, max(0, m.start() - HYPOTHETICAL_REACH), m.start()):
                continue  # "as if the final were tomorrow": no day the text dates anything on
            ok, iso = resolve_match(kind, m, ctx)
            if ok:  # a part word before a year ("in early") is attached later
                core = m.start(CORE[kind]) if kind in CORE else m.start()
                found.append((core if kind in TEXT_FROM_CORE else m.start(), m.end(), iso, kind, m.end() - core))
    return found


def _longest_first(found: list[tuple]) -> list[tuple]:
    found.sort(key=lambda f: (-f[4], f[0]))
    kept: list[tuple] = []
    for start, end, iso, kind, _ in found:
        if not any(start < e and b < end for b, e, *_ in kept):
            kept.append((start, end, iso, kind))
    return kept


def resolve_match(kind: str, m: re.Match, ctx: Context) -> tuple[bool, str | None]:
    """(is a date, ISO date) for one regex match of ``kind``."""
    g = m.groupdict()
    y = int(g["y"]) if g.get("y") else None
    r = ctx.rules
    if kind in ("iso", "dmy_num"):
        return (iso := resolve.iso(y, int(g["m"]), int(g["d"]))) is not None, iso
    if kind == "part_month" and r.deadline_part.match(m[0]):  # "до конца июня": its last day
        ok, month = _month_date(m, ctx, y)
        return ok, resolve.last_day(month)
    if kind in ("dmy", "mdy", "my", "prep_month", "part_month"):
        return _month_date(m, ctx, y)
    if kind == "day_word":  # "Пятого октября", "the twenty-first of May"
        day = r.day_words[g["dw"].lower()] + (r.day_words[g["tens"].lower()] if g.get("tens") else 0)
        return _month_date(m, ctx, y, day)
    if kind == "day_range":
        ok, last = _month_date(m, ctx, y)
        first = last and resolve.iso(int(last[:4]), int(last[5:7]), int(g["d0"]))
        if not ok or last is None or first is None or first >= last:
            return ok and last is None and int(g["d0"]) < int(g["d"]), None
        return True, f"{first}/{last}"
    if kind == "range":
        if r.unit_after.match(ctx.sentence, m.end()):
            return False, None
        return (iso := resolve.year_range(y, g["y2"])) is not None, iso
    if kind == "year_word":
        return True, resolve.iso(y)
    if kind == "prep_year":
        return _bare_year_ok(ctx.sentence, m.end(), r), resolve.iso(y)
    if kind == "det_year":  # "the 1996 law", "a 1959 embargo"; not "the 2000 people"
        return not r.unit_after.match(ctx.sentence, m.end()), resolve.iso(y)
    if kind in ("quarter", "half"):
        return _part_of_year(kind, m, ctx, y)
    if kind == "first_months":
        return _first_months(m, ctx, y)
    if kind == "month_range":
        return _month_range(m, ctx, y)
    if kind == "month_pair":  # "May and June": one interval only when the months follow each other
        consecutive = (r.months[phrase_key(g["mn2"])] - r.months[phrase_key(g["mn"])]) % 12 == 1
        return _month_range(m, ctx, y) if consecutive else (False, None)
    if kind == "season_year":  # "к осени 2028 года": that season's three months (a winter: from December of the year)
        return True, resolve.month_span(y, r.season_names[phrase_key(g["season"])], 3)
    if kind == "day_span":
        return _day_span(m, ctx, y)
    if kind == "decade":
        return True, resolve.decade(int(g["dec"]))
    return _relative(kind, m, ctx)


def _month_date(m: re.Match, ctx: Context, y: int | None, day: int | None = None) -> tuple[bool, str | None]:
    """"18 November 2019", "November 18", "in March": a day-month or month without a year takes the year its
    sentence's tense points to (``day``: a day the match writes in words)."""
    g = m.groupdict()
    mon = ctx.rules.months[phrase_key(g["mn"])]
    d = int(g["d"]) if g.get("d") else day
    if d is not None and not 1 <= d <= 31:
        return False, None
    if y is None and ctx.ref and ctx.rules.since.match(m[0]):  # "since January": the last one, however near
        y = ctx.ref.year if (mon, d or 1) <= (ctx.ref.month, ctx.ref.day) else ctx.ref.year - 1
    if y is None:  # "перенесли на май": a month something is set for lies ahead
        way = 1 if ctx.rules.target.match(m[0]) else direction(ctx.sentence, m.start(), m.end(), ctx.rules)
        y = resolve.year_of(mon, d, ctx.ref, way) if ctx.ref else ctx.ref_y
        if y is None:
            return True, None
    return True, resolve.iso(y, mon, d)


def _part_of_year(kind: str, m: re.Match, ctx: Context, y: int | None) -> tuple[bool, str | None]:
    g = m.groupdict()
    number = int(g["n"]) if g.get("n") else ctx.rules.ordinals[phrase_key(g["ord"])]
    if g.get("rp"):
        if ctx.ref_y is None:
            return True, None
        y = ctx.ref_y + ctx.rules.rel_periods[phrase_key(g["rp"])][1]
    way = 0 if y else direction(ctx.sentence, m.start(), m.end(), ctx.rules)
    return True, resolve.part_of_year(kind, number, y, ctx.ref, way)


def _first_months(m: re.Match, ctx: Context, y: int | None) -> tuple[bool, str | None]:
    """"за первые пять месяцев года", "in the first nine months of 2025": from January to the N-th month."""
    g, r = m.groupdict(), ctx.rules
    n = int(g["num"]) if g["num"].isdigit() else r.ago_numbers.get(phrase_key(g["num"]), 0)
    if g.get("rp") and ctx.ref_y:
        y = ctx.ref_y + r.rel_periods[phrase_key(g["rp"])][1]
    y = y or ctx.ref_y
    if not 1 <= n <= 12:
        return False, None
    return True, resolve.month_span(y, 1, n) if y else None


def _month_range(m: re.Match, ctx: Context, y: int | None) -> tuple[bool, str | None]:
    """"январь–октябрь 2025 года", "January-September", "с августа по ноябрь", "з лістапада па люты": the months
    as one interval (across a new year when the first month is the later one); without a year, the year of the
    last month as for any month alone."""
    g, r = m.groupdict(), ctx.rules
    first, last = r.months[phrase_key(g["mn"])], r.months[phrase_key(g["mn2"])]
    if first == last:
        return False, None
    if y is None and ctx.ref:
        y = resolve.year_of(last, None, ctx.ref, direction(ctx.sentence, m.start(), m.end(), r))
    months = (last - first) % 12 + 1
    return True, resolve.month_span(y - (first > last), first, months) if y else None


def _day_span(m: re.Match, ctx: Context, y: int | None) -> tuple[bool, str | None]:
    """"с 5 по 10 мая", "с 28 июня по 2 июля", "from June 28 to July 2": the days as one interval; without a
    year, the year of the last day as for any day alone (the first one a year earlier across the new year)."""
    g, r = m.groupdict(), ctx.rules
    last_m = r.months[phrase_key(g.get("mn") or g["mn0"])]
    first_m = r.months[phrase_key(g["mn0"])] if g.get("mn0") else last_m
    d0, d = int(g["d0"]), int(g["d"])
    if y is None and ctx.ref:
        y = resolve.year_of(last_m, d if 1 <= d <= 31 else None, ctx.ref,
                            direction(ctx.sentence, m.start(), m.end(), r))
    if y is None:
        return d0 <= 31 and d <= 31, None
    first, last = resolve.iso(y - (first_m > last_m), first_m, d0), resolve.iso(y, last_m, d)
    if first is None or last is None or first >= last:
        return False, None
    return True, f"{first}/{last}"


def _relative(kind: str, m: re.Match, ctx: Context) -> tuple[bool, str | None]:
    """Dates that need the reference date: "сёння", "next month", "у сакавіку мінулага года", weekdays."""
    r, g = ctx.rules, m.groupdict()
    if kind == "month_mod":
        if ctx.ref_y is None or ctx.ref_m is None:
            return True, None
        mon, ahead = r.months[phrase_key(g["mn"])], g["mod"].lower() in r.next_words
        later = mon > ctx.ref_m if ahead else mon < ctx.ref_m
        return True, resolve.iso(ctx.ref_y if later else ctx.ref_y + (1 if ahead else -1), mon)
    if kind == "month_rel":
        offset, d = r.rel_periods[phrase_key(g["rp"])][1], int(g["d"]) if g.get("d") else None
        return True, resolve.iso(ctx.ref_y + offset, r.months[phrase_key(g["mn"])], d) if ctx.ref_y else None
    if kind == "rel_day":
        return True, resolve.rel_day(r, m[0], ctx.ref)
    if kind == "rel_period":
        unit, offset, *start = r.rel_periods[phrase_key(m[0])]
        if start:  # "з новага навучальнага года": a year that starts in month ``start`` (a school year)
            return True, resolve.year_from(start[0], offset, ctx.ref_y, ctx.ref_m)
        return True, resolve.relative_period(unit, offset, ctx.ref, ctx.ref_y, ctx.ref_m)
    if kind == "deadline":  # "by the end of the month": its last day
        unit, offset = r.deadlines[phrase_key(m[0])]
        return True, resolve.last_day(resolve.relative_period(unit, offset, ctx.ref, ctx.ref_y, ctx.ref_m))
    if kind in ("ago", "ahead", "ahead_cued"):
        if r.relative_to.match(ctx.sentence, m.end()):
            return False, None  # "через неделю после выборов": counted from an event this text does not date
        num = g.get("num")
        n = 1 if not num else int(num) if num.isdigit() else r.ago_numbers[phrase_key(num)]
        if kind != "ago":  # "built in 10 days" is a duration, "will open in 10 days" a date
            if direction(ctx.sentence, m.start(), m.end(), r, clause_only=True) < (1 if kind == "ahead_cued" else 0):
                return False, None
            n = -n
        return True, resolve.ago(r.ago_units[g["unit"].lower()], n, ctx.ref, ctx.ref_y, ctx.ref_m)
    if kind == "holiday":
        way = direction(ctx.sentence, m.start(), m.end(), r)
        return True, resolve.holiday(r.holidays[phrase_key(m[0])], ctx.ref, way)
    if kind == "month_adj":  # "пасля лістападаўскіх маразоў": that month, the year as the tense points
        if m[0][0].isupper() and ctx.sentence[:m.start()].strip():
            return False, None  # "Октябрьский район", "вуліца Майская": a name
        mon = r.month_adjectives[m["ma"].lower()]
        y = resolve.year_of(mon, None, ctx.ref, direction(ctx.sentence, m.start(), m.end(), r))
        return True, resolve.iso(y, mon) if y else None
    if kind == "season":
        return True, resolve.season(*r.seasons[phrase_key(m[0])], ctx.ref_y, ctx.ref_m)
    if kind in ("bare_season", "weekday") and r.every.search(ctx.sentence, max(0, m.start() - PART_REACH), m.start()):
        return False, None  # "кожнай восенню", "every Monday": a habit or timetable, no one season or day
    if kind == "bare_season":  # "перенесли на весну": a season something is set for lies ahead, as a month does
        way = 2 if r.target.match(m[0]) else direction(ctx.sentence, m.start(), m.end(), r)
        return True, resolve.bare_season(r.bare_seasons[phrase_key(m[0])], ctx.ref_y, ctx.ref_m, way)
    if kind == "weekday":
        if r.name_like_weekdays and g["wd"][0].isupper() and ctx.sentence[: m.start("wd")].strip():
            return False, None  # "Віктар Панядзелак": a capitalised weekday inside a sentence is a surname
        if ctx.ref is None:
            return True, None
        mod = (g.get("mod") or "").lower()
        way = (1 if mod in r.next_words else -1) if mod else -1 if _past_verb_before(ctx.sentence, m.start(), r) \
            else 1 if set_for(ctx.sentence, m.start(), r) \
            else direction(ctx.sentence, m.start(), m.end(), r)
        return True, resolve.weekday(r.weekdays[g["wd"].lower()], ctx.ref, way, bool(mod))
    return False, None


def _past_verb_before(sentence: str, start: int, r: DateRules) -> bool:
    """Is the word before a weekday (past one short preposition: "on", "у") a past-tense verb? The day then dates
    that act ("The company said on Tuesday it would cut jobs"), whatever the reported clause after it says."""
    before = sentence[:start].rstrip()
    words = before.split()
    if words and len(words[-1]) <= 2 and len(words) > 1:
        before = before[:-len(words[-1])].rstrip()  # "on", "в", "у", "ў"
    verb = before.split()[-1] if before.split() else ""
    if verb.endswith((",", ";", ":")):
        return False  # "Паводле звестак сіноптыкаў, у чацвер …": a clause ends there, no verb of the day's
    at = len(before) - len(verb)  # "will be buried on Friday": a passive participle, its auxiliary's tense counts
    return bool(verb) and r.past.fullmatch(verb.lower()) is not None and not r.not_past.fullmatch(verb.lower()) \
        and not r.auxiliary_before.search(sentence, max(0, at - 12), at) \
        and not (set_for(sentence, start, r) and r.intent.match(sentence, at))  # "обещал до пятницы восстановить"


def _bare_year_ok(sentence: str, end: int, r: DateRules) -> bool:
    """A bare number after a preposition is a year unless a quantity noun follows ("до 2000 рабочих мест"):
    it must be followed by punctuation, the end, a stop word or a capitalised word."""
    m = NEXT_WORD.match(sentence, end)
    if not m:
        return True
    if r.unit_after.match(sentence, end):
        return False
    word = m.group(1)
    return word[0].isupper() or word.lower() in r.plain_words
