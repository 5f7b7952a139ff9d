"""Ranking of who and where: the story's main actor first, then by weight; places by where the story happens.

Split out of entities.py, which finds the mentions; this module turns them into the ordered lists. The main
actor is, in order: an unnamed person subject opening the headline or lead ("Several people died", module
subject.py), a name opening the headline, the first person or organisation of the lead; the rest rank by
mentions, quotes, roles and first appearance. A place is never a who, and a publication named as the source of
the report ("the Global Times reported") ranks after every actor. Abbreviations and given-name-only mentions
merge into their full names first.
"""
from __future__ import annotations

from collections.abc import Callable

from .. import morphology as mo
from ..model import Person, Place
from . import org_aliases, org_country, org_kind_quoted, org_names, subject
from .records import Entities, Mention
from .tokens import texts


def rank(doc, off: int = 0) -> Entities:
    """The ranked lists; the first ``off`` sentences (a headline) count for ranking but are no evidence."""
    alias = _merge_aliases(doc)
    mentions = _mentions(doc, alias)
    ents = _kept(doc, alias, mentions)
    n = max(len(doc.sentences), 1)

    def body(e) -> list[int]:
        return sorted(x - off for x in e.sentences if x >= off)

    other = org_aliases.alias_names(doc, alias, ents)  # "KDP", "Magna": other names of an organisation
    plain = doc.R.morph.plain_initial  # a role in its base form opens with у, not ў ("уладальнік крамы")
    who = [Person(e.name, e.kind, e.role and plain(e.role), body(e), other.get(id(e), []))
           for e in rank_who(doc, ents, mentions, off) if body(e)]
    unnamed = lead_subject(doc, mentions, off)
    if unnamed:
        who.insert(0, unnamed)
    where = _where(rank_where(doc.R, ents, off, n), body)
    mentions = [Mention(m.sentence - off, m.start, m.end, m.name, m.kind) for m in mentions if m.sentence >= off]
    return Entities(who=who, where=where, mentions=mentions, subject=unnamed)


def _where(ranked: list, body: Callable) -> list[Place]:
    """The body's places, then those only the headline names ("Студэнты ў Ашмянах…" over a body that says "the
    town"): the headline is metadata, so such a place has no evidence sentence, but it is where the story is."""
    return [Place(e.name, body(e)) for e in ranked if body(e)] + [Place(e.name, []) for e in ranked if not body(e)]


def _org_buckets(orgs: list, R) -> Callable[[object], list]:
    """The organisations a name can be a short form of, in their order: only those sharing a key either test needs
    (org_names.short_form: the first two letters of the first word that is no stop word; org_names.spelled_tail:
    one of the first three words), so that a long report's hundreds of names are not compared pair by pair."""
    by_start: dict[str, list[int]] = {}
    by_word: dict[str, list[int]] = {}
    for n, o in enumerate(orgs):
        content = [w for w in R.morph.fold(o.name.lower()).split() if w not in R.stopwords]
        if content:
            by_start.setdefault(content[0][:2], []).append(n)
        for w in set(o.name.lower().split()[:3]):
            by_word.setdefault(w, []).append(n)

    def near(e) -> list:
        low = e.name.lower()
        first = low.split()[:1]
        idx = set(by_start.get(R.morph.fold(low)[:2], ())) | set(by_word.get(first[0], ()) if first else ())
        return [orgs[n] for n in sorted(idx)]
    return near


