"""Role of a person: the title phrase before the name up to a clause break ("мэр Мінска", "премьер-министр Японии"),
or an appositive after it ("X, the mayor of Y,"), its head in base form; comma phrases, relative clauses: role_phrases.py.
Functions over ``doc``, the ``Extraction`` (document.py): ``doc.R`` is the pack's resources; ``taken`` holds the
tokens of person names in the sentence (a role never reaches across them).
"""
from __future__ import annotations

from .. import morphology as mo
from . import (role_agents, role_agreement, role_apposition, role_bounds, role_complement, role_coordination,
               role_described, role_kin, role_owner_after, role_participles, role_remit, role_stacked,
               role_predicate_before, role_predicates, role_verbs, role_whose)
from .role_forms import base_role, listed_adjective_head, nominative_adj, unagreeing_adjective
from .role_phrases import relative_after, relative_title, sentence_case, time_phrase, title_then_comma
from .tokens import BREAKS, QUOTE_CHARS


def role_of(doc, s, toks, used, idx, role_start, taken) -> str | None:
    """Role phrase before the name, an appositive after it (", the mayor of X,"), else a kin phrase (role_kin.py)."""
    role, head = role_with_head(doc, s, toks, used, idx, role_start, taken)
    return None if role_complement.owns(doc, head, toks[idx[0]].text) else role_whose.whose_title(doc, s, toks, idx, taken) or role or role_kin.kin_before(doc, s, toks, idx, taken) or role_whose.possessed_title(doc, s, toks, idx)


def role_with_head(doc, s, toks, used, idx, role_start, taken) -> tuple[str | None, str | None]:
    """The role phrase and the title word it was found by (None when the role is an appositive or none)."""
    start = role_start if role_start is not None else _title_before(doc, toks, idx, taken)
    if role_start is not None and toks[role_start].cap and not toks[role_start].initial:
        farther = _title_before(doc, toks, [role_start], taken)  # "кіраўнік Адміністрацыі Прэзідэнта X"
        start = farther if farther is not None and role_bounds.governs(doc, toks, farther, role_start) else start
    if start is None:
        # a title set off before the name ("the zoo's director, X, a biologist") is the role more than what
        # the apposition after it says
        return (_verb_linked(doc, s, toks, idx) or title_then_comma(doc, s, toks, idx, taken)
                or _linked_past(doc, s, toks, idx)
                or relative_title(doc, s, toks, idx, taken) or relative_after(doc, s, toks, idx)
                or role_described.described(doc, s, toks, idx, taken)), None
    head = role_bounds.relation_before(doc, toks, start, taken) if doc.R.case_endings \
        and doc.R.genitive_like(toks[start].text) else None  # "husband of top aide X": X is the aide
    start = head = start if head is None else head  # "муж певицы X": the relation heads the role
    head = listed_adjective_head(doc, toks, _adjective_title(doc, toks, head, idx[0]), idx[0])  # "ведущего аналитика"
    while start > 0 and head - start < MAX_ADJECTIVES and toks[start - 1].word and start - 1 not in taken \
            and (doc.R.adjective(toks[start - 1].text) or role_bounds.oblique_adjective(doc, toks, start - 1, head)
                 or _agreeing_adjective(doc, toks[start - 1].text, toks[head].text)) \
            and toks[start - 1].text.lower() not in doc.R.stopwords and not toks[start - 1].text[:1].isdigit() \
            and not role_bounds.verb_like(doc, toks[start - 1]) and not role_predicate_before.is_link(doc, toks[start - 1]) \
            and not role_predicates.clause_participle(doc, toks, start - 1) \
            and not role_agreement.clashes(doc, toks[start - 1].text, toks[head].text) \
            and not role_agreement.neuter_before_title(doc, toks[start - 1].text) \
            and not role_agreement.governed_past_pronoun(doc, toks, start - 1) \
            and not role_bounds.governed_noun(doc, toks, start - 1, head) \
            and not unagreeing_adjective(doc, toks[start - 1].text, toks[head].text):  # "і выканаўчы дырэктар": not "і",
        # "падпісалі"; "ад пасады старшыні": not "пасады"
        start -= 1  # "французский президент", "новы кіраўнік"
    start = role_coordination.coordinated_start(doc, toks, _compound_start(doc, toks, start, head, idx[0], taken), head, taken)
    end = role_predicates.predicate_end(doc, toks, head, role_bounds.role_end(doc, toks, head, idx[0]))
    role = base_role(doc, s[toks[head].start:toks[end].start].strip(" ,"), toks[head].text)
    role = role_bounds.balanced(role) + role_bounds.bracketed_owner(doc, s, toks, idx[-1] + 1)
    if start == head:
        role = _office_first(doc, s, toks, start, end - head, sentence_case(doc, toks, start, role), taken)
        return _fuller_after(doc, s, toks, idx, end - head, role), toks[head].text
    adjs = [t.text for t in toks[start:head]]
    if role.split()[0] != toks[head].text:  # the head was inflected: so are its adjectives
        adjs = [nominative_adj(doc, a, toks[head].text, role.split()[0]) for a in adjs]
    role = sentence_case(doc, toks, start, " ".join(adjs + [role]).replace(" , ", ", "))  # "Labour, Health and …"
    role = _office_first(doc, s, toks, start, end - head, role, taken)
    return _fuller_after(doc, s, toks, idx, end - head, role), toks[head].text


