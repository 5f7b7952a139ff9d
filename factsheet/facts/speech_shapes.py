"""Two shapes of a reported-speech sentence that move its clause or its speaker (reported.py reads them).

- A participle opening the sentence ("Speaking to reporters, Lee said the talks went well"): the phrase before the
  comma is no retold clause; what was said follows the verb.
- A second speech verb joined to the subject's first verb ("Дрозд назваў рашэнне жорсткім і паведаміў, што …",
  "Zhuk called the results good and said …"): the speaker is the person opening the sentence, however long the
  first predicate is.
- One word after a source cue ("па яго словах", "по словам директора", "по данным оргкомитета"): a pronoun or a
  role word stands for the person last named; any other noun for an organisation named with that word, or nobody
  (a committee is not the person named before it).
- A speech verb after the comparing conjunction opening the sentence ("Как пояснил X, …", "Як растлумачыў X, …", "As
  X explained, …"): a source cue of its own, whatever the verb, when it names somebody ("Как говорится, …" does not).
- A person opening the sentence, set off by a comma ("Sanderson, a diplomat who …, said"), speaks when the name
  is in its base form (an inflected one is an object: "контракт с тренером Петром Ивановым, который …, объявил X").
- A relative pronoun between a person and the speech verb ("The plan was opposed by senator X, who said that …",
  "…, сообщил Y, который заявил, что …"): the person is the verb's subject, however long the sentence before.
The words are the pack's ``quote_marks.toml``: ``participle_endings``, ``verb_joins``, ``as_words`` and
``relative_pronouns``.
"""
from __future__ import annotations

import re

from .. import tokens
from ..patterns import phrases
from .mention_view import mentions_between
from .speakers import last_person, named_organisation, same_stem

SUBJECT_WORDS = 5  # words before the opening person at most: a title ("Plant director", "Міністр энергетыкі")
OPENER_WORDS = 4  # "Outside court,", "In Brussels on Monday,": an adverbial before the subject
TITLE_WORDS = 5  # "The Mexican ambassador, X, …": a title set off before the opening name


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


AS_WORDS = 4  # words between "как"/"as" and the comma that may hold the speech verb ("As the minister explained,")


def as_said(s: str, cues, r) -> int | None:
    """Where the source opens when the sentence opens with an ``as_words`` conjunction and a speech verb stands
    among the next few words before the first comma ("Как пояснил X, …"): the offset after the conjunction."""
    m = re.match(r"\W*(\w+)\s+", s)
    if m is None or m.group(1).lower() not in cues.as_words:
        return None
    comma = s.find(",", m.end())
    verb = r.verb.search(s, m.end(), comma) if comma > 0 else None
    if verb is None or len(tokens.words(s[m.end():verb.start()])) >= AS_WORDS:
        return None
    return m.end() if tokens.words(r.verb.sub(" ", s[m.end():comma])) else None  # "Как говорится, …": nobody


def relative(between: str, cues) -> bool:
    """Is ``between`` (the words from a person's name to a speech verb) ", who" / ", который" (and an adverb at
    most: ", who also said")?"""
    words = [w.lower() for w in tokens.words(between)]
    return between.lstrip().startswith(",") and 1 <= len(words) <= 2 and words[0] in cues.relatives


def opening_person(i, s, view, starts) -> str | None:
    """The first person named, before any comma of the sentence and set off by one (an apposition follows), and
    written in its base form where names inflect (the subject's case)."""
    named = mentions_between(view, starts[i], starts[i] + len(s), ("person",))
    if not named:
        return None
    m = named[0][1]  # titles may stand before the name ("Former chief X, now …, says"), no clause break, or set
    # off by one comma ("The Mexican ambassador, X, who attended …, said")
    if not base_form(s[m.start:m.end], m.name):
        return None  # a name not in its base form is no subject: "контракт с тренером Петром Ивановым, который …"
    head = s[:m.start].rstrip()
    opens = not re.search(r"[,;:]", head) or head.endswith(",") and not re.search(r"[,;:]", head[:-1]) \
        and len(tokens.words(head)) <= TITLE_WORDS or _after_opener(head)
    return m.name if opens and s[past_affiliation(i, s, m.end, view, starts):].lstrip().startswith(",") else None


