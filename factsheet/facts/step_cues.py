"""Next-step cues beyond the plain lists (events.py): wishes, first-person and timetable present plans, and
forecasts that block a sentence only when they frame it. All words are the pack's ``next_step_cues.toml``."""
from __future__ import annotations

import re

from .. import tokens
from . import step_clauses, step_future
from ..patterns import NEVER, alternation, phrases


def wish(pack) -> re.Pattern:
    """The pack's ``wishes`` ("хочам", "would like to"): a wish names a plan only with a date, whatever other cue
    (an infinitive such as "построить") stands beside it."""
    return pack.compiled(build_wish)


def build_wish(pack) -> re.Pattern:
    words = pack.table("next_step_cues").get("wishes", [])
    return phrases(words)


def framed_by_forecast(text: str, strong: re.Pattern, blocking: re.Pattern, attributive=frozenset()) -> bool:
    """Is the sentence somebody's forecast, opinion or offer? A blocking cue counts unless a plan cue stands in an
    earlier clause ("Фестываль пройдзе ў маі, на які чакаюць госцей": the plan comes first, the expectation is an
    aside; "Эканамісты чакаюць, што завод адкрыецца" stays blocked), or an article stands right before it (the
    pack's ``attributive_before``: "would publish the proposed names", an adjective, frames nothing), or the word
    is the object of a plan cue right before it ("поручил экономистам рассчитать", "утвердит прогноз")."""
    plans_end = {m.end() for m in strong.finditer(text)}  # "поручил экономистам": the plan's addressee or object

    def addressee(b) -> bool:  # one word right after a plan cue (not a phrase: "The next step will depend on …")
        return len(text[:b.start()].rstrip()) in plans_end and not re.search(r"\s", b.group())
    block = next((b for b in blocking.finditer(text) if not addressee(b)
                  and (not attributive or _word_before(text, b.start()) not in attributive)), None)
    if block is None:
        return False
    plan = strong.search(text, 0, block.start())
    if plan is not None and not text[plan.end():block.start()].strip() and not re.search(r"\s", block.group()):
        return False  # s10steps: the plan verb's addressee ("поручил экономистам до 15 декабря рассчитать")
    return plan is None or not re.search(r"[,;—–]", text[plan.end():block.start()])


def outcome_hope(text: str, pack) -> bool:
    """Is the sentence a hope or expectation about an outcome ("мы рассчитываем, что он станет витриной", "we hope
    that the terminal becomes …")? The pack's ``outcome_hopes`` count unless a ``first_person`` word is in the clause
    after them: "Спадзяёмся, што ў сярэдзіне года мы зможам правесці перагаворы" is the speakers' own plan."""
    hopes, first = pack.compiled(build_hopes)
    for m in hopes.finditer(text):
        clause = re.split(r"[.;!?]", text[m.end():], maxsplit=1)[0]
        if not first & {w.lower() for w in tokens.words(clause)}:
            return True
    return False


def build_hopes(pack) -> tuple[re.Pattern, frozenset]:
    t = pack.table("next_step_cues")
    return phrases(t.get("outcome_hopes", [])), frozenset(w.lower() for w in t.get("first_person", []))


def _word_before(text: str, at: int) -> str:
    """The word right before offset ``at``, lower-cased ("" at the start)."""
    before = text[max(0, at - 20):at].split()
    return before[-1].lower() if before else ""


def attributive(pack) -> frozenset:
    """The pack's ``attributive_before``: articles after which a blocking word is an adjective (built once)."""
    return pack.compiled(build_attributive)


def build_attributive(pack) -> frozenset:
    return frozenset(w.lower() for w in pack.table("next_step_cues").get("attributive_before", []))


def present_plan(text: str, pack) -> bool:
    """"We are opening a plant in March", "Мы адкрываем філіял у сакавіку", "the fair opens in April": a
    first-person present verb or a timetable verb with a date ahead is a plan (the pack's ``present_plan``: the
    subject words and the verb endings after them; ``scheduled``: the timetable verbs)."""
    return bool(pack.compiled(build_present).search(text))


def build_present(pack) -> re.Pattern:
    t = pack.table("next_step_cues")
    subjects, endings = t.get("present_plan", {}).get("subjects", []), t.get("present_plan", {}).get("endings", [])
    parts = [alternation(t.get("scheduled", []))]
    if subjects and endings:
        parts.append(r"(?:" + alternation(subjects) + r")\s+\w+(?:" + "|".join(map(re.escape, endings)) + ")")
    return re.compile(r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)", re.IGNORECASE)



