"""Names told by their shape alone: a run of three or four short capitalised words is one East Asian name ("Ли Со
Ён", "Аун Сан Су Чжи", "Ким Чен Ир"), kept whole and as written, though some of its syllables are also words of
the language ("Со", "Сан") that would otherwise cut it. Pack: ``syllable_name_letters`` (0: no such names).
"""
from __future__ import annotations

from .. import morphology as mo
from . import person_cues
from .particles import given_case

SYLLABLE = 5  # letters of one syllable of a hyphenated given name at most ("myung")
_ADDRESS_OPENERS = frozenset("—–-«„“\"")  # a dialogue's dash or a quotation opening before a name addressed


def syllable_name(doc, toks, run: list[int], words: list[str], lead: int, names_now=()):
    """((a, b), (name, key), True) when the words after the titles (``lead``) and a place named with them ("посол
    Южной Кореи Пак Сон Хо") are three or four capitalised syllables of at most ``syllable_name_letters`` letters,
    none a title, place, month, organisation word or listed common word, the first no stop word opening the
    sentence, and one of them no dictionary word unless a title stands before them (or stood before the same name
    earlier in the document, or in this sentence: ``names_now``, the person pass's finds by key); else None."""
    R = doc.R
    most = R.morph.cfg["syllable_name_letters"]
    a = lead
    while most and len(words) - a > 3 and (R.placeish(words[a]) or R.gaz.lookup(words[a:a + 2])):
        a += 1 if R.placeish(words[a]) else 2
    for j in range(len(words) - 4, a - 1, -1) if most and lead and len(words) - a > 4 else ():
        if R.placeish(words[j]):  # "Премьер-министр Социалистической Республики Вьетнам Фам Минь Тинь": the
            a = j + 1  # syllables after the place that closes the title's complement
            break
    cand = words[a:]
    if not most or not 3 <= len(cand) <= 4 or any(len(w) > most or not w.isalpha() or w.isupper() for w in cand):
        return None
    for w in cand:
        low = w.lower()
        if low in R.not_person or low in R.month_words or low in R.weekday_words or R.role_len([w]) \
                or R.gaz.lookup([w]) or R.org_noun(w):
            return None
    before = toks[run[0] - 1] if run[0] > 0 else None
    titled = lead > 0 or (before is not None and before.word and not before.cap and bool(R.role_len([before.text]))) \
        or _title_across_places(doc, toks, run[0]) \
        or ("person", R.key(cand[-1])) in doc.ents or R.key(cand[-1]) in names_now  # named so before, titled
    if toks[run[0]].initial and a == 0 and cand[0].lower() in R.stopwords and len(cand) > 3 \
            and ("person", R.key(cand[-1])) in doc.ents:  # "Сам Чан Ван Туан пакідае …": the man named before
        a, cand = 1, cand[1:]
    if (toks[run[0]].initial and a == 0 and cand[0].lower() in R.stopwords and not _family_first(R, cand)) \
            or any(R.gaz.lookup(cand[x:x + 2]) for x in range(len(cand) - 1)) \
            or (not titled and all(R.plain_word(w) for w in cand)):  # "Гэта Мой Новы Дом": a sentence's words
        return None
    name = " ".join(_declined(R.morph, cand))
    return (a, len(words)), (name, R.key(name.split()[-1])), True


def _title_across_places(doc, toks, i: int) -> bool:
    """Does a title stand before the run at ``i`` across the places of its complement ("Посол Кореи в Беларуси |
    Пак Сон Хо", "Ambassador of Korea to Belarus"): capitalised places and the locative prepositions between them,
    back to a role word, six tokens at most?"""
    R, k, place = doc.R, i - 1, False
    while k >= max(0, i - 6) and toks[k].word and (toks[k].cap or toks[k].text.lower() in R.locative) \
            and not R.role_len([toks[k].text]):
        place = place or toks[k].cap and R.placeish(toks[k].text)  # ("Республики Корея": a place's own words)
        k -= 1
    return place and k >= 0 and toks[k].word and bool(R.role_len([toks[k].text]))

