"""Byline pass: a sentence that is only a given name and a surname in capitals ("Ірына СІДАРОВІЧ" under a headline
or at the end of a feature) names the author, who is no participant of the story, so it is claimed and nothing is
recorded. An upper-case word elsewhere stays an abbreviation (places_in_text.py).

A function over ``doc``, the ``Extraction`` (document.py); ``used`` marks the tokens earlier passes claimed
(read-only); it returns candidates (candidates.py).
"""
from __future__ import annotations

from itertools import islice

from .candidates import Candidate, claim

MAX_WORDS = 5  # "Ганна ПЯТРОВА і Пётр ІВАНОЎ" at most; a longer line is text


def byline(doc, si, s, toks, used, taken) -> list[Candidate]:
    """Claim a line of given names each with an upper-case surname: a byline, not an organisation."""
    toks = _before_credit(toks)  # "Пётр КАВАЛЕНКА, фота аўтара": the name before the photo credit
    words = list(islice((t for t in toks if t.word), MAX_WORDS + 1))  # (a longer line is text: read no further)
    if not 2 <= len(words) <= MAX_WORDS or any(not t.word and t.text not in ",." for t in toks):
        return []
    k = next((x for x, t in enumerate(words[:3]) if t.text.lower() in doc.R.byline_words), None)
    lead_ok = k == 0 or (k and toks[-1].word and not any(doc.R.gaz.lookup([t.text]) for t in words[:k]))
    named = _before_comma(toks, words)  # "By Daniel Okafor, Court Correspondent": the name before the desk
    named, filed = _before_place(doc, named)  # "By Helen Marsh in Tashkent": the place it was filed from stays
    if k is not None and lead_ok and all(t.cap for t in named[k + 1:]) and 2 <= len(named) - k <= 4:
        # "By Jane Holloway", "Interview by Jane Holloway": a line of its own with the pack's byline word before
        # a name; not a sentence's tail ("Britain by Richard Hannon.")
        return [claim("bylines.byline", si, [i for i in _unclaimed(used) if filed is None or toks[i].start < filed])]
    names = [t for t in words if t.text.lower() not in doc.R.stopwords]  # "Ганна ПЯТРОВА і Пётр ІВАНОЎ"
    if len(names) % 2 and len(names) > 2 and not doc.R.morph.first_name(names[0].text):
        names = names[1:]  # "Гутарыў Андрэй ПЯТРОЎ", "Беседовал Иван ПЕТРОВ": the word saying who wrote it
    pairs = len(names) % 2 == 0 and all(
        first.cap and not first.text.isupper() and doc.R.morph.first_name(first.text)
        and last.text.isupper() and len(last.text) >= 3 for first, last in zip(names[::2], names[1::2]))
    if names and pairs:
        return [claim("bylines.byline", si, _unclaimed(used))]
    return []


def _before_place(doc, words) -> tuple[list, int | None]:
    """The words before a lower-case word followed by one or two capitalised words the gazetteer knows as a place
    ("By Helen Marsh in Tashkent", "Helen Marsh from Almaty"), with that word's offset; all words and None when the
    line ends otherwise."""
    low = next((x for x, t in enumerate(words) if x > 0 and not t.cap), None)
    rest = words[low + 1:] if low is not None else []
    if rest and len(rest) <= 2 and all(t.cap for t in rest) and doc.R.gaz.lookup([t.text for t in rest]):
        return words[:low], words[low].start
    return words, None


def _before_comma(toks, words) -> list:
    """The words before a comma that sets off the writer's desk ("By Daniel Okafor, Court Correspondent"), when
    the line has one; else all."""
    comma = next((t.start for t in toks if t.text == ","), None)
    return [t for t in words if comma is None or t.start < comma]


def _before_credit(toks) -> list:
    """The line's tokens before a comma that only lower-case words follow, up to three, maybe with a name in
    capitals after them ("…, фота аўтара", "…, фото автора", "…, фота Марыі ІВАНОВАЙ"): a credit after the
    author's name; the whole line otherwise."""
    comma = next((x for x, t in enumerate(toks) if t.text == ","), None)
    if comma is None:
        return toks
    rest = [t for t in toks[comma + 1:] if t.text not in ".,"]
    if len(rest) >= 3 and rest[-2].word and rest[-2].cap and not rest[-2].text.isupper() and rest[-1].word \
            and rest[-1].text.isupper() and len(rest[-1].text) >= 3:
        rest = rest[:-2]  # "…, фота Марыі ІВАНОВАЙ": the photographer's name in capitals after the credit
    return toks[:comma] if 1 <= len(rest) <= 3 and all(t.word and t.text.islower() for t in rest) else toks


def _unclaimed(used) -> list[int]:
    """The whole line's tokens no earlier pass claimed."""
    return [i for i, u in enumerate(used) if not u]
