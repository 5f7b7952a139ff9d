"""The Russian pack's morphological analyser: pymorphy3 with its OpenCorpora dictionary (pymorphy3-dicts-ru),
answering in the engine's vocabulary (factsheet/morphology.py). Named by ``analyser`` in this pack's pack.toml;
nothing outside this file names pymorphy3 or its tags.
"""
from __future__ import annotations

from functools import lru_cache

import pymorphy3
from pymorphy3.shapes import is_roman_number
from pymorphy3.units import DictionaryAnalyzer, KnownPrefixAnalyzer, KnownSuffixAnalyzer, UnknownPrefixAnalyzer

from factsheet import morphology as m

POS = {"NOUN": m.NOUN, "ADJF": m.ADJECTIVE, "PRTF": m.PARTICIPLE, "ADJS": m.SHORT_ADJECTIVE, "COMP": m.COMPARATIVE,
       "VERB": m.VERB, "INFN": m.INFINITIVE, "PRTS": m.SHORT_PARTICIPLE, "GRND": m.GERUND, "NUMR": m.NUMERAL,
       "ADVB": m.ADVERB, "NPRO": m.PRONOUN, "PRED": m.PREDICATIVE, "PREP": m.PREPOSITION, "CONJ": m.CONJUNCTION,
       "PRCL": m.PARTICLE, "INTJ": m.INTERJECTION}
CASES = {"nomn": m.NOMINATIVE, "gent": m.GENITIVE, "datv": m.DATIVE, "accs": m.ACCUSATIVE, "ablt": m.INSTRUMENTAL,
         "loct": m.PREPOSITIONAL, "voct": m.VOCATIVE, "gen2": "partitive", "acc2": "second accusative",
         "loc2": "locative", "gen1": "first genitive", "loc1": "first prepositional"}
NUMBERS = {"sing": m.SINGULAR, "plur": m.PLURAL}
GENDERS = {"masc": m.MASCULINE, "femn": m.FEMININE, "neut": m.NEUTER}
KINDS = {"Name": m.GIVEN, "Surn": m.SURNAME, "Patr": m.PATRONYMIC, "Geox": m.PLACE, "Orgn": m.ORGANISATION}
MARKS = {"Fixd": m.INDECLINABLE, "Apro": m.PRONOMINAL, "inan": m.INANIMATE, "anim": m.ANIMATE,
         "ms-f": m.COMMON_GENDER, "Pltm": m.PLURAL_ONLY, "Qual": m.QUALITATIVE, "Anum": m.ORDINAL,
         "futr": m.FUTURE, "Supr": m.SUPERLATIVE}
# the engine's words back to pymorphy3's grammemes, for inflecting
GRAMMEMES = {v: k for table in (CASES, NUMBERS, GENDERS) for k, v in table.items()}
PREFIXED = (KnownPrefixAnalyzer, UnknownPrefixAnalyzer)


def build(pack) -> "Analyser":
    """The pack's analyser (loading the dictionary takes ~0.1-0.3 s: the engine builds it once per pack)."""
    return Analyser()


