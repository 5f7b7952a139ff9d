"""A nationality written before a name marks its bearer, the way sports and foreign news list people: "shared by
Czech Jan Novotny and Slovak Tibor Hrnciar", "Kenyan Paul Tergat won". The pack's nationality adjectives
(``demonyms``) then vouch for a pair nobody's given-name list knows, as its nationality nouns ("Pole", "Briton")
already do (person_cues.vouched).
"""
from __future__ import annotations


def demonym_before(doc, toks, idx: list[int]) -> bool:
    """Is the pair or triple at ``idx`` the rest of a capitalised run that a nationality adjective opens, each of
    its words a possible name part: never written in lower case in the text, no title, place, common word or
    organisation word ("Russian Orthodox Church" is no person), and no article or capitalised word before the
    nationality?"""
    R = doc.R
    a = idx[0] - 1
    if a < 0 or not 2 <= len(idx) <= 3 or toks[a].text.lower() not in R.demonyms:
        return False
    if a > 0 and toks[a - 1].word and (toks[a - 1].cap and not toks[a - 1].initial
                                       or toks[a - 1].text.lower() in R.articles):
        return False  # "the Finnish Kemira Chemicals": an article before the nationality makes it a thing's
    words = [toks[i].text for i in idx]
    if R.gaz.lookup(words) or R.gaz.lookup(words[:2]):
        return False
    return all(w.lower() not in doc.forms and w.lower() not in R.stopwords and w.lower() not in R.not_names
               and w.lower() not in R.not_person and w.lower() not in R.titles and w.lower() not in R.demonyms
               and not w.isupper() and not R.role_len([w]) and not R.gaz.lookup([w]) and not R.org_word(w)
               for w in words)


def noun_before(doc, toks, idx: list[int]) -> str | None:
    """The lower-case noun for one person of a nation right before the name at ``idx`` ("третьим пришел
    танзаниец Джума Селеман Мбвана", "эфиопу Абебе Тадессе Гирме"), or None: it anchors a two- or three-part name
    nobody's given-name list knows the way a title does (persons._anchored_name), in any case form."""
    a = idx[0] - 1
    if a < 0 or not toks[a].word or (toks[a].cap and not toks[a].initial) or not doc.R.nationality_nouns:
        return None
    word = toks[a].text
    return word if nationality_noun(doc, word) else None


def nationality_noun(doc, word: str) -> bool:
    """Is ``word`` (in any case) a noun for one person of a nation (pack: ``nationality_nouns``)?"""
    nouns = doc.R.nationality_nouns
    return bool(nouns) and (word.lower() in nouns or not nouns.isdisjoint(doc.R.morph.lemmas(word)))


def nominative_noun_before(doc, toks, i: int) -> bool:
    """Is the word before the name at ``i`` a nationality noun as listed, in the nominative ("вторым стал эфиоп
    Тесфайе Алему Бекеле")? The name in apposition shares its case: it stays as written, though its endings read
    as oblique cases of native words."""
    return i >= 1 and toks[i - 1].word and (not toks[i - 1].cap or toks[i - 1].initial) \
        and toks[i - 1].text.lower() in doc.R.nationality_nouns


def opening_noun(doc, toks, run: list[int]) -> int:
    """1 when a sentence's capitalised first word, opening the run, is a nationality noun before a two- or
    three-part name ("Эфиоп Тесфайе Алему Бекеле финишировал вторым"): it is no part of the name; else 0."""
    t = toks[run[0]]
    return int(t.initial and 3 <= len(run) <= 4 and noun_before(doc, toks, run[1:]) is not None)


def whole_after_noun(doc, around, start: int, n: int) -> bool:
    """Does a nationality noun stand right before a run of exactly three unknown words that all make the name
    ("кеніец Пітэр Кіпчогэ Ротыч")? Without name morphology the pack otherwise keeps only the last pair."""
    return around is not None and start == 0 and n == 3 and noun_before(doc, around[0], around[1]) is not None


def people_of(R, word: str) -> bool:
    """Is ``word`` a nationality in the plural ("Arabs", "Kurds")? It names a people, no organisation."""
    low = word.lower()
    return any(low.endswith(e) and low[:-len(e)] in R.demonyms for e in R.plural_endings if e != "\0")
