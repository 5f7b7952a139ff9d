"""A capitalised name right after a noun for the kind of organisation it is: "the state utility Tojik Gaz", "built
by the Chinese company Hanxing Grid Engineering", "a loan from the investment bank Kleinwort Benson", "its parent
group Zeltra Holding". The noun is one of the pack's singular ``org_nouns`` that no person could be (not shaped
like a person noun: "producer", "operator" and "miner" name people too, pack: ``person_noun_endings``), and an
article or a possessive opens its phrase, with lower-case words or a nationality between ("the Chinese
company"). The name is claimed before the person pass reads it as a person.
"""
from __future__ import annotations

from .candidates import Candidate
from .org_appositive import firm_name
from .tokens import cap_run_end

RULE = "org_kind.kind_named"
LONGEST = 5  # capitalised words of the name at most
BETWEEN = 3  # words at most between the article and the noun ("the Chinese state oil company")


def kind_named(doc, si, s, toks, used, taken) -> list[Candidate]:
    """Organisations named right after a noun for their kind, their tokens claimed."""
    R = doc.R
    out = []
    for a in range(2, len(toks)):
        noun = toks[a - 1]
        if used[a] or not toks[a].cap or not noun.word or noun.cap or not kind_noun(R, noun.text.lower()) \
                or not _opened(doc, toks, a - 1):
            continue
        b = cap_run_end(R, toks, used, a, LONGEST)
        if b == a or (b < len(toks) and toks[b].word and toks[b].cap) or not firm_name(doc, toks, a, b) \
                or any(R.role_len([t.text]) or t.text.lower() in R.titles or t.initial for t in toks[a:b]):
            continue  # (a longer run, a title or a sentence start is some other pass's to read)
        out.append(Candidate("organization", s[toks[a].start:toks[b - 1].end], si, toks[a].start, toks[b - 1].end,
                             RULE, claims=tuple(range(a, b))))
    return out


def kind_noun(R, low: str) -> bool:
    """A singular noun for a kind of organisation that is not shaped like a noun for a person."""
    return low in R.org_nouns and not low.endswith(R.plural_endings) and not low.endswith(R.person_noun_endings)


def _opened(doc, toks, k: int) -> bool:
    """Does an article or a possessive open the noun phrase ending at ``k``, with only lower-case words or a
    nationality between ("the state utility", "a Dutch bank", "its parent company", "Russia's gas company")?"""
    R = doc.R
    for j in range(k - 1, max(-1, k - BETWEEN - 2), -1):
        t = toks[j]
        low = t.text.lower()
        if low in R.articles or (t.cap and t.text.endswith(R.possessive) and t.text not in R.possessive):
            return True  # "the", "its", "Russia's"
        if not t.word or (t.cap and low not in R.demonyms) or low in R.stopwords:
            return False
    return False
