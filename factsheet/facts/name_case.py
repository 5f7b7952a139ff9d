"""Which person a name is, and in which case: namesakes in one document stay apart; the case of a name is read
from the title right before it: "первого президента Ахмат-Хаджи Кадырова" is in the
genitive because "президента" is, though neither name word alone says so (an unknown given name, a surname that
reads as a woman's nominative too). Analyser packs only: the title's case comes from role_forms.role_case.
"""
from __future__ import annotations

from .. import morphology as mo
from . import indeclinable, nationality_names, particles, patronymic_case
from .role_forms import role_case


def settle(doc, toks, i: int, words: list[str], found: tuple[str, str], names_now=None) -> tuple[str, str]:
    """(name, key) of the person named by toks[i:] as ``words`` (``found`` by persons.py), after the checks here:
    a name in a roster before its country in brackets is as written ("Хорхе Ларрионда (Уругвай)"), a given name
    that does not decline ("з Хасэ Гансалесам"), the case of the title before it (oblique or nominative), a given
    name in an oblique case beside a surname that does not agree, a namesake (``names_now``: the names the
    person pass found in this sentence, by key)."""
    if _roster(doc.R, toks, i, i + len(words)) or _verb_subject(doc, toks, i, words) \
            or _man_subject(doc, toks, i, words) or nationality_names.nominative_noun_before(doc, toks, i):
        return " ".join(words), namesake_key(doc, " ".join(words), doc.R.key(words[-1]), names_now)
    if doc.R.morph.analyzer and indeclinable.title_case_name(doc.R.morph, words, None):
        return found[0], namesake_key(doc, found[0], found[1], names_now)  # "Рамуне Казлаускайте": settled
    plain = particles.undeclined_given(doc, words) if found[0] == " ".join(words) else None
    full, k = (" ".join(plain), doc.R.key(plain[-1])) if plain else after_title(doc, toks, i, words, found)
    full, k = patronymic_case.oblique_by_patronymic(doc.R.morph, words, (full, k))
    full, k = _nominative_title(doc, toks, i, words, _given_only(doc, words, (full, k)))
    return full, namesake_key(doc, full, k, names_now)


def _verb_subject(doc, toks, i: int, words: list[str]) -> bool:
    """With an analyser, is a name whose first word is no given name the dictionary knows ("Кваме Асанте Боатенг",
    "Ранджит Кумара Перера") the subject of the verb right after it: a speech verb, or a verb in the singular
    ("… сообщил", "… забил")? A subject is in the nominative: the name stays as written, though its endings read
    as an oblique case of Russian words. A first word the dictionary knows tells its case itself ("Жена Ивана
    Петрова сказала")."""
    M, j = doc.R.morph, i + len(words)
    first = M.parse(words[0])
    if not M.analyzer or len(words) < 2 or j >= len(toks) or not toks[j].word or toks[j].cap \
            or any(p.known for p in first) and not all(mo.INDECLINABLE in p.marks for p in first):
        return False  # one word may be an object before its verb ("Сечина назначил …"); "Отто", "Пабло" tell no case
    if _subject_follows(M, toks, j):
        return False  # "Отто Шванку позвонил Лис / министр": the subject follows the verb
    b = toks[i - 1] if i else None
    if b is not None and b.word and (b.initial or not b.cap) \
            and not (doc.R.role_len([b.text]) and role_case(doc, b.text) is None):
        return False  # a noun's genitive: "визит Си Цзиньпина состоялся"
    verb = toks[j].text.lower()
    p = (M.parse(verb) or [None])[0]
    return verb.startswith(doc.R.speech) or (p is not None and p.known and p.pos == mo.VERB and p.number == mo.SINGULAR)


def _man_subject(doc, toks, i: int, words: list[str]) -> bool:
    """With an analyser, is a name whose given name reads only in an oblique case ("Паулу": the accusative of
    Паула; "Марселу") the subject of a man's past verb right after it ("Паулу Нунис да Роша заявил")? A
    Portuguese man's given name in -у does not decline; an oblique name before a man's verb is its object only
    when the verb's subject follows it ("Ольге Кулик позвонил министр"), or a verb or preposition governs it."""
    M, j = doc.R.morph, i + len(words)
    if not M.analyzer or len(words) < 2 or j >= len(toks) or not toks[j].word or toks[j].cap:
        return False
    first = M.parse(words[0])
    if not first or any(p.case in (mo.NOMINATIVE, None) for p in first):
        return False
    verb = (M.parse(toks[j].text) or [None])[0]
    if verb is None or verb.pos != mo.VERB or verb.number != mo.SINGULAR or verb.gender != mo.MASCULINE:
        return False
    b = toks[i - 1] if i else None
    if b is not None and b.word and not b.cap and any(p.pos in (mo.VERB, mo.PREPOSITION) for p in M.parse(b.text)[:2]):
        return False  # "встретил Паулу Мартинс", "для Паулу …"
    return not _subject_follows(M, toks, j)


