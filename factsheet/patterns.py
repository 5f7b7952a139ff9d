"""Regex building blocks shared by the rule modules, so every word list becomes a pattern the same way."""
from __future__ import annotations

import re

NEVER = r"(?!x)x"  # a pattern that matches nothing: what an empty word list compiles to


def alternation(words) -> str:
    """Alternation of literal phrases, lower-cased, longest first, spaces matching any whitespace."""
    items = sorted({w.lower() for w in words if w}, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in items) or NEVER
