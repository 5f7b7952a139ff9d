"""Person pass: a given name, a surname-shaped word or a title in a capitalised run names a person, in base form.

A pair of unknown capitalised words is still a person when a title stands before it or a speech verb next to it
(foreign names: "дырэктар ТАА "Агра-Полска" Марэк Навак"); a capitalised run ending in a weekday ("Remembrance
Sunday") is an event, not a person. The role found beside the name comes from roles.py.

Functions over ``doc``, the ``Extraction`` (document.py): ``doc.R``, ``used`` (read-only); candidates (candidates.py).
"""
from __future__ import annotations

from . import (attributives, eponyms, indeclinable, name_case, name_forms, name_places, name_shapes, place_persons,
               nationality_names, org_parts, org_people, org_portfolio, org_tails, particles, patronymic_case, person_apposition,
               person_cues, role_agents, role_coordination, role_forms, role_pairs, roles, title_portfolios, rank_titles, headline_case, plural_nouns)
from .candidates import FILL, Candidate, claim, merged_role, names_no_body

RULE = "persons.persons"


def _cap_runs(doc, toks, used):
    """Runs of capitalised words no earlier pass claimed: where names stand."""
    run: list[int] = []
    for i, t in enumerate(toks):
        # "Халед эль-Масри": a particle joined to a capitalised name part continues a given name
        joined = run and particles.prefixed(doc, t.text)
        if not run and t.cap and name_places.place_opens_run(doc, toks, i):
            continue  # "в Минске Ван Лэй": the place is no part of the name after it
        if t.word and (t.cap or joined) and not used[i] and not (t.abbr and len(t.text) > 1) and not t.digit \
                and not t.text.lower().endswith(doc.R.descriptor_endings):  # no name has a digit ("BBC2")
            run.append(i)
            continue
        if run and t.word and person_cues.particle(doc, t.text):
            j = i + 1
            while j < len(toks) and toks[j].word and toks[j].text.lower() in doc.R.particles:
                j += 1
            if j < len(toks) and toks[j].word and toks[j].cap and not used[j] \
                    and not name_places.particle_before_place(doc, toks, run[-1], i, j):
                run.append(i)  # name particles between capitalised words stay inside the name (not before a
                continue  # listed place: "ад Брэста да Мінска")
        if run:
            yield run
        run = []
    if run:
        yield run


