"""A gazetteer of place base forms for one pack: country names from pycountry's gettext catalogue (or its English
names), plus the pack's ``places.txt`` (cities, regions, short country names), ``features.txt`` (rivers, lakes,
bogs) and ``world_cities.txt`` (a vetted
list built from GeoNames by scripts/build_places.py; absent in packs that have none); ``place_variants.txt`` makes
another spelling ("Менск") the same place as the standard name ("Мінск"), kept as the text writes it. Lookup undoes inflection with the
pack's place rules (or the analyser's normal forms), then checks the list, so a wrong guess can never invent a place.
"""
from __future__ import annotations

import itertools
from functools import lru_cache

from .. import countries
from .. import morphology as mo

ABBR_LETTERS = 5  # an upper-case word this short is an abbreviation or a shouted name: looked up as written


def _country_names(locale: str) -> list[str]:
    return [name for name, _ in _country_codes(locale)]


def _country_codes(locale: str) -> list[tuple[str, str]]:
    """(short name, ISO alpha-2 code) of every country in pycountry's catalogue for ``locale``."""
    import pycountry

    try:
        tr = countries.catalogue(locale)
    except OSError:
        return []
    if tr:
        pairs = [(tr.gettext(c.name), c.alpha_2) for c in pycountry.countries]
    else:
        pairs = [(n, c.alpha_2) for c in pycountry.countries for n in (c.name, getattr(c, "common_name", c.name))]
    # after every short name, the official long one ("Республика Беларусь"): the same country, never the standard
    tr_official = tr.gettext if tr else str
    pairs += [(tr_official(c.official_name), c.alpha_2) for c in pycountry.countries if hasattr(c, "official_name")]
    return [(countries.short(n), code) for n, code in pairs]


