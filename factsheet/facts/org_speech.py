"""Reported speech whose speaker is an organisation, where no person is named.

An agency report often credits a body, not a person: "Міністэрства паведаміла, што …", "…, сообщил Национальный
статистический комитет", "В Следственном комитете сообщили, что …", "Belarusbank says it approved …", "…, the
Ministry of Information said on Thursday". The body is the subject of the speech verb: an organisation mention in
the words next to the verb with no clause break between (before the verb, or right after it when the clause comes
first), or a noun that stands for the organisation last named ("ведомство", "the court's press service"; the
pack's ``org_referring_nouns``). reported.py tries a person first; these rules run only where none is found.
A sentence that credits the one before ("… . Пра гэта паведаміла Міністэрства адукацыі.", "Об этом сообщили в
ведомстве") names the body the same way (credited_back).
"""
from __future__ import annotations

import re

from .. import tokens
from . import org_kind_noun
from .mention_view import mentions_between
from .speakers import named_organisation, referred_organisation, refers_back

SLOT_WORDS = 6  # the subject beside the verb: "The National Bank's press service", "В Следственном комитете"
OPENER_WORDS = 3  # words set off before the subject: "On Monday, the ministry said that …"
HEAD_WORDS = 2  # words before the organisation's name: its kind ("Агентство AFP", "The news agency AFP")
APPOSITION_WORDS = 8  # "Belarusbank, the country's largest lender, says": the description between the commas
TAIL_WORDS = 10  # words after "…, ORG said" ending the sentence ("on Thursday after the board met")
AGENT_GAP = 2  # words between a crediting verb and the body: "сообщили в МЧС", "was announced by the Ministry"
BREAK = re.compile(r"[,;:()\[\]!?«»\"“”]")
QUOTE_MARKS = re.compile(r"[«»\"“”„]")  # a quoted name is no break: "Торговая сеть «Зорка Маркет» сообщила"
# a wire dateline opening the sentence, up to its dash: a place in capitals, a date, maybe the agency in brackets
DATELINE_DASH = re.compile(r"^\s*[^\W\d_][^\W\d_ .'’-]*(?:[ .'’-]+[^\W\d_]+){0,3},[^—–]{1,30}?\s[—–-]\s")


def by_organisation(i: int, s: str, first, cues, r, view, starts) -> tuple[str, str] | None:
    """(organisation, clause) when an organisation is the subject of a speech verb in sentence ``i``; ``first``:
    the sentence's first speech verb (the search goes on from it)."""
    for verb in r.verb.finditer(s, first.start()):
        found = _subject_first(i, s, verb, cues, r, view, starts) or _apposed(i, s, verb, cues, view, starts) \
            or _clause_first(i, s, verb, r, view, starts, cues)
        if found:
            return found
    return None


def _subject_first(i, s, verb, cues, r, view, starts):
    """"ORG сообщило, что clause" / "ORG says clause": the subject ends the words before the verb, or before the
    source it cites ("Издание РБК со ссылкой на источники пишет, что …"; the pack's ``citing_cues``)."""
    before, after = s[:verb.start()], s[verb.end():]
    cut = max(before.rfind(c) for c in ",;:") + 1
    if cut and len(tokens.words(before[:cut])) > OPENER_WORDS:
        return None  # the verb of a later clause, not the sentence's own attribution
    citing = cues.citing.search(s, cut, verb.start()) if cues.citing else None  # "РБК со ссылкой на источники"
    org = _slot_org(i, cut, citing.start() if citing else verb.start(), s, r, view, starts)
    that = cues.that.match(after)
    opened = that.group().strip(" ,") or verb.group().lower() in cues.org_bare  # "Bank X says it …", not "added"
    if org is None or not opened or not (after[:1].isspace() or after.startswith((",", ":"))):
        return None
    return org, after[that.end():].strip()


def _apposed(i, s, verb, cues, view, starts):
    """"ORG, apposition, says clause": an organisation opening the sentence, set off by a comma, and a short
    description ending in a comma right before the verb ("Belarusbank, the main lender, says it approved …",
    "Агентство AFP, ссылаясь на источники, пишет, что …",
    "Беларусбанк, крупнейший банк страны, сообщил, что …"); no person named between."""
    before, after = s[:verb.start()], s[verb.end():]
    named = mentions_between(view, starts[i], starts[i] + verb.start())
    if not named or named[0][1].kind != "organization" or any(m.kind == "person" for _, m in named):
        return None
    m = named[0][1]
    aside = QUOTE_MARKS.sub("", before[m.end:]).strip()  # "«Савушкин продукт», крупнейший …, сообщил"
    head = s[:m.start].strip(" «\"“")  # a head noun may stand first: "Агентство AFP, ссылаясь на …, пишет"
    if len([w for w in tokens.words(head) if w.lower() not in cues.stop]) > HEAD_WORDS or BREAK.search(head) or not aside.startswith(",") or not aside.endswith(",") \
            or len(tokens.words(aside)) > APPOSITION_WORDS or re.search(r"[;:()!?]", aside):
        return None
    that = cues.that.match(after)
    opened = that.group().strip(" ,") or verb.group().lower() in cues.org_bare
    if not opened or not (after[:1].isspace() or after.startswith((",", ":"))):
        return None
    return m.name, after[that.end():].strip()


