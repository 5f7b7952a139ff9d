"""Where a title phrase before a name starts and ends (read by roles.py): it never reaches across a verb
("сказаў журналістам старшыня …", "подписали министр …"), a farther title governs a nearer one only when the nearer
is in the genitive ("заместитель министра", not "корреспонденту начальник"), a conjunction joins two words of one
complement ("министр промышленности и торговли", pack: ``role_and``), an honorific between the title and the name
is the name's, not the role's ("премьер-министр Катара шейх …", pack: ``titles``), and a relation noun before the
title makes the role someone else's ("муж певицы", pack: ``relation_nouns``)."""
from __future__ import annotations

from .. import morphology as mo
from . import name_shapes, nationality_names
from .tokens import QUOTE_CHARS

PREP_REACH = 3  # words a preposition inside a title's complement takes ("по работе с клиентами")
LIST_REACH = 10  # tokens after a comma of a listed complement where the closing conjunction may stand
ORG_WORDS = 4  # words of an organisation's name before a title it owns (org_before)


def verb_like(doc, t) -> bool:
    """Is the lower-case word a verb ("сказаў", "падпісалі", "заявил")? The analyser says so where the pack has one;
    otherwise a speech-verb start or a verb ending of the pack."""
    low = t.text.lower()
    if not t.word or t.cap or doc.R.role_len([t.text]):
        return False
    M = doc.R.morph
    if M.analyzer:
        p = (M.parse(low) or [None])[0]
        return p is not None and p.pos in (mo.VERB, mo.INFINITIVE, mo.GERUND, mo.SHORT_PARTICIPLE)
    R = doc.R  # (a body's head noun in the genitive is no past verb: "дырэктар філіяла", -яла as in "стаяла")
    return (low.startswith(R.speech) or low.endswith(R.verb_endings)) and not any(R.is_noun(t.text, h) for h in (R.heads, R.unit_heads, R.posted_heads))


def governs(doc, toks, farther: int, nearer: int) -> bool:
    """May the title at ``farther`` join the title at ``nearer`` in one role? Where titles change their endings
    with case: when the nearer one is its genitive complement ("заместитель министра") or both stand in one case
    ("представитель армии полковник X"), not "корреспонденту начальник X"."""
    R, M = doc.R, doc.R.morph
    if not R.case_endings:
        return True
    word, far = toks[nearer].text.lower(), toks[farther].text.lower()
    if M.analyzer:  # a genitive complement, or two titles in one case ("представитель армии полковник X")
        cases = [{q.case for q in M.parse(w) if q.pos == mo.NOUN} for w in (far, word)]
        return R.genitive_like(word) or bool(cases[0] & cases[1])
    if _base_title(doc, word):  # a title in its listed base form is nominative: "карэспандэнту БЕЛТА старшыня"
        return _base_title(doc, far)  # two titles in the nominative: "прадстаўнік арміі палкоўнік X"
    return R.genitive_like(word)


def _base_title(doc, word: str) -> bool:
    word = doc.R.morph.plain_initial(word)  # "ўрач" after a vowel is the listed "урач"
    return any(len(r) == 1 and doc.R.morph.fold(word) == doc.R.morph.fold(r[0]) for r in doc.R.roles)


def joins_complement(doc, toks, j: int, taken) -> bool:
    """Is the conjunction at ``j`` inside one title's complement ("министр промышленности и торговли", "Minister of
    Industry and Trade")? Both neighbours are words and no title; genitives where words change their endings,
    capitalised words where they do not."""
    R = doc.R
    if toks[j].text.lower() not in R.role_and or j == 0 or j + 1 >= len(toks) or j - 1 in taken:
        return False
    a, b = toks[j - 1], toks[j + 1]
    if not (a.word and b.word) or R.role_len([a.text]) or R.role_len([b.text]):
        return False
    if R.case_endings:
        return (R.genitive_like(a.text) and R.genitive_like(b.text) or _oblique_pair(doc, a.text, b.text)) \
            and not verb_like(doc, a)
    return a.cap and b.cap


