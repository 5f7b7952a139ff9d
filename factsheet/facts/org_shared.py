"""Bodies that share one plural head: "Мінскі і Гродзенскі аблвыканкамы", "Минский и Гродненский облисполкомы"
are two executive committees; the name organisations.py found opens with the second adjective, this adds the first."""
from __future__ import annotations

from .. import morphology as mo
from . import org_parts
from .candidates import Candidate
from .org_names import org_base

RULE = "org_shared.shared_plural_head"


def shared_plural_head(doc, si, toks, used, phrase: tuple[int, int, int]) -> list[Candidate]:
    """"Мінскі і Гродзенскі аблвыканкамы", "Минский и Гродненский облисполкомы": a capitalised adjective joined by
    "and" (``org_and``) to the one opening the name, ending as it does (-скі/-цкі, -ский), shares its plural head:
    one more body of the same kind, in the singular. Its candidate (claiming the adjective), else []."""
    R, (start, head, _) = doc.R, phrase
    k = start - 2
    if k < 0 or head != start + 1 or not toks[start].cap or toks[start - 1].text.lower() not in R.org_and \
            or not toks[k].word or not toks[k].cap or used[k] or toks[k].abbr \
            or toks[k].text[-2:].lower() != toks[start].text[-2:].lower() or not _plural(R, toks[head].text) \
            or not org_parts.relational(R, toks[k].text):
        return []
    name = org_base(doc, [toks[k].text, toks[head].text], 1, one=True)
    return [Candidate("organization", name, si, toks[k].start, toks[k].end, RULE, claims=(k,))]


def _plural(R, word: str) -> bool:
    """Is ``word`` a plural form of an organisation head, as far as the analyser tells?"""
    M = R.morph
    if not M.analyzer:
        return True  # (the rules cannot tell; two adjectives of relation before one head share it anyway)
    ps = M.parse(word)
    return bool(ps) and ps[0].number == mo.PLURAL
