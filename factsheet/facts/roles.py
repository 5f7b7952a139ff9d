"""Role of a person: the title phrase before the name up to a clause break ("мэр Мінска", "премьер-министр
Японии"), or an appositive after it ("X, the mayor of Y,"), its head word put back in base form.

Functions over ``doc``, the ``Extraction`` (document.py): ``doc.R`` is the pack's resources; ``taken`` holds the
tokens of person names in the sentence (a role never reaches across them).
"""
from __future__ import annotations

from .tokens import BREAKS, QUOTE_CHARS


def role_of(doc, s, toks, used, idx, role_start, taken) -> str | None:
    """Role phrase before the name (up to a break) or an appositive after it (", the mayor of X,")."""
    return role_with_head(doc, s, toks, used, idx, role_start, taken)[0]


def role_with_head(doc, s, toks, used, idx, role_start, taken) -> tuple[str | None, str | None]:
    """The role phrase and the title word it was found by (None when the role is an appositive or none)."""
    start = role_start if role_start is not None else _title_before(doc, toks, idx, taken)
    if start is None:
        return (_appositive(doc, s, toks, idx) or _title_then_comma(doc, s, toks, idx, taken)
                or _relative_title(doc, s, toks, idx, taken)), None
    head = start
    while start > 0 and head - start < 2 and toks[start - 1].word and doc.R.adjective(toks[start - 1].text) \
            and toks[start - 1].text.lower() not in doc.R.stopwords:  # "і выканаўчы дырэктар": not "і"
        start -= 1  # "французский президент", "новы кіраўнік"
    start = _compound_start(doc, toks, start, head, idx[0], taken)
    role = _base_role(doc, s[toks[head].start:toks[idx[0]].start].strip(" ,"), toks[head].text)
    if start == head:
        return _sentence_case(doc, toks, start, role), toks[head].text
    adjs = [t.text for t in toks[start:head]]
    if role.split()[0] != toks[head].text:  # the head was inflected: so are its adjectives
        if not doc.R.morph.analyzer:
            return _sentence_case(doc, toks, start, role), toks[head].text
        adjs = [_nominative_adj(doc, a, toks[head].text) for a in adjs]
    return _sentence_case(doc, toks, start, " ".join(adjs + [role])), toks[head].text


def _sentence_case(doc, toks, start: int, role: str) -> str:
    """A title opening the sentence loses the capital the sentence gave it ("Старшыня …" -> "старшыня …") where
    the pack writes titles in lower case (``role_lower_case``); an abbreviation ("МИД") keeps its capitals."""
    if not doc.R.morph.cfg["role_lower_case"] or any(t.word for t in toks[:start]):
        return role
    first = role.split()[0]
    if first.lower() in doc.capitalised_inside:
        return role  # the text writes this title with a capital anyway: "Верховный комиссар"
    if len(first) > 1 and first[0].isupper() and not any(c.isupper() for c in first[1:]):
        return role[0].lower() + role[1:]
    return role


def _title_before(doc, toks, idx, taken) -> int | None:
    """Index of the title word of a role phrase before the name (up to a break, at most seven words back)."""
    R = doc.R
    start = None
    words, j, between_ok = 0, idx[0] - 1, True
    while j >= 0 and words < 7:
        t = toks[j]
        if t.text == "." and j > 0 and len(toks[j - 1].text) == 1 and toks[j - 1].cap:
            j -= 2  # an initial of the name: "премьер-министр Японии Н. Кан"
            continue
        if t.text == ")" and j >= 2 and toks[j - 2].text == "(" and toks[j - 1].abbr:
            j -= 3  # an abbreviation in brackets: "лидер Национального фронта (FN) Марин Ле Пен"
            continue
        if (t.text in BREAKS and t.text not in QUOTE_CHARS) or j in taken or t.text.lower() in R.clause_breaks:
            break
        if t.word:
            words += 1
            nxt = [t.text, toks[j + 1].text] if j + 1 < len(toks) else []
            if R.role_len([t.text]) or R.role_len(nxt):
                if _plural(doc, t.text):  # "с фермерами X": others; "член Палаты представителей X": a phrase
                    words -= 1
                    j -= 1
                    continue
                if start is None or between_ok:
                    start, between_ok = j, True
                    j -= 1
                    continue
            # a role reaches further left only across the genitive words of one phrase
            if start is not None and not (t.cap or t.text in R.legal or R.genitive_like(t.text)):
                between_ok = False
        j -= 1
    if start is not None and not (R.morph.analyzer or R.genitive) and not _tight(doc, toks, start, idx[0]):
        return None  # "a player appeared with Hillary Clinton": a verb stands between title and name
    return start


def _plural(doc, word: str) -> bool:
    """A title in the plural ("встреча с фермерами Олег Жданов") names others, not the person after it."""
    M = doc.R.morph
    nouns = [q for q in M.parse(word) if q.tag.POS == "NOUN"] if M.analyzer else []
    return bool(nouns) and all(q.tag.number == "plur" for q in nouns)


