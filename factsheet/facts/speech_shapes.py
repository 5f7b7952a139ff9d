"""Two shapes of a reported-speech sentence that move its clause or its speaker (reported.py reads them).

- A participle opening the sentence ("Speaking to reporters, Lee said the talks went well"): the phrase before the
  comma is no retold clause; what was said follows the verb.
- A second speech verb joined to the subject's first verb ("Дрозд назваў рашэнне жорсткім і паведаміў, што …",
  "Zhuk called the results good and said …"): the speaker is the person opening the sentence, however long the
  first predicate is.
- One word after a source cue ("па яго словах", "по словам директора", "по данным оргкомитета"): a pronoun or a
  role word stands for the person last named; any other noun for an organisation named with that word, or nobody
  (a committee is not the person named before it).
The words are the pack's ``quote_marks.toml``: ``participle_endings`` and ``verb_joins``.
"""
from __future__ import annotations

import re

from .. import tokens
from .speakers import _same_stem as same_stem, last_person, named_organisation

SUBJECT_WORDS = 5  # words before the opening person at most: a title ("Plant director", "Міністр энергетыкі")


def participle(s: str, cues) -> bool:
    """Does the sentence open with a participle ("Speaking to reporters, …", "Адказваючы на пытанне, …")?"""
    m = cues.participle.match(s) if cues.participle else None
    return bool(m) and m.group().strip(" \"'«“(").lower() not in cues.stop


def joined_subject(s: str, at: int, named, cues) -> str | None:
    """The person opening the sentence when the speech verb at ``at`` follows a joining word ("і", "and") and
    no other person or sentence break stands between; ``named``: the (offset, mention) persons before the verb."""
    words = tokens.words(s[:at])
    if not named or not words or words[-1].lower() not in cues.joins:
        return None
    first = named[0][1]
    if any(m.name != first.name for _, m in named) or len(tokens.words(s[:first.start])) > SUBJECT_WORDS \
            or re.search(r"[.;:!?]", s[first.end:at]):
        return None
    return first.name


def one_word_source(view, pos: int, words: list[str], r) -> str | None:
    """The source one word after a cue names (see the module note); ``pos``: where the sentence starts."""
    word = words[0].lower() if words else ""
    if not word or word in r.pointers or any(same_stem(word, t) for t in r.role_words):
        return last_person(view, pos)
    return named_organisation(view, pos, words, r.stop)
