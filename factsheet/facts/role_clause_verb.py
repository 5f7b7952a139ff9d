"""A short passive participle opening the clause after a fronted phrase, before a title and a name: "Ад Беларускай
аграрнай партыі вылучаны дырэктар саўгаса Андрэй Шыла", "Ад партыі «Белая Русь» зарэгістраваны старшыня калгаса
Іван Дзмітрук". Without an analyser "вылучаны" reads like an adjective of the title ("заслужаны настаўнік"); the
word order tells the verb: a preposition opens the phrase before it (not a place's: "У Мінску заслужаны артыст X") and a genitive (or a quoted name) ends it,
so the participle follows the phrase's noun and not a verb, a comma or the sentence start (rules only; the
analyser knows the participle where a pack has one)."""
from __future__ import annotations

MAX_PHRASE = 7  # tokens of the fronted phrase: "Ад партыі « Белая Русь »"
QUOTE_ENDS = ("»", '"', "”", ")")


def after_fronted_phrase(doc, toks, k: int) -> bool:
    """Is toks[k], a word ending as a short passive participle before a title, preceded by a prepositional phrase
    in the genitive (or ending in a quoted name) that nothing else separates from it?"""
    R = doc.R
    if k < 2 or R.morph.analyzer or not R.participle_endings or k + 1 >= len(toks):
        return False
    low = toks[k].text.lower()
    if toks[k].cap or not low.endswith(R.participle_endings) or not R.role_len([toks[k + 1].text]):
        return False
    before = toks[k - 1]
    if not (before.text in QUOTE_ENDS or before.word and R.genitive_like(before.text)):
        return False
    for j in range(k - 1, max(-1, k - 1 - MAX_PHRASE), -1):
        t = toks[j]
        if t.text.lower() in R.prepositions and t.word:
            return j < k - 1 and t.text.lower() not in R.locative  # "У Мінску заслужаны артыст X": a place
        if t.text in (",", ":", ";", "—", "-") or (t.word and not t.cap and t.text.lower().endswith(R.verb_endings)):
            return False
    return False
