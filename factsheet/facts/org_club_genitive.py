"""A club or firm named without quotes between a title and its holder: "Главный тренер Зенита Сергей Кольцов",
"с защитником Бенфики Рафаэлом Гимарайншем". One capitalised word in the genitive after a title (roles.txt) and
right before the holder's name (tokens the person pass took) names the body the holder works for; not a place
(the gazetteer: "посол Франции Иван …"), not a person's name (the analyser's name tags, or a surname of a person the
text names: "помощник Дрозда Тарас Белоус"). The quoted form is leftovers._after_title's."""
from __future__ import annotations

from .. import morphology as mo
from .candidates import Candidate
from . import org_parts

RULE = "org_club_genitive.club_before_holder"


def _a_person(doc, word: str) -> bool:
    R, M = doc.R, doc.R.morph
    forms = {R.key(word), *(R.key(M.surname(word, g, False)) for g in "mf")}
    return any(k == "person" and R.key(e.name.split()[-1]) in forms for (k, _), e in doc.ents.items())


def club_before_holder(doc, si, s, toks, used, taken) -> list:
    """Organisations for the capitalised genitive word between a title and a name."""
    R, M = doc.R, doc.R.morph
    if not M.analyzer or not taken:
        return []
    out = []
    for i in range(1, len(toks) - 1):
        t = toks[i]
        if t.word and t.cap and not t.initial and not t.abbr and (i + 1) in taken \
                and i not in taken and toks[i - 1].word and not toks[i - 1].cap \
                and R.role_len([toks[i - 1].text]) == 1 and not R.gaz.lookup([t.text]):
            ps = M.parse(t.text)[:2]
            if ps and ps[0].pos == mo.NOUN and ps[0].case == mo.GENITIVE \
                    and not any({mo.GIVEN, mo.SURNAME, mo.PLACE} & p.kinds for p in ps) and not _a_person(doc, t.text):
                out.append(Candidate("organization", org_parts.quoted_base(doc, t.text), si, t.start, t.end, RULE))
    return out
