"""Single capitalised words no pass claimed, resolved at the end against what the whole document named:
surname-only mentions of known persons, inflected organisation names, places named once after a preposition,
frequent single names (organisations), and new surnames when a title or the analyser vouches for them.

Functions over ``doc``, the ``Extraction`` (document.py), read-only: ``doc.R`` is the pack's resources; they return
candidates (candidates.py) for the resolution step (resolve.py).
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import NamedTuple

from .. import morphology as mo
from . import (attributives, bracket_cues, org_bounds, nationality_names, org_aliases, org_lists, org_names, org_opponents, place_elided,
               org_parts, org_publication, org_quoted_case, org_quoted_heads, org_quoted_subject, org_shapes,
               person_cues, person_parts, place_plurals, role_coordination, roles, subject, title_portfolios)
from .candidates import FILL, FULLER, REPLACE, Candidate, merged_role, names_no_body
from .tokens import QUOTE_CHARS

NEW_PERSON = "leftovers.new_person"

NAMED, QUOTED_RULE = "leftovers.named_before", "leftovers.quoted_names"


class Seen(NamedTuple):
    """A person the pass knows of: name, key and the role so far (with what this pass found)."""

    name: str
    key: str
    role: str | None


class Org(NamedTuple):
    """An organisation this pass found that no earlier pass had: its name and key (org_names.known_org reads
    both)."""

    name: str
    key: str


@dataclass
class Known:
    """What the whole document named: read at the start, then grown by the pass's own finds (a copy of its own)."""

    persons: dict  # key -> Seen
    parts: set  # every name word of those persons (keys)
    orgs: list  # (organisation, name key), org_names.org_keys
    counts: Counter  # how often each capitalised word is left over inside a sentence
    made: dict = field(default_factory=dict)  # key -> name of each organisation the pass found

    def copy(self) -> Known:
        return Known(dict(self.persons), set(self.parts), list(self.orgs), self.counts, dict(self.made))


def known_names(doc) -> Known:
    """What the sentence passes named, read before the leftovers resolve (document.py hands it to both steps)."""
    persons = {e.key: Seen(e.name, e.key, e.role) for (k, _), e in doc.ents.items() if k == "person"}
    return Known(persons, {p for (k, _), e in doc.ents.items() if k == "person" for p in e.parts},
                 org_names.org_keys(doc, [e for (k, _), e in doc.ents.items() if k == "organization"]),
                 Counter(x[1].text for x in doc.leftovers if not x[1].initial))


def quoted_names(doc, known: Known) -> list[Candidate]:
    """A quoted name no marker made an organisation (organisations.quoted_orgs left it): a known organisation
    inflected, or a publication the story cites ("передаёт «Интерфакс»")."""
    out = []
    ends: dict[int, set[int]] = {}  # sentence -> where an organisation's mention ends
    for m, _ in doc.mentions:
        if m.kind == "organization":
            ends.setdefault(m.sentence, set()).add(m.end)
    for si, start, end, inner in doc.quoted_left:
        if any(si - doc.analysis.offset in q.sentences and q.text == inner for q in doc.analysis.quotes):
            continue  # «Мы откроем лабораторию в феврале», — пообещала она: the quotes layer reads it as speech
        org = org_names.known_org(doc, inner, known.orgs) or (" " in inner and org_names.known_org(
            doc, org_quoted_case.case_base(doc, inner), known.orgs))  # "«Народному альянсу»": a known name inflected
        if org:
            out.append(Candidate("organization", org.name, si, start, end, QUOTED_RULE))
        elif inner[:1].isupper() and _listed_after_org(doc, si, start, ends.get(si, ())):  # "«Газпрома» и «Роснефти»"
            out.append(Candidate("organization", org_quoted_case.case_base(doc, inner) if " " in inner
                                 else org_parts.quoted_base(doc, inner), si, start, end, QUOTED_RULE))
        elif org_publication.dated_line(doc, si, start, end):  # "«Лідская газета», 3 мая 2026": as written
            out.append(Candidate("organization", inner, si, start, end, QUOTED_RULE))
        elif _quoted_source(doc, si, start, inner):
            out.append(Candidate("organization", _source_base(doc, inner), si, start, end, QUOTED_RULE))
        elif org_parts.quoted_owner(doc, si, start, inner) or _after_title(doc, si, start, inner):  # "болельщика «Спартака»"
            out.append(Candidate("organization", org_quoted_case.case_base(doc, inner) if " " in inner
                                 else org_parts.quoted_base(doc, inner, "title_org_genitive"), si, start, end,
                                 QUOTED_RULE))
        elif org_opponents.opponent(doc, si, start, inner):  # "сыграют против «Шахтёра»"
            out.append(Candidate("organization", org_opponents.team_name(doc, inner), si, start, end, QUOTED_RULE))
        elif org_quoted_heads.headed_name(doc, inner):  # "филиал «Строительный трест № 8»"
            out.append(Candidate("organization", inner, si, start, end, QUOTED_RULE))
        elif org_parts.quoted_abbreviation(doc, inner) or _known_to_analyser(doc, si, start, end, inner):  # "в «КП»", "«Газпром»"
            out.append(Candidate("organization", org_quoted_case.case_base(doc, inner), si, start, end, QUOTED_RULE))
        elif base := org_quoted_case.governed(doc, si, start, inner):  # "в «Яблоке» заявили", "на «Мозырьнефтехиме»"
            out.append(Candidate("organization", base, si, start, end, QUOTED_RULE))
        elif org_quoted_subject.speaking(doc, si, end, inner):  # "«Газпром нефть» сообщила …"
            out.append(Candidate("organization", inner, si, start, end, QUOTED_RULE))
        else:
            continue
        ends.setdefault(si, set()).add(end)
    return out


