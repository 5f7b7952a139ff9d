"""The entity result as the speaker search reads it (speakers.py and the quote rules that ask it): mentions outside
quotes with their offsets in the joined text, found by bisection, in a window or walking back from a quote.
"""
from __future__ import annotations

import bisect


class MentionView:
    """The entity result as the speaker search reads it: mentions outside quotes (people named in a quote are not
    its speaker) with their offsets in the joined text, sorted, so a window is found by bisection."""

    def __init__(self, ents, spans, starts, text: str = ""):
        opens = [a for a, _ in spans]  # quote spans are disjoint and in text order
        kept = []
        for m in getattr(ents, "mentions", []) or []:
            if m.sentence >= len(starts):
                continue
            pos = starts[m.sentence] + m.start
            k = bisect.bisect_left(opens, pos) - 1  # the last quote opening before pos
            if k >= 0 and pos < spans[k][1]:
                continue
            kept.append((pos, m))
        kept.sort(key=lambda x: x[0])
        self.offsets = [pos for pos, _ in kept]
        self.mentions = [m for _, m in kept]
        self.empty = not getattr(ents, "mentions", None)
        self.who = getattr(ents, "who", None) or []
        self.spoke: set[str] = set()  # organisations already given a quote, in this document's reading order
        self.text = text  # the joined sentences: the words beside a mention ("the UN refugee agency UNHCR")


def mentions_between(view: MentionView | None, a: int, b: int, kinds=("person", "organization")):
    """Entity mentions whose joined-text offsets fall in [a, b), as (offset, mention), in text order."""
    if view is None:
        return []
    lo, hi = bisect.bisect_left(view.offsets, a), bisect.bisect_left(view.offsets, b)
    return [(pos, m) for pos, m in zip(view.offsets[lo:hi], view.mentions[lo:hi]) if m.kind in kinds]


def mentions_back(view: MentionView, pos: int, kind: str, most: int):
    """The last ``most`` mentions of ``kind`` before offset ``pos``, newest first, as (index, mention): the short
    walk back the rules that resolve a speaker from context share (not a scan of all)."""
    k, seen = bisect.bisect_left(view.offsets, pos) - 1, 0
    while k >= 0 and seen < most:
        m = view.mentions[k]
        k -= 1
        if m.kind != kind:
            continue
        seen += 1
        yield k + 1, m
