"""Who opens the story: an unnamed person subject of the lead ("Several people died", "A gunman opened fire",
"Больш за 200 чалавек …") and publications that are only the source of a report ("the Global Times reported").

News leads often name no one: the actor is a counted group or a described person. Such a subject comes first
in who (type "person", its noun phrase as written) when no named person or organisation opens that sentence.
The phrase is recognised by position alone: at the start of the lead sentence (or of the headline), optional
counts and fillers, at most two modifiers, then a person noun from the pack (person_nouns.txt). A publication
named next to a reporting cue is where the story comes from, so it ranks after every actor.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from types import MappingProxyType
from typing import Mapping

from ..tokens import LETTER


MAX_MODIFIERS = 2
NAMED = "named"
# a count: a number, also with a case ending ("200", "1,700", "30-я", "30-летний"); a longer compound of a number
# ("37-year-old") is a description, and like a mark it ends the phrase
COUNT = re.compile(rf"\d+(?:[.,]\d+)*(?:-{LETTER}+)?")
MAX_TOKENS = 9


@dataclass(frozen=True)
class SubjectRules:
    nouns: tuple[tuple[str, ...], ...]  # lower-case person nouns, multi-word ones split ("police officers")
    counts: frozenset
    fillers: frozenset
    articles: frozenset
    modifier_endings: tuple
    verb_endings: tuple
    stopwords: frozenset
    demonyms: frozenset
    media: frozenset
    agencies: frozenset
    source_cues: tuple
    counted_only: frozenset  # forms that are a subject only after a count ("сотні людзей", not "Жыхароў эвакуявалі")
    # the nouns with the pack's ``fold`` letters folded, by their first word: a word meets only the nouns that
    # start with one of its forms (``person_noun_len``), not all of them
    by_first: Mapping[str, tuple[tuple[str, ...], ...]]
    first_words: frozenset  # the nouns' first words as listed


COMPLEMENT_WORDS = 2  # "учитель информатики гимназии": the title's genitive words before the name


def rules(pack) -> SubjectRules:
    """The pack's subject rules, built once per pack."""
    return pack.compiled(_build_rules)


def _build_rules(pack) -> SubjectRules:
    cfg = pack.settings("entities")
    low = lambda xs: frozenset(x.lower() for x in xs)  # noqa: E731
    nouns = tuple(tuple(n.lower().split()) for n in pack.lines("person_nouns"))
    by_first: dict[str, list] = {}
    for noun in nouns:
        folded = tuple(_fold(w, cfg["fold"]) for w in noun)
        by_first.setdefault(folded[0], []).append(folded)
    return SubjectRules(
        nouns=nouns,
        by_first=MappingProxyType({k: tuple(v) for k, v in by_first.items()}),
        first_words=frozenset(n[0] for n in nouns),
        counts=low(cfg["subject_counts"]),
        fillers=low(cfg["subject_fillers"]),
        articles=low(cfg["subject_articles"]),
        modifier_endings=tuple(cfg["subject_modifier_endings"]),
        verb_endings=tuple(cfg["subject_verb_endings"]),
        stopwords=pack.words("stopwords"),
        demonyms=pack.words("demonyms"),
        media=pack.words("media_heads"),
        agencies=pack.words("agencies"),
        source_cues=tuple(c.lower() for c in cfg["source_cues"]),
        counted_only=low(cfg["subject_counted_only"]),
    )


def _fold(word: str, folds: dict) -> str:
    for letter, plain in folds.items():
        word = word.replace(letter, plain)
    return word


def person_noun_len(words: list[str], sr: SubjectRules, forms) -> int:
    """How many of ``words`` (from the first) form a person noun: 2 for "police officers", 1 for "people".
    ``forms(word)``: the folded base forms ``word`` may be a form of (``names.Morph.forms``)."""
    best = 0
    if not words:
        return 0
    for first in forms(words[0]) & sr.by_first.keys():
        for noun in sr.by_first[first]:
            n = len(noun)
            if best < n <= len(words) and all(b in forms(w) for w, b in zip(words[1:n], noun[1:])):
                best = n
    return best


