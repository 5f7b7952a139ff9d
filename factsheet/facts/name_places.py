"""Places inside and beside person names, for the person pass (persons.py) and the passes that must not cut a name
(places_in_text.py, organisations.py): a surname whose inflected form reads as a city ("Мілан Ковач"), a listed
place that ends a run before a name ("в Минске Ван Лэй"), a particle joining places ("ад Брэста да Мінска"), a
place with a word that names a club ("Spartak Minsk"), and a place opening a run in apposition ("штата Махараштра
Рагхунатх Дэшмукх").
"""
from __future__ import annotations

from . import name_shapes, person_cues


def place_in_name(doc, toks, used, i, hit: str) -> bool:
    """Is the one-word place toks[i] part of a person's name: after a given name (a surname whose inflected form
    reads as a city), or in its base form before a surname-shaped word (a foreign given name that is also a
    city: "Мілан Ковач")?"""
    R, M = doc.R, doc.R.morph

    def cap(k: int) -> bool:
        return 0 <= k < len(toks) and toks[k].word and toks[k].cap and not used[k] and not toks[k].abbr

    if cap(i - 1) and M.first_name(toks[i - 1].text):
        return True
    return cap(i + 1) and R.key(toks[i].text) == R.key(hit) and M.surname_like(toks[i + 1].text) \
        and not R.gaz.lookup([toks[i + 1].text])


def place_opens_run(doc, toks, i: int) -> bool:
    """Is toks[i] a listed place after a locative preposition, with another capitalised word after it ("консул … в
    Минске Ван Лэй", "in Minsk Ivan Petrov said")? The place ends there; a name may start after it."""
    R = doc.R
    return 0 < i < len(toks) - 1 and toks[i - 1].text.lower() in R.locative and toks[i + 1].word \
        and toks[i + 1].cap and not R.morph.first_name(toks[i].text) and bool(R.gaz.lookup([toks[i].text]))


def place_as_written(R, word: str) -> bool:
    """Is ``word`` a listed place as written (not only one of its inflection guesses)?"""
    hit = R.gaz.lookup([word])
    return bool(hit) and R.key(hit) == R.key(word)


def particle_before_place(doc, toks, last: int, i: int, j: int) -> bool:
    """Does the particle toks[i] join places rather than name parts: a listed place follows it, and the particle is
    a preposition ("ад Брэста да Мінска") or a place stands before it ("Santiago de Cuba")? "Педру дус Сантус" (a
    city too) stays one name."""
    R = doc.R
    return bool(R.gaz.lookup([toks[j].text])) and (toks[i].text.lower() in R.stopwords
                                                   or bool(R.gaz.lookup([toks[last].text])))


def place_pair(doc, toks, idx: list[int], words: list[str]) -> bool:
    """Where names keep their form and a listed place next to another capitalised word is part of a longer name
    (pack: ``place_name_neighbours``), is the pair a place and a word that is no given name ("Spartak Minsk",
    "Norwich City"), with no person's context around it ("dissident Wang Donghai")? It names a club or firm
    (org_shapes.place_named_org), not a person."""
    R = doc.R
    return len(words) == 2 and R.gaz.neighbours and not R.case_endings and not R.morph.first_name(words[0]) \
        and any(place_as_written(R, w) for w in words) and not all(place_as_written(R, w) for w in words) \
        and not any(w.lower() in R.particles for w in words) and not person_cues.vouched(doc, toks, idx, False)


def place_named_first(doc, toks, run: list[int], words: list[str]) -> bool:
    """Does a run of three or more capitalised words open with the name of a place that a lower-case place noun
    before it takes in apposition ("міністр прамысловасці штата Махараштра Рагхунатх Дэшмукх", "мэр города
    Кемерово Илья Середюк")? Its first word is the place's (places_in_text finds it), the rest the person's."""
    R = doc.R
    before = run[0] - 1
    return len(run) >= 3 and before >= 0 and bool(R.apposition_heads) and toks[before].word \
        and not toks[before].cap and R.is_noun(toks[before].text, R.apposition_heads) \
        and not R.morph.first_name(words[0]) and bool(R.morph.first_name(words[1]) or len(run) >= 4)


def past_two_word_place(doc, words: list[str], lead: int) -> int:
    """Where a name of two words or more starts after a listed place of two words opening the run ("намеснікам
    міністра Саудаўскай Аравіі Мансурам бен Фахдам Аль-Мутайры"): no name starts inside the place; else ``lead``."""
    return lead + 2 if len(words) - lead >= 4 and doc.R.gaz.lookup(words[lead:lead + 2]) else lead


def past_owner_place(doc, words: list[str], lead: int) -> int:
    """Where the name starts in a titled run longer than a name when a place closes the title's capitalised
    complement ("Глава Минпромторга Вьетнама Чан Куок Тхай", "Кіраўнік Мінпрамгандлю В'етнама …"): right after the
    last place that leaves two or three words; else ``lead``."""
    for j in range(len(words) - 3, max(lead, len(words) - 4) - 1, -1):
        if name_shapes.place_before_name(doc, words[j]):
            return j + 1
    return lead
