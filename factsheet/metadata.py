"""Headline, dateline and agency line: the parts of an article that describe it rather than tell it.

News copy ends (or starts) with a dateline (``18 лістапада 2019, Мінск``, ``Гомель, 3 апреля 2025``,
``November 18, 2019, Minsk``) and an agency line (``БЕЛТА``); these go to ``Source`` and never into the body.
Month names and agency names come from the language packs.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from functools import cache

from . import langpack
from .model import Source
from .patterns import alternation
from .tokens import LETTER, WORD

_FINAL_PUNCT = tuple(".!?…:;")
_PLACE = rf"(?P<place>(?={LETTER}){WORD}\.?(?:[ -](?={LETTER}){WORD}\.?){{0,3}})"
_REGION = r"(?:\s*,\s*[^\W\d_][\w'-]*(?:\s[^\W\d_][\w'-]*){0,2}(?=\s*,))?"  # "IZMIR, Turkey, Dec 1": the country


def split_headline(paragraphs: list[str], blank_after_first: bool) -> tuple[str | None, list[str]]:
    """The first line is the headline when a blank line follows it, or when it is short and unpunctuated."""
    if len(paragraphs) < 2:
        return None, paragraphs
    first = paragraphs[0].strip()
    short = len(first.split()) <= 20 and not first.endswith(_FINAL_PUNCT)
    if blank_after_first and len(first) <= 300 or short:
        return first.lstrip("#").strip(), paragraphs[1:]
    return None, paragraphs


BYLINE_WORDS = 5  # "By Helen Marsh in Tashkent"; a longer line without a final stop is a subheading
BRACKETED = re.compile(r"\s*\(([^()]{2,40})\)\s*$")  # an agency in brackets closing a sentence-form dateline


@cache
def _dateline_patterns(code: str) -> tuple[re.Pattern, ...]:
    month = "(?P<month>" + alternation(langpack.load(code).month_numbers()) + ")"
    day, year = r"(?P<day>\d{1,2})", r"(?P<year>\d{4})"
    tail = r"(?:\s*[^\W\d_]{1,4}\.?)?"  # "г.", "года", "год" after the year
    dmy = rf"{day}\s+{month}\s+{year}{tail}"
    mdy = rf"{month}\s+{day},?\s+{year}"
    numeric = r"(?P<iso>\d{4}-\d{2}-\d{2})|(?P<dd>\d{1,2})\.(?P<mm>\d{1,2})\.(?P<yyyy>\d{4})"
    # a web page's "Опубликовано: 28 ноября 2026, 14:35" / "Updated 28/11/2026 10:15": the pack's date labels
    # (date_labels.txt) before it, a clock time after it
    labels = langpack.load(code).lines("date_labels")
    label = rf"(?:(?:{alternation(labels)})\s*:?\s*)?" if labels else ""
    clock = r"(?:\s*[,|·]?\s*(?:[^\W\d_]{1,2}\s+)?\d{1,2}[:.]\d{2})?"
    out = []
    for date in (dmy, mdy, numeric):
        out.append(re.compile(rf"^{label}(?:{date}){clock}(?:\s*[,.]?\s*{_PLACE})?\.?$", re.I))
        out.append(re.compile(rf"^{_PLACE}{_REGION}\s*[,.]\s*(?:{date}){clock}\.?$", re.I))
    return tuple(out)


@cache
def _yearless_pattern(code: str) -> re.Pattern:
    """"МИНСК, 24 ноября", "MINSK, March 5": an agency's dateline without the year (how БЕЛТА and Reuters write it)."""
    month = alternation(langpack.load(code).month_numbers())
    return re.compile(rf"^{_PLACE}{_REGION}\s*,\s*(?:(?P<day>\d{{1,2}})\s+(?P<month>{month})|(?P<month2>{month})\s+(?P<day2>\d{{1,2}}))"
                      r"\.?$", re.I)


