"""Place rules of the place pass (places_in_text.py) for names built of more than a listed word: a compass
adjective with a listed place ("Южная Америка"), a capitalised name in apposition to a place noun ("провинция
Хэнань"), a building named by its head and a genitive ("во Дворце молодёжи"), and seats of power that act as the body seated there ("Кремль заявил").

Rule functions ``(doc, si, toks, used, i, taken, found) -> tokens claimed``, as in places_in_text.py.
"""
from __future__ import annotations

from .. import morphology as mo
from .candidates import Candidate


def compass_place(doc, si, toks, used, i, taken, found) -> int:
    """"в Южной Америке", "страны западной Европы": a compass adjective (pack: ``compass_adjectives``) and the
    listed place after it are one place, the adjective agreeing with it ("Южная Америка")."""
    R = doc.R
    if not R.compass:
        return 0
    if i + 1 < len(toks) and toks[i + 1].word and toks[i + 1].cap and not used[i + 1] \
            and compass(R, toks[i].text):
        adj, place, start, n = toks[i], toks[i + 1], i, 2
    elif i > 0 and toks[i - 1].word and not toks[i - 1].cap and not used[i - 1] and compass(R, toks[i - 1].text):
        adj, place, start, n = toks[i - 1], toks[i], i - 1, 1
    else:
        return 0
    if not adj.cap and not R.compass_lower:
        return 0  # "central Seoul": a part of the city, not a place's name
    longer = [t.text for t in toks[start:start + 4]]
    if any(all(w[:1].isupper() for w in longer[:n]) and R.gaz.lookup(longer[:n]) for n in (4, 3) if n <= len(longer)):
        return 0  # "East Kazakhstan Region": a listed name goes on (places_in_text._listed_place)
    hit = R.gaz.lookup([place.text])
    if not hit or " " in hit:
        return 0
    after = toks[start + n] if start + n < len(toks) else None
    if after is not None and after.word and after.cap and R.gaz.head_gender(after.text):
        found.append(Candidate("place", f"{adj.text} {place.text} {after.text}", si, toks[start].start, after.end,
                               "place_phrases.compass_place"))  # "the South China Sea": a sea, not a part of China
        return n + 1
    found.append(Candidate("place", f"{agree(doc, adj.text, hit)} {hit}", si, toks[start].start, place.end,
                           "place_phrases.compass_place"))
    return n


def compass(R, word: str) -> bool:
    M = R.morph
    if M.analyzer:
        return any(p.base in R.compass for p in M.parse(word.lower())[:2] if p.pos == mo.ADJECTIVE)
    low = word.lower()
    return any(c.lower() in R.compass for g in "fmn" for c in M.candidates(low, f"adjective_{g}"))


def agree(doc, adj: str, place: str) -> str:
    """The adjective in the nominative, agreeing with the place's gender ("Южной" + "Америка" -> "Южная")."""
    M = doc.R.morph
    if M.analyzer:
        noun = next((p for p in M.parse(place) if p.pos == mo.NOUN), None)
        q = next((q for q in M.parse(adj) if q.pos == mo.ADJECTIVE), None)
        inf = q.inflect(mo.NOMINATIVE, mo.SINGULAR, noun.gender or mo.MASCULINE) if q and noun else None
        return M.match_case(inf, adj) if inf else adj
    # without an analyser: the listed form the adjective's own ending leads to (it agrees with the place already)
    low = adj.lower()
    base = next((c for g in "fmn" for c in M.candidates(low, f"adjective_{g}") if c in doc.R.compass), low)
    return M.match_case(base, adj)


def seat_kind(doc, toks, i: int, hit: str) -> str:
    """"Кремль всех опередил", "ставленник Кремля": a seat of power (pack: ``seats_of_power``) names the body
    seated there, an organisation; "в Белом доме" (after a locative preposition) is the building, a place, unless
    a verb of saying follows: "В Кремле заявили, что …" tells what the body said."""
    R = doc.R
    if R.key(hit) not in R.seats_of_power:
        return "place"
    after = i + len(hit.split())
    if i > 0 and toks[i - 1].text.lower() in R.locative and not (
            after < len(toks) and toks[after].word and toks[after].text.lower().startswith(R.speech)):
        return "place"
    return "organization"


