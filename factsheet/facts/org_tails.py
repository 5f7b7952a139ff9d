"""Where an organisation's name goes on past its head: capitalised words after "of"/"for" belong to the body the
head names, not to a person ("the Ministry of Natural Resources", "the Museum of Local History", "the Institute of
Applied Physics"). The person pass runs before the organisation phrases (document.py), so it asks here first and
leaves such a run to organisations.org_phrases, which then keeps the name whole.
"""
from __future__ import annotations


def of_tail(doc, toks, run: list[int], words: list[str], lead: int) -> bool:
    """Does the capitalised run follow a connector ("of", "for") after a capitalised organisation head, with no
    title and no given name in it? ("Bank of England Governor Eddie George" keeps its person: a given name.)"""
    R = doc.R
    j = run[0] - 1
    if lead or j < 1 or toks[j].text.lower() not in R.connectors or toks[j].text.lower() in R.clause_breaks \
            or toks[j].text.lower() in R.articles:
        return False
    head = toks[j - 1]
    if not (head.word and head.cap and R.is_noun(head.text, R.heads)):
        return False
    return not any(R.morph.first_name(w) for w in words)


def person_of_org(doc, words: list[str], lead: int) -> bool:
    """Is the run before "of" + an organisation a person's name, given name first ("said David Shulman of Salomon
    Brothers Inc", "Sarah Brown of Barclays Bank said")? Then the connector joins no name: the person works there.
    (person_cues.joins_org keeps "Financial Futures and Options Exchange" whole: no given name opens it.)"""
    name = words[lead:]
    return 2 <= len(name) <= 3 and bool(doc.R.morph.first_name(name[0])) and not doc.R.plain_word(name[0]) \
        and not any(doc.R.org_word(w) for w in name)