def parse_dateline(line: str, code: str) -> tuple[str, str | None] | None:
    """``(iso_date, place)`` when the whole line is a dateline in the pack's language, else None."""
    line = line.strip()
    if len(line) > 80:
        return None
    for pattern in _dateline_patterns(code):
        m = pattern.match(line)
        if not m:
            continue
        g = m.groupdict()
        if g.get("iso"):
            iso = g["iso"]
        elif g.get("yyyy"):
            iso = f"{int(g['yyyy']):04d}-{int(g['mm']):02d}-{int(g['dd']):02d}"
        else:
            iso = f"{int(g['year']):04d}-{langpack.load(code).month_numbers()[g['month'].lower()]:02d}-{int(g['day']):02d}"
        if not _valid_iso(iso):
            continue
        place = g.get("place")
        return iso, place.strip() if place else None
    return None


def is_iso_day(text: str) -> bool:
    """True for a real day written exactly YYYY-MM-DD."""
    return bool(re.fullmatch(r"\d{4}-\d{2}-\d{2}", text)) and _valid_iso(text)


def _valid_iso(iso: str) -> bool:
    import datetime

    try:
        datetime.date.fromisoformat(iso)
    except ValueError:
        return False
    return True


@cache
def _agencies() -> dict[str, str]:
    """Every pack's agency names (an English article may come from БЕЛТА): lower-case -> as written."""
    out: dict[str, str] = {}
    for code in langpack.available():
        for name in langpack.load(code).lines("agencies"):
            out.setdefault(name.lower(), name)
    return out


def _bare_name(line: str) -> str:
    """An agency line without the brackets or quotation marks around it ("(NTB)", "«Витебские вести»")."""
    return line.strip().strip("()[]«»\"“”„").strip()


def _looks_like_agency(line: str) -> bool:
    """A short capitalised name with no sentence punctuation: how an agency line looks."""
    text = _bare_name(line)
    return 0 < len(text) <= 40 and len(text.split()) <= 4 and text[:1].isupper() and not text.endswith(_FINAL_PUNCT)


def parse_agency(line: str) -> str | None:
    return _agencies().get(_bare_name(line).lower())


@cache
def _url_line() -> re.Pattern:
    """A bare URL, or one after "URL:" or any pack's word for "source" ("Source:", "Крыніца:")."""
    words = {"url"} | {langpack.load(c).labels.get("source", "").lower() for c in langpack.available()}
    prefix = "|".join(re.escape(w) for w in sorted(words) if w)
    return re.compile(rf"^(?:(?:{prefix})\s*:\s*)?(?P<url>https?://\S+)$", re.I)


def _fill_from_dateline(source: Source, dateline: tuple[str, str | None]) -> None:
    """The dateline's date and place where the source has none yet (what the user gave wins)."""
    source.date = source.date or dateline[0]
    place = dateline[1]
    if place and place.isupper():  # "МОГИЛЕВ, 24 ноября": the agency's capitals are no part of the name
        place = place.title()
    source.place = source.place or place


def _byline_shaped(line: str) -> bool:
    """A byline ("Ганна ЛАПІЦКАЯ", "By Anna Whitfield", "By Helen Marsh in Tashkent": a short line without a final
    stop) may stand above the dateline; it stays in the body."""
    return len(line.split()) <= BYLINE_WORDS and line.rstrip()[-1:].isalpha()


def _opening(paragraphs: list[str]) -> int:
    """The paragraph a story's words open: the first, or the one after a byline."""
    return 1 if len(paragraphs) > 1 and _byline_shaped(paragraphs[0]) else 0


def strip_leader(paragraphs: list[str], code: str, given: Source) -> tuple[list[str], Source]:
    """Take a dateline standing on its own line under the headline ("Лида, 3 ноября 2025 года.") and an agency
    line right after it off the top of the body, as ``strip_trailer`` does at the end: it describes the article,
    it is no sentence of it."""
    body, source = list(paragraphs), replace(given)
    at = 1 if len(body) > 2 and _byline_shaped(body[0]) else 0
    for k in dict.fromkeys((0, at)):
        if len(body) > k + 1 and (dateline := parse_dateline(body[k], code)):
            _fill_from_dateline(source, dateline)
            body.pop(k)
            if len(body) > k + 1 and (agency := parse_agency(body[k].strip())):
                source.publisher = source.publisher or agency
                body.pop(k)
            break
    return body, source


