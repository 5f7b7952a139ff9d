"""A quote split by its own attribution: the speaker's words, not the aside, are the quote.

Inside one pair of marks the press sets the attribution off by dashes («С понедельника, — уточнила она, — приём
будет онлайн»); with straight quotes it stands between two quoted halves ('"From Monday," she said, "all forms go
online."'). Either way the quote is one utterance: the aside is cut out and the halves joined. Written for the
project (no library splits quotes at their attribution).
"""
from __future__ import annotations

import re

from .. import tokens
from ..model import Quote
from . import reported  # its cue readers ("по её словам", "according to him") credit a whole sentence

ASIDE_WORDS = 5  # "— уточнила начальник отдела Марина Вольская, —": the verb and who said it, nothing longer
_ASIDE = re.compile(r"([,.!?…]?)\s*[-–—]\s+([^-–—.!?…«»\"]{2,80}?)\s*([,.])\s*[-–—]\s+")


def without_aside(inner: str, verb: re.Pattern) -> str:
    """``inner`` (a quote's words) without a dash-set attribution inside it; the punctuation that closes the first
    half stays (", " before a lower-case half, ". " when the aside ends a sentence)."""
    def cut(m: re.Match) -> str:
        aside = m.group(2)
        if len(tokens.words(aside)) > ASIDE_WORDS or not verb.search(aside):
            return m.group(0)  # a dash inside the speaker's own words ("три — четыре дня")
        return (". " if m.group(3) == "." else (m.group(1) or ",") + " ")
    return _ASIDE.sub(cut, inner)


def joined(prev: Quote, prev_raw_end: str, between: str, nxt: Quote) -> Quote | None:
    """One quote of two halves of the same speaker's sentence ('"From Monday," she said, "all forms go online."'):
    the first half closed by a comma inside its marks, the aside between them closed by a comma, the second half
    going on in lower case. None when they are two utterances."""
    if prev.speaker is None or prev.speaker != nxt.speaker or prev_raw_end != "," \
            or not between.rstrip().endswith(",") or not nxt.text[:1].islower() \
            or len(tokens.words(between)) > ASIDE_WORDS:
        return None
    evidence = sorted(set(prev.evidence) | set(nxt.evidence))
    return Quote(speaker=prev.speaker, text=f"{prev.text}, {nxt.text}", evidence=evidence)


def aside_at(text: str, start: int, end: int, verb: re.Pattern) -> tuple[int, int] | None:
    """Offsets in ``text`` of the dash-set attribution inside the marks at [start, end), if there is one."""
    for m in _ASIDE.finditer(text, start + 1, end - 1):
        if len(tokens.words(m.group(2))) <= ASIDE_WORDS and verb.search(m.group(2)):
            return m.start(2), m.end(2)
    return None


def credited(q, sentences, pack, r, view, starts, text) -> str | None:
    """The source of a partial quote (lower case, inside its sentence) that its sentence credits as a whole: "По её
    словам, продавцы называют правила «разумным компромиссом»", "Trade, according to him, is "back to normal"" —
    the quoted words are part of what the source said."""
    if not q.text[:1].islower():
        return None
    i = q.sentences[0]
    s = sentences[i]
    cues = pack.compiled(reported.Cues)
    found = reported._by_cue(i, s, cues, r, view, starts, text) or reported._by_aside(i, s, cues, view, starts, r.role_words)
    return found[0] if found else None
