"""The organisation a role belongs to, where the text names it beside the title rather than inside it:
a title whose complement is a bare organisation noun ("глава партии", "директор компании") takes the organisation
the text named with that noun just before ("… представители партии «Яблоко». … главу партии X" -> "глава партии
«Яблоко»"); a name followed by "из" and an organisation ("X из команды «Y»") is from that organisation. Run once
over the document after the sentence passes (document.py). Pack settings: ``role_owner_reach`` (sentences back;
0 turns the first rule off) and ``role_from_words`` (the prepositions of the second).

Nothing is guessed: only an organisation the text names by the same noun (or right after the name) is taken.
"""
from __future__ import annotations

from .. import morphology as mo
from .candidates import FULL_ROLE, ROLE, Change, names_no_body
from .role_phrases import genitive
from .tokens import QUOTE_CHARS


def owned_roles(doc) -> list[Change]:
    """A FULL_ROLE change for each person whose title ends in a bare organisation noun, when the same or one of
    the ``role_owner_reach`` sentences before names an organisation by that noun (the nearest one before the
    title)."""
    reach = doc.R.morph.cfg["role_owner_reach"]
    if not reach:
        return []
    orgs: dict[int, list] = {}  # each sentence's organisation mentions
    for m, e in doc.mentions:
        if e.kind == "organization":
            orgs.setdefault(m.sentence, []).append(m)
    out, done, nouns = [], set(), {}
    for m, ent in doc.mentions:
        if ent.kind != "person" or not ent.role or ent.key in done:
            continue
        if ent.key not in nouns:
            nouns[ent.key] = _bare_owner(doc, ent.role)
        noun = nouns[ent.key]
        at = _title_end(doc, m, ent.role) if noun else None
        near = [o for k in range(m.sentence - reach, m.sentence + 1) for o in orgs.get(k, ())]
        name = _named_by(doc, near, m.sentence, at, noun, reach) if at is not None and near else None
        if name:
            done.add(ent.key)
            out.append(Change(FULL_ROLE, ent, "role_owners.owned_roles", f"{ent.role} {name}"))
    return out


def from_orgs(doc) -> list[Change]:
    """A ROLE change for a person whose name is followed by a ``role_from_words`` preposition, an organisation
    noun and the organisation's name: "Пабло Ортега из команды «Скорость»" -> "из команды «Скорость»" (after a
    bare title: "гонщик из команды «Скорость»")."""
    froms = set(doc.R.morph.cfg["role_from_words"])
    if not froms:
        return []
    starts = {(m.sentence, m.start): m for m, e in doc.mentions if e.kind == "organization"}
    out = []
    for m, ent in doc.mentions:
        if ent.kind != "person":
            continue
        toks = doc.analysis.tokens[m.sentence]
        i = next((k for k, t in enumerate(toks) if t.start >= m.end), None)
        if i is None or i + 2 >= len(toks) or toks[i].text.lower() not in froms or not _org_noun(doc, toks[i + 1].text):
            continue
        q = i + 3 if toks[i + 2].text in QUOTE_CHARS and i + 3 < len(toks) else i + 2
        org = starts.get((m.sentence, toks[q].start))
        if org is None:
            continue
        s = doc.sentences[m.sentence]
        phrase = s[toks[i].start:_closed(toks, s, org.end)]
        role = f"{ent.role} {phrase}" if ent.role and " " not in ent.role else phrase
        out.append(Change(ROLE, ent, "role_owners.from_orgs", role))
    return out


def pronoun_owners(doc) -> list[Change]:
    """A ROLE change for a person whose bare title follows a possessive pronoun (quote_marks ``possessives``: "Его
    председатель X", "Яго старшыня X") when the sentence or the one before names an organisation before it and no
    person between: "Кооператив «Слуцкие сыры» подписал договор. Его председатель X" -> "председатель кооператива
    «Слуцкие сыры»"."""
    pronouns = doc.R.owner_pronouns
    if not pronouns:
        return []
    out, done, named = [], set(), {}
    for m, e in doc.mentions:  # each sentence's persons and organisations
        if e.kind in ("person", "organization"):
            named.setdefault(m.sentence, []).append((m, e))
    for m, ent in doc.mentions:
        if ent.kind != "person" or ent.key in done or not ent.role or not names_no_body(ent.role):
            continue
        toks = doc.analysis.tokens[m.sentence]
        before = [t for t in toks if t.end <= m.start and t.word][-len(ent.role.split()) - 1:]
        if len(before) <= len(ent.role.split()) or before[0].text.lower() not in pronouns:
            continue
        near = named.get(m.sentence - 1, []) + named.get(m.sentence, [])
        owner = _nearest_org(doc, near, m.sentence, before[0].start)
        if owner:
            done.add(ent.key)
            out.append(Change(ROLE, ent, "role_owners.pronoun_owners", f"{ent.role} {owner}"))
    return out