# "SANTIAGO, 18 November 2025 (BelTA) – …", "Лида, 3 ноября 2025 года – …": an agency dateline opening the first
# paragraph, up to the dash that ends it
_INLINE = re.compile(r"^(?P<line>[^()\n–—]{4,60}?)\s*(?:\((?P<agency>[^()\n]{2,40})\))?\s*[–—-]\s+\S")


def leading_dateline(text: str, code: str) -> tuple[tuple[str | None, str | None] | None, str | None, int]:
    """A dateline opening ``text`` up to a dash ("MINSK, 18 November 2025 (BelTA) – …", "МОГИЛЕВ, 24 ноября (БЕЛТА) –
    …"): ((date, place) or None, the agency in brackets where the packs list it, where the story's words begin)."""
    return _leading(text, code)[:3]


def _leading(text: str, code: str):
    """``leading_dateline``'s answer and the match of a date without a year it read there, else None: an agency's
    ("МІНСК, 18 лістапада (БЕЛТА) – …", "MINSK, March 5 (Reuters) - …", the way the wire writes every story)."""
    m = _INLINE.match(text)
    if not m:
        return None, None, 0, None
    dateline, yearless = parse_dateline(m["line"].rstrip(" ,."), code), None
    agency = parse_agency(m["agency"]) if m["agency"] else None
    if dateline is None and _wire_line(m, agency) and (yearless := _yearless_pattern(code).match(m["line"].rstrip(" ,."))):
        dateline = (None, yearless["place"])  # no year: the place and the agency, the date only if given
    if dateline is None and agency is None and _shouted_place(m["line"], code):
        dateline = (None, m["line"].strip())  # "GRODNO — The zoo …": a feature's dateline, the place alone
    return dateline, agency, (m.end() - 1 if dateline else 0), yearless


def month_day(m: re.Match, code: str) -> tuple[int, int]:
    """(month, day) of a matched date with the groups month|month2 and day|day2 (``_yearless_pattern``, source_lines)."""
    return langpack.load(code).month_numbers()[(m["month"] or m["month2"]).lower()], int(m["day"] or m["day2"])


def last_such_day(month_day: tuple[int, int] | None, reference: dt.date) -> str | None:
    """The last (month, day) on or before ``reference`` (the meeting date, default today): a brief is made from
    recent news. Without it every "on Tuesday" or "in March" of a third of agency copy stays unresolved;
    ``--date`` gives the year when the article is older."""
    if month_day is None:
        return None
    month, number = month_day
    for year in range(reference.year, reference.year - 9, -1):  # 29 February: back to the last leap year
        iso = f"{year:04d}-{month:02d}-{number:02d}"
        if _valid_iso(iso) and dt.date.fromisoformat(iso) <= reference:
            return iso
    return None


def _wire_line(m: re.Match, agency: str | None) -> bool:
    """Is a yearless date before the lead's dash a dateline? With an agency in brackets ("МИНСК, 15 октября
    (БЕЛТА) –"), or with the place in capitals as the wire writes it ("МИНСК, 15 октября –"); "Гомель, 3 апреля –
    …" without either may be prose."""
    place = m["line"].split(",")[0].strip()
    return bool(agency) or (place.isupper() and len(place) > 2)


def _shouted_place(line: str, code: str) -> bool:
    """Is ``line`` a place the pack lists, written in capitals ("GRODNO", "NEW YORK", "МАГІЛЁЎ")? Before a dash
    at the start of a story it is a dateline without a date (how features and AP copy open); a capitalised word
    that is no listed place ("NATO", "UPDATE") is not."""
    line = line.strip()
    pack = langpack.load(code)
    return line.isupper() and len(line.split()) <= 3 and line.replace(" ", "").replace("-", "").isalpha() \
        and (line.lower() in pack.words("places") or line.lower() in pack.words("world_cities"))


