"""Where an organisation name starts and ends, for the organisation passes (organisations.py): an abbreviation
after a name's tail is its other name ("Международная федерация футбола ФИФА"), a tail does not stop at an
adjective, the body an office belongs to is named as well ("канцелярия правительства Израиля"); a name in
another script after a noun of a thing names the thing ("системы Windows"), a quoted title after a noun of a work
names no organisation, and a name in brackets after a phrase is its original spelling ("Международная амнистия
(Amnesty International)").

Functions over ``doc``, the ``Extraction`` (document.py), read-only; ``used`` marks the tokens earlier passes
claimed; what they find they return as candidates (candidates.py).
"""
from __future__ import annotations

from .. import morphology as mo
from . import org_names, org_parts
from .candidates import Candidate


def appended_abbr(R, toks, head: int, end: int) -> bool:
    """Does an abbreviation at ``end`` follow the name's lower-case tail as its other name ("Международная
    федерация футбола ФИФА")? Not a place ("… обороны США"), not right after the head ("обком КПСС"), not
    before another capitalised word, not after a unit's head (parent_abbr)."""
    return tail_abbr(R, toks, head, end) and not R.is_noun(toks[head].text, R.unit_heads)


def office_holder(R, toks, head: int, end: int) -> bool:
    """"администрация президента", "пресс-служба губернатора": right after a head of the body serving one office
    holder (``office_body_heads``), a lower-case title in the genitive is the holder the body serves, a word of
    its name (elsewhere a title after a name ends it); capitalised as a country writes its own head of state's
    ("пресс-служба Президента", "прэс-служба Прэзідэнта")."""
    return end == head + 1 < len(toks) and toks[end].word and bool(R.office_heads) \
        and R.is_noun(toks[head].text, R.office_heads) and R.role_len([toks[end].text.lower()]) == 1 \
        and R.genitive_like(toks[end].text)


def title_left(R, toks, head: int, end: int) -> int | None:
    """"пресс-служба президента (России) Дмитрия Медведева": the office holder's title inside the body's name,
    left unclaimed where a name follows the body's name (the title is that person's too), else None."""
    k = head + 1
    return k if k < end < len(toks) and toks[end].word and toks[end].cap \
        and office_holder(R, toks, head, k) else None


def tail_abbr(R, toks, head: int, end: int) -> bool:
    """An abbreviation at ``end`` after the name's lower-case tail, no place, no capital after it: the parent's
    (parent_abbr) or the name's own other name (appended_abbr)."""
    w = toks[end]
    return w.abbr and end > head + 1 and not toks[end - 1].cap and len(w.text) >= 3 and not R.gaz.lookup([w.text]) \
        and not (end + 1 < len(toks) and toks[end + 1].word and toks[end + 1].cap)


def adjective_open(R, last, extra: int) -> bool:
    """Past the four words a name's tail may take: does it stop at a lower-case adjective ("Министерство сельского
    хозяйства и пищевой")? A name does not end in an adjective; its noun follows (two words more at most)."""
    return extra < 6 and last.word and not last.cap and R.adjective(last.text)


def adjective_pair(R, toks, k: int, extra: int) -> bool:
    """Past the four words: does a lower-case adjective and its genitive noun come next ("Министерство природных
    ресурсов и охраны | окружающей среды")? The pair completes the name's last genitive (two words more at most)."""
    return extra < 6 and k + 1 < len(toks) and toks[k].word and not toks[k].cap and R.adjective(toks[k].text) \
        and toks[k + 1].word and not toks[k + 1].cap and R.genitive_like(toks[k + 1].text)


def no_dangling_adjective(R, toks, head: int, end: int) -> int:
    """A name's tail ends in a noun: a lower-case adjective left at its end whose noun the tail did not take
    ("Міністэрства інвестыцый і знешняга | гандлю") goes, with the "and" before it."""
    def adjective(word: str) -> bool:  # (without an analyser, only an adjective's oblique ending tells it)
        return R.adjective(word) if R.morph.analyzer else bool(R.oblique_adj) and word.lower().endswith(R.oblique_adj)

    k = end
    while k - 1 > head + 1 and toks[k - 1].word and not toks[k - 1].cap and adjective(toks[k - 1].text):
        k -= 1
    if k == end:
        return end
    while k - 1 > head and toks[k - 1].text.lower() in R.org_and:
        k -= 1
    return k


