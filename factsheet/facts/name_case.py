"""Which person a name is, and in which case: namesakes in one document stay apart; the case of a name is read
from the title right before it: "первого президента Ахмат-Хаджи Кадырова" is in the
genitive because "президента" is, though neither name word alone says so (an unknown given name, a surname that
reads as a woman's nominative too). Analyser packs only: the title's case comes from roles.role_case.
"""
from __future__ import annotations

from . import particles
from .roles import role_case


def settle(doc, toks, i: int, words: list[str], found: tuple[str, str]) -> tuple[str, str]:
    """(name, key) of the person named by toks[i:] as ``words`` (``found`` by persons.py), after the checks here:
    a given name that does not decline ("з Хасэ Гансалесам"), the case of the title before it, a namesake."""
    plain = particles.undeclined_given(doc, words) if found[0] == " ".join(words) else None
    full, k = (" ".join(plain), doc.R.key(plain[-1])) if plain else after_title(doc, toks, i, words, found)
    return full, namesake_key(doc, full, k)


def given_before_surname(doc, words: list[str], i: int) -> bool:
    """Is ``words[i]`` an inflected given name opening a pair whose last word is surname-shaped ("Марка
    Цукерберга": the given name Марк, not the word "марка")?"""
    M = doc.R.morph
    return i == 0 and len(words) >= 2 and bool(M.first_name(words[0])) and M.surname_like(words[-1])


def after_title(doc, toks, i: int, words: list[str], found: tuple[str, str]) -> tuple[str, str]:
    """(name, key) of the name toks[i:] as ``words``: when no rule changed it, its given name is unknown and a lower-case title in an oblique
    case stands right before it, each word with a surname (or given-name) reading in that case takes its base
    form; other words stay as written ("Ахмат-Хаджи")."""
    R, M = doc.R, doc.R.morph
    if not M.analyzer or i < 1 or found[0] != " ".join(words) or len(words) < 2 or M.first_name(words[0]):
        return found  # a known given name tells the case itself ("вдова композитора Нина Орлова")
    title = toks[i - 1]
    if not title.word or title.cap or not R.role_len([title.text]):
        return found
    case = role_case(doc, title.text)
    if case is None:
        return found
    out = [_base_in(M, w, case) for w in words]
    if out == words:
        return found
    return " ".join(out), R.key(out[-1])


def _base_in(M, word: str, case: str) -> str:
    """``word`` read as a surname or given name in ``case``, in its base form; of a hyphened name ("Ахмед-Шаха")
    the last part declines, read as any noun."""
    head, dash, tail = word.rpartition("-")
    if dash and head and tail[:1].isupper():
        return f"{head}-{M.noun_nominative(tail, case)}"
    return particles.named_base(M, word, case) or word


def namesake_key(doc, full: str, k: str) -> str:
    """The key a person's full name is recorded under: the surname's (so "Кадыров" alone finds the person), unless
    the document already named someone else by that surname with another given name ("Рамзан Кадыров" and
    "Ахмат-Хаджи Кадыров", two Лаўрэнцьевы): then the whole name, so the namesakes stay two people."""
    R = doc.R
    known = doc.ents.get(("person", k))
    words = full.split()
    if known is None or len(words) < 2:
        return k
    other = known.name.split()
    if len(other) < 2 or _same_given(R.key(words[0]), R.key(other[0])) \
            or not (_given_like(R, words[0]) and _given_like(R, other[0])):
        return k  # "Далее Герстенмайер" after "Билл Герстенмайер": a word before the surname, no other person
    return R.key(full)


def _given_like(R, word: str) -> bool:
    """May ``word`` be a given name: a listed one, or no dictionary word, title or place ("Ахмат-Хаджи")?"""
    return bool(R.morph.first_name(word)) or not (R.plain_word(word) or R.role_len([word]) or R.gaz.lookup([word]))


def _same_given(a: str, b: str) -> bool:
    """May two given names be one person's: equal, an initial of the other ("В." and "Владимир"), or a case
    ending apart ("Мікалая" left as written beside "Мікалай")?"""
    a, b = a.rstrip("."), b.rstrip(".")
    if a == b or (min(len(a), len(b)) == 1 and a[:1] == b[:1]):
        return True
    n = min(len(a), len(b))
    return n >= 3 and abs(len(a) - len(b)) <= 2 and a[:n - 1] == b[:n - 1]
