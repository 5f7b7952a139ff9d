"""A role stated in the sentence after the name, where the text links them: a sentence that opens with a personal
pronoun and a copula ("Он является председателем …", "Ён з'яўляецца намеснікам …", "He is the deputy mayor of
…"; pack: ``pronouns.txt``, ``role_copulas``), or one whose subject is a title phrase naming nobody ("Сенатор X
прибыл в Исламабад. Председатель комитета по иностранным делам стал …"), gives its title phrase to the one person
the sentence before names. Run once over the document after the sentence passes (document.py); only a person
without a fuller role takes it.
"""
from __future__ import annotations

from .. import morphology as mo
from . import role_bounds, role_dash_link, role_verbs
from .candidates import ROLE, Change
from .role_phrases import sentence_case
from .roles import title_phrase
from .tokens import BREAKS

MAX_ROLE_WORDS = 12  # words of a title phrase after the copula


def linked_roles(doc) -> list[Change]:
    """Give each pronoun-and-copula sentence's title to the single person named in the sentence before it (a
    ROLE change, merged as a bare title giving way to a fuller one)."""
    copulas = [tuple(c.lower().split()) for c in doc.R.morph.cfg["role_copulas"]]
    out: list[Change] = []
    if not copulas:
        return out
    pronouns = doc.R.pronouns
    persons: dict[int, list] = {}
    first_at: dict[int, int] = {}  # where a sentence's first person mention starts
    for mention, ent in doc.mentions:
        if ent.kind == "person" and ent not in persons.setdefault(mention.sentence, []):
            persons[mention.sentence].append(ent)
            first_at[mention.sentence] = min(mention.start, first_at.get(mention.sentence, mention.start))
    for si in range(1, len(doc.sentences)):
        before = persons.get(si - 1, [])
        if len(before) != 1:
            continue
        toks = doc.analysis.tokens[si]
        words = [k for k, t in enumerate(toks) if t.word]
        if len(words) < 3:
            continue
        if toks[words[0]].text.lower() not in pronouns:  # a person named after the subject's verb may stand
            role = role_dash_link.dash_title(doc, doc.sentences[si], toks, words, title_phrase) \
                or _subject_title(doc, si, toks, words[0], first_at.get(si, len(doc.sentences[si])))
            role = None if role and _other_gender(doc, toks, words[0], before[0].name) else role
        elif si in persons:
            continue
        else:
            k = _after_copula(toks, words, copulas)
            role = _title_after(doc, doc.sentences[si], toks, k) if k is not None else None
        if role:
            out.append(Change(ROLE, before[0], "role_links.linked_roles", role))
    return out


def _after_copula(toks, words: list[int], copulas) -> int | None:
    """Token index right after the copula that follows the opening pronoun, or None."""
    for c in copulas:
        span = words[1:1 + len(c)]
        if len(span) == len(c) and tuple(toks[k].text.lower() for k in span) == c:
            return span[-1] + 1
    return None


def _title_after(doc, s: str, toks, k: int) -> str | None:
    """The title phrase starting at ``k`` (after articles) up to a break, a clause break or a verb; None when no
    listed title stands in its first three words (title_phrase)."""
    R = doc.R
    while k < len(toks) and toks[k].text.lower() in R.articles:
        k += 1
    if k >= len(toks) or not toks[k].word:
        return None
    end = k
    while end < len(toks) and end - k < MAX_ROLE_WORDS and toks[end].text not in BREAKS - {"-"} \
            and toks[end].text.lower() not in R.clause_breaks:
        end += 1
    return title_phrase(doc, s, toks, k, end)


def _subject_title(doc, si: int, toks, k: int, named: int) -> str | None:
    """The title phrase opening sentence ``si`` as its subject, up to its verb ("Председатель влиятельного
    комитета … стал"), in the nominative, with no person named before the verb (``named``: where the first is);
    None when the sentence before holds the same title word for someone else ("… встретился с послом. Посол
    заявил …")."""
    R = doc.R
    while k < len(toks) and toks[k].text.lower() in R.articles:
        k += 1
    if k >= len(toks) or not R.role_len([toks[k].text]) or not _nominative_title(doc, toks[k].text):
        return None
    end = role_verbs.phrase_end(doc, toks, k)
    verb = next((v for v in range(k + 1, min(len(toks), end + 1)) if role_bounds.verb_like(doc, toks[v])), None)
    if verb is None and R.case_endings and end < len(toks) and toks[end].word and not toks[end].cap \
            and toks[end].text.lower() not in R.stopwords and named >= len(doc.sentences[si]):
        verb = end  # where words change their endings, the first word out of the noun phrase is its verb (when
        # the sentence names nobody: "Наставник «Гомеля» испанец X признал" is X's title, not the one before)
    if verb is None or named <= toks[verb].start:
        return None  # no verb closes the phrase (it may be no subject: "Министр финансов и …"), or a name is in it
    lemmas = R.role_lemmas(toks[k].text)
    if any(t.word and not t.cap and R.role_lemmas(t.text) & lemmas for t in doc.analysis.tokens[si - 1]):
        return None
    role = title_phrase(doc, doc.sentences[si], toks, k, verb)
    if not role or " " not in role:
        return None  # a bare "Министр отметил …" may be anyone's: only a title with its complement links
    return sentence_case(doc, toks, k, role)


def _other_gender(doc, toks, k: int, name: str) -> bool:
    """Does the past-tense verb after the title phrase at ``k`` agree with another gender than the person's given
    name ("Аналитик Марина Кольцова спросила … . Представитель банка ответил …": a man answers, not she)?"""
    M = doc.R.morph
    given = M.first_name(name.split()[0]) if M.analyzer else None
    verb = next((t for t in toks[k + 1:] if role_bounds.verb_like(doc, t)), None)
    reading = (M.parse(verb.text) or [None])[0] if given and verb is not None else None
    if reading is None or reading.pos != mo.VERB or reading.gender not in (mo.MASCULINE, mo.FEMININE):
        return False
    return (reading.gender == mo.FEMININE) != (given[1] == "f")


def _nominative_title(doc, word: str) -> bool:
    """Is the title word in the nominative (the analyser's reading, or the pack's listed base form)?"""
    M = doc.R.morph
    if M.analyzer:
        lemmas = doc.R.role_lemmas(word)
        return any(p.case == mo.NOMINATIVE for p in M.parse(word.lower()) if M.fold(p.base) in lemmas)
    return any(len(r) == 1 and M.fold(word.lower()) == M.fold(r[0]) for r in doc.R.roles) or not doc.R.case_endings
