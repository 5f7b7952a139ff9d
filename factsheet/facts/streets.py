"""Street pass: a street or square noun before a capitalised name ("на вуліцы Гікалы", "на проспекте
Независимости", "плошча Якуба Коласа") makes one place, the head in its base form and the name as written (it
stands in the genitive or the nominative already). It runs before the person pass, so the person a street is named
after is no participant of the story.

A function over ``doc``, the ``Extraction`` (document.py); ``used`` marks the tokens earlier passes claimed
(read-only); it returns candidates (candidates.py).
"""
from __future__ import annotations

from .candidates import Candidate
from .places_in_text import adjective_place
from . import attributives

MAX_NAME_WORDS = 3  # "вуліца Янкі Купалы", "проспект Газеты Правда": a street's name is short


def street_names(doc, si, s, toks, used, taken) -> list[Candidate]:
    """Claim "<street noun> <Capitalised name>" as a place."""
    R = doc.R
    out: list[Candidate] = []
    if not R.street_heads:
        return out
    i = 0
    while i + 1 < len(toks):
        t, nxt = toks[i], toks[i + 1]
        # the cheap test of the next token first: asking the analyser about every word was most of this pass
        named = nxt.word and nxt.cap and not used[i + 1] and t.word and not used[i] and not t.abbr
        base = _street_head(doc, t.text) if named else None
        if base is None or (R.placeish(nxt.text) and not _town_after(doc, toks, i + 2)) \
                or _holder_after(doc, toks, i):
            i += 1  # "площадь Москвы" is the city's area, "улицы Бангкока" its streets
            continue
        j = i + 1
        while j < len(toks) and j - i <= MAX_NAME_WORDS and toks[j].word and toks[j].cap and not used[j] \
                and toks[j].text.lower() not in R.not_names:
            j += 1
        if j == i + 1 or attributives.attributive(R, toks, j - 1):  # "памятник Первому президенту": the name goes on in
            i += 1  # lower case, no street name
            continue
        name = _agreeing(doc, t.text, base, toks[i + 1:j]) or s[nxt.start:toks[j - 1].end]
        out.append(Candidate("place", f"{base} {name}", si, t.start, toks[j - 1].end, "streets.street_names",
                             claims=tuple(range(i, j))))
        i = j
    return out


def _holder_after(doc, toks, i: int) -> bool:
    """"с директором парка Олегом Сидоренко": a title right before the street noun makes the noun its complement,
    and a given name after it opens the name of the title's holder, no street name."""
    return i > 0 and toks[i - 1].word and not toks[i - 1].cap and bool(doc.R.role_len([toks[i - 1].text])) \
        and bool(doc.R.morph.first_name(toks[i + 1].text))


def _town_after(doc, toks, k: int) -> bool:
    """Does "у/в <Town>" follow at ``k``? Then the place name before it names the street ("на вуліцы Міру ў
    Лідзе", "на улице Москвы в Гродно"): a city's streets are not "in" another town."""
    return k + 1 < len(toks) and toks[k].text.lower() in doc.R.locative and toks[k + 1].word \
        and toks[k + 1].cap and doc.R.placeish(toks[k + 1].text)


def _street_head(doc, word: str) -> str | None:
    """The base form of ``word`` when it is a form of one of the pack's street nouns, else None."""
    if not doc.R.is_noun(word, doc.R.street_heads):
        return None
    return next((b for b in doc.R.street_heads if doc.R.morph.matches(word, b)), None)


def _agreeing(doc, head: str, base: str, name) -> str | None:
    """A one-word adjective name agrees with its inflected head and takes its base form with it ("на вуліцы
    Першамайскай" -> "вуліца Першамайская", "на улице Садовой" -> "улица Садовая"); None otherwise."""
    R = doc.R
    word = name[0].text if len(name) == 1 else ""
    hg = R.gaz.head_gender(base) if word and head.lower() != base else None
    if hg is None or not (R.adjective(word) or word.lower().endswith(R.oblique_adj)):
        return None
    return adjective_place(doc, word, head, base, hg[1]).rsplit(" ", 1)[0]
