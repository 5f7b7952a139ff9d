"""Base (nominative) forms of names, places and titles: ending rules from the pack, plus the pack's morphological
analyser where it has one (``lang/ru/analyser.py``; it answers in factsheet/morphology.py's words).
Belarusian has no offline morphological dictionary, so its inflection lives in ``lang/be/entities.toml`` as
[surface ending, base ending] rules.
"""
from __future__ import annotations

from functools import lru_cache

from .. import morphology as mo
from . import indeclinable, rule_endings
from .tokens import match_case


class Morph:
    """Name morphology for one language pack (rules as data; an analyser when the pack names one)."""

    def __init__(self, pack):
        self.cfg = cfg = pack.settings("entities")
        self.rules: dict[str, list] = cfg["rules"]
        self.rule_table = rule_endings.table(self.rules)  # (end, base, stem letters it needs)
        self.rule_endings = {rule: tuple(end for end, _ in pairs) for rule, pairs in self.rules.items()}
        self.analyzer = pack.analyser()  # the pack's adapter (factsheet/morphology.py), or None
        self.first_names: dict[str, tuple[str, str]] = {}
        # the pack's own list first; a longer list built from public data (given_names) only adds to it
        for line in (*pack.lines("first_names"), *pack.lines("given_names")):
            name, _, gender = line.rpartition(" ")
            self.first_names.setdefault(name.lower(), (name, gender))
        # a stem that changes when the name declines ("Пятра" -> stem "Пятр" -> "Пётр"): the pack's stems list
        self.first_name_stems = {stem.strip().lower(): base.strip().lower() for stem, _, base in
                                 (line.partition("=") for line in pack.lines("first_name_stems"))}
        self.surname_endings = tuple(cfg["surname_endings"])
        # letters a text may write plainly where the analyser's base forms do not ("ё" as "е"): compared folded
        self.folds = tuple(cfg["fold"].items())
        self.initial_folds = dict(cfg["initial_fold"])  # "ўніверсітэта" is a form of "універсітэт": plain_initial
        self.patronymic_endings = tuple(cfg["patronymic_endings"])
        self.surname_oblique_endings = tuple(cfg["surname_oblique_endings"])
        self.vowels = frozenset(cfg["vowels"])
        self.instrumental_endings = tuple(cfg["instrumental_endings"])
        self.surname_instrumental = self.instrumental_endings + tuple(cfg["surname_instrumental_endings"])
        self.genitive_cues = frozenset(cfg["genitive_cues"])
        self.genitive_name_endings = tuple(cfg["genitive_name_endings"])
        # the analyser's readings of a word, likeliest first (the adapter keeps one parse per distinct word)
        self.parse = self.analyzer.parse if self.analyzer else _no_readings
        # the bases of a listed word's dictionary readings, without building its readings (morphology.py)
        self._dictionary_bases = getattr(self.analyzer, "dictionary_bases", _not_listed)
        self.lemmas = lru_cache(maxsize=20000)(self._lemmas)
        self.first_name = lru_cache(maxsize=20000)(self._first_name)  # asked of every word of every name run
        self.forms = lru_cache(maxsize=20000)(self._forms)
        self.surname = lru_cache(maxsize=20000)(self._surname)  # the analyser inflects: asked again per mention

    def key(self, text: str) -> str:
        """What names are compared and merged by: lower case, ``fold`` letters folded, one apostrophe."""
        text = text.lower()
        for letter, plain in self.folds:  # fold() inline: the gazetteer keys hundreds of combinations a lookup
            text = text.replace(letter, plain)
        return text.replace("’", "'")

    def noun_nominative(self, word: str, case: str) -> str:
        """``word`` read as a singular noun in ``case`` (a neutral case name), put in the nominative; the word as
        written where the analyser has no such reading."""
        for q in self.parse(word):
            if q.pos == mo.NOUN and q.case == case and q.number != mo.PLURAL:
                inf = q.inflect(mo.NOMINATIVE, mo.SINGULAR)
                return self.match_case(inf if inf else q.base, word)
        return word

    def match_case(self, base: str, surface: str) -> str:
        """``base`` written like ``surface``: its capitalisation, and a ``fold`` letter only where the text has one
        (the analyser's "Пётр" stays "Петр" when the text wrote е)."""
        low = surface.lower()
        for letter, plain in self.folds:
            if letter not in low:
                base = base.replace(letter, plain).replace(letter.upper(), plain.upper())
        return match_case(base, surface)

    def plain_initial(self, text: str) -> str:
        """``text`` opening with the plain letter where its first alternates (``initial_fold``: "ўрад" -> "урад")."""
        plain = self.initial_folds.get(text[:1].lower())
        return (plain.upper() if text[:1].isupper() else plain) + text[1:] if plain else text

    def fold(self, text: str) -> str:
        """``text`` with the pack's ``fold`` letters replaced, so both spellings of a word compare equal."""
        for letter, plain in self.folds:
            text = text.replace(letter, plain)
        return text

    # --- rules -----------------------------------------------------------------------------------------------
    def candidates(self, word: str, rule: str) -> list[str]:
        """``word`` and every base form the pack's ``rule`` table could make of it, in rule order."""
        out = [word]
        low = word.lower()
        if not low.endswith(self.rule_endings.get(rule, ())):
            return out  # no rule's ending fits (most words): nothing to try
        for end, base, need in self.rule_table.get(rule, ()):
            if low.endswith(end) and len(low) - len(end) >= need:
                cand = word[: len(word) - len(end)] + base if end else word + base
                if cand not in out:
                    out.append(cand)
        return out

    def rule_base(self, word: str, rule: str) -> str:
        """The first matching rule's result (a best guess when no list can confirm it)."""
        low = word.lower()
        for end, base, need in self.rule_table.get(rule, ()):
            if low.endswith(end) and len(low) - len(end) >= need:
                return word[: len(word) - len(end)] + base if end else word + base
        return word

    # --- analyser --------------------------------------------------------------------------------------------
    def tags(self, word: str, min_score: float = 0.15) -> set[str]:
        """Name kinds (morphology.NAME_KINDS: given, surname, ...) of the analyser's plausible readings."""
        out: set[str] = set()
        for p in self.parse(word):
            if p.score >= min_score:
                out |= p.kinds
        return out

    def top_tags(self, word: str) -> set[str]:
        """Name kinds of the analyser's likeliest reading."""
        ps = self.parse(word)
        return set(ps[0].kinds) if ps else set()

    def nominative(self, word: str, kind: str | None = None, case: str | None = None, gender: str | None = None):
        """(analyser base form, reading) of ``word`` read as a name of ``kind`` (morphology.NAME_KINDS; and
        ``case``/``gender`` when known), else None."""
        best = None
        for p in self.parse(word):
            if kind and kind not in p.kinds:
                continue
            if case and p.case != case:
                continue
            if gender and p.gender and p.gender != gender and mo.COMMON_GENDER not in p.marks:
                continue
            best = p
            break
        if best is None:
            return None
        inf = best.inflect(mo.NOMINATIVE, mo.SINGULAR) or best.inflect(mo.NOMINATIVE)
        return self.match_case(inf if inf else best.base, word), best

    def _lemmas(self, word: str) -> frozenset[str]:
        """Lower-case normal forms from the analyser plus the generic noun rules."""
        ps = self.parse(word.lower())
        if ps:  # the top reading only: "после" may be a form of "посол", but it is the preposition
            out = {word.lower(), ps[0].base}
        else:
            out = {c.lower() for c in self.candidates(word, "noun")}
        return frozenset(self.fold(o) for o in out)

    def _forms(self, word: str) -> frozenset[str]:
        """Every lower-case noun ``word`` may be an inflected form of, ``fold`` letters folded: ``matches(word,
        base)`` is ``fold(base) in forms(word)``, so a word is looked up in a table of nouns once, not tried
        against each noun (``forms``, which keeps them)."""
        word = self.plain_initial(word)
        return self.lemmas(word) | {self.fold(word.lower())}

    def matches(self, word: str, base: str) -> bool:
        """Is ``word`` an inflected form of the lower-case noun ``base``?"""
        word = self.plain_initial(word)
        low = word.lower()
        for letter, plain in self.folds:  # inline fold(): this runs for every word against every listed noun
            low, base = low.replace(letter, plain), base.replace(letter, plain)
        return low == base or base in self.lemmas(word)

    def noun_table(self, bases) -> dict[str, tuple[int, str]]:
        """The lower-case nouns ``bases`` by their folded form, each with its place in the list (for ``form_of``)."""
        table: dict[str, tuple[int, str]] = {}
        for rank, base in enumerate(bases):
            table.setdefault(self.fold(base), (rank, base))
        return table

    def form_of(self, word: str, table: dict[str, tuple[int, str]]) -> str | None:
        """The first noun of ``table`` (``noun_table``) that ``word`` is an inflected form of (``matches``), else
        None: the word's forms are looked up in the table, not each noun tried against the word."""
        hits = [table[f] for f in self.forms(word) if f in table]
        return min(hits)[1] if hits else None

    def matches_any(self, word: str, folded: frozenset) -> bool:
        """Is ``word`` an inflected form of any noun in ``folded`` (lower case, ``fold`` letters folded)?"""
        word = self.plain_initial(word)
        low = word.lower()
        if self.fold(low) in folded:
            return True
        # a listed word whose dictionary readings have none of these bases: its likeliest reading has none either
        # (parsing every lower-case word was most of the analyser's cost on a new text)
        bases = self._dictionary_bases(low)
        if bases is not None and folded.isdisjoint(self.fold(b) for b in bases):
            return False
        return not folded.isdisjoint(self.lemmas(word))

    # --- persons ---------------------------------------------------------------------------------------------
    def _first_name(self, word: str):
        """(base, gender, is_base_form) when ``word`` is a given name, else None."""
        word = self.plain_initial(word)  # "пры ўдзеле Ўладзіміра": Уладзімір
        low = word.lower()
        head, _, tail = word.partition("-")
        if tail[:1].isupper() and head[:1].isupper() and low not in self.first_names:
            # "Ханс-Петером", "Карлом-Хайнцем": a double given name, both parts given names, the last telling the case
            a, b = self.first_name(head), self.first_name(tail)
            return (f"{a[0]}-{b[0]}", b[1], b[2]) if a and b else None
        if low in self.first_names:
            base, g = self.first_names[low]
            return base, g, True
        for g in ("m", "f"):
            for cand in self.candidates(word, f"first_name_{g}")[1:]:
                hit = self._listed_first(cand)
                if hit and hit[1] == g:
                    return hit[0], g, False
        if self.analyzer:
            ps = [p for p in self.parse(word) if mo.GIVEN in p.kinds and p.known]  # an indeclinable name's share
            if ps and (ps[0].score >= 0.1 or mo.INDECLINABLE in ps[0].marks and sum(p.score for p in ps) >= 0.1):
                p = ps[0]
                inf = p.inflect(mo.NOMINATIVE)
                g = "f" if p.gender == mo.FEMININE else "m"
                return self.match_case(inf if inf else p.base, word), g, p.case == mo.NOMINATIVE
        return None

    def _listed_first(self, cand: str):
        """The listed (base, gender) of a case-stripped given name, through the pack's changing stems."""
        low = cand.lower()
        return self.first_names.get(low) or self.first_names.get(self.first_name_stems.get(low, ""))

    def first_name_before(self, word: str, surname: str):
        """``first_name(word)``, read as a man's name in another case when the surname after it is a man's
        surname with a case ending ("Аляксандра Карповіча": the genitive of Аляксандр, not the woman's
        Аляксандра, who would be "Аляксандра Карповіч"). Rules only; the analyser agrees the pair itself."""
        first = self.first_name(word)
        if self.analyzer or not first or first[1] != "f" or not first[2]:
            return first
        base, ending = self.rule_base(surname, "surname_m"), self.cfg["surname_genitive_ending"]
        genitive = bool(ending) and surname.lower() == base.lower() + ending and base[-1:].isalpha() \
            and base[-1:].lower() not in self.vowels
        if not (genitive or surname.lower().endswith(self.surname_oblique_endings)):
            return first
        for cand in self.candidates(word, "first_name_m")[1:]:
            hit = self._listed_first(cand)
            if hit and hit[1] == "m":
                return hit[0], "m", False
        return first

    def instrumental_given(self, words: list[str], inner_particle: bool = False):
        """(base, "m", False) for an unknown given name when it and the last name word both end in a man's
        instrumental ending ("Нгуенам ... Тханем"): the pair shows the case one word alone cannot. In a name with a
        particle inside, a long last word so ending is enough ("Нгуен Ван Тханем": the first part does not
        decline; a short one may be a base form: "Нам"). Rules only."""
        ends = self.instrumental_endings
        if self.analyzer or not ends or len(words) < 2:
            return None
        first, last = (w.endswith(e) and len(w) > 4
                       for w, e in ((words[0].lower(), ends), (words[-1].lower(), self.surname_instrumental)))
        if inner_particle and last and not first and len(words[-1]) > 5:
            return words[0], "m", False
        if not (first and last):
            return None
        return self.rule_base(words[0], "first_name_m"), "m", False

    def governed_name(self, before: str, words: list[str]) -> list[str] | None:
        """A name after a word that governs the genitive ("па словах Фама Ван Лонга", "паводле Хасэ Гансалеса"):
        its longer words lose the genitive ending. None without such a word, or when the given name is listed in
        another case (the name rules read that case already); a given name in its base form there does not decline."""
        first = self.first_name(words[0])
        if self.analyzer or before.lower() not in self.genitive_cues or (first and not first[2]):
            return None
        ends = self.genitive_name_endings
        return [self.rule_base(w, "surname_m") if len(w) > 3 and w.lower().endswith(ends) else w for w in words]

    def oblique_name(self, words: list[str], title: str) -> list[str]:
        """Base forms of an unknown name after a title in an oblique case (rules only): the case ending comes off
        only when every word longer than three letters ends like the title ("дырэктару … Марэку Наваку", "паслом
        … Се Сяоюном"); words that end otherwise ("паслом … Кэнта Мацумота") are a foreign name that does not
        decline, kept as written."""
        longer = [w for w in words if len(w) > 3]
        if {w[-1:].lower() for w in longer} != {title[-1:].lower()}:
            return indeclinable.declined_given(self, words, title)  # "кіраўніком … Петэрам Сіярта"
        return [self.rule_base(w, "surname_m") if len(w) > 3 else w for w in words]

    def patronymic(self, word: str) -> bool:
        """Is ``word`` a patronymic ("Аляксандравіч", "Дмитриевич")? The analyser's tag, else the pack's endings."""
        if self.analyzer:
            return mo.PATRONYMIC in self.tags(word, 0.2)
        return bool(self.patronymic_endings) and word.lower().endswith(self.patronymic_endings)

    def surname_like(self, word: str) -> bool:
        return bool(self.analyzer and mo.SURNAME in self.tags(word, 0.2)) \
            or (word.lower().endswith(self.surname_endings) if self.surname_endings else False)

    def _surname(self, word: str, gender: str | None, nominative: bool | None, case: str | None = None) -> str:
        """Base form of a surname; ``nominative`` says the given name next to it is already in base form."""
        head, _, tail = word.partition("-")  # "Лучанкі-Шыдлоўскага": by rules each part of a double surname
        if nominative or (not self.analyzer and head[:1].isupper() and tail[:1].isupper()):
            return word if nominative else "-".join(self.surname(w, gender, nominative, case) for w in (head, tail))
        if self.analyzer:
            g = {"m": mo.MASCULINE, "f": mo.FEMININE}.get(gender or "")
            for kind in (mo.SURNAME, None):
                got = self.nominative(word, kind, case, g)
                if got and (kind or got[1].pos == mo.NOUN):
                    return got[0]
        if gender in ("m", "f"):
            return self._oblique_surname(word, gender, nominative) or self.rule_base(word, f"surname_{gender}")
        return self.rule_base(word, "surname_oblique_only" if nominative is None else "surname_m")

    def _oblique_surname(self, word: str, gender: str, nominative: bool | None) -> str | None:
        """The pack's ``surname_<gender>_oblique`` rules, tried when the given name shows an oblique case: an ending
        a base form may have ("Русака" could be a man's "Русака") that, after "Адама", is a case ending ("Русак")."""
        table = f"surname_{gender}_oblique"
        got = self.rule_base(word, table) if nominative is False and table in self.rules else word
        return got if got != word else None

    def agree_name(self, words: list[str]) -> str:
        """Analyser base form of "given [patronymic] surname", choosing parses that agree in case and gender."""
        kept = indeclinable.title_case_name(self, words, None)  # "Рамуне Казлаускайте": no case to agree
        if kept:
            return kept
        firsts = [p for p in self.parse(words[0]) if mo.GIVEN in p.kinds and p.number != mo.PLURAL] or [None]
        lasts = [p for p in self.parse(words[-1]) if p.pos in (mo.NOUN, mo.ADJECTIVE)]
        lasts.sort(key=lambda p: mo.SURNAME not in p.kinds)
        if firsts[0] is not None and mo.INDECLINABLE in firsts[0].marks and any(p.case == mo.NOMINATIVE for p in lasts):
            return " ".join(words)  # an indeclinable given name says nothing about the case: keep the surname
        for fp in firsts:
            for lp in lasts:
                if fp is not None and (lp.case != fp.case or lp.number != fp.number or (
                        fp.gender and lp.gender and lp.gender != fp.gender and mo.COMMON_GENDER not in lp.marks
                        and lp.known)):  # an unknown (foreign) surname may decline unlike the given name
                    continue
                if fp is None and (mo.SURNAME not in lp.kinds or not lp.known):
                    continue  # an unknown given name and an unknown surname: the case cannot be told
                if lp.case == mo.NOMINATIVE or (fp is not None and fp.case == mo.NOMINATIVE):
                    return " ".join(words)
                out = []
                g = (fp.gender if fp is not None else lp.gender) or mo.MASCULINE
                for i, w in enumerate(words):
                    p = fp if i == 0 else lp if i == len(words) - 1 else next(
                        (q for q in self.parse(w) if mo.PATRONYMIC in q.kinds and q.case == lp.case), None)
                    own = p is lp and not lp.known  # "Силвой" -> "Силва", not a masculine "Силв"
                    inf = None if p is None else p.inflect(mo.NOMINATIVE, mo.SINGULAR) if own else (
                        p.inflect(mo.NOMINATIVE, mo.SINGULAR, g) or p.inflect(mo.NOMINATIVE, mo.SINGULAR))
                    out.append(self.match_case(inf, w) if inf else w)
                return " ".join(out)
        return " ".join(words)


def _not_listed(word: str) -> None:
    """An analyser that cannot tell its dictionary's bases alone lists no word (``dictionary_bases``)."""
    return None


def _no_readings(word: str) -> tuple:
    """A pack without an analyser reads no word."""
    return ()
