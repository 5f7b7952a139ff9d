"""Does the text write a title word with a capital of its own inside a sentence ("сказала Верховный комиссар",
"прыняў Пасла")? Then a sentence opening with it keeps the capital (role_phrases.sentence_case). A word inside a
run of capitalised words ("Надзвычайны і Паўнамоцны Пасол Партугаліі") has its capital from the fixed title it
ends, not of its own: "Пасол Нідэрландаў …" opening a sentence is "пасол Нідэрландаў".
"""
from __future__ import annotations


def own_capital(doc, word: str) -> bool:
    """Is ``word`` (any case) capitalised inside a sentence after a lower-case word (or a mark), not within a
    capitalised title? Read only for a title opening a sentence: a walk over the document's tokens."""
    low = word.lower()
    if low not in doc.capitalised_inside:
        return False
    for toks in doc.analysis.tokens:
        for k, t in enumerate(toks):
            if t.word and t.cap and not t.initial and t.text.lower() == low and not _in_run(doc, toks, k):
                return True
    return False


def _in_run(doc, toks, k: int) -> bool:
    """Does a capitalised word (across the pack's "and": "Надзвычайны і Паўнамоцны") stand right before ``k``?"""
    j = k - 1
    while j >= 0 and toks[j].word and toks[j].text.lower() in doc.R.role_and:
        j -= 1
    return j >= 0 and toks[j].word and toks[j].cap


def occupation(doc, word: str) -> bool:
    """Is ``word`` a one-word title the pack does not write with a capital before a name (not one of its
    ``formal_titles``: "goalkeeper", "farmer", not "Colonel"), or an unlisted noun for a worker by its agent or
compound ending ("Midwife X", "Plumber X")? Only where the pack lists its formal titles."""
    formal, R, low = doc.pack.words("formal_titles"), doc.R, word.lower()
    agent = low.endswith(R.agent_suffixes + R.description_endings) and low not in R.agent_exceptions  # "Midwife X"
    return bool(formal) and low not in formal and (bool(R.role_len([word])) or agent)