def persons(doc, si, s, toks, used, taken) -> list[Candidate]:
    """Names in capitalised runs; titles opening a run are the role, not the name."""
    eponym = eponyms.eponym_toks(doc, toks)
    # ``roles_now``, ``names_now``: each person's role and name (by key) so far, with this pass's finds
    shared, out, roles_now, names_now, handed = used, [], {}, {}, {}
    runs = list(_cap_runs(doc, toks, used))  # (read before any claim here, as the pass's own copies are made later)
    while runs:
        run = runs.pop(0)
        if run[0] in eponym:  # "імя П.М. Машэрава": the person an organisation is named after
            out.append(claim(RULE, si, [i for i in run if i in eponym]))
            if used is shared:  # (its own copies from its first claim on: resolve.py writes the shared ones)
                used, taken = list(used), set(taken)
            for i in out[-1].claims:
                used[i] = True
            run = [i for i in run if i not in eponym]
            if not run:
                continue
        words = [doc.R.strip_possessive(toks[i].text) for i in run]
        if name_places.place_named_first(doc, toks, run, words):
            run, words = run[1:], words[1:]  # "штата Махараштра Рагхунатх Дэшмукх": the state's name, then his
        lead, role_start = rank_titles.rank_lead(doc, run, words) or _titles(doc, run, words)  # "Major Anna Lis"
        if not lead and len(run) > 1 and toks[run[0]].initial and doc.R.morph.first_name(words[1]) \
                and role_agents.agent_title(doc, toks, run[0], run[1]):
            lead, role_start = 1, run[0]  # "Гандляр Сяргей, які …": an agent noun opening the sentence is his title
        lead = lead or nationality_names.opening_noun(doc, toks, run)  # "Эфиоп Тесфайе Алему Бекеле финишировал"
        lead = lead or title_portfolios.portfolio_lead(doc, toks, run, words)  # "Minister of Commerce Wang Yi"
        lead = lead or title_portfolios.complement_lead(doc, toks, run, words)  # "MP for Horsham Julian Ashcombe"
        if lead == len(words) or _no_name_here(doc, toks, run, words, lead):
            continue
        found = name_shapes.syllable_name(doc, toks, run, words, lead, names_now) or particles.joined_name(doc, words, lead) \
            or _find_name(doc, s, toks, used, (run, words, lead, role_start), taken)
        if found is None:
            continue
        (a, b), (full, k), anchored = found
        rest = name_shapes.second_name(doc, words, b)  # "Помощник Путина Юрий Ушаков": two names in one run
        runs[:0] = [run[b:]] if rest else []
        idx, words = run[a:b], words[a:b]
        full, k = person_cues.governed(doc, toks, idx[0], words, (full, k))
        full, k = name_case.settle(doc, toks, idx[0], words, (full, k), names_now)
        k = k or doc.R.key(full)
        confirmed = bool(doc.R.morph.first_name(words[0]) or lead or anchored
                         or (doc.R.confirm_persons and b == len(run) and person_cues.vouched(doc, toks, idx, a > 0)))
        names = tuple(range(idx[0], idx[-1] + 1))
        claims = (*range(run[0], run[0] + lead), *names) if lead else names
        if used is shared:
            used, taken = list(used), set(taken)
        for x in claims:
            used[x] = True
        taken.update(names)
        role = roles_now[k] if k in roles_now else getattr(doc.ents.get(("person", k)), "role", None)
        bare = names_no_body(role)  # a bare title, or one naming no body, gives way (candidates.merged_role)
        if rest:  # the title before the first of two names is the second's: "пресс-секретарь Медведева Тимакова"
            handed[run[b]] = _handed_role(doc, s, toks, used, idx, role_start, taken)
        found_role = (handed.get(idx[0]) or roles.role_of(doc, s, toks, used, idx, role_start, taken)
                      or role_pairs.shared_role(doc, toks, idx, out)) if bare and not rest else None
        roles_now[k] = merged_role(role, found_role, FILL)
        name = names_now[k] if k in names_now else getattr(doc.ents.get(("person", k)), "name", None)
        names_now[k] = full if name is None or len(full.split()) > len(name.split()) else name  # (as resolve widens)
        out.append(Candidate("person", full, si, toks[idx[0]].start, toks[idx[-1]].end, RULE, key=k,
                             claims=tuple(sorted(claims)), names=names, role=found_role, role_how=FILL,
                             confirmed=confirmed, parts=tuple({doc.R.key(w) for w in full.split()})))
    return out


def _handed_role(doc, s, toks, used, idx, role_start, taken) -> str | None:
    """The role of the second of two names after a title in one run ("Помощник Владимира Путина Юрий Ушаков",
    "пресс-секретаря Дмитрия Медведева Натальи Тимаковой"): the title and the first name, its complement, as
    written ("помощник Владимира Путина"); a title has one holder, so the first name is not it."""
    role = roles.role_with_head(doc, s, toks, used, idx, role_start, taken)[0]
    return f"{role} {s[toks[idx[0]].start:toks[idx[-1]].end]}" if role else None


def _titles(doc, run: list[int], words: list[str]) -> tuple[int, int | None]:
    """(lead, role_start): titles and role words ("President", "Mr", "Старшыня") are not part of the name: the
    name starts after the last of them (``lead`` words in), the role at the first of their final chunk."""
    R, M = doc.R, doc.R.morph
    lead, role_start, k = 0, None, 0
    while k < len(words):
        n = R.role_len(words[k:])
        titled = n or words[k].lower().rstrip(".") in R.titles
        if titled and k > lead and (M.first_name(words[k - 1]) or M.patronymic(words[k - 1])):
            titled = False  # "Андрей Дмитриевич Король": after a given name or patronymic, the surname
        if titled:
            if lead != k or role_start is None:
                role_start = run[k] if n else role_start
            lead = k = k + (n or 1)
        else:
            k += 1
    if role_start in run[1:3] and R.org_word(words[0]) and not M.first_name(words[0]):
        role_start = run[0]  # "Senate Majority Leader X", "Treasury Secretary X": the body opening the run is the title's
    return lead, role_start


