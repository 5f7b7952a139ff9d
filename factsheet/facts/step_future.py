"""An undated plan told by a verb in the future tense alone: "Оборудование поставит литовская сторона", "Инвестором
проекта выступит консорциум", "Сбытом займётся дочерняя фирма", "Абсталяванне будзе пастаўляць літоўскі бок".

The analytic future (an auxiliary and an infinitive, ``future_auxiliaries``) is read from the words alone, in
any pack that lists its auxiliaries.

No closed list of future verbs can be complete, and in Russian or Belarusian a perfective verb's future looks like
a present ("поставит" / "ставит"), so only a morphological analyser that reads the future tense
(``morphology.FUTURE``) can tell it; a pack without one gets nothing from this rule. The analyser reads only the
words with the pack's present/future verb endings (``[tense] nonpast`` in dates.toml), a few a sentence. Verbs of
being, becoming, enabling and amounts describe what will be, they plan nothing ("это станет…", "позволит
создать…", "составит 40 млн"): their base forms are the pack's ``future_not_plans`` (next_step_cues.toml); a
verb right after a negation ("никогда не попросит") is denied.
"""
from __future__ import annotations

import re

from .. import morphology
from ..patterns import NEVER, alternation, phrases
from . import timex
from .dates import word_patterns


def future_verb(text: str, pack) -> bool:
    """Does ``text`` (a sentence's main clauses) hold a finite verb in the future tense that states an action?"""
    skip, negations = pack.compiled(plan_skips)
    for m in pack.compiled(_build_auxiliary).finditer(text):  # "будзе пастаўляць", "будут выпускать"
        before = text[:m.start()].rsplit(None, 1)[-1:]  # the word before, if any
        verb = m.group(1).lower()
        if verb not in skip and verb not in negations and not (before and before[-1].lower() in negations) \
                and verb not in pack.words("stopwords"):
            return True
    if verb_first(text, pack, skip) or reported_future(text, pack, skip, negations):
        return True
    analyser = pack.analyser()
    if analyser is None:
        return False
    for m in timex.rules(pack).nonpast.finditer(text):
        word = m.group(0)
        if word[0].isupper() and text[:m.start()].strip():
            continue  # a capitalised word inside a sentence is a name
        before = text[:m.start()].rsplit(None, 1)[-1:]  # the word before, if any
        if before and before[-1].lower().strip("«\"(") in negations:
            continue  # "никогда не попросит": a denial, no plan
        readings = analyser.parse(word)
        if readings and readings[0].pos == morphology.VERB and morphology.FUTURE in readings[0].marks \
                and readings[0].base not in skip:
            return True
    return False


def reported_future(text: str, pack, skip: frozenset, negations: frozenset) -> bool:
    """The future retold after a speech verb ("said the committee would hold hearings", "The White House said X
    would sign the bill"): the pack's ``reported_auxiliaries`` ("would") count as the future only there, for
    alone they also tell a condition or a wish ("a ban would hurt farmers")."""
    said, auxiliary = pack.compiled(_build_reported)
    told = said.search(text)
    for m in auxiliary.finditer(text, told.end()) if told else ():
        verb, before = m.group(1).lower(), text[:m.start()].rsplit(None, 1)[-1:]
        if verb not in skip and verb not in negations and verb not in pack.words("stopwords") \
                and not (before and before[-1].lower() in negations):  # "nobody would pay": a disbelief
            return True
    return False


def _build_reported(pack) -> tuple[re.Pattern, re.Pattern]:
    t = pack.table("next_step_cues")
    auxiliaries, adverbs = t.get("reported_auxiliaries", []), t.get("future_adverbs", [])
    if not auxiliaries:
        return re.compile(NEVER), re.compile(NEVER)
    between = rf"(?:(?:{alternation(adverbs)})\s+)?" if adverbs else ""  # "would now seek"
    return phrases(pack.lines("speech_verbs")), re.compile(
        rf"(?<!\w)(?:{alternation(auxiliaries)})\s+{between}([^\W\d_]{{2,}})(?!\w)", re.IGNORECASE)


def verb_first(text: str, pack, skip: frozenset) -> bool:
    """A plan told infinitive first, the doer after the auxiliary ("Ремонтировать школу будет трест «Z»",
    "Рамантаваць будынак будзе брыгада з Ліды"), not an evaluation ("Строить мост будет сложно": the pack's
    ``predicatives``, the words of state that take an infinitive) nor a verb of being or amount."""
    m = pack.compiled(_build_verb_first).match(text)
    if m is None or m.group(1).lower() in skip:
        return False
    after = m.group(2).lower()
    return after not in pack.compiled(_predicatives) and after not in pack.words("stopwords")


def _predicatives(pack) -> frozenset:
    return frozenset(w.lower() for w in pack.table("next_step_cues").get("predicatives", []))


def _build_verb_first(pack) -> re.Pattern:
    """An infinitive opening the text (after a dash or quote), at most three words, an auxiliary, the word after."""
    auxiliaries = pack.table("next_step_cues").get("future_auxiliaries", [])
    endings = pack.table("dates").get("tense", {}).get("infinitive", [])
    if not auxiliaries or not endings:
        return re.compile(NEVER)
    infinitive = word_patterns.infinitive(endings)
    return re.compile(rf"[\W_]*({infinitive})(?:\s+\S+){{0,3}}?\s+(?:{alternation(auxiliaries)})\s+(\w+)",
                      re.IGNORECASE)


def plan_skips(pack) -> tuple[frozenset, frozenset]:
    t = pack.table("next_step_cues")
    return frozenset(w.lower() for w in t.get("future_not_plans", [])), \
        frozenset(w.lower() for w in t.get("not_plans_forms", {}).get("negations", []))


def _build_auxiliary(pack) -> re.Pattern:
    """The analytic future: the pack's ``future_auxiliaries`` ("будзе", "будут") and an infinitive after them (a
    word with one of dates.toml's ``[tense] infinitive`` endings), whose verb is read against ``future_not_plans``
    (infinitives are base forms): "Абсталяванне будзе пастаўляць літоўскі бок" is a plan, "цэны будуць расці" not."""
    t = pack.table("next_step_cues")
    auxiliaries, adverbs = t.get("future_auxiliaries", []), t.get("future_adverbs", [])
    endings = pack.table("dates").get("tense", {}).get("infinitive", [])
    if not auxiliaries or not (endings or t.get("bare_infinitive")):
        return re.compile(NEVER)
    # an infinitive with no ending of its own ("will open") is any word after the auxiliary and an adverb
    infinitive = word_patterns.infinitive(endings) if endings else r"[^\W\d_]{2,}"
    between = rf"(?:(?:{alternation(adverbs)})\s+)?" if adverbs else ""
    return re.compile(rf"(?<!\w)(?:{alternation(auxiliaries)})\s+{between}({infinitive})(?!\w)", re.IGNORECASE)
