"""Two small frames of English-style organisation names, read by org_shapes.py: a publication's name opening its
sentence after a function word ("The Sunday Telegraph quoted", "But Le Matin newspaper said"), and a single
unknown name in the possessive before a person ("Juventus's Zinedine Zidane": the club or firm of that person).
"""
from __future__ import annotations

from . import org_people


def capitalised_neighbour(doc, toks, x: int) -> bool:
    """Is toks[x] a capitalised word that may belong to the name beside it? Not a function word or an
    organisation's frame word opening the sentence ("The Bundesbank declined", "Активисты Гринпис …"), which is
    capitalised anyway."""
    if not (0 <= x < len(toks) and toks[x].word and toks[x].cap):
        return False
    low = toks[x].text.lower()
    return not (toks[x].initial and (low in doc.R.stopwords or low in doc.R.org_before
                                     or org_people.people_before(doc, low)))  # ("Синоптики Белгидромета …")


def past_opener(doc, toks, used, i: int) -> int:
    """The run's first token past a function word that opens the sentence ("The Sunday Telegraph quoted", "But Le
    Matin newspaper said"): a capital there says nothing, and the publication's name starts after it."""
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    opener = toks[i].initial and toks[i].text.lower() in doc.R.stopwords
    return i + 1 if opener and nxt is not None and nxt.word and nxt.cap and not used[i + 1] else i


def publication_name(doc, s: str, toks, i: int, a: int, j: int) -> tuple[int, str, str]:
    """(first token, name, key) of the publication toks[a:j] found past the opener at ``i``: "The Sunday Telegraph"
    keeps its article, keyed as "the Sunday Telegraph" inside a sentence is."""
    name = s[toks[a].start:toks[j - 1].start] + doc.R.strip_possessive(toks[j - 1].text)
    k = doc.R.key(name)
    if a > i and toks[i].text.lower() in doc.R.articles:
        return i, f"{toks[i].text} {name}", k
    return a, name, k


def framed_here(doc, toks, ti: int, word: str, prev: str) -> bool:
    """The frames of this module that make the single unknown name at ``ti`` an organisation (org_shapes._framed)."""
    return owner_of_person(doc, toks, ti, word) or thing_relative(doc, toks, ti, prev) or kind_listed(doc, toks, ti) \
        or speaks_as_thing(doc, toks, ti)


def speaks_as_thing(doc, toks, ti: int) -> bool:
    """"Sandoz said its first-half profit rose", "Acme said on Monday it would cut jobs": a single unknown name
    whose speech verb goes on with a pronoun for things (pack: ``thing_pronouns``) speaks for a firm or body, not
    as a person (who is "he" or "she")."""
    R = doc.R
    k = ti + 1
    if not R.thing_pronouns or k >= len(toks) or not toks[k].word or toks[k].cap \
            or not toks[k].text.lower().startswith(R.speech):
        return False
    k += 1
    if k + 1 < len(toks) and (toks[k].text.lower() in R.place_preps or toks[k].text.lower() in R.locative) \
            and toks[k + 1].cap:
        k += 2  # "said on Monday it"
    k += k < len(toks) and toks[k].text.lower() in R.thing_links
    return k < len(toks) and toks[k].text.lower() in R.thing_pronouns


def owner_of_person(doc, toks, ti: int, word: str) -> bool:
    """"Juventus's Zinedine Zidane", "Acme's Jane Doe": a single unknown name in the possessive right before a
    person's given name and surname is the club or firm the person plays or works for."""
    R = doc.R
    return toks[ti].text != word and ti + 2 < len(toks) and toks[ti + 1].cap and toks[ti + 2].cap \
        and toks[ti + 2].word and not toks[ti + 2].abbr and bool(R.morph.first_name(toks[ti + 1].text)) \
        and not R.gaz.lookup([toks[ti + 2].text])


def plural_owner_before(doc, toks, used, start: int) -> bool:
    """Does a capitalised plural in the possessive stand right before ``start`` ("Bond Traders' Association",
    "Lay Volunteers' International Organisation")? Inside a name it is a word of the name."""
    return start >= 2 and toks[start - 1].text in ("'", "’") and toks[start - 1].start == toks[start - 2].end \
        and toks[start - 2].word and toks[start - 2].cap and toks[start - 2].text.endswith(doc.R.plural_endings) \
        and not used[start - 2] \
        and not used[start - 1]


def named_of_before(doc, toks, used, start: int) -> int:
    """The first token of a name whose head closes it, taken back over a connector such as "of" to the capitalised
    words before it ("Gold Fields of South Africa Ltd"); ``start`` when none stands there or they are a title."""
    R = doc.R
    c = toks[start - 1].text.lower() if start >= 2 else ""
    if not c or c not in R.connectors or c in R.list_conjunctions or c in R.articles or used[start - 1]:
        return start
    k = start - 1
    while k > 0 and start - 1 - k < 3 and toks[k - 1].word and toks[k - 1].cap and not used[k - 1] \
            and not toks[k - 1].abbr and not R.role_len([toks[k - 1].text]) \
            and toks[k - 1].text.lower() not in R.titles and toks[k - 1].text.lower() not in R.stopwords:
        k -= 1
    # (a sentence's first word may be any word: "Representatives of First Bank")
    return k if k < start - 1 and not toks[k].initial and not R.gaz.lookup([toks[k].text]) else start


def past_one_of(doc, toks, k: int) -> int:
    """The token after "one of" opening an apposition ("X, one of the country's largest banks"), else ``k``."""
    if k + 2 < len(toks) and toks[k].text.lower() in doc.R.apposition_openers and toks[k + 1].text.lower() in \
            doc.R.connectors:
        return k + 2
    return k


def thing_relative(doc, toks, ti: int, prev: str) -> bool:
    """"Chevron, which runs the field, …": a single unknown name that takes a relative pronoun for things (pack:
    ``thing_relatives``) is no person; not after a locative preposition, where it is a place ("in Uvira, which")."""
    R = doc.R
    return ti + 2 < len(toks) and toks[ti + 1].text == "," and toks[ti + 2].text.lower() in R.thing_relatives \
        and prev not in R.locative and prev not in R.place_preps


def kind_listed(doc, toks, ti: int) -> bool:
    """"four oil companies, including Mobil and Texaco": a single unknown name opening a list after one of the
    pack's ``list_introducers``, right after a plural noun for firms (``org_nouns``), names one of those firms;
    framed_names carries the frame to the rest of the list."""
    R, j = doc.R, ti - 1
    if j < 1 or not R.list_introducers:
        return False
    if f"{toks[j - 1].text.lower()} {toks[j].text.lower()}" in R.list_introducers:
        j -= 1
    elif toks[j].text.lower() not in R.list_introducers:
        return False
    k = j - 1 - (toks[j - 1].text == ",")
    return k >= 0 and toks[k].word and not toks[k].cap and R.is_noun(toks[k].text, R.org_nouns)