def _oblique_pair(doc, a: str, b: str) -> bool:
    """With an analyser: are both nouns in one oblique case ("по стратегии и развитию": dative)?"""
    M = doc.R.morph
    if not M.analyzer:
        return False
    cases = [{p.case for p in M.parse(w.lower()) if p.pos == mo.NOUN} - {mo.NOMINATIVE, mo.ACCUSATIVE} for w in (a, b)]
    return bool(cases[0] & cases[1])


def clause_break(doc, toks, i: int) -> bool:
    """Does a clause start at ``i`` ("who spent …", "который …")? Not an "and" inside one title's complement, nor
    one before a second title ("former mayor and Ohio secretary of state")."""
    low = toks[i].text.lower()
    if low not in doc.R.clause_breaks or joins_complement(doc, toks, i, set()):
        return False
    ahead = [t.text for t in toks[i + 1:i + 4] if t.word]
    return not (low in doc.R.role_and and any(doc.R.role_len(ahead[x:]) for x in range(len(ahead))))


def words_between(toks, start: int, name: int) -> int:
    """How many words stand between a title and the name?"""
    return sum(1 for t in toks[start + 1:name] if t.word)


def complement_run(doc, toks, start: int, name: int) -> bool:
    """Are the words between a title and the name its complement: genitives and adjectives, capitalised and
    quoted names, "and" between two of them, a preposition of a complement (``role_prepositions``: "по
    вопросам прав человека", "по работе с клиентами") with the words it takes, and a function word before a
    capitalised or genitive word ("в России", "от штата Аризона")?"""
    R = doc.R
    if name - 1 > start and toks[name - 1].text.lower() in doc.R.role_and:
        return False  # "министр и Иван Петров": two people
    prep, governed, quoted = 0, False, False
    for i in range(start + 1, name):
        t, low = toks[i], toks[i].text.lower()
        if t.text in QUOTE_CHARS:
            quoted = not quoted
        elif quoted or t.cap or {t.text, toks[i - 1].text} & R.number_words or not t.word and t.text == "." \
                or listed_complement(doc, toks, i, name, ()):
            continue
        elif low in R.morph.cfg["role_prepositions"]:
            prep = PREP_REACH
        elif prep or governed and low in doc.R.role_and:
            prep = 2 if low in doc.R.role_and else prep - 1  # "по связям с X и Y": Y too
            governed = True
            continue
        elif not (R.genitive_like(t.text) or R.adjective(t.text) or low in doc.R.role_and
                  or low in R.stopwords and toks[i + 1].word and (toks[i + 1].cap or R.genitive_like(toks[i + 1].text))):
            return False  # "в России", "от штата Аризона" qualify the title; "с министром" does not
        governed = False
    return True


def listed_complement(doc, toks, j: int, name: int, taken) -> bool:
    """Is the comma at ``j`` in a title's complement: a list closed by a conjunction that joins two such words further
    on ("Minister of Lands, Housing and Urban Development X"; neighbours as ``joins_complement`` wants them), or a
    second remit after it ("министр иностранных дел, по делам эмигрантов X")?"""
    if toks[j].text != "," or j == 0 or j + 1 >= name:
        return False
    a, b = toks[j - 1], toks[j + 1]
    if not (a.word and b.word) or j - 1 in taken or doc.R.role_len([a.text]) or doc.R.role_len([b.text]):
        return False
    if doc.R.case_endings and not (doc.R.genitive_like(a.text) and (doc.R.genitive_like(b.text) or b.text.lower() in doc.R.org_preps)
                                   or _oblique_pair(doc, a.text, b.text) or _governed_place(doc, toks, j + 1, name)):
        return False  # "по стратегии бизнеса в России, на Украине и в Казахстане": places listed with prepositions
    if not doc.R.case_endings and not (a.cap and b.cap):
        return False
    return b.text.lower() in doc.R.org_preps or any(joins_complement(doc, toks, k, taken) for k in range(j + 2, min(name, j + LIST_REACH)))


def _governed_place(doc, toks, k: int, name: int) -> bool:
    """A preposition and the capitalised place it governs at ``k`` ("на Украине"), an item of a list of places in
    a title's complement."""
    return k + 1 < name and toks[k].text.lower() in doc.R.stopwords and toks[k + 1].cap \
        and bool(doc.R.gaz.lookup([toks[k + 1].text]))


