"""People of a body: a plural noun for people by what they do ("синоптики", "спецыялісты", "навукоўцы") before a
single unknown capitalised name makes that name the body they work for ("синоптики Белгидромета"); read by
org_shapes._framed and org_frames.capitalised_neighbour beside the pack's listed frame words
(``org_before_words``). Such a frame governs the genitive: without an analyser the name takes its base form by the
pack's ``org_name_genitive`` rules ("супрацоўнікі Белгідрамета" -> Белгідрамет).
"""
from __future__ import annotations

from .. import morphology as mo


def people_before(doc, word: str) -> bool:
    """Is ``word`` (lower case) a plural noun for people: the analyser's animate noun in the plural that is no
    name; without an analyser, a word with a plural ending of agent nouns (pack: ``people_plural_endings``)? Not
    the people of a place (``resident_nouns``)."""
    R, M = doc.R, doc.R.morph
    if word in R.resident_nouns:  # "жители Лынтуп": the people of a place, not of a body
        return False
    if not M.analyzer:
        return bool(R.people_plural_endings) and word.endswith(R.people_plural_endings) and word not in R.stopwords
    ps = M.parse(word)
    return bool(ps) and ps[0].pos == mo.NOUN and ps[0].number == mo.PLURAL and mo.ANIMATE in ps[0].marks \
        and not ps[0].kinds


def genitive_base(doc, toks, ti: int, name: str) -> str:
    """The base form of the single name at ``ti`` right after a frame word that governs the genitive (the people
    of a body), where the pack has no analyser to give it: by the rules ``org_name_genitive``; after a preposition
    of place, by the rules ``org_name_locative`` ("паведамілі ў Мінгаспраекце" -> Мінгаспраект); as given
    elsewhere."""
    R = doc.R
    if R.morph.analyzer or ti == 0 or not toks[ti - 1].word:
        return name
    prev = toks[ti - 1].text.lower()
    if prev in R.locative:
        return R.morph.rule_base(name, "org_name_locative")
    if prev in R.org_before or people_before(doc, prev) or _noun_before_stump(doc, toks, ti, name):
        return R.morph.rule_base(name, "org_name_genitive")
    return name


def _noun_before_stump(doc, toks, ti: int, name: str) -> bool:
    """"прадстаўнік Мінфіна", "паводле даных Мінфіна": a stump compound after a lower-case word that is neither a
    verb nor a preposition depends on that noun, in the genitive."""
    R, prev = doc.R, toks[ti - 1].text.lower()
    return stump_name(doc, name) and (toks[ti - 1].text.islower() or toks[ti - 1].initial) \
        and not prev.endswith(R.verb_endings) and prev not in R.prepositions and prev not in R.stopwords


def stump_name(doc, word: str) -> bool:
    """Is ``word`` a stump compound, the short name of a body made of the first syllables of its words, with a
    prefix the pack lists (``org_stump_prefixes``: "Мін-" of a ministry, "Бел-" of a national firm): "Мінтранс",
    "Мінпрыроды", "Белгідрамет", "Мінфін"? The letter after the prefix is a consonant (not "Міна"), the word is
    long enough to hold a second stem, and it is no adjective of relation or surname ("Мінскі", "Белавусаў")."""
    R, M = doc.R, doc.R.morph
    prefix = next((p for p in R.stump_prefixes if word.startswith(p)), None)
    return prefix is not None and len(word) >= len(prefix) + 3 and word[len(prefix)].lower() not in M.vowels \
        and word[len(prefix)].isalpha() and not word.lower().endswith(R.relational_endings) and not M.surname_like(word)
