"""Which of the people a sentence names a later pronoun stands for: its subject. "Ректор X назвал уход Станкевича
«потерей». По его словам, …" — "его" is the rector's, though Станкевич is named last. Where names inflect, the
subject is the one written in its base form ("X", "Ирина Мельникова") and an object is in a case form
("Станкевича", "с Петровым"); where they do not (English), every name reads as a subject and the last one is taken,
as before. Read by speakers.last_person.
"""
from __future__ import annotations

import bisect


def last_subject(view, pos: int) -> str | None:
    """The person named last before offset ``pos``, or, when that one stands in a case form, the person before him
    in the same sentence written in his base form."""
    k = bisect.bisect_left(view.offsets, pos) - 1
    while k >= 0 and view.mentions[k].kind != "person":
        k -= 1
    return view.mentions[subject_at(view, k)].name if k >= 0 else None


def subject_at(view, k: int, fits=lambda m: True) -> int:
    """Mention ``k`` (a person), or, when it stands in a case form, the person before it in the same sentence
    written in his base form for whom ``fits`` holds (a pronoun's gender)."""
    j = k
    while j >= 0 and view.mentions[j].sentence == view.mentions[k].sentence:
        m = view.mentions[j]
        if m.kind == "person" and (j == k or fits(m)) and _as_base(view, j):
            return j
        j -= 1
    return k


def _as_base(view, k: int) -> bool:
    """Is mention ``k`` written as its name ends ("Мельникова" of "Ирина Мельникова"), no case form of it?"""
    m = view.mentions[k]
    surface = view.text[view.offsets[k]:view.offsets[k] + m.end - m.start].casefold().replace("ё", "е")
    return bool(surface) and m.name.casefold().replace("ё", "е").endswith(surface)
