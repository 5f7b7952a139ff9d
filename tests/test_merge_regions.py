"""Regions across languages: each pack's ``region_ids.tsv`` keys a region by its ISO 3166-2 code (pycountry's
subdivisions), so "Гродзенская вобласць", "Гродненская область" and "Grodno Region" are one place of a merged
brief, named in the brief's language, while two regions (Гродзенская / Гомельская), or a region and its capital
city (Grodno Region / Grodno), stay apart. The triple tests/fixtures/triples/regions was written for these tests
(people fictional, regions and cities real)."""
from __future__ import annotations

from pathlib import Path

import pycountry
import pytest

from factsheet import langpack, pipeline
from factsheet.merge import merge_briefs, places
from factsheet.model import Brief, Facts, Place, Source

TRIPLE = Path(__file__).parent / "fixtures" / "triples" / "regions"
CODES = ("be", "ru", "en")
# the regions the packs must name: Belarus's six, Russia's bordering ones and partners, Poland's bordering
# voivodeships, Lithuania's Vilnius and Kaunas counties, a few of Kazakhstan's
REQUIRED = {"BY-BR", "BY-HO", "BY-HR", "BY-MA", "BY-MI", "BY-VI", "RU-SMO", "RU-BRY", "RU-PSK", "RU-MOS",
            "RU-KLU", "RU-TA", "PL-20", "PL-06", "PL-14", "LT-VL", "LT-KU", "KZ-19", "KZ-35"}
# brief language -> (region named by all three articles, the other region, the region's capital city)
SHOWN = {"be": ("Гродзенская вобласць", "Гомельская вобласць", "Гродна"),
         "ru": ("Гродненская область", "Гомельская область", "Гродно"),
         "en": ("Grodno Region", "Gomel Oblast", "Grodno")}


def rows(code):
    text = (langpack.load(code).dir / "region_ids.tsv").read_text(encoding="utf-8")
    return [tuple(line.split("\t")) for line in text.splitlines() if line and not line.startswith("#")]


@pytest.mark.parametrize("code", CODES)
def test_every_code_is_a_pycountry_subdivision_and_the_required_regions_are_named(code):
    codes = {c for c, _ in rows(code)}
    unknown = {c for c in codes if pycountry.subdivisions.get(code=c) is None}
    assert not unknown
    assert REQUIRED <= codes, REQUIRED - codes


@pytest.mark.parametrize("code", CODES)
def test_the_fact_engine_finds_every_listed_region_name(code):
    """The names are the forms the engine gives: each found as itself in a sentence (else places.txt lacks it)."""
    frame = {"be": "{} падпісала пагадненне.", "ru": "{} подписала соглашение.", "en": "{} signed an agreement."}
    missed = [name for _, name in rows(code)
              if [p.name for p in pipeline.brief_from_text(frame[code].format(name), lang=code).facts.where]
              != [name]]
    assert not missed


@pytest.mark.parametrize("name, code, identity", [
    ("Гродзенская вобласць", "be", "iso:BY-HR"), ("Гродзеншчына", "be", "iso:BY-HR"),
    ("Гродненская область", "ru", "iso:BY-HR"), ("Grodno Region", "en", "iso:BY-HR"),
    ("Hrodna Oblast", "en", "iso:BY-HR"), ("Гомельская вобласць", "be", "iso:BY-HO"),
    ("Смаленскую вобласць", "be", "iso:RU-SMO"),  # left inflected by the facts: found by its skeleton
    ("Podlaskie Voivodeship", "en", "iso:PL-20"), ("Вильнюсский уезд", "ru", "iso:LT-VL"),
    ("Гродна", "be", "geonames:627904"), ("Grodno", "en", "geonames:627904"),  # the city stays a city
])
def test_region_identity(name, code, identity):
    assert places.identity(name, code) == identity


def place_brief(code, names):
    return Brief(language=code, title=code, source=Source(path=f"{code}.txt"), sentences=[f"{n}." for n in names],
                 summary=[0], facts=Facts(where=[Place(n, evidence=[i]) for i, n in enumerate(names)]))


def test_a_region_only_other_articles_name_is_shown_in_the_briefs_language():
    merged = merge_briefs([place_brief("be", ["Гродзенская вобласць"]), place_brief("ru", ["Гомельская область"]),
                           place_brief("en", ["Minsk"])], language="en")
    assert {p.name: p.id for p in merged.facts.where} == {
        "Grodno Region": "iso:BY-HR", "Gomel Region": "iso:BY-HO", "Minsk": "geonames:625144"}


@pytest.fixture(scope="module")
def briefs():
    return [pipeline.brief_from_path(str(TRIPLE / f"{code}.txt")) for code in CODES]


@pytest.mark.parametrize("code", CODES)
def test_a_region_named_in_three_languages_is_one_item_and_two_regions_stay_apart(briefs, code):
    merged = merge_briefs(briefs, language=code)
    where = {p.name: p for p in merged.facts.where}
    region, other, city = SHOWN[code]
    assert [p.name for p in merged.facts.where].count(region) == 1
    assert where[region].id == "iso:BY-HR" and where[other].id == "iso:BY-HO" and where[city].id.startswith("geonames:")
    assert {SHOWN[c][0] for c in CODES if c != code} <= set(where[region].aliases)
    languages = {merged.sources[k]["language"] for k in range(3) for i in where[region].evidence
                 if merged.sources[k]["sentences"][0] <= i <= merged.sources[k]["sentences"][1]}
    assert languages == set(CODES)  # evidence from every article
    ids = [p.id for p in merged.facts.where]
    assert len(ids) == len(set(ids))
    assert {"iso:RU-SMO", "iso:RU-BRY"} <= set(ids)  # Smolensk/Bryansk regions once each, apart from Smolensk city
    assert len(merged.facts.where) == 6
