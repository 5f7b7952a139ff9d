"""A class of organisations opening a sentence: "Китайские логистические компании ищут новые маршруты",
"Российские энергетические компании …" — adjectives (the first capitalised only because it opens the sentence)
and a kind noun (the pack's ``kind_heads``) in the nominative plural, with nothing after it that says which
one but the places whose they are. Many bodies described, none named (org_kinds.py does the same for one adjective and a singular noun).
Needs the analyser to tell the plural; a pack without one keeps today's reading.
"""
from __future__ import annotations

from .. import morphology as mo


def plural_kinds(doc, toks, start: int, head: int, end: int) -> bool:
    """Is toks[start:end] sentence-opening adjectives and a plural kind noun that ends the phrase?"""
    R, M = doc.R, doc.R.morph
    # ("Коммунальные службы Гродно и Бреста", "Дорожные службы города": the places whose they are still name none)
    tail = all(toks[k].text.lower() in R.list_conjunctions or R.gaz.lookup([toks[k].text])
               or not toks[k].cap and R.gaz.head_gender(toks[k].text) for k in range(head + 1, end))
    start = 0 if 0 < head and all(R.adjective(toks[k].text) for k in range(head)) else start  # (the opening adjectives)
    if not M.analyzer or not R.kind_heads or not tail or head == start or not toks[start].initial \
            or not R.is_noun(toks[head].text, R.kind_heads) or any(toks[k].cap for k in range(start + 1, head + 1)):
        return False
    reads = [p for p in M.parse(toks[head].text) if p.pos == mo.NOUN and p.case == mo.NOMINATIVE]
    return bool(reads) and all(p.number == mo.PLURAL for p in reads)