def role_end(doc, toks, head: int, name: int) -> int:
    """Index where the role phrase before the name ends: at a verb ("Губернатором области назначен X": the copula
    is no part of it); honorifics ("шейх", "Sir", "Dr.") right before the name belong to the name."""
    end = next((k for k in range(head + 1, name) if verb_like(doc, toks[k])), name)
    while end - 1 > head and (not toks[end - 1].word and toks[end - 1].text == "." or _listed(doc, toks[end - 1].text,
                                                                                              doc.R.titles)):
        end -= 1
        if end - 1 > head and toks[end].text == "." and len(toks[end - 1].text) == 1 and toks[end - 1].cap:
            end -= 1  # an initial of the name: "премьер-министр России В. Путин"
    while end - 1 > head and toks[end - 1].cap and not toks[end - 1].initial \
            and doc.R.morph.first_name(toks[end - 1].text) \
            and not name_shapes.oblique_before_given(doc, [toks[end - 1].text, toks[name].text], 0):
        end -= 1  # given names of the person the name pass cut short: "… по экономике Луисом Альберто Гонсалесом"
    if end - 1 > head and toks[end - 1].word and not toks[end - 1].cap and nationality_names.nationality_noun(doc, toks[end - 1].text):
        end -= 1  # "наставник «Гомеля» испанец X": the nationality is no part of the title
    while end < name and not toks[end].word:
        end += 1  # a dot closing an abbreviated honorific stays with it
    return end


def honorifics_before(doc, toks, name: int) -> int | None:
    """Index of the last word before the honorifics right before the name ("… Катара шейх Хамад": the index of
    "Катара"), None when no honorific stands there."""
    j = name - 1
    while j >= 0 and (toks[j].text == "." or _listed(doc, toks[j].text, doc.R.titles)):
        j -= 1
    return j if j < name - 1 else None


def complement_name(doc, toks, name: int) -> bool:
    """Does an article or connector stand right before the name ("head of Clinton's campaign", "manager of the Red
    Sox")? Then the name completes a title, it does not hold it."""
    low = toks[name - 1].text.lower() if name > 0 else ""
    return low in doc.R.connectors - doc.R.role_and or low in doc.R.articles


def verb_between_ok(doc, toks, start: int, name: int) -> bool:
    """A verb between a title and the name leaves the title the name's only as a copula's complement in the
    instrumental ("Губернатором области назначен X"); "Израильскому премьеру привиделся заговор X", "Міністр
    сустрэўся з X" are someone else's sentence. Without an analyser the pack's instrumental endings tell it."""
    M = doc.R.morph
    if not any(verb_like(doc, t) for t in toks[start + 1:name]):
        return True
    if not M.analyzer:
        return toks[start].text.lower().endswith(doc.R.title_instrumental) if doc.R.title_instrumental else True
    return any(q.pos == mo.NOUN and q.case == mo.INSTRUMENTAL for q in M.parse(toks[start].text.lower()))


def case_clash(doc, toks, title: int, name: int) -> bool:
    """With an analyser: does the title, governed by a preposition, stand in a case the name cannot ("В беседе с
    министром … Иван Петров сказал": the minister is someone else)? Only a name word the analyser knows as a given name or surname
    tells its case; a foreign or indeclinable name agrees with any title. Without an analyser: a title in the
    pack's instrumental endings before a listed given name in its base form."""
    M = doc.R.morph
    j = title - 1
    while j >= 0 and toks[j].word and (doc.R.adjective(toks[j].text) or oblique_adjective(doc, toks, j, title)):
        j -= 1
    if j < 0 or toks[j].text.lower() not in doc.R.stopwords:
        return False  # no preposition governs the title: "назначил министром финансов Ивана Петрова" is his
    if not M.analyzer:  # a title with a man's instrumental ending before a listed given name as written,
        low, end = toks[title].text.lower(), name  # no word of the name so ending ("паслом … Хасэ … Крусам")
        while end < len(toks) and end - name < 6 and toks[end].word:
            end += 1  # the name with its particles ("дэ ла")
        return bool(M.instrumental_endings) and low.endswith(M.instrumental_endings) \
            and not _base_title(doc, low) and toks[name].text.lower() in M.first_names \
            and not any(t.cap and t.text.lower().endswith(M.instrumental_endings) for t in toks[name:end])
    lemmas = doc.R.role_lemmas(toks[title].text)
    titles = {p.case for p in M.parse(toks[title].text.lower()) if p.pos == mo.NOUN and M.fold(p.base) in lemmas}
    end = name
    while end + 1 < len(toks) and toks[end + 1].word and toks[end + 1].cap:
        end += 1
    told = [c for c in (_name_cases(M, toks[name].text), _name_cases(M, toks[end].text)) if c]
    return bool(titles and told) and not any(titles & c for c in told)


