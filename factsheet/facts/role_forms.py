"""A title in its base form: the case a title word stands in, its head word and adjectives put back in the
nominative ("мэра Мінска" -> "мэр Мінска", "израильскому премьеру" -> "израильский премьер"). Read by roles.py,
persons.py and name_case.py.
"""
from __future__ import annotations

from .. import morphology as mo
from . import role_agents, role_bounds


def role_case(doc, head: str) -> str | None:
    """Grammatical case of a title word ("Экс-премьера" -> gent), read by the analyser."""
    R = doc.R
    for p in R.role_prefixes:
        if head.lower().startswith(p) and len(head) > len(p) + 2:
            head = head[len(p):]
            break
    for q in R.morph.parse(head.lower()):
        if q.pos == mo.NOUN and R.morph.fold(q.base) in R.role_first_words and q.case != mo.NOMINATIVE:
            return q.case
    return None


def nominative_adj(doc, adj: str, noun: str, base: str | None = None) -> str:
    """The adjective in the nominative singular, in the gender of the title's reading whose base form is ``base``
    ("израильскому премьеру" -> "израильский", not the feminine of "премьера"); without an analyser by the
    pack's rules for adjectives before a head ("генеральнага" -> "генеральны", "Віцебскай" -> "Віцебская")."""
    M = doc.R.morph
    if not M.analyzer:
        base = M.rule_base(adj, "org_adjective_m")
        return base if base != adj else M.rule_base(adj, "org_adjective_f")
    nouns = [p for p in M.parse(noun) if p.pos == mo.NOUN]
    p = next((p for p in nouns if base and M.fold(p.base) == M.fold(base.lower())), nouns[0] if nouns else None)
    q = next((q for q in M.parse(adj) if q.pos in (mo.ADJECTIVE, mo.PARTICIPLE)), None)
    inf = q.inflect(mo.NOMINATIVE, mo.SINGULAR, p.gender or mo.MASCULINE) if p is not None and q is not None else None
    return M.match_case(inf, adj) if inf else adj


def base_role(doc, text: str, head: str) -> str:
    """Put the role's head word back in base form ("мэра Мінска" -> "мэр Мінска", "Экс-премьера" -> "Экс-премьер")."""
    for p in doc.R.role_prefixes:  # only a hyphenated prefix leaves the title inflected ("замглавы" is fixed)
        if p.endswith("-") and head.lower().startswith(p) and len(head) > len(p) + 2:
            based = base_role(doc, text[len(p):], head[len(p):])
            return head[:len(p)] + based
    if not text.lower().startswith(head.lower()):
        return text
    M, R = doc.R.morph, doc.R
    low = head.lower()  # the first one-word title (in list order) that is a base form of the head, if another word
    own = {M.fold(low), M.fold(M.plain_initial(low))}  # ("ўрач" is "урач")
    hits = [R.one_word_roles[f] for f in R.role_lemmas(head) if f not in own and f in R.one_word_roles]
    if hits:
        return M.match_case(min(hits)[1], head) + _stacked_title(doc, text[len(head):], head)
    lead = role_bounds.participle_title(doc, head) or role_agents.base_of(doc, head)  # "исполняющего", "трактористу"
    return M.match_case(lead, head) + _stacked_title(doc, text[len(head):], head) if lead else text


def _stacked_title(doc, rest: str, head: str) -> str:
    """The words after an oblique head with a last one-word title in the head's own case (not the genitive, which
    a complement takes: "заместителя председателя") in base form too: "с ректором академии профессором X" ->
    "ректор академии профессор" — two titles of one person agree."""
    M, R = doc.R.morph, doc.R
    words = rest.split()
    if not words or not M.analyzer:
        return rest
    last = words[-1]
    cases = {p.case for p in M.parse(head.lower())[:2] if p.pos == mo.NOUN} - {mo.GENITIVE, mo.NOMINATIVE, None}
    hits = [R.one_word_roles[f] for f in R.role_lemmas(last) if f != M.fold(last.lower()) and f in R.one_word_roles]
    if not cases or not hits or not any(p.case in cases for p in M.parse(last.lower())[:2] if p.pos == mo.NOUN):
        return rest
    return rest[:len(rest) - len(last)] + M.match_case(min(hits)[1], last)


def unagreeing_adjective(doc, word: str, head: str) -> bool:
    """Rules only: is ``word`` no adjective of the title ``head`` because their cases differ — a base-form
    adjective ending before a title in an oblique case ("ад пасады старшыні": "пасады" ends like "новы", but
    "старшыні" is no base form; its adjective would end "-ага", "-ай")?"""
    R = doc.R
    if R.morph.analyzer or not R.oblique_adj:
        return False
    low = word.lower()
    return not low.endswith(R.oblique_adj) and base_role(doc, head, head) != head


def listed_adjective_head(doc, toks, head: int, name: int) -> int:
    """Without an analyser: the noun of a listed title that opens with an adjective ("галоўны урач") heads the
    role, so an oblique form ("падтрымала галоўнага ўрача …") goes back to base form word by word, the adjective
    agreeing with the noun; the two-word listed form itself was not found in the oblique case."""
    R, nxt = doc.R, head + 1
    if R.morph.analyzer or nxt >= name or not toks[nxt].word or not R.adjective(toks[head].text):
        return head
    return nxt if R.role_len([toks[nxt].text]) and R.role_len([toks[head].text, toks[nxt].text]) == 2 else head