def _clause_first(i, s, verb, r, view, starts, cues):
    """"clause, сообщил ORG." / "clause, ORG said on Thursday.": the clause before the comma, the subject beside
    the verb after it; not "clause, but ORG reported …", a clause of its own joined on (``cues.clause_links``)."""
    before, after = s[:verb.start()], s[verb.end():]
    comma = before.rfind(",")
    if comma <= 0 or len(tokens.words(before[:comma])) < 3:
        return None
    if not before[comma + 1:].strip():  # "clause, сообщил Национальный статистический комитет."
        end = BREAK.search(after)
        stop = end.start() if end else len(after)
        slot = (verb.end(), verb.end() + stop)
        org = _slot_org(i, *slot, s, r, view, starts, first=True)
    elif len(tokens.words(after)) <= TAIL_WORDS and not BREAK.search(before[comma + 1:]) \
            and (tokens.words(before[comma + 1:])[:1] or [""])[0].lower() not in cues.clause_links:
        slot = (comma + 1, verb.start())
        org = _slot_org(i, *slot, s, r, view, starts)  # "clause, the ministry said on Monday"
    else:
        return None
    if org and not mentions_between(view, starts[i] + slot[0], starts[i] + slot[1]):  # "the company said"
        org = _clause_subject(i, before[:comma], view, starts) or org
    return (org, before[:comma].strip()) if org else None


def _clause_subject(i, clause: str, view, starts) -> str | None:
    """The organisation opening the reported clause, its subject ("Norvel Systems raised $5m in a round led by fund
    X, the company said": the company is Norvel Systems, not the fund named last); a noun standing for a body after
    the clause points back to it first."""
    opening = len(clause) - len(clause.lstrip(" \"«“—–-"))
    dateline = DATELINE_DASH.match(clause)  # "MINSK, 1 December — Granitex … has placed …, the company said"
    opening = dateline.end() if dateline else opening
    named = mentions_between(view, starts[i], starts[i] + len(clause))
    first = named[0] if named else None
    if first is None or first[1].kind != "organization":
        return None
    return first[1].name if len(tokens.words(clause[opening:first[0] - starts[i]])) <= 1 else None


def _slot_org(i, a: int, b: int, s: str, r, view, starts, first: bool = False) -> str | None:
    """The organisation the words s[a:b] name (no person among them), or the one last named when they hold a
    noun standing for it; ``first``: the words follow the verb, so the mention must open them."""
    words = tokens.words(s[a:b])
    if not words or len(words) > SLOT_WORDS or BREAK.search(QUOTE_MARKS.sub("", s[a:b])):
        return None
    named = mentions_between(view, starts[i] + a, starts[i] + b)
    if any(m.kind == "person" for _, m in named):
        return None
    orgs = [(pos, m) for pos, m in named if m.kind == "organization"]
    if orgs:
        # before the verb the one ending last: "Агентство ООН по делам беженцев УВКБ", not the ООН inside it
        pos, m = orgs[0] if first else max(orgs, key=lambda x: (x[0] + x[1].end - x[1].start, x[0]))
        gap = s[a:pos - starts[i]] if first else s[pos - starts[i] + m.end - m.start:b]
        gap = tokens.words(gap)  # "said the research firm X": a description before the name, no other name
        return m.name if len(gap) <= 1 or first and not any(w[:1].isupper() for w in gap) else None
    if refers_back(words, r):
        return _body_by_noun(view, starts[i] + a, words, r)
    return named_body(view, starts[i] + a, words, r) or org_kind_noun.kind_body(s[a:b], r, view, starts[i] + a)


def _body_by_noun(view, pos: int, words, r) -> str | None:
    """"The finance ministry said": only a ministry named so, not the last body named; "ведомство", "the ministry":
    the one it refers back to."""
    if _described(words, r):
        return named_organisation(view, pos, words, r.stop)
    return referred_organisation(view, pos, words, r)


def _described(words, r) -> bool:
    """Does a word that is no stop word nor such noun stand right before the subject's noun ("the finance
    ministry", "Областное управление")? Then the noun names a body of that description, not any one before."""
    k = next(n for n, w in enumerate(words) if w.lower() in r.org_nouns)
    return k > 0 and words[k - 1].lower() not in r.stop and words[k - 1].lower() not in r.org_nouns


def named_body(view, pos: int, words, r) -> str | None:
    """"The cabinet has said": an organisation named before with the noun of the pack's ``org_named_nouns`` in its
    name ("the Cabinet of Ministers"); none when no such one was named (a new body, not the one last named)."""
    nouns = [w for w in words if w.lower() in r.org_named]  # "the Vietnamese ministry": a ministry, not "Vietnam X"
    return named_organisation(view, pos, nouns, r.stop) if nouns else None



def credited_back(i: int, s: str, r, view, starts) -> str | None:
    """The organisation a crediting sentence ("Пра гэта паведаміла Міністэрства адукацыі", "Об этом сообщили в
    ведомстве", "This was announced by the ministry") names: the one right after the verb, else the one last named
    for a noun standing for it ("the Interior Ministry": only a ministry named so)."""
    verb = r.verb.search(s)
    named = mentions_between(view, starts[i] + verb.end(), starts[i] + len(s), ("organization",))
    if named and len(tokens.words(s[verb.end():named[0][0] - starts[i]])) <= AGENT_GAP:
        return named[0][1].name  # right after the verb, its subject ("Об этом активистам X сообщили жители": no)
    words = tokens.words(r.verb.sub(" ", s))
    if any(w.lower() in r.org_nouns for w in words):  # "Об этом сообщили в ведомстве"
        return _body_by_noun(view, starts[i], words, r)
    return named_body(view, starts[i], words, r)