def past_affiliation(i, s, end: int, view, starts) -> int:
    """Where a person's name ends with the organisation named right after it ("Prof Ingrid Solberg of the
    Norwegian University of Life Sciences, who …, says"; "Иван Лис из «Белавиа», …"): two small words at most
    between them; else the name's own end."""
    for pos, org in mentions_between(view, starts[i] + end, starts[i] + len(s), ("organization",))[:1]:
        gap = s[end:pos - starts[i]]
        words = tokens.words(gap)
        if len(words) <= 2 and all(w.islower() for w in words) and not re.search(r"[,;:]", gap):
            return org.end
    return end


ADVERBIAL_WORDS = 5  # "в комментарии редакции", "in an interview with Reuters": a place or occasion of saying


def anonymous(s: str, pack) -> bool:
    """Does the sentence credit sources who asked not to be named (the pack's ``anonymity_phrases``)?"""
    return bool(pack.compiled(_build_anonymity).search(s))


def _build_anonymity(pack) -> re.Pattern:
    return phrases(pack.settings("quote_marks")["anonymity_phrases"])


def prepositions(R) -> frozenset:
    """Every preposition the pack lists, in any of its lists (an adverbial's first word)."""
    return frozenset(R.prepositions | R.locative | set(R.place_preps) | set(R.origin_preps))


def adverbial(gap: str, prepositions: frozenset) -> bool:
    """Is the gap between a person's name and the speech verb a short phrase of the occasion, opened by a
    preposition and closed by no comma ("X в комментарии редакции сообщил, что", "X на пресс-конференции заявил",
    "X in an interview with Reuters said")? The person is still the verb's subject."""
    words = tokens.words(gap)
    return 0 < len(words) <= ADVERBIAL_WORDS and words[0].lower() in prepositions and words[0].islower() \
        and not re.search(r"[,;:()]", gap)


def _after_opener(head: str) -> bool:
    """"Outside court, Detective Inspector X, a …, said": a short adverbial set off by the sentence's one comma
    before the title and the name."""
    pre, comma, rest = head.partition(",")
    return bool(comma) and 0 < len(tokens.words(pre)) <= OPENER_WORDS and not re.search(r"[,;:]", rest) \
        and len(tokens.words(rest)) <= TITLE_WORDS


def base_form(written: str, name: str) -> bool:
    """Is the name written in its base form, word by word from the surname back ("Sanderson" of "Kelly
    Sanderson" is; "Анне Ким" of "Анна Ким" is not)?"""
    return all(a == b for a, b in zip(reversed(written.lower().split()), reversed(name.lower().split())))


def aside_end(s: str, m, named) -> int:
    """Where a source aside ``m`` ("…, по прогнозу X, …") ends in ``s``: after its closing comma, or, when the
    source's name holds commas of its own ("Республиканского центра гигиены, эпидемиологии и общественного
    здоровья"), after the comma that follows the whole name; the quote is the rest, not the name's tail."""
    ends = [mm.end for _, mm in named if mm.end > m.end("who")]  # (a mention's offsets are the sentence's)
    if not ends:
        return m.end()
    comma = s.find(",", max(ends))
    return comma + 1 if comma >= 0 else m.end()


def around(before: str, after: str) -> str:
    """The said clause around an attribution set off inside it: "Her first task, Grytskevich said, will be to …"
    is "Her first task will be to …"; a clause ending at the attribution is ``before`` alone."""
    rest = after.lstrip()
    if not rest.startswith(",") or not rest[1:].strip(" .!"):
        return before.strip()
    return f"{before.strip()} {rest[1:].strip()}"
