"""A capitalised title right before a person's name is the person's title, not an organisation: "Kenya's Cabinet
Secretary for Agriculture Mary Otieno said", "Minister of State for Petroleum Resources X". The persons pass has
read it as the role; its words are claimed here so the organisation rules do not name "Cabinet Secretary for
Agriculture" a body. A title whose remit names a body ("Secretary of the Treasury X": an organisation's head after
the title word) is left to them.
"""
from __future__ import annotations

from .candidates import claim

RULE = "title_runs.titles_before_names"
REACH = 8  # tokens back from the name at most


def titles_before_names(doc, si, s, toks, used, taken) -> list:
    """Claim the capitalised title run (a title word among its first two words, then its remit after a connector,
    no organisation head after it) standing right before each person's name of the sentence (or its comma)."""
    R, out = doc.R, []
    for n in sorted(taken):
        if n - 1 in taken or n == 0:
            continue
        a = n - (toks[n - 1].text == ",")  # "Cabinet Secretary for Water, Joseph Mrema,"
        end = a
        while a - 1 >= 0 and n - a < REACH and not used[a - 1] and toks[a - 1].word and (
                toks[a - 1].cap and toks[a - 1].text == R.strip_possessive(toks[a - 1].text)
                or (toks[a - 1].text.lower() in R.connectors and a - 2 >= 0 and toks[a - 2].cap)):
            a -= 1
        words = [t.text for t in toks[a:end]]
        title = next((k for k in range(min(2, len(words))) if R.role_len(words[k:k + 1])), None)
        if title is None or not any(w in R.connectors for w in words[title + 1:]) \
                or any(R.is_noun(w, R.heads) for w in words[title + 1:]):
            continue  # (a remit after the title: "… for Agriculture"; "Treasury Secretary X" names its body)
        out.append(claim(RULE, si, range(a, end)))
    return out
