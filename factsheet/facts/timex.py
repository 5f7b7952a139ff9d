"""Dates: explicit, relative and partial, resolved against the source (dateline / publication) date.

Why our own tables and not dateparser: dateparser's free-text search reads "2020 год" as the year 4039 and "We"
as Wednesday, and misses "у сярэдзіне наступнага года"; a few regexes built once per pack from its tables
(``months.toml``, ``dates.toml``) find only spans that are dates, and resolving them is plain arithmetic.

ISO precision policy: ``date`` carries only what the text fixes — "2019-11-18", "2019-11", "2019", or a year range
"2021/2025" (ISO 8601 interval). A part of a period ("in mid-2027", "у сярэдзіне наступнага года") keeps the
period's precision ("2027"); the part stays visible in ``text``. Unresolvable spans ("сёння" without a source
date) keep ``date = None``. A bare weekday points back (the latest such day on or before the source date)
unless its sentence carries a next-step cue, then forward (on or after). A day-month or month with no year
takes the year that puts it closest to the source date. A season ("next spring", "наступнай вясной") keeps the
year's precision, and winter, which runs into the next year, is a year range ("2024/2025").

Times of day (``[time]`` in dates.toml) join the day next to them and stay in ``text`` ("late Thursday", "at
6:10am on Wednesday", "утром в среду"); ``date`` stays the day. A lone clock time ("At 00:48 in Cleveland…")
takes the day of the sentence before, else the source date.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache, lru_cache

from ..model import When
from ..patterns import alternation

LEAD_SENTENCES = 3  # an event date mentioned this early outranks the dateline date
PART_REACH = 40  # characters before a span searched for a part word ("у сярэдзіне", "by the end of")
NEEDS_DIGIT = {"iso", "dmy_num", "dmy", "mdy", "my", "range", "year_word", "prep_year"}
DAY_KINDS = ("iso", "dmy_num", "dmy", "mdy", "weekday", "rel_day")  # spans precise to the day
DIGIT = re.compile(r"\d")
LETTER = re.compile(r"[^\W\d_]")


@dataclass
class Span:
    """One date found in a sentence: where, how written, and the ISO date (None when unresolvable)."""

    sentence: int
    start: int
    end: int
    text: str
    date: str | None
    kind: str = ""
    timed: bool = False  # a time of day is attached ("late Thursday", "at 6:10am on Wednesday")


def _edge(word_alt: str) -> str:
    """A phrase that starts and ends at word edges (phrases may end in '.' or '-')."""
    return rf"(?<!\w)(?:{word_alt})(?![\w-])"


class Rules:
    """The pack's date tables compiled once."""

    def __init__(self, pack):
        t = pack.table("dates")
        self.months: dict[str, int] = dict(pack.month_numbers())
        for num, forms in t.get("month_forms", {}).items():
            for f in forms:
                self.months[f.lower()] = int(num)
        self.weekdays = {f.lower(): int(n) for n, forms in t.get("weekdays", {}).items() for f in forms}
        self.rel_days = {" ".join(k.lower().split()): v for k, v in t.get("relative_days", {}).items()}
        self.rel_periods = {" ".join(k.lower().split()): v for k, v in t.get("relative_periods", {}).items()}
        self.seasons = {" ".join(k.lower().split()): v for k, v in t.get("seasons", {}).items()}
        self.next_words = {w.lower() for w in t.get("weekday_next", [])}
        self.units = {w.lower() for w in t.get("non_date_units", [])}
        self.future_cues = cue_regex(pack)
        m, yw = alternation(self.months), alternation(t.get("year_words", []))
        year_rel = [k for k, (unit, _) in self.rel_periods.items() if unit == "year"]  # "у сакавіку гэтага года"
        self.name_like_weekdays = t.get("capitalised_weekday_is_name", False)
        year = r"(?:1[89]|20)\d\d"
        year_req = rf"\s+(?:{yw})(?!\w)" if t.get("year_words") else r"(?!x)x"
        year_tail = f"(?:{year_req})?"
        no_num_before = r"(?<![\w$€£₽¥.,/-])"
        day = r"(?P<d>[0-3]?\d)(?:-?(?:st|nd|rd|th|га|ое|го|е))?"
        pats = [
            ("iso", rf"(?<![\w.:/-])(?P<y>{year})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?![\w-]|\.\d)"),
            ("dmy_num", rf"(?<![\w.:/-])(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<y>{year})(?!\w|\.\d)"),
            ("dmy", rf"(?<![\w.,])(?<!\d\s){day}\s+(?P<mn>{m})(?:,?\s+(?P<y>{year})(?!\d){year_tail})?(?![\w])"),
        ]
        if t.get("month_first"):
            pats.append(("mdy", rf"(?<!\w)(?P<mn>{m})\s+{day}(?!\d)(?:,?\s+(?P<y>{year})(?!\d))?(?!\s*%)"))
        preps = alternation(t.get("year_prepositions", []))
        pats += [
            ("my", rf"(?<!\w)(?P<mn>{m})(?:\s+|\s*,\s*)(?P<y>{year})(?!\d){year_tail}"),
            ("range", rf"{no_num_before}(?P<y>{year})\s*(?:[–—-]|\s(?:{alternation(t.get('range_words', []))})\s)\s*"
                      rf"(?P<y2>{year}|\d\d)(?![\w.,]\d|\w){year_tail}"),
            ("year_word", rf"{no_num_before}(?P<y>{year}){year_req}"),
            ("prep_year", rf"(?<!\w)(?:{preps})\s*(?P<y>{year})(?![\w.,]\d|\w)"),
            ("prep_month", rf"(?<!\w)(?:{preps})\s+(?P<mn>{m})(?![\w])"),
            ("month_rel", rf"(?<!\w)(?:(?:{preps})\s+)?(?P<mn>{m})\s+(?P<rp>{alternation(year_rel)})(?![\w-])"),
            ("rel_day", _edge(alternation(self.rel_days))),
            ("season", _edge(alternation(self.seasons))),
            ("rel_period", _edge(alternation(self.rel_periods))),
            ("weekday", rf"(?<!\w)(?:(?P<mod>{alternation(self.next_words | set(t.get('weekday_last', [])))})\s+)?"
                        rf"(?P<wd>{alternation(self.weekdays)})(?!\w)"),
        ]
        self.patterns = [(kind, re.compile(p, re.IGNORECASE)) for kind, p in pats]
        self.part_before = re.compile(rf"(?<!\w)(?:{alternation(t.get('parts', []))})\s*$", re.IGNORECASE)
        self.unit_after = re.compile(rf"\s*(?:{alternation(self.units)})(?!\w)", re.IGNORECASE)
        self.plain_words = pack.words("stopwords") | {w.lower() for w in t.get("year_words", [])}
        self.prep_prefix = re.compile(rf"^(?:{preps})\s*", re.IGNORECASE)
        self._time_rules(t)

    def _time_rules(self, t: dict) -> None:
        """Times of day (``[time]`` in dates.toml): a clock time ("6:10am", "00:48", "в 10.00") and day parts
        ("late", "morning", "утром") that attach to a day date next to them."""
        tt = t.get("time", {})
        pre, suf = alternation(tt.get("clock_prefixes", [])), alternation(tt.get("clock_suffixes", []))
        hm = r"(?:[01]?\d|2[0-3])"
        self.clock = re.compile(
            rf"(?<![\w.,:])(?:(?:{pre})\s+)?(?:{hm}:[0-5]\d(?:\s*(?:{suf})(?![\w]))?"
            rf"|{hm}(?:\.[0-5]\d)?\s*(?:{suf})(?!\w)"
            rf"|(?<=\s)(?:{pre})\s+{hm}\.[0-5]\d)(?![\w.,:]\d)", re.IGNORECASE) if tt else None
        self.day_part_before = re.compile(rf"(?<!\w)(?:{alternation(tt.get('before_day', []))})\s+$", re.IGNORECASE)
        self.day_part_after = re.compile(rf"\s+(?:{alternation(tt.get('after_day', []))})(?!\w)", re.IGNORECASE)
        self.time_gap = re.compile(r"[\s,]*(?:[^\W\d_]+[\s,]+){0,%d}" % tt.get("gap_words", 3))


