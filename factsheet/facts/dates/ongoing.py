"""A month a present state has held since: "С марта «Брянскинвестбанк» работает под временной администрацией" in a
September article is last March, not next March. A month without a day opened by the pack's ``[ongoing_since]
words`` ("с", "со") whose clause has a present-tense verb as its first verb (the analyser tells "работает" from a
perfective future "заработает", morphology.FUTURE) and no past or future cue is the last such month, however
near: a state that holds now began before now. A verb of beginning (``[ongoing_since] beginning``: "С января
вступают в силу новые правила", "с марта начинается") is a schedule put in the present and keeps the direction
the tense rules gave. Only a pack whose analyser marks the future reads this; other packs keep the month as found.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ... import morphology
from . import resolve

CLAUSE_END = re.compile(r"[,;:—–()]")


def settle(spans: list, sentences, pack, r, ref) -> list:
    """The spans with each ongoing-since month put at its last occurrence (see the module note)."""
    opens, beginning = pack.compiled(_words)
    if not opens or ref is None or not any(sp.kind == "prep_month" for sp in spans):
        return spans
    analyser = pack.analyser()
    if analyser is None:
        return spans
    out = []
    for sp in spans:
        if sp.kind == "prep_month" and sp.date and len(sp.date) == 7 and sp.text.lower().startswith(opens) \
                and _present_state(sentences[sp.sentence], sp, analyser, r, beginning):
            month = int(sp.date[5:])
            year = ref.year if month <= ref.month else ref.year - 1
            sp = replace(sp, date=resolve.iso(year, month))
        out.append(sp)
    return out


def _words(pack) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The pack's ``[ongoing_since]`` openers (with the space after them) and verbs of beginning, once per pack."""
    table = pack.table("dates").get("ongoing_since", {})
    return tuple(w.lower() + " " for w in table.get("words", [])), tuple(w.lower() for w in table.get("beginning", []))


def _present_state(sentence: str, span, analyser, r, beginning: tuple) -> bool:
    """Is the first verb of the span's clause a present-tense form (not a future, not a verb of beginning), with no
    past or future cue in the clause?"""
    start = max((m.end() for m in CLAUSE_END.finditer(sentence, 0, span.start)), default=0)
    end = next((m.start() for m in CLAUSE_END.finditer(sentence, span.end)), len(sentence))
    clause = sentence[start:span.start] + " " + sentence[span.end:end]
    if r.future.search(clause) or r.past.search(clause):
        return False
    for m in r.nonpast.finditer(clause):
        readings = analyser.parse(m[0])
        if not readings or readings[0].pos != morphology.VERB:
            continue
        return morphology.FUTURE not in readings[0].marks and not readings[0].base.startswith(beginning)
    return False
