"""Context and shape that vouch for a person name nobody's given-name list knows, in packs that keep only confirmed
persons (``confirm_unknown_persons``): names are found from their context and shape, not only from lists.

A whole capitalised pair (or triple) is a person when
- a speech verb stands next to it, or past a short apposition ("X, the tourist, said", "said the tourist, X");
- it is a line of its own (a byline) or a place or team in the possessive stands before it ("India's X");
- a relative pronoun for persons follows after a comma ("X, who led", pack: ``person_relatives``);
- a number follows after a comma, an age or a minute in a roster ("X, 37,", "(X, 48)", "X, a 52-year-old"), or
  in brackets a role or a substitute's minute ("X (captain)", "(12 - X 46th)");
- a noun for a person stands right before it or before it and a comma ("dissident X", "fast bowler X", "two
  opposition leaders, X"): a listed person noun or role word, or a lower-case word with a person-noun ending
  (pack: ``person_noun_endings``) that is no organisation head ("club", "firm");
- it stands in a list beside a confirmed person ("A B, C D and E F": person_lists.confirm_listed, over the
  document).
"""
from __future__ import annotations

from .. import morphology as mo
from . import bracket_cues, nationality_names, person_frames

# at most so many tokens of an apposition between a name and its speech verb ("X, Lukashenko's adviser, told")
APPOSITION = 8
# … and so many when an article opens it, a description of the person ("X, a research fellow at the Tbilisi-based
# Institute for Regional Studies, said")
LONG_APPOSITION = 16


def vouched(doc, toks, idx: list[int], inner: bool) -> bool:
    """Does the context of the name at tokens ``idx`` say it is a person's? ``inner``: the name does not open its
    capitalised run; then only an owner in the possessive before it ("Norway's X") vouches."""
    a, b = idx[0], idx[-1]
    if inner:  # "Norway's X"; "Spaniard X": a nationality noun opening the run
        return _owner_before(doc, toks, a) or (a >= 1 and toks[a - 1].text.lower() in doc.R.nationality_nouns) \
            or nationality_names.demonym_before(doc, toks, idx)
    alone = a == 0 and all(not t.word for t in toks[b + 1:])  # a line of its own: a byline, a caption
    who = b + 2 < len(toks) and toks[b + 1].text == "," and toks[b + 2].text.lower() in doc.R.person_relatives
    return alone or who or _speech_beside(doc, toks, idx) or _number_after(doc, toks, b) or _title_after(doc, toks, b) \
        or bracket_cues.bracket_after(doc, toks, b) \
        or _person_noun_before(doc, toks, a) or _owner_before(doc, toks, a) or _of_person_before(doc, toks, a) \
        or (a >= 2 and toks[a - 1].text == "," and _role_before_comma(doc, toks, a - 1)) \
        or person_frames.cue_through_word(doc, toks, a) or _of_country_after(doc, toks, b)


def _speech(doc, t) -> bool:
    return t.word and not t.cap and t.text.lower().startswith(doc.R.speech)


def _speech_beside(doc, toks, idx: list[int]) -> bool:
    """A speech verb right after the name or right before it, or across one short apposition in commas."""
    a, b = idx[0], idx[-1]
    if b + 1 < len(toks) and _speech(doc, toks[b + 1]):
        return True
    if b + 2 < len(toks) and toks[b + 1].text == "," and _speech(doc, toks[b + 2]):
        return True  # "X, said on Friday"
    if b + 1 < len(toks) and toks[b + 1].text == ",":  # "X, Lukashenko's political adviser, told Reuters"
        j, reach = b + 2, LONG_APPOSITION if b + 2 < len(toks) and toks[b + 2].text.lower() in doc.R.articles else APPOSITION
        while j < len(toks) and j - b <= reach and toks[j].text not in ",.;:!?\"“”":
            j += 1
        if j + 1 < len(toks) and toks[j].text == "," and _speech(doc, toks[j + 1]) \
                and not any(t.word and not t.cap and t.text.lower() in doc.R.org_nouns for t in toks[b + 2:j]):
            return True  # (not "X, South Korea's largest shipbuilder, said": a firm speaks)
    j = a - 1
    if j >= 0 and toks[j].text == ",":  # "said the tourist, X"
        j -= 1
        while j >= 0 and a - j <= 4 and toks[j].word and not toks[j].cap and not _speech(doc, toks[j]):
            j -= 1
    return j >= 0 and _speech(doc, toks[j])


