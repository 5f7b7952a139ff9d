"""A body named by its remit, for a pack without an analyser: "пастаянная камісія па адукацыі", "камітэт па
справах моладзі". After a head of the pack's ``domain_heads`` (bodies named by what they deal with) a listed
preposition (``org_name_prepositions``) and the lower-case words it governs are the name, as far as they end
like a noun or adjective in an oblique case (``genitive_endings``, or the pack's ``remit_endings`` of the case the
preposition governs: "па ахове здароўя", "па справах") and are no verb, role or stop word; "і"
joins a second such word ("па адукацыі і навуцы"). (org_parts.prepositional_tail reads the case with the analyser.)"""
from __future__ import annotations

from .. import morphology as mo

MAX_WORDS = 4


def remit_tail(doc, toks, used, end: int, first: int, word_ok) -> int:
    """The token after the name whose preposition is at ``end`` and head at ``first`` (``end`` when none):
    ``word_ok(R, tok)`` says a word may continue the name (org_parts.genitive_word)."""
    R = doc.R
    if not any(R.is_noun(toks[x].text, R.domain_heads) or toks[x].abbr and x > first for x in range(first, end)):
        return end  # (a domain head after its adjectives, or a parent body's abbreviation: "цэнтр НАН Беларусі па …")
    place = _region_after(R, toks, used, end + 1)
    if place:  # "упраўленне МНС па Мінскай вобласці": the region a unit serves
        return place
    j, last = end + 1, end
    ends, past = R.remit_endings, R.past_verb_endings
    while j < len(toks) and j - end <= MAX_WORDS and toks[j].word and not used[j] and not toks[j].cap:
        low = toks[j].text.lower()
        if low.endswith(past):
            break  # "камісія па ахове здароўя разгледзела": a past-tense verb ends the name
        if word_ok(R, toks[j]) or (low.endswith(ends) and low not in R.stopwords and not low.endswith(R.verb_endings)
                                   and not R.role_len([toks[j].text])):
            last = j
        elif not (toks[j].text.lower() in R.org_and and last == j - 1):
            break
        j += 1
    return last + 1 if last > end else end


def _region_after(R, toks, used, j: int) -> int:
    """The token after a capitalised adjective and a place head at ``j`` ("Мінскай вобласці", "Гомельскаму
    раёну"), or after a listed place ("па Мінску"); 0 when none stands there."""
    if j >= len(toks) or used[j] or not toks[j].word or not toks[j].cap:
        return 0
    if j + 1 < len(toks) and toks[j + 1].word and not toks[j + 1].cap and not used[j + 1] \
            and R.gaz.head_gender(toks[j + 1].text) and R.adjective(toks[j].text):
        return j + 2
    return j + 1 if R.gaz.lookup([toks[j].text]) else 0


def domain_genitive(R, toks, head: int, end: int) -> bool:
    """"Міністэрства транспарту", "Міністэрства спорту і турызму": right after a head of the pack's
    ``domain_heads`` a lower-case word with an ending of ``domain_genitive_endings`` (the masculine genitive in
    -у, which elsewhere is a dative or an accusative) is the genitive of the body's domain; so is one right after
    an adjective in the genitive (``genitive_adjective_endings``) inside the name: "Палата прадстаўнікоў
    Нацыянальнага сходу"."""
    ends = R.domain_genitive_endings
    if not ends or toks[end].cap or not toks[end].text.lower().endswith(ends) or toks[end].text.lower() in R.stopwords:
        return False
    before = toks[end - 1].text.lower()
    return (end == head + 1 and R.is_noun(toks[head].text, R.domain_heads)) \
        or (end > head + 1 and bool(R.genitive_adjective_endings) and before.endswith(R.genitive_adjective_endings))


def joined_domain_genitive(R, toks, k: int) -> bool:
    """"спорту і турызму": the word after the "and" at ``k`` has the same domain genitive ending as the word before
    it, a second genitive of the same name (org_remit.domain_genitive read the first)."""
    ends = R.domain_genitive_endings
    return bool(ends) and 0 < k < len(toks) - 1 and all(
        toks[x].word and not toks[x].cap and toks[x].text.lower().endswith(ends)
        and toks[x].text.lower() not in R.stopwords for x in (k - 1, k + 1))


def and_genitive(R, toks, used, k: int) -> int:
    """The remit's end ``k``, moved past a last genitive joined by "and" to the noun before it, and past a list of
    them in commas before that: "по делам семьи и молодежи", "по взаимоотношениям Церкви и общества", "центр
    гигиены, эпидемиологии и общественного здоровья" (with the analyser: it tells the case). Not a new body ("…
    молодежи и Министерство спорта", "… молодежи и комитета по спорту"), a capitalised word after a lower-case one,
    nor a word that may be a verb; a list in commas without "and" is no part of the name."""
    if not (0 < k < len(toks) - 1 and toks[k - 1].word and _genitive(R.morph.parse(toks[k - 1].text)[:3])) \
            or R.gaz.lookup([toks[k - 1].text]):
        return k  # (places in a list name a body of each: "органы Китая, Малайзии и Таиланда")
    at, number = k, None
    if toks[k].text == ",":  # a list in commas is of common nouns of one number ("гигиены, эпидемиологии"; not
        if toks[k - 1].cap:  # "… экономики, банков и предприятий": whose representatives; nor "полиция Лаоса,
            return k  # Вьетнама и Таиланда": a body of each place)
        number = R.morph.parse(toks[k - 1].text)[0].number
    while toks[at].text == "," and (after := _genitive_item(R, toks, used, at + 1, toks[k - 1].cap, number)):
        at = after
    if not (at < len(toks) - 1 and toks[at].text.lower() in R.org_and):
        return k
    end = _genitive_item(R, toks, used, at + 1, toks[k - 1].cap, number)
    if end is None or _second_body(R, toks, at + 1, end):
        return k
    return end


def _genitive_item(R, toks, used, j: int, cap_before: bool, number=None) -> int | None:
    """The end of a genitive noun at ``j`` (in ``number`` when given), or of one adjective and its noun
    ("общественного здоровья"); None when none stands there."""
    M = R.morph
    for size in (1, 2):
        last = j + size - 1
        if last >= len(toks) or not all(toks[x].word and not used[x] for x in range(j, last + 1)) \
                or (toks[j].cap and not cap_before):
            return None
        ps = M.parse(toks[last].text)[:3]
        if _genitive(ps) and ps[0].pos == mo.NOUN and all(p.pos != mo.VERB for p in ps) \
                and (number is None or ps[0].number == number) and (
                size == 1 or any(p.pos == mo.ADJECTIVE and p.case == mo.GENITIVE for p in M.parse(toks[j].text)[:3])):
            return last + 1
    return None


def _second_body(R, toks, j: int, end: int) -> bool:
    """Is the genitive at ``j`` a second body's head with its own name after it ("… и комитета по спорту")?"""
    nxt = toks[end] if end < len(toks) and toks[end].word else None
    return R.is_noun(toks[end - 1].text, R.heads) and nxt is not None and (
        nxt.cap or nxt.text.lower() in R.org_preps or _genitive(R.morph.parse(nxt.text)[:3]))


def _genitive(readings) -> bool:
    return any(p.pos == mo.NOUN and p.case == mo.GENITIVE for p in readings)
