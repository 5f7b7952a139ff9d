"""Organisation passes: a marker before a quoted name (АТ "…", завод "…") and organisation phrases (a head such as
Парк/Министерство/Ministry with its modifiers and genitive words); web sites and names in another script are
org_foreign.py's. An abbreviation later merges into the organisation whose initials it is, so
each organisation keeps its initials.

Functions over ``doc``, the ``Extraction`` (document.py), read-only: ``doc.R`` is the pack's resources; ``used``
marks the tokens earlier passes claimed; the passes return candidates (candidates.py).
"""
from __future__ import annotations

from . import (attributives, eponyms, name_places, org_abbreviations, org_bounds, org_coordinated, org_descriptor, org_frames,
               org_adjective_noun, org_heads, org_initial_kind, org_joined_tail, org_jurisdiction, org_kind_plurals, org_names, org_numbered,
               org_parts, org_portfolio, org_quoted_case, org_quoted_parent, org_remit, org_scope, org_shapes, org_shared,
               org_standing, org_unit_acronym, places_in_text, role_predicates, shouted, subject)
from .candidates import QUOTED, Candidate, claim, mark
from .tokens import QUOTE_CHARS, inflected_abbr, quote_close

QUOTED_RULE, PHRASE_RULE = "organisations.quoted_orgs", "organisations.org_phrases"


def quoted_orgs(doc, si, s, toks, used, taken) -> list[Candidate]:
    """АТ "Група кампаній "Алюр"", завода "Амкадор": a marker, then a quoted name (a quoted name without one waits
    for the whole document: leftovers.py)."""
    by_start = {t.start: i for i, t in enumerate(toks)}
    shared, out = used, []
    i = 0
    while i < len(toks):
        t = toks[i]
        if t.text in QUOTE_CHARS and t.text not in "»”":
            close = quote_close(s, t.start)
            if close is not None:
                inner = s[t.start + 1:close].strip()
                if inner.count('"') % 2:
                    inner += '"'
                j = by_start.get(close, len(toks) - 1)
                title = inner[:1].isupper() and org_bounds.work_title(doc, toks, i)
                named = True  # (a quoted clause names nothing: the marks inside it are read on, „…“ in «…»)
                place = None if title or not inner[:1].isupper() \
                    else org_bounds.quoted_place(doc, si, toks, i, close, inner)
                if title or place:  # a title names no organisation, nor a person or place in it
                    free = tuple(x for x in range(i, j + 1) if not used[x])
                    out.append(place._replace(claims=free) if place else claim("org_bounds.work_title", si, free))
                    used = mark(used, shared, free)
                elif inner[:1].isupper() or inner[:1].isdigit():
                    # (a clause closed by its own stop or comma inside the marks is speech, no name: '"We drove
                    # all night from Kostanay," she said')
                    if len(inner.split()) <= 8 and not (inner.endswith((",", ".", "!", "?", "…"))
                                                        and len(inner.split()) >= 3):
                        marked = org_descriptor.marker_before(doc, toks, i)
                        b = i - 1
                        claims = tuple(range(i, j + 1))
                        if used is shared:  # (its own copy from its first claim on: resolve.py writes the shared list)
                            used = list(used)
                        if b >= 0 and toks[b].abbr and toks[b].text not in doc.R.legal and not used[b] \
                                and not doc.R.is_noun(toks[b].text, doc.R.markers) \
                                and toks[b].end == t.start - 1:
                            # "РИА «Новости»": an abbreviation before a quoted name is part of it
                            name = f"{toks[b].text} {inner}"
                            out.append(Candidate("organization", name, si, toks[b].start, close, QUOTED_RULE,
                                                 claims=(b, *claims), parts=(org_names.initials(
                                                     name.replace('"', " ").split(), doc.R),)))
                            used[b] = True
                        elif marked or org_parts.relational_before(doc, toks, i):  # "минское «Динамо»"
                            claims = (*range(org_descriptor.descriptor_start(doc, toks, i, inner) if marked else i, i), *claims)
                            # "фракция «Единой России»": a name the sentence inflects, in its base form
                            name = org_quoted_case.case_base(doc, inner) if marked \
                                else org_parts.quoted_base(doc, inner)
                            out.append(Candidate("organization", name, si, t.start + 1, close, QUOTED_RULE,
                                                 claims=claims, parts=(org_names.initials(
                                                     inner.replace('"', " ").split(), doc.R),)))
                        else:
                            out.append(Candidate(QUOTED, inner, si, t.start + 1, close, QUOTED_RULE, claims=claims))
                        for x in claims:
                            used[x] = True
                        if not org_quoted_case.oblique(doc, inner):  # (in «Единой России» the name declines)
                            out += org_bounds.places_in_quoted(doc, si, toks, i, j)
                    else:
                        named = False
                else:
                    named = False
                i = j + 1 if named else i + 1
                continue
        i += 1
    return out


