"""Abbreviations, a rule of the place and abbreviation pass (places_in_text.py): a left-over abbreviation names an
organisation, with the words around it: relational adjectives before it ("японский МИД"), its country after it
("МЧС России"), a town after it ("PSV Eindhoven"); not a shouted heading, an event's name or the initials of the
common noun before it ("(СПО)"). And a compound of an organisation head ("Сбербанк").
"""
from __future__ import annotations

from .. import morphology as mo

from . import org_parts
from .candidates import Candidate
from .tokens import ROMAN, inflected_abbr

ABBREVIATION, COUNTRY_RULE = "org_abbreviations.abbreviation", "org_abbreviations.body_of_country"


def abbreviation(doc, si, toks, used, i, taken, found) -> int:
    """A left-over abbreviation names an organisation ("МИДа": with a case ending); a run of long upper-case
    words ("MORE GREAT STORIES") is a shouted heading and names nothing, but is claimed all the same."""
    R, t = doc.R, toks[i]
    if not t.abbr:
        return 0
    shouted = len(t.text) >= 5 and (t.text.lower() in doc.forms or t.text.capitalize() in doc.forms)
    shouted = shouted or (len(t.text) >= 4 and any(
        0 <= x < len(toks) and toks[x].abbr and len(toks[x].text) >= 4 for x in (i - 1, i + 1))) \
        or _shouted_line(toks)
    name = inflected_abbr(t.text) or t.text
    if _event_or_heading(doc, toks, i) or _currency_prefix(toks, i):
        return 1
    if name.lower() not in R.not_names and name not in R.legal and not ROMAN.fullmatch(name) and not shouted \
            and name.lower() not in R.stopwords and not common_noun(doc, toks, i, name):
        if R.morph.analyzer and _known_place(R.morph, name) \
                and not country_after(doc, toks, used, i):  # "ЖРЭУ Бобруйска": a body of the town after it
            found.append(Candidate("place", name, si, t.start, t.end, ABBREVIATION))  # "СНГ": read as a place
            return 1
        if town_after(doc, toks, used, i):  # "PSV Eindhoven"
            name = f"{name} {R.strip_possessive(toks[i + 1].text)}"
            found.append(Candidate("organization", name, si, t.start, toks[i + 1].end, ABBREVIATION,
                                   parts=(R.key(t.text),)))
            return 2
        n = body_of_country(doc, si, toks, used, i, name, found) \
            or unit_before(doc, si, toks, used, i, name, found)
        if n:
            return n
        found.append(adjective_abbreviation(doc, si, toks, used, i, name))
    return 1


def _known_place(morph, name: str) -> bool:
    """Does the analyser's dictionary read the abbreviation as a place ("СНГ", "ОАЭ")? A guess from the letters
    alone is no evidence: it reads an unlisted university ("БГЭУ") as a place too."""
    ps = morph.parse(name)
    return bool(ps) and ps[0].known and {mo.PLACE} == set(ps[0].kinds) & {mo.PLACE, mo.ORGANISATION}


def _event_or_heading(doc, toks, i) -> bool:
    """Is the abbreviation at ``i`` the first word of an event's name ("the PGA Tour", "last season's UEFA Cup",
    pack: ``event_words``), a section heading opening its line before a dash ("EUROBONDS - Primary market …",
    "NOTE - …"), or a speaker's label before a colon ("HOST: Good evening", "ВЯДУЧЫ: …"), or a rubric before a
    speaker's name and title ("СИНХРОН, Ольга Дубовик, …: …")? It names no organisation there."""
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if nxt is None:
        return False
    if nxt.word and nxt.cap and nxt.text.lower() in doc.R.events:
        return True
    return i == 0 and (nxt.text in "-–—" and i + 2 < len(toks) and toks[i + 2].cap
                       or nxt.text == ":" and doc.labelled_lines >= 2  # (a transcript labels two lines at least)
                       or nxt.text == "," and doc.labelled_lines >= 2 and any(x.text == ":" for x in toks[i + 2:]))


def _currency_prefix(toks, i) -> bool:
    """"HK$80 million", "US$5": letters glued to a currency sign name the currency's country, no organisation."""
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    return nxt is not None and nxt.start == toks[i].end and nxt.text[:1] in "$€£¥"


