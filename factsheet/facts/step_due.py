"""An outcome due on a day ahead: "Вынікі конкурсу чакаюць у пятніцу", "Решение суда ожидается на следующей
неделе". A verb of expecting (the pack's ``expecting_verbs``) frames a forecast in general ("Экономисты ожидают,
что цены вырастут": ``not_plans``), but with a noun naming the outcome of a proceeding (``outcome_nouns``: results,
a decision, a verdict, an answer) and no clause of its own after the verb ("что", "that": dates.toml's ``[tense]
clause_words``) it tells when that outcome is due. events.py then lets the sentence through the forecast block and
keeps it only with a date ahead.
"""
from __future__ import annotations

import re

from ..patterns import NEVER, phrases, stems


def due_outcome(text: str, pack) -> bool:
    """Is ``text`` an outcome said to be expected (see the module note)?"""
    verbs, nouns, clause = pack.compiled(_build)
    m = verbs.search(text)
    if m is None or not nouns.search(text):
        return False
    after = text[m.end():].lstrip(" ,").lower()
    return not any(after.startswith(w + " ") for w in clause)


def _build(pack) -> tuple[re.Pattern, re.Pattern, tuple]:
    t = pack.table("next_step_cues")
    verbs, nouns = t.get("expecting_verbs", []), t.get("outcome_nouns", [])
    if not verbs or not nouns:
        return re.compile(NEVER), re.compile(NEVER), ()
    clause = pack.table("dates").get("tense", {}).get("clause_words", [])
    return phrases(verbs), stems(nouns), tuple(w.lower() for w in clause)