def _no_name_here(doc, toks, run: list[int], words: list[str], lead: int) -> bool:
    """Is the run no person's name by what stands around it (a place, an organisation, a club)?"""
    R, M = doc.R, doc.R.morph
    before, after = run[0] - 1, run[-1] + 1
    if R.confirm_persons and not lead and before >= 0 and toks[before].text.lower() in R.place_preps \
            and not M.first_name(words[0]):
        return True  # "at Progressive Field": without a given name, a name after "at"/"in" is a place
    if not lead and before >= 0 and toks[before].text.lower() in R.subject.articles \
            and len(words) > 1 and R.gaz.lookup(words[1:2]):
        return True  # "at the Hilton Tashkent City": "the" and a place inside the run make a venue, no person
    if before >= 1 and toks[before].text.lower() in R.origin_preps and toks[before - 1].text.lower() in R.gaz.of_heads:
        return True  # "the Polish town of Jelenia Gora": a name after a place noun and "of" is the place
    if after + 1 < len(toks) and toks[after].text.lower() in R.origin_preps and words[-1].lower() in R.gaz.of_heads:
        return True  # "the Socialist Republic of Vietnam": a state's full name, no person
    if after < len(toks) and toks[after].word and R.gaz.head_gender(toks[after].text):
        return True  # "Гродзенскай вобласці": an adjective of a place name
    if after < len(toks) and toks[after].word and not toks[after].cap and R.is_noun(toks[after].text, R.heads):
        return True  # "British Transport police": the run opens an organisation name
    if after < len(toks) and toks[after].abbr and toks[after].text.rstrip(".").lower() in R.firm_suffixes:
        return True  # "Nordvik Shipping ASA": a legal form after the run closes a firm's name
    if org_portfolio.inside_list(doc, toks, run[0]):
        return True  # "Ministry of Labour and Social Protection": a part of a body's remit
    if len(words) - lead == 1 and attributives.attributive(R, toks, run[-1]):
        return True  # "Намеснік Вярхоўнага камісара": an adjective of the noun after it
    return role_coordination.title_goes_on(doc, toks, after, words[lead:]) or org_parts.opens_org(doc, toks, run[-1]) \
        or (person_cues.joins_org(doc, toks, after) and not org_tails.person_of_org(doc, words, lead)) \
        or name_places.place_pair(doc, toks, run[lead:], words[lead:]) or person_cues.event(doc, words[lead:]) \
        or org_tails.of_tail(doc, toks, run, words, lead) or headline_case.unheard_name(doc, toks, words[lead:])