class Analyser:
    """pymorphy3 behind the engine's vocabulary. Each distinct word is parsed once (a bounded cache: the passes
    ask about the same words again and again), a word and its lower-case form share that parse where pymorphy3
    reads them alike, and each tag is described once (a dictionary has a few thousand)."""

    def __init__(self):
        self.morph = pymorphy3.MorphAnalyzer(lang="ru")
        self._tags: dict = {}  # pymorphy3 tag -> its description; bounded by the dictionary's tag set
        self.parse = lru_cache(maxsize=20000)(self._parse_word)  # bounded: a batch meets new words forever
        # a paradigm's tags as grammeme sets, and a tag with the wanted grammemes put in: bounded by the
        # dictionary's paradigms and tags
        self._paradigm = lru_cache(maxsize=5000)(self._paradigm_grammemes)
        self._updated = lru_cache(maxsize=5000)(lambda tag, wanted: tag.updated_grammemes(wanted))
        self._fits = lru_cache(maxsize=20000)(self._fitting)
        # asked of one word once per word list the engine reads it against (names.Morph.matches_any): kept per word
        self.dictionary_bases = lru_cache(maxsize=20000)(self._dictionary_bases)

    def _parse_word(self, word: str) -> tuple[m.Reading, ...]:
        """Every reading of ``word``, likeliest first (``parse``, which keeps them)."""
        low = word.lower()
        if low != word and self.same_parse(word):
            return self.parse(low)
        try:
            parses = self.morph.parse(word)
        except ValueError:  # pymorphy3 asks unicodedata for every letter's name; some letters (Tangut) have none
            return ()
        return tuple(self._reading(p) for p in parses)

    def _dictionary_bases(self, word: str) -> frozenset[str] | None:
        """The base forms of every dictionary reading of the lower-case ``word``, or None when the dictionary does
        not list it: a look-up in the dictionary alone, without the probabilities and readings ``parse`` builds
        (most of its cost). pymorphy3 reads a listed word by its dictionary alone (the dictionary's group of
        analysers ends the search once it has readings; the initials analysers of that group read only single
        capitals), so the base of ``parse(word)[0]`` is among these."""
        d = self.morph.dictionary
        items = d.words.similar_items(word, self.morph.char_substitutes)
        if not items:
            return None
        return frozenset(d.build_normal_form(para_id, idx, fixed) for fixed, parses in items for para_id, idx in parses)

    @staticmethod
    def same_parse(word: str) -> bool:
        """pymorphy3 reads ``word`` exactly as its lower-case form: its initials (single capitals) and Roman
        numerals are told by case, everything else by the lower-case form."""
        return len(word) > 1 and not is_roman_number(word)

    def _reading(self, p) -> m.Reading:
        about = self._tags.get(p.tag)
        if about is None:
            about = self._tags[p.tag] = self._describe(p.tag)
        return m.Reading(p.normal_form, *about, p.score, p, self)

    @staticmethod
    def _describe(tag) -> tuple:
        grammemes = tag.grammemes
        return (POS.get(tag.POS), CASES.get(tag.case), NUMBERS.get(tag.number), GENDERS.get(tag.gender),
                frozenset(v for k, v in KINDS.items() if k in grammemes),
                frozenset(v for k, v in MARKS.items() if k in grammemes))

    def known(self, reading: m.Reading) -> bool:
        return reading.handle.is_known

    def inflect(self, reading: m.Reading, case: str, number: str | None, gender: str | None) -> str | None:
        wanted = frozenset(GRAMMEMES[g] for g in (case, number, gender) if g)
        p = reading.handle
        stack = p.methods_stack
        paradigm = isinstance(stack[0][0], DictionaryAnalyzer)  # a paradigm of the dictionary reads the word
        if paradigm and (len(stack) == 1 or len(stack) == 2 and isinstance(stack[1][0], KnownSuffixAnalyzer)):
            return self._inflect_listed(p, p.word, wanted)
        if paradigm and len(stack) == 2 and isinstance(stack[1][0], PREFIXED):
            prefix = stack[1][1]  # a known word behind a prefix ("псевдокошкой"): the word's forms, prefixed
            got = self._inflect_listed(p, p.word[len(prefix):], wanted)
            return prefix + got if got else None
        got = p.inflect(set(wanted))
        return got.word if got else None

    def inflected(self, reading: m.Reading, case: str, number: str | None, gender: str | None):
        got = reading.handle.inflect({GRAMMEMES[g] for g in (case, number, gender) if g})
        return (got.word, self._reading(got)) if got else None

    def _inflect_listed(self, p, word: str, wanted: frozenset) -> str | None:
        """pymorphy3's inflection (``MorphAnalyzer._inflect``: of the lexeme's forms that have ``wanted``, the
        first whose tag is likest the reading's own with ``wanted`` put in) of ``word`` read by a paradigm of the
        dictionary (a listed word, or one guessed from a listed word's ending), choosing among the paradigm's tags
        and spelling out only the form chosen: pymorphy3 spells every form of the lexeme first, which made
        inflecting most of the fact stage's cost for a new word (an adjective has ~30 forms).
        tests/test_morphology.py checks the two agree."""
        unit, _, para_id, idx = p.methods_stack[0]
        tags = self._paradigm(unit.dict, para_id)
        wanted, fits = self._fits(unit.dict, para_id, wanted)
        if not fits:
            return None
        grammemes = self._updated(p.tag, wanted)
        score = {i: len(grammemes & tags[i]) - 0.1 * len(grammemes ^ tags[i]) for i in fits}
        top = max(score.values())
        d = unit.dict
        para = d.paradigms[para_id]
        stem = d.build_stem(para, idx, word)
        forms = [d.paradigm_prefixes[para[2 * len(tags) + i]] + stem + d.suffixes[para[i]]
                 for i in fits if score[i] == top]
        if "Supr" not in p.tag:
            return forms[0]  # the first, as pymorphy3 chooses
        # OpenCorpora files "высший" and "высочайший" both under "высокий": a superlative keeps the form it is
        # written in ("Высшего избирательного трибунала" -> "Высший", where pymorphy3 gives "Высочайший")
        return max(forms, key=lambda f: (_shared_start(f, word), -forms.index(f)))

    def _fitting(self, d, para_id: int, wanted: frozenset) -> tuple[frozenset, tuple[int, ...]]:
        """(grammemes asked, the paradigm's forms that have them): a rare case asked ("voct") and missing is
        asked as its common one ("nomn"), as pymorphy3 does."""
        tags = self._paradigm(d, para_id)
        fits = tuple(i for i, tag in enumerate(tags) if wanted <= tag)
        if not fits:
            wanted = self.morph.TagClass.fix_rare_cases(wanted)
            fits = tuple(i for i, tag in enumerate(tags) if wanted <= tag)
        return wanted, fits

    @staticmethod
    def _paradigm_grammemes(d, para_id: int) -> tuple:
        para = d.paradigms[para_id]
        n = len(para) // 3
        return tuple(d.gramtab[para[n + i]].grammemes for i in range(n))


def _shared_start(a: str, b: str) -> int:
    """How many leading letters ``a`` and ``b`` share."""
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n
