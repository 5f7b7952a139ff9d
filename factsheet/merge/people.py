"""The same person or organisation once across articles in several languages and scripts.

People match when their surnames have the same spelling-blind key (``spelling.word_key``) and their given names do
not contradict: the same key, an initial, one side without a given name, or the same key once a leading consonant
is dropped (Belarusian prothesis: Вольга / Ольга, Ганна / Анна). Namesakes with different given names stay apart
(Ігар and Пётр Лаўрэнцьеў). Organisations match when their keys are nearly the same (``Белагратэх`` /
``Belagrotech``: х is kh in ICAO and ch in English spellings). The name shown is the form of the brief's language
when one of its articles has it, else the form in its script, else a romanisation or the reverse.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from difflib import SequenceMatcher

from .. import langpack
from ..model import Person
from ..tokens import WORD
from . import roles, spelling

ORG_SIMILARITY = 0.8  # Белагратэх/Belagrotech 0.92; unrelated short names stay well below


@dataclass
class Member:
    item: object  # Person or Place, evidence already shifted
    source: int
    code: str
    rank: int


@dataclass
class Cluster:
    members: list[Member] = field(default_factory=list)

    @property
    def sources(self) -> set[int]:
        return {m.source for m in self.members}


def _name_words(name: str) -> list[str]:
    return [w for w in name.replace("«", " ").replace("»", " ").replace('"', " ").split() if w]


def _given_ok(a: list[str], b: list[str], code_a: str, code_b: str) -> bool:
    if not a or not b:
        return True
    ka, kb = spelling.word_key(a[0], code_a), spelling.word_key(b[0], code_b)
    if ka == kb:
        return True
    if len(a[0].rstrip(".")) == 1 or len(b[0].rstrip(".")) == 1:  # an initial
        return ka[:1] == kb[:1]
    longer, shorter = (ka, kb) if len(ka) > len(kb) else (kb, ka)
    return len(longer) == len(shorter) + 1 and longer[1:] == shorter


def same_person(a: Member, b: Member) -> bool:
    wa, wb = _name_words(a.item.name), _name_words(b.item.name)
    if not wa or not wb:
        return False
    sa, sb = spelling.word_key(wa[-1], a.code), spelling.word_key(wb[-1], b.code)
    return len(sa) >= 2 and sa == sb and _given_ok(wa[:-1], wb[:-1], a.code, b.code)


def same_org(a: Member, b: Member) -> bool:
    ka = "".join(spelling.word_key(w, a.code) for w in _name_words(a.item.name))
    kb = "".join(spelling.word_key(w, b.code) for w in _name_words(b.item.name))
    if min(len(ka), len(kb)) < 3:
        return ka == kb and bool(ka)
    sm = SequenceMatcher(None, ka, kb)  # the cheap upper bounds first: most pairs are far apart
    return sm.real_quick_ratio() >= ORG_SIMILARITY and sm.quick_ratio() >= ORG_SIMILARITY \
        and sm.ratio() >= ORG_SIMILARITY


def cluster(members: list[Member], same) -> list[Cluster]:
    """Greedy clustering in rank order: a member joins the first cluster one of whose members it matches; a bare
    surname joins only when exactly one cluster fits (else it stays alone rather than guess)."""
    clusters: list[Cluster] = []
    for m in members:
        fits = [c for c in clusters if any(same(m, other) for other in c.members)]
        if len(fits) == 1 or (fits and len(_name_words(m.item.name)) > 1):
            fits[0].members.append(m)
        else:
            clusters.append(Cluster([m]))
    return clusters


def script_of(code: str) -> str:
    alphabet = langpack.load(code).config.get("alphabet", "") if code in langpack.available() else ""
    return "cyrillic" if spelling.is_cyrillic(alphabet) else "latin"


def display_name(names: list[tuple[str, str]], brief_code: str, personal: bool = True) -> str:
    """``names`` as (name, pack code), best first: the brief's language, then its script, then converted — a
    Cyrillic name romanised; a Latin one written in Cyrillic only if it is a person's (Cyrillic text keeps
    "USD" or "Orient Pharma LLC" in Latin letters)."""
    for name, code in names:
        if code == brief_code:
            return name
    want = script_of(brief_code)
    for name, code in names:
        if (want == "cyrillic") == spelling.is_cyrillic(name):
            return name
    name, code = names[0]
    if want == "latin":
        return spelling.romanise(name, code)
    return (spelling.cyrillise(name, brief_code) if personal else None) or name


def merged_item(c: Cluster, brief_code: str):
    """One item for a cluster: the brief-language name, the other spellings as aliases, evidence united, the role
    from an article in the brief's language when it has one and the others do not contradict it (``roles``)."""
    ordered = sorted(c.members, key=lambda m: (m.code != brief_code, -len(_name_words(m.item.name)),
                                               -len(m.item.evidence), m.rank))
    name = display_name([(m.item.name, m.code) for m in ordered], brief_code,
                        personal=getattr(ordered[0].item, "type", "") == "person")
    # (an article's own other names of an organisation, "KDP", stay among them)
    aliases = list(dict.fromkeys(a for m in ordered for a in (m.item.name, *m.item.aliases) if a != name))
    evidence = sorted({i for m in c.members for i in m.item.evidence})
    first = ordered[0].item
    extra = {}
    if isinstance(first, Person):
        extra["role"] = roles.choose([(m.item.role, m.code) for m in ordered if m.item.role], brief_code)
    return replace(first, name=name, evidence=evidence, aliases=aliases, **extra)


def merge_who(members: list[Member], brief_code: str, own_text: list[str] = ()) -> list:
    """People and organisations once; ``own_text`` (the sentences of the articles in the brief's language) gives
    the brief's spelling of a name those articles wrote but their facts missed."""
    people = [m for m in members if m.item.type == "person"]
    orgs = [m for m in members if m.item.type != "person"]
    clusters = [(c, same_person) for c in cluster(people, same_person)] + [(c, same_org) for c in
                                                                          cluster(orgs, same_org)]
    clusters.sort(key=lambda cs: (-len(cs[0].sources), -sum(len(m.item.evidence) for m in cs[0].members),
                                  min(m.rank for m in cs[0].members)))
    for c, same in clusters:
        found = _written_in(c, same, own_text, brief_code)
        if found:
            c.members.append(Member(replace(c.members[0].item, name=found, evidence=[]), -1, brief_code, 10**6))
    return [merged_item(c, brief_code) for c, _ in clusters]


_CAPITALISED = re.compile(rf"\b(?=[A-ZА-ЯЁІЎ]){WORD}(?:\s+(?=[A-ZА-ЯЁІЎ]){WORD})*")


def _written_in(c: Cluster, same, own_text: list[str], brief_code: str) -> str | None:
    """A run of capitalised words in the brief-language text that is the cluster's name, when no member is in the
    brief's language and that language is written in Latin letters (whose names do not decline)."""
    if not own_text or script_of(brief_code) != "latin" or any(m.code == brief_code for m in c.members):
        return None
    size = max(len(_name_words(m.item.name)) for m in c.members)
    for sentence in own_text:
        for run in _CAPITALISED.findall(sentence):
            words = run.split()
            for start in range(len(words) - size + 1):
                cand = Member(replace(c.members[0].item, name=" ".join(words[start:start + size])), -1,
                              brief_code, 0)
                if any(same(cand, m) for m in c.members):
                    return cand.item.name
    return None