def _find_name(doc, s, toks, used, found_run, taken):
    """((a, b), (name, key), anchored): the words run[a:b] that name a person, by name shape or anchored by a
    title or speech verb; None when the run names an event, common nouns or no person."""
    R = doc.R
    run, words, lead, role_start = found_run
    if len(words) - lead >= 2 and R.gaz.lookup(words[lead:]):
        return None  # "у часы Вялікага Княства Літоўскага": the whole run is a listed place
    lead = name_places.past_two_word_place(doc, words, lead)  # "… Саудаўскай Аравіі Мансурам бен Фахдам …"
    owned = {k for k, i in enumerate(run) if toks[i].text != words[k]}  # words in the possessive
    span = _name_span(doc, words, lead, toks[run[0]].initial, owned, (toks, run))
    name = None
    if span is not None:
        a, b = span
        name = name_forms.person_name(doc, words[a:b], toks[run[a]].initial and a == 0,
                                      name_shapes.titled(doc, words, a, lead), (toks, run[a:b]))
    anchored = False
    if not name:
        got = _anchored_name(doc, s, toks, used, run, words, lead, role_start, taken)
        if not got:
            return None
        (a, b), name = got
        anchored = True
    if b < len(words) and words[b].lower() in R.weekday_words | R.month_words:
        return None  # "Remembrance Sunday", "Easter Monday": a capitalised run ending in a day names an event
    if a > 0 and R.gaz.lookup(words[a - 1:a + 1]):
        return None  # "New Zealand Cricket said": no name starts inside a place's name
    if R.org_word(words[b - 1]) or (b < len(words) and R.org_word(words[-1])):
        return None  # "Roosevelt Financial Group Inc": a run ending in an organisation word names no person
    if b - a == 1 and org_people.stump_name(doc, words[a]):
        return None  # "Прадстаўнік Мінфіна": a stump compound names a body
    if b - a >= 2 and R.gaz.head_gender(words[b - 1]) \
            and not (b - a == 2 and place_persons.person_pair(doc, toks, run[a])):
        return None  # "the Aral Sea", "Red Square": a run ending in a place head names a place (w6orgs)
    if all(R.is_noun(w, R.heads) or R.role_len([w]) or w.lower() in R.subject.first_words
           or plural_nouns.people_plural(doc, w) for w in words[a:b]):
        return None  # "Emergency Services", "Passengers": common nouns of the pack's lists are no name
    if any(w.lower() in R.not_person and not (x == a and b - a >= 2 and (
            R.morph.first_name(w) or name_shapes.paired_syllables(words[x + 1])))  # "Park Ji-hoon"
           for x, w in enumerate(words[a:b], a)):
        return None  # a common word ("Bill", "Hall") names nobody, unless as the given name of a pair
    return (a, b), name, anchored


def _anchored_name(doc, s, toks, used, run, words, lead, role_start, taken):
    """A pair of unknown capitalised words is a name when a role stands before it or a speech verb follows:
    "Генеральны дырэктар ТАА "Агра-Полска" Марэк Навак адзначыў", "посол Японии Масахару Коно" - names
    from outside the given-name list (foreign names) in every pack. Returns ((a, b), (name, key)) or None."""
    R, M = doc.R, doc.R.morph
    titled = lead > 0  # a title inside the capitalised run ("Посол Японии ...")
    nation = nationality_names.noun_before(doc, toks, run[lead:])  # "танзаниец Джума Селеман Мбвана"
    if len(words) - lead > 3:
        lead = name_places.past_owner_place(doc, words, lead)  # "Глава Минпромторга Вьетнама Чан Куок Тхай"
    while nation is None and len(words) - lead > 2 and name_shapes.place_before_name(doc, words[lead]):
        lead += 1  # "Посол Японии в России Масахару Коно"
    cand, idx = words[lead:], run[lead:]
    if not 2 <= len(cand) <= 3 or name_shapes.adjective_opens(doc, cand):
        return None
    for w, x in zip(cand, idx):
        low, place = w.lower(), R.gaz.lookup([w])
        family = x == idx[0] and len(cand) == 2 and name_shapes.paired_syllables(cand[1])  # "Park Ji-hoon"
        if len(w) < 2 or w.isupper() or low in R.not_names or (low in R.not_person and not family) \
                or (low in R.month_words and not (x == idx[0] < idx[-1])) \
                or low in R.demonyms or R.role_len([w]) or R.org_noun(w) \
                or (place and not name_places.place_in_name(doc, toks, used, x, place)) or R.is_noun(w, R.currency):
            return None  # (a month opening a titled pair is a given name: "consul general Jan Kowalski")
    if any(R.gaz.lookup(cand[x:x + 2]) for x in range(len(cand) - 1)):
        return None  # "United States", "New York"
    # one name word may also be a dictionary word ("Йохен Шарф", "Хван Чжан Еп") when the others are unknown
    if sum(doc.R.plain_word(w) for w in cand) > (1 if len(cand) > 1 else 0):
        return None
    after = idx[-1] + 1
    # anchors that also say the name is in base form: a speech verb after or before it ("…", - адзначыў
    # Ганс Штраух), or the person's country in brackets, as in rosters ("Тору Камикава (Япония)")
    before = idx[0] - 1
    nominal = (after < len(toks) and toks[after].word and toks[after].text.lower().startswith(R.speech)) \
        or (before >= 0 and toks[before].word and toks[before].text.lower().startswith(R.speech)) \
        or (after + 1 < len(toks) and toks[after].text == "(" and toks[after + 1].word
            and bool(R.gaz.lookup([toks[after + 1].text]))) or person_cues.past_subject(doc, toks, idx)
    found, found_head = roles.role_with_head(doc, s, toks, used, idx, None, taken)
    role = titled or found is not None or nation is not None
    if not (nominal or role):
        return None
    if toks[idx[0]].initial and not (nominal or person_apposition.set_off_title(doc, toks, idx, found, found_head)):
        return None  # (a sentence's first words are a name when a title follows in apposition: "X Y, 47, the mayor")
    head = toks[role_start].text if titled and role_start is not None else found_head or nation
    nominative = nominal or head is None or head.lower() in R.role_first_words \
        or head.lower() in R.nationality_nouns
    if nominative:
        full = " ".join(cand)
    elif M.analyzer:
        case = role_forms.role_case(doc, head)
        kept = indeclinable.title_case_name(M, cand, case)  # "певице Юрте Петрайтите"
        full = kept or M.agree_name(cand)
        if full == " ".join(cand) and case and not kept:  # unknown names take the case of the title before them
            full = " ".join(doc.R.morph.noun_nominative(w, case) for w in cand)
    else:
        full = " ".join(M.oblique_name(cand, head))
    return (lead, len(words)), (full, doc.R.key(full.split()[-1]))


