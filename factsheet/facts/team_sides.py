"""The sides of a match in a report on a team sport: "Benfica were beaten 2-1 by Boavista", "Aston Villa drew 0-0
with Sheffield Wednesday", "the Toronto Blue Jays lost to the Boston Red Sox", "Celta Vigo's Brazilian striker".

A report whose headline opens with a sport played between teams (pack: ``team_sports``; "SOCCER - …",
"RUGBY UNION - …") names its clubs as the subjects and objects of the match: a capitalised run right before a word
of the side's result (pack: ``side_after_words``: "beat", "lost", "were beaten", "collapsed"), right after a word
of the opponent (``side_before_words``: "against", "over", "beat"; two-word cues such as "lost to", "beaten by",
a score between them skipped), before a score, or in the possessive before a player's role is a side, an
organisation, whatever its words (a club's name is often a town's, a person's or a common word's). Sides joined by
a list conjunction share the frame ("Roda JC Kerkrade and Heerenveen shared the points"). Not a name opening with
a known given name or a title, nor one the document already gives a person, nor a country or a national side
(written as the country, a place).
"""
from __future__ import annotations

import re

from .candidates import Candidate
from .shouted import shouted

RULE = "team_sides.match_sides"
SCORE = re.compile(r"\d{1,3}-\d{1,3}")


def match_sides(doc, si, s, toks, used, taken) -> list[Candidate]:
    """Capitalised runs no pass claimed that stand in a match frame of a team-sport report: organisations."""
    R = doc.R
    if not R.team_sports or not _team_sport(doc) or (si == 0 and doc.analysis.headline) or shouted(toks):
        return []
    runs = _runs(doc, toks, used)
    framed = {n for n, (a, b) in enumerate(runs) if _framed(doc, toks, a, b)}
    for n in range(1, len(runs)):  # a list shares its frame: "Roda JC Kerkrade and Heerenveen drew"
        if _joined(doc, toks, runs[n - 1][1], runs[n][0]) and (n in framed or n - 1 in framed):
            framed |= {n - 1, n}
    for n in range(len(runs) - 2, -1, -1):  # (back from the list's last member)
        if n + 1 in framed and _joined(doc, toks, runs[n][1], runs[n + 1][0]):
            framed.add(n)
    out = []
    for n in sorted(framed):
        a, b = runs[n]
        if _side(doc, toks, a, b):
            name = " ".join(R.strip_possessive(t.text) for t in toks[a:b])
            out.append(Candidate("organization", name, si, toks[a].start, toks[b - 1].end, RULE,
                                 claims=tuple(range(a, b))))
    return out


def _team_sport(doc) -> bool:
    """Does the headline open with a team sport, as agency copy labels its desk ("SOCCER - …", "ICE HOCKEY - …")?"""
    if not doc.analysis.headline:
        return False
    words = []
    for t in doc.analysis.tokens[0][:4]:
        if not t.word:
            break
        words.append(t.text.lower())
    return any(w in doc.R.team_sports for w in words)


def _runs(doc, toks, used) -> list[tuple[int, int]]:
    """Maximal runs of capitalised words no pass claimed (a possessive ends one); a run after a claimed capitalised
    word is part of another name and left out."""
    out, i = [], 0
    while i < len(toks):
        if not (toks[i].word and toks[i].cap and not used[i]) or (i and toks[i - 1].cap and toks[i - 1].word):
            i += 1
            continue
        j = i + 1
        while j < len(toks) and toks[j].word and toks[j].cap and not used[j] \
                and doc.R.strip_possessive(toks[j - 1].text) == toks[j - 1].text:
            j += 1
        low = toks[i].text.lower()  # "The New York Yankees beat", "Holders Parma were knocked out"
        a = i + (toks[i].initial and (low in doc.R.articles or low in doc.R.side_titles))
        if a < j and j - a <= 4:
            out.append((a, j))
        i = j
    return out


