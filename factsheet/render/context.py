"""The template context: the brief's JSON dict with its keys at the top level, plus ``labels``.

Both renderers (Markdown and DOCX) build their context here, so a user who has read one JSON brief knows every
name a template can use. The helpers below (evidence references, source lines, sentence groups) are the only
formatting shared by the two formats; they are exposed to Markdown templates as Jinja filters.
"""
from __future__ import annotations

import re
from functools import cache

from .. import langpack
from ..model import FIELDS
from ..patterns import SPEAKER_LABEL

SOURCE_KEYS = ("path", "publisher", "date", "place", "url", "title")
SECTIONS = ("summary",) + tuple(fact.name for fact in FIELDS)
ADDED = ("timeline", "people")  # lists a merged brief adds
SHORT_TITLE = 70  # characters of the title in the one-line footer


def build(brief: dict, labels: str | None = None) -> dict:
    """Context for a template: ``brief`` unchanged at the top level, optional keys present (as None/[]), and the
    ``labels`` of the brief's language (or of the pack ``labels`` names, for a reader of another language).
    ``writing`` is the language the brief writes in (dates, quote marks): the labels' language."""
    ctx = dict(brief)
    ctx["source"] = _full_source(brief.get("source") or {})
    ctx.setdefault("sources", None)
    if ctx["sources"]:
        ctx["sources"] = [_full_source(s) for s in ctx["sources"]]
    for key in SECTIONS + ADDED + ("sentences",):
        ctx.setdefault(key, [])
    ctx.setdefault("follow_ups", None)
    ctx["writing"] = writing_language(brief, labels)
    ctx["labels"] = labels_for(ctx["writing"])
    ctx["short_title"] = short_title(brief.get("title") or "")
    ctx["aliases"] = alias_notes(brief)
    return ctx


def writing_language(brief: dict, labels: str | None = None) -> str:
    """The language the brief is written in: the ``--labels`` pack, else the brief's own."""
    return labels or brief.get("language", "")


def short_title(title: str, limit: int = SHORT_TITLE) -> str:
    """The title on one line: cut at a word before ``limit`` characters, with an ellipsis."""
    title = " ".join(title.split())
    if len(title) <= limit:
        return title
    cut = title[:limit - 1].rsplit(" ", 1)[0].rstrip(" ,;:·—-")
    return cut + "…"


def alias_notes(brief: dict) -> list[str]:
    """``Мінск: Minsk, Минск`` for every person, organisation and place that other articles spell otherwise."""
    return [f"{item['name']}: {', '.join(item['aliases'])}" for key in ("who", "where")
            for item in brief.get(key) or [] if item.get("aliases")]


def when_text(item: dict, code: str, brief_code: str) -> str:
    """A ``when`` item as the brief writes it: as the article wrote it (with the full date when the text lacks
    it) if the brief is in the article's language, else the normalised date in the brief's language."""
    if code != brief_code and item.get("date") or item.get("text") and item.get("text") == item.get("date"):
        return human_date(item["date"], code)  # (the publication date the text does not write: no ISO in a brief)
    note = date_note(item, code)
    return f"{item.get('text', '')} ({note})" if note else str(item.get("text", ""))


def mentioned_in(item: dict, ctx: dict) -> str:
    """Where a person of the people table is mentioned: the publishers of the articles (or their headlines)."""
    sources = ctx.get("sources") or []
    names = [sources[k].get("publisher") or sources[k].get("title") or f"#{k + 1}" for k in item.get("sources", [])
             if 0 <= k < len(sources)]
    return ", ".join(dict.fromkeys(names))


def source_label(k, ctx: dict) -> str:
    """A short name of article ``k`` of a merged brief: its publisher, else its number."""
    sources = ctx.get("sources") or []
    return (sources[k].get("publisher") or f"#{k + 1}") if isinstance(k, int) and 0 <= k < len(sources) else ""


def labels_for(code: str) -> dict:
    """Section headings from the language pack (every pack has every label: tests/test_package.py checks)."""
    return dict(langpack.load(code).labels)


def _full_source(src: dict) -> dict:
    out = dict(src)
    for key in SOURCE_KEYS:
        out.setdefault(key, None)
    return out


