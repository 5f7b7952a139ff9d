"""Role phrases the text sets off from the name, and the sentence case of a role (split from roles.py):
a title before the name in commas ("The central bank governor, X,"), a relative clause or participle naming what
the person heads, before the name ("компания «…», которой руководит X") or after it ("X, который возглавляет
компанию «…»"), with the pack's ``role_clauses``.
"""
from __future__ import annotations

from .. import morphology as mo
from . import role_agents, role_bounds, title_capitals
from .tokens import BREAKS, QUOTE_CHARS

MAX_ORG_WORDS = 4  # words of the organisation a relative clause names ("компания «Урбан Лаб»")
MAX_TITLE_WORDS = 12  # words of a title phrase set off by a comma before the name
PREP_WORDS = 3  # words after a preposition of a relative clause's object ("комитет по иностранным делам")


def sentence_case(doc, toks, start: int, role: str) -> str:
    """A title opening the sentence (or a quotation, or a dash-led answer) loses the capital the sentence gave it
    ("Старшыня …" -> "старшыня …") where the pack writes titles in lower case (``role_lower_case``); elsewhere only
    when the title's next content word is in lower case ("Port director" -> "port director", not "Prime Minister"
    or "Minister of Industry"). An
    abbreviation ("МИД") keeps its capitals."""
    if not (toks[start].initial or not any(t.word for t in toks[:start])):
        return role
    words = role.split()
    first = words[0]
    # "Minister of Industry", "Ambassador to Vietnam": the content word says whether the title keeps its capital
    content = [w for w in words[1:] if w.lower() not in doc.R.role_glue]
    head = (next((w for w in words[1:] if doc.R.role_len([w])), None) if not doc.R.role_len([first]) else first) \
        if doc.R.case_endings else None  # (read only where titles change their endings)
    if head is not None and head is not first and head[:1].isupper():
        return role  # "Надзвычайны і Паўнамоцны Пасол": a fixed title written with capitals (its head word);
        # not "Першы намеснік Прэм'ер-міністра", whose capital is the complement's
    common = bool(content) and content[0][:1].islower() and _common_qualifier(doc, first)  # "Museum director"
    common = common or (not content and (first.lower() in doc.R.team_roles  # "Goalkeeper X": a position, no title
                                         or title_capitals.occupation(doc, first)))  # "Goalkeeper Kim Ji-hoon"
    if not doc.R.morph.cfg["role_lower_case"] and not common and not (content and content[0][:1].islower()
                                                       and (doc.R.role_len([first]) or first.lower() in doc.R.role_modifiers)):
        return role  # "Kremlin spokesman", "Olympic champion": a capitalised qualifier, not a title word
    if not common and (title_capitals.own_capital(doc, first) or first.lower() in doc.R.demonyms):
        return role  # the text writes this title with a capital anyway: "Верховный комиссар"; "Ugandan sprinter"
    if len(first) > 1 and first[0].isupper() and not any(c.isupper() for c in first[1:]):
        return role[0].lower() + role[1:]
    return role


def _common_qualifier(doc, word: str) -> bool:
    """Is ``word`` a common noun the pack lists as the head of an organisation's name ("Museum director", "Police
    chief", "Party leader")? Opening a sentence it has its capital from the sentence, though the text may write
    it with one inside a name ("Slutsk Museum")."""
    return not doc.R.case_endings and _org_head(doc, word)


def _org_head(doc, word: str) -> bool:
    R = doc.R
    return R.org_noun(word) or word.lower() in R.org_nouns


def _portfolio_comma(R, toks, j: int) -> bool:
    """Is the comma at ``j`` one between two portfolio words of a title ("Minister of Investment, Industry and
    Trade")?"""
    return toks[j].text == "," and 0 < j < len(toks) - 1 and toks[j - 1].text.lower() in R.portfolios \
        and toks[j + 1].text.lower() in R.portfolios


def _bracketed_abbr(toks, j: int) -> bool:
    """Does the ")" at ``j`` close a bracketed abbreviation ("(UNHCR)")?"""
    return toks[j].text == ")" and j >= 2 and toks[j - 2].text == "(" and toks[j - 1].abbr