def org_phrases(doc, si, s, toks, used, taken) -> list[Candidate]:
    """Парк высокіх тэхналогій, Министерство экономики Беларуси, правительство Китая, Bank of England."""
    shared, out = used, []
    i = 0
    while i < len(toks):
        t = toks[i]
        if not used[i] and t.text in doc.R.legal and i + 1 < len(toks) and toks[i + 1].word and toks[i + 1].cap:
            j = i + 1  # ООО Ромашка, LLC-less legal form before a bare name
            while j < len(toks) and j - i <= 4 and toks[j].word and toks[j].cap and not used[j]:
                j += 1
            name = s[toks[i + 1].start:toks[j - 1].end]
            out.append(Candidate("organization", name, si, toks[i + 1].start, toks[j - 1].end, PHRASE_RULE,
                                 claims=tuple(range(i, j))))
            used = mark(used, shared, range(i, j))
            i = j
            continue
        found = org_heads.org_head(doc, toks, used, i)
        if found is None:
            i += 1
            continue
        head = found[1]
        start, end = org_shapes.dotted_before(toks, used, _org_start(doc, toks, used, found[0])), \
            _org_end(doc, toks, used, head)
        start = org_coordinated.adjectives_before(doc, toks, used, start)  # "Промышленный и коммерческий банк"
        start = org_bounds.owner_place_outside(doc, toks, start, head)  # "Chile's Ministry of …": Chile owns it
        if org_initial_kind.name_start(doc, toks, start, head, end) > head:  # "Компания Майкрософт": the name alone
            out.append(org_initial_kind.name_candidate(doc, si, toks, (head, end), PHRASE_RULE))
            used, i = mark(used, shared, range(head, end)), end
            continue
        acronym = org_unit_acronym.acronym_before(doc, toks, used, start, end)  # "УВД Гомельского облисполкома"
        start, head = (acronym, acronym) if acronym < start else (start, head)
        words = [x.text for x in toks[start:end]]
        if org_parts.describes_name(doc, toks, start, head, end) or org_bounds.after_particle(doc, toks, start) \
                or org_kind_plurals.plural_kinds(doc, toks, start, head, end) \
                or org_coordinated.class_of_bodies(doc, toks, used, (start, head, end)) \
                or (not _names_org(doc, words, t, start, head)
                    and org_parts.prepositional_tail(doc, toks, used, end, start) == end):
            i += 1
            continue
        if shouted.shouted(toks) and shouted.unheard(doc, words):
            i = end  # "DUTCH LEAGUE RESULTS": a shouted headline's capitals name nothing the text does not name
            continue
        if used is shared:  # (its own copy from its first claim on: resolve.py writes the shared list)
            used = list(used)
        out += _record_org(doc, si, s, toks, used, (start, head, end))
        out += org_coordinated.shared_place(doc, si, toks, used, (start, head, end))  # "генштаба и … Пакистана"
        out += org_shared.shared_plural_head(doc, si, toks, used, (start, head, end))  # "Мінскі і Гродзенскі …"
        i = end
    return out