def inline_dateline(paragraphs: list[str], code: str, given: Source) -> tuple[list[str], Source, tuple[int, int] | None]:
    """(paragraphs, source, (month, day) of a date without a year) with the source completed by a dateline that
    opens the first paragraph (or the one after a byline): up to a dash
    ("MINSK, 18 November 2025 (BelTA) – …": its date and place, and the agency in brackets where the packs list it;
    the paragraph keeps its words), or as a sentence of its own ("Лида, 3 ноября 2025 года. Директор …": that
    sentence describes the article and leaves the body). A date without a year (the wire's "МИНСК, 24 ноября
    (БЕЛТА) –", "БРЕСТ, 22 ноября. Клуб …") gives its day for the pipeline to date (``last_such_day``)."""
    if not paragraphs:
        return paragraphs, given, None
    k = _opening(paragraphs)
    dateline, agency, _, yearless = _leading(paragraphs[k], code)
    body = list(paragraphs)
    if dateline is None:
        head, dot, rest = paragraphs[k].partition(". ")
        if bracket := BRACKETED.search(head):  # "Минск, 27 ноября (БЕЛТА). Глава государства …"
            head, agency = head[:bracket.start()], parse_agency(bracket[1]) or agency
        dateline = parse_dateline(head, code) if dot and rest.strip() else None
        if dateline is None:
            # "БРЕСТ, 22 ноября. Клуб …": its place and its day; the sentence stays, as the agency's yearless
            # dateline does, and names the place for the facts
            yearless = _yearless_pattern(code).match(head.strip()) if dot and rest.strip() else None
            if yearless is None:
                return paragraphs, given, None
            dateline = (None, yearless["place"])
        else:
            body[k] = rest.strip()
    source = replace(given)
    _fill_from_dateline(source, dateline)
    if agency:
        source.publisher = source.publisher or agency
    return body, source, month_day(yearless, code) if yearless else None


def strip_trailer(paragraphs: list[str], code: str, given: Source) -> tuple[list[str], Source]:
    """Take a trailing dateline / agency / source URL (up to three short lines) off the body: (body, source),
    the source being ``given`` (left as it is) completed by what those lines say."""
    body, source = list(paragraphs), replace(given)
    for _ in range(3):
        if len(body) < 2:
            break
        last = body[-1].strip()
        if len(body) > 2 and source.publisher is None and _looks_like_agency(last) \
                and parse_dateline(body[-2], code):
            # an agency we do not list, on its own line after a dateline ("Kyodo", "PAP")
            source.publisher = _bare_name(last)
        elif agency := parse_agency(last):
            source.publisher = source.publisher or agency
        elif dateline := parse_dateline(last, code):
            _fill_from_dateline(source, dateline)
        elif m := _url_line().match(last):
            source.url = source.url or m.group("url")
        elif not _credit_line(last, code):
            break
        body.pop()
    return body, source


@cache
def _credit_cues(code: str) -> re.Pattern | None:
    cues = langpack.load(code).lines("credits")
    return re.compile(r"(?:^|[(;.]\s*)(?:" + alternation(cues) + r")(?!\w)", re.I) if cues else None


def _credit_line(line: str, code: str) -> bool:
    """A wire story's credit line: the last paragraph, in brackets, naming its staff ("(Reporting by Li Na; Editing
    by Tom Hogue)"; the pack's ``credits.txt``). Its names are nobody in the story."""
    cues = _credit_cues(code)
    return bool(cues) and line.startswith("(") and line.endswith(")") and len(line) <= 300 \
        and bool(cues.search(line))


def format_date(iso: str, code: str) -> str:
    """An ISO date written the way the pack writes dates (``18 лістапада 2019``); partial dates pass through."""
    parts = iso.split("-")
    if len(parts) != 3:
        return iso
    pack = langpack.load(code)
    fmt = pack.config.get("dates", {})
    forms = pack.month_forms().get(int(parts[1]), ())
    if not forms:
        return iso
    month = forms[min(fmt.get("month_form", 0), len(forms) - 1)]
    if fmt.get("capitalize_month"):
        month = month.capitalize()
    return fmt.get("format", "{day} {month} {year}").format(day=int(parts[2]), month=month, year=parts[0])
