"""Organisation names told by their shape rather than by a head noun: capitalised names joined by an ampersand
("Douglas & Lomason", "A.G. Edwards & Sons", "Schroder Wertheim & Co"), and a single word with a capital inside
("KeyCorp", "NationsBank"). Between two names an ampersand is written only inside a firm's name, so the whole run
is one organisation, never two persons or a person and a fragment ("Edward D" and "Co.").

Functions over ``doc``, the ``Extraction`` (document.py), read-only: ``doc.R`` is the pack's resources; ``used``
marks the tokens earlier passes claimed; the passes return candidates (candidates.py).
"""
from __future__ import annotations

import re
from collections import Counter

from . import nationality_names, org_frames, org_names, org_people, team_lines, title_portfolios
from .candidates import Candidate, claim, mark

AMPERSAND = "&"
PLACE_NAMED = "org_shapes.place_named_org"
SPACED_DOTS = re.compile(r"(\b[A-Z]) \.( (?=[A-Z] \.))?")
SPACED_NUMBER_DOT = re.compile(r"(?<=[^\W\d]) \.(?= \d)")  # "Trust No . 35" -> "Trust No. 35"
SPACED_APOSTROPHE = re.compile(r"(?<=\w) (['’])(?= \w)")  # "Bond Traders ' Association" -> "Traders' Association"
MAX_SIDE = 4  # capitalised words on each side of the ampersand at most


def _initial_at(toks, i: int) -> bool:
    """A single capital letter followed by its dot ("A." of "A.G. Edwards")."""
    return len(toks[i].text) == 1 and toks[i].cap and i + 1 < len(toks) and toks[i + 1].text == "."


def _left(doc, toks, used, amp: int) -> int:
    """The first token of the name before the ampersand: capitalised words and initials with their dots, not a
    function word opening the sentence ("The Procter & Gamble Co")."""
    start, words = amp, 0
    j = amp - 1
    while j >= 0 and not used[j] and words < MAX_SIDE:
        t = toks[j]
        if t.text == "." and j >= 1 and _initial_at(toks, j - 1):
            j -= 1
            continue
        if not (t.word and t.cap) or compound_adjective(t.text):
            break  # "Family-controlled Douglas & Lomason": a compound adjective describes the name
        start, words = j, words + 1
        j -= 1
    while start < amp and toks[start].text.lower() in doc.R.stopwords and not _initial_at(toks, start):
        start += 1
    return start


def compound_adjective(word: str) -> bool:
    """A hyphened word whose last part is in lower case ("Family-controlled", "State-run")."""
    return "-" in word and word.rsplit("-", 1)[1][:1].islower()


def _right(toks, used, amp: int) -> int:
    """The token after the name's end: capitalised words after the ampersand."""
    end = amp + 1
    while end < len(toks) and not used[end] and toks[end].word and toks[end].cap and end - amp <= MAX_SIDE:
        end += 1
    return end


def dotted(R, toks, end: int) -> bool:
    """Does the dot after ``toks[end - 1]`` belong to the name ("NationsBank Corp., Norwest Corp. and …")? Only
    for the pack's abbreviated organisation words, touching the word and not closing the sentence."""
    return toks[end - 1].text.lower() in R.dotted_org_words and end < len(toks) and toks[end].text == "." \
        and toks[end].start == toks[end - 1].end and any(t.word or t.text in ",;" for t in toks[end + 1:])


def joined_orgs(doc, si, s, toks, used, taken) -> list[Candidate]:
    """Capitalised names joined by an ampersand name one organisation (a firm of partners)."""
    shared, out = used, []
    for amp, t in enumerate(toks):
        if t.text != AMPERSAND or used[amp] or amp == 0 or amp + 1 >= len(toks):
            continue
        start, end = _left(doc, toks, used, amp), _right(toks, used, amp)
        if start == amp or end == amp + 1:
            continue
        name = s[toks[start].start:toks[end - 1].start] + doc.R.strip_possessive(toks[end - 1].text)
        if dotted(doc.R, toks, end):
            name += "."
        out.append(Candidate("organization", name, si, toks[start].start, toks[end - 1].end, "org_shapes.joined_orgs",
                             claims=tuple(range(start, end)),
                             parts=(org_names.initials([x.text for x in toks[start:end] if x.word], doc.R),)))
        used = mark(used, shared, range(start, end))
    return out


