"""Names in the official order, surname first: "прызначыць Ляўчука Сяргея Уладзіміравіча старшынёй …",
"вызвалены Рудзько Анатоль Цімафеевіч", "назначить Иванова Сергея Петровича" — how decrees, orders and lists of
officials write them. The person pass reads a given name as the start of a name, so the surname before it was
lost ("Сяргей Уладзіміравіч", no surname). A capitalised word right before a given name and a patronymic that
close the run is the surname: the three words are one person, named in the usual order ("Сяргей Уладзіміравіч
Ляўчук"), each word in the base form the given name's case and gender give (names.Morph), keyed by the surname
so a later "Сяргей Ляўчук" is the same person. The role is what the decree makes of the person: a title after
the name ("старшынёй …"), or the one the person rules find before it.
"""
from __future__ import annotations

from . import roles, role_verbs
from .candidates import FILL, Candidate

RULE = "official_order.surname_first"


def surname_first(doc, si, s, toks, used, taken) -> list[Candidate]:
    """A person for each "Surname Given Patronymic" run of exactly three capitalised words. Rules only: an
    analyser agrees the three words' cases itself and the person pass reads the order already."""
    M = doc.R.morph
    if M.analyzer or not M.patronymic_endings:
        return []  # (no patronymic to tell the order by)
    out = []
    for i in range(len(toks) - 2):
        if toks[i].cap and toks[i + 1].cap and toks[i + 2].cap and _triple(doc, toks, used, i):
            out.append(_person(doc, si, s, toks, used, taken, i))
    return out


def _triple(doc, toks, used, i: int) -> bool:
    """Do toks[i:i+3] read surname, given name, patronymic, with no capitalised word on either side?"""
    R, M = doc.R, doc.R.morph
    three = toks[i:i + 3]
    if not all(t.word and t.cap and not t.abbr and not used[i + x] for x, t in enumerate(three)):
        return False
    for j in (i - 1, i + 3):
        if 0 <= j < len(toks) and toks[j].word and toks[j].cap and not (j == i - 1 and toks[j].initial and R.plain_word(toks[j].text)):
            return False  # a longer run is the person pass's ("Іван Іванавіч Пятроў", "Старшыня Іван Іванавіч")
    surname, given, father = (t.text for t in three)
    first = M.first_name(given)
    if not first or not M.patronymic(father) or M.first_name(surname) or M.patronymic(surname) or three[0].initial:
        return False  # (a sentence's first word may be a title: "Механізатар Сяргей Дарашкевіч")
    if _gender(M, father) != first[1]:
        return False  # "Марыя Сянкевіч": a man's patronymic after a woman's name is her surname
    low = surname.lower()
    return not (R.plain_word(surname) or R.role_len([surname]) or low in R.titles or low in R.stopwords
                or R.gaz.lookup([surname]))


def _gender(M, word: str) -> str:
    """A patronymic's gender by the pack's ``feminine_patronymic_endings`` ("-аўна", "-ічнай"; a man's otherwise).
    Rules only: surname_first runs without an analyser."""
    return "f" if word.lower().endswith(tuple(M.cfg["feminine_patronymic_endings"])) else "m"


def _person(doc, si, s, toks, used, taken, i: int) -> Candidate:
    M = doc.R.morph
    base, gender, nominative = M.first_name(toks[i + 1].text)
    surname = M.surname(toks[i].text, gender, nominative)
    father = M.surname(toks[i + 2].text, gender, nominative)
    full = f"{base} {father} {surname}"
    idx = [i, i + 1, i + 2]
    role = _title_after(doc, s, toks, i + 3) or roles.role_of(doc, s, toks, used, idx, None, taken)
    return Candidate("person", full, si, toks[i].start, toks[i + 2].end, RULE, key=doc.R.key(surname),
                     claims=tuple(idx), names=tuple(idx), role=role, role_how=FILL, confirmed=True,
                     parts=tuple({doc.R.key(w) for w in full.split()}))


def _title_after(doc, s, toks, k: int) -> str | None:
    """The title right after the name, in the predicate's case ("… старшынёй Пінскага райвыканкама"), in base
    form; None when the next word is no title."""
    if k >= len(toks) or not toks[k].word or not doc.R.role_len([toks[k].text]):
        return None
    return roles.title_phrase(doc, s, toks, k, role_verbs.phrase_end(doc, toks, k))