def _after_title(doc, si: int, start: int, inner: str) -> bool:
    """"нападающий «Зенита»", "тренер «Ростова» Валерий Карпин": a quoted name of one or two words right after a
    title (roles.txt) is the body the title holder works for, in the genitive: an organisation; a hyphenated title
    too ("топ-менеджер «Леруа Мерлен»", "вице-президент «Лукойла»")."""
    words = doc.sentences[si][:max(start - 1, 0)].split()
    return bool(words) and inner[:1].isupper() and len(inner.split()) <= 2 and words[-1].replace("-", "").isalpha() \
        and doc.R.role_len(words[-1:]) == 1 and not inner.isupper()  # (a town's name in quotes: its team)


def _known_to_analyser(doc, si: int, start: int, end: int, inner: str) -> bool:
    """"«Газпром» повысил цены": one quoted word the analyser's dictionary knows as the name of an organisation
    is one, wherever it stands; "«Динамо» обыграло «Зенит»": a quoted name right before or after a match result
    (pack: ``team_result_words``) is a team."""
    s = doc.sentences[si]
    M, near = doc.R.morph, s[:max(start - 1, 0)].split()[-1:] + s[end + 1:].split()[:1]
    if inner[:1].isupper() and any(w.lower().strip(",.") in doc.R.team_results for w in near):
        return True
    return M.analyzer is not None and " " not in inner and inner[:1].isupper() \
        and any(mo.ORGANISATION in p.kinds for p in M.parse(inner)[:3])


def _listed_after_org(doc, si: int, start: int, ends) -> bool:
    """Is the quoted name opening at ``start`` listed right after an organisation's name, joined by a comma or a
    list conjunction ("акции «Газпрома» и «Роснефти»", "«Динамо», «Шахтёр» и «Нафтан»")? Then it is one too."""
    s = doc.sentences[si]
    for e in ends:
        gap = s[e:start].strip(" " + QUOTE_CHARS).strip()
        if e < start and start - e <= 8 and (gap == "," or gap.lower() in doc.R.list_conjunctions):
            return True
    return False


def resolve_leftovers(doc, known: Known) -> list[Candidate]:
    """Single capitalised words: surname-only mentions, inflected organisation names, new surnames. Each word
    is read against what the document named and what this pass found for the words before it."""
    known = known.copy()
    # "Essex beat Kent": teams and firms by their frame; "Атлант, Гефест і Samsung": listed beside a firm
    framed = org_shapes.framed_names(doc) | org_lists.listed_orgs(doc)
    stems = org_aliases.firm_stems(doc)  # "Magna" of "Magna International Inc"
    out: list[Candidate] = []
    for item in doc.leftovers:
        word = doc.R.strip_possessive(item[1].text)
        got = _agency_cited(doc, item, word)
        if got is None:
            if len(word) < 2 or word.lower() in doc.R.not_names or doc.R.role_len([word]):
                continue  # "В" of "С.В.": an initial
            # the first rule that answers (None: not mine; a list, maybe empty: resolved) decides
            got = _named_before(doc, known, item, word)
            if got is None and doc.R.key(word) in known.parts:
                got = person_parts.part_of_one(doc, item, word)  # "Wang" of "Wang Donghai": the person's, no organisation
            if got is None:
                got = org_aliases.short_form(doc, item, word, stems)
            if got is None:
                got = _frequent_org(doc, known, item, word)
            if got is None:
                got = org_shapes.camel_org(doc, item, word)
            if got is None:
                got = org_shapes.framed_org(doc, item, word, framed)
            if got is None:  # "з Дунілавічаў": a village whose name is a plural
                got = place_plurals.origin_plural(doc, item, word)
            if got is None:
                got = _new_person(doc, known, item, word)
        for c in got:
            if c.kind == "organization":
                known.made.setdefault(c.key or doc.R.key(c.name), c.name)
        out += got
    return _side_by_side(doc, out)