def apposition_vouches(doc, toks, b: int) -> bool:
    """A title or an age in apposition after a single name ("Okonjo, the finance minister,", "Okonjo, 56,"):
    it is a person's surname, even opening a sentence (leftovers.py)."""
    return _title_after(doc, toks, b) or _number_after(doc, toks, b)


def _title_after(doc, toks, b: int) -> bool:
    """", our captain" or ", the club's coach" after the name: a title in apposition (one article or function
    word may stand before it, and one or two lower-case words before a title that closes the apposition)."""
    j = b + 2
    if j >= len(toks) or toks[b + 1].text != ",":
        return False
    if toks[j].word and not toks[j].cap and toks[j].text.lower() in doc.R.articles | doc.R.stopwords:
        j += 1
    if j < len(toks) and toks[j].word and not toks[j].cap and bool(doc.R.role_len([toks[j].text])):
        return True
    # ", the finance minister,", ", the club's coach.": one or two lower-case words before the title, which
    # then closes the apposition
    for k in (j + 1, j + 2):
        if k >= len(toks) or not all(x.word and not x.cap and x.text.lower() not in doc.R.stopwords
                                     for x in toks[j:k]):
            return False
        if toks[k].word and not toks[k].cap and doc.R.role_len([toks[k].text]) \
                and (k + 1 == len(toks) or toks[k + 1].text in ",.;)" or toks[k + 1].text.lower() in doc.R.connectors):
            return True
    return False


def _number_after(doc, toks, b: int) -> bool:
    """", 37" or ", a 52-year-old" after the name: an age, or a minute in a team sheet."""
    j = b + 2
    article = j < len(toks) and toks[j].text.lower() in doc.R.articles
    j += article
    if not (j < len(toks) and toks[b + 1].text == "," and toks[j].text[:1].isdigit()
            and len(toks[j].text.split("-")[0]) <= 3):
        return False
    # "X, 37,", "X, a 52-year-old", "X, a 52 year-old" (not "Bou Haroun, 65 km from …")
    return j + 1 == len(toks) or toks[j + 1].text in ",)" or "-" in toks[j].text \
        or (article and toks[j + 1].word and not toks[j + 1].cap)


def _owner_before(doc, toks, a: int) -> bool:
    """A place or team in the possessive right before the name: "India's X", "Juventus's X"; a listed place
    also opening the sentence ("Kenya's Wanjiru Kamau said")."""
    R = doc.R
    return a >= 1 and toks[a - 1].cap and toks[a - 1].text.endswith(R.possessive) \
        and toks[a - 1].text not in R.possessive \
        and (not toks[a - 1].initial or bool(R.gaz.lookup([R.strip_possessive(toks[a - 1].text)])))


def _of_country_after(doc, toks, b: int) -> bool:
    """"Tran Van Hung of Vietnam", "Munkhbat Erdenebileg of Mongolia": "of" and a country alone after the name,
    as sports and foreign news introduce a foreigner (a firm's or body's name has its head word, which no name
    word is)."""
    R, c = doc.R, b + 2
    return c < len(toks) and toks[b + 1].text in R.connectors and toks[c].cap \
        and R.key(toks[c].text) in R.country_keys and not (c + 1 < len(toks) and toks[c + 1].cap)