def paired_syllables(word: str) -> bool:
    """Is ``word`` a given name of two short syllables joined by a hyphen, the second in lower case ("Ji-hoon",
    "Soo-yeon", "Jae-myung": Korean names in Latin letters)? Then the word before it is a family name even where it
    is also a common word ("Park Ji-hoon", "Moon Jae-in")."""
    head, dash, tail = word.partition("-")
    return bool(dash) and head.isalpha() and tail.isalpha() and head[:1].isupper() and head[1:].islower() \
        and tail.islower() and 2 <= len(head) <= SYLLABLE and 2 <= len(tail) <= SYLLABLE


def _family_first(R, cand: list[str]) -> bool:
    """May the stop word opening a sentence be a family name ("Кім Чэн Ын", "Ли Сун Хи": the pronoun "кім", the
    particle "ли")? The syllables after it are capitalised inside the sentence, as names are; at most one of them
    may be a common or dictionary word too ("Кім Ён Ха": "ён"), not "Кім Вы Былі"."""
    return sum(w.lower() in R.stopwords or R.plain_word(w) for w in cand[1:]) <= 1


def _declined(M, cand: list[str]) -> list[str]:
    """The name in its base form when its first word reads likeliest as an oblique case of a name ("Кима Чен Ира": the
    genitive of Ким): the last word loses the ending the first one lost ("Ир"); as written otherwise."""
    ps = M.parse(cand[0])
    if not M.analyzer or not ps or not ps[0].kinds or ps[0].case in (mo.NOMINATIVE, None):
        return cand  # the likeliest reading must be a name in an oblique case
    first = M.nominative(cand[0], None)
    base = first[0]
    ending = cand[0][len(base):] if cand[0].lower().startswith(base.lower()) else ""
    if not ending or not cand[-1].lower().endswith(ending.lower()) or len(cand[-1]) <= len(ending) + 1:
        return cand
    return [base, *cand[1:-1], cand[-1][:-len(ending)]]


def patronymic_stands(doc, toks, idx: list[int], words: list[str], gender: str) -> bool:
    """Is the second of two name words, a patronymic in form ("Андрей Петрович", "Андрей Мартинович"), the
    person's patronymic rather than a surname? A man's -вич word right after a given name is his surname (common
    Belarusian surnames are patronymics in form), unless the document named the pair with a surname before
    ("Андрей Петрович Костюкевич"), or the pair is addressed ("— Андрей Петрович, как …"). A woman's patronymic
    ("Наина Иосифовна") is no surname; a man's after a woman's given name is her surname ("Ирина Кононович")."""
    ps = doc.R.morph.parse(words[1])
    if ps and ps[0].gender == mo.FEMININE:
        return True
    if gender == "f" and ps and ps[0].gender == mo.MASCULINE:
        return False
    before, after = idx[0] - 1, idx[-1] + 1
    if after < len(toks) and toks[after].text == "," and before >= 0 and not toks[before].word \
            and toks[before].text in _ADDRESS_OPENERS:
        return True
    given = doc.R.morph.first_name(words[0])
    first, patr = doc.R.key(given[0] if given else words[0]), doc.R.key(words[1])
    for e in doc.ents.values():  # the persons named so far: a few dozen, not every token again
        full = e.name.split()
        if e.kind == "person" and len(full) >= 3 and doc.R.key(full[0]) == first \
                and patr.startswith(doc.R.key(full[1])):
            return True
    return False


def title_complement(doc, toks, idx: list[int]) -> bool:
    """Is the one capitalised word after a title (``toks[idx[0]]``) the title's complement, not a surname: the words
    after it continue a noun phrase in lower case, with a complement's preposition (``role_prepositions``:
    "Кіраўнік Дэпартамэнту па справах моладзі") or an adjective in an oblique case ("Начальнік Упраўлення
    ўнутраных спраў")? A surname is followed by a verb, a mark or the next name."""
    R, j = doc.R, idx[-1] + 1
    if len(idx) != 1 or j + 1 >= len(toks) or not toks[j].word or toks[j].cap or not toks[j + 1].word:
        return False
    low = toks[j].text.lower()
    return low in R.morph.cfg["role_prepositions"] or (bool(R.oblique_adj) and low.endswith(R.oblique_adj)
                                                        and not low.endswith(R.verb_endings) and not toks[j + 1].cap)