def _org_start(doc, toks, used, start: int) -> int:
    """The phrase's first token: capitalised modifiers before the head, and lower-case adjectives when a
    capitalised one opens the phrase ("Федеральной миграционной службы")."""
    R = doc.R
    # a title modifier inside the name is an adjective of it ("Grodno Regional Executive Committee"); a month is
    # none ("the September Treasury bond")
    while start > 0 and toks[start - 1].word and toks[start - 1].cap and not used[start - 1] \
            and (R.modifier(toks[start - 1].text) or toks[start - 1].text.lower() in R.role_modifiers
                 or org_standing.title_adjective(R, toks, start - 1)  # "Следчы камітэт"
                 or org_standing.name_adjective(R, toks[start - 1].text)) \
            and not toks[start - 1].text.lower().endswith(R.descriptor_endings) \
            and toks[start - 1].text.lower() not in R.month_words \
            and not (toks[start - 1].initial  # (inside a sentence: "the Socialist Workers Party")
                     and subject.person_noun_len([toks[start - 1].text], R.subject, R.morph.forms)) \
            and not org_parts.disagrees(R, toks[start - 1].text, toks[start].text) \
            and (not toks[start - 1].initial or not (R.cfg_adj or R.morph.analyzer)
                 or ((R.adjective(toks[start - 1].text) or org_standing.name_adjective(R, toks[start - 1].text))
                     and org_heads.opens_name(R, toks[start - 1].text))):
        # (not "Учора Рада …" where the pack tells adjectives, nor "Новая федерация Израиля …")
        start -= 1
        if org_coordinated.joined_before(doc, toks, used, start):
            start -= 2  # "Vietnam Engine and Agricultural Machinery Corporation": one name joined by "and"
    if org_frames.plural_owner_before(doc, toks, used, start):
        return _org_start(doc, toks, used, start - 2)  # "Toronto Bond Traders' Association"
    start = org_frames.named_of_before(doc, toks, used, start)  # "Gold Fields of South Africa Ltd"
    j = start
    while j > 0 and start - j < 4 and toks[j - 1].word and not used[j - 1] and not toks[j - 1].abbr \
            and (not toks[j - 1].initial or (start - j >= 1 and (org_heads.opens_name(R, toks[j - 1].text)
                                                                 or org_heads.ordinal_before_name(R, toks, j - 1)))) \
            and toks[j - 1].text.lower() not in R.stopwords \
            and R.modifier(toks[j - 1].text) and not R.gaz.head_gender(toks[j - 1].text) \
            and not (toks[j - 1].cap and R.gaz.lookup([toks[j - 1].text])
                     and not attributives.modifier_adjective(R, toks[j - 1].text)) \
            and (R.adjective(toks[j - 1].text) or org_parts.relational(R, toks[j - 1].text)):  # "і" is no adjective
        # (nor a listed place in a case ending like an adjective's: "у Оршы сумеснага прадпрыемства"; the
        # analyser's adjective first: "в Минском городском центре")
        # (a place's head noun is none either: "Віцебскай вобласці летнюю школу" — the region's, then the school)
        j -= 1
        if toks[j].cap:
            return j
    start = org_scope.scope_start(doc, toks, used, start)  # "областного Совета депутатов"
    return org_numbered.numbered_start(R, toks, used, start)  # "19-й городской поликлиники"