def _person_noun_before(doc, toks, a: int) -> bool:
    """A lower-case noun for a person right before the name ("dissident", "batsman", "his mother")."""
    R = doc.R
    if a < 1 or not toks[a - 1].word or toks[a - 1].cap:
        return False
    w = toks[a - 1].text.lower()
    if w in R.stopwords or R.org_noun(w):
        return False
    if R.role_len([w]) or w in R.subject.first_words:
        return True
    return len(w) > 4 and w.endswith(R.person_noun_endings)


def _of_person_before(doc, toks, a: int) -> bool:
    """"the regime of X", "widow of X" (pack: ``person_of_nouns``), "Speaker of parliament X", "the minister of
    finance X": a noun that takes a person after "of", or a title and its lower-case "of" phrase, before the name."""
    R = doc.R
    j = a - 1
    while j >= 1 and a - j <= 4 and toks[j].word and not toks[j].cap and toks[j].text.lower() not in R.connectors:
        j -= 1  # "the minister of finance X": the lower-case words of the "of" phrase
    if j < 1 or toks[j].text.lower() not in R.connectors or not toks[j - 1].word:
        return False
    noun = toks[j - 1].text.lower()
    return (j == a - 1 and noun in R.person_of_nouns) or (j < a - 1 and bool(R.role_len([toks[j - 1].text])))


def _role_before_comma(doc, toks, comma: int) -> bool:
    """A person noun or title in the phrase before the comma: "two opposition leaders, X", "The general director
    of Minsk Tractor Works, X"."""
    j = comma - 1  # a number ends the phrase as its thousands comma did ("75 people were killed and 1,643 wounded, X")
    while j >= 0 and comma - j <= APPOSITION and toks[j].text not in ",;:()\"“”" and not toks[j].text[0].isdigit():
        if _person_noun_before(doc, toks, j + 1):
            return True
        j -= 1
    return False


# Name shape without morphology (persons.py asks these while it reads a capitalised run)


def name_like_opener(doc, words: list[str]) -> bool:
    """Without name morphology, may a pair or triple opening a sentence be a name ("Kamil Jamil didn't …")? Its
    first word is never written in lower case in the document and is no known word, place or title; context
    (person_cues.py) or the surname again must still vouch for it."""
    R, M = doc.R, doc.R.morph
    w = words[0]
    low = w.lower()
    return 2 <= len(words) <= 3 and not M.analyzer and not M.surname_endings and low not in doc.forms \
        and low not in R.stopwords and low not in R.not_names and low not in R.demonyms \
        and low not in R.titles and low not in R.month_words and low not in R.weekday_words \
        and not R.role_len([w]) and not R.gaz.lookup([w]) and not R.gaz.lookup(words[:2]) \
        and not R.org_noun(w) and not w.isupper()

def past_subject(doc, toks, idx: list[int]) -> bool:
    """Is the unknown pair opening a sentence the subject of a past-tense verb right after it that agrees with
    its first word ("Ефрасіння Жаўрыд выйграла", pack: ``past_subject_endings``)?"""
    pairs = doc.R.morph.cfg["past_subject_endings"]
    after = idx[-1] + 1
    if not toks[idx[0]].initial or after >= len(toks) or not toks[after].word or toks[after].cap:
        return False
    if doc.R.morph.analyzer:  # each word unknown to the dictionary: not "Вчера Олувасеун Адеболу выиграл"
        return _singular_verb(doc, toks[after].text) \
            and not any(p.known for i in idx for p in doc.R.morph.parse(toks[i].text))
    if not pairs:
        return False
    first, verb = toks[idx[0]].text.lower(), toks[after].text.lower()
    if first in doc.R.stopwords:
        return False  # "Сама Лук'янчык адмовілася": an emphatic pronoun agrees with the verb but names nobody
    return len(verb) > 4 and any(first.endswith(n) and verb.endswith(v) for n, v in pairs) \
        and not doc.R.adjective(toks[idx[0]].text)


def _singular_verb(doc, word: str) -> bool:
    """With an analyser: is ``word`` a verb in the singular ("забил", "сообщила"), whose subject is one person?
    The dictionary reads the gender too, but a foreign man's name may end as a woman's ("Чуквуэмека")."""
    p = (doc.R.morph.parse(word.lower()) or [None])[0]
    return p is not None and p.known and p.pos == mo.VERB and p.number == mo.SINGULAR