def _subject_follows(M, toks, j: int) -> bool:
    n = toks[j + 1] if j + 1 < len(toks) else None
    after = (M.parse(n.text) or [None])[0] if n is not None and n.word else None
    return after is not None and (n.cap or after.pos == mo.NOUN and after.case == mo.NOMINATIVE
                                  and mo.ANIMATE in after.marks)


def _nominative_title(doc, toks, i: int, words: list[str], found: tuple[str, str]) -> tuple[str, str]:
    """With an analyser, a name a rule took out of an oblique case ("Нодира Юлдашева" read as the genitive of
    Нодир Юлдашев) stays as written after a title in the nominative ("заместитель министра Нодира Юлдашева") when
    each of its words reads as a nominative too (a woman's name): the title and its apposition share the case."""
    M = doc.R.morph
    if not M.analyzer or found[0] == " ".join(words):
        return found
    title = _title_before(doc, toks, i)
    if title is None or role_case(doc, title) is not None \
            or not all(any(p.case == mo.NOMINATIVE for p in M.parse(w)) for w in words):
        return found
    return " ".join(words), doc.R.key(words[-1])


def _given_only(doc, words: list[str], found: tuple[str, str]) -> tuple[str, str]:
    """With an analyser, a name left as written whose given name is known in an oblique case ("Губернатору Игорю
    Руденя": no reading of the surname agrees): the given name takes its base form, and each other word with a
    name or noun reading in that case too; a surname with none does not decline ("Руденя")."""
    M = doc.R.morph
    got = M.nominative(words[0], mo.GIVEN) if M.analyzer and found[0] == " ".join(words) else None
    if not got or got[1].case in (mo.NOMINATIVE, None) or got[1].number != mo.SINGULAR:
        return found  # "Киран": no plural of "Кирана"
    case = got[1].case
    # a woman's given name of one form ("Мэри") tells no case: only a word the dictionary knows in it declines
    # ("Мэри Обамой" -> "Обама"), an unknown one stays as written ("Мэри Кируи", not "Кируя"); a man's unknown
    # surname still takes it ("Си Цзиньпина")
    fixed = mo.INDECLINABLE in got[1].marks and got[1].gender == mo.FEMININE
    out = [got[0], *((particles.named_base(M, w, case) if not fixed or _known_in(M, w, case) else None) or w
                     for w in words[1:])]
    return " ".join(out), doc.R.key(out[-1])


def _known_in(M, word: str, case: str) -> bool:
    """Does the dictionary know ``word`` in ``case`` (no guess from its ending)?"""
    return any(p.known and p.case == case for p in M.parse(word))


def _roster(R, toks, i: int, j: int) -> bool:
    """Is the name toks[i:j] an entry of a roster: it opens the sentence or follows a list mark, and "(Place)"
    follows ("…, Хорхе Ларрионда (Уругвай)")? Such lists give names in their base form."""
    opens = i == 0 or toks[i - 1].text in ",;:•"  # not after a dash: "чемпиона — Веселина Топалова (Болгария)"
    return opens and j + 2 < len(toks) and toks[j].text == "(" and toks[j + 2].text == ")" \
        and bool(R.gaz.lookup([toks[j + 1].text]))


def after_title(doc, toks, i: int, words: list[str], found: tuple[str, str]) -> tuple[str, str]:
    """(name, key) of the name toks[i:] as ``words``: when no rule changed it, its given name is unknown and a
    lower-case title in an oblique case stands before it (past a capitalised complement: "пасла Казахстана"),
    the name takes the title's case off: with an analyser each word with a surname (or given-name) reading in
    that case ("Ахмат-Хаджи" stays); by rules the endings the title shares (names.Morph.oblique_name)."""
    R, M = doc.R, doc.R.morph
    if not R.case_endings or i < 1 or found[0] != " ".join(words) or len(words) < 2 or M.first_name(words[0]):
        return found  # a known given name tells the case itself ("вдова композитора Нина Орлова")
    title, out = _title_before(doc, toks, i), words
    if title is not None and not M.analyzer:
        out = _oblique_rules(M, words, title)
    elif title is not None:
        case = role_case(doc, title)
        out = [_base_in(M, w, case) for w in words] if case else words
    return (" ".join(out), R.key(out[-1])) if out != words else _woman_oblique(M, words, found)


def _oblique_rules(M, words: list[str], title: str) -> list[str]:
    """names.Morph.oblique_name over the words that decline; a surname that does not (pack:
    ``indeclinable_surname_endings``) stays as written ("кансула Давіта Мгалоблішвілі" -> "Давіт Мгалоблішвілі")."""
    ends = tuple(M.cfg["indeclinable_surname_endings"])
    keep = [bool(ends) and i > 0 and w.lower().endswith(ends) for i, w in enumerate(words)]
    declining = [w for w, k in zip(words, keep) if not k]
    based = iter(_genitive_in_a(M, declining, title) or M.oblique_name(declining, title))
    return [w if k else next(based) for w, k in zip(words, keep)]


