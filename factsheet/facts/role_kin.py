"""A kin or relation phrase before a name as the person's role ("мать двоих детей Анна Р.", "брат погибшего Игорь
К.", "маці траіх дзяцей Вольга С."): no title stands there, but the text says who the person is by a relation
noun (pack: ``relation_nouns``) and the words of its genitive complement. Found only where no title, appositive
or linked title gives a role (roles.role_of); unlike a title it vouches for no unknown name (not in role_with_head,
which _anchored_name asks).
"""
from __future__ import annotations

from .. import morphology as mo
from . import role_bounds
from .role_phrases import sentence_case
from .tokens import BREAKS

MAX_COMPLEMENT = 3  # "мать двоих маленьких детей": the complement's words between the relation and the name


def kin_before(doc, s, toks, idx, taken) -> str | None:
    """The relation noun before the name with the lower-case genitive words between them, the noun in its base
    form ("матери двоих детей Анны" -> "мать двоих детей"); None when anything else stands there."""
    R = doc.R
    nouns = R.morph.cfg["relation_nouns"]
    j, base = idx[0] - 1, None
    while nouns and j >= 0 and idx[0] - j <= MAX_COMPLEMENT + 1 and j not in taken and toks[j].word \
            and not (toks[j].cap and not toks[j].initial):
        base = _relation_base(doc, toks[j].text, nouns)
        if base is not None or not _complement(doc, toks[j]):
            break
        j -= 1
    if base is None or j == idx[0] - 1:
        return None  # a bare relation says whose only with its complement ("отец Сергий" is a priest's address)
    if j > 0 and toks[j - 1].word and R.adjective(toks[j - 1].text) and not toks[j - 1].cap:
        return None  # "её старший брат X": an adjective before the relation belongs to a longer phrase
    rest = s[toks[j].end:toks[idx[0]].start].strip(" ,")
    return sentence_case(doc, toks, j, f"{base} {rest}".strip())


def _complement(doc, t) -> bool:
    """May the word stand in a relation's complement ("двоих", "детей", "погибшего", "of two")?"""
    if not t.word or t.cap or t.text in BREAKS or t.text.lower() in doc.R.clause_breaks \
            or t.text.lower() in doc.R.role_and or role_bounds.verb_like(doc, t):
        return False
    low, M = t.text.lower(), doc.R.morph
    if low in doc.R.connectors or low in doc.R.articles or low in doc.R.count_words or t.digit:
        return True
    if not doc.R.case_endings:  # "brother of the victim": a noun after the connector, no case to tell it by
        return low not in doc.R.stopwords
    if M.analyzer:
        return doc.R.genitive_like(t.text) or any(p.pos == mo.NUMERAL and p.case == mo.GENITIVE
                                                  for p in M.parse(low)[:2])
    return doc.R.genitive_like(t.text)


def _relation_base(doc, word: str, nouns) -> str | None:
    """The listed relation noun ``word`` is a form of ("матери" -> "мать"), else None."""
    low = word.lower()
    if low in nouns:
        return low
    if not doc.R.case_endings:
        return None
    lemmas = doc.R.role_lemmas(word)
    return next((n for n in nouns if doc.R.morph.fold(n) in lemmas), None)