def _office_first(doc, s, toks, start: int, span: int, role: str, taken) -> str:
    """A bare title after a link verb gives way to the office before the verb, kept after it: "Ректором
    университета стал профессор X" -> "ректор университета, профессор" (role_predicate_before.py)."""
    office = role_predicate_before.office_before(doc, toks, start, taken) if span == 1 else None
    found = title_phrase(doc, s, toks, office, start - 1) if office is not None else None
    return f"{sentence_case(doc, toks, office, found)}, {role}" if found else role_stacked.stacked(doc, s, toks, start, role, taken, title_phrase)


def _fuller_after(doc, s, toks, idx, span: int, role: str) -> str:
    """A bare title before the name (``span``: its words from the head) is followed by a longer title the text
    sets after the name: "витебский предприниматель X, владелец сети пекарен «…»," -> "витебский
    предприниматель, владелец сети пекарен «…»" (neither loses what it says: "израильский премьер X, лидер
    партии «Ликуд»")."""
    if span > 1 or role.endswith(")"):
        return role  # the title has its complement or its owner in brackets
    after = _verb_linked(doc, s, toks, idx) or _appositive(doc, s, toks, idx) or relative_after(doc, s, toks, idx)
    words = after.split() if after else []
    if len(words) <= len(role.split()) or not (doc.R.role_len(words[:1]) or doc.R.adjective(words[0])) \
            or any(w[:1].isupper() and doc.R.morph.first_name(w) for w in words):
        return role_owner_after.with_owner(doc, s, toks, idx, role)  # "… on an official visit": no title; "X, координатор движения Y Сергей Удальцов": another's
    return f"{role}, {after}"


def _linked_past(doc, s, toks, idx) -> str | None:
    """The appositive title, and first the title a link past the apposition gives: "named X, a former deputy
    governor, as an independent director" -> "independent director, former deputy governor"; "elected X, a former
    Olympic rower, as its president" -> "president" (role_apposition.py finds the link)."""
    role = _appositive(doc, s, toks, idx)
    found = role_apposition.link_past(doc, toks, idx)
    title = title_phrase(doc, s, toks, found[0], found[1]) if found else None
    if not title:
        return role
    title = role_verbs.with_prefix(found[2], title)
    return f"{title}, {role}" if role and title not in role and not role_apposition.former(doc, role) else title


def _verb_linked(doc, s, toks, idx) -> str | None:
    """A title the sentence links to the name after it ("X является председателем …", "X (директор …)")."""
    found = role_verbs.link_after(doc, toks, idx[-1] + 1)
    role = title_phrase(doc, s, toks, found[0], found[1]) if found else None
    return role_verbs.with_prefix(found[2], role) if role else None


def _agreeing_adjective(doc, word: str, title: str) -> bool:
    """With an analyser: has ``word`` a plain adjective reading in a case of the title's noun readings ("главного
    экономиста", though "главного" reads first as the noun "главное")?"""
    M = doc.R.morph
    if not M.analyzer:
        return False
    cases = {p.case for p in M.parse(title.lower()) if p.pos == mo.NOUN}
    return any(p.pos == mo.ADJECTIVE and p.case in cases and mo.PRONOMINAL not in p.marks
               for p in M.parse(word.lower())[:3])