def given_name_as_surname(doc, words: list[str], lead: int, k: int, initial: bool) -> bool:
    """Is the given name at ``k`` the surname of an unknown given name before it (a pair, nothing after)?"""
    R = doc.R
    w = words[lead]
    return k == len(words) - 1 == lead + 1 and not (lead == 0 and initial) and not R.plain_word(w) \
        and not R.gaz.lookup([w]) and w.lower() not in R.stopwords and not R.role_len([w]) \
        and w.lower() not in R.titles and not R.is_noun(w, R.heads)

def joins_org(doc, toks, j: int) -> bool:
    """Does a connector at ``j`` join the run to capitalised words ending in an organisation head ("Financial
    Futures and Options Exchange", "Douglas & Lomason Co"), or a plural's possessive apostrophe ("Lay Volunteers'
    International Organisation")?"""
    R = doc.R
    plural = 0 < j < len(toks) and toks[j].text in ("'", "’") and toks[j - 1].text.endswith(R.plural_endings)
    if not (j + 1 < len(toks) and (toks[j].text == "&" or toks[j].text.lower() in R.connectors or plural)):
        return False
    k = j + 1
    while k < len(toks) and k - j <= 4 and toks[k].word and toks[k].cap:
        k += 1
    return k > j + 1 and R.org_noun(toks[k - 1].text)


def name_before_given(doc, words: list[str], lead: int, k: int, owned, inner: bool = False) -> bool:
    """Is the unknown word before the given name at ``k`` a first given name, right after a title or a title's
    modifier ("Minister of Agriculture Joao Carlos …"), or opening a run inside the sentence (``inner``: "opposition
    leader Rashed Karim Talukder", a name nobody's list knows before one it knows)?"""
    R, j = doc.R, k - 1
    if R.morph.analyzer or R.morph.surname_endings:
        return False  # with name morphology a title's genitive comes before the name ("Глава Роскосмоса …")
    if j < lead or j in owned or not (j == lead > 0 or (j == lead == 0 and inner)
                                      or (j >= 1 and words[j - 1].lower() in R.role_modifiers)):
        return False
    return _name_word(doc, words[j])


def _name_word(doc, w: str) -> bool:
    """May ``w`` be part of a name nobody's list knows: no title word or its modifier, nationality, common
    word, place or organisation head?"""
    R, low = doc.R, w.lower()
    return not (low in R.role_modifiers or low in R.titles or low in R.demonyms or low in R.stopwords
                or low in R.not_names or R.role_len([w]) or R.placeish(w) or R.is_noun(w, R.heads))


def three_part(doc, words: list[str], start: int, n: int, initial: bool) -> bool:
    """Without a given name, do the last three words of a capitalised run make one name ("Tran Quoc Khanh" after
    "Minister of Industry and Trade")? None of them is a title word, place, nationality, common word or an
    organisation word; a run of just three opening a sentence may be anything. Where names decline, see
    ``owned_three``."""
    R = doc.R
    if R.morph.surname_endings:
        return owned_three(doc, words, start, n, initial)  # names decline: whole only after the person's country
    if n - start < 3 or (n - start == 3 and start == 0 and initial):
        return False
    three = words[n - 3:n]
    if R.gaz.lookup(three[:2]) or R.gaz.lookup(three[1:]):
        return False
    plural = "".join(R.plural_endings)  # "Partners": a plural head (the pack's plural endings)
    return all(_name_word(doc, w) and not R.is_noun(w.rstrip(plural), R.heads) and not R.is_noun(w, R.markers)
               for w in three)


