"""Parts of organisation names the organisation pass (organisations.py) reads: a place in the genitive after a lower-case head ("парламент Чечни"), the relational
adjectives before a head ("шахматная федерация"), members in the genitive plural ("совет муфтиев"), and a
prepositional phrase that belongs to the name ("комитет по иностранным делам", "совет при президенте").

Functions over ``doc``, the ``Extraction`` (document.py): ``doc.R`` is the pack's resources; ``used`` marks the
tokens earlier passes claimed.
"""
from __future__ import annotations

from .. import morphology as mo
from . import attributives, org_remit, org_remit_objects, org_standing, org_topics

from .tokens import QUOTE_CHARS, ROMAN


def place_follows(doc, toks, used, i: int) -> bool:
    """After a lower-case head, a place in the genitive, maybe after up to three lower-case genitive words:
    "правительство Китая", "парламенту Чечни", "совет муфтиев России", "министерство иностранных дел России"."""
    R = doc.R
    j = i + 1
    while j < len(toks) and j - i <= 3 and toks[j].word and not toks[j].cap and not used[j] \
            and (genitive_word(R, toks[j]) or members(R, toks[j].text)):
        j += 1
    if j >= len(toks) or used[j] or not (toks[j].word and toks[j].cap):
        return False
    w = toks[j].text
    if j + 1 < len(toks) and toks[j + 1].word and not toks[j + 1].cap and not used[j + 1] \
            and R.gaz.head_gender(toks[j + 1].text) and R.adjective(w) and genitive_word(R, toks[j + 1]):
        return True  # "администрация Первомайского района": a district named by an adjective
    hit = R.gaz.lookup([w])
    if hit:  # inflected ("Китая") or an abbreviation ("США"); "центр Сколково" names the place, not its body
        return toks[j].abbr or R.key(w) != R.key(hit)
    if j > i + 1 or toks[j].abbr or R.morph.analyzer is None:
        return False
    cases = {p.case for p in R.morph.parse(w)[:3] if mo.PLACE in p.kinds}
    return mo.GENITIVE in cases and mo.NOMINATIVE not in cases  # not an indeclinable name ("Сколково")


def domain_follows(doc, toks, used, i: int) -> bool:
    """A head the pack lists as naming its domain (``domain_heads``) with a lower-case genitive noun after it,
    maybe after one adjective: "министерства обороны", "министерство иностранных дел", "федерации тенниса". The
    genitive names what the body is for, so the phrase is a name even with no place or capital in it."""
    R = doc.R
    j, alone = i + 1, i + 2 >= len(toks) or not toks[i + 2].word or toks[i + 2].cap  # "адукацыі Гомельскага": a noun
    if j < len(toks) and toks[j].word and not toks[j].cap and not used[j] and R.adjective(toks[j].text) and not alone:
        j += 1  # "иностранных"
    return j < len(toks) and not used[j] and not used[i + 1] \
        and (genitive_word(R, toks[j]) or org_remit.domain_genitive(R, toks, i, j)) \
        and R.is_noun(toks[i].text, R.domain_heads) \
        and (j == i + 1 and alone or not R.adjective(toks[j].text))


def adjective_head(R, toks, j: int) -> bool:
    """An adjective and an organisation head at ``j``: "… и налоговой инспекции" after a name opens a second body."""
    return j + 1 < len(toks) and toks[j + 1].word and R.adjective(toks[j].text) \
        and R.is_noun(toks[j + 1].text, R.heads)


def abbreviation_follows(doc, toks, used, i: int) -> bool:
    """A lower-case head of a unit (``unit_heads``) right before the name of an organisation names a unit of it:
    its abbreviation ("пресс-служба МЧС", "комиссия ЕС", "комитет ООН против пыток") or its capitalised name
    ("комиссия Европейского союза", "пресс-служба Министерства обороны"); a kind noun before one is its
    apposition ("федерации ФИДЕ": ФИДЕ itself), a role is no head ("министр МВД")."""
    R, j = doc.R, i + 1
    if j >= len(toks) or used[j] or not toks[j].word or not toks[j].cap or R.gaz.lookup([toks[j].text]) \
            or not R.is_noun(toks[i].text, R.unit_heads):
        return False
    if toks[j].abbr:
        return len(toks[j].text) >= 2 and toks[j].text not in R.legal and toks[j].text.lower() not in R.not_names \
            and not ROMAN.fullmatch(toks[j].text)
    return R.is_noun(toks[j].text, R.heads) or opens_org(doc, toks, j) or adjective_head(R, toks, j)