def _name_cases(M, word: str) -> set:
    """Cases of a name word's singular readings as a given name or surname; empty when the analyser does not know
    the word or reads it as indeclinable (a foreign name agrees with any title)."""
    names = [p for p in M.parse(word) if p.kinds & {mo.GIVEN, mo.SURNAME} and p.number != mo.PLURAL]
    if not any(p.known for p in names) or any(mo.INDECLINABLE in p.marks for p in names):
        return set()
    return {p.case for p in names}


def oblique_adjective(doc, toks, i: int, head: int) -> bool:
    """Without an analyser: a lower-case word with an oblique adjective ending before an inflected title
    ("новаму кіраўніку", "былым дырэктарам") is the title's adjective (the pack's ``oblique_adjective_endings``)."""
    R, t = doc.R, toks[i]
    if R.morph.analyzer or t.cap or not R.oblique_adj or verb_like(doc, t):
        return False
    return t.text.lower().endswith(R.oblique_adj) and not _base_title(doc, toks[head].text.lower())


def governed_noun(doc, toks, i: int, head: int) -> bool:
    """Without an analyser: is the word at ``i`` before a title in its base form the noun a preposition governs
    ("паведаміў на цырымоніі міністр X", "падчас сустрэчы старшыня")? No preposition takes the nominative, so a
    word right after one that has no oblique adjective ending is no adjective of a base-form title."""
    R = doc.R
    if R.morph.analyzer or i == 0 or toks[i - 1].text.lower() not in R.prepositions:
        return False
    return not (R.oblique_adj and toks[i].text.lower().endswith(R.oblique_adj)) \
        and _base_title(doc, toks[head].text.lower())


def balanced(role: str) -> str:
    """The role without a quote mark whose partner is outside it ("чемпион мира»" -> "чемпион мира")."""
    opening, closing = role.count("«") + role.count("„"), role.count("»") + role.count("“")
    if opening == closing and role.count('"') % 2 == 0:
        return role
    return role.strip("«»„“\"").strip() if role.strip("«»„“\"") else role


def bracketed_owner(doc, s: str, toks, k: int) -> str:
    """" (X)" when brackets right after the name hold abbreviations or a listed place: whom the title serves
    ("депутат Олег Бурый (КПРФ)" -> "депутат (КПРФ)", "чемпион мира X (Россия)"); "" otherwise (a name in
    another script, a date, a remark)."""
    if k + 2 >= len(toks) or toks[k].text != "(":
        return ""
    close = next((e for e in range(k + 1, min(len(toks), k + 6)) if toks[e].text == ")"), None)
    inner = toks[k + 1:close] if close else ()
    if not inner or not all(t.word and (t.abbr or (t.cap and doc.R.gaz.lookup([t.text]))) for t in inner):
        return ""
    return f" ({s[inner[0].start:inner[-1].end]})"


def relation_before(doc, toks, start: int, taken) -> int | None:
    """Index of a relation noun heading the title ("муж певицы", "вдова режиссёра", "widow of the director"), so
    that the role is the relation, not the relative's title; articles and connectors may stand between."""
    R = doc.R
    nouns = set(R.morph.cfg["relation_nouns"])
    j = start - 1
    while j >= 0 and toks[j].word and (toks[j].text.lower() in R.articles or toks[j].text.lower() in R.connectors):
        j -= 1
    if not nouns or j < 0 or j in taken or not toks[j].word:
        return None
    return j if _listed(doc, toks[j].text, nouns) else None


