"""The one step that turns candidates into entities: the only writer of ``Extraction.ents``, ``mentions``,
``cited``, ``quoted_left`` and of the sentence's claimed tokens (``used``, and ``taken`` for person names); it
also applies the document-level passes' changes (``change``: confirm a person, give a role, relabel mentions).

Order and overlaps: candidates are applied in the order the passes ran (``Extraction.run``: most certain first)
and, within a pass, in the order it found them. A candidate that claims a token an earlier candidate claimed
is dropped: the earlier rule wins. A candidate that claims nothing (a place inside an organisation's name,
"… Польши") is never dropped: it names a part of a span its own rule claimed.

Merging a candidate into its entity (kind and key): a person's name widens to the longest form met; each
mention counts, cites its sentence once, and records whether a locative preposition governs a place ("in
Croydon") and whether a speech verb stands in a person's sentence; the role meets the entity's role as the
candidate's ``role_how`` says; ``confirmed`` and ``parts`` accumulate; the rule is kept for the trace.
"""
from __future__ import annotations

from .candidates import CLAIM, CONFIRM, FILL, FULL_ROLE, FULLER, MOVE, QUOTED, ROLE, Candidate, Change, merged_role
from .records import Entity, Mention
from .tokens import texts


def apply(doc, found: list[Candidate], used: list, taken: set) -> None:
    """Apply one pass's candidates, in order, to the document and to this sentence's claims (``used``, and
    ``taken`` for person-name tokens); a candidate claiming a token claimed before is dropped."""
    for c in found:
        claims = c.claims
        if claims:
            if any(map(used.__getitem__, claims)):
                continue  # an earlier rule claimed one of its tokens
            for x in claims:
                used[x] = True
            if c.names:
                taken.update(c.names)
        record(doc, c)


def record(doc, c: Candidate) -> Entity | None:
    """Merge one candidate into its entity (a new one when none has its kind and key); None for a claim."""
    kind = c.kind
    if kind == CLAIM:
        return None
    if kind == QUOTED:
        doc.quoted_left.append((c.sentence, c.start, c.end, c.name))
        return None
    name, si, R = _plain(doc.R.morph, c.name, kind), c.sentence, doc.R
    k = c.key or R.key(R.gaz.standard(name) if kind == "place" else name)  # Менск is Мінск
    as_org = kind == "person" and " " in name and ("organization", R.key(name)) in doc.ents
    if as_org:  # "X, general manager of Tianfeng Power Construction, said": a name found as an organisation stays one
        kind, k = "organization", R.key(name)
    ent = doc.ents.get((kind, k))
    if ent is None:
        ent = doc.ents[(kind, k)] = Entity(kind, name, k)
    elif kind == "person" and len(name.split()) > len(ent.name.split()):
        ent.name = name
    ent.count += 1
    cited = doc.cited.get((kind, k))
    if cited is None:
        cited = doc.cited[(kind, k)] = set()
    if si not in cited:  # (a list lookup made a name met in every sentence of a long report quadratic)
        cited.add(si)
        ent.sentences.append(si)
    if kind == "place" and located(doc, si, c.start) and not _owner(doc, si, c.start, c.end):
        ent.located.append(si)
    if kind == "person" and not ent.quoted \
            and any(t.text.lower().startswith(R.speech) for t in doc.analysis.tokens[si]):
        ent.quoted = True  # (asked until it is so: a person quoted once is quoted)
    doc.mentions.append((Mention(si, c.start, c.end, name, kind), ent))
    if c.confirmed:
        ent.confirmed = True
    if c.parts:
        ent.parts.update(c.parts)
    if c.role_how is not None and not as_org:
        ent.role = merged_role(ent.role, base_initial(R, c.role), c.role_how)
    ent.rules.append(c)
    return ent


def base_initial(R, role: str | None) -> str | None:
    """The role with its first letter in base form (``Morph.plain_initial``: Belarusian "ўладальнік" after a vowel
    is "уладальнік" on its own); a letter inside the role keeps its spelling."""
    return R.morph.plain_initial(role) if role else role


def _plain(M, name: str, kind: str) -> str:
    """A base form opens with у, not ў (``Morph.plain_initial``): the name ("ва Ўрадавай камісіі" -> "Урадавая
    камісія"), and each word of a person's name, every one a base form of its own ("Ганна Ўласава")."""
    if kind == "person" and " " in name:
        return " ".join(M.plain_initial(w) for w in name.split(" "))
    return M.plain_initial(name)


def located(doc, si: int, start: int) -> bool:
    """Does a locative preposition govern the place at ``start`` ("in Croydon", "at the White House", "у Мінску")?
    A bare mention ("US President", "Chicago Cubs") names an origin or a name part, not where the story is."""
    R = doc.R
    words = texts(doc.sentences[si][:start])[-4:]
    for w in reversed(words):
        if w.lower() in R.locative:
            return True
        if not w[0].isalpha() or (w[0].isupper() and not w.endswith(R.possessive)):
            return False  # past a place in the possessive: "in Afghanistan's Mazar-i-Sharif"
    return False


def _owner(doc, si: int, start: int, end: int) -> bool:
    """Is the place at start:end in the possessive before another name ("Afghanistan's Mazar-i-Sharif")? The
    name after it is where the story happens."""
    s = doc.sentences[si]
    return s[start:end].endswith(doc.R.possessive) and s[end:].lstrip()[:1].isupper()


def change(doc, changes: list[Change]) -> None:
    """Apply a document-level pass's changes in order (candidates.Change)."""
    for c in changes:
        ent = c.entity
        ent.rules.append(c)
        if c.what == CONFIRM:
            ent.confirmed = True
        elif c.what == ROLE:
            ent.role = merged_role(ent.role, base_initial(doc.R, c.value), FILL)
        elif c.what == FULL_ROLE:
            ent.role = merged_role(ent.role, base_initial(doc.R, c.value), FULLER)
        elif c.what == MOVE:
            _move(doc, c)
        else:  # RELABEL: the place's mentions name the organisation
            org, at = c.value
            org.rules.append(c)
            doc.ents.pop((ent.kind, ent.key), None)
            for n in at:
                m = doc.mentions[n][0]
                doc.mentions[n] = (Mention(m.sentence, m.start, m.end, org.name, org.kind), org)
                org.count += 1
                if m.sentence not in org.sentences:
                    org.sentences.append(m.sentence)


def _move(doc, c: Change) -> None:
    """One mention of ``c.entity`` (a place or a person) moves to the organisation of the same name: a new one
    counts the mention, a known one counts each sentence it gains."""
    ent, (n, m) = c.entity, c.value
    k = doc.R.key(ent.name)  # (a person is keyed by the last word of the name)
    org = doc.ents.get(("organization", k))
    if org is None:
        org = record(doc, Candidate("organization", ent.name, m.sentence, m.start, m.end, c.rule, key=k))
        doc.mentions.pop()  # (the mention is this one, moved below)
    else:
        org.rules.append(c)
        if m.sentence not in org.sentences:
            org.sentences.append(m.sentence)
            org.count += 1
    doc.mentions[n] = (Mention(m.sentence, m.start, m.end, org.name, "organization"), org)
    ent.count -= 1
    if ent.count <= 0 and doc.ents.get((ent.kind, ent.key)) is ent:
        doc.ents.pop((ent.kind, ent.key))


def trace(doc) -> list[tuple[Entity, list[Candidate]]]:
    """Each entity the passes found with the candidates that made it, in the order they were first found."""
    return [(e, list(e.rules)) for e in doc.ents.values()]