def posted_tail(doc, toks, used, end: int, head: int) -> int:
    """"посольство России в Японии", "представительства компании в Германии": a listed place after a locative
    preposition (``posted_prepositions``) is part of the name after a head the pack lists as posted somewhere
    (``posted_heads``); elsewhere it says where a body met ("комитет ООН против пыток в Женеве"). The token after
    the name."""
    R = doc.R
    if end + 1 >= len(toks) or toks[end].text.lower() not in R.posted_preps or used[end + 1] \
            or not R.is_noun(toks[head].text, R.posted_heads):
        return end
    for n in (2, 1):
        words = [t.text for t in toks[end + 1:end + 1 + n]]
        if len(words) == n and all(t.word and not used[end + 1 + k] for k, t in enumerate(toks[end + 1:end + 1 + n])) \
                and words[-1][:1].isupper() and R.gaz.lookup(words):
            return end + 1 + n
    return end


def describes_name(doc, toks, start: int, head: int, end: int) -> bool:
    """"Шведская компания IKEA", "Крупнейшая компания России «Роснефть»": adjectives and a kind noun (``org_markers``),
    maybe with its country, right before a name describe that name, the organisation; they name none of their own
    (a person's name after one opens a title: "директор Белорусского металлургического завода Виктор …")."""
    R = doc.R
    place = head + 2 <= end <= head + 3 and toks[head + 1].cap and bool(R.gaz.lookup([toks[head + 1].text]))
    if place and end == head + 3:  # "банк России Сбербанк": the name is the phrase's last word
        end -= 1
    return (end == head + 1 or place) and end < len(toks) and not toks[head].cap \
        and ((toks[end].text in QUOTE_CHARS and toks[end].text not in "»”") or (toks[end].word and toks[end].cap)) \
        and not R.gaz.lookup([toks[end].text]) and not R.morph.first_name(toks[end].text) \
        and R.is_noun(toks[head].text, R.markers) and all(R.adjective(t.text) for t in toks[start:head])


def place_before_body(doc, toks, used, head: int) -> int | None:
    """"the Vitebsk regional executive committee", "Minsk city council": a listed place, then one to three
    lower-case words (no function word), then the lower-case head name the body of that place; the place's index,
    else None. A head right after the place ("Moscow police") is a description. Only where the pack writes no
    lower-case head after a name (``lower_head_after_name_is_org`` false): there a place stands before a body
    uninflected; elsewhere its adjective does ("Минский городской совет", organisations.py)."""
    R, j = doc.R, head
    if R.lower_head_org or toks[head].text.lower() in R.org_nouns:
        return None  # (a noun that describes: "a California avocado group")
    while j > 0 and head - j < 3 and toks[j - 1].word and not toks[j - 1].cap and not used[j - 1] \
            and toks[j - 1].text.lower() not in R.stopwords and not toks[j - 1].text.lower().endswith(R.verb_endings):
        j -= 1
    k = j - 1
    if j == head or k < 0 or used[k] or not (toks[k].word and toks[k].cap) or toks[k].abbr \
            or R.gaz.lookup([toks[k].text]) is None \
            or (k > 0 and toks[k - 1].word and toks[k - 1].cap and toks[k - 1].text.lower() not in R.stopwords):
        return None
    return k


def lower_adjectives_before(doc, toks, used, head: int) -> int:
    """The start of a lower-case organisation name: the relational adjectives before its head belong to it
    ("шахматная федерация Израиля", "американское министерство иностранных дел"), not a quality ("новое")."""
    j = head
    while j > 0 and head - j < 2 and toks[j - 1].word and not toks[j - 1].cap and not used[j - 1] \
            and toks[j - 1].text.lower() not in doc.R.stopwords \
            and (relational(doc.R, toks[j - 1].text) or org_standing.name_adjective(doc.R, toks[j - 1].text)):
        j -= 1
    return j


def relational_before(doc, toks, i: int) -> bool:
    """A lower-case adjective of relation right before the quote at ``i`` ("минское «Динамо»", "с витебским
    «Витязем»"), or one capitalised only as a sentence's first word ("Мінскі «Строітэль» згуляе …"), with one of
    the pack's ``relational_adjective_endings``: a club or firm of a place, named in quotes."""
    b = i - 1
    return b >= 0 and toks[b].word and (not toks[b].cap or toks[b].initial) and toks[b].end == toks[i].start - 1 \
        and toks[b].text.lower() not in doc.R.stopwords and relational(doc.R, toks[b].text) \
        and toks[b].text.lower().endswith(doc.R.relational_endings)  # of a place: "минское", not "очередной"


