"""Whom a title in an attribution points to, read from the words before each person's name.

speakers.py asks these when the attribution has a role word: "…», — сказал губернатор" after "Губернатор … Петр
Пархомчик и мэр Бреста …" (the title words before a name stop at the person named before it), and "the Turkish
minister added" / "кітайскі пасол падкрэсліў" after two ministers or ambassadors (the adjective and the country
in one person's role share their first letters).
"""
from __future__ import annotations

from .. import tokens
from .mention_view import mentions_back

PEOPLE_BACK = 30  # person mentions looked back through for the one a nationality adjective fits
STEM_LETTERS = 3  # a nationality adjective and its country share their first letters: турецкий/Турции, Turkish/Turkey


def by_nationality(view, pos: int, words: list[str], titles: set[str], r, text: str, starts,
                   reach: int) -> str | None:
    """The one person given the attribution's title whose role or title words name a country the attribution's
    adjective is formed from ("the Turkish minister added" after "Turkey's Trade Minister Omer Bolat and …";
    "кітайскі пасол падкрэсліў" after "пасол Кітая Чжан Вэй"), by a shared start of the words; when nobody has
    that title, the one person of that country ("Малайзійскі дыпламат" for the Malaysian ambassador); none when
    the adjective fits nobody or more than one person."""
    adjectives = [w for w in words if len(w) >= 4 and w not in r.role_words and w not in r.stop
                  and w not in r.pronouns and not r.verb.fullmatch(w)]
    if not adjectives or view is None:
        return None
    # an adjective right before the title word, in another form than the country's name ("Polish diplomat", not
    # "London spokesman"), may stand for the one person of that country when nobody has that title
    derived = [a for a, b in zip(words, words[1:]) if a in adjectives and b in titles]
    fits, native = set(), set()
    for k, m in mentions_back(view, pos, "person", PEOPLE_BACK):
        role = next((p.role for p in view.who if p.name == m.name and p.role), "") or ""
        near = tokens.words(role + " " + title_before(view, k, text, starts, reach))
        low = {w.lower() for w in near}
        if titles & low and any(w[:1].isupper() and _country_of(w.lower(), a) for w in near for a in adjectives):
            fits.add(m.name)
        elif any(w[:1].isupper() and w.lower() != a and _country_of(w.lower(), a) for w in near for a in derived):
            native.add(m.name)
    if not fits and len(native) == 1:  # "Малайзійскі дыпламат расказаў" after "пасол Малайзіі X": a wider
        return native.pop()  # word for his post, the one person of that country
    return fits.pop() if len(fits) == 1 else None


def _country_of(word: str, adjective: str) -> bool:
    """May the capitalised ``word`` be the country ``adjective`` is formed from: a shared start (``_stem_start``),
    the adjective's suffix beyond it ("Japan's"/"japanese", "Кітая"/"кітайскі")? A form of the adjective itself,
    capitalised as a sentence's first word ("Новым намеснікам …" for "новы старшыня"), shares all but its ending."""
    shared = next((n for n, (x, y) in enumerate(zip(word, adjective)) if x != y), min(len(word), len(adjective)))
    return _stem_start(word, adjective) and shared < len(adjective) - 1


def _stem_start(a: str, b: str) -> bool:
    """Do two words open with the same letters, at least ``STEM_LETTERS``, all but the
    shorter one's last three at most (турецкий/Турции: the endings differ)?"""
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n >= STEM_LETTERS and n >= min(len(a), len(b)) - 3


def title_before(view, k: int, text: str, starts, reach: int) -> str:
    """The words before mention ``k`` that may hold its title: at most ``reach`` characters, in its sentence,
    after the person named before it ("Губернатор … Александр Турчин и мэр Минска Владимир Кухарев": Кухарев's title
    is "мэр Минска", not "губернатор"; a place or body inside a title, "міністр гандлю Егіпта", is no bound)."""
    m, at = view.mentions[k], view.offsets[k]
    since = max(starts[m.sentence], at - reach)
    j = k - 1
    while j >= 0 and view.offsets[j] >= since and view.mentions[j].kind != "person":
        j -= 1
    if j >= 0 and view.mentions[j].kind == "person":
        since = max(since, view.offsets[j] + view.mentions[j].end - view.mentions[j].start)
    return text[since:at]
