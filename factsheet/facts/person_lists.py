"""Lists of people over the whole document, after the sentence passes: a list of names beside a confirmed person
(or long enough) is a list of people, and a comma list of single words that holds surnames the document named is a
team sheet of surnames. Packs that keep only confirmed persons run these (``confirm_unknown_persons``)."""
from __future__ import annotations

import re

from .candidates import CONFIRM, Candidate, Change

LIST = 3  # so many names in one list make it a list of people even when none of them is confirmed


def confirm_listed(doc) -> list[Change]:
    """A list of names joined by commas or conjunctions is a list of people when one of them is a confirmed
    person or it runs to ``LIST`` person-shaped names ("Billy Andrade, Duffy Waldorf and X"; a team sheet):
    CONFIRM changes."""
    out: list[Change] = []
    confirmed: set[int] = set()  # ids of the persons this pass confirms (a later list reads them)
    by_sentence: dict[int, list] = {}
    for m, e in doc.mentions:
        by_sentence.setdefault(m.sentence, []).append((m.start, m.end, e))
    for si, row in by_sentence.items():
        row.sort(key=lambda x: x[0])
        s, chain = doc.sentences[si], []
        for item in row + [None]:
            if item and item[2].kind == "person" and (not chain or _list_gap(doc, s[chain[-1][1]:item[0]])):
                chain.append(item)
                continue
            people = [e for _, _, e in chain]
            if len({id(e) for e in people}) >= LIST or any(e.confirmed or id(e) in confirmed or e.role
                                                           for e in people):
                for e in people:
                    if not (e.confirmed or id(e) in confirmed):  # (one who is confirmed already stays so)
                        confirmed.add(id(e))
                        out.append(Change(CONFIRM, e, "person_lists.confirm_listed"))
            chain = [item] if item and item[2].kind == "person" else []
    return out


def listed_surnames(doc) -> list[Candidate]:
    """A comma list of single capitalised words, ``LIST`` + 1 or more, at least two of them surnames of persons
    the document named, is a list of surnames: a team sheet ("Given, Breen, Staunton, Irwin, Quinn")."""
    R = doc.R
    known = {e.key for (k, _), e in doc.ents.items() if k == "person" and (e.confirmed or e.role)}
    left = {(si, t.start): t for si, t, *_ in doc.leftovers}
    out: list[Candidate] = []
    for si, toks in enumerate(doc.analysis.tokens):
        chain: list = []
        for i, t in enumerate(toks + (None,)):
            if t is not None and t.word and t.cap and not t.abbr and (i == 0 or toks[i - 1].text in ",;:" or (
                    toks[i - 1].text.lower() in R.list_conjunctions and chain)) \
                    and (i + 1 == len(toks) or not (toks[i + 1].word and toks[i + 1].cap)):
                chain.append(t)
                continue
            if t is not None and chain and (t.text in ",;" or t.text.lower() in R.list_conjunctions):
                continue  # the marks between the names
            if len(chain) > LIST and sum(R.key(R.strip_possessive(x.text)) in known for x in chain) >= 2:
                for x in chain:
                    if (si, x.start) in left and not R.gaz.lookup([x.text]):
                        out.append(Candidate("person", x.text, si, x.start, x.end, "person_lists.listed_surnames",
                                             confirmed=True))
            chain = []
    return out


def _list_gap(doc, gap: str) -> bool:
    """What stands between two names of one list: a comma or a conjunction (pack: ``list_conjunctions``), past
    a short remark in brackets ("X (captain), Y") or a name of one word ("X, Inzamam-ul-Haq, Y")."""
    gap = re.sub(r"\([^()]{1,20}\)", " ", gap)
    gap = re.sub(r"^(\s*,\s*)[A-Z][\w'-]+(?=\s*,\s*$)", r"\1", gap)  # ", Inzamam-ul-Haq, ": one name of one word
    words = re.sub(r"([,;()])", r" \1 ", gap).split()
    joined = [w for w in words if w in ",;" or w.lower() in doc.R.list_conjunctions]
    # a team sheet numbers its places: "Jeff Wilson, 13 - Walter Little"
    if words == ["("]:
        return True  # "X (Y, 48)": a substitute in brackets
    return 0 < len(joined) <= 2 and len(words) <= 6 and all(w in joined or w.isdigit() or w in "-()" for w in words)
