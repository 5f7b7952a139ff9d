"""A single capitalised word that opens one known person's name and is no given name: the family name written
first, as Chinese, Korean and Malaysian names are ("Tan" after "Tan Wei Liang", "Park" after "Park Ji-hoon"),
where the document keys the person by the last word. It names that person when exactly one titled person named
so far has a name of three words or more, none a listed given name, opening so ("Anna" of "Anna Lis" is a given
name: the name rules decide; an untitled run such as "Kansai Electric Power" vouches for nothing).
"""
from __future__ import annotations

from .candidates import Candidate

RULE = "person_parts.part_of_one"
MIN_WORDS = 3  # "Tan Wei Liang", "Park Ji Hoon": a two-word name opens with a given name more often


def part_of_one(doc, item, word: str) -> list[Candidate]:
    """The mention of the one known person whose name has ``word`` among its words; [] when none or several."""
    si, t = item[0], item[1]
    key = doc.R.key(word)
    owners = [(k, e) for (kind, k), e in doc.ents.items() if kind == "person" and key in e.parts
              and len(e.name.split()) >= MIN_WORDS and doc.R.key(e.name.split()[0]) == key
              and e.role and not any(doc.R.morph.first_name(w) for w in e.name.split())]  # (no "John Paul Jones")
    toks, ti = item[3], item[4]
    if len(owners) != 1 or doc.R.morph.first_name(word) or _in_run(toks, ti):
        return []
    k, e = owners[0]
    return [Candidate("person", e.name, si, t.start, t.end, RULE, key=k, confirmed=True)]



def _in_run(toks, ti: int) -> bool:
    """Does a capitalised word stand right before or after the word ("Kansai International Airport")?"""
    return any(0 <= j < len(toks) and toks[j].word and toks[j].cap and not toks[j].initial for j in (ti - 1, ti + 1))