def inner_org(doc, si, toks, head: int, end: int, named: int) -> list[Candidate]:
    """"канцелярия правительства Израиля", "Прэс-служба Мінскага гарвыканкама": an organisation head in the
    genitive inside the name, with words after it or adjectives before it, names the body the outer one belongs
    to; that body is an organisation as well (in its base form): its candidate, or none. Only where a name's head
    stands before its genitive words (``lower_head_after_name_is_org``): "Union of Bank Employees" names no bank."""
    R = doc.R
    if not R.lower_head_org:
        return []
    x = next((x for x in range(head + 1, end) if not toks[x].abbr and R.is_noun(toks[x].text, R.heads)
              and org_parts.singular(R, toks[x].text)), None)  # "Конгресс профсоюзов": members, no body
    if x is None or toks[x - 1].text.lower() in R.org_and:  # "акадэміі музыкі і тэатра": one name's genitives
        return []
    a = x  # "Мінскага гарвыканкама": the adjectives before the inner head open its name
    while a > head + 1 and R.adjective(toks[a - 1].text) and (toks[a - 1].cap or not toks[a].cap) \
            and not org_parts.disagrees(R, toks[a - 1].text, toks[a].text):  # "Рэспублікі Нацыянальнага сходу"
        a -= 1  # (no lower-case word before a capitalised one: "упраўленне адукацыі Мінскага гарвыканкама")
    if end - a < 2 or (named == end and not any(t.cap or t.abbr for t in toks[a:end])):
        return []  # "Фонд развития гражданского общества": lower-case words alone name a concept, no body
    words = [t.text for t in toks[a:end]]
    name = org_names.org_base(doc, words, x - a)
    if named > end:
        name = f"{name} {doc.sentences[si][toks[end].start:toks[named - 1].end]}"
    return [Candidate("organization", name, si, toks[a].start, toks[named - 1].end, "org_bounds.inner_org",
                      parts=(org_names.initials(words, R),))]


def product(doc, toks, i: int) -> bool:
    """"операционной системы Windows", "конкурс The Best of Blogs": right after a noun of a thing (pack:
    ``product_nouns``), a name in another script names that thing, not an organisation."""
    R = doc.R
    return i > 0 and bool(R.product_nouns) and toks[i - 1].word and not toks[i - 1].cap \
        and R.is_noun(toks[i - 1].text, R.product_nouns)


def work_title(doc, toks, i: int) -> bool:
    """"в статье Частного корреспондента «Синдром второй лиги»", "программы «Гражданское общество»": a quoted
    name after a noun of a thing (pack: ``product_nouns``), maybe with its capitalised author between, is the
    thing's title, no organisation."""
    if i + 2 < len(toks) and org_parts.genitive_name(doc.R.morph, toks[i + 1].text) \
            and toks[i + 2].text in "»”\"":
        return False  # "проект «Газпрома»": a one-word name in the genitive is the owner, no title
    if product(doc, toks, i):
        return True
    # the author between opens with a capital ("Частного корреспондента"); "проекта компании «…»" names the firm
    return any(toks[k].word and toks[k].cap and not toks[k].initial and product(doc, toks, k)
               and all(x.word for x in toks[k:i]) for k in range(max(i - 3, 1), i - 1)) or _authored(doc, toks, i)


def _authored(doc, toks, i: int) -> bool:
    """"выстаўка графікі мастака Антона Крупені «…»", "спектакль режиссёра Ивана Лося «…»": between the thing's
    noun and its title, the author's capitalised name after at most two words in lower case (a genre, the author's
    trade) that head no organisation ("праект кампаніі Белкард «…»" names the firm)."""
    R, k = doc.R, i
    while k > 0 and i - k < 3 and toks[k - 1].word and toks[k - 1].cap and not toks[k - 1].initial:
        k -= 1
    if i - k < 2:
        return False  # one capitalised word may be the owner ("выстава Белкарда «…»")
    for p in range(k, max(k - 3, 0), -1):
        if product(doc, toks, p) or p == 1 and R.is_noun(toks[0].text, R.product_nouns):
            return True  # (the noun may open the sentence: "Выстаўка графікі мастака …")
        low = toks[p - 1]
        if not low.word or low.cap or R.is_noun(low.text, R.heads) or R.is_noun(low.text, R.markers):
            return False
    return False


def glossed_phrase(doc, si, toks, used, i: int, pat) -> Candidate | None:
    """"Международная амнистия (Amnesty International)": a name in another script in brackets after a phrase of
    two or three words that opens with a capital and goes on in lower case is that phrase's original spelling;
    the phrase, in its base form, is the organisation (its candidate, claiming the phrase; else None)."""
    if i < 3 or toks[i - 1].text != "(":
        return None
    for c in (i - 3, i - 4):
        words = toks[max(c, 0):i - 1]
        if c >= 0 and words[0].cap and not words[0].abbr and not pat.match(words[0].text) \
                and all(w.word and not used[c + k] and (k == 0 or not w.cap) for k, w in enumerate(words)) \
                and doc.R.morph.analyzer and doc.R.morph.parse(words[-1].text)[0].pos == mo.NOUN:
            name = org_names.org_base(doc, [w.text for w in words], len(words) - 1)
            return Candidate("organization", name, si, words[0].start, words[-1].end, "org_bounds.glossed_phrase",
                             claims=tuple(range(c, i - 1)))
    return None


