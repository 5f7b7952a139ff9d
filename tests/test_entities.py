"""Entity extraction (who/where): one generic test over every pack's hand-written case table
(tests/cases/<code>_entities.toml), the seed check, eval floors and speed. Tests that read ../shared skip when
it is absent."""
from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from factsheet import langpack
from factsheet.facts.entities import extract_entities

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CASES = ROOT / "tests" / "cases"


def _cases():
    for code in langpack.available():
        path = CASES / f"{code}_entities.toml"
        if path.is_file():
            for case in tomllib.loads(path.read_text(encoding="utf-8"))["case"]:
                yield pytest.param(code, case, id=f"{code}: {case['name']}")


def test_every_pack_has_twenty_cases():
    for code in langpack.available():
        path = CASES / f"{code}_entities.toml"
        assert path.is_file(), code
        assert len(tomllib.loads(path.read_text(encoding="utf-8"))["case"]) >= 20, code


@pytest.mark.parametrize("code,case", list(_cases()))
def test_entity_case(code, case):
    ents = extract_entities(case["sentences"], langpack.load(code), case.get("title"))
    who = {p.name: p for p in ents.who}
    where = [p.name for p in ents.where]
    for name in case.get("who", []):
        assert name in who and who[name].type == "person", (name, list(who))
    for name in case.get("orgs", []):
        assert name in who and who[name].type == "organization", (name, list(who))
    for name, other in case.get("aliases", {}).items():  # an organisation's other names in the text
        assert name in who and sorted(who[name].aliases) == sorted(other), (name, who.get(name))
    for name in case.get("not_who", []):
        assert name not in who, (name, list(who))
    for name in case.get("where", []):
        assert name in where, (name, where)
    for name in case.get("not_where", []):
        assert name not in where, (name, where)
    if "where_exact" in case:
        assert sorted(where) == sorted(case["where_exact"]), where
    for name, role in case.get("roles", {}).items():
        assert name in who, (name, list(who))
        assert who[name].role and role.lower() in who[name].role.lower(), (name, who[name].role)
    for name in case.get("no_role", []):  # a title that is someone else's (s7names)
        assert name in who and not who[name].role, (name, who.get(name))
    for name, role in case.get("role_exact", {}).items():  # nothing more than the role (s7names)
        assert name in who and who[name].role == role, (name, who.get(name))
    if "first_who" in case:
        assert ents.who and ents.who[0].name == case["first_who"], [p.name for p in ents.who]
        assert ents.who[0].type in ("person", "organization")
    if "subject" in case:  # an unnamed person subject: first, type person, no role, evidence in the body
        assert ents.subject is not None and ents.who[0] is ents.subject, [p.name for p in ents.who]
        assert (ents.subject.name, ents.subject.type, ents.subject.role) == (case["subject"], "person", None)
        assert ents.subject.evidence and all(0 <= i < len(case["sentences"]) for i in ents.subject.evidence)
    if case.get("no_subject"):
        assert ents.subject is None, ents.subject
    if "last_who" in case:
        assert ents.who and ents.who[-1].name == case["last_who"], [p.name for p in ents.who]
    if "first_where" in case:
        assert ents.where and ents.where[0].name == case["first_where"], where
    for m in ents.mentions:  # every mention points at real text in its sentence
        assert 0 <= m.start < m.end <= len(case["sentences"][m.sentence])


def test_mentions_in_document_order():
    ents = extract_entities(["Алтай Кульгінаў прыехаў у Мінск.", "Кульгінаў наведаў Гродна."], langpack.load("be"))
    keys = [(m.sentence, m.start) for m in ents.mentions]
    assert keys == sorted(keys)
    assert [m.name for m in ents.mentions if m.kind == "person"] == ["Алтай Кульгінаў", "Алтай Кульгінаў"]


def test_quoted_person_ranks_first():
    sents = ["У Мінску адбылася сустрэча прадпрымальнікаў.", "Выстава працавала два дні.",
             "Пётр Сідарэнка наведаў выставу.", "Ігар Карпенка сустрэўся з Пятром Сідарэнкам.",
             "\"Мы задаволены\", - сказаў Ігар Карпенка.", "Карпенка дадаў, што праект важны."]
    ents = extract_entities(sents, langpack.load("be"))
    assert [p.name for p in ents.who][:2] == ["Ігар Карпенка", "Пётр Сідарэнка"]


def test_lead_actor_ranks_first():
    """The person the lead opens with is the story's main actor, ahead of one quoted later."""
    sents = ["Пётр Сідарэнка наведаў Мінск.", "Ігар Карпенка сустрэўся з Пятром Сідарэнкам.",
             "\"Мы задаволены\", - сказаў Ігар Карпенка.", "Карпенка дадаў, што праект важны."]
    ents = extract_entities(sents, langpack.load("be"))
    assert [p.name for p in ents.who][:2] == ["Пётр Сідарэнка", "Ігар Карпенка"]


