"""Rule-based fact extraction: who, where, when, what, next steps and quotes, each item with evidence.

``extract`` is the one entry point; each fact type lives in its own module and reads its rules from the
language pack. Entities run first because dates, events and quotes refer to the people and places found.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..langpack import LanguagePack
from ..metadata import leading_dateline
from ..model import Facts, Source
from .. import tokens as words_of
from . import entities, events, quotes, timex
from .filed_place import with_filed_place
from .analysis import analyse
from .headline_quote import headline_quote
from .tokens import QUOTE_CHARS


def extract(sentences: list[str], pack: LanguagePack, source: Source, title: str | None = None,
            paragraphs: frozenset[int] | None = None) -> Facts:
    """The facts of one body; ``paragraphs``: the sentence indices that open a paragraph, when known."""
    analysis = analyse(sentences, title, pack)  # built once: tokens for the entity passes, quote spans for the rest
    ents = entities.extract_entities(sentences, pack, title, analysis)
    spans = analysis.quotes
    what = events.extract_what(sentences, pack, ents, title, spans)
    said = quotes.extract_quotes(sentences, pack, ents, spans, paragraphs)
    said = [q for q in [headline_quote(title, sentences, pack, ents)] if q] + said  # "Міністр: «…»" in the headline
    dates = timex.find_dates(sentences, pack, getattr(source, "date", None))  # found once, read by when and next steps
    lines = _dateline_lines(sentences, pack)  # found once, cut from the what, the steps and the quotes
    steps = events.extract_next_steps(sentences, pack, ents, source, spans, dates)
    told = [i for st in what[:1] for i in st.evidence]  # the main event's sentence; a step when the text announces it
    announced = {i for i in told if any(i in st.evidence for st in steps)} if _announces(title, pack, source) else set()
    return Facts(
        who=_without_credit(ents.who, sentences, source),
        where=with_filed_place(ents.where, source),
        when=timex.extract_when(sentences, pack, source, title=title, event_sentences=told, spans=dates,
                                announced=announced),
        what=_unstamped(_after_dateline(what, lines)),
        next_steps=_unstamped(_after_dateline(events.with_speakers(steps, said), lines)),
        quotes=_unstamped(_after_dateline(said, lines)),
    )


def _announces(title: str | None, pack: LanguagePack, source: Source) -> bool:
    """Is the headline itself a plan ("Премьер-министр Вьетнама посетит Беларусь", "Minister to visit Hanoi next
    week")? Then the article announces its main event, and the lead's day ahead is that event's time."""
    if not title or any(c in title for c in QUOTE_CHARS):
        return False  # (a quote: an interview's)
    words, plan = words_of.words(title), set(pack.table("next_step_cues").get("headline_plans", []))
    stop = pack.words("stopwords")  # headline English: "Minister to visit Hanoi" is "will visit"
    return any(w.lower() in plan and nxt.islower() and nxt not in stop for w, nxt in zip(words[1:], words[2:])) \
        or bool(events.extract_next_steps([title], pack, entities.Entities(), source))


def _dateline_lines(sentences: list[str], pack: LanguagePack) -> tuple[str, ...]:
    """The dateline opening the first sentence ("NEW DELHI, November 27 (BelTA) - "), as written and without its
    brackets (the lead drops them); none when the sentence opens with no dateline."""
    cut = leading_dateline(sentences[0], pack.code)[2] if sentences else 0
    if not cut:
        return ()
    return sentences[0][:cut], re.sub(r"\s*\([^()]*\)", "", sentences[0][:cut])


# "16:35 – The heads of government …": a live blog's entry; "3. The Parties agreed …": a communiqué's numbered point
STAMP = re.compile(r"^(?:\d{1,2}[:.]\d{2}\s*[–—-]|\d{1,2}\.)\s+(?=[^\W\d])")


def _unstamped(items: list) -> list:
    """The items without the clock time a live blog opens each entry with ("16:35 – …", when it was posted) or the
    number of a communiqué's point ("3. …"): no word of what was said or planned."""
    return [replace(x, text=x.text[m.end():]) if (m := STAMP.match(x.text)) else x for x in items]


def _after_dateline(items: list, lines: tuple[str, ...]) -> list:
    """The items drawn from the first sentence without the dateline ``lines`` that opens it ("NEW DELHI, November
    27 (BelTA) - India and Belarus have agreed …"): a step, a quote or the lead reads as the story's own words."""
    if not lines:
        return items
    out = []
    for x in items:
        line = next((ln for ln in lines if 0 in x.evidence and x.text.startswith(ln)), None)
        out.append(replace(x, text=x.text[len(line):].lstrip()) if line else x)
    return out


def _without_credit(who: list, sentences: list[str], source: Source) -> list:
    """Who, less the agency credited in the opening dateline ("Ханой, 24 сентября 2025 года (БЕЛТА) – …") when the
    article names it nowhere else: the publisher of the text, no party to the story (the brief's source line names
    it)."""
    publisher = getattr(source, "publisher", None)
    if not publisher or not sentences or f"({publisher.lower()})" not in sentences[0].lower():
        return who
    return [p for p in who if not (p.type == "organization" and p.name.lower() == publisher.lower()
                                   and list(p.evidence) == [0])]
