"""A title in the plural before two names joined by "and" is each one's ("министры Ольга Лис и Иван Рудак",
"бізнесмены Павел Рудак і Сяргей Ліс"): the second name, with no title of its own, takes the first one's role.

The title must be written in another form than the role the first name got (the plural, or a case the role's
base form undid): a title in its base form before the first name is his alone ("министр Ольга Лис и Иван Рудак").
Where the pack has an analyser, the title must read as a plural. A function over ``doc``, the ``Extraction``.
"""
from __future__ import annotations

from .. import morphology as mo


def shared_role(doc, toks, idx, found) -> str | None:
    """The role of the person named right before "and" and this name (at token indices ``idx``), when his title
    was a plural one; ``found``: the person pass's candidates in this sentence so far."""
    R, j = doc.R, idx[0] - 1
    if j < 2 or not toks[j].word or toks[j].text.lower() not in R.list_conjunctions:
        return None
    prev = next((c for c in reversed(found) if c.kind == "person" and c.names and c.names[-1] == j - 1), None)
    if prev is None or not prev.role or prev.names[0] == 0:
        return None
    title = toks[prev.names[0] - 1]
    if not title.word or title.text.lower() == prev.role.split()[-1].lower() \
            or title.text.lower() == prev.role.split()[0].lower():
        return None  # a title in its base form names the first person alone
    if R.morph.analyzer and not any(p.number == mo.PLURAL for p in R.morph.parse(title.text)[:1]):
        return None
    return prev.role