def _adjective_title(doc, toks, head: int, name: int) -> int:
    """The title word a listed title that is an adjective qualifies ("ведущего аналитика", "главного врача"): with an
    analyser, an adjectival title right before another title in its case is that title's adjective."""
    M = doc.R.morph
    nxt = head + 1
    if not M.analyzer or nxt >= name or not toks[nxt].word or not doc.R.role_len([toks[nxt].text]):
        return head
    adj = next((p for p in M.parse(toks[head].text.lower())[:1] if p.pos in (mo.ADJECTIVE, mo.PARTICIPLE)), None)
    if adj is None or not any(p.pos == mo.NOUN and p.case == adj.case for p in M.parse(toks[nxt].text.lower())):
        return head
    return nxt


def _title_before(doc, toks, idx, taken) -> int | None:
    """Index of the title word of a role phrase before the name (up to a break, at most seven words back)."""
    R = doc.R
    if role_bounds.complement_name(doc, toks, idx[0]):
        return None  # "head of Clinton's campaign": the name completes the title
    start = None
    words, j, between_ok, crossed = 0, idx[0] - 1, True, False
    honorific = role_bounds.honorifics_before(doc, toks, idx[0])  # "шейх": the name's, no role if a title precedes
    j = honorific if honorific is not None else j
    if j >= 0 and toks[j].text.lower() in R.role_and:
        return None  # "встреча министра, директора завода и Анны Ким": the titles are the others'
    reach = LONG_REACH if R.case_endings else NEAR_REACH
    while j >= 0 and words < reach:
        t = toks[j]
        if t.text == "." and j > 0 and len(toks[j - 1].text) == 1 and toks[j - 1].cap:
            j -= 2  # an initial of the name: "премьер-министр Японии Н. Кан"
            continue
        if t.text == ")" and j >= 2 and toks[j - 2].text == "(" \
                and (toks[j - 1].abbr or role_bounds.bracketed_part(doc, toks, j)):
            j -= 3  # an abbreviation in brackets: "лидер Национального фронта (FN) Марин Ле Пен"
            continue
        if start is None and (role_bounds.joins_complement(doc, toks, j, taken)
                              or role_bounds.listed_complement(doc, toks, j, idx[0], taken)):
            j -= 1  # "министр промышленности и торговли", "Minister of Lands, Housing and …": one complement
            continue
        if start is None and R.case_endings and t.text.lower() in doc.R.role_and and j - 1 not in taken \
                and j + 1 < idx[0]:
            crossed = True  # "па веславанні на байдарках і каноэ": only a complement may hold it (_title_ok)
            j -= 1
            continue
        if (t.text in BREAKS and t.text not in QUOTE_CHARS) or j in taken or t.text.lower() in R.clause_breaks \
                or (start is not None and role_bounds.verb_like(doc, t)):
            break  # "сказаў журналістам старшыня …": the verb ends the title phrase
        if t.word:
            words += 1
            nxt = [t.text, toks[j + 1].text] if j + 1 < len(toks) else []
            if R.role_len([t.text]) or R.role_len(nxt) or role_agents.agent_title(doc, toks, j, idx[0]):
                if _plural(doc, t.text):  # "с фермерами X": others; "член Палаты представителей X": a phrase
                    words -= 1
                    j -= 1
                    continue
                if start is None or (between_ok and role_bounds.governs(doc, toks, j, start)) \
                        or (between_ok == OBJECT and role_participles.same_case(doc, toks, j, start)):
                    start, between_ok = j, True
                    j -= 1
                    continue
            # a role reaches further left only across the genitive words of one phrase
            if start is not None and role_participles.instrumental_object(doc, toks, j, start):
                between_ok = OBJECT  # "заведующий отделением доктор X": the object of the farther title
            elif start is not None and not (t.cap or t.text in R.legal or R.genitive_like(t.text)):
                between_ok = False
        j -= 1
    if start is not None and not _title_ok(doc, toks, start, idx[0], crossed):
        return role_remit.farther_title(doc, toks, start, idx, taken, _title_before)
    if start is None and honorific is not None and honorific + 1 < idx[0] and R.role_len([toks[honorific + 1].text]):
        return honorific + 1  # the honorific alone is a title the pack lists ("шейх Хамад")
    return start


