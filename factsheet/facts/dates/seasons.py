"""A season without its year ("летом", "да лета") settled after the tense has spoken:

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

from dataclasses import replace

from ... import morphology
from . import resolve
from .rules import phrase_key
from .tense import direction


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
        way = direction(s, sp.start, sp.end, r)
        if phrase_key(sp.text).startswith(deadlines):
            if way == 0:
                sp = replace(sp, date=resolve.bare_season(r.bare_seasons[phrase_key(sp.text)], ref_y, ref_m, 1))
        elif way >= 0 and not r.future.search(s) and _habitual(s, sp, pack, r):
            continue
        out.append(sp)
    return out


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