def title_then_comma(doc, s, toks, idx, taken) -> str | None:
    """A title phrase opening the clause, then the name set off by commas (or closing the sentence): "The central
    bank governor, Roman Golovchenko, said", "Its director, Andrei Lapeiko, told", "… by his deputy, X.". Leading
    articles and determiners are dropped."""
    R = doc.R
    honorific = role_bounds.honorifics_before(doc, toks, idx[0])  # "the rector, Archpriest X": the rank is the name's
    comma, end = idx[0] - 1 if honorific is None else honorific, idx[-1] + 1
    closed = end >= len(toks) or toks[end].text in (",", ";", ".", "!", "?")  # "…, by his deputy, X." ends the sentence
    if comma < 1 or toks[comma].text not in ",—–" or not closed:
        return None
    j = comma - 1
    while j >= 0 and (toks[j].text not in BREAKS or _portfolio_comma(R, toks, j) or _bracketed_abbr(toks, j)) \
            and j not in taken and comma - j <= MAX_TITLE_WORDS:
        j -= 3 if _bracketed_abbr(toks, j) else 1  # back to a break, another name or the longest title phrase (over
        # a list of portfolios' commas: "Uzbekistan's Minister of Investment, Industry and Trade, Laziz Kudratov,"; over
        # a body's initials in brackets: "the spokesperson for the UN refugee agency (UNHCR), Ines Mbaye,")
    if toks[comma].text != "," and j >= 0 and toks[j].text not in ",;":
        return None  # "Вядучая — Святлана Ярмоленка, госць — …": a dash, from the clause's start only
    k = j + 1
    while k < comma and (toks[k].text.lower() in R.stopwords or toks[k].text.lower() in R.articles) \
            and toks[k].text.lower() not in R.role_modifiers:
        k += 1  # "The", "Its"
    words = [t.text for t in toks[:comma]]  # a title of several words counts from its first ("chargé d'affaires")
    title = max((x for x in range(k, comma) if R.role_len(words[x:])), default=None)  # the nearest title
    if title is None:
        return None
    farther = max((x for x in range(k, title) if R.role_len(words[x:])), default=None)
    while farther is not None and role_bounds.governs(doc, toks, farther, title) \
            and all(_complement(doc, t) for t in toks[farther + 1:title]):
        title = farther  # "спикер палаты представителей": the nearest title is a complement of the farther one
        farther = max((x for x in range(k, title) if R.role_len(words[x:])), default=None)
    while title > k and _modifier(doc, toks[title - 1]):
        title -= 1  # "the Belarusian ambassador", not "Smith met the Belarusian ambassador"
    if role_agents.noun_qualifier(doc, toks, title, k):
        title -= 1  # "The race director, X,"
    if R.strip_possessive(toks[title].text) != toks[title].text:
        title = _owner_start(doc, toks, k, title)  # "the Council of Europe's commissioner"
    title = max(k, role_bounds.org_before(doc, toks, title, taken))  # "The Ministry of Health spokesman, X,"
    relation = role_bounds.relation_before(doc, toks, title, taken)
    if relation is not None and relation >= k:
        if not R.case_endings:
            return None  # "the husband of her top aide, X": whose title the name holds, only case endings say
        title = relation  # "Вдова режиссёра, Анна Белова,": the relation is hers
    return sentence_case(doc, toks, title if j < 0 else comma, s[toks[title].start:toks[comma - 1].end])


def _owner_start(doc, toks, k: int, i: int) -> int:
    """Start of a capitalised name in the possessive that may hold connectors ("Council of Europe's", "Bank of
    England's"): back over capitalised words, and over a connector only between two of them."""
    R = doc.R
    while i > k and toks[i - 1].word and (toks[i - 1].cap and not toks[i - 1].initial
                                          or i - 2 >= k and toks[i - 1].text.lower() in R.connectors
                                          and toks[i - 2].cap and not toks[i - 2].initial):
        i -= 1
    return i


def _complement(doc, t) -> bool:
    """May the word stand between a title and a title it governs ("палаты", "of the", "Industry")?"""
    R, low = doc.R, t.text.lower()
    if R.case_endings:
        return t.word and (R.genitive_like(t.text) or R.adjective(t.text))
    return t.word and (low in R.connectors or low in R.articles or t.cap or low in R.role_modifiers)


def _modifier(doc, t) -> bool:
    """May the word stand in a title before its head ("former", "Belarusian", "новый", "company's", "Kremlin")?"""
    R, low = doc.R, t.text.lower()
    if t.word and low in R.role_modifiers:
        return True
    if not t.word or low in R.articles or low in R.stopwords or low in R.clause_breaks:
        return False
    return low in R.demonyms or R.role_len([t.text]) > 0 \
        or (R.adjective(t.text) and not low.endswith(R.verb_endings)) or R.strip_possessive(t.text) != t.text \
        or (t.cap and not t.initial and bool(R.morph.cfg["role_capitalised_modifiers"]))

