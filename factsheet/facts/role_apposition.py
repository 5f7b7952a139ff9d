"""A second title linked past an apposition: "The board named Andrei Sadovsky, a former deputy governor of the
Grodno region, as an independent director": the apposition says what X was, the link after its closing comma
("as", "в качестве", "у якасці": the pack's ``role_verbs``) what X is now. Read by roles.py, which puts the
linked title first.
"""
from __future__ import annotations

from . import role_verbs

MAX_APPOSITION = 16  # tokens between the name's comma and the apposition's closing comma


def link_past(doc, toks, idx) -> tuple[int, int, str] | None:
    """(start, end, prefix) of the title the text links to the name past an apposition set off by commas."""
    j = idx[-1] + 1
    if j >= len(toks) or toks[j].text != ",":
        return None
    close = next((k for k in range(j + 1, min(len(toks), j + 1 + MAX_APPOSITION)) if toks[k].text == ","), None)
    if close is None or close + 1 >= len(toks) or toks[close + 1].cap:
        return None  # "X, a former governor, Y and Z": a list goes on
    return role_verbs.link_after(doc, toks, close)


def former(doc, role: str) -> bool:
    """Does the apposition open with a word that dates the title back ("until now head of …", "previously deputy
    …": no title word, no adjective, lower case)? Past a link to a new title it is what X was: the new title
    stands alone."""
    first = role.split()[0] if role else ""
    return bool(first) and first.islower() and not doc.R.role_len([first]) and not doc.R.adjective(first) \
        and first not in doc.R.role_modifiers and first not in doc.R.articles