def test_headline_subject_ranks_first_without_being_evidence():
    sents = ["Ігар Карпенка наведаў Брэст.", "Пётр Сідарэнка сустрэўся з Ігарам Карпенкам.",
             "Пётр Сідарэнка адкрыў выставу ў Брэсце."]
    pack = langpack.load("be")
    plain = extract_entities(sents, pack)
    titled = extract_entities(sents, pack, title="Пётр Сідарэнка адкрыў выставу")
    assert plain.who[0].name == "Ігар Карпенка"
    assert titled.who[0].name == "Пётр Сідарэнка"
    assert titled.who[0].evidence == [1, 2]
    assert all(0 <= m.sentence < len(sents) for m in titled.mentions)
    assert [(m.sentence, m.start, m.name) for m in titled.mentions] == \
        [(m.sentence, m.start, m.name) for m in plain.mentions]


SEED = SHARED / "seed" / "000_bda6d83aba95b141.txt"


@pytest.mark.skipif(not SEED.is_file(), reason="../shared seed absent")
def test_seed():
    from factsheet.segment import split_sentences

    pack = langpack.load("be")
    lines = [ln for ln in SEED.read_text(encoding="utf-8").splitlines() if ln.strip()]
    body = lines[:-2]  # the dateline and the agency line are metadata
    ents = extract_entities(split_sentences(body, pack), pack)
    who = {p.name: p for p in ents.who}
    assert "Алтай Кульгінаў" in who and "Андрэй Лаўрэнцьеў" in who
    assert "Алюр" in who["Андрэй Лаўрэнцьеў"].role and who["Андрэй Лаўрэнцьеў"].role.startswith("старшыня")  # a title in lower case, as the pack writes titles
    orgs = [p.name for p in ents.who if p.type == "organization"]
    assert "Амкадор" in orgs and "Парк высокіх тэхналогій" in orgs and any("Алюр" in o for o in orgs)
    assert "ПВТ" not in orgs
    assert sorted(p.name for p in ents.where) == sorted(["Мінск", "Нур-Султан", "Казахстан", "Беларусь", "Кітай"])


FACTRU = SHARED / "dev" / "ru_factru_dev.jsonl"


def run_eval(script: str, data: Path) -> tuple[str, dict[str, list[str]]]:
    """The printed report of ``scripts/<script>`` on ``data``, and its rows keyed by their first word."""
    out = subprocess.run([sys.executable, str(ROOT / "scripts" / script), str(data)],
                         capture_output=True, text=True, check=True).stdout
    return out, {ln.split()[0]: ln.split() for ln in out.splitlines() if ln.split()}


@pytest.mark.skipif(not FACTRU.is_file(), reason="../shared dev data absent")
def test_factru_floors():
    out, rows = run_eval("eval_factru.py", FACTRU)
    # measured 0.855 / 0.596 / 0.845 / 0.567 (round 2); floors sit clearly below
    assert float(rows["person"][3]) >= 0.86  # 0.892 (fourth session); 0.902 (fifth)
    assert float(rows["organization"][3]) >= 0.76  # 0.693 (issue 8, ruorg: lower-case names, sources, МЧС России); 0.737; 0.776 (s5ruorg); 0.791 (sixth); 0.799 (seventh)
    assert float(rows["place"][3]) >= 0.88  # 0.894 (issue 8, ruorg: one country one place, Южная Америка); 0.915; 0.927 (fifth)
    role = next(ln for ln in out.splitlines() if ln.startswith("role accuracy"))
    assert float(role.split()[2]) >= 0.55  # 0.596 -> 0.612 (issue 8, s5roles: organisations beside titles)


UD_BE = SHARED / "dev" / "ud_be_hse_dev.conllu"


@pytest.mark.skipif(not UD_BE.is_file(), reason="../shared dev data absent")
def test_be_base_form_floor():
    _, rows = run_eval("eval_be_names.py", UD_BE)
    # measured 0.883 before issue 8, 0.922 after (w8names: surname, given-name and place endings), 0.940 after
    # bename (given-name stems, oblique surnames, district towns, classical spellings)
    assert float(rows["all:"][1]) >= 0.94  # 0.957 (fifth session: place endings and classes); 0.961 (sixth)


FIVEW = SHARED / "dev" / "en_5w1h_dev.jsonl"


@pytest.mark.skipif(not FIVEW.is_file(), reason="../shared dev data absent")
def test_5w1h_who_where_floors():
    _, rows = run_eval("eval_5w1h.py", FIVEW)
    # measured who 0.795, where 0.719 (round 2); who 0.974 (round 3: unnamed lead subjects, sources, junk rules)
    assert float(rows["who"][2]) >= 0.85
    assert float(rows["where"][2]) >= 0.65


CONLL = SHARED / "dev" / "en_conll_ner_dev.jsonl"


@pytest.mark.skipif(not CONLL.is_file(), reason="../shared dev data absent")
def test_conll_floors():
    out, _ = run_eval("eval_conll.py", CONLL)
    f1 = {ln.split()[1]: float(ln.split()[4]) for ln in out.splitlines() if ln.startswith("factsheet ")}
    # measured person 0.901, location 0.911, organisation 0.672 on the whole file (issue 8, s4en: foreign given
    # names, clubs named after towns, organisations in apposition and kept whole; before 0.884 / 0.907 / 0.624);
    # floors sit clearly below
    assert f1["person"] >= 0.88  # 0.916 (fifth session)
    assert f1["location"] >= 0.87
    assert f1["organisation"] >= 0.74  # 0.736 (fifth session; aliases count as items); 0.757 (sixth); 0.795 (seventh)