def _appositive(doc, s, toks, idx) -> str | None:
    """A title after the name: "X, the mayor of Y," or, past one descriptive phrase, "X, известного борца,
    члена Y"."""
    R = doc.R
    j = idx[-1] + 1
    for _ in range(2):
        if not (j + 1 < len(toks) and toks[j].text == ","):
            break
        k = j + 1
        if toks[k].text.lower() in R.articles:
            k += 1
        end = k
        while end < len(toks) and toks[end].text not in BREAKS - {"-"}:
            end += 1
        ahead = [t.text for t in toks[k:k + 3] if t.word]
        for x in range(len(ahead)):
            if R.role_len(ahead[x:]):
                if end - k <= 12 and end > k:
                    text = s[toks[k].start:toks[end - 1].end].strip()
                    return _base_role(doc, text, toks[k].text) if x == 0 else text
                break
        if end - k > 4:
            break  # only a short descriptive phrase may stand between the name and its title
        j = end
    return None


def _title_then_comma(doc, s, toks, idx, taken) -> str | None:
    """A title phrase opening the clause, then the name set off by commas: "The central bank governor, Roman
    Golovchenko, said", "Its director, Andrei Lapeiko, told". Leading articles and determiners are dropped."""
    R = doc.R
    comma, end = idx[0] - 1, idx[-1] + 1
    if comma < 1 or toks[comma].text != "," or end >= len(toks) or toks[end].text != ",":
        return None
    j = comma - 1
    while j >= 0 and toks[j].text not in BREAKS and j not in taken and comma - j <= MAX_TITLE_WORDS:
        j -= 1
    if j >= 0 and toks[j].text not in BREAKS:
        return None  # another name, or too long a phrase to be one title
    k = j + 1
    while k < comma and (toks[k].text.lower() in R.stopwords or toks[k].text.lower() in R.articles):
        k += 1  # "The", "Its"
    if k >= comma or not R.role_len([toks[k].text]) and not any(R.role_len([t.text]) for t in toks[k:comma]):
        return None
    return _sentence_case(doc, toks, k if j < 0 else comma, s[toks[k].start:toks[comma - 1].end])


def _relative_title(doc, s, toks, idx, taken) -> str | None:
    """A relative clause or participle naming what the person heads: "компания «Урбан Лаб», которой руководит Y",
    "партии, возглавляемой Y" -> "руководитель компании «Урбан Лаб»" (the pack's ``role_clauses``: verb starts
    with the title they make). The organisation's phrase is the few words before the comma, its head put in the
    genitive where the pack has an analyser."""
    clauses = doc.R.morph.cfg["role_clauses"]
    v = idx[0] - 1
    if not clauses or v < 2 or not toks[v].word:
        return None
    title = next((t for start, t in clauses if toks[v].text.lower().startswith(start)), None)
    comma = v - 1 if toks[v - 1].text == "," else v - 2 if v > 2 and toks[v - 2].text == "," else None
    if title is None or comma is None or (comma == v - 2 and not toks[v - 1].word):
        return None
    j = comma - 1
    if toks[j].text in QUOTE_CHARS:  # a quoted name, whole, and the common noun before it ("фонд «…»")
        k = j - 1
        while k >= 0 and toks[k].text not in QUOTE_CHARS and j - k <= MAX_TITLE_WORDS:
            k -= 1
        if k < 0 or toks[k].text not in QUOTE_CHARS:
            return None
        j = k - 1 if k >= 1 and toks[k - 1].word and not toks[k - 1].cap and k - 1 not in taken else k
        j -= 1
    else:
        words = 0
        while j >= 0 and j not in taken and words < MAX_ORG_WORDS and toks[j].word:
            words += 1
            j -= 1
            if not toks[j + 1].cap:
                break  # the common noun heading the name ("Народной партии") is its last word back
    first = j + 1
    while first < comma and not toks[first].word:
        first += 1
    if first >= comma or toks[comma - 1].text not in QUOTE_CHARS and not toks[comma - 1].word:
        return None
    words = s[toks[first].start:toks[comma - 1].end]
    if toks[first].text[:1].islower():  # "компания «…»": the common noun heading the name goes in the genitive
        rest = words[len(toks[first].text):].strip()
        noun = _genitive(doc, toks[first].text)
        words = f"{noun} {rest}".strip() if noun else rest  # without an analyser: the name alone ("кіраўнік «Сонца»")
    return f"{title} {words}" if words else None


def _genitive(doc, word: str) -> str | None:
    """The noun in the genitive ("компания" -> "компании"), as it already is, or None when no analyser can say."""
    M = doc.R.morph
    q = next((q for q in M.parse(word) if q.tag.POS == "NOUN"), None) if M.analyzer else None
    if q is None:
        return None
    inf = q.inflect({"gent"}) if q.tag.case == "nomn" else q
    return M.match_case(inf.word, word) if inf else None


