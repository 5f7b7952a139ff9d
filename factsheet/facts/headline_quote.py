"""A quote in the headline, with its speaker: "Хирург Наталья Лисовская: «…»", "Міністр сельскай гаспадаркі:
«…»", '"We will not wait …": a port chief on new routes', 'Q&A: "…" - the head of the expedition'.

An interview's headline quotes the guest in words the body may not repeat. It is a quote when the marks hold
at least ``MIN_WORDS`` words (not a quoted name, «Кніжная паліца»), the rest of the headline is a label before
a colon or a description after a colon or dash, and the body does not repeat the words (then the body's quote,
with its sentence, is the one listed). The speaker: the listed person whose surname the label holds, else the
one person whose role shares the label's role word, else — a label of role words or agent nouns ("Губернатар …
вобласці:", "a port chief", "Пчаляр з Лідскага раёна:", the pack's ``agent_suffixes``) — the guest, the first person the body names; with none of these it is left out. The quote has no
sentence of the body as evidence.
"""
from __future__ import annotations

from .. import tokens
from ..model import Quote
from . import interview_quotes
from .quotes import pair_marks, rules
from .speakers import same_stem

MIN_WORDS = 3  # words inside the marks at least: «Торпедо-БелАЗ», «Кніжная паліца» are names
LABEL_WORDS = 6  # words of the label before the colon at most ("Фермер из Брестской области")
AGENT_LETTERS = 4  # an agent noun is longer ("пчаляр", "фермер"): not a short word that only ends so
REPEAT = 30  # characters of the quote whose repetition in the body makes the body's quote the one listed
LEAD_SENTENCES = 4  # sentences of the lead where an interview says whom it talked to
LABEL_ENDS = (":", "|")  # a label, or a programme's rubric ("MORNING DESK |"), closes before the quote


def headline_quote(title: str | None, sentences, pack, ents) -> Quote | None:
    """The headline's quote with its speaker, or None (see the module note)."""
    if not title:
        return None
    r = rules(pack)
    pairs, _ = pair_marks(title, r)
    outer = [(a, b) for a, b in pairs if not any(x < a and b < y for x, y in pairs)]
    if not outer:
        return None
    a, b = max(outer, key=lambda p: p[1] - p[0])
    inner = " ".join(title[a + 1:b].split()).rstrip(",")
    before, after = title[:a].strip(), title[b + 1:].strip()
    if len(tokens.words(inner)) < MIN_WORDS or " ".join(" ".join(sentences).split()).casefold().find(
            inner[:REPEAT].casefold()) >= 0:
        return None
    said = _said_after(("," if title[b - 1] == "," else "") + after, r)  # '"…," says the mayor', «…», — мэр Минска
    labelled = before.endswith(LABEL_ENDS) and len(tokens.words(before)) <= LABEL_WORDS \
        and (not after or after[:1] in ":-–—" or said)
    described = (after[:1] in ":-–—" or said) and (not before or before.endswith(LABEL_ENDS))
    if not (labelled or described):
        return None
    who = _speaker(before + " " + after, r, ents, sentences)
    return Quote(speaker=who, text=inner, evidence=[]) if who else None  # nobody's: the body's quotes suffice


def _said_after(after: str, r) -> bool:
    """Does the headline go on after the quote's comma with its attribution ('"…," says the mayor', «…», — мэр
    Минска) rather than with more of its own sentence?"""
    rest = after[1:].strip() if after[:1] == "," else ""
    return bool(rest) and (rest[:1] in "-–—" or bool(r.verb.match(rest)))


def _speaker(label: str, r, ents, sentences=()) -> str | None:
    """The listed person the label names by surname, or by the one role that fits, or the guest."""
    people = [p for p in getattr(ents, "who", None) or [] if p.type == "person"]
    words = tokens.words(label)
    named = {p.name for p in people if len(p.name.split()) > 1
             and any(w[:1].isupper() and same_stem(w.lower(), p.name.split()[-1].lower()) for w in words)}
    if named:
        return named.pop() if len(named) == 1 else None
    low = {w.lower() for w in words}
    # "Пчаляр з Лідскага раёна:": an agent noun long enough to be one
    titles = low & r.role_words | {w for w in low if r.agent(w) and len(w) > AGENT_LETTERS}
    if not titles:
        return None
    fitting = {p.name for p in people if p.role and titles & {w.lower() for w in tokens.words(p.role)}}
    if len(fitting) == 1:
        return fitting.pop()
    if hasattr(ents, "mentions"):  # the guest the lead says the text talked to ("X spoke to us"), if it says so
        guest = interview_quotes.introduced(ents, sentences, LEAD_SENTENCES, r.interview)
        if guest:
            return guest
    first = next((m.name for m in getattr(ents, "mentions", None) or [] if m.kind == "person"
                  and m.name in {p.name for p in people}), None)
    return first
