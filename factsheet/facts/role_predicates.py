"""Where a title in the predicate's instrumental ends before the name it is given to: "Старшынёй савета абраны
Іван Пятроў", "Новым дырэктарам школы прызначана Ганна Кавалёва", "Председателем профсоюза вновь избрана
Ольга Сидорова". The participle of election or appointment and an adverb beside it are the clause's, not the
title's. The analyser tells a short participle or an adverb; without one, the pack's short passive participle
endings (``predicate_participle_endings``) count after a title in the instrumental (``instrumental_title_endings``),
and, after a title in any case, right before the name: "Ад пасады старшыні райвыканкама вызвалены Іван Пятроў"
(``clause_participle``, which also ends an organisation's name there); so does a one-word link of a name to its
title (pack ``role_verbs``: "стала", "стаў") after a title in the instrumental: "Старшынёй савета стала Ганна Пятрова".
"""
from __future__ import annotations

from .. import morphology as mo
from . import role_clause_verb, role_forms


def predicate_end(doc, toks, head: int, end: int) -> int:
    """``end`` (role_bounds.role_end's) moved back over a participle or adverb standing right before it."""
    while end - 1 > head and toks[end - 1].word and not toks[end - 1].cap and _predicate_word(doc, toks, head, end - 1):
        end -= 1
    return end


def _predicate_word(doc, toks, head: int, k: int) -> bool:
    R, low = doc.R, toks[k].text.lower()
    if R.role_len([toks[k].text]):
        return False
    M = R.morph
    if M.analyzer:
        p = (M.parse(low) or [None])[0]
        return p is not None and p.known and p.pos in (mo.ADVERB, mo.SHORT_PARTICIPLE)
    ends, title_ends = R.participle_endings, R.title_instrumental
    instrumental = bool(title_ends) and toks[head].text.lower().endswith(title_ends)
    if instrumental and any(len(words) == 1 and low.startswith(words[0]) for words, _ in R.role_links):
        return True  # "Старшынёй савета стала Ганна Пятрова": the link a title after a name takes (role_verbs)
    return bool(ends) and low.endswith(ends) and (instrumental or clause_participle(doc, toks, k, head))


def clause_participle(doc, toks, k: int, head: int | None = None) -> bool:
    """Rules only: is toks[k] a lower-case short passive participle or a one-word link of a name to its title
    (``role_verbs``: "стаў") right before a capitalised name ("… вызвалены Іван Пятроў", "… завода стаў Павел
    Лагун")? The word is the clause's verb. A participle ending a genitive noun may share ("раёна", "плана": the
    pack's ``genitive_name_endings``) counts only after the title at ``head`` in an oblique case ("Ад пасады
    дырэктара … вызвалена Алена Пракаповіч"; "ўрач раёна Павел Карчэўскі" keeps "раёна")."""
    R = doc.R
    nxt, low = toks[k + 1] if k + 1 < len(toks) else None, toks[k].text.lower()
    if role_clause_verb.after_fronted_phrase(doc, toks, k):
        return True  # "Ад … партыі вылучаны дырэктар саўгаса X": the participle before the title
    if R.morph.analyzer or nxt is None or not (nxt.word and nxt.cap) or toks[k].cap or R.role_len([toks[k].text]):
        return False
    if any(len(words) == 1 and low.startswith(words[0]) for words, _ in R.role_links):
        return True
    if not (R.participle_endings and low.endswith(R.participle_endings)):
        return False
    if not low.endswith(tuple(R.morph.cfg["genitive_name_endings"])):
        return True
    title = toks[head].text if head is not None else None
    return title is not None and role_forms.base_role(doc, title, title) != title
