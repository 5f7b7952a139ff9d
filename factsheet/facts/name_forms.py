"""A person's full name in its base form, and its key, from the words of a capitalised run the person pass chose
(persons.py): one titled surname, a name whose particles or prefixed last part shape it (particles.py), a given
name with the analyser's agreement, or the rules' given name and surnames; None when the words name an
organisation, a listed place or a title instead.
"""
from __future__ import annotations

from .. import morphology as mo
from . import name_shapes, particles, person_cues, title_portfolios


def person_name(doc, words, initial, titled, place):
    """(base-form full name, key) when the words at ``place`` (toks, indexes) name a person, else None."""
    R, M = doc.R, doc.R.morph
    if len(words) == 1:
        if titled and not doc.R.gaz.lookup(words) and not name_shapes.thing(doc, words[0]) \
                and not name_shapes.title_complement(doc, *place) and not title_portfolios.listed_portfolio(doc, *place):
            base = M.surname(words[0], None, None)
            return base, doc.R.key(base)
        return None
    if any(R.org_noun(w) for w in name_shapes.org_candidates(doc, words)):
        return None  # "Acme Holdings Inc", "Парк ..." name organisations
    if R.gaz.lookup(words):
        return None  # "из Коста Рики": the whole run is a listed place (its hyphen written as a space)
    if any(R.role_len([w]) and not (i and (M.first_name(words[i - 1]) or M.patronymic(words[i - 1])))
           for i, w in enumerate(words) if w.lower() not in M.first_names):
        return None
    if any(w.lower() in R.particles for w in words[1:-1]) or particles.prefixed(doc, words[-1]):
        return particles.particle_name(doc, words)
    first = M.first_name_before(words[0], words[-1]) or name_shapes.second_given(doc, words)
    last = words[-1]
    gaz = R.gaz
    if first is not None and M.analyzer:
        ps = M.parse(words[1])
        # "Наина Иосифовна"; a man's patronymic after a woman's name is her surname ("Ирина Кононович")
        if len(words) == 2 and mo.PATRONYMIC in M.top_tags(words[1]) and ps[0].known \
                and name_shapes.patronymic_stands(doc, *place, words, first[1]):
            return first[0], doc.R.key(first[0])
        full = particles.chain_base(M, words) or M.agree_name(words)  # "Махмудом Абдель-Латифом Хасаном"
        fp = (M.parse(words[0]) or [None])[0]  # the top reading must be the given name ("Аль" is no "Аля")
        if full == " ".join(words) and not first[2] and first[1] == "f" and fp is not None and fp.known \
                and mo.GIVEN in fp.kinds and fp.number == mo.SINGULAR and fp.case != mo.VOCATIVE \
                and all(M.surname(w, "f", False, fp.case) == w for w in words[1:]):
            # a woman's inflected given name before a surname no reading agrees with: the surname does not
            # decline ("Ириной Кононович", "Ольге Кулик"), the given name goes back to its base form
            full = " ".join([first[0], *words[1:]])
        return full, doc.R.key(full.split()[-1])
    if first is None:
        # a pack whose names keep their form (case_endings = false) lets any inner capitalised pair through
        any_pair = not R.case_endings and (not initial or person_cues.name_like_opener(doc, words))
        if any_pair and (words[0].lower() in doc.forms or words[0].lower() in R.stopwords):
            return None  # "Share Toblerone", "Like Marmite": a common word, not a given name
        if not M.surname_like(last) and not any_pair and not M.instrumental_given(words):
            return None  # ("з заатэхнікам Рамуальдам Гайдуком": both words in a man's instrumental make a name)
        if gaz.lookup(words[:1]) or gaz.lookup(words) or name_shapes.adjective_opens(doc, words) \
                or any(w.lower() in R.not_names or w.lower() in R.not_person for w in words):
            return None
        if not M.analyzer and any(w.lower() in R.demonyms for w in words):
            return None  # "Iraqi Kurdish", "Escaped British": a nationality is no name part
        if M.analyzer and {mo.PLACE, mo.ORGANISATION} & M.top_tags(words[0]) and mo.SURNAME not in M.top_tags(last):
            return None
        if M.analyzer:
            full = M.agree_name(words)
            return full, doc.R.key(full.split()[-1])
        first = M.instrumental_given(words) or (words[0], None, None)
    fbase, gender, nominative = first  # rules only from here: the analyser branches returned above
    middle = [w if nominative else M.surname(w, gender, nominative) for w in words[1:-1]]
    lbase = M.surname(last, gender, nominative)
    full = " ".join([fbase, *middle, lbase])
    return full, doc.R.key(lbase)


def standalone(M, words: list[str]) -> list[str]:
    """A name's words as its base form, standing alone: a first letter that alternates after a vowel (the pack's
    ``initial_fold``, Belarusian ў; ``M`` is names.Morph) takes its plain letter at the name's start and after a
    consonant ("ўрада Францыі" -> "урад Францыі"), and the other letter in a lower-case word after a vowel ("у
    Полацкім дзяржаўным універсітэце" -> "Полацкі дзяржаўны ўніверсітэт"). The plain letter is
    ``Morph.plain_initial``'s; this adds the alternation inside a many-word name."""
    out = list(words)
    for i, w in enumerate(out):
        after_vowel = i > 0 and out[i - 1][-1:].lower() in M.vowels
        if not after_vowel:
            out[i] = M.plain_initial(w)
        elif w[:1] in M.initial_folds.values():
            out[i] = next(a for a, b in M.initial_folds.items() if b == w[:1]) + w[1:]
    return out