class _Marks:
    """Quotation marks of every pack (``quote_marks.toml`` pairs), compiled once: a key point may quote any."""

    def __init__(self):
        pairs: dict[str, str] = {}
        for code in langpack.available():
            for mark_open, mark_close in langpack.load(code).settings("quote_marks")["pairs"]:
                pairs.setdefault(mark_open, mark_close)
        self.close_of = pairs
        self.open_of = {c: o for o, c in reversed(list(pairs.items()))}
        closers, every = re.escape("".join(dict.fromkeys(pairs.values()))), re.escape("".join(
            dict.fromkeys([*pairs, *pairs.values()])))
        openers = re.escape("".join(pairs))
        # a closing mark, then a short attribution to the end: `…нас", - сказаў X.`, `…point," Latakas said.`
        self.attribution = re.compile(
            rf"(?<=\S)[,.!?…]?[{closers}]\s*[,.]?\s*(?:[-–—]\s*)?[^{every}\w]*\w[^{every}]{{0,80}}$")
        self.whole = re.compile(rf"[{openers}]([^{every}]*)[{closers}][.!?…]?")


@cache
def _marks() -> _Marks:
    return _Marks()


def key_point(item: dict, ctx: dict) -> str:
    """A summary sentence as a key point: when it lies inside a direct quote, shown as that quote's words in the
    brief's quote marks with the speaker (``«Ёсць вялікі патэнцыял супрацоўніцтва» — Алтай Кульгінаў``) instead
    of a fragment with one stray quote mark. The JSON keeps the sentence as written."""
    text = item["text"].strip()
    quote = next((q for q in ctx.get("quotes") or [] if item["sentence"] in (q.get("evidence") or [])
                  and not q.get("reported")), None)
    if quote is None:
        return text
    body = text
    cut = _marks().attribution.search(body)
    if cut and len(cut.group().split()) <= 10:
        body = body[:cut.start()]
    body = _strip_unpaired(_without_label(re.sub(r"^[-–—]\s+", "", body.strip()), quote.get("text") or ""))
    if not body or _closes_inside(body):
        return text  # a long attribution stayed in: the sentence as written, not wrapped in a second pair of marks
    if body.endswith(".") and not body.endswith(".."):
        body = body[:-1]
    labels = ctx["labels"]
    said = f"{labels.get('quote_open', '“')}{body}{labels.get('quote_close', '”')}"
    return f"{said} — {quote['speaker']}" if quote.get("speaker") else said


def _without_label(body: str, said: str) -> str:
    """An interview answer without its speaker label ("Hardacre: About four million" → "About four million"),
    unless the quote's own words begin with it; a leading dash went before."""
    label = SPEAKER_LABEL.match(body)
    return body[label.end():] if label and not said.lstrip().startswith(body[:label.end()].strip()) else body


def _closes_inside(body: str) -> bool:
    """Does ``body`` open with a quotation mark that closes before its end (`"…," X said on Saturday, as …`)?"""
    close = _marks().close_of.get(body[:1])
    end = body.find(close, 1) if close else -1
    return 0 < end < len(body.rstrip(".!?… ")) - 1


def _strip_unpaired(text: str) -> str:
    """Drop the marks around a wholly quoted sentence, or a leading opening / trailing closing mark that has no
    partner inside it."""
    marks = _marks()
    whole = marks.whole.fullmatch(text)
    if whole:
        return whole.group(1).strip()

    def unpaired(mark_open: str, mark_close: str) -> bool:
        if mark_open == mark_close:
            return text.count(mark_open) % 2 == 1
        return text.count(mark_open) != text.count(mark_close)

    if text[:1] in marks.close_of and unpaired(text[0], marks.close_of[text[0]]):
        text = text[1:]
    if text[-1:] in marks.open_of and unpaired(marks.open_of[text[-1]], text[-1]):
        text = text[:-1]
    return text.strip()


def refs(evidence) -> str:
    """Evidence indices as the appendix numbers (index + 1), consecutive runs collapsed: ``[2–4, 9]``."""
    nums = sorted({int(i) + 1 for i in (evidence or [])})
    if not nums:
        return ""
    parts, start, prev = [], nums[0], nums[0]
    for n in nums[1:] + [None]:
        if n is not None and n == prev + 1:
            prev = n
            continue
        parts.append(str(start) if start == prev else f"{start}–{prev}" if prev > start + 1 else f"{start}, {prev}")
        if n is not None:
            start = prev = n
    return "[" + ", ".join(parts) + "]"