def quoted_base(doc, inner: str, rules: str = "") -> str:
    """A quoted one-word name in its base form where the analyser reads it as inflected ("Витязем" -> "Витязь");
    without one, by the pack's ``rules`` where given ("капітан «Дзвіны»" -> "Дзвіна"). As written otherwise."""
    M = doc.R.morph
    if not M.analyzer or " " in inner:
        return M.rule_base(inner, rules) if rules and " " not in inner else inner
    p = next((p for p in M.parse(inner)[:1] if p.pos == mo.NOUN and p.case != mo.NOMINATIVE), None)
    inf = p.inflect(mo.NOMINATIVE, p.number) if p is not None else None
    return M.match_case(inf, inner) if inf else inner


def quoted_owner(doc, si: int, start: int, inner: str) -> bool:
    """"болельщика «Спартака»", "акции «Газпрома»": one quoted word in the genitive after a lower-case noun names
    the body that noun belongs to: an organisation. Needs the analyser (it tells the case)."""
    R, M = doc.R, doc.R.morph
    if not M.analyzer or " " in inner or not inner[:1].isupper() or R.gaz.lookup([inner]):
        return False  # (a listed place in quotes names a ship or a team of that place: "гибели «Колумбии»")
    words = doc.sentences[si][:max(start - 1, 0)].split()
    before = words[-1:]  # (lower case, or opening the sentence: "Болельщики «Зенита» …")
    if not before or not before[0].isalpha() or not (before[0].islower() or len(words) == 1):
        return False  # (a title in quotes keeps its nominative: "фильм «Брат»"; "проект «Газпрома»" is the owner)
    word = M.parse(before[0])
    return bool(word) and word[0].pos == mo.NOUN and genitive_name(M, inner)


def genitive_name(M, inner: str) -> bool:
    """Does the analyser read a one-word name only as a noun in the genitive ("Газпрома", not "Брат")?"""
    name = M.parse(inner) if M.analyzer and " " not in inner else ()
    return bool(name) and name[0].pos == mo.NOUN and name[0].case == mo.GENITIVE \
        and not any(p.case == mo.NOMINATIVE for p in name[:3])


def quoted_abbreviation(doc, inner: str) -> bool:
    """"в «КП»", "акции «РЖД»": an abbreviation in quotes is the name of a body (a publication, a firm), unless
    the pack lists it as no name or it is a listed place."""
    return 2 <= len(inner) <= 6 and inner.isalpha() and inner.isupper() and inner.lower() not in doc.R.not_names \
        and not doc.R.gaz.lookup([inner])


def relational(R, word: str) -> bool:
    """An adjective of relation ("шахматная", "японский"): the analyser's adjective that is no quality, pronoun or
    number; without an analyser, one with an ending the pack lists (``relational_adjective_endings``)."""
    if not R.morph.analyzer:
        return word.lower().endswith(R.relational_endings)
    if word.lower().endswith(R.relational_endings):
        return True  # "-ский": of a place, also where the dictionary knows the word first as a surname ("Браславский")
    ps = R.morph.parse(word)
    return bool(ps) and ps[0].pos == mo.ADJECTIVE and not {mo.PRONOMINAL, mo.ORDINAL} & ps[0].marks \
        and (mo.QUALITATIVE not in ps[0].marks or of_noun(R, ps[0].base)) \
        and ps[0].base not in R.sequence_adjectives  # "Следующая партия": of time or order, not of relation


def of_noun(R, base: str) -> bool:
    """Is the adjective ``base`` made from a noun by a suffix of the pack's ``relational_suffixes`` ("шахмат-ный",
    "почт-овый", "уголь-ный")? The analyser reads many such adjectives as qualities ("шахматная федерация"):
    the stem, a noun its dictionary knows in its base form (or a plural-only noun: "шахматы"), says they relate
    to a thing; a stem that is only some other form of a noun says nothing ("круп-ный")."""
    for suffix in R.relational_suffixes:
        stem = base[:-len(suffix)]
        if base.endswith(suffix) and len(stem) >= 3 and any(
                p.pos == mo.NOUN and p.known and (p.base == stem or mo.PLURAL_ONLY in p.marks)
                for p in R.morph.parse(stem)[:1]):  # (the likeliest reading: "круп" is крупа's)
            return True
    return False


