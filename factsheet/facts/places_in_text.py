"""Place and abbreviation pass: the gazetteer, an adjective before a place head ("Гродзенская вобласць"), a
capitalised name after a locative preposition, after a place noun and "of" ("the city of Lublin"), or after an
origin preposition in an apposition to a person ("John Smith, 30, from Leeds"), a word the analyser reads as a
place; an abbreviation written with dots ("U.S.") under its letters; left-over abbreviations name organisations
(org_abbreviations.abbreviation). A country in a currency phrase ("долараў ЗША") is no place of the story; a
listed country in the possessive inside a title ("Lithuania's Transport Minister") is one.
Functions over ``doc``, the ``Extraction`` (document.py): ``doc.R``, ``used`` (read-only); candidates (candidates.py).
"""
from __future__ import annotations

from .. import morphology as mo
from . import (attributives, name_places, org_abbreviations, org_compounds, org_named_abbr, org_shapes, place_affiliation,
               place_elided, place_lists, place_persons, place_phrases, place_regions, place_words, shouted, subject)
from .candidates import Candidate, claim, mark

DOTTED, ADJECTIVE, TAGGED = "places_in_text.dotted", "places_in_text.adjective_place", "places_in_text.tagged_name"


def places_and_abbrs(doc, si, s, toks, used, taken) -> list[Candidate]:
    """Places (gazetteer, adjective + place head, after a preposition, the analyser's place names) and
    abbreviations: at each capitalised token the first of these rules that claims tokens wins.

    Each rule ``(doc, si, toks, used, i, taken, found) -> tokens claimed from i`` appends its candidates to
    ``found`` (a list of this pass's own); the tokens it claims from ``i`` go to its first candidate."""
    shared, out = used, []
    i = 0
    while i < len(toks):
        t = toks[i]
        if used[i] and (_owner_in_title(doc, si, toks, i, taken, out)
                        or (i in taken and place_phrases.memorial(doc, si, toks, i, taken, out))):
            i += 1
            continue
        if used[i] or not t.word or not t.cap or doc.R.strip_possessive(t.text).lower() in doc.R.not_names:
            i += 1
            continue
        hit_n, found = 0, []
        for rule in (_dotted, org_named_abbr.named_abbreviation, org_named_abbr.unit_after_number,
                     place_phrases.compass_place, _listed_place, place_regions.region_by_suffix, _adjective_place,
                     place_elided.elided_region, place_phrases.place_after_head, place_phrases.building, place_phrases.memorial_by_name,
                     place_affiliation.employer, _place_after_preposition,
                     org_abbreviations.abbreviation, org_compounds.compound_name,
                     _tagged_name):
            hit_n = rule(doc, si, toks, used, i, taken, found)
            if hit_n:
                break
        if found or hit_n:
            found = with_claims(found, range(i, i + hit_n), rule, si)
            # (a name may claim past i + hit_n: "Dynamo Moscow", org_shapes.place_named_org)
            used = mark(used, shared, [x for c in found for x in c.claims])
            out += found
        i += hit_n or 1
    return out


def with_claims(found: list[Candidate], claims: range, rule, si: int) -> list[Candidate]:
    """``found`` with the tokens ``rule`` claimed given to its first candidate (a claim alone when it found none)."""
    if not claims:
        return found
    if not found:
        return [claim(f"{rule.__module__.rsplit('.', 1)[-1]}.{rule.__name__.lstrip('_')}", si, claims)]
    first = found[0]
    return [first._replace(claims=tuple(sorted({*first.claims, *claims})))] + found[1:]


