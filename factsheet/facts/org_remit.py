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
    if not any(R.is_noun(toks[x].text, R.domain_heads) for x in range(first, end)):  # (after its adjectives)
        return end
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
    """The remit's end ``k``, moved past "and" and a second genitive noun joined to the noun before it: "по делам
    семьи и молодежи", "по взаимоотношениям Церкви и общества" (with the analyser: it tells the case). Not a new
    body ("… молодежи и Министерство спорта", "… молодежи и комитета по спорту"), a capitalised word after a
    lower-case one, nor a word that may be a verb."""
    if not (0 < k < len(toks) - 1 and toks[k].text.lower() in R.org_and and toks[k + 1].word and not used[k + 1]
            and toks[k - 1].word and (toks[k - 1].cap or not toks[k + 1].cap)):
        return k
    M = R.morph
    before, after = M.parse(toks[k - 1].text)[:3], M.parse(toks[k + 1].text)[:3]
    if not (_genitive(before) and _genitive(after) and after[0].pos == mo.NOUN
            and all(p.pos != mo.VERB for p in after)):
        return k
    nxt = toks[k + 2] if k + 2 < len(toks) and toks[k + 2].word else None
    if R.is_noun(toks[k + 1].text, R.heads) and nxt is not None and (
            nxt.cap or nxt.text.lower() in R.org_preps or _genitive(M.parse(nxt.text)[:3])):
        return k  # a second body's head with its own name after it
    return k + 2


def _genitive(readings) -> bool:
    return any(p.pos == mo.NOUN and p.case == mo.GENITIVE for p in readings)
