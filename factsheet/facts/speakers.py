"""Who said it: the speaker of a quote or a reported clause, from the entity mentions outside quotes.

Shared by quotes.py (marked quotes) and reported.py (speech without marks): a named person in the attribution
window (else an organisation), a pronoun or a role word standing for the person last named, a common noun
("ведомство") for the organisation last named. A pronoun or title is nobody's when the text gives it, after the
person last named, to a name the entity layer missed.
"""
from __future__ import annotations

import bisect
import re

from .. import tokens
from . import speaker_case
from .mention_view import MentionView, mentions_back, mentions_between
from .org_described import beside as _beside
from .titles import by_nationality, title_before

HEAD_GAP_WORDS = 6  # before a quote, a name at most this many words before the speech verb is the speaker


def last_organisation(view: MentionView | None, pos: int, words=(), stop=frozenset()) -> str | None:
    """The organisation named last before offset ``pos`` ("ведомство" after "Министерство финансов …"); with the
    referring ``words``, the one last named whose name shares a word with them ("прэс-служба суда" after "Магілёўскі
    абласны суд … ТАА «Дняпроўскі дом»", "the park's administration", "the ministry said" after a firm)."""
    return named_organisation(view, pos, words, stop) or _last_of_kind(view, pos, "organization")


def referred_organisation(view, pos: int, words, r) -> str | None:
    """The organisation a common noun refers back to: the last one named, but for a noun of the pack's
    ``org_named_nouns`` ("the ministry said", "the cabinet") only one whose name holds that noun: a firm named
    nearer is not "the ministry" (none when no such body was named)."""
    if nouns := [w for w in words if w.lower() in r.org_named]:
        return named_organisation(view, pos, nouns, r.stop)
    return last_organisation(view, pos, words, r.stop)


def named_organisation(view, pos: int, words, stop=frozenset()) -> str | None:
    """The organisation last named before ``pos`` whose name shares a word with ``words`` (none when none does)."""
    return _named_org(view, pos, [w.lower() for w in words if len(w) >= 3 and w.lower() not in stop])


def _named_org(view, pos: int, words: list[str]) -> str | None:
    """The organisation last named before ``pos`` (among the last few) with a word of ``words`` in its name."""
    if view is None or not words:
        return None
    fits, described = [], []
    for k, m in mentions_back(view, pos, "organization", NAMED_BACK):
        at = view.offsets[k]
        written = tokens.words(getattr(view, "text", "")[at:at + m.end - m.start])  # "Агентство ООН …" as written
        if any(_one_word(w, n.lower()) for w in words for n in tokens.words(m.name) + written):
            fits.append(m.name)
        elif any(_one_word(w, n) for w in words for n in _beside(view, k)):
            described.append(m.name)  # "the UN refugee agency UNHCR": what the text called it, when no name fits
    fits = fits or described
    # "the ministry said" after two ministries: the one that has spoken already
    return next((name for name in fits if name in view.spoke), fits[0] if fits else None)


def _one_word(a: str, b: str) -> bool:
    """Two forms of one word: by stem, or a short word and its ending ("суд"/"суда", "park"/"park's"), or the
    last part of a compound name ("bank" of "Belagroprombank")."""
    short, long_ = sorted((a, b), key=len)
    return same_stem(a, b) or len(short) >= 3 and long_.startswith(short) and len(long_) - len(short) <= 2 \
        or len(short) >= 4 and long_.endswith(short)


def refers_back(words: list[str], r) -> bool:
    """Do the words name an organisation by a common noun ("ведомство", "the court's press service", "в
    министерстве")? Only stop words and lower-case words stand before the noun ("Национальный банк" is a name),
    and only such nouns after it ("пресс-служба суда"; "пресс-служба областного суда" describes another body)."""
    k = next((n for n, w in enumerate(words) if w.lower() in r.org_nouns), None)
    return k is not None and all(w[:1].islower() or w.lower() in r.stop for w in words[:k]) \
        and all(w.lower() in r.org_nouns or w.lower() in r.stop for w in words[k + 1:])


