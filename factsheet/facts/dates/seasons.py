"""A season without its year ("летом", "да лета") settled after the tense has spoken:

- a season right beside a date of a year ("Пятнаццаць гадоў таму ён увосень ездзіў…", "у 2010 годзе ўвосень") is
  that year's;
- a deadline season ("до лета", "к зиме", "да восені": one opened by the pack's ``season_deadlines``) in a sentence
  with no tense cue lies ahead: a limit is set for what is still to come ("До лета нужно успеть отремонтировать
  крышу" in December is next summer, not the summer nearer by months);
- a season that frames a habit is no date: an adverb season ("Летом к нам приходят туристы", "Зимой асфальт не
  кладут") with only present-tense verbs in the sentence, none in the first person (``[present_plan] endings`` of
  next_step_cues.toml: "летом мы открываем кафе" is a plan) and no future or past cue. Only a pack whose analyser
  tells a present form from a perfective future ("приходят" / "придут", morphology.FUTURE) can read this; other
  packs keep the season as the tense placed it.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ... import morphology
from . import resolve
from .rules import phrase_key
from .tense import direction

BESIDE_WORDS = 3  # words between a season and the year that places it


def settle(spans: list, sentences, pack, r, ref_y, ref_m) -> list:
    """The spans with deadline seasons put ahead and habitual seasons dropped (see the module note)."""
    if not any(sp.kind == "bare_season" for sp in spans):
        return spans
    deadlines = tuple(w.lower() + " " for w in pack.table("dates").get("season_deadlines", []))
    out = []
    for sp in spans:
        if sp.kind != "bare_season" or phrase_key(sp.text) not in r.bare_seasons:
            out.append(sp)
            continue
        s = sentences[sp.sentence]
        year = _year_beside(sp, spans, s)  # (the season's direction read only where no year settles it)
        if year:
            sp = replace(sp, date=resolve.month_span(int(year), r.bare_seasons[phrase_key(sp.text)], 3))
        elif phrase_key(sp.text).startswith(deadlines):
            if direction(s, sp.start, sp.end, r) == 0:
                sp = replace(sp, date=resolve.bare_season(r.bare_seasons[phrase_key(sp.text)], ref_y, ref_m, 1))
        elif direction(s, sp.start, sp.end, r) >= 0 and not r.future.search(s) and _habitual(s, sp, pack, r):
            continue
        out.append(sp)
    return out


def _year_beside(sp, spans, sentence: str) -> str | None:
    """The year a date right beside the season names ("Десять лет назад он осенью ездил…", "In 2010, in the autumn,
    …": at most ``BESIDE_WORDS`` words between them): the season of that year."""
    for o in spans:
        if o is sp or o.sentence != sp.sentence or not o.date or len(o.date) != 4:
            continue
        gap = sentence[o.end:sp.start] if o.end <= sp.start else sentence[sp.end:o.start]
        if len(gap.split()) <= BESIDE_WORDS and not (re.search(r"[,;:—–]", gap) and re.search(r"\w", gap)):
            return o.date  # a clause between ("У 2010 годзе завод адкрылі, а ўвосень …") is another time
    return None


def _habitual(sentence: str, span, pack, r) -> bool:
    """Are the sentence's verbs (words with the pack's present/future endings the analyser reads as verbs) all
    present-tense forms, none in the first person, at least one?"""
    analyser = pack.analyser()
    if analyser is None:
        return False
    first = tuple(pack.table("next_step_cues").get("present_plan", {}).get("endings", []))
    verbs = 0
    for m in r.nonpast.finditer(sentence):
        if span.start <= m.start() < span.end:
            continue
        readings = analyser.parse(m[0])
        if not readings or readings[0].pos != morphology.VERB:
            continue
        if morphology.FUTURE in readings[0].marks or (first and m[0].lower().endswith(first)):
            return False
        verbs += 1
    return verbs > 0
