"""An organisation named in apposition to a noun for firms: "Its new carrier, Baltic Rail Services, starts in
March", "The airport's new operator, Nordic Ground Handling, takes over". The capitalised name set off by commas
right after one of the pack's ``org_nouns`` (singular) is that firm, not a person the subject rules would make of
it; a given name opening it ("the club, Peter Hill said,") or a listed place leaves it alone.
"""
from __future__ import annotations

from .candidates import Candidate
from .tokens import cap_run_end

RULE = "org_appositive.appositive_orgs"
LONGEST = 5  # capitalised words of the name at most
CLOSERS = (",", ".", ";")


def appositive_orgs(doc, si, s, toks, used, taken) -> list[Candidate]:
    """Organisations set off by commas after a noun for firms, their tokens claimed."""
    R = doc.R
    if not R.org_nouns:
        return []
    out = []
    for k in range(1, len(toks) - 2):
        noun = toks[k - 1]
        if toks[k].text != "," or not noun.word or noun.cap or noun.text.lower() not in R.org_nouns \
                or noun.text.lower().endswith(R.plural_endings):
            continue
        a = k + 1
        b = cap_run_end(R, toks, used, a, LONGEST)
        if b == a or b < len(toks) and toks[b].text not in CLOSERS or not _firm_name(doc, toks, a, b):
            continue
        out.append(Candidate("organization", s[toks[a].start:toks[b - 1].end], si, toks[a].start, toks[b - 1].end,
                             RULE, claims=tuple(range(a, b))))
    return out


def _firm_name(doc, toks, a: int, b: int) -> bool:
    """May the capitalised words toks[a:b] be a firm's name: no given name first, no listed place, no word that
    is never a name?"""
    R = doc.R
    words = [t.text for t in toks[a:b]]
    if R.morph.first_name(words[0]) or R.gaz.lookup(words) or (b - a == 1 and R.gaz.lookup(words[:1])):
        return False
    return not any(w.lower() in R.stopwords or w.lower() in R.not_place_words for w in words)


firm_name = _firm_name  # (org_kind.py reads names after a kind noun the same way)
