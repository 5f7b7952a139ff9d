"""A dateline opening the body ("LONDON 1996-08-30", "URUS-MARTAN, Russia 1996-08-31"): the capitalised words
before the date name the place the story was filed from, a place even when no list knows it. A trailing
dateline never reaches the body (metadata.py takes it into the source).

A pass over ``doc``, the ``Extraction`` (document.py): ``doc.R`` is the pack's resources; ``used`` marks the tokens
earlier passes claimed (read-only); the pass returns candidates (candidates.py).
"""
from __future__ import annotations

from .. import metadata
from .candidates import Candidate

MAX_TOKENS = 12  # a dateline is short: a place, a region, a date


def dateline(doc, si, s, toks, used, taken) -> list[Candidate]:
    """The place of a dateline among the first two body sentences (a byline may come first)."""
    if si > doc.analysis.offset + 1 or len(toks) > MAX_TOKENS or not toks or not toks[0].cap:
        return []
    first_digit = next((i for i, t in enumerate(toks) if t.text[:1].isdigit()), None)
    if not first_digit:
        return []
    parts = s[:toks[first_digit].start].strip().rstrip(",").split(",")
    place = parts[0].strip()
    if not place or metadata.parse_dateline(f"{place}, {s[toks[first_digit].start:]}", doc.lang) is None:
        return []
    cut = [i for i, t in enumerate(toks[:first_digit]) if t.text == ","]
    spans = [(a, b) for a, b in zip([0] + [c + 1 for c in cut], cut + [first_digit]) if b > a]
    if any(any(used[a:b]) or not all(t.cap or not t.word for t in toks[a:b]) for a, b in spans):
        return []
    out = []
    for a, b in spans:
        hit = doc.R.gaz.lookup([t.text for t in toks[a:b] if t.word])
        written = s[toks[a].start:toks[b - 1].end].rstrip(".")
        out.append(Candidate("place", hit or (written.title() if written.isupper() else written), si,
                             toks[a].start, toks[b - 1].end, "datelines.dateline", claims=tuple(range(a, b))))
    return out