def _compound_start(doc, toks, start: int, head: int, name: int, taken) -> int:
    """Widen a title over the words of a compound title and a place owning it: "port director", "Chief
    financial officer", "Lithuania's Transport Minister". Words the pack lists as title modifiers
    (``role_modifiers``), other title words and nationalities ("Ukrainian counterpart") join; with
    ``role_capitalised_modifiers`` so does a capitalised word inside the sentence before a capitalised title
    ("Foreign Secretary", "US President", not "Monday President"); then a listed place in the possessive."""
    R, cfg = doc.R, doc.R.morph.cfg
    mods = R.role_modifiers
    if not mods and not cfg["role_capitalised_modifiers"]:
        return start
    capital = bool(cfg["role_capitalised_modifiers"]) and toks[head].cap
    while start > 0 and head - start < MAX_MODIFIERS and start - 1 not in taken:
        t = toks[start - 1]
        low = t.text.lower()
        if not t.word or doc.R.strip_possessive(t.text) != t.text:
            break
        if low in mods or R.role_len([t.text]) or low in R.demonyms:
            start -= 1  # "former", "port", "Chief", "Ukrainian"
            continue
        if low in R.articles or low in R.connectors or low in R.clause_breaks or not capital or not t.cap \
                or low in R.weekday_words | R.month_words:
            break
        place = R.gaz.lookup([t.text])
        # the first word of a sentence is capitalised anyway ("Yesterday Prime Minister"): only a place counts
        if not place and (t.abbr or low in R.stopwords or start - 1 == 0):
            break
        start -= 1  # "Foreign Secretary", "US President", "Niigata Governor"
    if start > 0 and start - 1 not in taken and toks[start - 1].word:
        word = toks[start - 1].text
        bare = doc.R.strip_possessive(word)
        if bare != word and toks[start - 1].cap and R.gaz.lookup([bare]):
            start -= 1  # "Lithuania's Transport Minister": the country whose minister it is
    return start


def _tight(doc, toks, a: int, b: int) -> bool:
    """Without case endings to follow, a title joins a name only across title words, capitalised words,
    connectors, articles and place heads ("Minister of Health", "police chief of Balkh province")."""
    R = doc.R
    for t in toks[a:b]:
        low = t.text.lower()
        if t.word and not (t.cap or t.text[0].isdigit() or low in R.connectors or low in R.articles
                           or R.role_len([t.text]) or R.gaz.head_gender(t.text)):
            return False
    return True


def role_case(doc, head: str) -> str | None:
    """Grammatical case of a title word ("Экс-премьера" -> gent), read by the analyser."""
    R = doc.R
    for p in R.role_prefixes:
        if head.lower().startswith(p) and len(head) > len(p) + 2:
            head = head[len(p):]
            break
    bases = {r[0] for r in R.roles}
    for q in R.morph.parse(head.lower()):
        if q.tag.POS == "NOUN" and R.morph.fold(q.normal_form) in bases and q.tag.case != "nomn":
            return q.tag.case
    return None


def _nominative_adj(doc, adj: str, noun: str) -> str:
    M = doc.R.morph
    p = next((p for p in M.parse(noun) if p.tag.POS == "NOUN"), None)
    q = next((q for q in M.parse(adj) if q.tag.POS in ("ADJF", "PRTF")), None)
    inf = q.inflect({"nomn", "sing", p.tag.gender or "masc"}) if p is not None and q is not None else None
    return M.match_case(inf.word, adj) if inf else adj


def _base_role(doc, text: str, head: str) -> str:
    """Put the role's head word back in base form ("мэра Мінска" -> "мэр Мінска", "Экс-премьера" -> "Экс-премьер")."""
    for p in doc.R.role_prefixes:  # only a hyphenated prefix leaves the title inflected ("замглавы" is fixed)
        if p.endswith("-") and head.lower().startswith(p) and len(head) > len(p) + 2:
            based = _base_role(doc, text[len(p):], head[len(p):])
            return head[:len(p)] + based
    if not text.lower().startswith(head.lower()):
        return text
    M = doc.R.morph
    for role in doc.R.roles:
        if len(role) == 1 and M.fold(head.lower()) != M.fold(role[0]) \
                and M.fold(role[0]) in doc.R.role_lemmas(head):
            return M.match_case(role[0], head) + text[len(head):]
    return text


MAX_ORG_WORDS = 4  # words of the organisation a relative clause names ("компания «Урбан Лаб»")
MAX_TITLE_WORDS = 8  # words of a title phrase set off by a comma before the name
MAX_MODIFIERS = 3  # words of a compound title before its head ("chief financial officer")


def fuller_role(old: str | None, new: str | None) -> str | None:
    """The more informative of two role phrases found for one person."""
    if not new or (old and len(new.split()) <= len(old.split())):
        return old
    return new