def last_person(view: MentionView | None, pos: int) -> str | None:
    """The person named last before offset ``pos``: of that sentence's people, its subject (speaker_case.py)."""
    return speaker_case.last_subject(view, pos) if view is not None else None


def _last_of_kind(view: MentionView | None, pos: int, kind: str) -> str | None:
    """The mention of ``kind`` last before offset ``pos`` (a bisection and a short walk back, not a scan of all)."""
    if view is None:
        return None
    k = bisect.bisect_left(view.offsets, pos) - 1
    while k >= 0 and view.mentions[k].kind != kind:
        k -= 1
    return view.mentions[k].name if k >= 0 else None


def speaker(span, a: int, b: int, window: str, r, ents, starts, text) -> str | None:
    """A named person (else organisation) in the attribution window; a pronoun -> the last person named."""
    found = [m for pos, m in mentions_between(ents, a, b)
             if not (r.told and r.told.search(text[a:pos]))]  # the listener of "told" is not the speaker
    pick = 0 if a >= span.end else -1  # after the quote the first name, before it the one nearest the verb
    if a < span.start:  # X said: "…" — the speaker stands by the verb, not in a caption or aside before it
        verb = list(r.verb.finditer(window))
        verb_at = a + verb[-1].start() if verb else b
        found = [m for m in found if _near(text[starts[m.sentence] + m.end:verb_at])]
    people = [m for m in found if m.kind == "person"]
    if people:
        return people[pick].name
    words = [w.lower() for w in tokens.words(window)]
    if set(words) & r.pronouns and set(words) & r.pronouns <= r.plural:
        return None  # "Они предупреждают, что …" after the doctors: a group, not the person named last
    titles = set(words) & r.role_words
    nouns = titles | set(words) & r.pronouns | {w for w in words if r.agent(w)}  # "вьетнамский чиновник", "аўтарка"
    if (titles or any(w in nouns for w in words[1:])) \
            and (native := by_nationality(ents, span.start, words, nouns, r, text, starts, TITLE_REACH)):
        return native  # "турецкий министр отметил" after a Turkish and a Belarusian minister: the Turkish one
    if any(w in r.pronouns for w in words) or set(words) & r.quoting and set(words) & set(r.genders):
        gender = next((r.genders[w] for w in words if w in r.genders), None)
        named = _last_of_gender(ents, span.start, gender, r)
        if named and _unnamed_of_gender(ents, named[1], span.start, gender, r, text):
            return None  # "Яна расказала …" after a woman named whom the entity layer missed: not the one before
        return named[0] if named else last_person(ents, span.start)
    if r.unnamed and _unnamed(ents, window, r):
        return None  # "Представитель банка ответил, что …": somebody new and unnamed, not the person last named
    if not found and (agent := _agent_named(ents, span.start, window, r, text, starts)):
        return agent  # "Аўтарка прызналася, што …": a bare agent noun for the person named with it, or last
    if titles and _unnamed_titled(ents, span.start, titles, text):
        return None  # "— сказаў міністр" after a second minister the entity layer did not name: not the first one
    if titled_last := _last_titled(ents, span.start, titles, text, starts):
        return titled_last
    if not found and a >= span.end and (same := _named_with(ents, span.start, window, r, text, starts)):
        return same  # "— …, — кажа майстар" after "Майстар Пётр Казлоўскі …": the person last named so
    by_role = {p.name for p in getattr(ents, "who", None) or [] if p.type == "person" and p.role
               and set(words) & r.role_words & {w.lower() for w in tokens.words(p.role)}}
    if len(by_role) == 1:  # "…", — сказал министр: the one person given that role
        return by_role.pop()
    if not people and (holder := last_with_role(ents, span.start, words, r)):
        return holder  # "Па словах губернатара, …" after a resident was named: the governor, not the resident
    # "…", — сказаў кіраўнік вобласці / "Губернатар адзначыў, што …": the person last named (after the words, or a
    # title opening the attribution; "A council spokesman said: …" introduces somebody new)
    titled = a >= span.end and set(words) & r.role_words or bool(words) and words[0] in r.role_words
    if titled and not people and (not found or a >= span.end and all(m.kind == "organization" for m in found)):
        return last_person(ents, span.start)  # "…», — сказал глава Нацбанка": the head speaks, not the bank
    if not found and a >= span.end and refers_back(said := tokens.words(r.verb.sub(" ", window)), r):
        return referred_organisation(ents, span.start, said, r)  # "«…», — говорится в сообщении ведомства"
    if not found and a >= span.end and (surname := by_surname(ents, window, r)):
        return surname  # "…», — адзначыў Сак": a surname the entity layer did not mark, of one person it lists
    if not found and a >= span.end and (given := by_given_name(ents, window, r)):
        return given  # "«…», — прызнаўся Андрэй" after "Андрэй Ковалеў": the one person of that given name
    if found:  # an organisation speaks ("…," the ministry said)
        return found[pick].name
    if ents is not None and not getattr(ents, "empty", False):
        return None
    # no entity layer output: a run of capitalised words after the verb is the name (nominative there)
    run: list[str] = []
    for w in tokens.words(window) + [""]:
        if w[:1].isupper() and w.lower() not in r.pronouns:
            run.append(w)
            continue
        if len(run) >= 2:
            return " ".join(run)
        run = []
    return None