def relative_title(doc, s, toks, idx, taken) -> str | None:
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
        noun = genitive(doc, toks[first].text)
        words = f"{noun} {rest}".strip() if noun else rest  # without an analyser: the name alone ("кіраўнік «Сонца»")
    return f"{title} {words}" if words else None

def relative_after(doc, s, toks, idx) -> str | None:
    """A relative clause after the name saying what the person heads: "Анна Белова, которая руководит
    лабораторией «…»," -> "руководитель лаборатории «…»"; where objects go in the genitive also a participle or
    verb right after the name ("X, возглавляющий компанию «…»", "X возглавил компанию «…»") (``role_clauses``; the
    object's noun in the genitive where the pack has an analyser, else the name alone)."""
    clauses = doc.R.morph.cfg["role_clauses"]
    link = doc.R.morph.cfg["role_clause_link"]
    perfect = _perfect_clause(doc, toks, _after_aside(doc, toks, idx[-1] + 1))
    if perfect is not None and link:  # "X has led the agency since 2019" -> "head of the agency"
        return _linked_object(doc, s, toks, perfect[0], f"{perfect[1]} {link}")
    found = ((v, t) for v in _clause_verbs(toks, idx[-1] + 1, not link) for start, t in clauses
             if toks[v].text.lower().startswith(start))
    v, title = next(found, (None, None))
    k = v + 1 if v is not None else len(toks)
    if title is None or k >= len(toks) or not toks[k].word:
        return None
    if link:  # "Maria Lopez, who heads the port authority of Valencia," -> "head of the port authority of Valencia"
        return _linked_object(doc, s, toks, k, f"{title} {link}")
    noun, end = (None, k) if toks[k].cap else (genitive(doc, toks[k].text), k + 1)  # "які ўзначальвае ААТ «…»"
    name = _object_name(s, toks, end) or (_remit(doc, s, toks, end) if noun else None)
    if v < idx[-1] + 3 and (name is None or toks[k].cap or not doc.R.org_noun(toks[k].text)):
        return None  # without a relative pronoun only an organisation named with its noun: not "X возглавил
        # список …" (tops a list), nor "по X возглавил протоиерей Y" (X is no subject)
    words = " ".join(w for w in (noun, name) if w)
    return f"{title} {words}" if words and (noun or name) else None


def _remit(doc, s, toks, k: int) -> str | None:
    """The complement a title's preposition opens at ``k`` after the object noun ("комитет по экологии" -> "по
    экологии"; ``role_prepositions``), up to a break, in at most PREP_WORDS words after the preposition."""
    if k + 1 >= len(toks) or toks[k].text.lower() not in doc.R.morph.cfg["role_prepositions"]:
        return None
    end = k + 1
    while end < len(toks) and end - k <= PREP_WORDS and toks[end].word \
            and toks[end].text.lower() not in doc.R.clause_breaks and not role_bounds.verb_like(doc, toks[end]):
        end += 1
    while end > k + 1 and toks[end - 1].text.lower() in doc.R.stopwords:
        end -= 1  # "по работе с (Y)": not a preposition at the end
    return s[toks[k].start:toks[end - 1].end] if end > k + 1 else None


def _after_aside(doc, toks, j: int) -> int:
    """Where a clause about the name starts after it: past an age set off by commas (", 52,"), a comma and the
    pack's fillers (", who")."""
    if j + 2 < len(toks) and toks[j].text == "," and toks[j + 1].text.isdigit() and toks[j + 2].text == ",":
        j += 2
    if j < len(toks) and toks[j].text == ",":
        j += 1
    while j < len(toks) and toks[j].text.lower() in doc.R.morph.cfg["role_verb_fillers"]:
        j += 1
    return j


def _perfect_clause(doc, toks, j: int) -> tuple[int, str] | None:
    """(start of the object, title) when a perfect of heading stands right after the name (``role_perfect_clauses``:
    "X has run the farm", "X had chaired the council")."""
    for words, title in doc.R.perfect_clauses:
        span = toks[j:j + len(words)]
        if len(span) == len(words) and all(t.word and t.text.lower().startswith(w) for t, w in zip(span, words)) \
                and j + len(words) < len(toks) and toks[j + len(words)].word:
            return j + len(words), title
    return None


