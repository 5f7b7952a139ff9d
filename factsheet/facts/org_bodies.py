"""Bodies whose names are shaped by what they are, not by an organisation word: a sports federation named by its
sport and its reach ("World Rugby", "World Athletics", "British Cycling", "Athletics Kenya"), and a legislature
known by its own name ("Latvia's Saeima", "the Knesset", "Sejm"). The pack lists the sports (``sport_words``), the
words of a federation's reach besides places and nationalities (``sport_body_openers``) and the proper names of
national legislatures (``legislature_names``); without them the pass finds nothing.
"""
from __future__ import annotations

from .candidates import Candidate

RULE = "org_bodies.bodies"


def bodies(doc, si, s, toks, used, taken) -> list[Candidate]:
    """Sports federations and legislatures in the sentence, their tokens claimed."""
    R = doc.R
    if not (R.sport_words or R.legislatures):
        return []
    out = []
    for i, t in enumerate(toks):
        if not t.word or not t.cap or used[i]:
            continue
        word = R.strip_possessive(t.text)
        if _legislature(R, word) and not _in_longer(doc, toks, i):
            name = word if word.lower() in R.legislatures else next(
                (R.morph.match_case(b, word) for b in R.legislature_bases if R.morph.matches(word, b)), word)
            out.append(Candidate("organization", name, si, t.start, t.start + len(word), RULE, claims=(i,)))
            continue
        if i + 1 < len(toks) and _federation(doc, toks, i):
            name = R.strip_possessive(s[t.start:toks[i + 1].end])
            out.append(Candidate("organization", name, si, t.start, t.start + len(name), RULE, claims=(i, i + 1)))
    return out


def _legislature(R, word: str) -> bool:
    """A listed legislature's name, as written or, where the language inflects it, in another case ("Кнессета")."""
    return word.lower() in R.legislatures or (bool(R.legislatures) and not word.isupper()
                                              and R.is_noun(word, R.legislature_bases))


def _federation(doc, toks, i: int) -> bool:
    """Are toks[i], toks[i + 1] a sport and its reach in either order, alone in their capitalised run?"""
    R = doc.R
    a, b = toks[i], toks[i + 1]
    if not (b.word and b.cap) or a.initial and a.text.lower() in R.sport_words:
        return False  # "Athletics is …" opening a sentence: the sport
    if _in_longer(doc, toks, i, 2):
        return False  # a longer name ("World Rugby Sevens Series")
    first, second = a.text, R.strip_possessive(b.text)
    return (second.lower() in R.sport_words and _reach(R, first)) \
        or (first.lower() in R.sport_words and not a.initial and bool(R.gaz.lookup([second])))


def _reach(R, word: str) -> bool:
    return word in R.sport_openers or word.lower() in R.demonyms or bool(R.gaz.lookup([word]))


def _in_longer(doc, toks, i: int, n: int = 1) -> bool:
    """Do capitalised words stand right before or after toks[i:i + n] ("Verkhovna Rada", "World Rugby Sevens"),
    other than an owner in the possessive ("Lithuania's Seimas")?"""
    prev = toks[i - 1] if i > 0 else None
    before = prev is not None and prev.word and prev.cap and not prev.initial \
        and doc.R.strip_possessive(prev.text) == prev.text
    after = i + n < len(toks) and toks[i + n].word and toks[i + n].cap and not _inflected_place(doc, toks[i + n])
    joined = i + n + 1 < len(toks) and toks[i + n].text.lower() in doc.R.role_and and toks[i + n + 1].cap
    return bool(before or after or joined)  # (joined: "Canoe and Kayak Federation", one name over "and")


def _inflected_place(doc, tok) -> bool:
    """"Бундестаг Германии": a listed place in an oblique case after the name is its country, no word of it."""
    hit = doc.R.gaz.lookup([tok.text])
    return bool(hit) and doc.R.key(hit) != doc.R.key(tok.text)
