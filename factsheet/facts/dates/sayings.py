"""Day words inside a saying date nothing: "не адкладала чужую бяду на заўтра", "Не откладывай на завтра то, что
можно сделать сегодня", "never put off till tomorrow". The pack's ``sayings`` (dates.toml) are the sayings' fixed
words, a '*' ending a stem and '…' standing for up to four words between; a date span inside a match is dropped.
(s10steps: an idiom had become a date and a next step in a farewell feature.)
"""
from __future__ import annotations

import re

from ...patterns import NEVER

GAP = r"(?:\s+\S+){0,4}?\s+"  # '…': up to four words


def without_sayings(spans: list, sentences, pack) -> list:
    """The spans left when each span inside a saying of the pack is dropped."""
    rx = pack.compiled(_build)
    if rx.pattern == NEVER or not spans:
        return spans
    inside: dict[int, list] = {}
    for i in {sp.sentence for sp in spans}:
        inside[i] = [(m.start(), m.end()) for m in rx.finditer(sentences[i])]
    return [sp for sp in spans if not any(lo <= sp.start and sp.end <= hi for lo, hi in inside[sp.sentence])]


def _build(pack) -> re.Pattern:
    said = pack.table("dates").get("sayings", [])
    if not said:
        return re.compile(NEVER)
    parts = []
    for entry in said:
        words = [GAP if w == "…" else re.escape(w[:-1]) + r"\w*" if w.endswith("*") else re.escape(w)
                 for w in entry.split()]
        parts.append("".join(w if w == GAP or k == 0 or words[k - 1] == GAP else r"\s+" + w
                             for k, w in enumerate(words)))
    return re.compile(r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)", re.IGNORECASE)
