"""Names with particles ("Хамад бен Джасим Аль Тани", "Жуан да Силва", "Халед эль-Масри"): the particles are the
pack's ``name_particles.txt``; persons.py keeps such a name whole and gives it its base form here.
"""
from __future__ import annotations

from .. import morphology as mo


def prefixed(doc, word: str) -> bool:
    """Is ``word`` a name part behind a hyphenated particle ("эль-Масри", "аль-Асад", "бен-Гурион")?"""
    head, _, rest = word.partition("-")
    return bool(rest[:1].isupper()) and head.lower() in doc.R.particles


def opens_prefixed(doc, words: list[str]) -> bool:
    """May the first word of a sentence open the name that ends behind a hyphened particle ("Абдэль Фатах ас-Сісі
    заявіў")? Such an ending marks a foreign name; the word before it is its part when the document never writes it
    in lower case and it is no listed word, title, place or organisation word."""
    R, w = doc.R, words[0]
    low = w.lower()
    return 2 < len(words) <= 4 and prefixed(doc, words[-1]) and low not in doc.forms and low not in R.stopwords \
        and low not in R.titles and low not in R.particles and not R.plain_word(w) and not R.role_len([w]) \
        and not R.gaz.lookup([w]) and not R.is_noun(w, R.heads)


def count(doc, words: list[str], a: int, b: int) -> int:
    """How many of ``words[a:b]`` are name particles: they do not count toward a name's length ("Хасэ Антоніа дэ ла
    Крус Рамірэс" is four name words)."""
    return sum(w.lower() in doc.R.particles for w in words[a:b])


def particle_ahead(doc, words: list[str], k: int) -> bool:
    """Does a name particle follow ``words[k]`` in the run ("Мартинесом дель Рио", "Рахманом эль-Хусейни")?
    Then the word is a name part even if it reads as a place (the city Martínez) or a second given name."""
    j = k + 1
    while j < len(words) and words[j].lower() in doc.R.particles:
        j += 1  # "Гонсалесом де ла Фуэнте": particles may follow one another
    if k + 1 < j < len(words) and words[j][:1].isupper():
        return True
    return k + 1 < len(words) and prefixed(doc, words[-1])


def inner_start(doc, words: list[str], start: int, n: int, a: int) -> int:
    """Where a name with no listed given name begins when a lower-case particle stands inside it ("Ана Перейра дус
    Рейс", "Луиш Фелипе душ Сантуш"): in Portuguese and Spanish names the particle follows the given name and
    perhaps a first surname, so up to two capitalised words before it belong to the name (else ``a``)."""
    p = next((j for j in range(start + 1, n - 1) if words[j].islower() and words[j] in doc.R.particles), None)
    if p is None:
        return a
    b = min(a, max(start, p - 2))
    while b < a and doc.R.gaz.lookup([words[b]]):
        b += 1  # "міністр … В'етнама Нгуен Ван Тхань": a place before the name is no part of it
    return b


