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
from ..patterns import NEVER, alternation
from . import timex
from .quotes import rules as quotes_rules
from .dates import word_patterns


def future_verb(text: str, pack) -> bool:
    """Does ``text`` (a sentence's main clauses) hold a finite verb in the future tense that states an action?"""
    skip, negations = pack.compiled(plan_skips)
    for m in pack.compiled(_build_auxiliary).finditer(text):  # "будзе пастаўляць", "будут выпускать"
        if _acts(m, text, pack, skip, negations):
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
    told = quotes_rules(pack).verb.search(text)
    return any(_acts(m, text, pack, skip, negations)  # ("nobody would pay": a disbelief)
               for m in (pack.compiled(_build_reported).finditer(text, told.end()) if told else ()))


def _acts(m: re.Match, text: str, pack, skip: frozenset, negations: frozenset) -> bool:
    """Does the verb after a future auxiliary (``m``'s group 1) state an action: no verb of being or amount, not
    denied by the word before the auxiliary?"""
    verb, before = m.group(1).lower(), text[:m.start()].rsplit(None, 1)[-1:]
    return verb not in skip and verb not in negations and verb not in pack.words("stopwords") \
        and not (before and before[-1].lower() in negations)


def _build_reported(pack) -> re.Pattern:
    t = pack.table("next_step_cues")
    return _auxiliary_pattern(t.get("reported_auxiliaries", []), t.get("future_adverbs", []), r"[^\W\d_]{2,}")


def _auxiliary_pattern(auxiliaries: list[str], adverbs: list[str], infinitive: str) -> re.Pattern:
    """An auxiliary, perhaps an adverb ("would now seek"), and the verb after them as group 1."""
    if not auxiliaries:
        return re.compile(NEVER)
    between = rf"(?:(?:{alternation(adverbs)})\s+)?" if adverbs else ""
    return re.compile(rf"(?<!\w)(?:{alternation(auxiliaries)})\s+{between}({infinitive})(?!\w)", re.IGNORECASE)


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
    if not (endings or t.get("bare_infinitive")):
        return re.compile(NEVER)
    # an infinitive with no ending of its own ("will open") is any word after the auxiliary and an adverb
    return _auxiliary_pattern(auxiliaries, adverbs, word_patterns.infinitive(endings) if endings else r"[^\W\d_]{2,}")