def past_event(spans, ref, text: str, pack, guessed=()) -> bool:
    """Is a sentence with no date ahead a past event? One of its dates is over by the publication date ``ref``
    ("In 2019 the plant planned…", "Летась бакі дамовіліся…") and no future word (the pack's ``weak``,
    ``strong_future`` and ``scheduled``: "will", "будзе", "адкрые") says that something is still to come. Dates
    of the ``guessed`` kinds (a month or season the tense placed, a weekday) do not count: their year is a guess."""
    if ref is None:
        return False
    iso = ref.isoformat()
    over = any(sp.date and sp.kind not in guessed and sp.date.split("/")[-1] < iso[:len(sp.date.split("/")[-1])]
               for sp in spans)
    return over and not pack.compiled(build_future).search(text)


def build_future(pack) -> re.Pattern:
    t = pack.table("next_step_cues")
    words = t.get("weak", []) + t.get("future_auxiliaries", []) + t.get("strong_future", []) + t.get("scheduled", [])
    return phrases(words)


def not_a_plan(text: str, strong: re.Pattern, pack, quoted: bool = False, future_dates=None) -> bool:
    """Is the sentence, cue and date notwithstanding, no one's plan? An imperative to readers ("Званіце на гарачую
    лінію, калі …", "Call the hotline if …"), a plan denied ("павышаць тарыфы не плануецца", "no rise is
    planned") or a forecast on a condition ("Калі горад не паспее, пасажыры будуць ездзіць …") whose main clause
    has no plan cue. The words are the pack's ``[not_plans_forms]``: ``imperative_endings`` and
    ``imperatives`` (the first word; not in a quote), ``negations`` (right before the cue), ``denying_openers`` (opening the cue's
    clause) and ``conditions`` (opening the sentence)."""
    forms = pack.compiled(_Forms)  # in a quote the imperative and the condition are the speaker's, not the reporter's
    return forms.denied(text, strong) or not quoted and (forms.imperative(text)
                                                         or forms.conditional(text, strong, future_dates)) \
        or quoted and forms.conditional(text, strong, future_dates) and not _acts_after_condition(text, pack)


def _acts_after_condition(text: str, pack) -> bool:
    """Does the main clause after a condition's comma hold a future action? A speaker's own promise on a condition
    does ("Если получим кредит, построим цех"); a verdict does not ("Если в январе цены ускорятся, пауза
    неизбежна": the only time is the condition's, and nobody is to do anything)."""
    return step_future.future_verb(text[text.find(",") + 1:], pack)


class _Forms:
    """The pack's ``[not_plans_forms]`` table, compiled once per pack."""

    def __init__(self, pack):
        t = pack.table("next_step_cues").get("not_plans_forms", {})
        self.endings = tuple(e.lower() for e in t.get("imperative_endings", []))
        self.words = {w.lower() for w in t.get("imperatives", [])}
        invitations = pack.table("next_step_cues").get("invitations", [])  # "Join us on Saturday": an invitation
        self.invites = re.compile(r"^\W*(?:" + alternation(invitations) + r")(?!\w)", re.IGNORECASE) \
            if invitations else None
        # a comparison denies the plan as a negation does: "longer than planned", "раньше, чем планировалось"
        self.negations = {w.lower() for w in t.get("negations", []) + t.get("comparisons", [])}
        self.openers = {w.lower() for w in t.get("denying_openers", [])}
        self.timetable = pack.compiled(build_present)  # "If we get through, the semi-finals begin in March"
        conditions = t.get("conditions", [])
        self.condition = re.compile(r"^\W*(?:" + alternation(conditions) + r")(?!\w)", re.IGNORECASE) \
            if conditions else None

    def imperative(self, text: str) -> bool:
        if self.invites and self.invites.match(text):
            return False  # an invitation to come or join is the inviter's plan, no instruction to readers
        first = re.match(r"\W*(\w+)", text)
        word = first.group(1).lower() if first else ""
        return word in self.words or bool(self.endings) and len(word) > 4 and word.endswith(self.endings)

    def denied(self, text: str, strong: re.Pattern) -> bool:
        """Every plan cue of the sentence is denied: a negation right before it, or opening its clause ("No
        rise in fares is planned"), or a denied cue after it in the same clause ("змяняць іх да канца года не
        плануецца")."""
        cues = list(strong.finditer(text))
        denied = [self._negated(text, m.start()) for m in cues]
        # a denied cue denies the cues before it in its clause: "змяняць іх да канца года не плануецца"
        return bool(cues) and all(no or any(denied[k] and not re.search(r"[,;:—–]", text[m.end():cues[k].start()])
                                            for k in range(n + 1, len(cues)))
                                  for n, (m, no) in enumerate(zip(cues, denied)))

    def _negated(self, text: str, at: int) -> bool:
        clause = [w.strip("\"'«“‘„") for w in re.split(r"[,;:—–]", text[:at])[-1].lower().split()]
        return bool(clause) and (clause[-1] in self.negations or clause[0] in self.openers)

    def conditional(self, text: str, strong: re.Pattern, future_dates=None) -> bool:
        """"If the city misses the deadline, passengers will ride buses": the main clause (after the condition's
        comma) has no plan cue of its own and no date ahead (``future_dates``, step_clauses.dated_main)."""
        m = self.condition.match(text) if self.condition else None
        comma = text.find(",", m.end()) if m else -1
        return comma > 0 and not strong.search(text, comma) and not self.timetable.search(text, comma) \
            and not (future_dates and step_clauses.dated_main(text, comma, future_dates))