def human_date(iso, code: str) -> str:
    """An ISO date as the pack writes dates (``18 лістапада 2019``); partial dates and None pass through."""
    if not iso:
        return ""
    from ..metadata import format_date

    if "/" in str(iso):  # an interval of days (a quarter, a week): "1 January 2025 – 31 March 2025"
        return " – ".join(human_date(end, code) for end in str(iso).split("/", 1))
    try:
        parts = str(iso).split("-")
        if len(parts) == 2 and all(p.isdigit() for p in parts) and code in langpack.available():
            return _month_year(int(parts[0]), int(parts[1]), code)
        return format_date(str(iso), code)
    except Exception:  # a malformed date is shown as written rather than failing the whole brief
        return str(iso)


def _month_year(year: int, month: int, code: str) -> str:
    """``2025-01`` as ``January 2025``: the month's first (dictionary) form from months.toml."""
    pack = langpack.load(code)
    forms = pack.month_forms().get(month, ())
    if not forms:
        return f"{year:04d}-{month:02d}"
    name = forms[0].capitalize() if pack.config.get("dates", {}).get("capitalize_month") else forms[0]
    fmt = pack.labels.get("month_format", "{month} {year}")
    return fmt.format(month=name, year=year)


def date_note(item: dict, code: str) -> str:
    """The normalised date of a ``when`` item, written out, when the item's own text lacks it: the year, or the
    day of a full date (``15 снежня`` -> ``15 снежня 2024``; ``у сакавіку`` -> ``сакавік 2025``); else ''."""
    iso, text = str(item.get("date") or ""), str(item.get("text") or "")
    m = re.match(r"(\d{4})(?:-\d{2}-(\d{2})$)?", iso)
    if not m:
        return ""
    day = (m.group(2) or "").lstrip("0")
    if m.group(1) in text and (not day or re.search(rf"(?<!\d){day}(?!\d)", text)):
        return ""
    return human_date(iso, code)


def source_line(src: dict | None, code: str) -> str:
    """``publisher · date · place`` with the parts that are known (the URL is shown separately)."""
    if not src:
        return ""
    parts = [src.get("publisher"), human_date(src.get("date"), code), src.get("place")]
    return " · ".join(p for p in parts if p)


def sentence_groups(ctx: dict) -> list[dict]:
    """The numbered source sentences, split by source in a merged brief.

    Each group is ``{"source": dict | None, "items": [(number, text), ...]}``. A merged brief's sources give
    where each article starts (``start``, ``first`` or the first element of a ``sentences``/``range`` pair), so
    only the start matters and the end is the next source's start.
    """
    sentences = list(ctx.get("sentences") or [])
    starts = []
    for src in ctx.get("sources") or []:
        start = _start_of(src)
        if start is not None:
            starts.append((start, src))
    if len(starts) < 2:
        return [{"source": None, "items": [(i + 1, s) for i, s in enumerate(sentences)]}] if sentences else []
    starts.sort(key=lambda pair: pair[0])
    groups = []
    for k, (start, src) in enumerate(starts):
        end = starts[k + 1][0] if k + 1 < len(starts) else len(sentences)
        items = [(i + 1, sentences[i]) for i in range(start, min(end, len(sentences)))]
        if items:
            groups.append({"source": src, "items": items})
    return groups


def _start_of(src: dict):
    for key in ("start", "first"):
        if isinstance(src.get(key), int):
            return src[key]
    for key in ("sentences", "range"):
        value = src.get(key)
        if isinstance(value, (list, tuple)) and value and isinstance(value[0], int):
            return value[0]
    return None


def keywords(brief: dict, limit: int = 5) -> list[str]:
    """The main people/organisations and places (lists are ordered most important first)."""
    names = [w.get("name") for w in (brief.get("who") or [])[:limit]]
    names += [w.get("name") for w in (brief.get("where") or [])[:limit]]
    return list(dict.fromkeys(n for n in names if n))
