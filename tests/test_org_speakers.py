"""An organisation named in the locative after a speech verb is the quote's speaker, in its base form (issue 8,
s7ruorg: "«…», — паведамілі ў Мінгаспраекце" gives Мінгаспраект, not "Мінгаспраекце"). Sentences of the team's own."""
import pytest

import factsheet
from factsheet.model import Source


@pytest.mark.parametrize("lang,text,speaker", [
    ("be", "Новы мост\n\nГРОДНА, 3 сакавіка. Праект моста гатовы.\n\n«Будаўніцтва пачнецца ў маі», — паведамілі ў "
           "Мінгаспраекце.", "Мінгаспраект"),
    ("be", "Навальніцы\n\nМІНСК, 3 ліпеня. Заўтра чакаюцца навальніцы.\n\n«Ветер узмоцніцца да 20 метраў у секунду», "
           "— папярэдзілі ў Белгідрамеце.", "Белгідрамет"),
    ("ru", "Новый мост\n\nГРОДНО, 3 марта. Проект моста готов.\n\n«Строительство начнется в мае», — сообщили в "
           "Мингоспроекте.", "Мингоспроект"),
    ("ru", "Ремонт\n\nМОЗЫРЬ, 3 марта. Ремонт установки завершен.\n\n«Работы завершим к осени», — рассказали на "
           "«Мозырьнефтехиме».", "Мозырьнефтехим"),
])
def test_an_organisation_in_the_locative_speaks_in_its_base_form(lang, text, speaker):
    brief = factsheet.brief_from_text(text, lang=lang, source=Source(date="2025-03-03")).to_dict()
    assert [q["speaker"] for q in brief["quotes"]] == [speaker]
    assert speaker in [w["name"] for w in brief["who"]]


def test_a_star_before_a_name_is_no_publication():
    """English reads outlets by their media heads ("the Morning Star"): "Formula One star Max Verstappen" stays a
    person; Russian "агентство Франс Пресс" is the agency (org_media._apposed_title, packs without media_names)."""
    from factsheet import langpack
    from factsheet.facts.entities import extract_entities

    en = extract_entities(["Formula One star Max Verstappen avoided a crash in Brazil."], langpack.load("en"))
    assert [(p.name, p.type) for p in en.who if p.name == "Max Verstappen"] == [("Max Verstappen", "person")]
    ru = extract_entities(["Об этом сообщило агентство Франс Пресс."], langpack.load("ru"))
    assert [(p.name, p.type) for p in ru.who] == [("Франс Пресс", "organization")]