def recurring(text: str, pack) -> bool:
    """Does the text name a recurring time ("every weekend", "кожную раніцу", "каждую субботу")? With a future
    word it is a schedule, a plan without a date ("weavers will demonstrate the loom every weekend"); habits of the
    past and present ("every year", "usually") are the pack's ``not_plans_claims``. The words are the pack's
    ``recurrence`` (what opens such a time) before one of its ``recurrence_times`` ("кожны праект" is none)."""
    return bool(pack.compiled(build_recurrence).search(text))


def build_recurrence(pack) -> re.Pattern:
    t = pack.table("next_step_cues")
    words, times = t.get("recurrence", []), t.get("recurrence_times", [])
    if not words or not times:
        return re.compile(NEVER)
    return re.compile(r"(?<!\w)(?:" + alternation(words) + r")\s+(?:" + alternation(times) + r")(?!\w)", re.IGNORECASE)


AGREED_REACH = 3  # words after an agreement verb searched for what was agreed


def bare_agreement(text: str, strong: re.Pattern, pack) -> bool:
    """Is the sentence's every plan cue an agreement verb that names no agreed action ("Мы дамовіліся з фірмай з
    Каўнаса", "The sides have agreed")? That tells a past event, a partnership; "дамовіліся паставіць",
    "договорились о поставках", "agreed that …" name the plan. The pack's ``agreements`` (the verbs),
    ``agreement_objects`` (words that open what was agreed) and dates.toml's ``[tense] infinitive`` endings."""
    verbs, objects, endings = pack.compiled(_build_agreements)
    low = text.lower()
    if not any(v in low for v in verbs):
        return False  # no agreement verb at all (most sentences): the plan cues need no second reading
    cues = list(strong.finditer(text))
    if not cues:
        return False
    for m in cues:
        if m.group().lower() not in verbs:
            return False
        after = [w.lower() for w in tokens.words(text[m.end():])][:AGREED_REACH]
        if any(w in objects or endings and w.endswith(endings) for w in after):
            return False
    return True


def _build_agreements(pack) -> tuple[frozenset, frozenset, tuple]:
    t = pack.table("next_step_cues")
    endings = tuple(pack.table("dates").get("tense", {}).get("infinitive", []))
    return frozenset(w.lower() for w in t.get("agreements", [])), \
        frozenset(w.lower() for w in t.get("agreement_objects", [])), endings


def conditional_promise(text: str, pack) -> bool:
    """Is the sentence readiness bound to a condition ("Лясгас гатовы аплаціць серыю, калі выпрабаванні пройдуць",
    "The firm is ready to pay if the trials go well")? A promise on a condition is a plan; readiness alone is an
    offer nobody has taken up yet (``not_plans_offers``). The pack's ``readiness`` words, then a condition word
    (``[not_plans_forms] conditions``) after them."""
    ready, condition = pack.compiled(_build_promise)
    m = ready.search(text)
    return m is not None and condition.search(text, m.end()) is not None


def _build_promise(pack) -> tuple[re.Pattern, re.Pattern]:
    t = pack.table("next_step_cues")
    ready, conditions = t.get("readiness", []), t.get("not_plans_forms", {}).get("conditions", [])
    if not ready or not conditions:
        return re.compile(NEVER), re.compile(NEVER)
    return phrases(ready), phrases(conditions)
