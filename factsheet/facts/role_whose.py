"""A title given by a possessive relative before the name: "Asante, whose agent Emmanuel Boateng negotiated the
deal", "the Republican Burns Centre in Minsk, whose head, Professor Nikolai Savchuk, …", "Беллини, чей агент Лука
Ферри …". "whose N X" says X is somebody's N, so the lower-case noun between the pronoun (pack:
``possessive_relatives``) and the name is the person's role even where no roles list holds it ("agent"), and it
outranks an honorific standing right before the name ("Professor"). Where words keep their endings and the
pronoun follows a capitalised run that is no person's name and has an organisation head ("Centre", "Bank"), the
title takes it as its body: "head of the Republican Burns Centre"; a place after the body ("… in Minsk") is passed
over. Where nouns change their endings the body is left out (its case would have to change).
"""
from __future__ import annotations

MAX_NOUN = 3  # words between the pronoun and the name: "whose long-time agent"
MAX_BODY = 8  # words of the body's name


def whose_title(doc, s, toks, idx, taken) -> str | None:
    """The role a possessive relative clause gives the name at ``idx``, or None."""
    R = doc.R
    rel = frozenset(doc.R.morph.cfg["possessive_relatives"])
    k = idx[0] - 1
    while k >= 0 and toks[k].word and toks[k].cap and R.role_len([toks[k].text]):
        k -= 1  # "Professor"
    k -= k >= 0 and toks[k].text == ","
    last = k
    while k >= 0 and last - k < MAX_NOUN and toks[k].word and not toks[k].cap and toks[k].text.lower() not in rel:
        k -= 1
    if not rel or k < 0 or k == last or toks[k].text.lower() not in rel or R.stopwords & {toks[last].text.lower()}:
        return None
    noun = s[toks[k + 1].start:toks[last].end]
    body = _body(doc, s, toks, k - 1, taken) if k > 0 and toks[k - 1].text == "," else None
    link = R.morph.cfg["role_clause_link"]
    return f"{noun} {link} {body}" if body and link else noun


def _body(doc, s, toks, j: int, taken) -> str | None:
    """The organisation named by the capitalised run ending before the comma at ``j`` (a place after it passed
    over), with its article, or None."""
    R = doc.R
    end = j - 1
    if R.case_endings or end < 1:
        return None
    if toks[end].cap and toks[end - 1].text.lower() in R.locative:
        end -= 2  # "… Centre in Minsk, whose"
    first = end
    while first >= 0 and end - first < MAX_BODY and toks[first].word and first not in taken \
            and (toks[first].cap or toks[first].text.lower() in R.connectors):
        first -= 1
    first += 1
    while first <= end and toks[first].text.lower() in R.connectors:
        first += 1
    if first > end or not any(toks[i].cap and R.org_noun(toks[i].text) for i in range(first, end + 1)):
        return None
    art = first - 1 if first > 0 and toks[first - 1].text.lower() in R.articles else first
    return s[toks[art].start:toks[end].end]


MAX_OWNED = 6  # words of the title after the possessive: "partner in the double sculls"


def possessed_title(doc, s, toks, idx) -> str | None:
    """Where words keep their endings: a lower-case noun phrase opened by a possessive (pack
    ``possessive_determiners``: "His partner in the double sculls, Andrei Matsko,"; or a name's "'s": "Bely's agent,
    Tomas Kowalczyk, said") and set off by a comma right before the name is the person's role, listed or not. Read
    only where no other rule gave a role."""
    R = doc.R
    dets = frozenset(R.morph.cfg["possessive_determiners"])
    comma = idx[0] - 1
    if R.case_endings or not dets or comma < 2 or toks[comma].text != ",":
        return None
    k = comma - 1
    while k >= 0 and comma - k <= MAX_OWNED and toks[k].word and not toks[k].cap:
        k -= 1
    if k < 0 or k == comma - 1 or not toks[k + 1].word or toks[k + 1].text.lower() in R.stopwords:
        return None
    owner = toks[k]
    if not (owner.text.lower() in dets or owner.text in R.possessive or owner.text.endswith(R.possessive) and owner.cap):
        return None
    return s[toks[k + 1].start:toks[comma - 1].end]
