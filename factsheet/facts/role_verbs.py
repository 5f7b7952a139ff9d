"""A title the sentence links to the name after it, by a verb or in brackets (read by roles.py): "X является
председателем …", "X, занимающий пост министра …", "X, які займае пасаду …", "X, who serves as chief financial
officer of …", "X (генеральный директор …)". The links are pack data (``role_verbs``: the words' starts, and the
prefix of a title the link says is past: "X, ранее занимавший пост мэра" -> "экс-мэр"); words the pack lists in
``role_verb_fillers`` ("который", "ранее", "who") may stand before the link. Where the pack's words change their
endings, the title phrase ends at the first word that is no part of a noun phrase in the genitive ("… завода
«Луч» уже десять лет": not "уже").
"""
from __future__ import annotations

from .tokens import BREAKS, QUOTE_CHARS

MAX_WORDS = 12  # words of a title phrase after the link
PREP_WORDS = 3  # words a preposition of a title's complement may take ("по работе с клиентами")


def link_after(doc, toks, k: int) -> tuple[int, int, str] | None:
    """(start, end, prefix) of the title phrase the text links to the name ending before ``k``, or None."""
    if k < len(toks) and toks[k].text == "(":
        close = next((e for e in range(k + 1, min(len(toks), k + MAX_WORDS + 2)) if toks[e].text == ")"), None)
        return (k + 1, close, "") if close else None  # "X (генеральный директор компании «Луч»)"
    links = doc.R.role_links
    if not links:
        return None
    if k < len(toks) and toks[k].text == ",":
        k += 1
    fillers = doc.R.role_link_fillers
    while k < len(toks) and toks[k].text.lower() in fillers:
        k += 1
    best = None
    for words, prefix in links:
        span = toks[k:k + len(words)]
        if len(span) == len(words) and all(t.word and t.text.lower().startswith(w) for t, w in zip(span, words)) \
                and (best is None or len(words) > len(best[0])):
            best = (words, prefix)
    if best is None:
        return None
    start = k + len(best[0])
    while start < len(toks) and toks[start].text.lower() in doc.R.articles:
        start += 1
    return start, phrase_end(doc, toks, start), best[1]


def phrase_end(doc, toks, k: int) -> int:
    """End of the title phrase opening at ``k``: a break, a clause break, or (where words change their endings)
    a lower-case word after the title that is neither genitive, adjective, a joining "and" nor in the reach of a
    complement's preposition ("комитета по иностранным делам")."""
    R = doc.R
    end, prep, seen_title, quoted = k, 0, False, False
    while end < len(toks) and end - k < MAX_WORDS:
        t = toks[end]
        low = t.text.lower()
        if t.text in QUOTE_CHARS:
            quoted = not quoted
        elif not quoted and ((t.text in BREAKS and t.text != "-") or low in R.clause_breaks):
            break
        elif not quoted and R.case_endings and seen_title and t.word and not t.cap:
            if low in R.morph.cfg["role_prepositions"]:
                prep = PREP_WORDS
            elif low in R.stopwords and end + 1 < len(toks) and toks[end + 1].cap \
                    and R.gaz.lookup([toks[end + 1].text]):
                prep = 1  # "послом в Китае": a place where the title is held
            elif prep:
                prep -= 1
            elif not (R.genitive_like(t.text) or R.adjective(t.text) or low in doc.R.role_and):
                break
        elif not quoted and not R.case_endings and _outside(R, toks, k, end):
            break  # "is president Mad Men star …": a name after a lower-case noun starts another phrase; "in 1990"
        seen_title = seen_title or bool(t.word and R.role_len([t.text]))
        end += 1
    while end > k + 1 and toks[end - 1].text.lower() in R.stopwords | R.articles | R.connectors:
        end -= 1  # "finance minister in (May)"
    return end


def _outside(R, toks, k: int, end: int) -> bool:
    """Without case endings: does the word at ``end`` leave the title phrase: a number or a date word ("in 1990",
    "in May"), or a capitalised word right after a lower-case content word ("president Mad Men star")?"""
    t = toks[end]
    if t.text[0].isdigit() or t.text.lower() in R.month_words | R.weekday_words:
        return True
    prev = toks[end - 1] if end > k else None
    if prev is not None and prev.cap and t.word and t.text.lower() in R.stopwords - R.connectors \
            and end + 1 < len(toks) and toks[end + 1].word and not toks[end + 1].cap and R.gaz.lookup([prev.text]):
        return True  # "ambassador to Spain in connection with …": the place ends the title (not "… to Vietnam")
    return t.cap and prev is not None and prev.word and not prev.cap \
        and prev.text.lower() not in R.connectors | R.articles | R.stopwords


def with_prefix(prefix: str, role: str) -> str:
    """The title with the prefix a past link gives it ("экс-" + "мэр Твери", "former" + "mayor of Valencia")."""
    if not prefix:
        return role
    return prefix + role if prefix.endswith("-") else f"{prefix} {role}"
