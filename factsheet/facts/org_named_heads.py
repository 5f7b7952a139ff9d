"""An organisation written as its name and a lower-case noun for its kind: "of the Green party", "the Zarya farm",
"the British Transport police". After an article, one to three capitalised words and then a noun the pack lists as
a noun for firms, parties and enterprises (``org_nouns``, singular: not "the Stadium court") make one
organisation, named by its capitalised words as news annotation names it ("Green", "Zarya"; the noun is claimed
with it, its kind, not its name). Not when the words are a place or a nationality ("the Minsk plant", "the Belarusian
party": the place is what they say), a person's name, a day, a month or an event ("the Christmas party"), nor
when the noun's own name follows it ("the Tuscan dairy Colle Verde").
"""
from __future__ import annotations

from . import org_shapes
from .candidates import Candidate
from .tokens import cap_run_end

RULE = "org_named_heads.named_heads"
LONGEST = 3  # capitalised words before the noun


def named_heads(doc, si, s, toks, used, taken) -> list[Candidate]:
    """Organisations written as "the <Name> <kind noun>" in the sentence, their tokens claimed."""
    R = doc.R
    out = []
    for k in range(1, len(toks) - 1):
        if toks[k - 1].text.lower() not in R.articles or not toks[k].cap or used[k] or toks[k].initial:
            continue
        b = cap_run_end(R, toks, used, k, LONGEST)
        if b == k or b >= len(toks) or not _kind_noun(R, toks[b]) or not _a_name(doc, toks, k, b) \
                or _named_after(R, toks, b + 1):
            continue
        out.append(Candidate("organization", s[toks[k].start:toks[b - 1].end], si, toks[k].start, toks[b - 1].end,
                             RULE, claims=tuple(range(k, b + 1))))
    return out


def _named_after(R, toks, j: int) -> bool:
    """Does the kind noun's own name follow it ("the Tuscan dairy Colle Verde", "the Chilean firm Andes Fruta")? Then
    the capitalised words before the noun describe it (its region, its nation) and name nothing."""
    return j < len(toks) and toks[j].word and toks[j].cap and not toks[j].initial and not R.role_len([toks[j].text])


def _kind_noun(R, t) -> bool:
    low = t.text.lower()
    return t.word and not t.cap and not low.endswith(R.plural_endings) \
        and low in R.org_nouns


def _a_name(doc, toks, k: int, b: int) -> bool:
    """Are toks[k:b] the organisation's own name: no place, nationality, given name, day, month or event word?"""
    R = doc.R
    words = [t.text for t in toks[k:b]]
    if any(org_shapes.compound_adjective(w) for w in words):
        return False  # "the Chinese-owned company"
    if _town(R, words) or all(w.lower() in R.demonyms or _town(R, [w]) for w in words):
        return False  # (a river's name names firms: "the Neman glassworks")
    if R.morph.first_name(words[0]):
        return False
    return not any(w.lower() in R.not_place_words or w.lower() in R.stopwords or w.lower() in R.events
                   or w.lower() in R.holidays for w in words)


def _town(R, words: list[str]) -> bool:
    """Do ``words`` name a listed place other than a river, lake or bog (gazetteer ``feature``)?"""
    hit = R.gaz.lookup(words)
    return bool(hit) and not R.gaz.feature(hit)
