"""A body referred to by the noun of its kind after a speech verb: "«Объём торгов вырос», — сообщили на бирже"
after "Московская биржа", "…, said the exchange" after "the London Stock Exchange", "— паведамілі на камбінаце"
after "Мазырскі камбінат". The attribution is a preposition or an article and lower-case nouns only; an
organisation named before whose name holds one of those nouns (by stem: "бирже" ~ "биржа") is the speaker. No
word list: the nouns the pack lists as standing for any body (``org_referring_nouns``, "ведомство") are read by
speakers.referred_organisation; these match only a body of that kind, so a firm named nearer does not speak.
"""
from __future__ import annotations

from .. import tokens
from .speakers import named_organisation

SLOT_WORDS = 4  # "на бирже", "в пресс-службе биржи", "the exchange", "the stock exchange's press office"
MIN_NOUN = 4  # shorter words are function words or abbreviations, which say no kind


def kind_body(window: str, r, view, pos: int) -> str | None:
    """The organisation named before ``pos`` whose kind the attribution's nouns name (``window``: the words after
    the quote or clause, with the speech verb); None unless a preposition or an article opens those words."""
    words = tokens.words(r.verb.sub(" ", window))
    if not 2 <= len(words) <= SLOT_WORDS or words[0].lower() not in r.stop or any(w[:1].isupper() for w in words):
        return None
    nouns = [w for w in words[1:] if len(w) >= MIN_NOUN and w.lower() not in r.stop
             and w.lower() not in r.pronouns and w.lower() not in r.role_words]
    return named_organisation(view, pos, nouns, r.stop) if nouns else None