def _name_span(doc, words: list[str], lead: int, initial: bool, owned=frozenset(), around=None) -> tuple[int, int] | None:
    """Which words of a capitalised run make the name: from a given name on, or the surname-shaped pair."""
    R, M = doc.R, doc.R.morph
    n = len(words)
    for k in range(lead, n):
        w = words[k]
        if k == lead and initial and lead == 0 and doc.R.plain_word(w):
            continue
        if M.first_name(w) and not doc.R.plain_word(w) and not (k == 0 and initial and R.gaz.lookup([w])) \
                and w.lower() not in R.particles and not name_shapes.oblique_before_given(doc, words, k):
            if person_cues.given_name_as_surname(doc, words, lead, k, initial):
                return lead, n  # "Ijaz Ahmed": a given name closing a pair is its surname
            while k - 2 >= lead and words[k - 1].lower() in R.particles:
                k -= 2  # "Хамад бен Джасим": the words a particle links belong to one name
            end = k + 1
            if end < n and words[end].lower() not in R.not_names \
                    and (not name_places.place_as_written(R, words[end])
                         or (end == n - 1 == k + 1 and not R.case_endings)):
                end += 1  # the word right after a given name is its surname even if it is also a noun, an
                # inflected place's guess, or a place closing a pair where names keep their form ("Trevor Holland")
            # without name morphology a third word joins only after a second given name or an initial
            # ("Sarah Jessica Parker", "John F Kennedy"), not "Kimi Raikkonen Ferrari"
            loose = R.case_endings
            # after a patronymic the surname may be a dictionary word ("Андрей Дмитриевич Король")
            particle = R.particles
            while end < n and end - k - particles.count(doc, words, k, end) < 5 and (not doc.R.plain_word(words[end]) or M.patronymic(words[end - 1])
                                               or words[end].lower() in particle
                                               or words[end - 1].lower() in particle) \
                    and (loose or M.first_name(words[end - 1]) or len(words[end - 1]) == 1
                         or (end == k + 2 and name_shapes.first_of_two_surnames(R, words[end - 1], words[end]))
                         or words[end - 1].lower() in particle or words[end].lower() in particle
                         or particles.past_particle(words, k, end, particle)) \
                    and not (end - k >= 2 and M.first_name(words[end]) and not M.patronymic(words[end - 1])
                             and not {words[end].lower(), words[end - 1].lower()} & particle
                             and not particles.ahead_or_chain(doc, words, k, end) and not name_shapes.father_name_last(doc, words, k, end)) \
                    and not (R.gaz.lookup([words[end]]) and not (M.surname_like(words[end]) or words[end - 1].lower() in particle
                                                                 or particles.ahead_or_chain(doc, words, k, end) or name_shapes.father_name_last(doc, words, k, end))):
                end += 1
            end += person_cues.recurring_surname(doc, words, k, end) \
                or (around is not None and (person_apposition.set_off_surname(doc, *around, words, k, end)
                                            or name_shapes.clause_surname(doc, *around, words, k, end)))
            # "Jose Soler Puig", named "Puig" later; "Fatima Abubakar Lawan, a senior adviser": set off by a title
            if k - 2 >= lead and "-" in words[k - 1] and person_cues.particle(doc, words[k - 1]):
                k -= 2  # "Zine al-Abidine Ben Ali": the parts before a hyphened particle belong to the name
            elif person_cues.name_before_given(doc, words, lead, k, owned, not initial and k == lead + 1 < n - 1) \
                    or name_shapes.given_pair(doc, words, lead, k, initial):
                k -= 1  # "Minister of Agriculture Joao Carlos dos Santos"
            return k, end
    # no given name: a surname-shaped last word with the word before it, or a titled single word
    start = lead
    if initial and start == 0 and not M.analyzer and not person_cues.name_like_opener(doc, words) \
            and not particles.opens_prefixed(doc, words):
        start = 1  # without a dictionary, a sentence's capitalised first word may be any word
    while start < n and (doc.R.plain_word(words[start])
                         or (n - start > 2 and name_shapes.place_before_name(doc, words[start]))) \
            and not any(start + d < n and words[start + d].lower() in R.particles for d in (1, 2)):
        start += 1  # "от штата Аризона Гэбриэль Гиффордс": a place before the name is not part of it
    while n > start and doc.R.plain_word(words[n - 1]) and not (n - 2 > start and words[n - 2].lower() in R.particles):
        n -= 1  # (a word after a particle is a name part even if it is a common noun: "дус Рейс")
    if start >= n:
        return None
    if n - start >= 2:
        # with a dictionary every remaining word is a name part ("Реджеп Тайип Эрдоган")
        a = max(start, n - 3) if M.analyzer or (n - 3 not in owned and person_cues.three_part(doc, words, start, n, initial)) \
            or nationality_names.whole_after_noun(doc, around, start, n) else n - 2
        if particles.prefixed(doc, words[n - 1]):
            a = max(start, n - 4)  # "Карым Махмуд эль-Саіді": the words before a hyphened particle are one name,
            a = particles.after_prefixed(doc, words, a, n - 1)  # back to one that is itself prefixed ("Аль-Джазиры")
        a = particles.inner_start(doc, words, start, n, a)  # "Ана Перейра дус Рейс"
        a = patronymic_case.given_before(doc, words, start, a)  # "Стахам Вацлававічам Кулём"
        while a > start and (words[a].lower() in R.particles or words[a - 1].lower() in R.particles):
            a -= 1  # "Ursula von der Leyen", "Хамад бен Джасим Аль Тани": particles join the words around them
        if a - 2 >= start and "-" in words[a - 1] and person_cues.particle(doc, words[a - 1]):
            a -= 2  # "Zine al-Abidine Ben Ali"
        elif a < n - 2 and person_cues.name_before_given(doc, words, start, a, owned):
            a -= 1  # "Minister of Agriculture Joao Carlos dos Santos"
        return a, n
    if lead and start == lead:
        return start, start + 1
    return None


