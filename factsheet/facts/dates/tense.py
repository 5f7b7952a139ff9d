"""Which way a date without its year or week points: ahead to the next such day, or back to the last one.

The cue words are pack data (``[tense]`` in dates.toml): future markers ("will", "адбудзецца", "состоится",
"запланавана") and past-tense verbs or endings ("said", "заявіў", "прошла"). A sentence may hold both ("said on
Friday that the plant will open in May"), so the cue nearest to the date decides; with no cue the caller's
default applies.

A weaker cue, ``nonpast``: the endings of present/future verb forms in languages whose perfective present is
the future ("сыграет", "запустит", "адкрыюць"), where no closed list of future verbs can be complete. Such
endings also end nouns ("комитет", "институт"), so they count only inside the date's own clause (between
commas, dashes, colons) and only when nearer to the date than that clause's other cues: "Он сказал, что в
субботу команда сыграет" points ahead; "Спісы пераможцаў апублікуюць у канцы красавіка" too (the genitive
"пераможцаў" looks like a past form, but the verb is nearer). A noun next to the date can still mislead ("В
субботу комитет рассмотрел": ahead). A date alone in its clause ("К осени, по его словам, достроят школу")
weighs the sentence's present/future endings with its other cues, the nearest deciding.

A cue in the date's own clause (between punctuation marks and the pack's ``clause_words``, "that", "что") comes
before a nearer one in another clause: "The minister said that from September salaries would rise" points
ahead, as does "Міністэрства ўключыла школу ў план, і ў ліпені групы адкрыюцца".
"""
from __future__ import annotations

import re

from .rules import DateRules

SET_FOR_REACH = 40  # characters before a weekday searched for "на", "на чацвер і"
CLAUSE_EDGE = re.compile(r"[,;:()]|\s[—–-]\s")


def direction(sentence: str, start: int, end: int, r: DateRules, clause_only: bool = False) -> int:
    """+1 when the nearest tense cue to ``sentence[start:end]`` points ahead, -1 when it points back, 0 when the
    sentence has none (``clause_only``: when the date's own clause has none, "…in three weeks' time, the
    organisers said")."""
    if _participle_before(sentence, start, r):
        return -1
    if clause_only:
        lo, hi = clause(sentence, start, end)
        return direction(sentence[lo:hi], start - lo, end - lo, r)
    lo, hi = clause(sentence, start, end, r.clause_words)
    if (lo, hi) != (0, len(sentence)):  # the date's own clause decides when it holds a cue: "said that from
        # September salaries would rise", "уключыла школу ў план, і групы мы прымем у ліпені"
        own = direction(sentence[lo:hi], start - lo, end - lo, r)
        if own:
            return own
    aside = _asides(sentence, start, end, r)
    ahead = [m for m in r.future.finditer(sentence) if not aside(m)] \
        + [m for m in r.intent.finditer(sentence) if not aside(m) and m.start() < start]  # "agreed to
    # meet in November" points ahead; "In December they agreed to merge" dates the agreement
    back = [m for m in r.past.finditer(sentence) if not aside(m) and not r.not_past.fullmatch(m[0])
            if (m.start() == 0 or not m[0][0].isupper())  # "United", "Павел": a name, not a verb
            and not any(f.start() < m.end() + 2 and m.start() < f.end() for f in ahead)  # "to be held",
            # "were planning", "was due": one cue, the future one
            and not r.auxiliary_before.search(sentence, max(0, m.start() - 12), m.start())]
    decides, weak = _nonpast(sentence, start, end, r, ahead + back, aside)
    if decides:
        return 1
    ahead += weak  # a date alone in its clause ("К осени, по его словам, достроят школу"): the verbs beyond count
    best = None
    for sign, found in ((1, ahead), (-1, back)):
        for m in found:
            if start <= m.start() < end:
                continue  # a word inside the date itself ("next" in "next Friday") is not a cue
            gap = _gap(start, end)(m)
            if best is None or gap < best[0]:
                best = (gap, sign)
    return best[1] if best else 0