def _listed(doc, word: str, words) -> bool:
    """Is ``word`` a listed word in any of its forms ("шэйхам" of "шэйх", "Dr" of "dr")?"""
    low = word.lower().rstrip(".")
    if not words or not low:
        return False
    return low in words or bool(doc.R.case_endings and doc.R.role_lemmas(word) & set(words))


def appositive_ok(doc, ahead: list[str], x: int) -> bool:
    """May the words after the comma be the name's appositive title ("X, бывший мэр Y")? Not when they open with a
    conjunction ("а также главы …") or a function word other than "one of" ("was appointed manager"), or the
    title is in the plural ("X, Y, представители власти")."""
    R, M = doc.R, doc.R.morph
    if any(w.lower() in R.clause_breaks for w in ahead[:x + 1]):
        return False
    first = ahead[0].lower()
    if x and first in R.stopwords and first not in R.role_modifiers and not (x == 2 and ahead[1].lower() in R.stopwords):
        return False  # "X, was appointed general manager": a predicate, not an appositive ("one of the founders" is)
    if not M.analyzer or (x and ahead[x - 1].lower() in R.stopwords):
        return True  # "одному из президентов компании": one of several, a title of his
    nouns = [q for q in M.parse(ahead[x]) if q.pos == mo.NOUN]
    return not nouns or not all(q.number == mo.PLURAL for q in nouns)


def bracketed_part(doc, toks, close: int) -> bool:
    """Is the one capitalised word in brackets closing at ``close`` part of the title before it ("Deputy Secretary
    (East)", "Minister (Energy)")?"""
    word = toks[close - 1]
    return close >= 3 and word.word and word.cap and not doc.R.gaz.lookup([word.text]) \
        and doc.R.role_len([toks[close - 3].text]) > 0


def participle_title(doc, head: str) -> str | None:
    """The nominative of a participle opening a listed title of several words ("исполняющего" -> "исполняющий"),
    or None."""
    M = doc.R.morph
    for p in M.parse(head.lower())[:4] if M.analyzer else ():
        form = p.inflect(mo.NOMINATIVE, mo.SINGULAR, p.gender) if p.pos == mo.PARTICIPLE and p.gender else None
        if form and M.fold(form) in doc.R.role_heads and M.fold(form) != M.fold(head.lower()):
            return form
    return None


def org_before(doc, toks, start: int, taken) -> int:
    """Where names keep their form, a capitalised organisation name ending in an organisation noun right before a
    title in lower case is the title's owner ("Minsk Tractor Works general director X", "Halyk Bank chief
    economist X"): the title starts at the name's first word (at most ``ORG_WORDS`` back)."""
    R = doc.R
    last = start if toks[start].cap else start - 1  # (a compound title may have taken the noun already)
    if R.case_endings or last < 0 or last + 1 >= len(toks) or toks[last + 1].cap or last in taken or not toks[last].cap:
        return start
    first, heads = last, [last]
    while first - 1 >= 0 and last - first < ORG_WORDS and first - 1 not in taken and toks[first - 1].word \
            and (toks[first - 1].cap and (not toks[first - 1].initial or _named_anyway(doc, toks[first - 1].text)
                                          or (R.is_noun(toks[first].text, R.heads)  # "Interior Ministry spokesman"
                                              and toks[first - 1].text.lower() not in R.stopwords))
                 or first >= 2 and toks[first - 1].text.lower() in R.connectors and toks[first - 2].cap):
        first -= 1  # "Bank of England governor": a connector between two capitalised words too
        heads.append(first)
    owner = [i for i in heads if toks[i].cap and R.org_noun(toks[i].text)]
    return min(first, start) if first < last and owner and (last in owner or not toks[last - 1].cap) else start


def _named_anyway(doc, word: str) -> bool:
    """Is a sentence's capitalised first word a name all the same: a listed place, or a word the text capitalises
    inside a sentence ("Minsk Tractor Works …", not "Yesterday"), or an organisation's head ("Ministry of Health …")?"""
    return bool(doc.R.gaz.lookup([word])) or word.lower() in doc.capitalised_inside or doc.R.is_noun(word, doc.R.heads)