def disagrees(R, word: str, after: str) -> bool:
    """Does ``word`` fail to agree with the word after it, so that it modifies nothing there? Without an analyser:
    a word ending like a nominative adjective before an inflected word ("Эксперты Сусветнага банка"); with one:
    no reading of it shares case, number and gender with a reading of the next ("Позднее комиссия ЕС …")."""
    if R.morph.analyzer:
        return _disagree_parsed(R.morph, word, after)
    if not R.oblique_adj:
        return False
    low, nxt = word.lower(), after.lower()
    return not low.endswith(R.oblique_adj) and nxt.endswith(R.oblique_adj + tuple(R.genitive))


def _disagree_parsed(M, word: str, after: str) -> bool:
    """No adjective reading of ``word`` agrees in case, number and (in the singular) gender with a reading of
    ``after``, as the analyser reads them; False when either has no such reading to compare."""
    adj = [p for p in M.parse(word)[:4] if p.pos in (mo.ADJECTIVE, mo.PARTICIPLE)]
    nxt = [p for p in M.parse(after)[:4] if p.pos in (mo.NOUN, mo.ADJECTIVE, mo.PARTICIPLE)]
    if not adj or not nxt:
        return False
    return not any(a.case == b.case and a.number == b.number
                   and (a.number == mo.PLURAL or not a.gender or not b.gender or a.gender == b.gender)
                   for a in adj for b in nxt)


def prepositional_tail(doc, toks, used, end: int, first: int, proper: bool = False) -> int:
    """"комитет по иностранным делам", "комитет при прокуратуре", "МЧС по Санкт-Петербургу": a preposition the
    pack lists (``org_name_prepositions``: [preposition, the case it governs]) with the words it governs, up to
    two genitive words after them, is part of the name. The token after the name (``end`` when there is none).
    After a lower-case head the phrase opens with an adjective ("по иностранным делам"): "предприятие по сборке
    автобусов" describes a firm, it names none. Needs the analyser (it tells the case)."""
    R, M = doc.R, doc.R.morph
    case = R.org_preps.get(toks[end].text.lower()) if end < len(toks) and toks[end].word else None
    if not case or (not proper and org_topics.meeting_before(doc, toks, first, end)):  # "совещание облисполкома по …"
        return end  # (a second phrase, after "при …", still belongs to the body: "Совета при президенте по …")
    if not M.analyzer:  # "камісія па адукацыі": by endings, after a body named by its remit
        return org_remit.remit_tail(doc, toks, used, end, first, genitive_word)
    # a capitalised name, a second phrase, a body named by an abbreviation ("Комитет ООН по правам ребенка") or by
    # its remit ("(временная) комиссия по образованию")
    proper = proper or (toks[first].cap and (not toks[first].initial or org_standing.opening(R, toks, first, end))) \
        or any(toks[x].abbr or R.is_noun(toks[x].text, R.domain_heads) for x in range(first, end)) \
        or org_remit_objects.governs(doc, toks, first, end)  # "служба по надзору в сфере …": a remit of its own
    j, noun = end + 1, None
    while j < len(toks) and j - end <= 6 and toks[j].word and not used[j]:  # "по церковной … и социальному служению"
        if noun == j - 1 and _and_same_case(R, toks, j, case):
            j += 1  # "по безопасности и сотрудничеству": two nouns the preposition governs
            continue
        ps = [p for p in M.parse(toks[j].text)[:3] if p.case == case]
        if not ps or ps[0].pos not in (mo.NOUN, mo.ADJECTIVE) or toks[j].text.lower() in R.stopwords:  # "в"
            break
        if j == end + 1 and not proper and ps[0].pos == mo.NOUN and not toks[j].cap \
                and mo.ANIMATE not in ps[0].marks and not R.is_noun(toks[j].text, R.heads) \
                and not _and_same_case(R, toks, j + 1, case):  # "сборная России по бобслею и скелетону"
            return end
        noun = j if any(p.pos == mo.NOUN for p in ps) else noun
        j += 1
        if noun == j - 1 and toks[noun].cap and not _and_same_case(R, toks, j, case):
            break  # "по Санкт-Петербургу": a name ends the phrase (or two: "… и Ленинградской области")
    if noun is None:
        return end
    k = j = noun + 1
    # (a word that may be a verb ends the name: "… по Омской области прибыли утром")
    while k < len(toks) and k - j < 2 and toks[k].word and not used[k] and ((
            genitive_word(R, toks[k]) and all(p.pos != mo.VERB for p in M.parse(toks[k].text)[:3])) or (
            toks[k].cap and ((toks[k].abbr and not _owner_follows(toks, k)) or R.gaz.lookup([toks[k].text])))):
        k += 1  # "по развитию информационного общества", "при президенте РФ"
    k = org_remit.and_genitive(R, toks, used, k if k > j and M.parse(toks[k - 1].text)[0].pos == mo.NOUN else j)
    if k - end == 2 and not proper \
            and not (R.is_noun(toks[noun].text, R.heads) or mo.ANIMATE in M.parse(toks[noun].text)[0].marks):
        return end  # one word: a body or a person ("при прокуратуре", "при президенте"), not "по традиции"
    return org_remit_objects.object_tail(doc, toks, used, noun, k)  # "по контролю за осуществлением …"