def test_foreign_speaker_gets_the_pronoun_quote():
    """A name outside the given-name list, anchored by its title, is found, so "- дадаў ён" goes to him."""
    import factsheet

    text = ("Латвійскія партнёры адкрываюць склад у Віцебску\n\n"
            "Намеснік старшыні аблвыканкама Сяргей Ткачоў сустрэўся з латвійскімі прадпрымальнікамі.\n"
            "Камерцыйны дырэктар ТАА \"Балттэх\" Янас Мікулёніс адзначыў, што кампанія працуе ў рэгіёне пяць гадоў. "
            "\"Мы адкрыем склад у наступным годзе\", - дадаў ён.\n"
            "Аб'ём пастаўкі ацэньваецца ў 4 млн долараў ЗША.\n")
    brief = factsheet.brief_from_text(text, lang="be")
    who = {p.name: p for p in brief.facts.who}
    assert "Янас Мікулёніс" in who and "дырэктар" in who["Янас Мікулёніс"].role
    assert "ЗША" not in [p.name for p in brief.facts.where]
    quote = next(q for q in brief.facts.quotes if q.text.startswith("Мы адкрыем"))
    assert quote.speaker == "Янас Мікулёніс"


@pytest.mark.parametrize("code,text,person,place", [
    ("be", "Свята ў Глыбокім\n\nНастаўніца Ала Бурэ́ль правяла ўрок у вёсцы пад Глыбо́кім.\n", "Ала Бурэль", "Глыбокае"),
    ("ru", "Праздник в Тамбове\n\nУчитель Олег Кузьми́н провёл урок в Тамбо́ве.\n", "Олег Кузьмин", "Тамбов"),
])
def test_stress_marks_split_no_name(code, text, person, place):
    """A stress mark over a vowel (a combining accent) is dropped as the text is read: the name reads whole."""
    import factsheet

    brief = factsheet.brief_from_text(text, lang=code)
    assert person in [p.name for p in brief.facts.who]
    assert place in [p.name for p in brief.facts.where]
    assert "\u0301" not in brief.sentences[0]


def test_unnamed_subject_keeps_the_schema():
    """An unnamed lead subject reaches the brief as a who item of type person (the schema's enum), first."""
    import factsheet

    text = ("At least five people injured as bus overturns near Leeds\n\n"
            "At least five people were injured when a bus overturned near Leeds on Monday.\n"
            "Inspector John Hale said the driver had been taken to hospital.\n")
    brief = factsheet.brief_from_text(text, lang="en")
    who = brief.to_dict()["who"]
    assert who[0]["name"] == "At least five people" and who[0]["type"] == "person" and who[0]["role"] is None
    assert {w["type"] for w in who} <= {"person", "organization"}
    assert "John Hale" in [w["name"] for w in who]


def _pack_with(tmp_path, entities: str) -> Path:
    """A minimal pack folder ``xx`` whose entities.toml holds ``entities``."""
    (tmp_path / "xx").mkdir()
    (tmp_path / "xx" / "pack.toml").write_text('name = "Test"\n', encoding="utf-8")
    (tmp_path / "xx" / "entities.toml").write_text(entities, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("text,wanted", [
    ("place_prepositons = [\"in\"]\n", "unknown setting 'place_prepositons'"),  # misspelt
    ("frequent_single_names_are_orgs = \"3\"\n", "setting 'frequent_single_names_are_orgs' must be a whole number"),
    ("connectors = [\"of\", 2]\n", "setting 'connectors' must be a list of strings"),
])
def test_pack_schema_rejects_a_bad_setting_in_one_line(tmp_path, text, wanted):
    from factsheet.errors import FactsheetError

    root = _pack_with(tmp_path, text)
    with pytest.raises(FactsheetError) as err:
        langpack.LanguagePack("xx", root)
    message = str(err.value)
    assert message == f"{root / 'xx' / 'entities.toml'}: {wanted}"
    assert "\n" not in message


def test_pack_schema_fills_defaults(tmp_path):
    pack = langpack.LanguagePack("xx", _pack_with(tmp_path, "connectors = [\"of\"]\n"))
    settings = pack.settings("entities")
    assert settings["connectors"] == ["of"]
    assert settings["frequent_single_names_are_orgs"] == 0 and settings["lead_actor_weight"] == 3.0
    with pytest.raises(TypeError):
        settings["connectors"] = []  # read-only: one pack's settings are shared by every reader


def test_a_pack_without_quote_marks_reads_straight_quotes(tmp_path):
    from factsheet.facts import quotes

    pack = langpack.LanguagePack("xx", _pack_with(tmp_path, ""))
    assert pack.settings("quote_marks")["pairs"] == [["\"", "\""]]
    spans = quotes.find_quotes(('He wrote: "We will build the new bridge over the river next year."',), pack)
    assert [s.text for s in spans] == ["We will build the new bridge over the river next year."]
