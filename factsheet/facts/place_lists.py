"""Places listed with commas and a conjunction before one place head: "з Карэліцкага, Мірскага і Нясвіжскага
раёнаў" names three districts, and "в Пинском, Столинском районах" no town Пинск (an adjective's locative reads
like the town's instrumental, "под Пинском"). Used by places_in_text's adjective and gazetteer rules."""
from __future__ import annotations

from .candidates import Candidate

ADJECTIVE = "places_in_text.adjective_place"


def head_after_list(doc, toks, i: int) -> str | None:
    """The base of the lower-case place head that follows ``i``, maybe after more capitalised words listed with
    commas and a conjunction ("Пинском районе", "Пинском, Столинском и Лунинецком районах", "the Lida, Ivye and
    Dyatlovo districts"), else None: then ``i`` names a place by that head."""
    R, j = doc.R, i + 1
    while j + 1 < len(toks) and (toks[j].text == "," or toks[j].text.lower() in R.list_conjunctions) \
            and toks[j + 1].word and toks[j + 1].cap:
        j += 2
    hg = R.gaz.head_gender(toks[j].text) if j < len(toks) and toks[j].word and not toks[j].cap else None
    return hg[0] if hg else None


def listed_before(doc, si, toks, used, i, base) -> list[Candidate]:
    """"у Брэсцкай і Гродзенскай абласцях", "з Карэліцкага, Мірскага і Нясвіжскага раёнаў": the adjectives listed
    before the one next to the head (joined by commas and a conjunction) share the head, each while it ends as
    that one does (its case and number; "-скі"/"-цкі" are one ending; any word where names keep no case
    ending); ``base(word)`` names the place."""
    R, t, out = doc.R, toks[i], []
    if not R.case_endings and not (i > 0 and toks[i - 1].text.lower() in R.list_conjunctions):
        return out  # no ending to agree: only a list closed by a conjunction ("in June, Leninskaya Street" is none)
    k = i - 2
    while k >= 0 and (toks[k + 1].text.lower() in R.list_conjunctions or toks[k + 1].text == ",") \
            and toks[k].word and toks[k].cap and not used[k] and not toks[k].abbr \
            and (not R.case_endings or toks[k].text[-2:].lower() == t.text[-2:].lower()) \
            and toks[k].text.lower() not in R.demonyms and toks[k].text.lower() not in R.stopwords:
        out.append(Candidate("place", base(toks[k].text), si, toks[k].start, toks[k].end, ADJECTIVE, claims=(k,)))
        k -= 2
    return out


def head_named(doc, toks, used, i: int) -> bool:
    """Is ``i`` followed by a capitalised place head no list joins to it ("Suez Canal", "Pinsk District")? Then
    the two name one place (a listed name of both words, "Minsk Region", is looked up before)."""
    return i + 1 < len(toks) and toks[i + 1].word and toks[i + 1].cap and not used[i + 1] \
        and doc.R.gaz.head_gender(toks[i + 1].text) is not None