TITLE_REACH = 60  # characters before a name searched for its title ("міністр фінансаў Уладзімір Сіліч")


def _last_titled(view, pos: int, titles: set[str], text: str, starts) -> str | None:
    """"…», — падкрэсліў міністр" after two ministers: the person last named, when the text gives that person the
    title just before the name (whatever role the entity layer kept for whom)."""
    if not titles or view is None:
        return None
    k = bisect.bisect_left(view.offsets, pos) - 1
    while k >= 0 and view.mentions[k].kind != "person":
        k -= 1
    if k < 0:
        return None
    m = view.mentions[k]
    before = title_before(view, k, text, starts, TITLE_REACH).lower()
    return m.name if titles & set(tokens.words(before)) else None


NAME_AFTER_TITLE = 6  # words after a title searched for the name it introduces


def _unnamed_titled(view, pos: int, titles: set[str], text: str) -> bool:
    """Is the title of the attribution given, after the person last named, to a name the entity layer did not mark
    ("Міністр Павел Жук …. Міністр земляробства Егіпта Ала Фарук … «…», — сказаў міністр")? Then the text points
    to that newer person, whom no rule can name here; a bare title ("Міністр адзначыў") refers back as before."""
    if view is None:
        return False
    k = bisect.bisect_left(view.offsets, pos) - 1
    while k >= 0 and view.mentions[k].kind != "person":
        k -= 1
    since = text.find("\n", view.offsets[k]) if k >= 0 else 0  # from the sentence after the last person named
    if since < 0 or since >= pos:
        return False
    words = list(tokens.WORD_RE.finditer(text, since, pos))
    for n, w in enumerate(words):
        if any(same_stem(w.group().lower(), title) for title in titles):
            run = 0
            for x in words[n + 1:n + 1 + NAME_AFTER_TITLE]:
                run = run + 1 if x.group()[:1].isupper() and not _covered(view, x.start()) else 0
                if run >= 2:
                    return True
    return False


def _covered(view, at: int) -> bool:
    """Does an entity mention (of any kind) cover offset ``at``? The few mentions opening just before it are read."""
    j = bisect.bisect_right(view.offsets, at) - 1
    return any(view.offsets[i] + view.mentions[i].end - view.mentions[i].start > at for i in range(max(0, j - 2), j + 1))


NAMED_BACK = 30  # person mentions looked back through for one named with the attribution's noun


