"""A body whose capitalised head follows lower-case adjectives of its own scope or rank: "областного Совета
депутатов", "районного Собрания", "гарадскога Савета" — the spelling rules of Russian and Belarusian write the
adjective of an official name small and its head capitalised, and the adjective is part of the name. Only the pack's
``name_adjectives`` count (rank, standing, scope — "областной", "районный", "центральный"): an adjective of relation
or quality before a capitalised name stays out ("российского Министерства обороны" names the ministry).
Read by organisations._org_start.
"""
from __future__ import annotations

from . import org_parts, org_standing

MOST = 2  # "центрального районного Совета": at most two such adjectives


def scope_start(doc, toks, used, start: int) -> int:
    """``start`` moved back over the lower-case name adjectives right before a capitalised head inside a sentence."""
    if not toks[start].cap or toks[start].initial:
        return start
    j = start
    while j > 0 and start - j < MOST and toks[j - 1].word and not toks[j - 1].cap and not used[j - 1] \
            and org_standing.name_adjective(doc.R, toks[j - 1].text) \
            and not org_parts.disagrees(doc.R, toks[j - 1].text, toks[start].text):
        j -= 1
    return j