def owned_three(doc, words: list[str], start: int, n: int, initial: bool = True) -> bool:
    """In a pack whose names decline, do the last three words of a run that opens with the person's country make
    one name ("міністр энергетыкі Уганды Рута Джума Кагава", "прэзідэнт Кеніі Сэмюэл Кіпран Ротыч")? The country
    after a title marks where the name starts; an African or Asian name of three unknown words is then whole (the
    pair rule would leave its first word to the title). Exactly three words after the place, each a name word; or
    a run of just three inside a sentence, after a lower-case word, where no title or place shares the run
    ("кампанія, якую ўзначальвае Мустафа Эрдэм Айдын")."""
    R = doc.R
    if n - start != 3 or (start == 0 and initial) or (start > 0 and not R.placeish(words[start - 1])):
        return False
    three = words[start:n]
    if R.gaz.lookup(three[:2]) or R.gaz.lookup(three[1:]) or any(R.plain_word(w) for w in three):
        return False
    return all(_name_word(doc, w) and not R.is_noun(w, R.markers) for w in three)


def particle(doc, word: str) -> bool:
    """A name particle alone ("van", "bin") or joined by a hyphen to a capitalised part ("al-Abidine")."""
    low = word.lower()
    head, _, rest = word.partition("-")
    return low in doc.R.particles or (bool(rest) and head.lower() in doc.R.particles and rest[:1].isupper())


def governed(doc, toks, i: int, words: list[str], found: tuple[str, str]) -> tuple[str, str]:
    """(name, key) of the name toks[i:] as ``words``, its genitive undone when the word before it governs that case
    and no rule has changed the name yet ("па словах Фама Ван Лонга": an unknown foreign name)."""
    full = found[0]
    got = doc.R.morph.governed_name(toks[i - 1].text, words) if i > 0 and full == " ".join(words) else None
    return (" ".join(got), doc.R.key(got[-1])) if got else found


def recurring_surname(doc, words: list[str], k: int, end: int) -> bool:
    """Without case endings, does the capitalised word after a given name and one more word (closing the run)
    belong to the name because the document names the person by it more often than by the word before it
    ("Jose Soler Puig" … "Puig said")? A Spanish double name, a three-part name nobody's list knows."""
    if not third_part(doc, words, k, end):
        return False
    counts = doc.name_word_counts
    return counts[words[end]] > counts[words[end - 1]]


def third_part(doc, words: list[str], k: int, end: int) -> bool:
    """Without case endings, may the capitalised word closing the run, two or three words after a given name, be
    the last part of the name ("Ngozi Adaeze Okafor", and "Joao Henrique Albuquerque Moraes" with its two
    surnames): no word the text uses in lower case, no stopword, title, place, given name or organisation word?"""
    R = doc.R
    if R.case_endings or end != len(words) - 1 or end - k not in (2, 3):
        return False
    w, low = words[end], words[end].lower()
    # a given name may close the name ("Ibrahim Danjuma Yusuf") when the middle word is none: not two people
    given = R.morph.first_name(w) and R.morph.first_name(words[end - 1])
    return not (low in doc.forms or low in R.stopwords or low in R.not_names or low in R.not_person
                or low in R.demonyms or low in R.titles or R.gaz.lookup([w]) or given
                or R.role_len([w]) or R.org_noun(w))


def event(doc, words: list[str]) -> bool:
    """Does a capitalised run end in one of the pack's ``event_words`` ("Nortel Open", "World Cup")? An event,
    no person."""
    return len(words) >= 2 and words[-1].lower() in doc.R.events


def complement_before_name(doc, toks, ti: int) -> bool:
    """Is the lone word at ``ti`` right before a full name, a given name and one more capitalised word ("с защитником
    Бенфики Рафаэлом Гимарайншем")? After a title it is the title's complement, a club or a firm named without
    marks, not a second person; a surname the dictionary knows ("помощник Путина Юрий Ушаков") is read elsewhere."""
    j = ti + 1
    return j + 1 < len(toks) and toks[j].word and toks[j].cap and toks[j + 1].word and toks[j + 1].cap \
        and bool(doc.R.morph.first_name(toks[j].text))