def particle_name(doc, words: list[str]) -> tuple[str, str]:
    """(name, key) of a name with particles inside ("Жуана да Силвы", "Хамад бен Джасим Аль Тани"): the first
    and the last word take their base forms as a pair; the particles and the words between stay as written."""
    R, M = doc.R, doc.R.morph
    pair = [words[0], words[-1]]
    if prefixed(doc, words[-1]):  # "Халеда эль-Масри": the surname does not decline, the given name does
        first = M.first_name(words[0]) or M.instrumental_given(words[:-1])  # "Самірам Абдэль Рахманам эль-…"
        base = [first[0] if first else words[0], words[-1]]
        if first and not M.analyzer:  # rules only: the inner words decline like the given name, and so does
            last = words[-1]  # a hyphened surname when both show the instrumental ("Фатахам эль-Шарыфам")
            if M.instrumental_given([words[0], last]):
                head, _, rest = last.partition("-")
                last = f"{head}-{M.surname(rest, first[1], first[2])}"
            return _joined(R, [base[0], *(w if w.lower() in R.particles else M.surname(w, first[1], first[2])
                                          for w in words[1:-1]), last])
    elif M.analyzer:
        base = M.agree_name(pair).split()
        if base == pair:  # an unknown given name: only the instrumental shows its case plainly ("Мухаммедом")
            base[0] = _instrumental_base(M, words[0])
    else:  # rules only: the inner name words take the surname rules too ("Хамадам бен Джасімам Аль Тані")
        plain = undeclined_given(doc, words)
        if plain:
            return _joined(R, plain)
        first = M.first_name(words[0]) or M.instrumental_given(words, True) or genitive_given(M, words)  # "Нгуенам Ван Тханем"
        gender, nominative = (first[1], first[2]) if first else (None, None)
        inner = [w if w.lower() in R.particles or not w[:1].isupper() else M.surname(w, gender, nominative)
                 for w in words[1:-1]]
        # (the given name's oblique case does not bring the Slavic classes of surname_<g>_oblique: "Хамада бен
        # Джасіма Аль Тані" is no "Тання"; nominative None skips them)
        return _joined(R, [first[0] if first else words[0], *inner, M.surname(words[-1], gender, nominative or None)])
    inner = [_like_first(words[0], base[0], w) for w in words[1:-1]]
    if M.analyzer:  # "Хорхе Луисом Мартинесом дель Рио": an inner word in the instrumental shows its case plainly
        case = given_case(M, words[0])
        inner = [named_base(M, w, case) or _instrumental_base(M, w)
                 if w == old and w[:1].isupper() and w.lower() not in R.particles else w
                 for w, old in zip(inner, words[1:-1])]
    if M.analyzer and base[-1] == words[-1]:  # "Хуаном Карлосом … де ла Росой": the last word in that case too
        base[-1] = named_base(M, words[-1], given_case(M, words[0])) or words[-1]
    if M.analyzer and base == pair and len(words[-1]) > 5 and words[-1].lower().endswith(M.instrumental_endings):
        base = [M.rule_base(w, "name_instrumental") if w.lower().endswith(M.instrumental_endings) and len(w) > 5 else w
                for w in pair]  # "с Нгуен(ом) Ван Тханем": the analyser reads neither word; the long one shows the case
    return _joined(R, [base[0], *inner, base[-1]])


def genitive_given(M, words: list[str]):
    """(base, "m", False) for an unknown given name when it and the long last word of a name with a particle inside
    both end in a man's genitive ending ("прыняў Нгуена Ван Тханя", "Хамада бен Джасіма"): the pair shows the case
    (a Vietnamese or Arabic family name does not end so in its base form). Rules only, like instrumental_given."""
    ends = M.genitive_name_endings
    if M.analyzer or not ends or len(words) < 3 or len(words[0]) < 4 or len(words[-1]) < 5 \
            or not all(w.lower().endswith(ends) for w in (words[0], words[-1])):
        return None
    return M.rule_base(words[0], "first_name_m"), "m", False


def joined_name(doc, words: list[str], lead: int):
    """((a, b), (name, key), True) when the run's last word joins two capitalised parts by a lower-case particle of
    South Asian names ("Inzamam-ul-Haq", "Ata-ur-Rehman", "Zia-ul-Haq"; pack ``joined_name_particles``; not the
    place particles: "Вейк-ан-Зее"): a person's whole name by its shape, with a listed given name right before it
    ("Mohammad Zia-ul-Haq"). Kept as written."""
    parts = words[-1].split("-") if len(words) > lead else ()
    if len(parts) != 3 or not (parts[0][:1].isupper() and parts[2][:1].isupper()) \
            or parts[1] not in doc.R.morph.cfg["joined_name_particles"]:
        return None
    a = len(words) - 2 if len(words) - 2 >= lead and doc.R.morph.first_name(words[-2]) else len(words) - 1
    return (a, len(words)), (" ".join(words[a:]), doc.R.key(words[-1])), True


def undeclined_given(doc, words: list[str]) -> list[str] | None:
    """Base forms of a name whose man's given name does not decline (pack: ``indeclinable_given_endings``: "Хасэ",
    "Хорхе") and whose long last word ends in the instrumental ("з Хасэ Антоніа дэ ла Крусам Рамірэсам"): the given
    name says nothing of the case, the other words show it; each word so ending loses the ending, the rest stay as
    written. None otherwise (rules only)."""
    M = doc.R.morph
    ends = tuple(M.cfg["indeclinable_given_endings"])
    first = M.first_name(words[0])
    if M.analyzer or not ends or not first or first[1] != "m" or not words[0].lower().endswith(ends) \
            or len(words[-1]) <= 5 or not words[-1].lower().endswith(M.surname_instrumental):
        return None
    return [words[0]] + [M.rule_base(w, "surname_m") if w[:1].isupper() and len(w) > 3 and w.lower() not in doc.R.particles
                         and w.lower().endswith(M.surname_instrumental) else w for w in words[1:]]