@cache
def rules(pack) -> Rules:
    return Rules(pack)


@cache
def cue_regex(pack) -> re.Pattern:
    """Next-step cues (``next_step_cues.toml``): a trailing '*' in an entry matches any word ending."""
    t = pack.table("next_step_cues")
    words = [w.lower() for key in ("strong", "weak") for w in t.get(key, [])]
    parts = sorted((re.escape(w[:-1]) + r"\w*" if w.endswith("*") else re.escape(w)).replace(r"\ ", r"\s+")
                   for w in words)
    return re.compile(rf"(?<!\w)(?:{'|'.join(parts) or '(?!x)x'})(?!\w)", re.IGNORECASE)


def parse_source_date(iso: str | None) -> tuple[date | None, int | None, int | None]:
    """(full date, year, month) known from the source date; parts missing stay None."""
    if not iso:
        return None, None, None
    m = re.match(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", iso)
    if not m:
        return None, None, None
    y, mo, d = int(m[1]), m[2] and int(m[2]), m[3] and int(m[3])
    try:
        full = date(y, mo, d) if mo and d else None
    except ValueError:
        full = None
    return full, y, mo or None


def _iso(y: int, m: int | None = None, d: int | None = None) -> str | None:
    try:
        if d is not None:
            return date(y, m, d).isoformat()
    except ValueError:
        return None
    if m is not None:
        return f"{y:04d}-{m:02d}" if 1 <= m <= 12 else None
    return f"{y:04d}"


def _nearest_year(m: int, d: int | None, ref: date | None) -> int | None:
    """The year that puts a day-month closest to the reference date (December news about January)."""
    if ref is None:
        return None
    best = None
    for y in (ref.year - 1, ref.year, ref.year + 1):
        try:
            gap = abs((date(y, m, d or 15) - ref).days)
        except ValueError:
            continue
        if best is None or gap < best[0]:
            best = (gap, y)
    return best and best[1]


def _season(start: int, offset: int, ref_y: int | None, ref_m: int | None) -> str | None:
    """The year of "next spring" / "this summer" / "last winter" (a season starting in month ``start``) said in
    ``ref_y``-``ref_m``; a season that runs into the next year (winter from December) is a year range."""
    if not ref_y or not ref_m:
        return None
    if offset > 0:  # the next start after the source month
        y = ref_y if ref_m < start else ref_y + 1
    elif offset < 0:  # the last one that is over (a season lasts three months)
        y = ref_y if ref_m >= start + 3 else ref_y - 1
    elif start + 2 > 12:  # "this winter": the one whose middle (January) is nearest
        y = ref_y - 1 if ref_m <= 6 else ref_y
    else:  # "this spring": of the source year
        y = ref_y
    return f"{y:04d}/{y + 1:04d}" if start + 2 > 12 else f"{y:04d}"


NEXT_WORD = re.compile(r"\s*([^\W\d_][\w-]*)")


def _bare_year_ok(sentence: str, end: int, r: Rules) -> bool:
    """A bare number after a preposition is a year unless a quantity noun follows ("до 2000 рабочих мест"):
    it must be followed by punctuation, the end, a stop word or a capitalised word."""
    m = NEXT_WORD.match(sentence, end)
    if not m:
        return True
    if r.unit_after.match(sentence, end):
        return False
    word = m.group(1)
    return word[0].isupper() or word.lower() in r.plain_words


def _resolve(kind, m: re.Match, r: Rules, ref, ref_y, ref_m, sentence: str) -> tuple[bool, str | None]:
    """(is a date, ISO date) for one regex match."""
    g = m.groupdict()
    y = int(g["y"]) if g.get("y") else None
    if kind in ("iso", "dmy_num"):
        return (iso := _iso(y, int(g["m"]), int(g["d"]))) is not None, iso
    if kind in ("dmy", "mdy", "my", "prep_month"):
        mon = r.months[" ".join(g["mn"].lower().split())]
        d = int(g["d"]) if g.get("d") else None
        if d is not None and not 1 <= d <= 31:
            return False, None
        if y is None:
            y = _nearest_year(mon, d, ref) if ref else ref_y
            if y is None:
                return True, None
        return True, _iso(y, mon, d)
    if kind == "range":
        y2 = int(g["y2"]) if len(g["y2"]) == 4 else (y // 100) * 100 + int(g["y2"])
        if not 0 < y2 - y <= 50 or r.unit_after.match(sentence, m.end()):
            return False, None
        return True, f"{y:04d}/{y2:04d}"
    if kind == "year_word":
        return True, _iso(y)
    if kind == "prep_year":
        return _bare_year_ok(sentence, m.end(), r), _iso(y)
    if kind == "month_rel":
        mon = r.months[" ".join(g["mn"].lower().split())]
        _, offset = r.rel_periods[" ".join(g["rp"].lower().split())]
        return True, _iso(ref_y + offset, mon) if ref_y else None
    if kind == "rel_day":
        if ref is None:
            return True, None
        return True, (ref + timedelta(days=r.rel_days[" ".join(m[0].lower().split())])).isoformat()
    if kind == "rel_period":
        unit, offset = r.rel_periods[" ".join(m[0].lower().split())]
        if unit == "year":
            return True, _iso(ref_y + offset) if ref_y else None
        if ref_y and ref_m:
            months = ref_y * 12 + ref_m - 1 + offset
            return True, _iso(months // 12, months % 12 + 1)
        return True, None
    if kind == "season":
        return True, _season(*r.seasons[" ".join(m[0].lower().split())], ref_y, ref_m)
    if kind == "weekday":
        if r.name_like_weekdays and g["wd"][0].isupper() and sentence[: m.start("wd")].strip():
            return False, None  # "Віктар Панядзелак": a capitalised weekday inside a sentence is a surname
        if ref is None:
            return True, None
        wd = r.weekdays[g["wd"].lower()]
        mod = (g.get("mod") or "").lower()
        forward = mod in r.next_words if mod else bool(r.future_cues.search(sentence))
        if forward:  # "will meet on Thursday" written on a Thursday means that day
            delta = (wd - ref.isoweekday()) % 7
            if mod and delta == 0:
                delta = 7
        else:
            delta = -((ref.isoweekday() - wd) % 7)
            if mod and delta == 0:
                delta = -7
        return True, (ref + timedelta(days=delta)).isoformat()
    return False, None


def find_dates(sentences: list[str], pack, source_date: str | None) -> list[Span]:
    """Every date span in the sentences, in document order, non-overlapping (longest wins)."""
    return list(_find_dates(tuple(sentences), pack, source_date))


@lru_cache(maxsize=8)  # "when" and "next steps" both read the dates of the same body
def _find_dates(sentences: tuple[str, ...], pack, source_date: str | None) -> tuple[Span, ...]:
    r = rules(pack)
    ref, ref_y, ref_m = parse_source_date(source_date)
    out: list[Span] = []
    day_before = None  # the last day date of the sentence before (a lone clock time is on it)
    for i, s in enumerate(sentences):
        found = []
        has_digit = DIGIT.search(s) is not None
        for kind, rx in r.patterns:
            if kind in NEEDS_DIGIT and not has_digit:
                continue  # most sentences hold no number: skip the number patterns (speed)
            for m in rx.finditer(s):
                ok, iso = _resolve(kind, m, r, ref, ref_y, ref_m, s)
                if ok:
                    found.append((m.start(), m.end(), iso, kind))
        found.sort(key=lambda f: (-(f[1] - f[0]), f[0]))
        kept: list[tuple] = []
        for start, end, iso, kind in found:
            if not any(start < e and b < end for b, e, *_ in kept):
                kept.append((start, end, iso, kind))
        clock_day = day_before or (ref.isoformat() if ref else None)
        day_before = next((iso for _, _, iso, kind in reversed(kept) if kind in DAY_KINDS and iso), None)
        for start, end, iso, kind, timed in _with_times(s, kept, r, clock_day, has_digit):
            if kind == "prep_year":  # "in 2020" -> text "2020"; a preceding part word is re-attached below
                start += r.prep_prefix.match(s[start:end]).end() if r.prep_prefix.match(s[start:end]) else 0
            part = r.part_before.search(s, max(0, start - PART_REACH), start)
            if part and kind not in DAY_KINDS + ("clock",):
                start = part.start()
            out.append(Span(i, start, end, " ".join(s[start:end].split()), iso, kind, timed))
    out.sort(key=lambda sp: (sp.sentence, sp.start))
    return tuple(out)


def _with_times(s: str, spans: list, r: Rules, day: str | None, has_digit: bool) -> list:
    """Spans widened by the time of day next to a day date ("late Thursday", "11pm local time on Thursday").

    A clock time in a sentence that has no date of its own ("At 00:48 in Cleveland…") is a span of its own,
    on ``day``: the day named in the sentence before, else the source date ("today"): news tells an event's
    time without its day only when the day was just said or is the dateline's.
    """
    if r.clock is None:
        return [(*sp, False) for sp in spans]
    clocks = [c for c in r.clock.finditer(s) if not r.unit_after.match(s, c.end())
              and not any(c.start() < e and b < c.end() for b, e, *_ in spans)] if has_digit else []
    out = []
    for start, end, iso, kind in spans:
        span = (start, end)
        if kind in DAY_KINDS:
            if part := r.day_part_before.search(s, max(0, start - PART_REACH), start):
                start = part.start()
            if part := r.day_part_after.match(s, end):
                end = part.end()
            for c in list(clocks):
                if c.end() <= start and r.time_gap.fullmatch(s, c.end(), start):
                    start = c.start()
                elif c.start() >= end and r.time_gap.fullmatch(s, end, c.start()):
                    end = c.end()
                else:
                    continue
                clocks.remove(c)
        out.append((start, end, iso, kind, (start, end) != span))
    clocks = [c for c in clocks if LETTER.search(c[0])]  # "at 00:48", "6am"; a bare "2:15" may be a score
    if clocks and not spans:
        c = clocks[0]
        out.append((c.start(), c.end(), day, "clock", True))
    return out


def _precision(iso: str | None) -> int:
    return 0 if not iso or "/" in iso else iso.count("-") + 1


def extract_when(sentences: list[str], pack, source, keep_source_date: bool = False) -> list[When]:
    """Dates ordered by importance: the event date, the dateline date, future dates, then the rest.

    The event date is a day mentioned in the lead; among several, one with its time of day ("late Thursday",
    "at 6am on Wednesday") is the event, a bare day is more often an update ("the toll rose Friday").
    The source (dateline / publication) date is an item only when the body refers to it ("today", "on
    Monday" resolving to it, or written out), with those sentences as evidence: every item carries evidence,
    and the date alone is already in ``source.date``. Measured on en_5w1h_dev (scripts/eval_5w1h.py), adding
    the unreferenced source date as an item scores the same or worse, so it is left out
    (``keep_source_date=True`` brings it back for comparison).
    """
    from ..metadata import format_date  # the reader's own way of writing a date

    src = getattr(source, "date", None)
    ref, _, _ = parse_source_date(src)
    src_key = ref.isoformat() if ref else None
    groups: dict[str, When] = {}
    first: dict[str, int] = {}
    timed: set[str] = set()
    timed_in_lead: set[str] = set()

    def label(sp: Span) -> str:
        if src_key and sp.date == src_key and not sp.timed:
            return format_date(src_key, pack.code)  # the dateline's date, written out
        if sp.kind in ("rel_day", "weekday", "clock") and sp.date:
            return f"{sp.text} ({format_date(sp.date, pack.code)})"
        return sp.text

    for sp in find_dates(sentences, pack, src):
        key = sp.date or sp.text.lower()
        if key not in groups:
            groups[key] = When(text=label(sp), date=sp.date, evidence=[])
            first[key] = sp.sentence
        if sp.timed and key not in timed:  # the first mention with its time of day names the item
            timed.add(key)
            groups[key].text = label(sp)
        if sp.timed and sp.sentence < LEAD_SENTENCES:
            timed_in_lead.add(key)
        if sp.sentence not in groups[key].evidence:
            groups[key].evidence.append(sp.sentence)
    if keep_source_date and src_key and src_key not in groups:
        groups[src_key] = When(text=format_date(src_key, pack.code), date=src_key, evidence=[])
        first[src_key] = len(sentences)

    def is_future(w: When) -> bool:
        if not w.date or ref is None:
            return False
        start = w.date.split("/")[0]
        return start > ref.isoformat()[: len(start)]

    def rank(key: str) -> tuple:
        w = groups[key]
        lead_event = _precision(w.date) == 3 and not is_future(w) and first[key] < LEAD_SENTENCES
        if lead_event:  # ties in one sentence: the day nearest the dateline is the news
            gap = abs((date.fromisoformat(w.date) - ref).days) if ref else 0
            return (0, key not in timed_in_lead, first[key], gap)
        if key == src_key:
            return (1, 0)
        if is_future(w):
            return (2, -_precision(w.date), first[key])
        return (3 if w.date else 4, first[key])

    return [groups[k] for k in sorted(groups, key=rank)]