def _dotted(doc, si, toks, used, i, taken, found) -> int:
    """An abbreviation written with dots ("U.S.", "U.N."): a listed place under its letters ("US"), else an
    organisation after a lower-case word ("the U.N."), unless a capitalised word follows (initials: "J.R. Ewing")."""
    j = i
    while j + 1 < len(toks) and len(toks[j].text) == 1 and toks[j].text.isupper() and not used[j] \
            and toks[j + 1].text == "." and toks[j + 1].start == toks[j].end \
            and (j == i or toks[j].start == toks[j - 1].end):
        j += 2
    if j - i < 4:
        return 0
    letters = "".join(t.text for t in toks[i:j:2])
    written = doc.sentences[si][toks[i].start:toks[j - 1].end]
    hit = doc.R.gaz.lookup([letters])
    if hit:
        found.append(Candidate("place", written, si, toks[i].start, toks[j - 1].end, DOTTED, key=doc.R.key(hit)))
    elif not (j < len(toks) and toks[j].word and toks[j].cap) and (
            (i > 0 and toks[i - 1].word and (not toks[i - 1].cap or toks[i - 1].initial))  # "the U.N. said", "The U.N."
            or (toks[i].initial and j < len(toks) and toks[j].word)):  # "U.N. officials said"
        # (initials stand after a mark or beside a name: "– В.Л.)", "J.R. Ewing")
        found.append(Candidate("organization", written, si, toks[i].start, toks[j - 1].end, DOTTED))
    else:
        return 0
    return j - i


def _listed_place(doc, si, toks, used, i, taken, found) -> int:
    """A place of the gazetteer, longest first; tokens claimed also when it is part of a currency or a longer
    name ("620 млн долараў ЗША", "Manchester United") and so no place of the story."""
    R, M, t = doc.R, doc.R.morph, toks[i]
    # a name of several words only from a word that opens one (asked once here, not by each longer lookup)
    longest = min(R.gaz.maxlen, len(toks) - i) if R.gaz.starts_name(R.strip_possessive(t.text)) else 1
    for n in range(longest, 0, -1):
        span = toks[i:i + n]
        if not all(x.word and not used[i + k] for k, x in enumerate(span)):
            continue
        hit = R.gaz.lookup([R.strip_possessive(x.text) for x in span])
        if hit and _inside_name(doc, toks, i, i + n):
            found += org_shapes.place_named_org(doc, si, doc.sentences[si], toks, used, i, i + n)  # "Dynamo Moscow"
            return n
        if hit and _currency_next_to(doc, toks, i, i + n):
            return n
        if hit and n == 1 and (name_places.place_in_name(doc, toks, used, i, hit) or place_words.function_word(doc, t, hit)):
            return 0
        head = place_lists.head_after_list(doc, toks, i) if hit and n == 1 else None
        if hit and n == 1 and (place_lists.head_named(doc, toks, used, i) or head and (
                R.key(t.text) != R.key(hit) or head in R.gaz.heads_in_name)):
            return 0  # "в Пинском районе": not the town's instrumental ("под Пинском"), the district's adjective;
            # "the Suez Canal", "the Pinsk district": another place, named by the town (the adjective rule)
        if hit:
            if not (t.initial and n == 1 and M.analyzer and M.parse(t.text)
                    and mo.PLACE not in M.top_tags(t.text) and R.key(t.text) != R.key(hit)):
                found.append(Candidate(place_phrases.seat_kind(doc, toks, i, hit), hit, si, t.start, span[-1].end,
                                       "places_in_text.listed_place"))
                return n
            return 0
    return 0


def _adjective_place(doc, si, toks, used, i, taken, found) -> int:
    """An adjective before a place head ("Гродзенская вобласць"), not a nationality ("the Afghan city of …")."""
    t = toks[i]
    if not (i + 1 < len(toks) and toks[i + 1].word and not t.abbr):
        return 0
    hg = place_persons.place_head(doc, toks, i)  # not "said Helen Marsh"
    if not hg or t.text.lower() in doc.R.demonyms or t.text.lower() in doc.R.stopwords or place_words.demonym_pair(doc, t.text):
        return _two_adjective_place(doc, si, toks, used, i, found)
    if _no_adjective(doc, t.text) or attributives.head_unmatched(doc.R, t.text, toks[i + 1].text, hg[0]):
        return 0  # "Власти Республики Дагестан", "Жыхары раёна": a noun opening the sentence, not the place's
    if not doc.R.lower_head_org and toks[i + 1].text[:1].islower():
        # "Huize county", "Hung Yen province": where a name keeps its head capitalised, a lower-case head
        # describes the place, no part of its name; the capitalised words before it are
        a = i
        while a > 0 and toks[a - 1].word and toks[a - 1].cap and not used[a - 1] and not toks[a - 1].initial \
                and toks[a - 1].text.lower() not in doc.R.not_place_words | doc.R.stopwords:
            a -= 1
        name = doc.sentences[si][toks[a].start:t.start] + doc.R.strip_possessive(t.text)
        if hg[0] not in doc.R.gaz.heads_in_name:
            found.append(Candidate("place", name, si, toks[a].start, t.end, ADJECTIVE, claims=tuple(range(a, i))))
            return 2
        # "the Lida, Ivye and Dyatlovo districts": a district, another place than its town, keeps its head
        found.append(Candidate("place", f"{name} {hg[0]}", si, toks[a].start, toks[i + 1].end, ADJECTIVE,
                               claims=tuple(range(a, i))))
        found += place_lists.listed_before(doc, si, toks, used, a, lambda w: f"{w} {hg[0]}")
        return 2
    found.append(Candidate("place", adjective_place(doc, t.text, toks[i + 1].text, *hg), si, t.start, toks[i + 1].end,
                           ADJECTIVE))
    found += place_lists.listed_before(doc, si, toks, used, i, lambda w: adjective_place(doc, w, toks[i + 1].text, *hg))
    return 2