def _clause_verbs(toks, j: int, bare: bool) -> list[int]:
    """Where the verb of a clause after the name may stand, in order: after ", который" ("X, который возглавляет
    …"); where the object goes in the genitive (``bare``) also right after the comma or the name ("X,
    возглавляющий …", "X возглавил …")."""
    out = [j + 2] if j + 2 < len(toks) and toks[j].text == "," and toks[j + 1].word and toks[j + 2].word else []
    if bare and j + 1 < len(toks) and toks[j].text == "," and toks[j + 1].word and not toks[j + 1].cap:
        out.append(j + 1)
    if bare and j < len(toks) and toks[j].word and not toks[j].cap:
        out.append(j)
    return out


def _object_name(s, toks, end: int) -> str | None:
    """The name of what a relative clause says the person heads, from ``end``: capitalised words ("компанией
    Belneft"), a quoted name ("лабораторией «Свет»") or both ("ААТ «Гродна Азот»")."""
    last = end
    while last < len(toks) and toks[last].word and toks[last].cap and last - end < MAX_ORG_WORDS:
        last += 1
    if last < len(toks) and toks[last].text in QUOTE_CHARS:
        close = next((e for e in range(last + 1, min(len(toks), last + MAX_TITLE_WORDS)) if toks[e].text in QUOTE_CHARS),
                     None)
        last = close + 1 if close else end
    return s[toks[end].start:toks[last - 1].end] if last > end else None


def _linked_object(doc, s, toks, k: int, title: str) -> str | None:
    """Title, link word and the object phrase as written, up to a break ("head of the port authority of Valencia"),
    for packs whose objects keep their form (``role_clause_link``)."""
    end = k
    while end < len(toks) and toks[end].text not in BREAKS and end - k < MAX_TITLE_WORDS \
            and (toks[end].text.lower() not in doc.R.clause_breaks or _joined_head(doc, toks, end)) \
            and not toks[end].text[0].isdigit() and not _object_ends(doc, toks, end):
        end += 1  # up to a date or number: "who founded Acme in 1990" -> "founder of Acme"
    while end > k and toks[end - 1].text.lower() in doc.R.stopwords:
        end -= 1
    return f"{title} {s[toks[k].start:toks[end - 1].end]}" if end > k else None


def _joined_head(doc, toks, i: int) -> bool:
    """Does the "and" at ``i`` join two qualifiers of one head noun ("the sports and recreation centre")? The
    lower-case words after it end in a noun the pack lists as an organisation's head."""
    R = doc.R
    if toks[i].text.lower() not in R.role_and:
        return False
    j = i + 1
    while j < len(toks) and toks[j].word and not toks[j].cap and toks[j].text.lower() not in R.stopwords:
        j += 1
    return j > i + 1 and _org_head(doc, toks[j - 1].text)


def time_phrase(doc, toks, i: int) -> bool:
    """Does a phrase of time open at ``i`` ("… since 2015", "… for six years", "… for a decade", "… in May"): a
    function word before a number, a count word of the dates or a month or weekday?"""
    R, low = doc.R, toks[i].text.lower()
    if low not in R.stopwords or low in R.articles or low in R.role_and or i + 1 >= len(toks):
        return False
    nxt = toks[i + 1].text.lower()
    return nxt[:1].isdigit() or nxt in R.count_words or nxt in R.month_words or nxt in R.weekday_words


def _object_ends(doc, toks, i: int) -> bool:
    """Does the object of a heading verb end at ``i``: a phrase of time, or a function word that is no connector
    of names ("… near Minsk"; not "of Valencia", "for the environment")?"""
    R, low = doc.R, toks[i].text.lower()
    if time_phrase(doc, toks, i):
        return True
    return low in R.stopwords and low not in R.articles and low not in R.role_and and low not in R.connectors


def genitive(doc, word: str) -> str | None:
    """The noun in the genitive ("компания", "лабораторией" -> "компании", "лаборатории"), or None when no analyser
    can say (also role_owners.py)."""
    M = doc.R.morph
    q = next((q for q in M.parse(word) if q.pos == mo.NOUN), None) if M.analyzer else None
    if q is None:
        return None
    inf = q.inflect(mo.GENITIVE)
    return M.match_case(inf, word) if inf else None
