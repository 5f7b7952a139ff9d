"""An organisation's name that ends in the full title of the state or region it serves: "the Federation of
Industries of the State of Parana", "the Chamber of Commerce of the Republic of Uzbekistan", "the Ministry of
Health of the Province of Buenos Aires". The name's own words stop at "of the" (a lower-case article after a
connector); this reads on past it when a place noun of the pack (place_of_heads: state, republic, province …),
"of" and a capitalised name follow, the way a full state title is written. Read by organisations._org_end.
"""
from __future__ import annotations

JURISDICTION_WORDS = 4  # capitalised words at most of the place's own name ("Rio Grande do Sul" has a "do")


def jurisdiction_end(doc, toks, used, end: int) -> int:
    """The token after the name once a jurisdiction's full title ("of the State of Parana") is read on; ``end``
    when none follows."""
    R = doc.R
    j = end
    if j + 4 >= len(toks) or toks[j].text.lower() not in R.origin_preps or any(used[j:j + 5]):
        return end
    j += 1 + (toks[j + 1].text.lower() in R.articles)
    if not (toks[j].cap and toks[j].text.lower() in R.gaz.of_heads) or j + 2 >= len(toks) \
            or toks[j + 1].text.lower() not in R.origin_preps or not toks[j + 2].cap:
        return end
    k, cap = j + 2, 0
    while k < len(toks) and not used[k] and toks[k].word and cap < JURISDICTION_WORDS \
            and (toks[k].cap or toks[k].text.lower() in R.connectors and k + 1 < len(toks) and toks[k + 1].cap):
        cap += toks[k].cap
        k += 1
    return k
