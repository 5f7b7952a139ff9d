"""The marker before a quoted firm's name, which makes it an organisation ("завод «…»", "сельгаскааператыва
«Зара»"), and the descriptor with it: in "Могилевский завод «Строммашина»" or "Мінскі трактарны завод «…»" the
marker and the adjectives of relation before it describe the quoted firm and name no organisation of their own (the
phrase pass had taken "Могилевский завод" for a second one).
"""
from __future__ import annotations

from .. import morphology as mo
from . import org_parts, org_quoted_case

MAX_ADJECTIVES = 2  # "Белорусский металлургический завод «…»"
MIN_STEM, MIN_HEAD = 3, 5  # letters of a compound marker's first part and of its organisation noun


def descriptor_start(doc, toks, i: int, inner: str) -> int:
    """The first token of the capitalised adjectives of relation and the marker noun right before the quote at
    ``i``; ``i`` when no marker noun with such an adjective stands right before it ("завод «…»" alone claims
    nothing more), and when the quoted name ``inner`` is in an oblique case: "Тверское отделение «Зеленого
    фронта»" is a unit of the quoted party, an organisation of its own."""
    R, b = doc.R, i - 1
    if org_quoted_case.oblique(doc, inner):
        return i
    if b < 1 or not toks[b].word or not (R.org_noun(toks[b].text) or R.is_noun(toks[b].text, R.org_nouns)):
        return i
    while b >= 1 and i - 1 - b < MAX_ADJECTIVES and toks[b - 1].word and not toks[b - 1].abbr \
            and org_parts.relational(R, toks[b - 1].text):
        b -= 1
    return b if b < i - 1 and toks[b].cap else i


def compound_marker(R, word: str) -> bool:
    """A marker written as one word with a stump before it — "сельгаскааператыва «Зара»", "мясакамбіната «…»",
    "хлебозавода «…»" (or "IT-кампаніі «…»"): its last part (five letters or more, so no "рада" in "парада") is a form of an organisation
    noun, after a stem of three letters or more."""
    low = word.lower()
    head, _, tail = word.rpartition("-")
    if head and tail[:1].islower() and R.org_noun(tail):
        return True  # "IT-кампанія «Сінтэз»", "PR-агенцтва «…»": a prefix and a hyphen before the noun
    return word.isalpha() and not word[:1].isupper() and any(
        R.org_noun(low[p:]) for p in range(MIN_STEM, len(low) - MIN_HEAD + 1))


def marker_before(doc, toks, i: int) -> bool:
    """A marker or organisation head right before the quote, or before one word that is no verb ("Дэлегацыя
    наведала «Белмаша» цэх": the head does not name the quoted firm)."""
    R = doc.R
    for j in (i - 1, i - 2):
        if j == i - 2 and toks[i - 1].word and (toks[i - 1].text.lower().endswith(R.verb_endings) or (
                R.morph.analyzer and R.morph.parse(toks[i - 1].text)[0].pos == mo.VERB)):
            break
        if j >= 0 and toks[j].word:
            w = toks[j].text
            if w in doc.R.legal or doc.R.org_noun(w) or R.is_noun(w, R.org_nouns) or compound_marker(R, w):
                return True  # ("Туроператор «Сонечны бераг»", "перевозчик «…»": a firm by its trade, pack org_nouns)
    # "клуба аматараў бегу «Лёгкі крок»", "фонда поддержки детей «…»": a head and two genitive words of its kind
    between = toks[i - 2:i] if i >= 3 else []
    return len(between) == 2 and all(x.word and not x.cap and R.genitive_like(x.text)
                                     and not x.text.lower().endswith(R.verb_endings) for x in between) \
        and toks[i - 3].word and R.org_noun(toks[i - 3].text)