def adjective_opens(doc, words: list[str]) -> bool:
    """Does a capitalised run with no given name open with an adjective in an oblique case ("Валанцёры Чырвонага
    Крыжа", "Волонтеры Красного Креста"): a name of a body or thing after a plural noun, no person's? The analyser's
    first reading, else the pack's oblique adjective endings; a surname-shaped last word keeps the pair a name."""
    R, M, w = doc.R, doc.R.morph, words[0]
    if M.analyzer:
        p = (M.parse(w) or [None])[0]
        adj = p is not None and p.known and p.pos == mo.ADJECTIVE and p.case not in (mo.NOMINATIVE, None) \
            and not M.tags(w, 0.2) & {mo.SURNAME, mo.GIVEN}
    else:  # an oblique adjective agrees with a noun ending in a vowel or a case ending: "Сомчай Вонгсават" is a name
        adj = bool(R.oblique_adj) and w.lower().endswith(R.oblique_adj) and _inflected(M, words[-1])
    return adj and not M.surname_like(words[-1])


def _inflected(M, word: str) -> bool:
    """May ``word`` be a noun in an oblique case (rules only): it ends in a vowel (the pack's ``vowels``) or an
    instrumental ending, not in a bare consonant ("Вонгсават")?"""
    low = word.lower()
    return not M.vowels or low[-1:] in M.vowels or low.endswith(M.instrumental_endings)


def place_before_name(doc, word: str) -> bool:
    """Is ``word``, before a name in a capitalised run, a place ("Посол Японии …"): listed, or a place in the
    dictionary? The analyser's guess from the ending of a word it does not know ("Махинда") is no place."""
    if doc.R.gaz.lookup([word]):
        return True
    p = (doc.R.morph.parse(word) or [None])[0] if doc.R.morph.analyzer else None
    return p is not None and p.known and mo.PLACE in p.kinds


def org_candidates(doc, words: list[str]) -> list[str]:
    """The words of a name that may make it an organisation's ("Парк …"): not a listed given name, nor an inflected
    given name opening a pair whose last word is surname-shaped ("Марка Цукерберга": Марк, not "марка")."""
    M = doc.R.morph
    given = len(words) >= 2 and bool(M.first_name(words[0])) and M.surname_like(words[-1])
    return [w for i, w in enumerate(words) if w.lower() not in M.first_names and not (i == 0 and given)]


def given_pair(doc, words: list[str], lead: int, k: int, initial: bool) -> bool:
    """In a pack whose names decline, by rules (with an analyser: ``unknown_before_given``): is the unknown word
    right before the listed given name at ``k`` (in its base form) a first given name ("старшыня … зоны Валід Юсеф
    Абу Захра")? It opens the name after the titles, is not the sentence's first word, ends in a consonant as a man's given name in its base form does (not
    a title's complement "Белшыны", not a place "у Егіпце") and is no surname, title, place, nationality or common
    word."""
    R, M = doc.R, doc.R.morph
    j = k - 1
    if M.analyzer:
        return unknown_before_given(doc, words, lead, k)
    if not M.surname_endings or j < lead or (j == 0 and initial) \
            or not all(R.placeish(x) for x in words[lead:j]):  # "Пасол Алжыра Рашыд Хамад …"
        return False
    first, w = M.first_name(words[k]), words[j]
    return bool(first and first[2]) and w[-1:].lower() not in M.vowels and not M.surname_like(w) \
        and person_cues._name_word(doc, w)


