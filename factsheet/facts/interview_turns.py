"""Who holds the floor in an interview set out in dash-led paragraphs ("— Что уже сделано?" / "— Закрыли два
пруда."): the interviewer's lines (questions, and statements put as questions) and where an answer starts.
Read by reported.answers.
"""
from __future__ import annotations

import re

DASH = re.compile(r"^\s*[-–—]\s+\S")


def asking_paragraph(sentences, i: int, paragraphs) -> bool:
    """Does a paragraph open at ``i`` and end with a question ("Летась вы выйгралі кубак. Што далей?")? It is the
    interviewer's, statement and all, not the answer before it going on."""
    if not paragraphs or i not in paragraphs:
        return False
    j = i
    while j + 1 < len(sentences) and j + 1 not in paragraphs:
        j += 1
    return question(sentences[j])


def dash_asking(sentences, k: int, paragraphs, after_answer: bool) -> bool:
    """Is the dash-led paragraph at ``k``, after an answer (``after_answer``) or a line that asks nothing, the
    interviewer's: a statement ending with a question ("— You promised a new lift last year. What happened?", "—
    Вы казалі пра экспарт. Куды?")? Right after a question a dash-led paragraph is the answer, even one that ends
    asking ("— Hard. Who expected frost in May?"; an answer goes on to its paragraph's end, question or not)."""
    return k > 0 and (after_answer or not question(sentences[k - 1])) and bool(DASH.match(sentences[k])) \
        and asking_paragraph(sentences, k, paragraphs)


def question(sentence: str) -> bool:
    return sentence.rstrip().rstrip("»”\"").endswith("?")


def dashed_turns(sentences, paragraphs) -> bool:
    """Does the interviewer ask in dash-led paragraphs of his own ("— Что уже сделано?", at least two)? Then the
    paragraphs take turns: a line inside an answer's paragraph is the answer's, and a dash-led statement right
    after an answer ("— Жители просят публиковать данные онлайн.") is the next question, answered by the dash
    paragraph after it."""
    if not paragraphs:
        return False
    asked = sum(1 for i in paragraphs if i < len(sentences) and DASH.match(sentences[i]) and question(sentences[i]))
    return asked >= 2


def after_dashed_statement(sentences, k: int, paragraphs, taken: set[int]) -> bool:
    """Does the dash-led line at ``k`` open the paragraph after a dash-led statement that itself followed an
    answer (``dashed_turns``)? Then it answers that statement."""
    if k not in paragraphs or not DASH.match(sentences[k]) or question(sentences[k]):
        return False
    opening = max((i for i in paragraphs if i < k), default=None)
    return opening is not None and opening - 1 in taken and opening - 1 >= 0 and bool(DASH.match(sentences[opening])) \
        and not any(question(sentences[i]) for i in range(opening, k)) and not any(i in taken for i in range(opening, k))
