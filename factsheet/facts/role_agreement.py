"""An adjective joins a title only in the title's case: "пасля вуглавога іспанскі абаронца X", "После углового
испанский защитник X" — "вуглавога"/"углового" (the corner kick the sentence speaks of) is in the genitive, the
title in the nominative, so the role is "іспанскі абаронца". Read by roles.py as it widens a title to the left.
"""
from __future__ import annotations

from .. import morphology as mo


def clashes(doc, word: str, head: str) -> bool:
    """Is ``word`` in a case the title word ``head`` is not in? The analyser's readings where the pack has one;
    otherwise an adjective in an oblique ending (pack: ``oblique_adjective_endings``) before a title written in
    its listed base form."""
    R, M = doc.R, doc.R.morph
    if M.analyzer:
        cases = {p.case for p in M.parse(head.lower()) if p.pos == mo.NOUN}
        adj = [p.case for p in M.parse(word.lower())[:3] if p.pos in (mo.ADJECTIVE, mo.PARTICIPLE)]
        return bool(cases) and bool(adj) and not cases & set(adj)
    return word.lower().endswith(R.oblique_adj) if R.oblique_adj and M.fold(head.lower()) in R.one_word_roles \
        else False




def governed_past_pronoun(doc, toks, i: int) -> bool:
    """Without an analyser: is the word at ``i`` a noun a preposition governs across a pronoun ("з яго перадачы
    грузінскі паўабаронца", "пасля іх сустрэчы новы старшыня")? Such a word with no oblique adjective ending is
    no adjective of the title after it (as role_bounds.governed_noun says for a word right after the preposition).
    Across an adjective it cannot say: "пасля доўгай спрэчкі" and "пасля вуглавога іспанскі" look alike."""
    R = doc.R
    if R.morph.analyzer or i < 2 or toks[i].cap or toks[i].text.lower().endswith(R.oblique_adj or ("\0",)):
        return False
    pronoun, prep = toks[i - 1].text.lower(), toks[i - 2].text.lower()
    return pronoun in R.stopwords and pronoun not in R.prepositions and prep in R.prepositions


def neuter_before_title(doc, word: str) -> bool:
    """Without an analyser: does ``word`` end as a neuter adjective in its base form (the bases of the pack's
    ``org_adjective_n`` rules: "-ае", "-яе")? No title of a person is neuter, so such a word is no adjective of one:
    a present-tense verb opening the sentence ("Адказвае начальнік аддзела X") or a neuter noun's adjective."""
    M = doc.R.morph
    if M.analyzer:
        return False
    ends = tuple({base for _, base in M.rules.get("org_adjective_n", ())})
    return bool(ends) and word.lower().endswith(ends)
