"""Organisation names: their base form ("Віцебскага дзяржаўнага ўніверсітэта" -> "Віцебскі дзяржаўны
ўніверсітэт"), their initials (an abbreviation merges into the name it spells) and their keys (an inflected
mention such as "Амкадора" finds the organisation named before)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from .. import morphology as mo
from . import name_forms, org_compounds, org_numbered

if TYPE_CHECKING:
    from .records import Entity
    from .resources import Resources


def org_base(doc, words: list[str], h: int, one: bool = False) -> str:
    """The name in its base form: the head in the nominative, its adjectives agreeing. A plural head stays plural
    ("разведывательных служб Пакистана": the services of one country), unless ``one`` body is meant ("федерациями
    Ирака, Сирии": one federation of each country; org_coordinated.bodies_of_places)."""
    R, M = doc.R, doc.R.morph
    out = list(words)
    if M.analyzer:
        p = _agreeing_head(M, words, h)
        if p is not None and p.number == mo.PLURAL and h + 1 < len(words) and words[h + 1] in R.number_words:
            p = next((q for q in M.parse(words[h]) if q.pos == mo.NOUN and q.number != mo.PLURAL), p)  # "поликлиники № 4": one
        # (an indeclinable head, "бюро", shows its case only in its adjectives: "Американского бюро")
        if p is not None and (p.case != mo.NOMINATIVE or (mo.INDECLINABLE in p.marks and h > 0)
                              or (p.number == mo.PLURAL and (one or any(w[:1].isupper() for w in words[:h])))):
            # ("Гродненский облисполкомы": a capitalised adjective before a plural head in the nominative names one)
            # a capitalised name before a plural head shares it with another ("Большого, Мариинского театров")
            plural = p.number == mo.PLURAL and not one and not any(w[:1].isupper() for w in words[:h])
            inf = None if mo.PLURAL_ONLY in p.marks or plural else p.inflect(mo.NOMINATIVE, mo.SINGULAR)
            number = mo.SINGULAR if inf else p.number  # the number of the form the head takes
            inf = inf or p.inflect(mo.NOMINATIVE)
            if inf:
                out[h] = M.match_case(inf, words[h])
            for a in range(h):
                q = next((q for q in M.parse(words[a]) if q.pos == mo.ADJECTIVE), None) or (
                    M.parse(words[a])[0] if words[a].lower().endswith(R.relational_endings) else None)  # "Браславского"
                # (a place adjective the dictionary knows only as a surname declines as one)
                if q is not None:
                    number = number or mo.SINGULAR
                    g = (p.gender or mo.MASCULINE) if number == mo.SINGULAR else None
                    inf = q.inflect(mo.NOMINATIVE, number, g)
                    if g == mo.MASCULINE and number == mo.SINGULAR and mo.SUPERLATIVE not in q.marks:
                        # the base form itself ("Большого" -> "Большой", where inflecting gives "Больший"); a
                        # superlative keeps its degree ("Высшего" -> "Высший", its base being "высокий")
                        out[a] = M.match_case(q.base, words[a])
                    elif inf:
                        out[a] = M.match_case(inf, words[a])
            out = org_numbered.numbered_words(R, out, p.gender if number == mo.SINGULAR else None)
    else:
        low = words[h].lower()
        whole = org_compounds.compound_base(R, words[h])  # "хлебазавода": the compound's own base, not "завод"
        for base in [whole] if whole else R.heads:
            if M.matches(words[h], base):
                if M.plain_initial(low) != low and base[:1] == M.plain_initial(low)[:1]:
                    base = low[0] + base[1:]  # "дзяржаўны ўніверсітэт": the letter as written inside the name
                if low != base:
                    out[h] = M.match_case(base, words[h])
                # the adjectives before the head agree with its gender ("Віцебскага" -> "Віцебскі")
                rule = f"org_adjective_{gender(base, R.head_genders)}"
                for a in range(h):
                    out[a] = M.rule_base(words[a], rule)
                break
    return " ".join(name_forms.standalone(M, out))  # "ўрад Францыі" -> "урад Францыі"


def _agreeing_head(M, words: list[str], h: int):
    """The head's noun reading, the one the adjective before it agrees with where the likeliest does not ("городской
    поликлиники": the genitive singular, not the nominative plural "поликлиники" the analyser reads first)."""
    nouns = [p for p in M.parse(words[h]) if p.pos == mo.NOUN]
    if not nouns or h == 0 or words[h - 1][:1].isupper():
        return nouns[0] if nouns else None
    adjectives = [q for q in M.parse(words[h - 1]) if q.pos == mo.ADJECTIVE]
    agree = lambda p: any(q.case == p.case and q.number == p.number for q in adjectives)  # noqa: E731
    if not adjectives or agree(nouns[0]):
        return nouns[0]
    return next((p for p in nouns if agree(p)), nouns[0])


def org_keys(doc, orgs: list[Entity]) -> list[tuple[Entity, str]]:
    """Each organisation with the key of its name (the quoted part of АТ "…"), keyed once for ``known_org``."""
    return [(o, doc.R.key(o.name.split('"')[-1] if '"' in o.name else o.name)) for o in orgs]


def known_org(doc, text: str, keyed: list[tuple[Entity, str]]) -> Entity | None:
    """The organisation (of ``org_keys``) an inflected mention such as "Амкадора" names, else None."""
    words = text.split()
    if not words:
        return None
    lemmas = {doc.R.key(" ".join(words[:-1] + [c])) for c in doc.R.morph.candidates(words[-1], "noun")}
    if doc.R.morph.analyzer and len(words) == 1:
        lemmas |= doc.R.morph.lemmas(words[0])
    for o, name_key in keyed:
        if o.key in lemmas or name_key in lemmas:
            return o
    return None


def gender(noun: str, endings: list) -> str:
    """Gender of a base-form noun by the pack's [ending, gender] table, first match (the empty ending last)."""
    for end, g in endings:
        if noun.endswith(end):
            return g
    return "m"


def initials(words: list[str], R: Resources) -> str:
    """Lower-case initials, connectors skipped: an abbreviation merges into the name they spell (ranking.py)."""
    return "".join(w[0] for w in words if w and w[0].isalnum() and w.lower() not in R.connectors).lower()


def short_form(short: str, full: str, R) -> bool:
    """Is the one-word ``short`` cut from the first words of ``full``, a piece of each in turn ("Минсельхоз" of
    "Министерство сельского хозяйства …", "Госдума" of "Государственная дума", "Мінсельгасхарч" of "Міністэрства
    сельскай гаспадаркі і харчавання")? Pieces of two letters or more, at least two words, stop words skipped."""
    head, _, place = short.partition(" ")
    if place and " " not in place and R.gaz.lookup([place]):  # "Минсельхоз РФ" of "Министерство … (РФ)"
        last = full.split()[-1]
        same = R.key(last) == R.key(place)
        return (same or not R.gaz.lookup([last])) and short_form(head, full[:-len(last) - 1] if same else full, R)
    s = R.morph.fold(short.lower())  # the pack's ``fold`` letters: "ё" written as "е"
    words = [w for w in R.morph.fold(full.lower()).split() if w not in R.stopwords]
    if " " in short or "-" in short or len(s) < 5 or len(words) < 2 or short.isupper() or s[:2] != words[0][:2]:
        return False

    def fits(pos: int, k: int) -> bool:  # s[pos:] made of pieces of words[k:]
        if pos == len(s):
            return k >= 2
        if k == len(words):
            return False
        return any(s[pos:pos + n] == words[k][:n] and fits(pos + n, k + 1)
                   for n in range(min(len(words[k]), len(s) - pos), 1, -1))
    return fits(0, 0)


def dropped_middle(short: str, full: str, R) -> bool:
    """Is ``short`` the name ``full`` again with one or two words inside it left out, its first word and its
    head kept ("Ашмянскі атрад" after "Ашмянскі пагранічны атрад"; whole words only)? A reader takes it for the
    same body when no other name fits (ranking._merge_aliases merges it only into the one such name; s10be)."""
    a, b = [R.key(w) for w in short.split()], [R.key(w) for w in full.split()]
    if not (len(a) >= 2 and 1 <= len(b) - len(a) <= 2 and a[0] == b[0] and a[1:] == b[len(b) - len(a) + 1:]):
        return False
    # only adjectives drop out, after an adjective ("Ашмянскі … атрад"), not the nouns of a parent body
    # ("упраўленне раслінаводства камітэта па …" is no longer "упраўленне па …")
    words = full.split()
    return R.adjective(words[0]) and all(R.adjective(w) for w in words[1:len(b) - len(a) + 1])


def spelled_tail(short: str, full: str, R) -> bool:
    """Do two names share their head words and end, one in an abbreviation, the other in the words it spells
    ("комиссия ЕС" and "(антимонопольная) комиссия Европейского союза", "пресс-служба МЧС" and "пресс-служба
    Министерства по чрезвычайным ситуациям")? The longer may have adjectives before the head."""
    a, b = short.lower().split(), full.lower().split()
    if len(a) < 2 or not short.split()[-1].isupper() or len(b) <= len(a) or a[0] not in b[:3]:
        return False
    k = b.index(a[0])
    if b[k:k + len(a) - 1] != a[:-1]:
        return False
    tail = full.split()[k + len(a) - 1:]
    return len(tail) >= 2 and a[-1] in (initials(tail, R), initials([w for w in tail if w.lower() not in R.stopwords], R))


def dropped_owner(short: str, full: str, R) -> bool:
    """Is ``short`` the name ``full`` without the one or two words that close it and open with a capital, its
    owner or seat ("Законодательное собрание" after "Законодательное собрание Новосибирской области", "Верховный
    суд" after "Верховный суд Республики Беларусь")? Whole words by key; a reader takes the short name for the
    body the text named in full (ranking._merge_aliases merges it only into the one such name; w10ru)."""
    a, b = short.split(), full.split()
    return len(a) >= 2 and 1 <= len(b) - len(a) <= 2 and b[len(a)][:1].isupper() \
        and [R.key(w) for w in a] == [R.key(w) for w in b[:len(a)]]