def _shouted_line(toks) -> bool:
    """Is the sentence written in capitals ("SOCCER - CUP DRAW", a dateline "THE HAGUE")? Its upper-case words are
    no abbreviations. Read only at an abbreviation, so an ordinary sentence is not scanned."""
    words = [t for t in toks if t.word and not t.text[0].isdigit()]
    return len(words) >= 2 and 5 * sum(t.abbr or (len(t.text) == 1 and t.cap) for t in words) >= 3 * len(words)


def adjective_abbreviation(doc, si, toks, used, i, name: str) -> Candidate:
    """"японского МИДа" -> "японский МИД": the relational adjectives before an abbreviation belong to the
    organisation's name, in the nominative of their own gender ("российская ФСБ")."""
    start = org_parts.lower_adjectives_before(doc, toks, used, i)
    words = [nominative_adjective(doc.R.morph, toks[k].text) for k in range(start, i)]
    return Candidate("organization", " ".join(words + [name]), si, toks[start].start, toks[i].end,
                     "org_abbreviations.adjective_abbreviation", claims=tuple(range(start, i)),
                     parts=(doc.R.key(name),) if words else ())  # "МИД" alone later is this organisation


def nominative_adjective(M, word: str) -> str:
    adj = [q for q in M.parse(word) if q.pos == mo.ADJECTIVE] if M.analyzer else []
    # "японского" may be masculine or neuter: an abbreviation's head noun is masculine more often
    q = next((q for q in adj if q.gender != mo.NEUTER), adj[0] if adj else None)
    inf = (q.inflect(mo.NOMINATIVE, mo.SINGULAR, q.gender) if q.gender else q.inflect(mo.NOMINATIVE, mo.PLURAL)) \
        if q else None
    return inf if inf else word


def country_after(doc, toks, used, i) -> str | None:
    """"МЧС России", "МВД РФ": a listed place right after an abbreviation, in the genitive (or an abbreviation
    itself), names whose body it is: part of the organisation's name. Its base form, else None."""
    R = doc.R
    if i + 1 >= len(toks) or used[i + 1] or not (toks[i + 1].word and toks[i + 1].cap) \
            or toks[i + 1].start != toks[i].end + 1:
        return None
    w = toks[i + 1].text
    hit = R.gaz.lookup([w])
    if not hit or (R.key(w) == R.key(hit) and not toks[i + 1].abbr):
        return None  # "в МЧС Москва сообщила": a place in its base form starts the next phrase
    if i + 2 < len(toks) and toks[i + 2].word and toks[i + 2].cap and not R.morph.first_name(toks[i + 2].text):
        return None  # a longer name; "представитель МЧС России Ольга Гречко": a person after the body
    return hit


def body_of_country(doc, si, toks, used, i: int, name: str, found: list) -> int:
    """"МЧС России", "ГУ МЧС России по Санкт-Петербургу": an abbreviation (or a unit's abbreviation before one)
    with its country after it, and a prepositional phrase that belongs to the name, is one organisation; the
    country is a place as well. Candidates appended to ``found``; tokens claimed (0 if none)."""
    R, t = doc.R, toks[i]
    inner = i + 1 if i + 1 < len(toks) and toks[i + 1].abbr and not used[i + 1] \
        and toks[i + 1].start == t.end + 1 and country_after(doc, toks, used, i + 1) else i
    place = country_after(doc, toks, used, inner)
    if not place:
        return 0
    end = org_parts.prepositional_tail(doc, toks, used, inner + 2, i, True)
    text = f"{name} {doc.sentences[si][toks[i + 1].start:toks[end - 1].end]}"
    part = (R.key(toks[inner].text if inner > i else name),)  # "МЧС" alone later is this organisation
    if inner > i:  # "ГУ МЧС России": a unit of "МЧС России", an organisation named as well
        core = toks[inner]
        found.append(Candidate("organization", text, si, t.start, toks[end - 1].end, COUNTRY_RULE))
        found.append(Candidate("organization", f"{core.text} {toks[inner + 1].text}", si, core.start,
                               toks[inner + 1].end, COUNTRY_RULE, parts=part))
    else:
        found.append(Candidate("organization", text, si, t.start, toks[end - 1].end, COUNTRY_RULE, parts=part))
    found.append(Candidate("place", place, si, toks[inner + 1].start, toks[inner + 1].end, COUNTRY_RULE))
    for x in range(inner + 2, end):  # "… по Санкт-Петербургу": that city is a place as well
        hit = R.gaz.lookup([toks[x].text]) if toks[x].cap else None
        if hit:
            found.append(Candidate("place", hit, si, toks[x].start, toks[x].end, COUNTRY_RULE))
    return end - i