def _nearest_org(doc, near, si: int, at: int) -> str | None:
    """The organisation named last among ``near`` (the mentions of sentence ``si`` and the one before) before
    character ``at`` of sentence ``si``, as written with its noun in the genitive ("кооператива «Слуцкие сыры»");
    None when a person is named after it."""
    last = None
    for m, e in near:
        if not (m.sentence == si and m.end > at):
            last = (m, e) if last is None or (m.sentence, m.start) > (last[0].sentence, last[0].start) else last
    if last is None or last[1].kind != "organization":
        return None
    m = last[0]
    s, toks = doc.sentences[m.sentence], doc.analysis.tokens[m.sentence]
    before = [t for t in toks if t.end <= m.start]
    opened = before[-1] if before and before[-1].text in QUOTE_CHARS else None
    name = s[opened.start if opened else m.start:_closed(toks, s, m.end)]
    noun = [t for t in before if t.word][-1:]
    if noun and (opened is None or before[-2:-1] == noun) and _org_noun(doc, noun[0].text.lower()):
        form = genitive(doc, noun[0].text)
        return f"{form.lower()} {name}" if form else name
    return name if opened else _phrase_genitive(doc, name)


def _phrase_genitive(doc, name: str) -> str | None:
    """A name written without quote marks in the genitive, word by word, as it follows a title ("Гомельский
    симфонический оркестр" -> "Гомельского симфонического оркестра"); None where no analyser can say."""
    M = doc.R.morph
    out = []
    for w in name.split():
        p = next((p for p in M.parse(w.lower()) if p.case == mo.NOMINATIVE), None) if M.analyzer else None
        form = p.inflect(mo.GENITIVE) if p is not None else None
        if not form:
            return None
        out.append(M.match_case(form, w))
    return " ".join(out)


def _bare_owner(doc, role: str) -> str | None:
    """The organisation noun (base form) a role ends in, when it ends in one and names no organisation: "глава
    партии" -> "партия"; not "защитник «Динамо»", "министр финансов" nor "член Аграрной партии"."""
    words = role.split()  # (a capitalised word before the noun names it already: "Либерально-демократической партии")
    last = words[-1]
    if len(words) < 2 or not last.isalpha() or not last.islower() or len(words) > 2 and words[-2][:1].isupper():
        return None
    M = doc.R.morph
    return next((b for b in doc.R.heads + doc.R.markers if " " not in b and M.matches(last, b)), None)


def _title_end(doc, m, role: str) -> int | None:
    """Where the title's last word ends in the mention's sentence, when it is the word right before the name."""
    toks = doc.analysis.tokens[m.sentence]
    before = [t for t in toks if t.end <= m.start and t.word]
    if before and before[-1].text.lower() == role.split()[-1].lower():
        return before[-1].start
    return None


def _named_by(doc, orgs, si: int, at: int, noun: str, reach: int) -> str | None:
    """The nearest organisation before character ``at`` of sentence ``si`` (or in the ``reach`` sentences before)
    that the text names right after ``noun`` ("партии «Яблоко»") or whose name opens with it, as written."""
    best = None
    for m in orgs:
        if not (si - reach <= m.sentence <= si) or (m.sentence == si and m.end > at):
            continue
        name = _after_noun(doc, m, noun)
        if name and (best is None or (m.sentence, m.start) > best[0]):
            best = ((m.sentence, m.start), name)
    return best[1] if best else None


def _after_noun(doc, m, noun: str) -> str | None:
    """The organisation's name as the sentence writes it (with its quote marks), when ``noun`` stands right
    before it or opens it; None otherwise."""
    s, toks = doc.sentences[m.sentence], doc.analysis.tokens[m.sentence]
    inside = [t for t in toks if m.start <= t.start and t.end <= m.end and t.word]
    before = [t for t in toks if t.end <= m.start]
    end = _closed(toks, s, m.end)
    if inside and len(inside) > 1 and doc.R.morph.matches(inside[0].text, noun):
        return s[inside[1].start:end]  # "Компания Лесные сады" named whole: the name after the noun
    opened = before[-1] if before and before[-1].text in QUOTE_CHARS else None
    head = [t for t in before if t.word][-1:] if before else []
    if not head or not doc.R.morph.matches(head[0].text, noun) or (opened and before[-2:-1] != head):
        return None
    return s[opened.start if opened else m.start:end]


def _closed(toks, s: str, end: int) -> int:
    """``end`` moved past a closing quote mark that follows it."""
    nxt = next((t for t in toks if t.start >= end), None)
    return nxt.end if nxt is not None and nxt.start == end and nxt.text in QUOTE_CHARS else end


def _org_noun(doc, word: str) -> bool:
    """Is ``word`` a form of a listed organisation noun ("команды", "компании")?"""
    return word.islower() and doc.R.org_noun(word)
