"""Build the English pack's list of given names (factsheet/lang/en/given_names.txt) from the US Census 1990 files.

Run once by hand, never at run time: `.venv/bin/pip install names && .venv/bin/python scripts/build_given_names.py`
(or give the folder holding dist.male.first and dist.female.first: `--census DIR`). The `names` package (MIT,
Trey Hunner) ships the Census Bureau's 1990 name frequency files (a US government work, public domain).
Kept: names that at least MIN_PERCENT per cent of men or of women bear, written Capitalised, with the gender of
the list where the name is more frequent. Dropped, because a common word read as a person is worse than a missed
name: names the pack already lists as given names, words of the pack's other lists (stop words, roles, person
nouns, places, cities, countries, months, ...), names of two letters or less, and COMMON_WORDS below (names that, as a
capitalised word opening a sentence, are usually an ordinary English word; vetted by hand from the output).
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from factsheet.facts.places import _country_names

MIN_PERCENT = 0.005  # about 1 person in 20,000: cuts the long tail of rare spellings
PACK = Path(__file__).resolve().parents[1] / "factsheet" / "lang" / "en"
OUT = PACK / "given_names.txt"
# given names that are also common English words (nouns, verbs, adjectives), checked by hand against the output
COMMON_WORDS = {
    "Will", "May", "Bill", "Mark", "Rose", "Grant", "Young", "Price", "Art", "August", "Angel", "Amber", "Autumn",
    "Alpha", "Chance", "Charity", "Chase", "Destiny", "Faith", "Hope", "Grace", "Joy", "June", "Major", "Prince",
    "Princess", "Queen", "Royal", "Noble", "Precious", "Summer", "Sun", "Son", "Lane", "Dawn", "Easter", "German",
    "Guy", "Rich", "Earnest", "Sterling", "Ivory", "Crystal", "Ruby", "Pearl", "Olive", "Jade", "Ginger", "Holly",
    "Ivy", "Iris", "Daisy", "Heather", "Hazel", "Violet", "Fern", "Forest", "Brain", "Gay", "Dean", "Frank",
    "Cliff", "Clay", "Dale", "Glen", "Heath", "Rod", "Rob", "Pat", "Sue", "Don", "Jack", "Sandy",
    "Rocky", "Dusty", "Misty", "Rusty", "Sunny", "Merry", "Candy", "Cherry", "Berry", "Penny", "Melody", "Tiara",
    "Raven", "Sierra", "Aura", "Aurora", "Kitty", "Dolly", "Bud", "Buddy", "Junior", "Marquis", "Walker", "Ward",
    "Coy", "Gale", "Garland", "Jewel", "Lacy", "Laurel", "Pansy", "Opal", "Myrtle", "Viola", "Sol", "Reed",
    "Beau", "Belle", "Tad", "Kip", "Lance", "Chuck", "Hank", "Barb", "Mac", "Mack", "Christen", "Homer", "Napoleon",
    "Brandy", "Fay", "Freeman", "Carol", "Eve", "Chi", "Lan", "Hung", "Sang", "Sung", "Van", "Ora", "Ona",
    "Love", "King", "Long", "Early", "Ernest", "Honor", "Liberty", "Star", "Sky", "Storm", "River", "Page",
    "Miles", "Bond", "Case", "Cash", "Gray", "Grey", "Green", "Brown", "White", "Black", "Rule", "Rusty",
    "Sharon", "Patience", "Mercy", "Unity", "Trinity", "Harmony", "Serenity", "Justice", "Victory", "Genesis",
    "Ransom", "Marshall", "General", "Colonel", "Judge", "Bishop", "Deacon", "Pastor", "Minor", "Ace", "Sage",
    "Sandy", "Tory", "Burl", "Carmine", "Celeste", "Ebony", "Goldie", "Missy", "Cassie", "Birdie", "Dixie",
    "Else", "Even", "Ever", "Norm", "Numbers", "Roman", "Marina", "Hunter", "Venus", "Les", "Dane",
    # places and brands more often than given names in news
    "Mercedes", "Chelsea", "Raleigh", "Columbus", "Trinidad", "Guadalupe", "Regina", "Preston", "Lincoln", "Lourdes",
    "Socorro", "Concepcion",
}
PACK_LISTS = ["first_names", "stopwords", "not_names", "not_person_words", "roles", "person_nouns", "org_heads",
              "org_markers", "demonyms", "titles", "place_heads", "places", "world_cities", "sentence_starters",
              "speech_verbs", "agencies", "currencies", "abbreviations", "pronouns"]


def census_dir(given: str | None) -> Path:
    if given:
        return Path(given)
    try:
        import names
    except ImportError:
        sys.exit("build_given_names: install the `names` package (pip install names) or give --census DIR")
    return Path(names.__file__).parent


def read_census(folder: Path) -> dict[str, tuple[float, str]]:
    """{Name: (per cent, gender)} over both files, each name under the gender that bears it more."""
    out: dict[str, tuple[float, str]] = {}
    for file, gender in (("dist.male.first", "m"), ("dist.female.first", "f")):
        for line in (folder / file).read_text(encoding="ascii").splitlines():
            parts = line.split()
            if len(parts) < 2:
                continue
            name, percent = parts[0].capitalize(), float(parts[1])
            if percent >= MIN_PERCENT and percent > out.get(name, (0.0, ""))[0]:
                out[name] = (percent, gender)
    return out


def pack_words() -> set[str]:
    """Lower-case words (and each word of a multi-word entry) of the pack's other lists, and its month names."""
    words: set[str] = set()
    for name in PACK_LISTS:
        path = PACK / f"{name}.txt"
        for raw in path.read_text(encoding="utf-8").splitlines():
            line = raw.split("#", 1)[0].strip()
            if line:
                words.add(line.lower())
                words.add(line.split()[0].lower())
    import tomllib

    words |= {w.lower() for w in _country_names("")}  # "India", "Georgia", "Chad": the gazetteer's countries

    months = tomllib.loads((PACK / "months.toml").read_text(encoding="utf-8"))
    for value in months.values():
        for entry in value if isinstance(value, list) else value.values() if isinstance(value, dict) else ():
            for w in entry if isinstance(entry, list) else [entry]:
                if isinstance(w, str):
                    words.add(w.lower())
    return words


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--census", help="folder with dist.male.first and dist.female.first")
    args = ap.parse_args()
    census = read_census(census_dir(args.census))
    skip = pack_words() | {w.lower() for w in COMMON_WORDS}
    kept = sorted(((n, g) for n, (p, g) in census.items() if len(n) > 2 and n.lower() not in skip),
                  key=lambda ng: (-census[ng[0]][0], ng[0]))
    head = [
        "# Given names from the US Census Bureau's 1990 name frequency files (dist.male.first, dist.female.first;",
        "# a US government work, public domain), as shipped by the `names` package (MIT, Trey Hunner).",
        f"# Built by scripts/build_given_names.py: names borne by at least {MIN_PERCENT}% of men or women, most",
        "# frequent first, gender of the list where the name is more frequent; names that are common English words",
        "# or words of the pack's other lists are left out. Read with first_names.txt (the same format).",
    ]
    OUT.write_text("\n".join(head + [f"{n} {g}" for n, g in kept]) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(kept)} names ({len(census)} over the cut-off, {len(census) - len(kept)} dropped)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
