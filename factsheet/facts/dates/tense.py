"""Which way a date without its year or week points: ahead to the next such day, or back to the last one.

The cue words are pack data (``[tense]`` in dates.toml): future markers ("will", "адбудзецца", "состоится",
"запланавана") and past-tense verbs or endings ("said", "заявіў", "прошла"). A sentence may hold both ("said on
Friday that the plant will open in May"), so the cue nearest to the date decides; with no cue the caller's
default applies.
"""
from __future__ import annotations

from .rules import DateRules


def direction(sentence: str, start: int, end: int, r: DateRules) -> int:
    """+1 when the nearest tense cue to ``sentence[start:end]`` points ahead, -1 when it points back, 0 when the
    sentence has none."""
    ahead = list(r.future.finditer(sentence))
    back = [m for m in r.past.finditer(sentence)
            if (m.start() == 0 or not m[0][0].isupper())  # "United", "Павел": a name, not a verb
            and not any(f.start() < m.end() + 2 and m.start() < f.end() for f in ahead)  # "to be held",
            # "were planning", "was due": one cue, the future one
            and not r.auxiliary_before.search(sentence, max(0, m.start() - 12), m.start())]
    best = None
    for sign, found in ((1, ahead), (-1, back)):
        for m in found:
            if start <= m.start() < end:
                continue  # a word inside the date itself ("next" in "next Friday") is not a cue
            gap = start - m.end() if m.end() <= start else m.start() - end
            if best is None or gap < best[0]:
                best = (gap, sign)
    return best[1] if best else 0