def _owner_follows(toks, k: int) -> bool:
    """Does a capitalised word follow the abbreviation at ``k`` ("… киберпреступности УВД Витебского
    облисполкома")? Then the abbreviation opens the body the unit belongs to, a name of its own, not its tail."""
    return k + 1 < len(toks) and toks[k + 1].word and toks[k + 1].cap


def _and_same_case(R, toks, j: int, case) -> bool:
    """Is toks[j] "and" (pack: ``org_and``) before a word in ``case`` written as the one before it (a name after a
    name: "по Москве и Подмосковью", a noun after a noun)?"""
    return j + 1 < len(toks) and toks[j].text.lower() in R.org_and and toks[j + 1].word \
        and toks[j + 1].cap == toks[j - 1].cap and not toks[j + 1].abbr \
        and any(p.case == case and p.pos in (mo.NOUN, mo.ADJECTIVE) for p in R.morph.parse(toks[j + 1].text)[:2])


def genitive_word(R, w) -> bool:
    """A lower-case genitive-looking word that is no verb, role or stop word."""
    low = w.text.lower()
    return w.word and not w.cap and R.genitive_like(w.text) and low not in R.stopwords \
        and low not in R.not_names and not R.role_len([w.text]) and not low.endswith(R.verb_endings)


def singular(R, word: str) -> bool:
    """Not a plural noun, as far as the analyser tells: "Российские крупные банки" opening a sentence are banks
    of a kind, "Гродненский камерный хор" is one body. True without an analyser."""
    ps = R.morph.parse(word) if R.morph.analyzer else ()
    return not ps or ps[0].number != mo.PLURAL


def members(R, word: str) -> bool:
    """A title in the genitive plural names an organisation's members ("совет муфтиев", "союз журналистов"):
    part of its name, where a singular title ("министра") starts a person's. Without an analyser: a title with an
    ending of the pack's ``plural_genitive_endings`` ("саюз прадпрымальнікаў")."""
    if not R.morph.analyzer:
        return bool(R.plural_genitive_endings) and word.lower().endswith(R.plural_genitive_endings)
    ps = R.morph.parse(word)
    return bool(ps) and ps[0].pos == mo.NOUN and ps[0].number == mo.PLURAL and ps[0].case == mo.GENITIVE


def tagged_place(R, word: str) -> str | None:
    """The base form of a word the analyser reads as a place only ("Чечни" in "парламент Чечни"), else None."""
    if R.morph.analyzer is None or mo.PLACE not in R.morph.top_tags(word):
        return None
    got = R.morph.nominative(word, mo.PLACE)
    return got[0] if got else None


def inner_abbreviation(R, toks, x: int) -> bool:
    """An abbreviation inside a longer organisation name, after its head ("обком КПСС", "комитет ООН"), that
    names an organisation of its own: not a legal form, a listed word or a Roman numeral."""
    w = toks[x].text
    return toks[x].abbr and len(w) >= 3 and w not in R.legal and w.lower() not in R.not_names \
        and w.lower() not in R.stopwords and not ROMAN.fullmatch(w)


def opens_org(doc, toks, last: int) -> bool:
    """Is the capitalised adjective at ``last`` followed by lower-case adjectives and an organisation head
    ("Віцебскага дзяржаўнага ўніверсітэта", "Белорусского государственного университета")?"""
    if not (doc.R.adjective(toks[last].text) or attributives.modifier_adjective(doc.R, toks[last].text)):
        return False
    j = last + 1
    while j < len(toks) and j - last <= 3 and toks[j].word and not toks[j].cap:
        if doc.R.is_noun(toks[j].text, doc.R.heads):
            return j > last + 1  # the head right after is checked by the caller
        if not doc.R.adjective(toks[j].text):
            return False
        j += 1
    return False
