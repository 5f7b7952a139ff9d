"""The words in which a pack's morphological analyser answers the engine, defined once here.

A pack may ship an analyser adapter (named by ``analyser`` in its ``pack.toml``, a module in the pack's folder
with ``build(pack)``); the adapter wraps its library and describes each reading of a word as a ``Reading`` in
this vocabulary, so the engine names no library and no library's tag. A pack without one has no analyser: the
engine then uses the pack's ending rules alone.

The adapter's object answers ``parse(word)`` (the readings, likeliest first), and for a reading ``known``,
``inflect`` (the word in another case, number, gender) and ``inflected`` (that word with its own reading).
It may also answer ``dictionary_bases(word)``: the base forms of every dictionary reading of a lower-case word
(a set that holds ``parse(word)[0].base`` whenever it is not None), found without building the readings, so
the engine can rule a word out of a noun list cheaply; None when the dictionary does not list the word.
"""
from __future__ import annotations

from typing import NamedTuple

# parts of speech (an adapter gives those its library tells; None when it cannot say)
NOUN, ADJECTIVE, PARTICIPLE = "noun", "adjective", "participle"
SHORT_ADJECTIVE, SHORT_PARTICIPLE, COMPARATIVE = "short adjective", "short participle", "comparative"
VERB, INFINITIVE, GERUND, ADVERB, NUMERAL = "verb", "infinitive", "gerund", "adverb", "numeral"
PRONOUN, PREDICATIVE, PREPOSITION, CONJUNCTION = "pronoun", "predicative", "preposition", "conjunction"
PARTICLE, INTERJECTION = "particle", "interjection"
# cases
NOMINATIVE, GENITIVE, DATIVE, ACCUSATIVE = "nominative", "genitive", "dative", "accusative"
INSTRUMENTAL, PREPOSITIONAL, VOCATIVE = "instrumental", "prepositional", "vocative"
# number and gender
SINGULAR, PLURAL = "singular", "plural"
MASCULINE, FEMININE, NEUTER = "masculine", "feminine", "neuter"
# what kind of name a reading makes of the word
GIVEN, SURNAME, PATRONYMIC, PLACE, ORGANISATION = "given", "surname", "patronymic", "place", "organisation"
NAME_KINDS = (GIVEN, SURNAME, PATRONYMIC, PLACE, ORGANISATION)
# further marks of a reading
INDECLINABLE = "indeclinable"      # one form for every case ("Мари")
PRONOMINAL = "pronominal"          # an adjective that is a pronoun ("этот", "свой")
INANIMATE = "inanimate"            # a noun of a thing, not a being
ANIMATE = "animate"                # a noun of a being
COMMON_GENDER = "common_gender"    # a noun of either gender ("Сирота")
PLURAL_ONLY = "plural_only"        # a noun with no singular ("ножницы")
QUALITATIVE = "qualitative"        # an adjective of a quality, which has degrees ("новый")
ORDINAL = "ordinal"                # an adjective made of a number ("третий")
SUPERLATIVE = "superlative"        # an adjective's highest degree ("высший", "лучший"); its base is the plain one
FUTURE = "future"                  # a verb form of the future tense ("поставит", "займётся", "будет")


class Reading(NamedTuple):
    """One way the analyser reads a word: its grammar in the vocabulary above and how sure it is. ``handle`` is
    the adapter's own record of the reading, which only the adapter (``analyser``) looks into."""

    base: str                      # the dictionary form, lower case
    pos: str | None
    case: str | None
    number: str | None
    gender: str | None
    kinds: frozenset               # of NAME_KINDS
    marks: frozenset               # INDECLINABLE, PRONOMINAL, INANIMATE, ANIMATE, COMMON_GENDER, ...
    score: float
    handle: object
    analyser: object

    @property
    def known(self) -> bool:
        """The analyser's dictionary has this word form (not a guess from its ending)."""
        return self.analyser.known(self)

    def inflect(self, case: str, number: str | None = None, gender: str | None = None) -> str | None:
        """This reading's word in ``case`` (and ``number``, ``gender`` when given), lower case; None when the
        analyser has no such form."""
        return self.analyser.inflect(self, case, number, gender)

    def inflected(self, case: str, number: str | None = None, gender: str | None = None):
        """(word, reading) of this reading's word in ``case`` (and ``number``, ``gender``), for a rule that needs
        the form's own grammar too (its number after "nominative" alone); None when there is no such form.
        ``inflect`` is the quicker way to the word alone."""
        return self.analyser.inflected(self, case, number, gender)
