"""A meeting's topic is no organisation's remit: in "совещание облисполкома по вопросам урожая" or "пасяджэнне
Міністэрства сельскай гаспадаркі па ўборцы ўраджаю" the "по/па …" phrase says what the meeting is about, so it
ends no organisation name (org_parts.prepositional_tail asks here first). The meeting nouns are pack data
(``meeting_nouns``).
"""
from __future__ import annotations


def meeting_before(doc, toks, first: int, end: int) -> bool:
    """Does a noun of a meeting or session (pack: ``meeting_nouns``) stand right before the organisation name
    toks[first:end]? Then the body is named in the genitive after it and a prepositional phrase after the body
    is the meeting's topic. Not where the name is a capitalised head alone, which names its body by the remit
    after it ("заседание Совета при президенте по развитию …", "заседание Комиссии по транспорту"), nor right
    after a head named by its remit ("заседание совместной комиссии по торговле")."""
    R = doc.R
    return first > 0 and toks[first - 1].word and bool(R.meeting_nouns) \
        and not R.is_noun(toks[end - 1].text, R.domain_heads) \
        and not (end == first + 1 and toks[first].cap and R.is_noun(toks[first].text, R.heads)) \
        and R.is_noun(toks[first - 1].text, R.meeting_nouns)
