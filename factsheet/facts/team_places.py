"""A listed town or county that a sports frame shows to be a team: "Dundee beat Aberdeen 2-1", "Glamorgan drew
with Durham", "Surrey all-rounder Adam Hollioake". A club named after its place is an organisation there, and its
other mentions in the same document are the club too, except where a locative preposition governs them ("in
Leeds") or in a dateline. Countries stay places: a national team is written as
its country, and news copy keeps reading it so.

Frames (pack: ``team_result_words``, ``team_role_words``): a result verb right after the place or right before it
(one lower-case word between at most: "drew with"; ``team_match_words`` such as "against", "lost to" only in a
sentence with a score), a score right after it ("Aberdeen 2-1"), or a
player's role right after it and a capitalised name after that ("Lancashire batsman Graham Lloyd", "Chelsea
central defender X"). Nothing is recorded here: the pass returns the moves of place mentions to the club (MOVE
changes, applied by resolve.py; a post-pass called by document.py after firms_not_places).
"""
from __future__ import annotations

import re

from . import resolve
from .candidates import MOVE, Change
from .records import Mention

SCORE = re.compile(r"\d{1,3}-\d{1,3}")
SPORT_RULES = frozenset({"team_lines.result_line", "org_lists.framed_runs"})  # the passes that name teams


def teams_not_places(doc) -> list[Change]:
    """Move the mentions of every listed place that a sports frame names as a team to an organisation (MOVE
    changes)."""
    R = doc.R
    results, roles = R.team_results, R.team_roles
    if not (results or roles):
        return []
    teams: set[str] = set()
    for m, e in doc.mentions:
        if e.kind == "place" and " " not in m.name.strip() and e.key not in teams \
                and _framed(doc, m, results, roles):
            teams.add(e.key)
    if teams or _sporting(doc):
        teams |= sports_towns(doc, teams)
    if not teams:
        return []
    return places_to_orgs(doc, teams - _countries(doc, teams), True, "place", "team_places.teams_not_places")


def sports_towns(doc, teams: set[str]) -> set[str]:
    """In a report a frame has shown to be about sport (``teams``: a team found), a one-word town no locative
    preposition governs anywhere is a club too: "Birmingham's Gary Breen", "Karlsruhe of Germany", "joined
    Espanyol from Nantes". A town after "of" is the club's home ("Espanyol of Barcelona") and stays a place, as
    does every town the report once places something in ("in Leeds"), and the dateline."""
    R, out = doc.R, set()
    home = {p for (k, _), e in doc.ents.items() if k == "person" for p in e.parts}  # "Washington" of a player
    for m, e in doc.mentions:
        pair = _town_and_head(doc, m.name)  # "Norwich City": a club, also after "of"
        if e.kind != "place" or e.key in teams or (" " in m.name.strip() and not pair):
            continue
        before = doc.sentences[m.sentence][:m.start].split()[-1:]
        if resolve.located(doc, m.sentence, m.start) or _dateline(doc.analysis.tokens[m.sentence]) \
                or (before and before[0].lower() in R.connectors and not pair):
            home.add(e.key)
        else:
            out.add(e.key)
    return out - home


def places_to_orgs(doc, keys: set[str], keep_located: bool, kind: str, rule: str) -> list[Change]:
    """MOVE changes: the mentions of the places (or entities of ``kind``) ``keys`` go to organisations of the same
    name, except in a dateline and, with ``keep_located``, where a locative preposition governs them ("in
    Leeds"); an entity left with no mention goes (resolve.change)."""
    out: list[Change] = []
    for n, (m, e) in enumerate(doc.mentions):
        if e.kind != kind or e.key not in keys or (keep_located and resolve.located(doc, m.sentence, m.start)) \
                or _dateline(doc.analysis.tokens[m.sentence]):
            continue
        out.append(Change(MOVE, e, rule, (n, m)))
    return out


def _dateline(toks) -> bool:
    """"PARAMARIBO, Surinam 1996-08-30": no lower-case word and a number; the place where the story was filed."""
    return not any(t.word and not t.cap and not t.text[:1].isdigit() for t in toks) \
        and any(t.text[:1].isdigit() for t in toks)  # ("PARIS 1996-08-31": the date is no lower-case word)