def quoted_place(doc, si, toks, i: int, close: int, inner: str) -> Candidate | None:
    """"промзона «Рыбацкое»", "возле бизнес-центра «Демидов»": a quoted name right after a place noun (pack:
    ``place_apposition_heads``) names a place, as written (a quoted name keeps its nominative). Its candidate
    (the caller gives it the quote's tokens), else None."""
    R = doc.R
    if i == 0 or not R.apposition_heads or not toks[i - 1].word or toks[i - 1].cap \
            or not R.is_noun(toks[i - 1].text, R.apposition_heads) or len(inner.split()) > 3:
        return None
    return Candidate("place", inner, si, toks[i].start + 1, close, "org_bounds.quoted_place")


def places_in_quoted(doc, si, toks, i: int, j: int) -> list[Candidate]:
    """«Голос Америки», «Эхо Москвы»: a listed place in an oblique case after the first word of a quoted name is
    also a place, as one inside an organisation's name is ("МВД России"); it claims nothing, the name keeps its
    words. A word in the place's base form is not taken: in «Сахьядры Агра Машынз» it is a word of the name."""
    out = []
    for x in range(i + 2, j):
        t = toks[x]
        if t.word and t.cap and not t.abbr and toks[x - 1].word:
            hit = doc.R.gaz.lookup([t.text])
            if hit and doc.R.key(hit) != doc.R.key(t.text) and doc.R.key(hit) not in doc.R.seats_of_power:
                out.append(Candidate("place", hit, si, t.start, t.end, "org_bounds.places_in_quoted"))
    return out


def after_particle(doc, toks, start: int) -> bool:
    """Does the phrase at ``start`` end a longer name joined by a particle to a capitalised word that is no given
    name ("at the Palais des Nations": a building, no organisation "Nations")? The same test keeps the word from
    becoming a person (leftovers.py)."""
    return start >= 2 and toks[start - 1].text.lower() in doc.R.particles and toks[start - 2].word \
        and toks[start - 2].cap and not toks[start - 2].initial and not doc.R.morph.first_name(toks[start - 2].text)


def past_after_plural(R, toks, head: int, end: int) -> bool:
    """Is the lower-case word at ``end``, in the ending of a genitive plural (``plural_genitive_endings``), right
    after a capitalised genitive plural of the name ("Ганаровую грамату Савета Міністраў атрымаў старшыня")? No
    name goes on with a second plural so; a Belarusian masculine past in -аў ("атрымаў", "сказаў") ends the name.
    (Packs without the list: never.)"""
    ends = R.plural_genitive_endings
    return bool(ends) and end - 1 > head and toks[end - 1].cap and toks[end - 1].text.lower().endswith(ends) \
        and toks[end].text.lower().endswith(ends)


def firm_closed(R, toks, end: int) -> bool:
    """Does a legal form ("Inc", "AG", pack: ``firm_suffixes``) after a name word close the firm's name before a
    connector ("Haldeck AG of Bremen", "The Dow Chemical Co of the United States")?"""
    return end >= 2 and toks[end].text.lower() in R.connectors and toks[end - 2].cap \
        and toks[end - 1].text.rstrip(".").lower() in R.firm_suffixes


def numbered_end(toks, at: int) -> int:
    """The token after "No. 35" at ``at`` (a number word, its dot, a number), or ``at`` when no number follows."""
    k = at + 1 + (at + 1 < len(toks) and toks[at + 1].text == ".")
    return k + 1 if k < len(toks) and toks[k].digit else at


def joined_heads(R, toks, used, head: int) -> int:
    """"Securities and Futures Commission", "Bank and Trust Company": a head joined by "and"/"&" right after it
    to capitalised words that end in another head is one name; the token after them, else ``head`` + 1."""
    j = head + 1
    if j + 1 >= len(toks) or not (toks[j].text == "&" or toks[j].text.lower() in R.list_conjunctions) \
            or toks[head].text.rstrip(".").lower() in R.firm_suffixes:
        return j  # ("Johnson Controls Inc and Lear Corp": a legal form closed the first name)
    k = j + 1
    while k < len(toks) and k - j <= 3 and toks[k].word and toks[k].cap and not used[k]:
        k += 1
    return k if k > j + 1 and R.is_noun(toks[k - 1].text, R.heads) \
        and toks[k - 1].text.rstrip(".").lower() not in R.firm_suffixes else j


def owner_place_outside(doc, toks, start: int, head: int) -> int:
    """A listed place in the possessive opening an organisation's phrase owns it and is no part of its name
    ("Chile's Ministry of Public Works": Chile and the Ministry of Public Works; "Latvia's Transport Ministry")."""
    t = toks[start]
    bare = doc.R.strip_possessive(t.text)
    if start < head and t.cap and bare != t.text and doc.R.gaz.lookup([bare]):
        return start + 1
    return start
