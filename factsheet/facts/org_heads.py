"""Where an organisation phrase's head noun stands, for the phrase pass (organisations.org_phrases): a capitalised
head ("Министерство", "Norddeutsche Landesbank"), a lower-case head after a capitalised adjective ("Государственная
дума"), or a lower-case head that a place, a prepositional remit, a domain or an abbreviation after it makes a
name ("комитет по делам …", "министерства обороны"), or capitalised adjectives before it ("в Федеральной налоговой
службе").
"""
from __future__ import annotations

from .. import morphology as mo
from . import org_bounds, org_compounds, org_kinds, org_parts, org_standing


def org_head(doc, toks, used, i) -> tuple[int, int] | None:
    """(start, head) of an organisation phrase whose head noun is at ``i`` (or right after it), else None."""
    R, t = doc.R, toks[i]
    heads, titled = R.heads, False
    if used[i] or not t.word or (t.abbr and t.text.lower() not in heads):
        return None
    if t.cap:
        if t.initial and R.is_noun(t.text, R.area_nouns) and i + 1 < len(toks) and toks[i + 1].word \
                and org_parts.place_follows(doc, toks, used, i):
            return None  # "Центр Гомеля закрыли …": the area noun opening the sentence (w6orgs)
        if R.is_noun(t.text, heads) or (i > 0 and toks[i - 1].cap and R.compound_head(t.text)):
            return i, i  # ("Norddeutsche Landesbank": a head compound closing a longer name)
        if R.lower_head_org and i + 1 < len(toks) and toks[i + 1].word \
                and not toks[i + 1].cap and (R.is_noun(toks[i + 1].text, heads)
                                             or org_compounds.compound_head(R, toks[i + 1].text)) \
                and (R.modifier(t.text) or (titled := org_standing.title_adjective(R, toks, i))) \
                and not org_compounds.group_opening(R, toks, i) and not org_kinds.kind_opening(doc, toks, i) \
                and (not t.initial or titled or opens_name(R, t.text)):  # "Витебский горисполком", "Верховный суд" opening a sentence; "Следчы камітэт"
            return i, i + 1  # "Государственная дума", "British Transport police"
        return None
    if not R.is_noun(t.text, heads):  # every rule below needs a lower-case head noun: asked once, not per rule
        return None
    if i + 2 < len(toks) and toks[i + 1].text in R.number_words and toks[i + 2].digit:
        return org_parts.lower_adjectives_before(doc, toks, used, i), i  # "трест № 12": a body named by its number
    if i + 1 < len(toks) and not used[i + 1] and toks[i + 1].word and org_parts.place_follows(doc, toks, used, i):
        if R.is_noun(t.text, R.area_nouns) and (i == 0 or not toks[i - 1].word or not R.adjective(toks[i - 1].text)):
            return None  # "в центре Минска": a bare area noun before a place names part of the place (w6orgs)
        return org_parts.lower_adjectives_before(doc, toks, used, i), i
    if i + 1 < len(toks) and toks[i + 1].text.lower() in R.org_preps \
            and org_parts.prepositional_tail(doc, toks, used, i + 1, i) > i + 1:
        return _remit_adjectives_before(doc, toks, used, i), i  # "(постоянный) комитет по делам …"
    if org_parts.domain_follows(doc, toks, used, i) or org_parts.abbreviation_follows(doc, toks, used, i) \
            or (i + 1 < len(toks) and not used[i + 1] and org_bounds.office_holder(R, toks, i, i + 1)):
        return org_parts.lower_adjectives_before(doc, toks, used, i), i  # "министерства обороны"
    if _related_domain(doc, toks, used, i):
        return org_parts.lower_adjectives_before(doc, toks, used, i), i  # "американский музей аэронавтики"
    if i >= 2 and toks[i - 1].word and not toks[i - 1].cap:
        k = org_parts.place_before_body(doc, toks, used, i)
        if k is not None:
            return k, i  # "the Vitebsk regional executive committee"
    if i >= 2 and any(toks[k].cap for k in range(max(i - 4, 0), i)) and _capitalised_adjectives_before(doc, toks, used, i):
        return i, i  # "в Федеральной налоговой службе", "Гродненский камерный хор" opening a sentence
    return None


