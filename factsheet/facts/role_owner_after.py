"""A bare title before a name whose body follows the name: "Professor Tomas Jankauskas of the Kaunas Institute of
Freshwater Ecology" -> "professor of the Kaunas Institute of Freshwater Ecology". Without this only the title word
was kept. The body is a capitalised run after the pack's "of" (``role_clause_link``) with an organisation head in
it (org_heads, org_markers: "Institute", "University", "Bank"), so "X of Spain" (where X comes from) adds nothing.
Where titles change their endings the genitive after the name is read by roles.py itself.
"""
from __future__ import annotations

from .tokens import BREAKS

MAX_WORDS = 10  # words of the body's name after "of"


def with_owner(doc, s, toks, idx, role: str) -> str:
    """``role`` followed by the body the text names right after the name, where it does."""
    R, link = doc.R, doc.R.morph.cfg["role_clause_link"]
    k = idx[-1] + 1
    if R.case_endings or not link or k + 1 >= len(toks) or toks[k].text.lower() != link:
        return role
    first = k + 1 + (toks[k + 1].text.lower() in R.articles)
    end, words, headed = first, 0, False
    while end < len(toks) and words < MAX_WORDS and toks[end].text not in BREAKS:
        t = toks[end]
        if t.word and not t.cap and t.text.lower() not in R.connectors:
            break
        words += t.word
        headed = headed or (t.cap and R.org_noun(t.text))
        end += 1
    while end > first and toks[end - 1].text.lower() in R.connectors:
        end -= 1  # "… of the Institute of" cut at a lower-case word: not its last word
    if not headed or end <= first:
        return role
    if " " not in role and role[1:].islower():
        role = role.lower()  # "Professor X of the Institute": with its body the title reads as a description
    return f"{role} {s[toks[k].start:toks[end - 1].end]}"