def place_after_head(doc, si, toks, used, i, taken, found) -> int:
    """"провинции Хэнань", "в городе Кемерово": a capitalised name in apposition to a lower-case place noun (pack:
    ``place_apposition_heads``) is a place: the listed or analysed base form, else as written (such names keep
    the nominative)."""
    R, M = doc.R, doc.R.morph
    # (a head after a dash, where any word could be capitalised, written lower-case still heads: "— вёска Забалоцце")
    if i == 0 or not R.apposition_heads or toks[i].abbr or (toks[i - 1].initial and toks[i - 1].text[:1].isupper()) \
            or not toks[i - 1].word \
            or not R.is_noun(toks[i - 1].text, R.apposition_heads):
        return 0  # (a capitalised head inside the sentence is part of the name: "на Острове Уайт")
    if i + 1 < len(toks) and toks[i + 1].word and not toks[i + 1].cap and _oblique_adjective(R, toks[i].text):
        return 0  # "у рэгіён Персідскага заліва": an adjective of the noun after it, no name in apposition
    j = i
    while j < len(toks) and j - i < 3 and toks[j].word and toks[j].cap and not used[j] and not toks[j].abbr \
            and toks[j].text.lower() not in R.not_place_words and not (j > i and _district_next(R, toks, j)):
        j += 1
    words = [t.text for t in toks[i:j]]
    if not words or (M.analyzer and M.parse(words[0])[0].known and mo.PLACE not in M.top_tags(words[0])
                     and M.top_tags(words[0]) & {mo.SURNAME, mo.GIVEN} and _genitive(M, toks[i - 1].text, mo.NOUN)):
        return 0  # a known surname after a head in the genitive ("мэр города Лужков": the title's holder)
    name = R.gaz.lookup(words) or (apposition_base(M, toks[i - 1].text, words[0])
                                   if len(words) == 1 and not _unagreed(R, toks[i - 1].text, words[0]) else None)
    found.append(Candidate("place", name or " ".join(words), si, toks[i].start, toks[j - 1].end,
                           "place_phrases.place_after_head"))
    return j - i


def _unagreed(R, head: str, word: str) -> bool:
    """Does a village's name after its noun keep the nominative ("у деревни Дубки", "возле села Сосны"; pack:
    ``unagreed_place_heads``)? So it is read where the analyser has a nominative reading of it; a name that
    cannot be a nominative ("в деревне Каменке") agrees with its noun and is brought to its base form."""
    return R.is_noun(head, R.unagreed_heads) and any(p.case == mo.NOMINATIVE for p in R.morph.parse(word)[:4])


def _oblique_adjective(R, word: str) -> bool:
    """An adjective in an oblique case ("Персідскага"): the analyser's reading, else the pack's oblique endings."""
    if R.morph.analyzer:
        ps = R.morph.parse(word)
        return bool(ps) and ps[0].pos == mo.ADJECTIVE and ps[0].case not in (mo.NOMINATIVE, None)
    return bool(R.oblique_adj) and word.lower().endswith(R.oblique_adj)


def _district_next(R, toks, j: int) -> bool:
    """"у деревни Заречье Лидского района": an adjective before a place head after the village's name starts the
    district the village lies in, another place, no word of the village's name."""
    return j + 1 < len(toks) and toks[j + 1].word and not toks[j + 1].cap and R.gaz.head_gender(toks[j + 1].text) is not None


def apposition_base(M, head: str, word: str) -> str | None:
    """The base form of a one-word name in apposition, where it agrees in case with its head noun ("реки
    Славянки" -> "Славянка"; "в городе Кемерово" stays): the analyser's reading in the head's case."""
    if not M.analyzer:
        return None
    noun = next((p for p in M.parse(head) if p.pos == mo.NOUN), None)
    if noun is None or noun.case == mo.NOMINATIVE:
        return None
    same = next((p for p in M.parse(word)[:4] if p.case == noun.case and p.number != mo.PLURAL), None)
    inf = same.inflect(mo.NOMINATIVE) if same else None
    return M.match_case(inf, word) if inf else None


def memorial(doc, si, toks, i, taken, out: list) -> bool:
    """"у памятника Юрию Долгорукому", "помнік першаму настаўніку Янку Купалу": a memorial noun (pack:
    ``memorial_heads``) up to four words before a person's name (``i``, its first token) makes one place of them,
    the noun in its base form and the rest as written (it honours the person in the dative); the person stays a
    person. Its candidate (claiming nothing: the person pass claimed the name) appended to ``out``, True
    returned."""
    R = doc.R
    if not R.memorial_heads or i - 1 in taken:
        return False
    k = i - 1
    while k >= 0 and i - k <= 4 and toks[k].word and k not in taken and not R.is_noun(toks[k].text, R.memorial_heads):
        k -= 1
    if k < 0 or i - k > 4 or not toks[k].word or (toks[k].cap and not toks[k].initial) \
            or not R.is_noun(toks[k].text, R.memorial_heads):
        return False
    j = i
    while j < len(toks) and j in taken:
        j += 1
    base = next((b for b in R.memorial_heads if R.morph.matches(toks[k].text, b)), toks[k].text.lower())
    s = doc.sentences[si]
    out.append(Candidate("place", f"{base} {s[toks[k + 1].start:toks[j - 1].end]}", si, toks[k].start,
                         toks[j - 1].end, "place_phrases.memorial"))
    return True