def _no_adjective(doc, word: str) -> bool:
    """No adjective reading of ``word`` by the analyser, or a noun for people ("Drivers crossing the Severn")?"""
    M = doc.R.morph
    return bool(M.analyzer) and not any(q.pos == mo.ADJECTIVE for q in M.parse(word)) \
        or subject.person_noun_len([word], doc.R.subject, M.forms) > 0


def _two_adjective_place(doc, si, toks, used, i, found) -> int:
    """"в Северо-Кавказском федеральном округе": a capitalised and a lower-case adjective before a place head."""
    R, t = doc.R, toks[i]
    if i + 2 >= len(toks) or used[i + 1] or used[i + 2] or not toks[i + 2].word or toks[i + 1].cap \
            or t.text.lower() in R.demonyms or t.text.lower() in R.stopwords or not toks[i + 1].word \
            or not R.adjective(toks[i + 1].text) or not R.adjective(t.text):
        return 0
    hg = R.gaz.head_gender(toks[i + 2].text)
    if not hg:
        return 0
    inner = adjective_place(doc, toks[i + 1].text, toks[i + 2].text, *hg)
    first = adjective_place(doc, t.text, toks[i + 2].text, *hg).split(" ")[0]
    found.append(Candidate("place", f"{first} {inner}", si, t.start, toks[i + 2].end, ADJECTIVE))
    return 3


def two_adjectives_place(doc, si, toks, used, i) -> list[Candidate]:
    """The organisation pass asks for a place of two adjectives and a head inside a name (its candidate, or
    none)."""
    found: list[Candidate] = []
    _two_adjective_place(doc, si, toks, used, i, found)
    return found


def _place_after_preposition(doc, si, toks, used, i, taken, found) -> int:
    """A capitalised name after a place preposition, after "city of", or a person's home town; not a name
    before a common noun it modifies ("in Taliban raid"), nor an organisation a person works at."""
    R, t = doc.R, toks[i]
    if org_shapes.compound_adjective(t.text):
        return 0  # "in British-ruled Northern Ireland": the place is the name after the adjective
    if not (R.place_preps and i > 0 and not t.initial and (toks[i - 1].text.lower() in R.place_preps
                                                           or _hometown(doc, toks, i, taken) or _named_by(doc, toks, i)
                                                           or place_phrases.listed_after_preposition(doc, toks, i))):
        return 0
    j = i
    while j < len(toks) and toks[j].word and toks[j].cap and not used[j] \
            and R.strip_possessive(toks[j].text).lower() not in R.not_place_words and not (j > i and toks[j].abbr):
        j += 1
        if R.strip_possessive(toks[j - 1].text) != toks[j - 1].text:
            break
    if shouted.shouted(toks) and shouted.unheard(doc, [x.text for x in toks[i:j]]):
        return 0  # "IN TITLE RACE": a shouted headline's capitals name nothing the text does not name
    words = [R.strip_possessive(x.text) for x in toks[i:j]]
    nxt = toks[j] if j < len(toks) else None
    modifier = nxt is not None and nxt.word and not nxt.cap and not nxt.text[0].isdigit() and not _named_by(doc, toks, i) \
        and nxt.text.lower() not in R.stopwords and nxt.text.lower() not in R.connectors \
        and not nxt.text.lower().endswith(R.adj_suffixes)  # "in Kabul provincial hospital"
    if not words or modifier or _affiliation(doc, toks, i) \
            or any(R.org_noun(w) for w in words):
        return 0
    found.append(Candidate("place", " ".join(words), si, t.start, toks[j - 1].end,
                           "places_in_text.place_after_preposition"))
    return j - i