def unknown_before_given(doc, words: list[str], lead: int, k: int) -> bool:
    """With an analyser: is the word before the given name at ``k`` the name's first part, though no list knows it
    ("Ранджит Кумара Перера": "Кумара" reads as the genitive of a listed name, so the name seemed to start there)?
    The given name reads in an oblique case, and the word before it is unknown to the dictionary, no place, title
    or common word; a title's genitive complement ("Глава Роскосмоса …") is a dictionary word."""
    R, M, j = doc.R, doc.R.morph, k - 1
    first = M.first_name(words[k])
    if not M.analyzer or j < lead or not first or k + 1 >= len(words) or (first[2] and j != lead):
        return False
    w, ps = words[j], M.parse(words[j])
    if first[2] and (w[-1:].lower() in M.vowels or (ps and ps[0].case not in (mo.NOMINATIVE, None))):
        return False  # before a given name in its base form: "Нгуен Тхи Лан", not "Укрэнерго Владимир …"
    shown = _case_shown(M, words[k], words[k + 1])
    if shown and not any(p.case == shown for p in ps):
        return False  # "защитником Бенфики Рафаэлом Гимарайншем": the name's case, which "Бенфики" cannot be in
    return not any(p.known for p in ps) and not R.gaz.lookup([w]) and person_cues._name_word(doc, w)


def _case_shown(M, given: str, surname: str) -> str | None:
    """The oblique case a given name and the surname after it both read in ("Рафаэлом Гимарайншем": the
    instrumental), which the words of one name share; None when they show none together."""
    case = given_case(M, given)
    if case is None or not any(p.case == case for p in M.parse(surname)):
        return None
    return case


def oblique_before_given(doc, words: list[str], k: int) -> bool:
    """With an analyser: is the given-name-like word at ``k`` in an oblique case right before a given name in
    another case ("Генеральный директор Спартака Игорь Зарецкий": "Спартака" is the title's genitive complement, a
    club named like a man, not a name's first part)? One name's given names share a case ("Жан Поль", "Махмудом
    Абдель-Латифом")."""
    M = doc.R.morph
    if not M.analyzer or k + 1 >= len(words) or not M.first_name(words[k + 1]):
        return False
    after = M.nominative(words[k + 1], mo.GIVEN)
    if after is None or mo.INDECLINABLE in after[1].marks:
        return False  # "Хуана Антонио Гарсии", "Мухаммеду Али Хасану": a given name of one form tells no case
    if after[1].case == mo.NOMINATIVE and any(p.case == mo.NOMINATIVE and mo.GIVEN in p.kinds and p.score >= 0.2
                                              for p in M.parse(words[k])):
        return False  # "Посол Халима Абубакар Сани": a woman's given name in the nominative as well
    here = given_case(M, words[k])
    return here is not None and here != (after[1].case if after[1].case != mo.NOMINATIVE else None)


def second_given(doc, words: list[str]):
    """Rules only: (first word, gender, True) when the second word of the name is a listed given name in its base
    form and the first one opens the name unknown ("Валід Юсеф Абу Захра", found by ``given_pair``): the name
    reads in the base form of that given name; else None."""
    M = doc.R.morph
    second = M.first_name(words[1]) if len(words) >= 3 and not M.analyzer else None
    return (words[0], second[1], True) if second and second[2] and not M.first_name(words[0]) else None


def titled(doc, words: list[str], a: int, lead: int) -> bool:
    """Does the name at ``words[a]`` follow right after the run's titles, the last of them a title of one person
    ("Представители Гринпис": a plural title names a body's people, not the word after it)?"""
    if not (a > 0 and lead > 0 and a == lead):
        return False
    ps = doc.R.morph.parse(words[a - 1])
    return not (ps and ps[0].pos == mo.NOUN and ps[0].number == mo.PLURAL)


def thing(doc, word: str) -> bool:
    """Does the analyser know ``word`` as an organisation, a place or a lifeless noun ("представителей
    Роскосмоса")? Then it is no surname after a title."""
    M = doc.R.morph
    if not M.analyzer or mo.SURNAME in M.tags(word, 0.1):
        return False
    p = (M.parse(word) or [None])[0]
    return p is not None and p.known and ({mo.ORGANISATION, mo.PLACE} & M.top_tags(word) or mo.INANIMATE in p.marks)


