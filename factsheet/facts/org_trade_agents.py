"""A one-word name right after a firm's trade noun is a firm: "the Kazakh grain trader Astykzhol", "Polish dairy
producer Mlekovita", "the Russian steelmaker Severstal". ``org_kind`` leaves nouns shaped like a person's
("trader", "producer") alone, since a person's name may follow them; here the noun names a trade in goods — a
compound with the goods before it ("grain trader", "steel maker") or closed ("steelmaker") — and one capitalised
word that is no given name follows, where a person would be named by two ("the grain trader Ivan Petrov").

Nouns: the pack's ``org_nouns`` plus ``trade_agent_nouns`` (agent nouns of trade that name firms in business news).
Functions over ``doc``, the ``Extraction`` (document.py), read-only.
"""
from __future__ import annotations

from . import org_kind
from .candidates import Candidate

RULE = "org_trade_agents.trade_named"


def trade_named(doc, si, s, toks, used, taken) -> list[Candidate]:
    """A firm for each "<goods> <trade noun> <Name>" with a one-word name, claimed before the person pass."""
    R, out = doc.R, []
    if not R.trade_agents:
        return out
    for a in range(2, len(toks)):
        noun, t = toks[a - 1], toks[a]
        low = noun.text.lower()
        if used[a] or not t.word or not t.cap or t.initial or t.abbr or not noun.word or noun.cap \
                or not low.endswith(R.person_noun_endings) or not _trade_noun(R, toks, a - 1):
            continue
        if (a + 1 < len(toks) and toks[a + 1].word and toks[a + 1].cap) or R.morph.first_name(t.text) \
                or R.gaz.lookup([t.text]) or R.role_len([t.text]) or t.text.lower() in R.not_names \
                or not org_kind._opened(doc, toks, a - 1 - (not _closed(R, low))):
            continue
        out.append(Candidate("organization", t.text, si, t.start, t.end, RULE, claims=(a,)))
    return out


def _closed(R, low: str) -> bool:
    """A closed compound of a trade noun ("steelmaker", "carmaker"): longer than the noun it ends in."""
    return any(low.endswith(n) and len(low) > len(n) + 2 for n in R.trade_agents)


def _trade_noun(R, toks, k: int) -> bool:
    """Is toks[k] a trade noun with its goods: a closed compound, or one after a lower-case goods noun?"""
    low = toks[k].text.lower()
    if _closed(R, low):
        return True
    if low not in R.trade_agents and low not in R.org_nouns:
        return False
    g = toks[k - 1]
    return g.word and not g.cap and g.text.isalpha() and g.text.lower() not in R.stopwords \
        and g.text.lower() not in R.articles and not g.text.lower().endswith(R.trade_goods_not)