def _title_ok(doc, toks, start: int, name: int, crossed: bool) -> bool:
    """May the title at ``start`` be the name's, by what stands between them?"""
    R = doc.R
    if R.case_endings and (crossed or role_bounds.words_between(toks, start, name) >= NEAR_REACH) and not role_bounds.complement_run(doc, toks, start, name):
        return False  # "директор по стратегии и развитию бизнеса Philips в России X": far only across its complement
    if not R.case_endings and start + 1 < name and not _tight(doc, toks, start, name):
        return False  # "a player appeared with Hillary Clinton": a verb stands between title and name
    if not role_bounds.verb_between_ok(doc, toks, start, name):
        return False
    return any(role_bounds.verb_like(doc, t) for t in toks[start + 1:name]) \
        or not role_bounds.case_clash(doc, toks, start, name)  # "с министром … Иван Петров": another's title


def _plural(doc, word: str) -> bool:
    """A title in the plural ("встреча с фермерами Олег Жданов") names others, not the person after it."""
    M = doc.R.morph
    nouns = [q for q in M.parse(word) if q.pos == mo.NOUN] if M.analyzer else []
    return bool(nouns) and all(q.number == mo.PLURAL for q in nouns)


def _appositive(doc, s, toks, idx) -> str | None:
    """A title after the name: "X, the mayor of Y," or, past one descriptive phrase, "X, известного борца,
    члена Y"."""
    R = doc.R
    j = idx[-1] + 1
    for n in range(2):
        if not (j + 1 < len(toks) and (toks[j].text == "," or n == 0 and toks[j].text in DASHES)):
            break  # "X, директор завода," or "X — директор завода —"
        k = j + 1
        if toks[k].text.lower() in R.articles:
            k += 1
        end = k
        while end < len(toks) and toks[end].text not in BREAKS - {"-"} and not role_bounds.clause_break(doc, toks, end) \
                and not time_phrase(doc, toks, end):  # "X, the plant's chief engineer since 2015,"
            end += 1
        ahead = [t.text for t in toks[k:min(k + AHEAD, end)] if t.word]
        opener = (toks[j + 1].text.lower(), toks[end].text.lower() if end < len(toks) else "")
        for x in range(len(ahead)):
            if R.role_len(ahead[x:]) or role_agents.employed_agent(doc, ahead, x) \
                    or role_agents.described_agent(doc, opener, ahead, x):
                if any(role_bounds.verb_like(doc, t) for t in [t for t in toks[k:min(k + AHEAD, end)] if t.word][:x]):
                    return None  # "X, сказаў ён журналістам": a clause after the name, no title of X's
                if not role_bounds.appositive_ok(doc, ahead, x):
                    return None  # "Барак Обама, а также главы правительств": a list goes on, no title of his
                if any(toks[m].cap and doc.R.role_len([toks[m - 1].text]) and doc.R.morph.first_name(toks[m].text)
                       for m in range(k + 1, min(end, k + 4))):
                    return None  # "Bushnell, Trade Minister Joseph Kimotho and others": another's title
                if end - k <= MAX_APPOSITIVE and end > k:
                    text = s[toks[k].start:toks[end - 1].end].strip()
                    return base_role(doc, text, toks[k].text) if x == 0 else _based_after(doc, text, ahead, x)
                break
        if end - k > 4:
            break  # only a short descriptive phrase may stand between the name and its title
        j = end
    return None


def title_phrase(doc, s, toks, k: int, end: int) -> str | None:
    """The title phrase toks[k:end] (a title within its first three words), in base form where the analyser can
    say ("генеральным директором завода" -> "генеральный директор завода"); for role_links.py."""
    end = role_bounds.role_end(doc, toks, k, end)
    ahead = [t.text for t in toks[k:min(k + 3, end)] if t.word]
    x = next((x for x in range(len(ahead)) if doc.R.role_len(ahead[x:])), None)
    if x is None or end <= k or not all(doc.R.adjective(w) or w.lower().endswith(doc.R.oblique_adj)
                                        or w.lower() in doc.R.role_modifiers or _agreeing_adjective(doc, w, ahead[x])
                                        for w in ahead[:x]):  # ("главного инженера": "главного" reads as a noun first)
        return None  # only adjectives before the title: "главным инженером", not "в школе директором"
    text = role_bounds.balanced(s[toks[k].start:toks[end - 1].end].strip())
    n = doc.R.role_len(ahead) if x == 0 else 0
    if n > 1 and doc.R.role_len(ahead[n - 1:n]):  # a listed title of several words ("мастацкім кіраўніком"):
        x = n - 1  # its last word is the head, the words before it agree with it
    return base_role(doc, text, toks[k].text) if x == 0 else _based_after(doc, text, ahead, x)