def _camel(R, word: str) -> bool:
    """One capital inside the word after a lower-case stem, not a surname prefix ("KeyCorp", not "McDonald")."""
    inner = next((k for k in range(1, len(word)) if word[k].isupper()), None)
    return inner is not None and word[1:inner].islower() and len(word) - inner >= 2 \
        and word[inner + 1:].islower() and word[:inner].lower().rstrip("'’") not in R.camel_prefixes \
        and word[:inner].lower() not in R.camel_prefixes


def camel_org(doc, item, word: str) -> list[Candidate] | None:
    """A single capitalised word left over with a capital inside ("KeyCorp", "NationsBank") names a firm, unless a
    surname prefix or name particle (pack: ``camel_surname_prefixes``) makes that capital ("McDonald",
    "DiCaprio"); so does a word ending in an organisation head ("a loan from Belarusbank"). None when not."""
    si, t, _, toks, ti = item
    R = doc.R
    handle = t.start > 0 and doc.sentences[si][t.start - 1] == "@"  # "@HannahSmith": a social media handle
    alone = all(not org_frames.capitalised_neighbour(doc, toks, x) for x in (ti - 1, ti + 1))
    if not R.camel_orgs or t.abbr or handle or "-" in word or not alone:
        return None  # (inside a longer name: "BellSouth Classic")
    if not (_camel(R, word) or (R.compound_head(word) and not R.gaz.lookup([word])
                                and word.lower() not in doc.forms)):
        return None
    return [Candidate("organization", word, si, t.start, t.end, "org_shapes.camel_org")]


def _spelled_start(doc, toks, paren: int, abbr: str) -> int | None:
    """The first token of the name before ``paren`` whose capitalised words' initials spell ``abbr``, over
    connectors in lower case ("Organisation for Security and Cooperation in Europe (OSCE)"); None if none."""
    R, k, initials = doc.R, paren - 1, ""
    while k >= 0 and paren - k <= 12 and toks[k].word and (toks[k].cap or toks[k].text.lower() in R.stopwords):
        if toks[k].cap:
            initials = toks[k].text[0].lower() + initials
            if initials == abbr:
                return k
        if len(initials) > len(abbr):
            return None
        k -= 1
    return None


def spelled_orgs(doc, si, s, toks, used, taken) -> list[Candidate]:
    """A name followed by its abbreviation in brackets, the abbreviation spelling its capitalised words' initials,
    is one organisation as long as the initials say, "in Europe" included (pack: ``media_names`` turns the
    English shape rules on)."""
    if not doc.R.media_names:
        return []
    shared, out = used, []
    for p in range(1, len(toks) - 2):
        if toks[p].text != "(" or not toks[p + 1].abbr or toks[p + 2].text != ")":
            continue
        abbr = "".join(c for c in toks[p + 1].text if c.isalpha()).lower()
        start = _spelled_start(doc, toks, p, abbr) if len(abbr) >= 3 else None
        if start is None or any(used[start:p]) or toks[start].text.lower() in doc.R.stopwords:
            continue
        if start >= 2 and toks[start - 1].text.lower() in doc.R.connectors and toks[start - 2].cap:
            continue  # "Rally for the Return of Refugees … (RDR)": the name goes on past what the letters spell
        name = s[toks[start].start:toks[p - 1].start] + doc.R.strip_possessive(toks[p - 1].text)
        out.append(Candidate("organization", name, si, toks[start].start, toks[p - 1].end, "org_shapes.spelled_orgs",
                             claims=tuple(range(start, p)), parts=(abbr,)))
        used = mark(used, shared, range(start, p))
    return out


def unknown_single(doc, toks, ti: int, word: str) -> bool:
    """A capitalised word alone (no capitalised neighbour) that no list knows: no place, given name, nationality,
    title, month or common word."""
    R, low = doc.R, word.lower()
    after = () if toks[ti].text != word else (ti + 1,)  # a possessive ends the name: "Olimpico's Sergio Ventura"
    alone = all(not org_frames.capitalised_neighbour(doc, toks, x) for x in (ti - 1, *after)) or (
        # "Решение Мосгорсуда …": a stump compound after the sentence's first word stands alone
        toks[ti - 1].initial and not (after and org_frames.capitalised_neighbour(doc, toks, ti + 1))
        and org_people.stump_name(doc, word))
    return alone and len(word) >= 3 and not toks[ti].abbr and not R.gaz.lookup([word]) \
        and not R.morph.first_name(word) and low not in R.demonyms and low not in R.stopwords \
        and low not in R.not_names and low not in R.not_person and low not in R.titles and not nationality_names.people_of(R, word) \
        and low not in R.month_words and low not in R.weekday_words and not R.role_len([word]) \
        and not R.is_noun(word, R.heads) and low not in doc.forms and not low.endswith(R.descriptor_endings)


