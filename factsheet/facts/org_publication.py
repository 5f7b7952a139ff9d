"""A publication line: "«Лідская газета», 3 мая 2026", "«Слонимский вестник», 14 ноября 2026 г." — a quoted name
that opens its line and is followed only by a comma and a date names the paper the text appeared in, an
organisation (the date is the publication date, read by metadata.py).

Used by the leftovers' quoted names (leftovers.quoted_names).
"""
from __future__ import annotations

import re

MAX_WORDS = 6  # "14 ноября 2026 г." with a weekday or "№ 45"
_NUMBER = re.compile(r"\d")


def dated_line(doc, si: int, start: int, end: int) -> bool:
    """Does the quote at ``start:end`` (its inner text) open sentence ``si``, with only ", <a date>" after it: a
    day or year number and a month name of the pack?"""
    s = doc.sentences[si]
    if s[:max(start - 1, 0)].strip():
        return False
    rest = s[end + 1:].strip()
    words = rest[1:].split() if rest.startswith(",") else []
    months = doc.R.month_words
    return 0 < len(words) <= MAX_WORDS and bool(_NUMBER.search(rest)) \
        and any(w.strip(".,").lower() in months for w in words)
