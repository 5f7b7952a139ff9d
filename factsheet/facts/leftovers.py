"""Single capitalised words no pass claimed, resolved at the end against what the whole document named:
surname-only mentions of known persons, inflected organisation names, places named once after a preposition,
frequent single names (organisations), and new surnames when a title or the analyser vouches for them.

Functions over ``doc``, the ``Extraction`` (document.py): ``doc.R`` is the pack's resources, ``doc.add`` records a
mention; ``used`` marks the tokens earlier passes claimed.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from .. import morphology as mo
from . import bracket_cues, org_lists, org_names, org_parts, org_shapes, roles, subject
from .roles import fuller_role


@dataclass
class Known:
    """What the whole document named, read (and grown) while the leftovers resolve."""

    persons: dict  # key -> person entity
    parts: set  # every name word of those persons (keys)
    orgs: list  # (organisation, name key), org_names.org_keys
    counts: Counter  # how often each capitalised word is left over inside a sentence


def resolve_leftovers(doc):
    """Single capitalised words: surname-only mentions, inflected organisation names, new surnames."""
    persons = {e.key: e for (k, _), e in doc.ents.items() if k == "person"}
    known = Known(persons, {p for e in persons.values() for p in e.parts},
                  org_names.org_keys(doc, [e for (k, _), e in doc.ents.items() if k == "organization"]),
                  Counter(x[1].text for x in doc.leftovers if not x[1].initial))
    for si, start, end, inner in doc.quoted_left:
        org = org_names.known_org(doc, inner, known.orgs)
        if org:
            doc.add("organization", org.name, si, start, end)
        elif _quoted_source(doc, si, start, inner):
            doc.add("organization", _source_base(doc, inner), si, start, end)
        elif org_parts.quoted_owner(doc, si, start, inner):  # "болельщика «Спартака»"
            doc.add("organization", org_parts.quoted_base(doc, inner), si, start, end)
        elif org_parts.quoted_abbreviation(doc, inner):  # "опубликованной в «КП»"
            doc.add("organization", inner, si, start, end)
    # "Essex beat Kent": teams and firms by their frame; "Атлант, Гефест і Samsung": listed beside a firm
    framed = org_shapes.framed_names(doc) | org_lists.listed_orgs(doc)
    for item in doc.leftovers:
        word = doc.R.strip_possessive(item[1].text)
        if _agency_cited(doc, item, word):
            continue
        if len(word) < 2 or word.lower() in doc.R.not_names or doc.R.role_len([word]):  # "В" of "С.В.": an initial
            continue
        if _named_before(doc, known, item, word) or doc.R.key(word) in known.parts:
            continue  # a word of a person's name is no organisation ("Wang" of "Wang Donghai")
        if not _frequent_org(doc, known, item, word) \
                and not org_shapes.camel_org(doc, item, word) and not org_shapes.framed_org(doc, item, word, framed):
            _new_person(doc, known, item, word)


def _quoted_source(doc, si: int, start: int, inner: str) -> bool:
    """"передаёт «Интерфакс»", "сообщает «Коммерсантъ»": a short quoted name right after a reporting cue, or a
    listed agency in quotes, is the publication the story cites: an organisation."""
    words = inner.split()
    if not words or len(words) > 3 or not all(w[:1].isalnum() or w[:1] in "-." for w in words) \
            or any(c in inner for c in ",:;!?"):
        return False
    if doc.R.key(inner) in {doc.R.key(a) for a in doc.R.subject.agencies}:
        return True
    before = doc.sentences[si][max(0, start - 30):start - 1]
    if any(c in before[-14:].lower() for c in doc.R.subject.source_cues):
        return True
    last = before.split()[-1:]  # "газете «Известия»", "в интервью «Голосу Америки»": a media noun before it
    return bool(last) and doc.R.is_noun(last[0], doc.R.media_heads)


def _source_base(doc, inner: str) -> str:
    """The cited name in its base form where the analyser reads its first noun ("Голоса Америки" -> "Голос
    Америки"); as written otherwise."""
    words, M = inner.split(), doc.R.morph
    if not M.analyzer:
        return inner
    head = next((k for k, w in enumerate(words) if any(p.pos == mo.NOUN for p in M.parse(w)[:1])), None)
    return inner if head is None else org_names.org_base(doc, words, head)


def _agency_cited(doc, item, word: str) -> bool:
    """A news agency the pack lists, next to a reporting cue ("told Reuters", "Xinhua said"), is an organisation of
    the story (ranked as its source); a bare credit ("Photo: Reuters") names nothing. True when recorded."""
    si, t = item[0], item[1]
    if word.lower() not in doc.R.subject.agencies \
            or not subject.near_source_cue(doc.sentences[si], t.start, t.end, doc.R.subject, 12):
        return False
    doc.add("organization", word, si, t.start, t.end)
    return True


def _named_before(doc, known: Known, item, word: str) -> bool:
    """A known person by surname, a known organisation inflected, a place named again; True when recorded (or a
    nationality, which names nothing)."""
    si, t, _, toks, ti = item
    R, M = doc.R, doc.R.morph
    # the word as written first, then its surname base forms (m, f): the first that names a known person wins;
    # the base forms (the analyser inflecting a new word) only when needed
    hit = known.persons.get(R.key(word))
    if hit is None and known.persons:
        forms = (R.key(M.surname(word, g, False)) for g in ("m", "f"))
        hit = next((known.persons[f] for f in forms if f in known.persons), None)
    if hit:
        doc.add("person", hit.name, si, t.start, t.end, hit.key)
        hit.confirmed = True
        if hit.role is None or " " not in hit.role:
            hit.role = fuller_role(hit.role, roles.role_of(doc, doc.sentences[si], toks, None, [ti], None, set()))
        return True
    org = org_names.known_org(doc, word, known.orgs)
    if org:
        doc.add("organization", org.name, si, t.start, t.end)
        return True
    if word.lower() in R.demonyms:
        return True
    if ("place", R.key(word)) in doc.ents and not t.initial:  # "Croydon" again, found once after "in"
        doc.add("place", doc.ents[("place", R.key(word))].name, si, t.start, t.end)
        return True
    return False


def _frequent_org(doc, known: Known, item, word: str) -> bool:
    """A single unknown name the document repeats (pack: ``frequent_single_names_are_orgs``) names an
    organisation, not inside a longer capitalised run ("World Series")."""
    si, t, _, toks, ti = item
    R = doc.R
    inside_run = any(0 <= x < len(toks) and toks[x].word and toks[x].cap and not toks[x].initial
                     for x in (ti - 1, ti + 1))
    if not (R.frequent_orgs and not t.initial and not inside_run and not R.gaz.lookup([word])
            and word.lower() not in R.month_words and word.lower() not in R.stopwords
            and not R.people_of(word)  # "Arabs": a people
            and known.counts[t.text] + (t.text == doc.headline_opener) >= R.frequent_orgs):
        return False
    ent = doc.add("organization", word, si, t.start, t.end)
    if all(o is not ent for o, _ in known.orgs):  # a new organisation: keyed once, after the others
        known.orgs += org_names.org_keys(doc, [ent])
    return True


def _new_person(doc, known: Known, item, word: str) -> None:
    """A new person from one word: a given name alone, or a surname the analyser, a title or initials vouch for."""
    si, t, role_before, toks, ti = item
    R, M = doc.R, doc.R.morph
    strong = mo.SURNAME in M.top_tags(word) if M.analyzer else M.surname_like(word)
    # "(Becerril 46th)": a substitute's minute or a role in brackets after a single name in a team sheet
    vouched = R.confirm_persons and (bracket_cues.bracket_after(doc, toks, ti)
                                     or bracket_cues.single_vouched(doc, toks, ti))
    strong = strong or vouched
    if (t.initial and not (M.analyzer and strong and not R.plain_word(word))) or R.gaz.lookup([word]) \
            or R.key(word) in known.parts or R.attributive(toks, ti):  # "у Балканскім рэгіёне"
        return
    namelike = M.surname_like(word) or bool(M.tags(word, 0.1) & {mo.GIVEN, mo.SURNAME}) or not R.case_endings
    if M.analyzer and M.tags(word, 0.1) & {mo.PLACE, mo.ORGANISATION}:
        return
    if M.analyzer and not strong and mo.GIVEN in M.top_tags(word) and M.parse(word)[0].known:
        got = M.nominative(word, mo.GIVEN)  # a given name alone ("Даниил")
        if got:
            ent = _add_person(doc, known, si, t, got[0])
            ent.role = fuller_role(ent.role, roles.role_of(doc, doc.sentences[si], toks, None, [ti], None, set()))
        return
    if strong or (role_before and (namelike or role_before == "initial") and not R.plain_word(word)):
        guessed = role_before == "initial" and not strong and M.analyzer and not M.parse(word)[0].known
        base = word if guessed else M.surname(word, None, None if not M.analyzer else False)
        ent = _add_person(doc, known, si, t, base)
        ent.confirmed = ent.confirmed or vouched
        first = ti  # the role ends before the initials ("врач … больницы С.В. Качановский")
        while role_before == "initial" and first >= 2 and toks[first - 1].text == "." \
                and len(toks[first - 2].text) == 1:
            first -= 2
        ent.role = roles.role_of(doc, doc.sentences[si], toks, None, [first], None, set())


def _add_person(doc, known: Known, si: int, t, name: str):
    ent = doc.add("person", name, si, t.start, t.end)
    ent.parts.add(doc.R.key(name))
    known.parts.add(doc.R.key(name))
    known.persons[ent.key] = ent
    return ent