def _named_with(view, pos: int, window: str, r, text: str, starts) -> str | None:
    """The person last named before ``pos`` with a common noun of the attribution beside the name ("майстар"
    for "Майстар Пётр Казлоўскі", "the baker" for "Olga Mikhnevich, a baker"): a role word no list holds, matched by
    its stem (a shared start all but two letters long) so that an inflected form ("майстра") still counts."""
    rest = _subject_words(window, r)
    if not rest or len(rest) > 3 or view is None or any(w[:1].isupper() or w.lower() in r.stop for w in rest):
        return None  # only a bare noun phrase as the subject: "кажа майстар", not "сообщили в министерстве"
    nouns = [w.lower() for w in rest if len(w) >= 4 and w.lower() not in r.pronouns]
    nouns = [w for w in nouns if w in r.role_words] or nouns  # "новы старшыня": the title, not its adjective
    roles = {p.name: p.role for p in view.who if p.type == "person" and p.role}
    for k, m in mentions_back(view, pos, "person", NAMED_BACK):  # the context read stops before the quote (``pos``)
        after = view.offsets[k] + m.end - m.start
        stop = text.find("\n", after)
        stop = len(text) if stop < 0 else stop
        near = title_before(view, k, text, starts, TITLE_REACH) + " " \
            + text[after:min(stop, pos, after + TITLE_REACH)] + " " + roles.get(m.name, "")  # (the role it was given)
        words = [w.lower() for w in tokens.words(near)]
        if any(same_stem(n, w) for n in nouns for w in words):
            return m.name
    return None


def _unnamed(view, window: str, r) -> bool:
    """Does the attribution's subject open with a noun for somebody the text does not name (pack:
    ``unnamed_speakers``: "Представитель банка ответил", "— сообщил источник в мэрии"), a title no person named
    before holds?"""
    subject = [w.lower() for w in _subject_words(window, r)][:1]
    return bool(subject) and subject[0] in r.unnamed and not any(
        p.type == "person" and p.role and subject[0] in p.role.lower() for p in getattr(view, "who", None) or [])


def _subject_words(window: str, r) -> list[str]:
    """The words of an attribution without its speech verb; where the verb opens it and more than one word
    follows ("— призналась пианистка после церемонии"), only the word right after the verb, the subject (not
    after a phrase such as "according to", which names a source, not a verb with its subject)."""
    rest = tokens.words(r.verb.sub(" ", window))
    verb = r.verb.search(window)
    if len(rest) > 1 and verb and not tokens.words(window[:verb.start()]) and len(tokens.words(verb.group())) == 1:
        after = tokens.words(window[verb.end():])
        titled = len(after) > 1 and after[1].lower() in r.role_words and after[0].lower() not in r.role_words
        return after[:2] if titled else after[:1]  # "— сказаў новы старшыня": the title after its adjective
    return rest


def _agent_named(view, pos: int, window: str, r, text: str, starts) -> str | None:
    """A bare agent noun as the whole subject (a word with one of the pack's ``agent_suffixes``: "аўтарка",
    "журналистка"), or right after the verb that opens the attribution ("— призналась пианистка после …"), stands
    for the person last named with that noun beside the name, else the person last named."""
    rest = [w.lower() for w in _subject_words(window, r)]
    if len(rest) != 1 or not r.agent(rest[0]) \
            or rest[0] in r.pronouns or rest[0] in r.role_words:  # titles: by the rules below
        return None
    return _named_with(view, pos, rest[0], r, text, starts) or last_person(view, pos)


def _last_of_gender(view, pos: int, gender: str | None, r) -> tuple[str, int] | None:
    """"…," she said: the person last named before ``pos`` whose given name is not of the other gender (a
    name the lists do not know may be either), with the offset where that mention ends."""
    if gender is None or view is None:
        return None
    for k, m in mentions_back(view, pos, "person", NAMED_BACK):
        if _fits(m, gender, r):  # of that sentence's people of the gender, its subject (speaker_case.py)
            k = speaker_case.subject_at(view, k, lambda x: _fits(x, gender, r))
            return view.mentions[k].name, view.offsets[k] + view.mentions[k].end - view.mentions[k].start
    return None