def _genitive_in_a(M, words: list[str], title: str) -> list[str] | None:
    """"консула Абіоды Аканбі", "пасла Мусы Камары": after a title in the genitive (its ending one of the pack's
    ``genitive_name_endings``) a foreign man's name in -а (Абіода, Муса) stands in the ending ``given_genitive``
    reads back (-ы); a word ending as a name that does not decline (``indeclinable_given_endings``,
    ``indeclinable_surname_endings``: Аканбі) keeps its form. None unless every longer word ends one of the two ways
    and one ends in the genitive."""
    gen = M.rule_endings.get("given_genitive", ())
    kept = tuple(M.cfg["indeclinable_given_endings"]) + tuple(M.cfg["indeclinable_surname_endings"])
    longer = [w.lower() for w in words if len(w) > 3]
    if not gen or not title.lower().endswith(tuple(M.genitive_name_endings)) \
            or not any(w.endswith(gen) for w in longer) \
            or not all(w.endswith(gen) or (kept and w.endswith(kept)) for w in longer):
        return None
    return [M.rule_base(w, "given_genitive") if len(w) > 3 and w.lower().endswith(gen) else w for w in words]


def _title_before(doc, toks, i: int) -> str | None:
    """The lower-case title before the name at ``i``, past up to two capitalised words ("кіраўніка МЗС Грузіі"):
    the first of the title words standing together, whose case the name shares."""
    j = i - 1
    while j >= 0 and i - j <= 3 and toks[j].word and toks[j].cap:
        j -= 1
    R, t = doc.R, (toks[j] if j >= 0 else None)
    if t is None or not t.word or t.cap or not R.role_len([t.text]):
        return None
    while j > 0 and toks[j - 1].word and not toks[j - 1].cap and R.role_len([toks[j - 1].text]) \
            and _genitive(doc, toks[j].text):
        j -= 1  # "заместитель министра Гульнора Рахимова": the title is "заместитель", "министра" its complement
    return toks[j].text


def _genitive(doc, word: str) -> bool:
    """Is the title word in the genitive, governed by the title before it? The analyser's reading, else the
    pack's genitive endings."""
    if doc.R.morph.analyzer:
        return role_case(doc, word) == mo.GENITIVE
    return word.lower().endswith(doc.R.genitive)


def _woman_oblique(M, words: list[str], found: tuple[str, str]) -> tuple[str, str]:
    """Rules only: a surname with an ending only a woman's surname in an oblique case has (pack:
    ``woman_oblique_surname_endings``: "Рахімавай") makes the unknown name before it a woman's in that case
    ("з Гульнарай Рахімавай" -> "Гульнара Рахімава")."""
    ends = tuple(M.cfg["woman_oblique_surname_endings"])
    if M.analyzer or not ends or not words[-1].lower().endswith(ends):
        return found
    out = [M.rule_base(words[0], "first_name_f"), *words[1:-1], M.rule_base(words[-1], "surname_f")]
    return " ".join(out), M.key(out[-1])


def _base_in(M, word: str, case: str) -> str:
    """``word`` read as a surname or given name in ``case``, in its base form; of a hyphened name ("Ахмед-Шаха")
    the last part declines, read as any noun."""
    head, dash, tail = word.rpartition("-")
    if dash and head and tail[:1].isupper():
        return f"{head}-{M.noun_nominative(tail, case)}"
    return particles.named_base(M, word, case) or word


def namesake_key(doc, full: str, k: str, names_now=None) -> str:
    """The key a person's full name is recorded under: the surname's (so "Кадыров" alone finds the person), unless
    the document already named someone else by that surname with another given name ("Рамзан Кадыров" and
    "Ахмат-Хаджи Кадыров", two Лаўрэнцьевы): then the whole name, so the namesakes stay two people. A name that
    is the other's last words ("Al Harthy" of "Salim bin Nasser Al Harthy") is the same person."""
    R = doc.R
    known = names_now[k] if names_now and k in names_now else getattr(doc.ents.get(("person", k)), "name", None)
    words = full.split()
    if known is None or len(words) < 2:
        return k
    other = known.split()
    tail = min(len(words), len(other))
    if len(other) < 2 or [R.key(w) for w in words[-tail:]] == [R.key(w) for w in other[-tail:]] \
            or _same_given(R.key(words[0]), R.key(other[0])) \
            or not (_given_like(R, words[0]) and _given_like(R, other[0])):
        return k  # "Далее Герстенмайер" after "Билл Герстенмайер": a word before the surname, no other person
    return R.key(full)


def _given_like(R, word: str) -> bool:
    """May ``word`` be a given name: a listed one, or no dictionary word, title or place ("Ахмат-Хаджи")?"""
    return bool(R.morph.first_name(word)) or not (R.plain_word(word) or R.role_len([word]) or R.gaz.lookup([word]))


def _same_given(a: str, b: str) -> bool:
    """May two given names be one person's: equal, an initial of the other ("В." and "Владимир"), or a case
    ending apart ("Мікалая" left as written beside "Мікалай")?"""
    a, b = a.rstrip("."), b.rstrip(".")
    if a == b or (min(len(a), len(b)) == 1 and a[:1] == b[:1]):
        return True
    n = min(len(a), len(b))
    return n >= 3 and abs(len(a) - len(b)) <= 2 and a[:n - 1] == b[:n - 1]
