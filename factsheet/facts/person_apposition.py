"""A name set off by commas with a title beside it, the way lists of delegates and appositions write it ("the
minister, Jose Soler Puig, said"): the third capitalised word closes the name, and a name so set off may open a
sentence with an initial. Read by persons.py.
"""
from __future__ import annotations

from . import role_bounds
from .person_cues import third_part


def set_off_surname(doc, toks, run: list[int], words: list[str], k: int, end: int) -> bool:
    """Does the third capitalised word close a name the text sets off with a title, the way lists of delegates
    and appositions write one ("the Commissioner for Water, Ngozi Adaeze Okafor;", "Aisha Bello Danjuma, a senior
    adviser at …")? The run must end the clause and a title stand in the few words before its comma or after it."""
    if not third_part(doc, words, k, end) or run[-1] + 1 < len(toks) and toks[run[-1] + 1].text not in ",;.":
        return False
    after = [t.text for t in toks[run[-1] + 2:run[-1] + 6] if t.word and t.text.lower() not in doc.R.articles]
    if run[-1] + 1 < len(toks) and toks[run[-1] + 1].text == "," \
            and any(doc.R.role_len(after[x:x + 2]) for x in range(min(2, len(after)))):
        return True  # "…, a senior adviser at", "…, the mayor of"
    comma = run[0] - 1
    before = [t.text for t in toks[max(0, comma - TITLE_BACK):comma] if t.word]
    return comma > 0 and toks[comma].text == "," and any(doc.R.role_len(before[x:]) for x in range(len(before)))


def set_off_title(doc, toks, idx: list[int], role: str | None, head: str | None) -> bool:
    """Is ``role`` an appositive title set off by commas right after the name (roles.role_with_head gives no title
    word ``head`` for one): "Le Thi Mai, 47, the deputy director of …, confirmed", not "Good Morning, the minister
    said" (a verb before the next comma: a clause, no apposition)?"""
    after = idx[-1] + 1
    if role is None or head is not None or after >= len(toks) or toks[after].text != ",":
        return False
    for t in toks[after + 1:]:
        if t.text in APPOSITION_ENDS:
            return True
        if role_bounds.verb_like(doc, t) or t.word and t.text.lower().startswith(doc.R.speech):
            return False
    return False


APPOSITION_ENDS = (",", ";", "—", "–", "(")  # marks closing an apposition after a name
# tokens before the comma where the title of a name set off by commas may stand: room for a long remit ("the
# President of the Federation of Industries of the State of Parana, …")
TITLE_BACK = 14