class Gazetteer:
    def __init__(self, pack, morph):
        self.morph = morph
        cfg = pack.settings("entities")
        self.names: dict[str, str] = {}
        for name in _country_names(cfg["pycountry_locale"]) + list(pack.lines("places")) \
                + list(pack.lines("world_cities")) + list(pack.lines("features")):
            self.names.setdefault(self.morph.key(name), name)
        # rivers, lakes, bogs (features.txt): places whose names also name firms and clubs ("Neman Grodno")
        self.features = frozenset(self.morph.key(name) for name in pack.lines("features"))
        self.variants: dict[str, str] = {}  # "Менск = Мінск": another spelling of a listed place, same place
        for line in pack.lines("place_variants"):
            variant, _, standard = (x.strip() for x in line.partition("="))
            self.names.setdefault(self.morph.key(variant), variant)
            self.variants[self.morph.key(variant)] = self.names.get(self.morph.key(standard), standard)
        if cfg["country_aliases_one_place"]:
            self._country_aliases(pack, cfg["pycountry_locale"])
        # the pack's own names of countries (country_names.tsv) and of other places that field national sides
        # (``national_sides``): a team named so stays a place (team_places.py)
        path = pack.dir / "country_names.tsv"
        rows = path.read_text(encoding="utf-8").splitlines() if path.is_file() else []
        self.country_names = frozenset([r.split("\t", 1)[0].strip() for r in rows if "\t" in r and not r.startswith("#")]
                                       + list(cfg["national_sides"]))
        for key, name in list(self.names.items()):  # "Коста Рика", "Эль Сальвадор": a hyphen written as a space
            if "-" in key and not key.startswith("-"):
                self.names.setdefault(key.replace("-", " "), name)
        self.maxlen = max((len(k.split()) for k in self.names), default=1)
        self.first_words = frozenset(k.split(" ")[0] for k in self.names if " " in k)
        self.spelling_folds = [tuple(x) for x in cfg["place_spelling_folds"]]  # "сьв" -> "св" (тарашкевіца)
        self._word_keys = lru_cache(maxsize=20000)(self._keys)
        self.stem_vowels = [tuple(x) for x in cfg["place_stem_vowels"]]  # "Крамлі" -> "Крэмль" (akanne)
        self._vowel_keys = lru_cache(maxsize=20000)(self._alternated_keys)
        # the passes ask about the same words again and again (2.9k distinct of 10.8k on factRu): each answer is kept
        looked_up = lru_cache(maxsize=20000)(lambda words: Gazetteer.lookup(self, list(words)))
        self.lookup = lambda words: looked_up(tuple(words))
        # "the city of Lublin": nouns whose "of" phrase names a place
        self.of_heads = frozenset(w.lower() for w in cfg["place_of_heads"])
        self.heads_in_name = frozenset(w.lower() for w in cfg["place_heads_in_name"])  # "Pinsk district"
        # "Manchester United", "Real Madrid": a listed place next to another capitalised word is part of a name,
        # unless that word is a compass word ("East Jerusalem")
        self.neighbours = bool(cfg["place_name_neighbours"])
        self.prefixes = frozenset(w.lower() for w in cfg["place_prefixes"])
        self.affiliation = frozenset(w.lower() for w in cfg["affiliation_prepositions"])
        self.elided_head = cfg["place_elided_head"].lower()  # "раён Гродзенскай": place_elided.py
        self.elided_endings = tuple(w.lower() for w in cfg["place_elided_endings"]) or ("\0",)
        self.heads: dict[str, str] = {}
        stems: list[tuple[str, str]] = []  # "абласць" → "вобласць": another stem the head's forms are written with
        for line in pack.lines("place_heads"):
            word, gender, *others = line.split()
            self.heads[word.lower()] = gender
            stems += [(o.lower(), word.lower()) for o in others]
        self._head_table = morph.noun_table(self.heads)
        for other, base in stems:
            self._head_table.setdefault(morph.fold(other), (self._head_table[morph.fold(base)][0], base))

    def _country_aliases(self, pack, locale: str) -> None:
        """"РФ", "Российская Федерация" and "Россия" name one country (one ISO code: the pack's
        ``country_names.tsv``, then pycountry's catalogue): the later names become variants of the first."""
        first: dict[str, str] = {}
        path = pack.dir / "country_names.tsv"
        text = path.read_text(encoding="utf-8") if path.is_file() else ""
        rows = [line.split("\t", 1) for line in text.splitlines() if "\t" in line and not line.startswith("#")]
        for name, code in [(n.strip(), c.strip()) for n, c in rows] + _country_codes(locale):
            self.names.setdefault(self.morph.key(name), name)
            standard = first.setdefault(code, name)
            if standard != name:
                self.variants.setdefault(self.morph.key(name), standard)

    def _keys(self, word: str) -> tuple[str, ...]:
        """The keys (``morph.key``) of the base forms ``word`` may have, at most 12, likeliest first: lists are
        looked up by key, and keys fold letter by letter, so the key of a name of several words is its words'
        keys joined."""
        word = self.morph.plain_initial(word)  # "з Ўкраіны": read as "Украіны"
        out = self.morph.candidates(word, "place") + self.morph.candidates(word, "adjective_f")
        out += self.morph.candidates(word, "adjective_m") + self.morph.candidates(word, "adjective_n")[1:]
        standard = self._standard_spelling(word)
        if standard != word:  # "Сьвіслачы": the classical spelling's candidates, then the standard one's
            out += self.morph.candidates(standard, "place")
        if self.morph.analyzer:
            for p in self.morph.parse(word)[:4]:
                inf = p.inflect(mo.NOMINATIVE)
                out += [p.base] + ([inf] if inf else [])
        return tuple(dict.fromkeys(self.morph.key(o) for o in out))[:12]

    def _alternated_keys(self, word: str) -> tuple[str, ...]:
        """Keys of the base forms ``word`` has when its stem's vowel alternates (the pack's ``place_stem_vowels``:
        Belarusian writes a stressed о/э as а once the stress moves to the ending, "у Крамлі" of "Крэмль"): the
        last such vowel of each rule candidate restored. Tried only when the plain candidates miss."""
        out = []
        for cand in self.morph.candidates(word, "place")[1:]:  # the ending undone: the word itself has none
            low = cand.lower()
            for inflected, base in self.stem_vowels:
                at = low.rfind(inflected)
                if 0 < at < len(low) - len(inflected):  # a vowel of the stem, not the base's own ending
                    out.append(low[:at] + base + low[at + len(inflected):])
        return tuple(dict.fromkeys(self.morph.key(o) for o in out))

    def _standard_spelling(self, word: str) -> str:
        low = word.lower()
        for classical, standard in self.spelling_folds:
            low = low.replace(classical, standard)
        if low == word.lower():
            return word
        return low[:1].upper() + low[1:] if word[:1].isupper() else low

    def lookup(self, words: list[str]) -> str | None:
        """The listed base form of the word sequence, undoing inflection on each word, else None."""
        if len(words) == 1:
            if words[0].isupper() and len(words[0]) <= ABBR_LETTERS:  # "АБСЕ" is no case form of "Абха"
                hit = self.names.get(self.morph.key(words[0]))
                return self._respelt(words[0], hit) if hit else None
            hits = [h for h in (self.names.get(k) for k in self._word_keys(words[0])) if h]
            if not hits and self.stem_vowels:
                hits = [h for h in (self.names.get(k) for k in self._vowel_keys(words[0])) if h]
            if len(set(hits)) > 1 and self.morph.analyzer:  # "Бразилии": Бразилия (the analyser knows it), not
                known = {self.morph.key(p.base) for p in self.morph.parse(words[0])[:4] if p.known}  # Бразилиа
                return next((h for h in hits if self.morph.key(h) in known), hits[0])
            return self._respelt(words[0], hits[0]) if hits else None
        if not self.starts_name(words[0]):
            return None
        for combo in itertools.islice(itertools.product(*(self._word_keys(w)[:6] for w in words)), 300):
            hit = self.names.get(" ".join(combo))
            if hit:
                return hit
        return None

    def feature(self, name: str) -> bool:
        """Is the listed place ``name`` a river, lake or bog, whose name also names firms and clubs?"""
        return self.morph.key(name) in self.features

    def _respelt(self, word: str, hit: str) -> str:
        """The listed ``hit`` with the text's own letters where a same-length spelling fold read them ("у Пэкіне" ->
        "Пэкін", not "Пекін"): a place keeps the spelling the text uses, as place_variants.txt names do."""
        low = word.lower()
        for classical, standard in self.spelling_folds:
            if len(classical) == len(standard) and classical in low:
                at = low.find(classical)
                while at >= 0:
                    if hit[at:at + len(standard)].lower() == standard:
                        hit = hit[:at] + self.morph.match_case(classical, hit[at:at + len(standard)]) + hit[at + len(standard):]
                    at = low.find(classical, at + 1)
        return hit

    def starts_name(self, word: str) -> bool:
        """May ``word`` open a listed name of several words? A name of several words starts with the first word of
        some listed name: most capitalised words do not, and then no combination of base forms can hit (keys fold
        letter by letter, so a word keys alike alone)."""
        return any(" " in k or k in self.first_words for k in self._word_keys(word)[:6])

    def standard(self, name: str) -> str:
        """The standard spelling of a listed place ("Менск" -> "Мінск"): the two name one place."""
        return self.variants.get(self.morph.key(name), name)

    def head_gender(self, word: str) -> tuple[str, str] | None:
        """(base, gender) when ``word`` is a place head noun such as вобласць/область/region."""
        base = self.morph.form_of(word, self._head_table)
        if base is not None:
            return base, self.heads[base]
        return None