def _participle_before(sentence: str, start: int, r: DateRules) -> bool:
    """Is the word right before the date (past a short preposition) a past passive participle in lower case (the
    pack's ``participles``: "закрыты ў снежні", "построенный в мае", "вызвалены ў аўторак"), or the word before
    that opening a phrase set off by a comma, its agent between (", пашкоджаны віхурай у кастрычніку"), not after
    a future auxiliary ("будзе адкрыты ў снежні") nor itself a word of the future ("прызначаны на аўторак")? The
    date is then its act's, over: "Закрыты ў снежні маршрут адновяць" dates the closing back."""
    words = sentence[:start].rsplit(None, 4)  # the last words (and the rest in one piece)
    if len(words) > 1 and len(words[-1]) <= 2 and words[-1].isalpha() and words[-1].islower():
        words = words[:-1]  # s10steps: past a short preposition (a weekday's span has none)
    agent = len(words) >= 3 and words[-1].isalpha() and words[-1].islower() and words[-3].endswith(",")
    return _participle_at(words, r) or agent and _participle_at(words[:-1], r)  # the phrase set off by a comma


def _participle_at(words: list[str], r: DateRules) -> bool:
    """Is ``words[-1]`` a participle of the past (see ``_participle_before``)?"""
    if not words or len(words) > 1 and not words[-1][:1].islower() or not r.participle.fullmatch(words[-1]) \
            or r.future.fullmatch(words[-1].lower()):
        return False
    return len(words) < 2 or not r.future.fullmatch(words[-2].lower())


def _nonpast(sentence: str, start: int, end: int, r: DateRules, strong: list, aside) -> tuple[bool, list]:
    """(a present/future verb ending in the date's clause is the cue nearest to the date there, the sentence's
    present/future endings to weigh with its other cues when the clause holds no cue at all)."""
    def outside(m):
        return not start <= m.start() < end

    lo, hi = clause(sentence, start, end)
    weak = [m for m in r.nonpast.finditer(sentence) if outside(m) and not aside(m)
            and (not sentence[:m.start()].strip() or not m[0][0].isupper() or m.start() == lo)
            and not r.determiner_before.search(sentence, max(0, m.start() - 8), m.start())]  # "an open day on Sunday": no verb
    here = [m for m in weak if lo <= m.start() < hi]
    others = [m for m in strong if lo <= m.start() < hi and outside(m)]
    if here:
        return min(map(_gap(start, end), here)) < min(map(_gap(start, end), others), default=len(sentence)), []
    return False, [] if others else weak


def _asides(sentence: str, start: int, end: int, r: DateRules):
    """Is a cue inside an aside, a clause opened by the pack's ``asides`` ("як расказалі ў аддзеле", "как
    сообщили в мэрии", "as officials said") or a relative word ("у школе, якую пабудавалі…", "the school, which
    was built…") that does not hold the date? Its verb dates the telling or a noun, not the event: "У суботу,
    як расказалі ў аддзеле адукацыі, школа правядзе сустрэчу" points ahead."""
    spans = []
    for lo, hi in _clauses(sentence):
        if r.asides.match(sentence, lo) and not lo <= start < hi:
            spans.append((lo, hi))
    return lambda m: any(lo <= m.start() < hi for lo, hi in spans)


def _clauses(sentence: str) -> list[tuple[int, int]]:
    """The sentence cut at its punctuation marks (``CLAUSE_EDGE``)."""
    cuts = [0] + [k for m in CLAUSE_EDGE.finditer(sentence) for k in (m.start(), m.end())] + [len(sentence)]
    return list(zip(cuts[::2], cuts[1::2]))


AFTER_WEIGHT = 2  # a cue after the date counts at twice its distance: the verb that governs a date stands before it


def _gap(start: int, end: int):
    """How far a cue is from the date; one after it weighs more ("would start early on Tuesday to make up for time
    lost": "would" governs the day, the participle "lost" of a later phrase does not)."""
    return lambda m: start - m.end() if m.end() <= start else (m.start() - end) * AFTER_WEIGHT


def clause(sentence: str, start: int, end: int, words: re.Pattern | None = None) -> tuple[int, int]:
    """The bounds of the clause around ``sentence[start:end]``: between the punctuation marks next to it (and
    the ``words`` that open a clause, "that", "что", when given)."""
    edges = [CLAUSE_EDGE] + ([words] if words else [])
    lo = max((m.end() for e in edges for m in e.finditer(sentence, 0, start)), default=0)
    hi = min((m.start() for e in edges if (m := e.search(sentence, end))), default=len(sentence))
    return lo, hi


def set_for(sentence: str, start: int, r: DateRules) -> bool:
    """Is the weekday one something is set for ("папярэджанне на чацвер", "a warning for Friday"), not a day
    part's ("в ночь на пятницу": the night before it)?"""
    lo = max(0, start - SET_FOR_REACH)
    return bool(r.set_for.search(sentence, lo, start)) and not r.day_part_before.search(sentence, lo, start)
