"""Stemmers: the Belarusian suffix stripper conflates inflected forms and keeps different words apart; Snowball
for ru/en; an F1 floor on UD Belarusian lemma pairs (skipped when ../shared is absent)."""
import sys
from pathlib import Path

import pytest

from factsheet import langpack, stem

SHARED = Path(__file__).resolve().parents[1].parent / "shared"

# (forms of one word) -- written for this test from Belarusian paradigms
BE_SAME = [
    ("Мінск", "Мінску", "Мінска", "Мінскам"),
    ("сустрэча", "сустрэчы", "сустрэчу", "сустрэчай", "сустрэчах"),
    ("дэлегацыя", "дэлегацыі", "дэлегацыю", "дэлегацыяй"),
    ("горад", "горада", "гораду", "горадзе"),
    ("краіна", "краіны", "краіне", "краінамі"),
    ("прадпрыемства", "прадпрыемствы", "прадпрыемстваў"),
    ("супрацоўніцтва", "супрацоўніцтву", "супрацоўніцтвам"),
    ("Казахстан", "Казахстана", "Казахстане"),
    ("эканамічны", "эканамічная", "эканамічнага", "эканамічных", "эканамічнымі"),
    ("беларускі", "беларуская", "беларускага", "беларускіх"),
    ("адзначыць", "адзначыў", "адзначыла", "адзначылі"),
    ("падпісаць", "падпісалі", "падпісала"),
    ("плануецца", "плануюцца"),
    ("міністр", "міністра", "міністрам", "міністры"),
    ("фестываль", "фестывалю", "фестываля", "фестывалем"),
    ("канцэрт", "канцэрта", "канцэрце"),
    ("ўзровень", "узровень"),
    ("Нур-Султан", "Нур-Султана", "Нур-Султане"),
]

# Known limit of longest-match stripping: noun stem in -л + plural -і looks like the verb past plural -лі
# (фестывалі is stripped like адзначылі). Kept visible; strict, so a fix is noticed.
BE_KNOWN_MISSES = [
    ("фестываль", "фестывалі"),
]

BE_DIFFERENT = [
    ("Мінск", "міністр"),
    ("горад", "гарачы"),
    ("завод", "заява"),
    ("сустрэча", "сустаў"),
    ("дом", "дамова"),
    ("прамысловасць", "праграма"),
    ("кіраўнік", "кірунак"),
    ("вада", "вайна"),
    ("рука", "рана"),
    ("год", "голас"),
    ("план", "плата"),
    ("мова", "мора"),
    ("зямля", "змена"),
    ("сад", "суд"),
    ("краіна", "крама"),
]


@pytest.fixture(scope="module")
def be():
    return stem.for_pack(langpack.load("be"))


@pytest.mark.parametrize("forms", BE_SAME, ids=lambda f: f[0])
def test_be_forms_of_one_word_share_a_stem(be, forms):
    assert len({be(f) for f in forms}) == 1, {f: be(f) for f in forms}


@pytest.mark.xfail(strict=True, reason="-л noun plural vs -лі verb past: see BE_KNOWN_MISSES")
@pytest.mark.parametrize("forms", BE_KNOWN_MISSES, ids=lambda f: f[1])
def test_be_known_misses(be, forms):
    assert len({be(f) for f in forms}) == 1


@pytest.mark.parametrize("pair", BE_DIFFERENT, ids=lambda p: "/".join(p))
def test_be_different_words_stay_apart(be, pair):
    a, b = pair
    assert be(a) != be(b)


def test_be_stem_is_lower_case_and_keeps_short_words(be):
    assert be("МІНСКУ") == be("мінск")
    assert be("яна") == "яна"  # stripping "а" would leave fewer than min_stem letters


@pytest.mark.parametrize("lang,forms", [
    ("ru", ("Минск", "Минске", "Минска")),
    ("ru", ("встреча", "встречи", "встречу")),
    ("en", ("meeting", "meetings")),
    ("en", ("agree", "agreed")),
])
def test_snowball_packs(lang, forms):
    s = stem.for_pack(langpack.load(lang))
    assert len({s(f) for f in forms}) == 1


def test_pack_without_rules_lower_cases_only():
    assert stem.from_table({})("Мінску") == "мінску"


def test_be_stemmer_f1_floor_on_ud():
    path = SHARED / "dev" / "ud_be_hse_dev.conllu"
    if not path.is_file():
        pytest.skip("../shared/dev absent")
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
    from eval_stemmer import read_items, score
    from nltk.stem.snowball import SnowballStemmer

    items = read_items(str(path))
    ours = score(items, stem.for_pack(langpack.load("be")))
    snowball_ru = score(items, SnowballStemmer("russian").stem)
    assert ours["f1"] >= 0.70  # measured 0.750
    assert ours["f1"] > snowball_ru["f1"] + 0.25  # Snowball-Russian measured 0.385
