"""A one-word formal title (formal_titles.txt) before a name and the body after it: "Professor Tomas Jankauskas of the Kaunas Institute of
Freshwater Ecology" is a professor of that institute, "Captain X of the Minsk Fire Brigade" its captain. The role
is the title with the body ("Professor of the Kaunas Institute of Freshwater Ecology"), not the bare title. The
body is a capitalised run after the pack's link words (``portfolio_links``: "of", "for") and an article, one of
whose words heads an organisation's name (org_heads.txt).
"""
from __future__ import annotations

MAX_WORDS = 8  # words of the body's name, connectors included


def with_body(doc, s: str, toks, idx, role: str) -> str:
    """``role`` with "of <body>" when a bare title stands before the name and the body follows it; else ``role``."""
    R, j = doc.R, idx[-1] + 1
    if len(role.split()) != 1 or j + 1 >= len(toks) or toks[j].text.lower() not in R.portfolio_links \
            or role.lower() not in doc.pack.words("formal_titles"):
        return role  # (a formal title's holder: "Deputy X of the People's Party" is the party's member, not its deputy)
    k = j + 1 + (toks[j + 1].text.lower() in R.articles)
    end, headed = k, False
    while end < len(toks) and end - k < MAX_WORDS and toks[end].word \
            and (toks[end].cap or (toks[end].text.lower() in R.connectors and end + 1 < len(toks) and toks[end + 1].cap)):
        headed = headed or R.org_word(toks[end].text)
        end += 1
    return f"{role} {s[toks[j].start:toks[end - 1].end]}" if headed and end > k else role