def _word(toks, k: int) -> str:
    """The lower-case word at ``k`` ("" for a capitalised word, a mark or past either end)."""
    return toks[k].text.lower() if 0 <= k < len(toks) and toks[k].word and not toks[k].cap else ""


def _verb_after(doc, toks, b: int) -> bool:
    """A word of the side's result after the run (an auxiliary or adverb between at most: "were beaten"), or
    after a relative clause between commas ("Farense, who finished fifth last season, lost")."""
    if b + 1 < len(toks) and toks[b].text == "," and (_word(toks, b + 1) in doc.R.person_relatives
                                                               or _word(toks, b + 1) in doc.R.thing_relatives):
        b = next((k + 1 for k in range(b + 2, min(len(toks), b + 16)) if toks[k].text == ","), b)
    k = b + (_word(toks, b) in doc.R.side_auxiliaries)
    return _word(toks, k) in doc.R.side_after


def _framed(doc, toks, a: int, b: int) -> bool:
    """Does the run toks[a:b] stand in a match frame (before a result word or a score, after an opponent's cue,
    in the possessive before a player's role)?"""
    R = doc.R
    if _verb_after(doc, toks, b) or (b < len(toks) and SCORE.fullmatch(toks[b].text)):
        return True
    if _word(toks, a - 1) in R.side_titles:
        return True  # "title rivals Essex", "hosts Leeds"
    k = a - 1 - (_word(toks, a - 1) in R.articles)
    if _word(toks, k) not in R.side_before and _word(toks, k - 1) in R.side_before \
            and _word(toks, k) not in R.stopwords and _word(toks, k - 1) not in R.side_auxiliaries:
        k -= 1  # "against struggling Nottinghamshire": one describing word between
    k2 = k - 1 - (k >= 1 and bool(SCORE.fullmatch(toks[k - 1].text)))  # ("beaten 3-1 by X": the score between)
    if _word(toks, k) in R.side_before or f"{_word(toks, k2)} {_word(toks, k)}" in R.side_before:
        return not (_word(toks, k) in R.locative and b - a == 1 and R.gaz.lookup([toks[a].text]))  # "win at Wembley"
    if toks[b - 1].text == R.strip_possessive(toks[b - 1].text):
        return False
    # "Celta Vigo's striker", "Celta Vigo's Brazilian striker": one lower-case word or nationality between at most
    between = _word(toks, b) or (toks[b].text.lower() if b < len(toks) else "")
    return between in R.team_roles or ((bool(_word(toks, b)) or between in R.demonyms)
                                       and _word(toks, b + 1) in R.team_roles)


def _joined(doc, toks, end: int, start: int) -> bool:
    """Are two runs joined by a list conjunction ("X and Y", "the X and the Y")?"""
    if start == end + 2 and _word(toks, end + 1) in doc.R.articles:
        start -= 1  # "the Atlanta Braves and the Montreal Expos"
    return start == end + 1 and toks[end].text.lower() in doc.R.list_conjunctions


def _side(doc, toks, a: int, b: int) -> bool:
    """May the run name a club: not a person (a given name or title first, a surname the document gives a person),
    not a country or national side, not a common word, weekday or month alone?"""
    R = doc.R
    if _word(toks, b) in R.org_nouns:
        return False  # a modifier of its noun: "two points over the Moscow club"
    words = [R.strip_possessive(t.text) for t in toks[a:b]]
    first, low = words[0], words[0].lower()
    given = R.morph.first_name(first) and len(words) > 1  # (sports copy names a player by his surname: "Kent" alone
    # in a match frame is the county)
    if given or R.role_len(words[:1]) or low in R.titles or low in R.demonyms \
            or ("person", R.key(words[-1])) in doc.ents:
        return False
    if R.key(" ".join(words)) in R.country_keys or R.key(first) in R.country_keys and len(words) == 1:
        return False
    return len(words) > 1 or not (low in doc.forms or low in R.stopwords or low in R.not_names or low in R.not_person
                                  or low in R.month_words or low in R.weekday_words)