def _fits(m, gender: str, r) -> bool:
    """Is the person's given name not of the other gender (a name the lists do not know may be either)?"""
    given = r.first_name(m.name.split()[0]) if m.name.split() else None
    return given is None or given[1] == gender


def _unnamed_of_gender(view, a: int, b: int, gender: str, r, text: str) -> bool:
    """Does text[a:b] name, outside every mention, somebody of that gender: a given name of the gender followed by
    another capitalised word ("Алеся Цвірко-Навумчык", unknown to the entity layer)?"""
    words = list(tokens.WORD_RE.finditer(text, a, b))
    for w, nxt in zip(words, words[1:]):
        if w.group()[:1].isupper() and nxt.group()[:1].isupper() and not _covered(view, w.start()) \
                and not _covered(view, nxt.start()) and (given := r.first_name(w.group())) and given[1] == gender:
            return True
    return False


def by_surname(view, window: str, r) -> str | None:
    """The one listed person whose last name starts as a capitalised word of the attribution does, or the other
    way round ("Сак" for "Мікалай Сака", "Petrova's" for "Anna Petrova")."""
    caps = [w for w in tokens.words(r.verb.sub(" ", window)) if w[:1].isupper() and len(w) >= 3
            and w.lower() not in r.pronouns]
    if not caps or view is None:
        return None
    people = {p.name for p in view.who if p.type == "person" and len(p.name.split()) > 1
              and any(p.name.split()[-1].startswith(w) or w.startswith(p.name.split()[-1]) for w in caps)}
    return people.pop() if len(people) == 1 else None


def last_with_role(view, pos: int, words: list[str], r) -> str | None:
    """The person last named before ``pos`` whom the text gave a role word of the attribution, in any case form
    ("Па словах губернатара" for "губернатар Уладзімір Карпенка" named before a resident), else None."""
    roles = r.titles_in(words)
    if not roles or view is None:
        return None
    holders = {p.name for p in view.who if p.type == "person" and p.role
               and roles & {w.lower() for w in tokens.words(p.role)}}
    return next((m.name for _, m in mentions_back(view, pos, "person", NAMED_BACK) if m.name in holders), None)


def by_given_name(view, window: str, r) -> str | None:
    """The one listed person whose given name is a capitalised word of the attribution, in any case form ("—
    прызнаўся Андрэй", "рассказала Ольге" for "Андрэй Ковалеў", "Ольга Климович"): a first name alone, once the full
    name was given, is that person's."""
    caps = [w.lower() for w in tokens.words(r.verb.sub(" ", window)) if w[:1].isupper() and len(w) >= 3
            and w.lower() not in r.pronouns]
    if not caps or view is None:
        return None
    forms = {(known[0].lower() if (known := r.first_name(w)) else w) for w in caps} | set(caps)
    people = {p.name for p in view.who if p.type == "person" and len(p.name.split()) > 1
              and any(same_stem(p.name.split()[0].lower(), b) for b in forms)}
    return people.pop() if len(people) == 1 else None


def same_stem(a: str, b: str) -> bool:
    """Two forms of one word, by a shared start all but two letters of the shorter long (майстар, майстра)."""
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n >= max(4, min(len(a), len(b)) - 2)


def _near(between: str) -> bool:
    """A name this close before a speech verb is its subject ("Pavel Drozd, the minister, said")."""
    if between.strip() in (")", ":"):  # "The Rail Accident Investigation Branch (RAIB) said", "X: «…»"
        return True
    between = re.sub(r"\([^()]{0,40}\)", " ", between)  # "Pavel Drozd (Belarus) said"
    return len(tokens.words(between)) <= HEAD_GAP_WORDS and not re.search(r"[()\[\]:;.!?]", between)
