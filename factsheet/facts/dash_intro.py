"""Speech after a lead-in, a colon and a dash, the way a questions-and-answers column gives the floor:
"Отвечает главный инженер водоканала Пётр Гук: — Трубы заменим летом." The one person the lead-in names said it
(not the answerer before him), and the lead-in is no part of the quote. The speech goes on to the end of its
paragraph, stopping at the next label line ("Вопрос: …"), dash-led line or question. A lead-in naming nobody, or
several people, is left to the other rules (an answer label alone, "Ответ: — …", is the guest's: dialogue.labelled).
Run after dialogue.dash_speech, which takes such a line when the speech itself ends in an attribution.
"""
from __future__ import annotations

import re

from ..model import Quote
from .dialogue import MAX_SENTENCES, is_label, opening
from .interview_turns import question
from .mention_view import mentions_between

INTRO = re.compile(r"^\s*(\S[^:]{0,160}?)\s*:\s*[-–—]\s+(?=\S)")  # "<lead-in>: — <speech>"
# "<lead-in>:" as a paragraph of its own, the speech in the next paragraph, opened by a dash (a letters page:
# "Адказвае начальнік РЭС Вадзім Карпаў:" / "— Кабель пракладзём …"; s10be)
INTRO_ALONE = re.compile(r"^\s*(\S[^:]{0,160}?)\s*:\s*$")
LEAD = re.compile(r"^\s*[-–—]\s+(?=\S)")


def introduced(sentences, view, starts, taken: set[int], paragraphs=None) -> list[Quote]:
    """Dash-led speech after a lead-in naming one person (see the module note)."""
    out = []
    for k, s in enumerate(sentences):
        m = None if k in taken else INTRO.match(s)
        alone = None if m is not None or k in taken else _alone(sentences, k, paragraphs, taken)
        if m is None and alone is None:
            continue
        named = {n.name for _, n in mentions_between(view, starts[k], starts[k] + (m or alone).end(1), ("person",))}
        if len(named) != 1:
            continue
        if alone is not None:  # the speech is the next paragraph: read it as if the lead-in stood before its dash
            k, s = k + 1, sentences[k + 1]
            m = LEAD.match(s)
        end = k + 1
        while paragraphs is not None and end < len(sentences) and end - k < MAX_SENTENCES and end not in taken \
                and end not in paragraphs and not is_label(sentences[end]) and not opening(sentences[end]) \
                and not question(sentences[end]):
            end += 1  # the rest of the paragraph is the same answer
        text = " ".join([s[m.end():].strip()] + [sentences[i].strip() for i in range(k + 1, end)])
        out.append(Quote(speaker=named.pop(), text=text, evidence=list(range(k, end))))
        taken.update(range(k, end))
    return out


def _alone(sentences, k: int, paragraphs, taken: set[int]):
    """The lead-in of a paragraph that is only "<lead-in>:" when the next paragraph opens with a dash, else None."""
    m = INTRO_ALONE.match(sentences[k])
    nxt = k + 1
    if m is None or paragraphs is None or nxt >= len(sentences) or nxt not in paragraphs or nxt in taken \
            or not LEAD.match(sentences[nxt]):
        return None
    return m