def _framed(doc, toks, ti: int, word: str) -> bool:
    """Does the word at ``ti`` stand in an organisation's frame: "beat Essex", "Lear shares", or before a role and
    a name ("Chelsea captain John Terry")?"""
    R = doc.R
    prev = toks[ti - 1].text.lower() if ti > 0 and toks[ti - 1].word \
        and (not toks[ti - 1].cap or toks[ti - 1].initial) else ""  # ("Активисты Гринпис" opening a sentence)
    nxt = toks[ti + 1] if ti + 1 < len(toks) and toks[ti + 1].word and not toks[ti + 1].cap else None
    cue = nxt.text.lower() if nxt is not None else ""
    if nxt is not None and cue not in R.org_after and cue not in R.stopwords and ti + 2 < len(toks) \
            and toks[ti + 2].word and not toks[ti + 2].cap:
        cue = toks[ti + 2].text.lower()  # "the Gomelsteklo glass plant", "Essex easily beat"
    # a sentence's first word ("Local officials") only before a verb of both lists or of a result ("Essex beat",
    # "Feyenoord drew") or when the document names it again
    after = cue in R.org_after and (not toks[ti].initial or cue in R.org_before | R.team_results
                                    or doc.name_word_counts[word] >= 2)
    if org_people.stump_name(doc, word):
        return True  # "Мінтранс абвясціў тэндар": a stump compound names a body
    if ((prev in R.org_before or (prev and org_people.people_before(doc, prev)))
            and not R.morph.surname_like(word)) or after:
        return True  # (a surname after one is a person's: "сотрудники Шойгу", "офис Навального")
    if ti + 4 < len(toks) and toks[ti + 1].text == "(" and toks[ti + 3].text == ")" \
            and toks[ti + 4].text.isdigit() and R.gaz.lookup([toks[ti + 2].text]):
        return True  # "Benetton (Italy) 92 Dinamo (Russia) 81": a team with its country and its score
    if org_frames.framed_here(doc, toks, ti, word, prev):
        return True
    if nxt is not None and not toks[ti].initial and nxt.text.lower() in R.speech \
            and not (ti > 0 and toks[ti - 1].word and toks[ti - 1].text.lower().startswith(R.speech)):
        return True  # "…, Magna said": a single name nobody introduced, no person's surname, speaks for a firm
    # "Chelsea captain John Terry", not "Defending champion X" (a sentence's first word) nor an adjective
    # ("Moscow-backed leader X", "Kurdish rebel X")
    return nxt is not None and ti + 2 < len(toks) and toks[ti + 2].word and toks[ti + 2].cap \
        and not toks[ti + 2].abbr and (bool(R.role_len([nxt.text])) or nxt.text.lower() in R.team_roles) \
        and toks[ti].text == word \
        and not toks[ti].initial and not compound_adjective(word) and not word.lower().endswith(R.adj_suffixes)


def framed_names(doc) -> frozenset[str]:
    """The single unknown names the document puts in an organisation's frame (pack: ``org_before_words``,
    ``org_after_words``) once at least, and the names listed beside one of them or beside a known organisation
    ("title rivals Essex, Derbyshire and Surrey"): every mention of them is an organisation."""
    R = doc.R
    if not (R.org_before or R.org_after):
        return frozenset()
    known = {R.key(e.name) for (k, _), e in doc.ents.items() if k == "organization"}
    seen = Counter(t.text for _, t, *_ in doc.leftovers if not t.initial)
    known |= {R.key(w) for w, n in seen.items() if R.frequent_orgs and n >= R.frequent_orgs}  # leftovers.py's
    found: set[str] = set()
    chains: list[list[str]] = []
    sport = None  # "Juventus's Zinedine Zidane" in a report on sport: read once, where such a name stands
    for si, t, _, toks, ti in doc.leftovers:
        word = R.strip_possessive(t.text)
        if not unknown_single(doc, toks, ti, word):
            continue
        if _framed(doc, toks, ti, word) or (team_lines.owner_of_player(doc, toks, ti) and (
                sport := team_lines.sports_report(doc) if sport is None else sport)):
            found.add(word)
        gap = toks[ti - 1].text.lower() if ti > 0 else ""
        if chains and chains[-1][0] == (si, ti - 2) and (gap == "," or gap in R.list_conjunctions):
            chains[-1][0] = (si, ti)
            chains[-1].append(word if gap == "," else "&" + word)  # a list ends in a conjunction
        else:
            chains.append([(si, ti), word])
    for chain in chains:
        names = [w.lstrip("&") for w in chain[1:]]
        if chain[-1].startswith("&") and any(w in found or R.key(w) in known for w in names):
            found.update(names)  # "Essex, Derbyshire and Surrey", not "Ironically, Karbacher"
    return frozenset(found)