def _merge_aliases(doc) -> dict[int, object]:
    """id(entity) -> the entity it is another name of: an abbreviation the organisation whose initials it is
    (ПВТ -> Парк высокіх тэхналогій), a given name alone the one longer name that starts with it. The full
    entity takes over the alias's count and sentences."""
    key = doc.R.key
    orgs = [e for (k, _), e in doc.ents.items() if k == "organization"]
    alias: dict[int, object] = {}
    near = _org_buckets(orgs, doc.R)
    for e in orgs:
        if e.name.isupper():
            full = next((o for o in orgs if o is not e and key(e.name) in o.parts), None)
        else:  # "Минсельхоз" of "Министерство сельского хозяйства", "комиссия ЕС" of "комиссия Европейского союза"
            cut = [o for o in near(e) if o is not e and (org_names.short_form(e.name, o.name, doc.R)
                                                       or org_names.spelled_tail(e.name, o.name, doc.R)
                                                       or org_names.dropped_middle(e.name, o.name, doc.R)
                                                       or org_names.dropped_owner(e.name, o.name, doc.R))]
            full = cut[0] if len(cut) == 1 else None
        if full:
            alias[id(e)] = full
            full.absorb(e)
    org_aliases.merge_short_forms(doc, orgs, alias)  # "Magna" -> "Magna International Inc"
    org_country.merge_country_adjectives(doc, orgs, alias)  # "белорусский МИД" = "МИД Беларуси"
    org_kind_quoted.merge_kind_names(doc, orgs, alias)  # "футбольный клуб «Кубань»" = "Кубань"
    people = [e for (k, _), e in doc.ents.items() if k == "person"]
    words = {id(e): [key(w) for w in e.name.split()] for e in people}  # keyed once, not per pair
    # every rule below needs the first words to share their first three letters: compare only within a bucket
    buckets: dict[str, list] = {}
    for e in people:
        buckets.setdefault(words[id(e)][0][:3], []).append(e)
    soft = frozenset(doc.R.morph.cfg["name_soft_endings"])  # "Вэйминь" of "Вэйминем"
    for e in people:
        near = buckets[words[id(e)][0][:3]]
        if " " not in e.name:
            longer = [o for o in near if o is not e and " " in o.name and words[id(e)][0] == words[id(o)][0]]
        else:
            longer = [o for o in near if o is not e and id(o) not in alias
                      and _same_person(doc, e, o, words[id(e)], words[id(o)])]
        if len(longer) == 1:
            alias[id(e)] = longer[0]
            longer[0].absorb(e)
            if _nominative_later(e.name, longer[0].name, soft) and _written(doc, e):
                longer[0].name = e.name
    return alias


def _nominative_later(later: str, first: str, soft: frozenset) -> bool:
    """Is a later form of a name its base form where the first was inflected and the rules could not undo it
    ("Чжан Вэйминем" first, "Чжан Вэйминь сообщил" later)? Each later word is the first's word without a case
    ending: the nominative is the shortest case form of a name (Вэйминь, Вэйминем, Вэйминю; Сулим, Сулима)."""
    a, b = later.split(), first.split()
    return len(a) == len(b) and a != b and all(x == y or _ending_dropped(x, y, soft) for x, y in zip(a, b))


def _written(doc, e) -> bool:
    """Does the text write the person's name as it stands (not a base form a rule made, which may cut too far:
    "Баськ" of "Баська")?"""
    return any(ent is e and doc.sentences[m.sentence][m.start:m.end] == e.name for m, ent in doc.mentions)


def _ending_dropped(base: str, form: str, soft: frozenset) -> bool:
    """Is ``form`` ``base`` with a case ending added (Сулим/Сулимы; Вэйминь/Вэйминем, a letter of the pack's
    ``name_soft_endings`` giving way)? Not a shorter stem a rule cut too far (Севярынц of Севярынец)."""
    return len(base) < len(form) and (form.startswith(base) or (base[-1] in soft and form.startswith(base[:-1])))


def _same_person(doc, e, o, ew: list[str], ow: list[str]) -> bool:
    """Is the multi-word name ``e`` another form of ``o``: the start of it ("Сяргей Іванавіч", an interviewer's
    address, of "Сяргей Іванавіч Пятроў"), given name and patronymic after "Сяргей Пятроў" was introduced, or
    named later with words a case ending apart that the rules could not undo ("Мікалай Баська" of "Мікалай
    Басько", "Нгуеном Ван Тханем" of "Нгуен Ван Тхань")? ``ew``, ``ow``: the keys of their words."""
    later = min(e.sentences) > min(o.sentences)
    if len(ew) < len(ow):
        return ew == ow[:len(ew)]
    if len(ew) == 2 and later and ew[0] == ow[0] and ew != ow and doc.R.morph.patronymic(e.name.split()[1]):
        return True  # the address comes after the introduction
    if len(ew) != len(ow) or ew == ow or not later:
        return False
    return all(_ending_apart(a, b) for a, b in zip(ew, ow))