def _org_end(doc, toks, used, head: int) -> int:
    """The token after the phrase: capitalised words, connectors before a capital and genitive words follow
    the head (at most four), trailing connectors dropped."""
    R = doc.R
    end, extra, named = org_bounds.joined_heads(R, toks, used, head), 0, False  # "Securities and Futures Commission"
    if end == head + 1 < len(toks) and not (toks[head].cap or toks[end].cap or used[end]) and R.is_noun(toks[end].text, R.heads):
        end += 1  # "the Gomel regional police department": a lower-case head before another is its modifier
    holder, unit = org_bounds.office_holder(R, toks, head, head + 1), R.is_noun(toks[head].text, R.unit_heads)
    while end < len(toks) and not used[end] and (extra < 4 or org_bounds.adjective_open(R, toks[end - 1], extra)
                                                 or org_bounds.adjective_pair(R, toks, end, extra)):
        w = toks[end]
        named = named or (end > head + 1 and toks[end - 1].cap and bool(place := R.gaz.lookup([toks[end - 1].text]))
                          and not name_places.place_in_name(doc, toks, used, end - 1, place))
        if w.text in R.number_words:
            end = org_bounds.numbered_end(toks, end)  # "трест № 8", "Trust No. 35": the number ends the name
            break
        if not w.word or w.text.lower() in R.named_after:
            break
        given = R.morph.first_name(w.text) if w.cap and end > head + 1 else None
        if given and given[2]:
            break  # "сборная СССР Виктор Понедельник": a given name in its base form opens a person's name
        if end > head and toks[end - 1].text.endswith(R.possessive) and toks[end - 1].text not in R.possessive:
            break  # "the Agriculture Department's Drazek": the name ends at its possessive
        if org_bounds.firm_closed(R, toks, end):
            break  # "Haldeck AG of Bremen": a legal form after the name closes it
        if w.cap and holder and end > head + 1 and not R.gaz.lookup([w.text]):
            break  # "администрация президента (Ирана) Ахмадинежада": the title's holder, no word of the body
        tail = org_bounds.tail_abbr(R, toks, head, end)
        if tail and unit:  # (org_bounds.parent_abbr)
            end += 1  # "Савет бяспекі ААН прыняў": the parent's abbreviation ends the unit's name
            break
        if tail or w.text in R.legal:  # (org_bounds.appended_abbr)
            break  # "… футбола ФИФА": another name of it; "Дэлегацыя ААТ «…»": a legal form opens the next name
        if w.cap and not w.initial and not (len(w.text) == 1 and end + 1 < len(toks) and toks[end + 1].text == "."):
            end += 1  # (an initial opens a person's name: "… бальніцы С.В. Качаноўскі")
        elif w.text.lower() in R.connectors and end + 1 < len(toks) and toks[end + 1].cap \
                and not (w.text.lower() in R.clause_breaks and end - 1 == head) \
                and not (named and w.text.lower() in R.list_conjunctions):  # "Bank of Latvia and Swedbank": two
            end += 1
        elif w.text.lower() in R.org_and and end - 1 > head and not toks[end - 1].cap and not named \
                and end + 1 < len(toks) \
                and (org_parts.genitive_word(R, toks[end + 1]) or org_remit.joined_domain_genitive(R, toks, end)
                     or org_parts.members(R, toks[end - 1].text) and org_parts.members(R, toks[end + 1].text)) \
                and (not R.is_noun(toks[end + 1].text, R.heads) or _ends_after(R, toks, end + 2)) \
                and not org_parts.adjective_head(R, toks, end + 1):  # "… и профсоюза Юнайт": a second body
            end += 2  # "Министерство транспорта и коммуникаций": two genitives of one name
            extra += 1
        elif not w.cap and not R.connectors \
                and (R.genitive_like(w.text) or org_remit.domain_genitive(R, toks, head, end)) \
                and w.text.lower() not in R.stopwords \
                and w.text.lower() not in R.not_names and (not R.role_len([w.text]) or org_parts.members(R, w.text)
                                                           or org_bounds.office_holder(R, toks, head, end)) \
                and not w.text.lower().endswith(R.verb_endings) and not org_bounds.past_after_plural(R, toks, head, end) \
                and not role_predicates.clause_participle(doc, toks, end) \
                and not (named and not R.gaz.head_gender(w.text)):  # "Рада Еўропы рашуча": after a place
            end += 1  # only a place noun follows ("… Мінскай вобласці")
        elif org_adjective_noun.noun_after_adjective(R, toks, used, head, end):
            end += 1  # "… судовых экспертыз": the noun of the tail's last adjective
        else:
            break
        extra += 1
    while end - 1 > head and toks[end - 1].text.lower() in R.connectors:
        end -= 1
    end = org_joined_tail.joined_tail(doc, toks, used, head, end)  # "… of Trade and Development"
    end = org_portfolio.list_end(doc, toks, used, head, end)  # "… of Trade, Industry and Fisheries"
    end = org_remit.and_genitive(R, toks, used, end) if end < len(toks) and toks[end].text == "," else end
    end = org_jurisdiction.jurisdiction_end(doc, toks, used, end)  # "… of the State of Parana"
    return org_bounds.no_dangling_adjective(R, toks, head, end)