def with_country(doc, si, toks, used, i: int, found_as: tuple, found: list) -> int:
    """"Минздрав России", "Минсвязи РФ": a one-word name the analyser knows as an organisation, with its country
    after it (``country_after``), is one organisation as "МЧС России" is; the country is a place as well. Else the
    word alone. ``found_as`` is (kind, base form, rule); candidates appended to ``found``; tokens claimed."""
    kind, name, rule = found_as
    t = toks[i]
    place = country_after(doc, toks, used, i) if kind == "organization" else None
    if not place:
        found.append(Candidate(kind, name, si, t.start, t.end, rule))
        return 1
    found.append(Candidate(kind, f"{name} {toks[i + 1].text}", si, t.start, toks[i + 1].end, rule,
                           parts=(doc.R.key(name),)))  # "Минздрав" alone later is this organisation
    found.append(Candidate("place", place, si, toks[i + 1].start, toks[i + 1].end, rule))
    return 2


def unit_before(doc, si, toks, used, i: int, name: str, found: list) -> int:
    """"ГУ МВД России по …": an abbreviation right before an organisation the phrase pass named from the next
    token is a unit of it; the unit with that name is an organisation as well (appended to ``found``). 1 when
    found, else 0."""
    if i + 1 >= len(toks) or not (used[i + 1] and toks[i + 1].abbr) or toks[i + 1].start != toks[i].end + 1:
        return 0
    for m, _ in reversed(doc.mentions):
        if m.sentence != si:
            break
        if m.kind == "organization" and m.start == toks[i + 1].start:
            found.append(Candidate("organization", f"{name} {m.name}", si, toks[i].start, m.end,
                                   "org_abbreviations.unit_before"))
            return 1
    return 0


def town_after(doc, toks, used, i) -> bool:
    """"PSV Eindhoven", "NAC Breda": where a listed place next to another capitalised word is part of a longer name
    (pack: ``place_name_neighbours``), a town right after an abbreviation closes a club's or firm's name."""
    R = doc.R
    if not R.gaz.neighbours or i + 1 >= len(toks) or used[i + 1] or not (toks[i + 1].word and toks[i + 1].cap) \
            or toks[i + 1].abbr or len(toks[i].text) < 2 or R.gaz.lookup([toks[i].text]):
        return False
    return bool(R.gaz.lookup([R.strip_possessive(toks[i + 1].text)])) \
        and not (i + 2 < len(toks) and toks[i + 2].word and toks[i + 2].cap)


def compound_org(R, word: str) -> bool:
    """"Сбербанк", "Росбанк", "Мосгордума": a capitalised common noun (no name, place or person) that ends in an
    organisation head of four letters or more is a compound name of an organisation."""
    ps = R.morph.parse(word)
    if not ps or ps[0].pos != mo.NOUN or mo.ANIMATE in ps[0].marks \
            or R.morph.tags(word, 0.1) & {mo.GIVEN, mo.SURNAME, mo.PATRONYMIC}:
        return False
    base = ps[0].base
    return any(len(h) >= 4 and len(base) > len(h) + 1 and base.endswith(h) for h in R.heads if " " not in h)


def common_noun(doc, toks, i: int, name: str) -> bool:
    """"свободного программного обеспечения (СПО)": an abbreviation in brackets whose letters are the initials of
    the lower-case words right before the bracket (each part of a hyphenated word counts) abbreviates a common
    noun, a thing, no organisation; so does the same abbreviation later in the document."""
    key = name.lower()
    if key in doc.common_abbrs:
        return True
    if i < 3 or toks[i - 1].text != "(" or len(key) < 2:
        return False
    k, initials = i - 2, ""
    while k >= 0 and toks[k].word and not toks[k].cap and len(initials) < len(key):
        initials = "".join(p[0] for p in toks[k].text.lower().split("-") if p) + initials
        k -= 1
    if initials != key:
        return False
    doc.common_abbrs.add(key)
    return True