def _framed(doc, m: Mention, results: frozenset, roles: frozenset) -> bool:
    """Does a result verb, a score or a player's role and name stand beside the place mention ``m``? (Only the
    words around the mention are read; the whole sentence only for a score, when a match word stands there.)"""
    toks = doc.analysis.tokens[m.sentence]
    i = next((k for k, t in enumerate(toks) if t.start == m.start), None)
    if i is None:
        return False

    def word(k: int) -> str:
        t = toks[k] if 0 <= k < len(toks) else None
        return t.text.lower() if t is not None and t.word and not t.cap else ""

    nxt = word(i + 1)
    if _score(doc, toks, i + 1):
        return True
    near = [w for w in (nxt, word(i - 1), word(i - 2) if word(i - 1) else "") if w]
    if any(w in results for w in near):
        return True
    if nxt in doc.R.list_conjunctions and i + 2 < len(toks) and toks[i + 2].cap and word(i + 3) in results:
        return True  # "Sevilla and Betis drew"
    if _of_country(doc, toks, i):
        return True
    for k in (i + 1, i + 2):  # "Surrey all-rounder Adam", "Chelsea central defender Franck"
        if word(k) in roles and k + 1 < len(toks) and toks[k + 1].word and toks[k + 1].cap \
                and all(word(x) for x in range(i + 1, k + 1)):
            return True
    ends = doc.R.subject.verb_endings
    past = bool(ends) and nxt.endswith(ends) and len(nxt) > 4
    if not (past or any(w in doc.R.team_scored for w in near)):
        return False
    # a match word that also opens a plain clause ("protect Kurds against Baghdad"), or a verb after the name
    # ("Valladolid stunned the leaders with a 2-0 win"), only where the sentence has a score
    return any(_score(doc, toks, k) for k in range(len(toks)))


def _town_and_head(doc, name: str) -> bool:
    """"Norwich City", "Stoke City": a place of two words that no list holds ("Mexico City", "Panama City" are
    listed), read as a place by its last word, and not a country's: in a sports report the club named after its
    town."""
    words = name.split()
    return len(words) == 2 and not doc.R.gaz.lookup(words) and doc.R.key(words[0]) not in doc.R.country_keys \
        and words[0].lower() not in doc.R.demonyms


def _score(doc, toks, k: int) -> bool:
    """Is token ``k`` a match score ("2-1")? Not the days of a date range before a month ("3-4 June",
    "3-4 июня": a river named before one is no team)."""
    return k < len(toks) and bool(SCORE.fullmatch(toks[k].text)) \
        and not (k + 1 < len(toks) and toks[k + 1].text.lower() in doc.R.month_words)


def _sporting(doc) -> bool:
    """Has a sports frame named a team here ("Perugia 2 Sampdoria 1", "lost against Torpedo Zhodino"), or does the
    headline open with a sport, as agency copy labels its sports desk ("SOCCER - …", "Cricket: …")?"""
    if (doc.headline_opener or "").lower() in doc.R.sport_words:
        return True
    return any(k == "organization" and any(getattr(c, "rule", None) in SPORT_RULES for c in e.rules)
               for (k, _), e in doc.ents.items())


def _of_country(doc, toks, i: int) -> bool:
    """"Karlsruhe of Germany", "Espanyol of Barcelona": a town followed by "of" and its country names a club as
    sports copy introduces a foreign side (nobody writes a town so otherwise)."""
    c = i + 2 + (i + 3 < len(toks) and toks[i + 2].text.lower() in doc.R.articles)  # "of the Netherlands"
    if c >= len(toks) or toks[i + 1].text.lower() not in doc.R.connectors or not toks[c].cap:
        return False
    return doc.R.key(toks[c].text) in doc.R.country_keys and doc.R.key(toks[i].text) not in doc.R.country_keys


def _countries(doc, keys: set[str]) -> set[str]:
    """The keys among ``keys`` that name a country (pycountry's names and the pack's own country names, keyed once
    per pack by resources.py)."""
    return {k for k in keys if k in doc.R.country_keys}
