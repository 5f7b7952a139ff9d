"""A body named by its remit, for a pack without an analyser: "пастаянная камісія па адукацыі", "камітэт па
справах моладзі". After a head of the pack's ``domain_heads`` (bodies named by what they deal with) a listed
preposition (``org_name_prepositions``) and the lower-case words it governs are the name, as far as they end
like a noun or adjective in an oblique case (``genitive_endings``, or the pack's ``remit_endings`` of the case the
preposition governs: "па ахове здароўя", "па справах") and are no verb, role or stop word; "і"
joins a second such word ("па адукацыі і навуцы"). (org_parts.prepositional_tail reads the case with the analyser.)"""
from __future__ import annotations

MAX_WORDS = 4


def remit_tail(doc, toks, used, end: int, first: int, word_ok) -> int:
    """The token after the name whose preposition is at ``end`` and head at ``first`` (``end`` when none):
    ``word_ok(R, tok)`` says a word may continue the name (org_parts.genitive_word)."""
    R = doc.R
    if not R.is_noun(toks[first].text, R.domain_heads):
        return end
    j, last = end + 1, end
    ends = tuple(R.morph.cfg["remit_endings"]) or ("\0",)
    past = tuple({v for _, v in R.morph.cfg["past_subject_endings"]}) or ("\0",)
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
