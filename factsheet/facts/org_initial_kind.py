"""A kind noun opening the sentence before a firm's name: "Компания Майкрософт выпустила …", "Корпорация Боинг
получила …". Capitalised at the sentence start, the kind noun (the pack's ``org_markers``: компания, корпорация,
концерн) looks like the first word of a longer name; but a one-word name after it in the nominative stands in
apposition (a genitive would name whose body it is: "Банк Москвы"), so the name is that word alone, as it is
after a lower-case "компания Майкрософт" (org_parts.describes_name). Needs the analyser (it tells the case)."""
from __future__ import annotations

from .. import morphology as mo
from .candidates import Candidate


def name_start(doc, toks, start: int, head: int, end: int) -> int:
    """Where the organisation's name starts: after a sentence-initial kind noun before a one-word name in the
    nominative, else ``start``."""
    R, M = doc.R, doc.R.morph
    if not M.analyzer or not (start == head and end == head + 2 and toks[head].initial) \
            or not R.is_noun(toks[head].text, R.markers) or not toks[head + 1].cap or toks[head + 1].abbr:
        return start
    ps = M.parse(toks[head + 1].text)[:3]
    if not ps or R.gaz.lookup([toks[head + 1].text]) or any(p.case == mo.GENITIVE for p in ps if p.pos == mo.NOUN):
        return start  # "Банк Москвы", "Компания Газпрома": the owner in the genitive
    return head + 1


def name_candidate(doc, si: int, toks, span: tuple[int, int], rule: str) -> Candidate:
    """The name after the kind noun (``span``: the kind noun and the name), in its base form where it declines."""
    head, end = span
    t = toks[end - 1]
    got = doc.R.morph.nominative(t.text)
    return Candidate("organization", got[0] if got else t.text, si, t.start, t.end, rule,
                     claims=tuple(range(head, end)))