def _ending_apart(a: str, b: str) -> bool:
    """Do two name words differ at most in a case ending (the last letter of the shorter, two more letters)?"""
    if a == b:
        return True
    n = min(len(a), len(b))
    return n >= 4 and abs(len(a) - len(b)) <= 2 and a[:n - 1] == b[:n - 1]


def _mentions(doc, alias: dict[int, object]) -> list[Mention]:
    """Every mention under its entity's final name, in document order; a person's name word is never a place
    ("Алтай" in "Алтай Кульгінаў")."""
    key = doc.R.key
    name_words = set()
    for (k, _), e in doc.ents.items():
        if k == "person" and (e.confirmed or e.role or not doc.R.confirm_persons):
            name_words |= e.parts
    mentions = []
    for m, e in doc.mentions:
        if e.kind == "place" and key(e.name) in name_words and key(m.name) in name_words:
            continue
        e = alias.get(id(e), e)
        mentions.append(Mention(m.sentence, m.start, m.end, e.name, e.kind))
    mentions.sort(key=lambda m: (m.sentence, m.start))
    return mentions


def _kept(doc, alias: dict[int, object], mentions: list[Mention]) -> list:
    """The entities that stay: mentioned, two letters at least, confirmed persons where the pack asks, and no
    actor that is read more often as a place of the story (a place is never a who)."""
    key = doc.R.key
    live = {(m.kind, key(m.name)) for m in mentions}
    # a single letter ("U" of a split "U.S.") names nothing
    ents = [e for e in doc.ents.values() if id(e) not in alias and (e.kind, key(e.name)) in live
            and sum(c.isalpha() for c in e.name) >= 2]
    if doc.R.confirm_persons:  # without morphology, "Election Day" looks like a name: keep confirmed ones
        ents = [e for e in ents if e.kind != "person" or e.confirmed or e.role]
    place_count = {key(e.name): e.count for e in ents if e.kind == "place"}
    return [e for e in ents if e.kind == "place" or place_count.get(key(e.name), 0) <= e.count]


def rank_who(doc, ents: list, mentions: list[Mention], off: int) -> list:
    """Persons and organisations, the story's main actor first: the first person or organisation of the lead
    sentence (or the name opening the headline), then by mentions, quotes, role and first appearance; a
    publication named as the source of the report ranks last."""
    key, n = doc.R.key, max(len(doc.sentences), 1)
    kept = {(e.kind, key(e.name)) for e in ents}
    actors = [m for m in mentions if m.kind != "place" and m.sentence <= off + 1 and (m.kind, key(m.name)) in kept]
    lead = [m for m in actors if m.sentence == actors[0].sentence] if actors else []
    lead_key = (lead[0].kind, key(lead[0].name)) if lead else None
    in_lead = {(m.kind, key(m.name)) for m in lead}

    def score(e) -> float:
        k = (e.kind, key(e.name))
        bonus = doc.R.lead_weight * (k == lead_key) + (k in in_lead)
        return e.count + 2 * e.quoted + (e.role is not None) + 1 - min(e.sentences) / n + bonus

    people = sorted((e for e in ents if e.kind == "person"), key=score, reverse=True)
    orgs = sorted((e for e in ents if e.kind == "organization"), key=score, reverse=True)
    ranked = sorted(people + orgs, key=score, reverse=True) if doc.R.rank_mixed else people + orgs
    # a name that opens the headline (after a title at most) is its grammatical subject: the main actor
    opener = lead[0] if lead and off and lead[0].sentence == 0 and _opens(doc, lead[0]) else None
    if opener:
        top = [e for e in ranked if (e.kind, key(e.name)) == (opener.kind, key(opener.name))]
        ranked = top + [e for e in ranked if e not in top]
    # a publication named next to a reporting cue ("the Global Times reported") is the story's source
    by_name: dict[str, list[Mention]] = {}
    for m in mentions:
        if m.kind == "organization":
            by_name.setdefault(m.name, []).append(m)
    sources = {id(e) for e in ranked if e.kind == "organization" and _is_source(doc, e, by_name.get(e.name, []))}
    return [e for e in ranked if id(e) not in sources] + [e for e in ranked if id(e) in sources]