def unnamed_subject(toks, named_starts: set[int], sr: SubjectRules, forms, placeish, subject_case=None):
    """Token span (first, last + 1) of an unnamed person subject opening the sentence ``toks``, articles trimmed;
    NAMED when a named person or organisation opens it instead; None when neither does.

    ``named_starts``: token indices covered by a named person or organisation; such a name before a person noun
    only modifies it ("Police officers"). ``placeish(i)``: token i is part of a place, which may modify the noun
    like a nationality does ("Croydon tram driver", "Chinese boy"). ``subject_case(word, counted)``: can the
    noun be a subject in this form (nominative, or genitive after a count: "Жителям" and "Водителя" cannot)?"""
    k = 0
    if toks and toks[0].text == "(":  # "(Photo: AP) At least seven people were killed"
        k = next((x + 1 for x, t in enumerate(toks) if t.text == ")"), 0)
    start, modifiers, named, counted = None, 0, False, False
    for j in range(k, min(k + MAX_TOKENS, len(toks))):
        t = toks[j]
        if j in named_starts:
            named = True
            start = j if start is None else start
            continue
        if not t.word:
            break
        w = t.text.lower()
        if start is None and w in sr.articles and j + 1 < len(toks) and toks[j + 1].text.lower() not in sr.fillers:
            continue  # "The tram driver" -> "tram driver", but "A least seven people" keeps its first word
        if start is None:
            start = j
        n = person_noun_len([x.text for x in toks[j:j + 2] if x.word], sr, forms)
        if n and (t.text.lower() in sr.counted_only and not counted
                  or subject_case is not None and not subject_case(toks[j + n - 1].text, counted)):
            break  # an object or a dative ("Жыхароў эвакуявалі", "Жителям пообещали"): no subject
        if n:
            end = j + n
            while end < len(toks) and toks[end].word and person_noun_len([toks[end].text], sr, forms):
                end += 1  # "police officers", "tram drivers" as one phrase
            if _complement_end(toks, end, sr) in named_starts:
                return NAMED  # "Chief financial officer Maria Ferraro said", "Учитель физики Павел Мисевич": a title
            return start, end
        if t.text[0].isdigit() and not COUNT.fullmatch(t.text):
            break
        if t.text[0].isdigit() or w in sr.counts:
            counted = True
            continue
        if w in sr.fillers:
            continue
        if w in sr.stopwords or modifiers >= MAX_MODIFIERS:
            break
        if t.cap and not (placeish(j) or w in sr.demonyms or j == start):
            break  # a capitalised word that is not a place or nationality: a name we do not know
        if sr.modifier_endings and not w.endswith(sr.modifier_endings) and not placeish(j):
            break
        if sr.verb_endings and w.endswith(sr.verb_endings):
            break
        modifiers += 1
    return NAMED if named else None


def _complement_end(toks, end: int, sr: SubjectRules) -> int:
    """Index after the title's lower-case complement ("Учитель физики", "Дырэктар школы"; at most
    ``COMPLEMENT_WORDS`` words, no verb) that may stand between the person noun and a name."""
    k = end
    while k < len(toks) and k - end < COMPLEMENT_WORDS and toks[k].word and not toks[k].cap \
            and not (sr.verb_endings and toks[k].text.lower().endswith(sr.verb_endings)) \
            and toks[k].text.lower() not in sr.stopwords:
        k += 1
    return k


def is_media(name: str, sr: SubjectRules) -> bool:
    """An organisation that is a publication or agency, by its name."""
    low = name.lower().replace('"', " ").replace("«", " ").replace("»", " ")
    return low.strip() in sr.agencies or any(w in sr.media for w in low.split())


def near_source_cue(sentence: str, start: int, end: int, sr: SubjectRules, width: int = 40) -> bool:
    """Is a reporting cue ("reported", "according to", "сообщила", "паводле") next to the span?"""
    around = (sentence[max(0, start - width):start] + " " + sentence[end:end + width]).lower()
    return any(c in around for c in sr.source_cues)
