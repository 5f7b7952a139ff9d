"""A unit of a body the text names by its kind and its quoted name: "московское отделение движения «Солидарность»",
"совет директоров ОАО «Агрокредит»", "пресс-служба компании «Интеравиа»". The quoted name was found first
(organisations.quoted_orgs) and stays an organisation of its own; the phrase before it, whose last word is the
body's kind (an ``org_markers`` noun or a legal form) governed by another head, takes the quoted name as its last
words instead of stopping at the kind noun ("московское отделение движения" names no body)."""
from __future__ import annotations

from .tokens import QUOTE_CHARS

QUOTED_WORDS = 8  # the longest quoted name read this way, in tokens


def quoted_parent_end(doc, toks, used, head: int, end: int) -> int:
    """The token after the quoted name that closes the organisation phrase toks[..head..end), or ``end``."""
    R = doc.R
    if end >= len(toks) or end - 1 <= head or toks[end].text not in QUOTE_CHARS:
        return end
    kind = toks[end - 1].text
    if not (kind in R.legal or R.is_noun(kind, R.markers)):
        return end
    close = next((k for k in range(end + 1, min(len(toks), end + QUOTED_WORDS)) if toks[k].text in QUOTE_CHARS), None)
    if close is None or close == end + 1 or not all(used[k] for k in range(end + 1, close) if toks[k].word):
        return end  # only a name the quoted-name pass took
    return close + 1