def memorial_by_name(doc, si, toks, used, i, taken, found) -> int:
    """"недалеко — памятник Пушкину", "каля помніка Купалу": one capitalised word in the dative right after a
    memorial noun (pack: ``memorial_heads``) names the memorial, a place; with no given name beside it the word is
    no person of the story (``memorial`` keeps a named person a person)."""
    R, M = doc.R, doc.R.morph
    if not R.memorial_heads or i == 0 or not toks[i - 1].word or toks[i - 1].cap \
            or not R.is_noun(toks[i - 1].text, R.memorial_heads) \
            or (i + 1 < len(toks) and toks[i + 1].word and toks[i + 1].cap):
        return 0
    if M.analyzer and not any(p.case == mo.DATIVE for p in M.parse(toks[i].text)[:3]):
        return 0
    base = next((b for b in R.memorial_heads if M.matches(toks[i - 1].text, b)), toks[i - 1].text.lower())
    found.append(Candidate("place", f"{base} {toks[i].text}", si, toks[i - 1].start, toks[i].end,
                           "place_phrases.memorial_by_name"))
    return 1


def building(doc, si, toks, used, i, taken, found) -> int:
    """"во Дворце молодёжи", "у Дома правительства", "в Центральном доме литераторов": a capitalised building noun
    (pack: ``building_heads``), or a capitalised adjective and that noun, with a lower-case noun in the genitive
    after it names a building, a place. The head goes to the nominative, the genitive stays ("Дворец молодёжи")."""
    R, M = doc.R, doc.R.morph
    if not R.building_heads or not M.analyzer:  # the genitive after the head is the analyser's to tell
        return 0
    h = i
    if not R.is_noun(toks[i].text, R.building_heads):
        h = i + 1
        if h >= len(toks) or toks[h].cap or not toks[h].word or not R.adjective(toks[i].text) \
                or not R.is_noun(toks[h].text, R.building_heads):
            return 0
    end = h + 1
    if end < len(toks) and not used[end] and toks[end].text.lower() not in R.stopwords \
            and R.adjective(toks[end].text) and _genitive(M, toks[end].text, mo.ADJECTIVE):
        end += 1  # "Дворец водного спорта"
    if end >= len(toks) or used[end] or not toks[end].word or toks[end].cap or toks[end].text.lower() in R.stopwords \
            or not _genitive(M, toks[end].text, mo.NOUN):  # (a capitalised genitive is an owner: "Дом Бхутто")
        return 0
    nxt = end + 1  # "Дом дружбы народов": a second genitive noun depends on the first
    if nxt < len(toks) and toks[nxt].word and not toks[nxt].cap and not used[nxt] \
            and toks[nxt].text.lower() not in R.stopwords and _genitive(M, toks[nxt].text, mo.NOUN):
        end = nxt
    head = M.match_case(M.form_of(toks[h].text, M.noun_table(R.building_heads)), toks[h].text)
    if h > i:
        head = f"{agree(doc, toks[i].text, head)} {head.lower()}"  # "Центральном доме" -> "Центральный дом"
    s = doc.sentences[si]
    found.append(Candidate("place", f"{head} {s[toks[h + 1].start:toks[end].end]}", si, toks[i].start,
                           toks[end].end, "place_phrases.building"))
    return end + 1 - i


def _genitive(M, word: str, pos: str) -> bool:
    """Is a likely reading of ``word`` a ``pos`` in the genitive?"""
    return any(p.pos == pos and p.case == mo.GENITIVE for p in M.parse(word)[:3])



LIST_BACK = 8  # tokens back from a listed name to the preposition governing the list


def listed_after_preposition(doc, toks, i: int) -> bool:
    """Is the capitalised word at ``i`` a later member of a list of names that a place preposition governs ("at
    Brody and Terespol", "in Zhabinka, Kobryn or Malaryta")? Back over "and"/"or", commas and capitalised words to
    the preposition; the word is no given name ("in Minsk and Ivan Petrov said")."""
    R = doc.R
    joined = toks[i - 1].text.lower() in R.list_conjunctions
    goes_on = i + 2 < len(toks) and (toks[i + 1].text == "," or toks[i + 1].text.lower() in R.list_conjunctions)
    if i < 2 or not (joined or toks[i - 1].text == "," and goes_on) or R.morph.first_name(toks[i].text):
        return False  # "in Lida in November, Mikhnevich said": a comma alone ends the list
    j = i - 1
    while j > 0 and i - j <= LIST_BACK and (toks[j].text == "," or toks[j].text.lower() in R.list_conjunctions
                                            or toks[j].word and toks[j].cap and not toks[j].initial
                                            and toks[j].text.lower() not in R.not_place_words):
        j -= 1
    return j < i - 2 and toks[j].text.lower() in R.place_preps and toks[j + 1].cap
