"""Interview answers in quotation marks under question lines, with no speaker label ("Когда откроется зал?" /
"«Мы планируем открыть его в марте.»").

The rule reads the layout, not words: a question line (a sentence ending in "?", outside every quote) followed by a
quote that opens the next sentence. Two such pairs make the text an interview (one quote after a rhetorical
question is not); each such quote with no attribution of its own is the interviewee's, the person the lead
introduces: the first person named in the paragraph nearest before the first question that names anybody (a lead
may name someone else first: "Год назад мэр обещал … . Директор Ольга Савчук рассказала …"). A quote going on
right after an answer is the same speaker's by quotes.py's own continuation rule.
"""
from __future__ import annotations

MIN_PAIRS = 2  # question lines each followed by a quoted paragraph: the layout of an interview


def answer_spans(spans, sentences, starts, text) -> list[int]:
    """Indices of the quote spans that open the sentence right after a question line."""
    quoted = {i for q in spans for i in q.sentences}
    out = []
    for k, q in enumerate(spans):
        s = q.sentences[0]
        if s == 0 or s - 1 in quoted or text[starts[s]:q.start].strip(" \t-–—"):  # "— «…»" opens so too
            continue
        if sentences[s - 1].rstrip().endswith("?"):
            out.append(k)
    return out if len(out) >= MIN_PAIRS else []


def interviewee(view, first: int, paragraphs) -> str | None:
    """The person the lead introduces before sentence ``first`` (the first question): the first person named in
    the paragraph of the last sentence before it that names a person; without paragraph starts, that sentence."""
    listed = {p.name for p in view.who if p.type == "person"}
    named = [m for m in view.mentions if m.kind == "person" and m.sentence < first
             and (m.name in listed or not listed)]
    if not named:
        return None
    last = named[-1].sentence
    opens = max((p for p in paragraphs or () if p <= last), default=last)
    return next(m.name for m in named if m.sentence >= opens)


class Cues:
    """The pack's interview cues (a compiled pattern, searched as one) with the role words of the one who asks
    (``interviewer_roles``): the lead "ответил на вопросы нашего корреспондента X" names the asker, not the guest."""

    def __init__(self, pattern, askers: set[str]):
        self.pattern, self.askers = pattern, askers

    def search(self, text: str):
        return self.pattern.search(text)


def asker(view, name: str, askers) -> bool:
    """Does the brief give ``name`` the role of the one who asks ("корреспондент", "reporter")?"""
    role = next((p.role for p in view.who if p.type == "person" and p.name == name), None) or ""
    return bool(askers) and any(w in askers for w in role.lower().split())


def introduced(view, sentences, first: int, cues) -> str | None:
    """The guest a lead sentence says the text talked to ("Goalkeeper X spoke to us", "мы пагутарылі з X"; the
    pack's ``interview_cues``): the one listed person the last such sentence before ``first`` names. It beats the
    first person named, who may be the story's subject ("The club sold striker Y. Goalkeeper X spoke to us."). A
    person there in the role of the one who asks ("нашего корреспондента X") is no guest."""
    if cues is None:
        return None
    listed = {p.name for p in view.who if p.type == "person"}
    for i in range(min(first, len(sentences)) - 1, -1, -1):
        if cues.search(sentences[i]):
            named = list(dict.fromkeys(m.name for m in view.mentions if m.kind == "person" and m.sentence == i
                                       and (m.name in listed or not listed)
                                       and not asker(view, m.name, getattr(cues, "askers", ()))))
            return named[0] if len(named) == 1 else None
    return None