def _side_by_side(doc, found: list[Candidate]) -> list[Candidate]:
    """"3. Аркади Патаркацишвили — 6,69 %": two single words side by side (one space between) that each came out
    a new person are one person's name, a given name and a surname no list holds, not two people."""
    out: list[Candidate] = []
    for c in found:
        prev = out[-1] if out else None
        if prev is not None and c.rule == prev.rule == NEW_PERSON and c.kind == prev.kind == "person" \
                and c.sentence == prev.sentence and doc.sentences[c.sentence][prev.end:c.start] == " " \
                and " " not in prev.name and " " not in c.name:
            out[-1] = c._replace(name=f"{prev.name} {c.name}", start=prev.start, key=c.parts[0] if c.parts else None,
                                 role=c.role or prev.role, confirmed=c.confirmed or prev.confirmed)
            continue
        out.append(c)
    return out


def _quoted_source(doc, si: int, start: int, inner: str) -> bool:
    """"передаёт «Интерфакс»", "сообщает «Коммерсантъ»": a short quoted name right after a reporting cue, or a
    listed agency in quotes, is the publication the story cites: an organisation."""
    words = [w for w in inner.split() if w not in "—–"]  # "«Новый Регион — Екатеринбург»": a regional edition
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
    return org_quoted_case.noun_base(doc, inner) if doc.R.morph.analyzer else inner


def _agency_cited(doc, item, word: str) -> list[Candidate] | None:
    """A news agency the pack lists, next to a reporting cue ("told Reuters", "Xinhua said"), is an organisation of
    the story (ranked as its source); a bare credit ("Photo: Reuters") names nothing. None when no agency."""
    si, t = item[0], item[1]
    if word.lower() not in doc.R.subject.agencies \
            or not subject.near_source_cue(doc.sentences[si], t.start, t.end, doc.R.subject, 12):
        return None
    return [Candidate("organization", word, si, t.start, t.end, "leftovers.agency_cited")]


def _named_before(doc, known: Known, item, word: str) -> list[Candidate] | None:
    """A known person by surname, a known organisation inflected, a place named again (or a nationality, which
    names nothing: no candidate); None when none of these."""
    si, t, _, toks, ti = item
    R, M = doc.R, doc.R.morph
    # the word as written first, then its surname base forms (m, f): the first that names a known person wins;
    # the base forms (the analyser inflecting a new word) only when needed
    hit = known.persons.get(R.key(word))
    if hit is None and known.persons:
        forms = (R.key(M.surname(word, g, False)) for g in ("m", "f"))
        hit = next((known.persons[f] for f in forms if f in known.persons), None)
    if hit:
        role = None
        if names_no_body(hit.role):  # a bare title, or one naming no body, gives way (candidates.merged_role)
            role = roles.role_of(doc, doc.sentences[si], toks, None, [ti], None, set())
            known.persons[hit.key] = hit._replace(role=merged_role(hit.role, role, FILL))
        return [Candidate("person", hit.name, si, t.start, t.end, NAMED, key=hit.key, role=role, role_how=FILL,
                          confirmed=True)]
    org = org_names.known_org(doc, word, known.orgs)
    if org:
        return [Candidate("organization", org.name, si, t.start, t.end, NAMED)]
    if word.lower() in R.demonyms:
        return []
    if ("place", R.key(word)) in doc.ents and not t.initial:  # "Croydon" again, found once after "in"
        return [Candidate("place", doc.ents[("place", R.key(word))].name, si, t.start, t.end, NAMED)]
    region = None if t.initial else place_elided.named_region(doc, word)  # "з Брэсцкай": the region named before
    return [Candidate("place", region.name, si, t.start, t.end, NAMED)] if region else None


def _frequent_org(doc, known: Known, item, word: str) -> list[Candidate] | None:
    """A single unknown name the document repeats (pack: ``frequent_single_names_are_orgs``) names an
    organisation, not inside a longer capitalised run ("World Series")."""
    si, t, _, toks, ti = item
    R = doc.R
    inside_run = any(0 <= x < len(toks) and toks[x].word and toks[x].cap and not toks[x].initial
                     for x in (ti - 1, ti + 1))
    if not (R.frequent_orgs and not t.initial and not inside_run and not R.gaz.lookup([word])
            and word.lower() not in R.month_words and word.lower() not in R.stopwords
            and not nationality_names.people_of(R, word)  # "Arabs": a people
            and known.counts[t.text] + (t.text == doc.headline_opener) >= R.frequent_orgs):
        return None
    key = R.key(word)
    if all(o.key != key for o, _ in known.orgs):  # a new organisation: keyed once, after the others
        ent = doc.ents.get(("organization", key))  # made by an earlier step, or by this pass
        known.orgs += org_names.org_keys(doc, [Org(ent.name if ent else known.made.get(key, word), key)])
    return [Candidate("organization", word, si, t.start, t.end, "leftovers.frequent_org")]


