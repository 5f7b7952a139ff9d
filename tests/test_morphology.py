"""A pack's morphological analyser is found by the pack (pack.toml names its module) and answers in the engine's
own words (factsheet/morphology.py); a pack without one has none."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

from factsheet import langpack
from factsheet import morphology as mo
from factsheet.errors import FactsheetError
from factsheet.facts.resources import resources

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def ru():
    return langpack.load("ru").analyser()


def test_packs_without_an_analyser_have_none():
    for code in ("be", "en"):
        assert langpack.load(code).analyser() is None
        morph = resources(langpack.load(code)).morph
        assert morph.analyzer is None and morph.parse("Минска") == () and morph.tags("Иванова") == set()


def test_the_russian_analyser_reads_names_in_the_engines_words(ru):
    top = ru.parse("Москвы")[0]
    assert (top.base, top.pos, top.case, top.number) == ("москва", mo.NOUN, mo.GENITIVE, mo.SINGULAR)
    assert mo.PLACE in top.kinds and top.known
    assert top.inflect(mo.NOMINATIVE) == "москва"
    assert any(mo.SURNAME in r.kinds and r.case == mo.GENITIVE for r in ru.parse("Петрова"))
    assert mo.PATRONYMIC in ru.parse("Ивановичем")[0].kinds
    given = next(r for r in ru.parse("Марии") if mo.GIVEN in r.kinds)
    assert given.gender == mo.FEMININE and given.inflect(mo.NOMINATIVE, mo.SINGULAR) == "мария"
    adj = next(r for r in ru.parse("белорусского") if r.pos == mo.ADJECTIVE)
    assert adj.inflect(mo.NOMINATIVE, mo.SINGULAR, mo.FEMININE) == "белорусская"
    assert mo.PRONOMINAL in ru.parse("своего")[0].marks
    assert mo.ANIMATE in ru.parse("министра")[0].marks and mo.INANIMATE in ru.parse("завода")[0].marks
    word, form = next(r for r in ru.parse("федерациями") if r.pos == mo.NOUN).inflected(mo.NOMINATIVE)
    assert (word, form.case, form.number, form.base) == ("федерации", mo.NOMINATIVE, mo.PLURAL, "федерация")
    assert ru.parse("сказал")[0].pos == mo.VERB and mo.PLURAL_ONLY in ru.parse("ножницы")[0].marks


def test_a_capitalised_word_reads_as_its_lower_case_form_but_an_initial_does_not(ru):
    assert [r[:8] for r in ru.parse("Минска")] == [r[:8] for r in ru.parse("минска")]
    assert any(mo.GIVEN in r.kinds for r in ru.parse("Я")) and not any(mo.GIVEN in r.kinds for r in ru.parse("я"))


def test_the_morphology_of_names_uses_the_analyser(ru):
    morph = resources(langpack.load("ru")).morph
    assert morph.agree_name(["Ивана", "Петрова"]) == "Иван Петров"
    assert morph.surname("Петровой", "f", False) == "Петрова"


def test_a_pack_naming_a_missing_analyser_is_a_one_line_error(tmp_path):
    (tmp_path / "xx").mkdir()
    (tmp_path / "xx" / "pack.toml").write_text('name = "Test"\nanalyser = "nowhere"\n', encoding="utf-8")
    with pytest.raises(FactsheetError) as err:
        langpack.LanguagePack("xx", tmp_path).analyser()
    assert "nowhere" in str(err.value) and "\n" not in str(err.value)


def test_the_engine_names_no_analyser_library_nor_its_tags():
    """Outside the packs no code imports the analyser's library or spells its tags."""
    package = REPO / "factsheet"
    if not package.is_dir():
        pytest.skip("the source tree is not beside the tests")
    tags = {"ADJF", "PRTF", "NOUN", "gent", "nomn", "ablt", "voct", "Geox", "Surn", "Patr", "Orgn", "Fixd", "Apro",
            "inan", "anim", "ms-f", "masc", "femn", "neut", "sing", "plur", "Pltm", "Qual", "Anum", "VERB", "INFN",
            "GRND", "PRTS", "ADJS", "Name"}
    for path in package.rglob("*.py"):
        if "lang" in path.relative_to(package).parts:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        strings = {n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str)}
        imports = {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
        imports |= {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.module}
        assert not strings & tags, f"{path}: {sorted(strings & tags)}"
        assert not any(i.split(".")[0] == "pymorphy3" for i in imports), path


WORDS = ("Гродненской белорусского министерства Ивановой Петра детей людьми Москвы областного президентом заводе "
         "Сергеевичем учителя новых лучшего пути матери времени Минске сотрудниками годы лет году кофе Марии Ольге "
         "Александра городов молодёжи рабочего смотревшего должностных главой судьёй Шойгу Лукашенко своего "
         "Соединённых Штатов Силвой Кононовичем псевдокошкой Зеленцкой бутявкой Санкт-Петербурга экс-министра "
         "Тарасенковой").split()


def test_inflecting_gives_what_the_library_itself_gives(ru):
    """The adapter inflects dictionary words its own faster way: every reading of a varied set of words, inflected
    to every combination the engine asks for, comes out as the library's own inflection (a superlative aside: it
    keeps the form it is written in, test_superlative_keeps_its_written_form)."""
    library_name = type(ru).inflect.__globals__["GRAMMEMES"]  # the adapter's table of the engine's words
    asked = [(mo.NOMINATIVE, None, None), (mo.NOMINATIVE, mo.SINGULAR, None), (mo.GENITIVE, None, None),
             *((mo.NOMINATIVE, mo.SINGULAR, g) for g in (mo.MASCULINE, mo.FEMININE, mo.NEUTER)),
             (mo.NOMINATIVE, mo.PLURAL, mo.MASCULINE), (mo.VOCATIVE, None, None), (mo.PREPOSITIONAL, None, None)]
    compared = 0
    for word in WORDS:
        for reading in (r for r in ru.parse(word) if mo.SUPERLATIVE not in r.marks):
            for wanted in asked:
                own = reading.handle.inflect({library_name[w] for w in wanted if w})
                assert reading.inflect(*wanted) == (own.word if own else None), (word, reading, wanted)
                compared += 1
    assert compared > 1000


def test_superlative_keeps_its_written_form(ru):
    """The dictionary files "высший" and "высочайший" (and "лучший", "наилучший") under one lexeme; pymorphy3
    inflects "высшего" to "высочайший". The adapter keeps the form written: "Высшего суда" is the "Высший суд"."""
    for word, wanted, form in (("высшего", (mo.NOMINATIVE, mo.SINGULAR, mo.MASCULINE), "высший"),
                               ("высшей", (mo.NOMINATIVE, mo.SINGULAR, mo.FEMININE), "высшая"),
                               ("лучшему", (mo.NOMINATIVE, mo.SINGULAR, mo.MASCULINE), "лучший"),
                               ("высочайшего", (mo.NOMINATIVE, mo.SINGULAR, mo.MASCULINE), "высочайший")):
        reading = next(r for r in ru.parse(word) if r.pos == mo.ADJECTIVE)
        assert mo.SUPERLATIVE in reading.marks and reading.inflect(*wanted) == form, (word, reading.inflect(*wanted))


def test_dictionary_bases_hold_the_likeliest_readings_base(ru):
    """``dictionary_bases`` (a look-up without building readings) lets the engine rule a word out of a noun list
    unparsed: for every listed word its set holds the base of the likeliest reading; an unlisted word gives None."""
    listed = 0
    for word in WORDS + ["министерства", "комитетом", "совете", "ёлке", "елке", "стали", "людей", "мира"]:
        low = word.lower()
        bases = ru.dictionary_bases(low)
        if bases is not None:
            listed += 1
            assert ru.parse(low)[0].base in bases, word
    assert listed > 20
    assert ru.dictionary_bases("чжоуфэньсянь") is None


def test_ruling_out_by_dictionary_bases_changes_no_answer():
    """``is_noun`` with the pre-check answers as the readings themselves do (the likeliest reading's base)."""
    R = resources(langpack.load("ru"))
    M = R.morph
    for nouns in (R.heads, R.markers, R.street_heads, R.media_heads):
        folded = frozenset(M.fold(b) for b in nouns if " " not in b)
        for word in WORDS + ["министерства", "комитетом", "правительству", "стали", "людей", "улице", "газете"]:
            slow = M.fold(word.lower()) in folded or not folded.isdisjoint(M.lemmas(word))
            assert M.matches_any(word, folded) == slow, (word, nouns[:3])