def given_case(M, word: str) -> str | None:
    """The case of the analyser's given-name reading of ``word`` when it is an oblique one ("Луиса": genitive)."""
    got = M.nominative(word, mo.GIVEN)
    return got[1].case if got and got[1].case != mo.NOMINATIVE else None


def named_base(M, word: str, case: str | None) -> str | None:
    """An inner name word read as a given name or surname in the given name's oblique ``case`` ("Луиса Альберто
    Гонсалеса де ла Фуэнте" -> "Гонсалес"), in its base form; None without such a reading."""
    if case is None:
        return None
    for kind in (mo.GIVEN, mo.SURNAME):
        got = M.nominative(word, kind, case)
        if got:
            return got[0]
    got = M.noun_nominative(word, case)  # "Гарсии", "Росой": read as any noun in that case
    return got if got != word else None


def _instrumental_base(M, word: str) -> str:
    p = (M.parse(word) or [None])[0]
    if p is None or p.case != mo.INSTRUMENTAL or p.number != mo.SINGULAR:
        return word
    inf = p.inflect(mo.NOMINATIVE)
    return M.match_case(inf, word) if inf else word


def _like_first(first: str, first_base: str, word: str) -> str:
    """An inner name word loses the case ending the given name lost ("Жуаном Карлусом" -> "Карлус"); a
    one-letter ending ("Жуану Педру") may be the inner word's own last letter, so only a longer one."""
    ending = first[len(first_base):] if first.lower().startswith(first_base.lower()) else ""
    if len(ending) >= 2 and word[:1].isupper() and word.lower().endswith(ending.lower()) and len(word) > len(ending) + 2:
        return word[:-len(ending)]
    return word


def _joined(R, words: list[str]) -> tuple[str, str]:
    return " ".join(words), R.key(words[-1])


def after_prefixed(doc, words: list[str], a: int, last: int) -> int:
    """The start of the name that ends with ``words[last]`` (a hyphened particle), at or after ``a``: a word between
    them that carries a hyphened particle itself ends another name ("Аль-Джазиры Сами аль-Хадж": the channel, then
    the man)."""
    for x in range(last - 1, a - 1, -1):
        if prefixed(doc, words[x]):
            return x + 1
    return a


def past_particle(words: list[str], k: int, end: int, particle) -> bool:
    """Has a particle joined the name after its given name at ``k``? The surnames after it are one name ("Joao Pedro
    dos Reis Marques", "Maria da Graca Lopes Silva")."""
    return any(w.lower() in particle for w in words[k + 1:end - 1])


def _double(word: str) -> bool:
    """A double name part, both halves capitalised ("Абдэль-Лаціф"): a given name a list need not know."""
    head, _, tail = word.partition("-")
    return head[:1].isupper() and tail[:1].isupper()


def given_chain(doc, words: list[str], k: int, end: int) -> bool:
    """Does the given name at ``words[end]`` continue a chain of given names from ``k`` on, the way Arabic names
    string a person's, his father's and grandfather's names ("Махмуд Абдель-Латиф Хасан", "Мухаммеду Али
    Хасану")? Every word from ``k`` is a given name, and with an analyser the new one is in the case of the first
    ("жены Ивана Петрова Анна" is two people: no given-name chain, and the cases differ)."""
    M = doc.R.morph
    if end - k > 3 or not all(M.first_name(w) or _double(w) for w in words[k:end]):
        return False
    if not M.analyzer:
        return True
    return given_case(M, words[end]) == given_case(M, words[k])


def chain_base(M, words: list[str]) -> str | None:
    """The base form of a name of three or more given names in one case ("Махмудом Абдель-Латифом Хасаном" ->
    "Махмуд Абдель-Латиф Хасан"): each word goes back on its own, as no patronymic or surname stands among them."""
    firsts = [M.first_name(w) for w in words]
    if len(words) < 3 or not all(firsts) or len({given_case(M, w) for w in words}) > 1:
        return None
    return " ".join(f[0] for f in firsts)


def ahead_or_chain(doc, words: list[str], k: int, end: int) -> bool:
    """Does ``words[end]`` belong to the name begun at ``k`` though it is a given name or a place: a particle
    follows it, or it continues a chain of given names?"""
    return particle_ahead(doc, words, end) or given_chain(doc, words, k, end)