def _new_person(doc, known: Known, item, word: str) -> list[Candidate]:
    """A new person from one word: a given name alone, or a surname the analyser, a title or initials vouch for."""
    si, t, role_before, toks, ti = item
    R, M = doc.R, doc.R.morph
    strong = mo.SURNAME in M.top_tags(word) if M.analyzer else M.surname_like(word)
    # "(Becerril 46th)": a substitute's minute or a role in brackets after a single name in a team sheet
    apposed = R.confirm_persons and person_cues.apposition_vouches(doc, toks, ti)  # "Okonjo, 56,"
    vouched = R.confirm_persons and (bracket_cues.bracket_after(doc, toks, ti)
                                     or bracket_cues.single_vouched(doc, toks, ti)) or apposed
    strong = strong or vouched
    if (t.initial and not (M.analyzer and strong and not R.plain_word(word)) and not apposed) \
            or R.gaz.lookup([word]) \
            or R.key(word) in known.parts or attributives.attributive(R, toks, ti) \
            or attributives.adjective_of_capital(R, toks, ti) \
            or role_coordination.title_goes_on(doc, toks, ti + 1, [word]) \
            or title_portfolios.listed_portfolio(doc, toks, [ti]) or org_bounds.after_particle(doc, toks, ti) \
            or (not strong and person_cues.complement_before_name(doc, toks, ti)):  # "у Балканскім рэгіёне", "Trade and …", "Labour, Health …"
        return []
    namelike = M.surname_like(word) or bool(M.tags(word, 0.1) & {mo.GIVEN, mo.SURNAME}) or not R.case_endings
    if M.analyzer and M.tags(word, 0.1) & {mo.PLACE, mo.ORGANISATION}:
        return []
    if M.analyzer and not strong and mo.GIVEN in M.top_tags(word) and M.parse(word)[0].known:
        if ti > 0 and toks[ti - 1].text.lower() in R.locative:
            return _place_not_name(doc, si, t, word)  # "под Анталией": a town the dictionary reads as a name
        got = M.nominative(word, mo.GIVEN)  # a given name alone ("Даниил")
        if not got:
            return []
        name = word if got[1].number == mo.PLURAL else got[0]  # "иеромонах Феодор": no plural of "Феодора"
        return [_add_person(doc, known, si, t, name, roles.role_of(doc, doc.sentences[si], toks, None, [ti], None,
                                                                     set()), FULLER)]
    if R.case_endings and not vouched and ti > 0 and toks[ti - 1].text.lower() in R.locative \
            and (not R.genitive_like(word) or word.lower().endswith(R.plural_genitive_endings or ("\0",))):
        return []  # "ў Зембін", "у Зембіне", "у Ракаў": a place no list holds; after "у" a person stands in the
        # genitive singular ("у Пятра"), never in a genitive plural's -аў/-оў
    if strong or (role_before and (namelike or role_before == "initial") and not R.plain_word(word)):
        guessed = role_before == "initial" and not strong and M.analyzer and not M.parse(word)[0].known
        base = word if guessed else M.surname(word, None, None if not M.analyzer else False)
        first = ti  # the role ends before the initials ("врач … больницы С.В. Качановский")
        while role_before == "initial" and first >= 2 and toks[first - 1].text == "." \
                and len(toks[first - 2].text) == 1:
            first -= 2
        return [_add_person(doc, known, si, t, base, roles.role_of(doc, doc.sentences[si], toks, None, [first], None,
                                                                  set()), REPLACE, bool(vouched))]
    return []


def _place_not_name(doc, si: int, t, word: str) -> list[Candidate]:
    """A lone word the analyser reads only as a given name, right after a locative preposition ("на базе под
    Анталией"): nobody is "under" or "in" a first name; the word names a place, in its nominative."""
    got = doc.R.morph.nominative(word, mo.GIVEN)
    name = got[0] if got else word
    return [Candidate("place", name, si, t.start, t.end, "leftovers.place_not_name")]


def _add_person(doc, known: Known, si: int, t, name: str, role: str | None, how: str,
                confirmed: bool = False) -> Candidate:
    """A new person (or one more mention of the person of that key) with the role found beside it, merged as
    ``how`` says (candidates.FULLER / REPLACE); ``confirmed`` when something beside the name vouches for it."""
    key = doc.R.key(name)
    known.parts.add(key)
    seen = known.persons.get(key) or Seen(name, key, None)
    known.persons[key] = seen._replace(role=merged_role(seen.role, role, how))
    return Candidate("person", name, si, t.start, t.end, NEW_PERSON, parts=(key,), role=role, role_how=how,
                     confirmed=confirmed)