def _tagged_name(doc, si, toks, used, i, taken, found) -> int:
    """A word the analyser reads as a place or an organisation name, in its base form."""
    M, t = doc.R.morph, toks[i]
    if not M.analyzer:
        return 0
    top = M.top_tags(t.text)
    kind = "place" if mo.PLACE in top and not {mo.GIVEN, mo.SURNAME} & top \
        else "organization" if mo.ORGANISATION in top else None
    if kind is None and not t.initial and org_abbreviations.compound_org(doc.R, t.text):
        got = M.nominative(t.text)  # "Госдепартамент США": with its country, as a tagged name below
        return org_abbreviations.with_country(doc, si, toks, used, i, ("organization", got[0] if got else t.text, TAGGED), found)
    if t.initial and not (kind == "organization" and all(mo.ORGANISATION in p.kinds for p in M.parse(t.text) if p.known)):
        return 0  # at a sentence start only a word that is nothing but an organisation ("Еврокомиссия …")
    got = M.nominative(t.text, mo.PLACE if kind == "place" else mo.ORGANISATION) if kind else None
    if kind == "organization" and any(mo.INDECLINABLE in p.marks and mo.ORGANISATION in p.kinds for p in M.parse(t.text)):
        got = (t.text,)  # "Минприроды", "Минобороны": a stump name that does not decline, not "Минприрода"
    if not got or (kind == "place" and (_known_surname(doc, t.text) or place_lists.head_after_list(doc, toks, i)
                                        or all(p.pos == mo.ADJECTIVE for p in M.parse(t.text)[:3]))):
        return 0  # ("Тверская и Ярославская области": the list rule; "Петербургском форуме": an adjective alone)
    return org_abbreviations.with_country(doc, si, toks, used, i, (kind, got[0], TAGGED), found)


def _known_surname(doc, word: str) -> bool:
    """Is ``word`` the surname of a person the text named before ("Варвара Лисовская …. Лисовская покорила жюри"),
    as written or in a case form? Then the analyser's place reading ("Лисовскай") is wrong: leftovers.py takes it."""
    R, M = doc.R, doc.R.morph
    return any(("person", k) in doc.ents for k in (R.key(word), *(R.key(M.surname(word, g, False)) for g in "mf")))


def _inside_name(doc, toks, i, j) -> bool:
    """Is the listed place toks[i:j] one word of a longer capitalised name ("Manchester United", "Real Madrid",
    "Washington Post")? Only with the pack's ``place_name_neighbours`` setting. A neighbour that is itself a
    place, a place head, a title, a nationality, a date word, a stopword or a compass word (pack:
    ``place_prefixes``, "East Jerusalem") leaves the place alone; a word after a place that follows a locative
    preposition ("in Madrid") is no part of its name."""
    R = doc.R
    if not R.gaz.neighbours:
        return False

    def names(k: int, before: bool) -> bool:
        if not (0 <= k < len(toks)) or not toks[k].word or not toks[k].cap:
            return False
        if toks[k].abbr:
            return False
        w = toks[k].text
        bare = doc.R.strip_possessive(w)
        low = bare.lower()
        if (before and bare != w) or org_shapes.compound_adjective(w):
            return False  # "Lithuania's Vilnius": an owner, not a name part; "French-ruled": an adjective
        if before and k == 0 and low in R.stopwords | R.gaz.prefixes:
            return False
        return not (low in doc.R.not_place_words or low in R.stopwords or low in R.gaz.prefixes
                    or low in R.titles or R.role_len([bare]) or R.gaz.head_gender(bare) or R.gaz.lookup([bare])
                    or R.is_noun(bare, R.heads))

    last = toks[j - 1].text
    # "in Sao Paulo. Click to share" (a lost full stop): after a locative preposition the place ends its phrase
    governed = i > 0 and toks[i - 1].text.lower() in R.locative
    if j < len(toks) and toks[j].word and toks[j].cap and not toks[j].abbr and R.gaz.feature(R.gaz.lookup(
            [R.strip_possessive(x.text) for x in toks[i:j]]) or ""):
        return True  # "Neman Grodno", "Dnepr Mogilev": a river's name before another name names a club
    return names(i - 1, True) or (not governed and doc.R.strip_possessive(last) == last and names(j, False))


