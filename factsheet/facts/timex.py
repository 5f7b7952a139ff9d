"""Dates: explicit, relative and partial, resolved against the source (dateline / publication) date.

Why our own tables and not dateparser: dateparser's free-text search reads "2020 год" as the year 4039 and "We"
as Wednesday, and misses "у сярэдзіне наступнага года"; a few regexes built once per pack from its tables
(``months.toml``, ``dates.toml``) find only spans that are dates, and resolving them is plain arithmetic.

ISO precision policy: ``date`` carries only what the text fixes — "2019-11-18", "2019-11", "2019", or a year range
"2021/2025" (ISO 8601 interval). A part of a period ("in mid-2027", "у сярэдзіне наступнага года") keeps the
period's precision ("2027"); the part stays visible in ``text``. Unresolvable spans ("сёння" without a source
date) keep ``date = None``. A bare weekday points back (the latest such day on or before the source date)
unless its sentence carries a next-step cue, then forward (on or after). A day-month or month with no year
takes the year that puts it closest to the source date.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache, lru_cache

from ..model import When

LEAD_SENTENCES = 3  # an event date mentioned this early outranks the dateline date
PART_REACH = 40  # characters before a span searched for a part word ("у сярэдзіне", "by the end of")
NEEDS_DIGIT = {"iso", "dmy_num", "dmy", "mdy", "my", "range", "year_word", "prep_year"}
DIGIT = re.compile(r"\d")


@dataclass
class Span:
    """One date found in a sentence: where, how written, and the ISO date (None when unresolvable)."""

    sentence: int
    start: int
    end: int
    text: str
    date: str | None
    kind: str = ""


def _alt(words) -> str:
    """Regex alternation of literal phrases, longest first, spaces matching any whitespace."""
    items = sorted({w.lower() for w in words if w}, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in items) or r"(?!x)x"


def _edge(word_alt: str) -> str:
    """A phrase that starts and ends at word edges (phrases may end in '.' or '-')."""
    return rf"(?<!\w)(?:{word_alt})(?![\w-])"


class Rules:
    """The pack's date tables compiled once."""

    def __init__(self, pack):
        t = pack.table("dates")
        self.months: dict[str, int] = {}
        for table in (pack.table("months").get("months", {}), t.get("month_forms", {})):
            for num, forms in table.items():
                for f in forms:
                    self.months[f.lower()] = int(num)
        self.weekdays = {f.lower(): int(n) for n, forms in t.get("weekdays", {}).items() for f in forms}
        self.rel_days = {" ".join(k.lower().split()): v for k, v in t.get("relative_days", {}).items()}
        self.rel_periods = {" ".join(k.lower().split()): v for k, v in t.get("relative_periods", {}).items()}
        self.next_words = {w.lower() for w in t.get("weekday_next", [])}
        self.units = {w.lower() for w in t.get("non_date_units", [])}
        self.future_cues = cue_regex(pack)
        m, yw = _alt(self.months), _alt(t.get("year_words", []))
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
        preps = _alt(t.get("year_prepositions", []))
        pats += [
            ("my", rf"(?<!\w)(?P<mn>{m})(?:\s+|\s*,\s*)(?P<y>{year})(?!\d){year_tail}"),
            ("range", rf"{no_num_before}(?P<y>{year})\s*(?:[–—-]|\s(?:{_alt(t.get('range_words', []))})\s)\s*"
                      rf"(?P<y2>{year}|\d\d)(?![\w.,]\d|\w){year_tail}"),
            ("year_word", rf"{no_num_before}(?P<y>{year}){year_req}"),
            ("prep_year", rf"(?<!\w)(?:{preps})\s*(?P<y>{year})(?![\w.,]\d|\w)"),
            ("prep_month", rf"(?<!\w)(?:{preps})\s+(?P<mn>{m})(?![\w])"),
            ("month_rel", rf"(?<!\w)(?:(?:{preps})\s+)?(?P<mn>{m})\s+(?P<rp>{_alt(year_rel)})(?![\w-])"),
            ("rel_day", _edge(_alt(self.rel_days))),
            ("rel_period", _edge(_alt(self.rel_periods))),
            ("weekday", rf"(?<!\w)(?:(?P<mod>{_alt(self.next_words | set(t.get('weekday_last', [])))})\s+)?"
                        rf"(?P<wd>{_alt(self.weekdays)})(?!\w)"),
        ]
        self.patterns = [(kind, re.compile(p, re.IGNORECASE)) for kind, p in pats]
        self.part_before = re.compile(rf"(?<!\w)(?:{_alt(t.get('parts', []))})\s*$", re.IGNORECASE)
        self.unit_after = re.compile(rf"\s*(?:{_alt(self.units)})(?!\w)", re.IGNORECASE)
        self.plain_words = pack.words("stopwords") | {w.lower() for w in t.get("year_words", [])}
        self.prep_prefix = re.compile(rf"^(?:{preps})\s*", re.IGNORECASE)


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
        taken: list[tuple[int, int]] = []
        for start, end, iso, kind in found:
            if any(start < e and b < end for b, e in taken):
                continue
            taken.append((start, end))
            if kind == "prep_year":  # "in 2020" -> text "2020"; a preceding part word is re-attached below
                start += r.prep_prefix.match(s[start:end]).end() if r.prep_prefix.match(s[start:end]) else 0
            part = r.part_before.search(s, max(0, start - PART_REACH), start)
            if part and kind not in ("iso", "dmy_num", "dmy", "mdy", "rel_day", "weekday"):
                start = part.start()
            out.append(Span(i, start, end, " ".join(s[start:end].split()), iso, kind))
    out.sort(key=lambda sp: (sp.sentence, sp.start))
    return tuple(out)


def _precision(iso: str | None) -> int:
    return 0 if not iso or "/" in iso else iso.count("-") + 1


def extract_when(sentences: list[str], pack, source) -> list[When]:
    """Dates ordered by importance: the event date, the dateline date, future dates, then the rest."""
    from ..metadata import format_date  # the reader's own way of writing a date

    src = getattr(source, "date", None)
    ref, _, _ = parse_source_date(src)
    src_key = ref.isoformat() if ref else None
    groups: dict[str, When] = {}
    first: dict[str, int] = {}
    for sp in find_dates(sentences, pack, src):
        key = sp.date or sp.text.lower()
        if key not in groups:
            text = sp.text
            if key == src_key:
                text = format_date(key, pack.code)  # the dateline's date, written out
            elif sp.kind in ("rel_day", "weekday") and sp.date:
                text = f"{sp.text} ({format_date(sp.date, pack.code)})"
            groups[key] = When(text=text, date=sp.date, evidence=[])
            first[key] = sp.sentence
        if sp.sentence not in groups[key].evidence:
            groups[key].evidence.append(sp.sentence)
    if src_key and src_key not in groups:
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
            return (0, first[key], gap)
        if key == src_key:
            return (1, 0)
        if is_future(w):
            return (2, -_precision(w.date), first[key])
        return (3 if w.date else 4, first[key])

    return [groups[k] for k in sorted(groups, key=rank)]