def framed_org(doc, item, word: str, framed: frozenset[str]) -> list[Candidate] | None:
    """A single unknown name of ``framed`` (framed_names) is an organisation wherever it stands. None when not."""
    si, t, _, toks, ti = item
    if word not in framed or not unknown_single(doc, toks, ti, word) \
            or title_portfolios.portfolio_after_title(doc, toks, ti):  # "The Minister of Health said"
        return None
    name = org_people.genitive_base(doc, toks, ti, org_names.org_base(doc, [word], 0))  # "Рыбохраны": Рыбохрана
    return [Candidate("organization", name, si, t.start, t.end, "org_shapes.framed_org")]


def place_named_org(doc, si, s, toks, used, i: int, j: int) -> list[Candidate]:
    """A listed place toks[i:j] inside a longer capitalised name ("Dynamo Moscow", "Norwich City", "Standard
    Liege"): the whole name, two to four words with no person's given name first, is an organisation (a club, a
    firm named after its town); pack: ``media_names`` turns the English shape rules on."""
    if not doc.R.media_names:
        return []
    a, b = i, j
    while a > 0 and i - a < 2 and toks[a - 1].word and toks[a - 1].cap and not used[a - 1] and not toks[a - 1].abbr \
            and toks[a - 1].text == doc.R.strip_possessive(toks[a - 1].text):
        a -= 1
    while b < len(toks) and b - j < 2 and toks[b].word and toks[b].cap and not used[b] and not toks[b].abbr:
        b += 1
        if doc.R.strip_possessive(toks[b - 1].text) != toks[b - 1].text:
            break
    R, words = doc.R, [doc.R.strip_possessive(t.text) for t in toks[a:b]]
    nxt = b + (b + 1 < len(toks) and toks[b].text in "'’")  # "Traders' Association"
    if not 2 <= len(words) <= 4 or R.morph.first_name(words[0]) or (nxt < len(toks) and toks[nxt].word
                                                                    and toks[nxt].cap):
        return []  # a person, or a longer name past a possessive ("Toronto Bond Traders' Association")
    if any(w.lower() in R.events for w in words):
        return [claim(PLACE_NAMED, si, range(a, b))]  # "Texas Open": an event, none of its words names anything alone
    if any(w.lower() in R.stopwords or w.lower() in R.not_place_words or w.lower() in R.gaz.prefixes
           or (w.lower() in doc.forms and not R.gaz.lookup([w])) for w in words):
        return []  # "Texas Open", "Greater Milwaukee Open Thursday": an event, a region; "Croydon Tram derailment": a
        # common word the text also writes in lower case, capitalised in a caption
    return [Candidate("organization", " ".join(words), si, toks[a].start, toks[b - 1].end, PLACE_NAMED,
                      claims=tuple(range(a, b)))]


def dotted_before(toks, used, start: int) -> int:
    """The organisation phrase's first token, taking in an abbreviation with dots right before it ("U.N. Security
    Council", "U.S. Agriculture Department")."""
    k = start
    while k >= 2 and toks[k - 1].text == "." and _initial_at(toks, k - 2) and not used[k - 2] \
            and toks[k - 1].start == toks[k - 2].end:
        k -= 2
    return k if start - k >= 4 else start


def closed_dots(name: str) -> str:
    """A name whose words were joined by spaces, with an abbreviation's dots closed up again ("U . N . Security
    Council" -> "U.N. Security Council"; "Trust No . 35" -> "Trust No. 35"), and a plural's possessive apostrophe ("Traders' Association")."""
    return SPACED_NUMBER_DOT.sub(".", SPACED_APOSTROPHE.sub(r"\1", SPACED_DOTS.sub(r"\1.", name)))
