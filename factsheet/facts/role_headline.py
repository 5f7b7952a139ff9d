"""A role only the headline states: an interview's headline labels its guest by title before a quote ("Museum
director: '…'", "Старшыня калгаса: «…»") and the body names the guest without one ("Olga Ross has worked at the
museum for 20 years"). The label is the role of the first person the body names, when that sentence names no one
else, the label names nobody and holds a title; any role the body gives the guest is kept.
"""
from __future__ import annotations

from .candidates import ROLE, Change
from .role_phrases import sentence_case
from .tokens import QUOTE_CHARS

RULE = "role_headline.headline_roles"
LABEL_WORDS = 6  # words of the label before the colon at most ("Logoisk ski resort director")


def headline_roles(doc) -> list[Change]:
    """A ROLE change giving the headline's label to the guest (see the module note), or none."""
    if not doc.analysis.headline:
        return []
    label = _label(doc)
    if label is None:
        return []
    firsts = {}  # the first body sentence naming a person: its persons
    for m, ent in doc.mentions:
        if ent.kind == "person" and m.sentence >= 1 and (not firsts or m.sentence == next(iter(firsts.values()))):
            firsts[ent.key] = m.sentence
    if len(firsts) != 1:
        return []  # nobody, or two people: whose title the label is, the text does not say
    key = next(iter(firsts))
    ent = doc.ents.get(("person", key))
    return [Change(ROLE, ent, RULE, label)] if ent is not None and not ent.role else []  # the body's title first


def _label(doc) -> str | None:
    """The headline's label before a colon and a quote, when it is a title phrase that names no person."""
    toks, s = doc.analysis.tokens[0], doc.sentences[0]
    colon = next((i for i, t in enumerate(toks) if t.text == ":"), None)
    if colon is None or colon == 0 or not any(t.text in QUOTE_CHARS for t in toks[colon + 1:colon + 3]):
        return None
    words = [t for t in toks[:colon] if t.word]
    if len(words) > LABEL_WORDS or len(words) != colon:
        return None  # a long label or one with marks is no title
    if any(m.sentence == 0 and m.start < toks[colon].start and e.kind in ("person", "organization")
           for m, e in doc.mentions):
        return None  # "Хирург Наталья Лисовская: «…»": the label names its speaker
    if not any(doc.R.role_len([t.text for t in words[i:]]) for i in range(len(words))):
        return None
    return sentence_case(doc, toks, 0, s[toks[0].start:toks[colon - 1].end])
