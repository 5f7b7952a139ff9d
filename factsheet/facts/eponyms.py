"""Eponyms: the person an organisation is named after ("імя П.М. Машэрава", "имени Михаила Савицкого") is
part of the organisation's name, not a person of the story. Read by the person pass (which leaves these tokens)
and the organisation pass (which takes them into the name).
"""
from __future__ import annotations


def eponym_toks(doc, toks) -> set[int]:
    """Tokens of the names organisations are named after in this sentence ("имени Михаила Савицкого")."""
    out: set[int] = set()
    if not doc.R.named_after:
        return out
    named = doc.R.named_after
    for k, t in enumerate(toks):
        if not t.word or t.cap:
            continue
        low = t.text.lower()  # (the pair of words only where the word alone is none: "named after")
        if low in named or (k and f"{toks[k - 1].text.lower()} {low}" in named):
            out |= set(range(k + 1, eponym_end(doc, toks, k)))
    return out


def eponym_end(doc, toks, k: int) -> int:
    """Index after the name that follows the "named after" word at ``k``: initials and a surname, or a given
    name, a patronymic and a surname, or a single name ("імя П.М. Машэрава", "имени Ленина")."""
    M = doc.R.morph
    j, initials = k + 1, False
    while j + 1 < len(toks) and len(toks[j].text) == 1 and toks[j].cap and toks[j + 1].text == ".":
        j, initials = j + 2, True
    if j >= len(toks) or not (toks[j].word and toks[j].cap):
        return k + 1 if not initials else j
    if initials:
        return j + 1
    # a given name (also one the lists miss: "Янки Купалы"), a patronymic, a surname; a given name after the
    # first word starts the next person ("имени Ленина Иван Петров")
    end, most = j + 1, 3 if M.first_name(toks[j].text) else 2
    while end < len(toks) and end - j < most and toks[end].word and toks[end].cap and not toks[end].abbr \
            and (M.patronymic(toks[end].text) or not M.first_name(toks[end].text)):
        end += 1
    return _second_eponym(doc, toks, end)


def _second_eponym(doc, toks, end: int) -> int:
    """"имени Станиславского и Немировича-Данченко": a second name joined by "and" (pack: ``org_and``) is named
    after too, unless it is a listed place ("… имени Пушкина и Москвы")."""
    R = doc.R
    if end + 1 < len(toks) and toks[end].text.lower() in R.org_and and toks[end + 1].word and toks[end + 1].cap \
            and not toks[end + 1].abbr and not R.gaz.lookup([toks[end + 1].text]):
        return eponym_end(doc, toks, end)
    return end
