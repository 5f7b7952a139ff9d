"""A title the text gives a person in the sentence next to the name: "Европа огорчила вновь переизбранного
президента Белоруссии … . Лукашенко и ещё 30 его служащих …", "Инициативу Юрия Лужкова … . … в адрес мэра Москвы
…", "… о визите российского президента … . … Дмитрий Медведев воздержится …". The title stands without a name of
its own, in an oblique case (the object or complement of its sentence, not the subject acting: "Его встретил
министр" is someone else), and the sentences on either side of it name one person between them, who has no role.
Run once over the document after the sentence passes (document.py); only a person without any role takes it.

The case is what tells a free title from the subject's (a title in the nominative acts itself, one in the
instrumental is met with: "встретился с министром"), so only a pack with an analyser uses this rule.
"""
from __future__ import annotations

from .. import morphology as mo
from . import role_verbs
from .candidates import ROLE, Change
from .roles import title_phrase

RULE = "role_nearby.nearby_titles"
OBLIQUE = (mo.GENITIVE, mo.ACCUSATIVE, mo.PREPOSITIONAL)  # not the subject acting, not one met with or sent to


def nearby_titles(doc) -> list[Change]:
    """ROLE changes: each free title (see the module note) to the one person its neighbouring sentences name."""
    if not doc.R.morph.analyzer:
        return []
    persons: dict[int, list] = {}
    for m, ent in doc.mentions:
        if ent.kind == "person" and ent not in persons.setdefault(m.sentence, []):
            persons[m.sentence].append(ent)
    offers: dict[int, tuple] = {}  # person id -> (person, title), None when two titles compete
    for si in range(len(doc.sentences)):
        near = {id(e): e for j in (si - 1, si + 1) for e in persons.get(j, [])}
        bare = [e for e in near.values() if not e.role]
        if len(bare) != 1:
            continue  # nobody or several: whose title it is the text does not say
        person = bare[0]
        if any(e is person or not e.role for e in persons.get(si, [])):
            continue  # a person named in the title's own sentence without a title may be its holder
        titled = [e for e in near.values() if e.role] + persons.get(si, [])
        for title in _free_titles(doc, si, titled):
            key = id(person)
            offers[key] = (person, title) if key not in offers else (person, None)
    return [Change(ROLE, p, RULE, t) for p, t in offers.values() if t]


def _free_titles(doc, si: int, titled: list) -> list[str]:
    """The title phrases of sentence ``si`` that stand in an oblique case and name nobody: with their complement
    or an adjective ("мэр Москвы", "российский президент"), singular, in a sentence with no personal pronoun as
    its subject ("Он встретился с мэром" met him) and sharing no word with the role of a person named there or
    next to it (``titled``: "Посол Японии Коно … . … посла": his title again)."""
    R, toks = doc.R, doc.analysis.tokens[si]
    if any(t.word and t.text.lower() in R.pronouns for t in toks):
        return []
    taken = {R.morph.fold(w.lower()) for e in titled if e.role for w in e.role.split()}
    out = []
    for k, t in enumerate(toks):
        if not t.word or t.cap or not R.role_len([t.text]) or not _oblique_singular(doc, t.text) \
                or R.role_lemmas(t.text) & taken:
            continue
        start = k - 1 if k > 0 and toks[k - 1].word and not toks[k - 1].cap \
            and R.morph.parse(toks[k - 1].text.lower())[:1] \
            and R.morph.parse(toks[k - 1].text.lower())[0].pos in (mo.ADJECTIVE, mo.PARTICIPLE) else k
        end = role_verbs.phrase_end(doc, toks, k)
        if end < len(toks) and toks[end].cap and toks[end].word:
            continue  # a name right after the title: the sentence's own rules read it
        role = title_phrase(doc, doc.sentences[si], toks, start, end)
        if role and " " in role:
            out.append(role)
    return out


def _oblique_singular(doc, word: str) -> bool:
    """Is the title word's likeliest noun reading singular in an oblique case (OBLIQUE), with no reading in the
    nominative singular ("директора" also reads as a plural, "президент" is the subject's)?"""
    M, lemmas = doc.R.morph, doc.R.role_lemmas(word)
    nouns = [p for p in M.parse(word.lower()) if p.pos == mo.NOUN and M.fold(p.base) in lemmas]
    return bool(nouns) and nouns[0].case in OBLIQUE and nouns[0].number == mo.SINGULAR \
        and not any(p.case == mo.NOMINATIVE and p.number == mo.SINGULAR for p in nouns)