def _remit_adjectives_before(doc, toks, used, i) -> int:
    """The start of a body named by its remit: up to two lower-case adjectives before its head belong to the name,
    of quality too ("пастаянная камісія па аграрнай палітыцы", "совместная комиссия по …"), since the remit,
    not the adjective, makes it a name; not a pronoun or an adjective of time or order ("наша", "следующая").
    Without an analyser only a word of five letters or more passes for an adjective by its ending ("у маі" is
    none)."""
    R, j = doc.R, i
    while j > 0 and i - j < 2 and toks[j - 1].word and not toks[j - 1].cap and not used[j - 1] \
            and toks[j - 1].text.lower() not in R.stopwords and toks[j - 1].text.lower() not in R.month_words \
            and R.adjective(toks[j - 1].text) and (len(toks[j - 1].text) >= 5 or R.morph.analyzer) \
            and not (R.morph.analyzer and (org_parts.disagrees(R, toks[j - 1].text, toks[j].text)
                                           or R.morph.parse(toks[j - 1].text)[0].base in R.sequence_adjectives)):
        j -= 1
    return j


def _related_domain(doc, toks, used, i) -> bool:
    """A lower-case head in the singular between an adjective of relation and a lower-case genitive noun:
    "американский музей аэронавтики", "балетная труппа театра", "белорусский союз журналистов". The adjective
    says whose body it is, the genitive what it is for: together they name one, as "министерство обороны" does.
    The adjective is one of a place or nation (``relational_adjective_endings``) or one made from a noun
    (org_parts.of_noun), not any the analyser calls relational ("дочернее предприятие холдинга")."""
    R = doc.R
    if not (i > 0 and i + 1 < len(toks) and toks[i - 1].word and not toks[i - 1].cap and not used[i - 1]):
        return False
    adj = toks[i - 1].text.lower()
    return not used[i + 1] and org_parts.relational(R, adj) and org_parts.genitive_word(R, toks[i + 1]) \
        and (adj.endswith(R.relational_endings) or org_parts.of_noun(R, R.morph.parse(adj)[0].base)) \
        and org_parts.singular(R, toks[i].text) and not R.adjective(toks[i + 1].text)


def _capitalised_adjectives_before(doc, toks, used, i) -> bool:
    """Do 1-4 adjectives stand before ``i``, the first of them capitalised inside the sentence ("Мінскае дзяржаўнае
    вытворчае лесагаспадарчае аб'яднанне")?"""
    j = i
    while j > 0 and i - j < 4 and toks[j - 1].word and not used[j - 1] \
            and (doc.R.adjective(toks[j - 1].text) or toks[j - 1].text.lower().endswith(doc.R.relational_endings)):
        j -= 1
        if toks[j].cap:  # a sentence's first word: only an adjective of relation ("Гродненский")
            return (not toks[j].initial or (j < i - 1 and (opens_name(doc.R, toks[j].text)
                                                           or ordinal_before_name(doc.R, toks, j))
                                            and org_parts.singular(doc.R, toks[i].text))) \
                and doc.R.modifier(toks[j].text)
    return False


def opens_name(R, word: str) -> bool:
    """May the adjective ``word``, capitalised only because it opens the sentence, open a name before a head? One
    of relation ("Федеральная служба …") or one the pack lists for names ("Верховный суд"), not a quality
    ("Новая федерация Израиля …")."""
    return org_parts.relational(R, word) or org_standing.name_adjective(R, word)


def ordinal_before_name(R, toks, j: int) -> bool:
    """"Первый апелляционный суд …", "Шестой кассационный суд …" opening a sentence: a number adjective before an
    adjective that opens a name (of relation, "апелляционный" from "апелляция", or one the pack lists) is the
    name's own first word, as in the middle of a sentence; not before a quality ("Первая крупная компания …")."""
    if not R.morph.analyzer or j + 1 >= len(toks) or not toks[j + 1].word:
        return False
    ps = R.morph.parse(toks[j].text)
    return bool(ps) and mo.ORDINAL in ps[0].marks and opens_name(R, toks[j + 1].text)