def rank_where(rules, ents: list, off: int, n: int) -> list:
    """Places by where the story happens: named early, and governed by a locative preposition ("in Croydon")
    before a bare mention ("US President"); a headline names places loosely, so places rank by the body."""
    def place_score(e) -> float:
        located = [x for x in e.located if x >= off]
        first = min([x for x in e.sentences if x >= off], default=n)
        if rules.locative and located:
            return e.count + rules.place_first_weight * (2 - min(located) / n)
        return e.count + rules.place_first_weight * (1 - first / n)

    return sorted((e for e in ents if e.kind == "place"), key=place_score, reverse=True)


def _opens(doc, m: Mention) -> bool:
    """Does the mention open its sentence, with nothing but titles before it ("Lady Gaga stages …")?"""
    before = texts(doc.sentences[m.sentence][:m.start])
    return all(w.lower().rstrip(".") in doc.R.titles or doc.R.role_len([w]) for w in before if w[0].isalnum())


def _is_source(doc, e, own: list[Mention]) -> bool:
    """A publication (by its name or the word before it: "газета «Молот»") next to a reporting cue; ``own``:
    the organisation's mentions."""
    R, sr = doc.R, doc.R.subject
    media = subject.is_media(e.name, sr) or any(
        R.is_noun(w, R.media_heads) for m in own for w in texts(doc.sentences[m.sentence][:m.start])[-2:])
    return media and any(subject.near_source_cue(doc.sentences[m.sentence], m.start, m.end, sr) for m in own)


def lead_subject(doc, mentions: list[Mention], off: int) -> Person | None:
    """An unnamed person subject opening the headline, else the lead sentence, else the second sentence
    ("Chinese boy found dead", "Several people died", "(Photo: AP) At least seven people were killed"): the
    story's main actor unless a named person or organisation opens one of them first. Its evidence is the
    first body sentence naming it."""
    R = doc.R
    if not R.subject.nouns:
        return None
    order = ([0] if off else []) + [off, off + 1]
    # a sentence's capitalised first word is read as no name, but a word of a name found elsewhere is one
    # ("Toblerone increase the gaps", "Police name the victims")
    name_words = {w.lower() for m in mentions if m.kind != "place" for w in texts(m.name)} \
        - R.subject.stopwords
    for si in order:
        if si >= len(doc.sentences):
            continue
        s = doc.sentences[si]
        toks = doc.analysis.tokens[si]
        spans = [(m.start, m.end, m.kind) for m in mentions if m.sentence == si]
        named = {j for j, t in enumerate(toks) for a, b, k in spans if k != "place" and a <= t.start < b}
        named |= {j for j, t in enumerate(toks) if t.word and t.cap and t.text.lower() in name_words}
        places = {j for j, t in enumerate(toks) for a, b, k in spans if k == "place" and a <= t.start < b}

        def placeish(j, toks=toks, places=places):
            return j in places or bool(R.gaz.lookup([toks[j].text]))

        got = subject.unnamed_subject(toks, named, R.subject, R.morph.forms, placeish,
                                      _subject_case(R) if R.morph.analyzer else None)
        if got == subject.NAMED:
            return None  # a named person or organisation is the subject: the ranking below stands
        if not got:
            continue
        a, b = got
        name = s[toks[a].start:toks[b - 1].end]
        if si >= off:
            return Person(name, "person", None, [si - off])
        noun = toks[b - 1].text
        for bi in range(off, len(doc.sentences)):  # a headline subject: where the body names it
            if any(R.morph.matches(w, noun.lower())
                   for w in texts(doc.sentences[bi])):
                return Person(name, "person", None, [bi - off])
    return None


def _subject_case(R):
    """With an analyser, a subject noun is nominative, or genitive after a count ("200 человек"); a plural without
    a count is a service or a crowd at work ("Спасатели эвакуировали …", "Медики спасли …"), no one to list."""
    def ok(word: str, counted: bool) -> bool:
        ps = [p for p in R.morph.parse(word.lower()) if p.pos == mo.NOUN]
        if not counted and not any(p.case == mo.NOMINATIVE and p.number != mo.PLURAL for p in ps):
            return False
        return any(p.case == mo.NOMINATIVE for p in ps) or (counted and any(p.case == mo.GENITIVE for p in ps))
    return ok
