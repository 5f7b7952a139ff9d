"""A nationality written before a name marks its bearer, the way sports and foreign news list people: "shared by
Czech Jan Novotny and Slovak Tibor Hrnciar", "Kenyan Paul Tergat won". The pack's nationality adjectives
(``demonyms``) then vouch for a pair nobody's given-name list knows, as its nationality nouns ("Pole", "Briton")
already do (person_cues.vouched).
"""
from __future__ import annotations


def demonym_before(doc, toks, idx: list[int]) -> bool:
    """Is the pair or triple at ``idx`` the rest of a capitalised run that a nationality adjective opens, each of
    its words a possible name part: never written in lower case in the text, no title, place, common word or
    organisation word ("Russian Orthodox Church" is no person), and no article or capitalised word before the
    nationality?"""
    R = doc.R
    a = idx[0] - 1
    if a < 0 or not 2 <= len(idx) <= 3 or toks[a].text.lower() not in R.demonyms:
        return False
    if a > 0 and toks[a - 1].word and (toks[a - 1].cap and not toks[a - 1].initial
                                       or toks[a - 1].text.lower() in R.articles):
        return False  # "the Finnish Kemira Chemicals": an article before the nationality makes it a thing's
    words = [toks[i].text for i in idx]
    if R.gaz.lookup(words) or R.gaz.lookup(words[:2]):
        return False
    return all(w.lower() not in doc.forms and w.lower() not in R.stopwords and w.lower() not in R.not_names
               and w.lower() not in R.not_person and w.lower() not in R.titles and w.lower() not in R.demonyms
               and not w.isupper() and not R.role_len([w]) and not R.gaz.lookup([w]) and not R.org_word(w)
               for w in words)
