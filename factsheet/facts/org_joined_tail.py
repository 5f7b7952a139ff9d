"""A long name whose last "of"-phrase joins two capitalised parts by "and" is one name: "the Institute for Studies
of Trade and Development", "Center for Research of Energy and Climate Policy". The phrase pass takes at most four
words after the head (organisations._org_end), so such a name was cut at "Trade" and its tail "Development" or
"Climate Policy" became an entity of its own (a person, a quote's speaker).

Only in languages that join a name's parts by connectors (pack ``connectors``, English "of", "for"): a name with
one of them before its end takes "and" and up to three capitalised words after it, when those words end the
capitalised run and none of them is a listed place or a given name ("… of England and Barclays" stays two names
when England is a place).
"""
from __future__ import annotations


def joined_tail(doc, toks, used, head: int, end: int) -> int:
    """``end`` moved past "and" and the capitalised words that finish the name's last "of"-phrase, else as given."""
    R = doc.R
    if not R.connectors or end + 1 >= len(toks) or used[end] or toks[end].text.lower() not in R.list_conjunctions:
        return end
    if not toks[end - 1].cap or not any(toks[k].text.lower() in R.connectors
                                        and toks[k].text.lower() not in R.list_conjunctions
                                        for k in range(head + 1, end - 1)):
        return end  # (a name with no "of"-phrase before "and": "the Ministry and Barclays" are two)
    if R.gaz.lookup([toks[end - 1].text]):
        return end
    k = end + 1
    while k < len(toks) and k - end <= 3 and toks[k].word and toks[k].cap and not toks[k].abbr and not used[k] \
            and not R.gaz.lookup([toks[k].text]) and not R.morph.first_name(toks[k].text):
        k += 1
    if k == end + 1 or k - end > 3 or (k < len(toks) and toks[k].word and toks[k].cap):
        return end
    return k
