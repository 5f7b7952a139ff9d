"""A quoted phrase that names a thing, inside the speaker's own sentence: "Porter voted against it, calling the
bridge "a monument to waste"", "Міністр назваў план «крокам наперад»".

A verb of naming (the pack's ``naming_verbs``: calling, described as, назвав, называючы …) stands a few words before
the opening mark, with no sentence break after it; the quoted words are the subject's: the person named last
before that verb in the sentence, or, for a pronoun subject ("He voted against it, calling …"), the person last
named before the sentence. Such a phrase is a quote even when short; it opens in lower case (a phrase: "a
monument to waste"), for a capitalised one after a naming verb is a name ("a firm called "Blue Sky Tech""), and it
closes the clause (a mark or the sentence's end after it): words in scare quotes go on ("He called it a "very good
start" for both sides").
"""
from __future__ import annotations

import re

from .. import tokens
from .mention_view import mentions_between
from .speakers import last_person

NAMING_WORDS = 5  # words between the naming verb and the opening mark: "calling the new bridge over the river"


def compile_naming(words) -> re.Pattern | None:
    """The pack's naming verbs as one pattern that must be followed by no sentence break up to the end."""
    if not words:
        return None
    # no letter or hyphen before: "the so-called "green corridor"" is no naming
    return re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, words)) + r")(?!\w)(?=[^.!?;:«»\"“”]*$)",
                      re.IGNORECASE)


def naming(quoted: str, tail: str, head_from: int, head: str, r, view) -> tuple[bool, str | None] | None:
    """(True, speaker) when ``head`` (the sentence's words before the opening mark, from offset ``head_from``)
    ends with a naming verb and a few words, the ``quoted`` words open in lower case and ``tail`` (the sentence
    after the closing mark) opens with a mark or is empty; None otherwise."""
    after = tokens.words(tail)[:1]  # ("called the vote "a floor" and said …": a joined second verb goes on)
    closes = not tail.strip() or tail.lstrip()[:1] in ".,;:!?…)—–-" or (after and after[0].lower() in r.joins)
    m = r.naming.search(head) if r.naming is not None and quoted[:1].islower() and closes else None
    if m is None or len(tokens.words(head[m.end():])) > NAMING_WORDS:
        return None
    people = mentions_between(view, head_from, head_from + m.start(), ("person",))
    if people:
        return True, people[-1][1].name
    if {w.lower() for w in tokens.words(head[:m.start()])} & r.pronouns:
        return True, last_person(view, head_from)
    return True, None
