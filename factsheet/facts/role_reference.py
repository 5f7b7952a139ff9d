"""A role given only by the noun an inverted attribution names the speaker with: "Іван Лукаш трымае сорак вулляў. «…»,
— жартуе пчаляр", "Ivan Lukash keeps forty hives. "…," jokes the beekeeper." The text calls the person last named
by a noun for what they do, and says so nowhere else; the noun is then that person's role (and the speaker rules,
which match an attribution's noun against the roles given, find the speaker by it). The shape: a closing quote, a
comma or a dash, one lower-case verb, then (after an article) a short lower-case noun phrase ending the sentence,
headed by a listed title or a noun with an agent ending. The person is the one person of the nearest sentence
before that names any, with no role yet. So is the noun after "said of his" for the one person the sentence
names (inside the quote): "… Thiago Nascimento …," he said of his Brazilian pivot. Run once over the document after the sentence passes (document.py).
"""
from __future__ import annotations

from .candidates import ROLE, Change
from .tokens import QUOTE_CHARS

MAX_NOUN = 3  # words of the noun phrase after the verb: "the old beekeeper"
LOOK_BACK = 2  # sentences looked back through for the person
LINKS = (",", "—", "–", "-")


def referred_roles(doc) -> list[Change]:
    """A ROLE change for each person named just before an attribution that calls the speaker by a noun."""
    persons: dict[int, list] = {}
    for mention, ent in doc.mentions:
        if ent.kind == "person" and ent not in persons.setdefault(mention.sentence, []):
            persons[mention.sentence].append(ent)
    out: list[Change] = []
    for si in range(len(doc.sentences)):
        said_of = _said_of(doc, doc.sentences[si], doc.analysis.tokens[si])
        if persons.get(si) and not said_of:
            continue
        noun = said_of or _attribution_noun(doc, doc.sentences[si], doc.analysis.tokens[si])
        back = next((persons[b] for b in range(si, max(-1, si - 1 - LOOK_BACK), -1) if persons.get(b)), [])
        if noun and len(back) == 1 and not back[0].role:
            out.append(Change(ROLE, back[0], "role_reference.referred_roles", noun))
    return out


def _attribution_noun(doc, s: str, toks) -> str | None:
    """The noun phrase closing an inverted attribution after a quote ("…," jokes the beekeeper), or None."""
    R = doc.R
    close = max((k for k, t in enumerate(toks) if t.text in QUOTE_CHARS), default=None)
    if close is None:
        return None
    k = close + 1
    while k < len(toks) and toks[k].text in LINKS:
        k += 1
    if k == close + 1 and not (close > 0 and toks[close - 1].text == ","):  # the comma inside the quote: "…," said
        return None
    if k >= len(toks) or not toks[k].word or toks[k].cap:
        return None
    first = k + 1 + (k + 1 < len(toks) and toks[k + 1].text.lower() in R.articles)
    end = first
    while end < len(toks) and toks[end].word and not toks[end].cap:
        end += 1
    if end == first or end - first > MAX_NOUN or (end < len(toks) and toks[end].text not in (".", "!", "?")):
        return None
    return s[toks[first].start:toks[end - 1].end] if _person_noun(R, toks[end - 1].text.lower()) else None


def _said_of(doc, s: str, toks) -> str | None:
    """The noun phrase after "said of" and a possessive ("… ," he said of his Brazilian pivot, who …"; pack
    ``role_clause_link``, ``possessive_determiners``): what the speaker calls the person the quote names."""
    R, link = doc.R, doc.R.morph.cfg["role_clause_link"]
    dets = frozenset(R.morph.cfg["possessive_determiners"])
    for k in range(len(toks) - 3):
        if toks[k].word and toks[k].text.lower().startswith(R.speech) and toks[k + 1].text.lower() == link \
                and toks[k + 2].text.lower() in dets:
            end = k + 3
            while end < len(toks) and end - k - 3 < MAX_NOUN and toks[end].word \
                    and (not toks[end].cap or toks[end].text.lower() in R.demonyms):
                end += 1
            if end > k + 3 and (end == len(toks) or toks[end].text in (",", ".")) \
                    and _person_noun(R, toks[end - 1].text.lower()):
                return s[toks[k + 3].start:toks[end - 1].end]
    return None


def _person_noun(R, head: str) -> bool:
    """A listed title, a team position or a noun with an agent ending."""
    return bool(R.role_len([head])) or head in R.team_roles or head not in R.agent_exceptions \
        and head not in R.stopwords and head.endswith(R.agent_suffixes + R.description_endings)
