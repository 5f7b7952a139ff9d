"""A clause retold after a verb whose object is the listener, with no "that": "Zhudro told reporters the money
would pay for two lines", "the minister told lawmakers the bill would pass", "she told Reuters the talks had
stalled". After such a verb a bare clause is read only when the listener (one word, an article before it
allowed, no function word but an object pronoun of the pack: "told us the plant would …") is followed by a word
that opens a clause's subject (an article, a possessive or a pronoun of the pack) and the clause is long enough to say something ("told them the story" retells nothing).
Read by reported._by_verb.
"""
from __future__ import annotations

import re

# the listener alone ("told reporters"), or after an article ("told the agency")
LISTENERS = (re.compile(r"^\s+(?P<listener>[\w'’-]+),?\s+(?=(?P<opener>\w+)\s)"),
             re.compile(r"^\s+(?P<article>\w+)\s+(?P<listener>[\w'’-]+),?\s+(?=(?P<opener>\w+)\s)"))
MIN_CLAUSE_WORDS = 5  # words of the retold clause at least


def cut(after: str, verb: str, r, cues) -> re.Match | None:
    """The listener after an addressee verb ("told reporters "), when a bare clause follows it; None otherwise."""
    if r.told is None or not r.told.search(verb + " "):
        return None
    for pattern in LISTENERS:
        m = pattern.match(after)
        if m is None or "article" in m.groupdict() and m.group("article").lower() not in cues.articles:
            continue
        listener, opener = m.group("listener").lower(), m.group("opener").lower()
        function_word = listener in cues.stop and listener not in r.listeners  # "told of the plan"; "told us the …"
        if function_word or listener in cues.articles or (opener not in cues.articles and opener not in r.pronouns):
            continue
        return m if len(after[m.end():].split()) >= MIN_CLAUSE_WORDS else None
    return None
