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


@pytest.mark.parametrize("lang,text,speaker", [
    ("ru", "Биржа\n\nМОСКВА, 3 марта. Торги на Московской бирже открылись ростом. «Объем торгов вырос на треть», — "
           "сообщили на бирже.", "Московская биржа"),
    ("ru", "Комбинат\n\nМОЗЫРЬ, 3 марта. Мозырский деревообрабатывающий комбинат запустил новую линию. Линия выпустит "
           "первые плиты в апреле, рассказали на комбинате.", "Мозырский деревообрабатывающий комбинат"),
    ("ru", "Больница\n\nГОМЕЛЬ, 3 марта. Гомельская областная клиническая больница открыла новое отделение. «Прием "
           "пациентов начнется в апреле», — сообщили в пресс-службе учреждения.", "Гомельская областная клиническая больница"),
    ("be", "Біржа\n\nМІНСК, 3 сакавіка. Беларуская валютна-фондавая біржа павялічыла гандлі. «Аб'ём таргоў вырас на "
           "трэць», — паведамілі на біржы.", "Беларуская валютна-фондавая біржа"),
    ("be", "Цэнтр\n\nМІНСК, 3 сакавіка. Рэспубліканскі навукова-практычны цэнтр кардыялогіі адкрыў новы корпус. «Прыём "
           "пачнецца ў красавіку», — паведамілі ў прэс-службе ўстановы.", "Рэспубліканскі навукова-практычны цэнтр кардыялогіі"),
    ("be", "Камбінат\n\nМАЗЫР, 3 сакавіка. Мазырскі дрэваапрацоўчы камбінат запусціў новую лінію. «Першыя пліты выйдуць "
           "у красавіку», — расказалі на камбінаце.", "Мазырскі дрэваапрацоўчы камбінат"),
    ("en", "Exchange\n\nLONDON, March 3 - The London Stock Exchange reported record trading in March. Trading volumes "
           "rose by a third in the first week, said the exchange.", "London Stock Exchange"),
    ("en", "Museum\n\nLONDON, March 3 - The Natural History Museum will close its east wing. The Arts Council gave it a "
           "grant. \"The work will take two years,\" said the museum.", "Natural History Museum"),
])
def test_a_noun_of_its_kind_after_the_verb_is_the_body_named_before(lang, text, speaker):
    """w10mix (released kind 37): "— сообщили на бирже", "паведамілі ў прэс-службе ўстановы", "said the museum":
    the organisation named before whose name holds that noun (org_kind_noun.py), not one named nearer."""
    brief = factsheet.brief_from_text(text, lang=lang, source=Source(date="2026-03-03")).to_dict()
    assert [q["speaker"] for q in brief["quotes"]] == [speaker]


def test_a_day_after_the_verb_names_no_body():
    text = ("Биржа\n\nМОСКВА, 3 марта. Торги на Московской бирже открылись ростом. «Объем торгов вырос на треть», — "
            "сообщили в понедельник.")
    brief = factsheet.brief_from_text(text, lang="ru", source=Source(date="2026-03-03")).to_dict()
    assert [q["speaker"] for q in brief["quotes"]] == [None]