def _based_after(doc, text: str, ahead: list[str], x: int) -> str:
    """An appositive whose title follows ``x`` modifiers, in base form where the analyser can say ("бывшим мэром
    Минска" -> "бывший мэр Минска"); the text as written otherwise."""
    lead = x - 1 if ahead[x - 1].lower() in doc.R.stopwords else x  # "одному из президентов": "из" governs it
    rest = text
    for w in ahead[:lead]:
        rest = rest[rest.index(w) + len(w):].lstrip()
    role = base_role(doc, rest, ahead[x]) if lead == x else rest
    if role == rest and lead == x:
        return text
    base = base_role(doc, ahead[x], ahead[x])
    return " ".join([nominative_adj(doc, a, ahead[x], base) for a in ahead[:lead]] + [role])


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
        if role_agents.capital_qualifier(doc, toks, start - 1, head) or role_agents.clause_qualifier(doc, toks, start - 1, head):
            start -= 1  # "World champion", "Olympic champion"; "…, resort director X"
            break
        if low in R.articles or low in R.connectors or low in R.clause_breaks or not capital or not t.cap \
                or low in R.weekday_words | R.month_words:
            break
        if start >= 2 and start - 2 not in taken and toks[start - 2].cap and R.gaz.lookup([toks[start - 2].text, t.text]):
            start -= 2  # "New York Mayor", "Hong Kong Financial Secretary": a place of two words
            continue
        place = R.gaz.lookup([t.text])
        org_abbr = t.abbr and not toks[head].abbr  # "UN Secretary-General", "FBI Director" (not in a capitals line)
        # the first word of a sentence is capitalised anyway ("Yesterday Prime Minister"): only a place counts
        if not place and not org_abbr and (t.abbr or low in R.stopwords or start - 1 == 0):
            break
        start -= 1  # "Foreign Secretary", "US President", "Niigata Governor"
    if start > 0 and start - 1 not in taken and toks[start - 1].word:
        word = toks[start - 1].text
        bare = doc.R.strip_possessive(word)
        if bare != word and toks[start - 1].cap and start >= 2 and start - 2 not in taken and toks[start - 2].cap \
                and R.gaz.lookup([toks[start - 2].text, bare]):
            start -= 2  # "South Korea's Vice Minister", "New Zealand's Prime Minister": a place of two words
        elif bare != word and toks[start - 1].cap and R.gaz.lookup([bare]):
            start -= 1  # "Lithuania's Transport Minister": the country whose minister it is
    return role_bounds.org_before(doc, toks, start, taken)  # "Minsk Tractor Works general director"


def _tight(doc, toks, a: int, b: int) -> bool:
    """Without case endings to follow, a title joins a name only across title words, capitalised words,
    connectors, articles and place heads ("Minister of Health", "police chief of Balkh province")."""
    R = doc.R
    i = a
    while i < b:
        t, low = toks[i], toks[i].text.lower()
        title = R.role_len([x.text for x in toks[i:b]]) if t.word else 0
        place = low in R.stopwords and i + 1 < b and toks[i + 1].cap and R.gaz.lookup([toks[i + 1].text])  # "to Vietnam"
        if t.word and not (t.cap or t.text[0].isdigit() or low in R.connectors or low in R.articles
                           or title or R.gaz.head_gender(t.text) or place):
            return False
        i += max(title, 1)  # a title of several words ("prime minister", "chargé d'affaires") is passed whole
    return True


DASHES = ("—", "–")
OBJECT = "object"  # _title_before: an object in the instrumental stands between two titles
NEAR_REACH = 7  # words back from a name a title is looked for
LONG_REACH = 16  # ... where words change their endings, across a title's complement (role_bounds.complement_run)
MAX_MODIFIERS = 3  # words of a compound title before its head ("chief financial officer")
MAX_APPOSITIVE = 16  # tokens of an appositive title after the name ("a geophysicist at the … of Belarus")
MAX_ADJECTIVES = 3  # adjectives before a title's head ("галоўны дзяржаўны санітарны ўрач")
AHEAD = 4  # words after an appositive's comma where its title may start ("the former Qatari prime minister")