def father_name_last(doc, words: list[str], k: int, end: int) -> bool:
    """Does the given name at ``end`` close the three-part name opened by the given name at ``k`` ("Зайнаб Шамсуна
    Ахмед", "Самия Сулуху Хасан": an African or Arabic name whose last part is the father's given name)? It ends
    the run, two words after ``k``, and the word between is no given name, patronymic or surname-shaped word (then
    two persons would stand side by side: "Иван Петров Сергей")."""
    M, mid = doc.R.morph, words[k + 1] if k + 1 < len(words) else ""
    return end == k + 2 == len(words) - 1 and not (M.first_name(mid) or M.patronymic(mid) or M.surname_like(mid))


def second_name(doc, words: list[str], b: int) -> bool:
    """Does a second name follow the name that ends at ``b`` in one capitalised run: a given name and one more word
    ("Помощник Владимира Путина Юрий Ушаков", "памочнік Уладзіміра Пуціна Юрый Ушакоў")? Its words are read again
    as a run of their own."""
    rest = words[b:]
    return 2 <= len(rest) <= 3 and bool(doc.R.morph.first_name(rest[0])) and not doc.R.plain_word(rest[0]) \
        and b >= 2 and not any(w.isupper() for w in rest)  # not "Кима Чен Ира КНДР"


def first_of_two_surnames(R, word: str, nxt: str) -> bool:
    """Is ``word``, right after a given name, the first of two surnames ("Alberto Garcia Aspe", "Luis Hernandez
    Carreon")? Spanish and Portuguese names carry the father's and the mother's; the pack says which words open
    such a pair (``double_surnames``, and ``double_surname_endings`` such as the patronymic "-ez"); ``nxt`` is the
    word that would join."""
    low, after = word.lower(), nxt.lower()
    if after in R.weekday_words or after in R.month_words or after in R.not_names or after in R.stopwords:
        return False  # "Carlos Garcia Monday": a date after the name
    return low in R.double_surnames or (len(low) > 4 and low.endswith(R.double_surname_endings))


def clause_surname(doc, toks, run: list[int], words: list[str], k: int, end: int) -> bool:
    """Does the third capitalised word close a name that opens a clause, the way East African, Lusophone and
    Hispanic names run to three parts ("Uganda's Moses Okello Otim was second", "Ugandan sprinter Moses Okello
    Otim won")? The run is followed by a lower-case word that is no connector (a verb: "was", "won", "said") or an
    age set off by commas, or "of" and an organisation, or
    stands after a country's possessive, a nationality or a title — not "Kimi Raikkonen Ferrari 1:23.4"."""
    R = doc.R
    if not person_cues.third_part(doc, words, k, end):
        return False
    after = run[-1] + 1
    if after < len(toks) and toks[after].word and not toks[after].cap and toks[after].text.lower() not in R.connectors:
        return True
    if after + 1 < len(toks) and toks[after].text == "," and toks[after + 1].text.isdigit():
        return True  # "James Odongo Akena, 24, won": an age set off after the name
    if _of_org(doc, toks, after):
        return True  # "Ahmet Cem Yilmaz of (the) Bogazici University argued": the person works there (org_tails)
    before = run[0] - 1
    if before < 0 or not toks[before].word:
        return False
    word = toks[before].text
    bare = R.strip_possessive(word)
    return (bare != word and bool(R.gaz.lookup([bare]))) or word.lower() in R.demonyms or bool(R.role_len([word]))


def _of_org(doc, toks, j: int) -> bool:
    """Does a connector at ``j`` lead, past an optional article, to capitalised words ending in an organisation
    head ("of Bogazici University", "of the Lagos Business School")?"""
    R = doc.R
    if j >= len(toks) or toks[j].text.lower() not in R.connectors:
        return False
    k = j + 1 + (j + 1 < len(toks) and toks[j + 1].text.lower() in R.articles)
    start = k
    while k < len(toks) and k - start < 5 and toks[k].word and toks[k].cap:
        k += 1
    return k > start and R.org_noun(toks[k - 1].text)