def _owner_in_title(doc, si, toks, i, taken, out: list[Candidate]) -> bool:
    """"Lithuania's Transport Minister", "Niigata Governor": a listed place in the possessive or before a title
    word, inside a title the person pass claimed (and no name covers: no mention so far, nor one of ``out``,
    this pass's own), is a place; appended to ``out``, True returned. (Not "a Tbilisi-based bank": tried, worse CoNLL.)"""
    t = toks[i]
    if not (t.word and t.cap) or i in taken:
        return False
    bare = doc.R.strip_possessive(t.text)
    if bare == t.text and not (i + 1 < len(toks) and doc.R.role_len([toks[i + 1].text])) \
            and not (i >= 2 and toks[i - 1].text.lower() in doc.R.connectors and toks[i - 2].word
                     and doc.R.role_len([toks[i - 2].text])):  # (a listed country after a title and "of")
        return False  # neither "Lithuania's" nor "Niigata Governor" nor "Ambassador of Kazakhstan"
    if any(m.sentence == si and m.start <= t.start < m.end for m, _ in doc.mentions) \
            or any(c.start <= t.start < c.end for c in out):
        return False
    hit = doc.R.gaz.lookup([bare])
    if hit:
        out.append(Candidate("place", hit, si, t.start, t.start + len(bare), "places_in_text.owner_in_title"))
    return bool(hit)


def _affiliation(doc, toks, i) -> bool:
    """"analysts at Morgan Stanley", "researchers at Imperial College": after a person noun, a preposition the
    pack lists as ``affiliation_prepositions`` names where those people work, an organisation, not a place."""
    R = doc.R
    if i < 2 or toks[i - 1].text.lower() not in R.gaz.affiliation or not toks[i - 2].word:
        return False
    return subject.person_noun_len([toks[i - 2].text], R.subject, R.morph.forms) > 0


def _named_by(doc, toks, i) -> bool:
    """"the city of Lublin", "the port of Hull": a name after a place noun and "of" (pack: place_of_heads)."""
    heads = doc.R.gaz.of_heads
    return i >= 2 and toks[i - 1].text.lower() in doc.R.origin_preps and toks[i - 2].text.lower() in heads


def _hometown(doc, toks, i, taken) -> bool:
    """"Donald Collett, 62, of Croydon", "Andy Nias, from Croydon": a name after an origin preposition in an
    apposition to a person (with the age at most between) is where the person comes from, a place."""
    if i < 3 or toks[i - 1].text.lower() not in doc.R.origin_preps or toks[i - 2].text != ",":
        return False
    k = i - 3
    if toks[k].text.isdigit() and k >= 2 and toks[k - 1].text == ",":
        k -= 2
    return k in taken


def _currency_next_to(doc, toks, i, j) -> bool:
    R = doc.R
    if not R.currency:
        return False
    near = [toks[x].text for x in (i - 1, j) if 0 <= x < len(toks) and toks[x].word]
    return any(R.is_noun(w, R.currency) for w in near)


def adjective_place(doc, adj: str, head: str, head_base: str, gender: str) -> str:
    """An adjective and its place noun in the nominative ("Смоленской области" → "Смоленская область"); the
    street rules share it for one-word adjective street names."""
    M = doc.R.morph
    if M.analyzer:
        q = next((q for q in M.parse(adj) if q.pos == mo.ADJECTIVE), None)
        g = {"m": mo.MASCULINE, "f": mo.FEMININE, "n": mo.NEUTER}.get(gender, mo.MASCULINE)
        inf = q.inflect(mo.NOMINATIVE, mo.SINGULAR, g) if q else None
        return f"{M.match_case(inf, adj) if inf else adj} {head_base}"
    base = M.rule_base(adj, f"adjective_{gender}") if gender in "mfn" else adj
    if head.lower() == head_base:  # "у Мінскую вобласць": the head alike in two cases, the adjective not
        return f"{base if adj.lower().endswith(doc.R.oblique_adj) else adj} {head}"
    return f"{base} {M.match_case(head_base, head)}"