def _ends_after(R, toks, k: int) -> bool:
    """Does the phrase end before toks[k] (no word, a lower-case word that is no genitive, or a given name)? Then a
    head noun joined by "and" before it is a second genitive of the same name ("академии музыки и театра"), not a
    second body with its own name ("… и профсоюза Юнайт", "… и министерства обороны")."""
    if k >= len(toks) or not toks[k].word:
        return True
    w = toks[k]
    return (not w.cap and not org_parts.genitive_word(R, w)) or bool(w.cap and R.morph.first_name(w.text))


def _names_org(doc, words: list[str], first, start: int, head: int) -> bool:
    """Do the phrase's words name an organisation? Not a listed place ("Российская Федерация"), not a bare head
    in lower case, and a bare capitalised head ("Банк" at a sentence start) only where the pack says so."""
    R = doc.R
    if R.gaz.lookup(words) or (len(words) > 1 and R.gaz.lookup(words[:2])
                               and not (len(words) > 2 and R.is_noun(words[-1], R.heads))):
        return False  # a place, but "New York Stock Exchange" names an organisation by its head
    if len(words) == 1 and start == head and not first.cap:
        return False
    return not (len(words) == 1 and (first.initial or not R.bare_head_org))


def _record_org(doc, si, s, toks, used, phrase: tuple[int, int, int]) -> list[Candidate]:
    """Add the organisation toks[start:end] (with an eponym after it: "… імя П.М. Машэрава"), claim its tokens;
    a listed place inside the name is also a place ("… Польши"), not after "of" ("Bank of England")."""
    R = doc.R
    start, head, end = phrase
    named = end
    if end < len(toks) and toks[end].word and toks[end].text.lower() in R.named_after:
        named = eponyms.eponym_end(doc, toks, end)
        if named == end + 1:
            named = end
    else:
        named = org_parts.prepositional_tail(doc, toks, used, end, start)
        named = org_parts.prepositional_tail(doc, toks, used, named, start, True) if named > end else end  # "при …, по …"
        named = org_parts.posted_tail(doc, toks, used, named, head)  # "посольство России в Японии"
        named = org_quoted_parent.quoted_parent_end(doc, toks, used, head, named)  # "… движения «Солидарность»"
    words = [x.text for x in toks[start:end]]
    words[-1] = R.strip_possessive(words[-1])  # "the Treasury's plan": the name without its possessive
    # (a comma of a remit list stays as written: "Ministry of Trade, Industry and Fisheries")
    name = org_shapes.closed_dots(org_names.org_base(doc, words, head - start)).replace(" , ", ", ")
    if org_shapes.dotted(R, toks, end):
        name += "."  # "NationsBank Corp.": the dot belongs to the name as written
    if named > end:
        name = f"{name} {s[toks[end].start:toks[named - 1].end]}"
    # (the eponym after it, "імя П.М. Машэрава", the person pass claimed already)
    left = org_bounds.title_left(R, toks, head, end)  # "пресс-служба президента Дмитрия Медведева"
    claims = tuple(x for x in range(start, named) if not used[x] and x != left)
    parts = [org_names.initials(words, R)]
    if not R.connectors:  # "Министерство по чрезвычайным ситуациям" spells МЧС without its preposition
        spelled = words + [t.text for t in toks[end:named] if t.word]
        parts.append(org_names.initials([w for w in spelled if w.lower() not in R.stopwords], R))
        parts.append(org_names.initials(spelled, R))  # "Движение против нелегальной иммиграции": ДПНИ
    if named == end < len(toks) and org_bounds.appended_abbr(R, toks, head, end):
        parts.append(R.key(inflected_abbr(toks[end].text) or toks[end].text))  # "ФИФА" alone is this one
    elif named + 2 < len(toks) and toks[named].text == "(" and toks[named + 1].abbr and toks[named + 2].text == ")" \
            and R.foreign and R.foreign.match(toks[named + 1].text):
        parts.append(R.key(toks[named + 1].text))  # "Бюро … (USPTO)": the original's abbreviation, another name
    listed = org_coordinated.bodies_of_places(doc, si, s, toks, used, phrase) if named == end else []
    out = [Candidate("organization", listed[0].name if listed else name, si, toks[start].start, toks[named - 1].end,
                     PHRASE_RULE, claims=claims, parts=tuple(parts))] + listed[1:]
    out += org_bounds.inner_org(doc, si, toks, head, end, named)
    for x in range(end, named):
        used[x] = True
        hit = (R.gaz.lookup([toks[x].text]) or org_parts.tagged_place(R, toks[x].text)) if toks[x].cap else None
        hg = R.gaz.head_gender(toks[x + 1].text) if toks[x].cap and not hit and x + 1 < named else None
        if toks[end].text.lower() in R.named_after:
            continue
        if hit and toks[x - 1].text not in "«„“\"":  # "совет при главном архитекторе Москвы": Москва as well
            out.append(Candidate("place", hit, si, toks[x].start, toks[x].end, PHRASE_RULE))
        elif hg and R.adjective(toks[x].text):  # "пресс-служба МЧС по Томской области": Томская область too
            place = places_in_text.adjective_place(doc, toks[x].text, toks[x + 1].text, *hg)
            out.append(Candidate("place", place, si, toks[x].start, toks[x + 1].end, PHRASE_RULE))
    for x in range(start, end):
        used[x] = True
        # (and the place opening "the Vitebsk regional executive committee", org_parts.place_before_body)
        if toks[x].cap and ((x > head and toks[x - 1].text.lower() not in R.connectors)
                            or (x == start < head and not R.lower_head_org and not toks[x + 1].cap)):
            hit = R.gaz.lookup([toks[x].text]) or org_parts.tagged_place(R, toks[x].text)
            hg = R.gaz.head_gender(toks[x + 1].text) if not hit and x + 1 < end else None
            if hit:  # ("администрация Кремля": a seat of power is the body seated there, an organisation)
                out.append(Candidate("organization" if R.key(hit) in R.seats_of_power else "place", hit, si,
                                     toks[x].start, toks[x].end, PHRASE_RULE))
            elif hg and R.adjective(toks[x].text):  # "… Первомайского района": Первомайский район as well
                place = places_in_text.adjective_place(doc, toks[x].text, toks[x + 1].text, *hg)
                out.append(Candidate("place", place, si, toks[x].start, toks[x + 1].end, PHRASE_RULE))
            elif x + 2 < end and (two := places_in_text.two_adjectives_place(doc, si, toks, used, x)):
                out += two  # "Делегация Ямало-Ненецкого автономного округа": that district as well
            elif org_parts.inner_abbreviation(R, toks, x):  # "обком КПСС": КПСС is an organisation as well
                abbr = inflected_abbr(toks[x].text) or toks[x].text
                if x + 1 < end and org_abbreviations.country_after(doc, toks, used, x):  # "… НАН Беларусі"
                    out.append(Candidate("organization", f"{abbr} {toks[x + 1].text}", si, toks[x].start,
                                         toks[x + 1].end, PHRASE_RULE, parts=(R.key(abbr),)))
                else:
                    out.append(Candidate("organization", abbr, si, toks[x].start, toks[x].end, PHRASE_RULE))
    return out


