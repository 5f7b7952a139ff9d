"""Cross-language identity from pack data: romanisation (the Belarusian national system, ICAO Doc 9303), the
spelling-blind match key, and place identities (ISO codes, GeoNames IDs, spelling fallback)."""
from __future__ import annotations

import pytest

from factsheet.merge import places, spelling


@pytest.mark.parametrize("name, code, latin", [
    ("Лаўрэнцьеў", "be", "Laŭrenćjeŭ"),      # ць -> ć, е after ь -> je, ў -> ŭ
    ("Сяргей", "be", "Siarhiej"),            # г -> h, я/е after a consonant -> ia/ie, й -> j
    ("Ерлан", "be", "Jerlan"),               # е at the start of a word -> je
    ("Мінск", "be", "Minsk"),
    ("Лаврентьев", "ru", "Lavrentev"),       # ICAO: ь dropped
    ("Щукин", "ru", "Shchukin"),
    ("Юлия Хомякова", "ru", "Iuliia Khomiakova"),
    ("Minsk", "en", "Minsk"),                # no table: unchanged
])
def test_romanise_follows_the_national_systems(name, code, latin):
    assert spelling.romanise(name, code) == latin


@pytest.mark.parametrize("forms", [
    [("Лаўрэнцьеў", "be"), ("Лаврентьев", "ru"), ("Lavrentyev", "en")],
    [("Пятрайціс", "be"), ("Петрайтис", "ru"), ("Petraitis", "en")],
    [("Ковальскі", "be"), ("Ковальский", "ru"), ("Kowalski", "en")],
    [("Ежы", "be"), ("Ежи", "ru"), ("Jerzy", "en")],
    [("Сейтказіеў", "be"), ("Сейтказиев", "ru"), ("Seitkaziev", "en")],
])
def test_one_key_for_the_same_name_in_three_languages(forms):
    assert len({spelling.word_key(w, c) for w, c in forms}) == 1


@pytest.mark.parametrize("a, b", [
    (("Ігар", "be"), ("Пётр", "be")),
    (("Лаўрэнцьеў", "be"), ("Лаўрыновіч", "be")),
    (("Minsk", "en"), ("Pinsk", "en")),
])
def test_different_names_keep_different_keys(a, b):
    assert spelling.word_key(*a) != spelling.word_key(*b)


def test_reverse_romanisation_for_a_russian_brief():
    assert spelling.cyrillise("Yerlan Seitkaziev", "ru") == "Ерлан Сейтказиев"
    assert spelling.cyrillise("Kowalski", "ru") == "Ковалски"
    assert spelling.cyrillise("Мінск", "ru") is None  # already Cyrillic


@pytest.mark.parametrize("name, code, identity", [
    ("Беларусь", "be", "iso:BY"), ("Беларусь", "ru", "iso:BY"), ("Belarus", "en", "iso:BY"),
    ("Казахстан", "be", "iso:KZ"), ("Kazakhstan", "en", "iso:KZ"),
    ("Мінск", "be", "geonames:625144"), ("Минск", "ru", "geonames:625144"), ("Minsk", "en", "geonames:625144"),
    ("Мінск-Мазавецкі", "be", "geonames:764679"), ("Minsk Mazowiecki", "en", "geonames:764679"),
    ("Гродна", "be", "geonames:627904"), ("Grodno", "en", "geonames:627904"),  # en through ru "Гродно"
    ("Брэст", "be", "geonames:629634"),  # Brest in Belarus, the most populous Brest
    ("Трокі", "be", "geonames:593871"), ("Тракай", "ru", "geonames:593871"),  # a town two packs name
    ("Урал", "ru", "name:ural"),  # one pack's name only fits some village: no GeoNames id
    ("Азия", "ru", "name:aziia"),  # a continent, though a town in the Philippines is called Asia
    ("Расія", "be", "iso:RU"), ("Россия", "ru", "iso:RU"), ("Russia", "en", "iso:RU"),  # short country names
    ("ЗША", "be", "iso:US"), ("США", "ru", "iso:US"), ("US", "en", "iso:US"),
    ("Санкт-Пецярбург", "be", "geonames:498817"),  # through ru "Санкт-Петербург": one long consonant skeleton
])
def test_place_identity(name, code, identity):
    assert places.identity(name, code) == identity


def test_place_named_in_another_pack():
    assert places.name_in("geonames:764679", "be") == "Мінск-Мазавецкі"
    assert places.name_in("iso:KZ", "en") == "Kazakhstan"
    assert places.name_in("iso:RU", "be") == "Расія"  # the pack's short name, not "Расійская Федэрацыя"
    assert places.name_in("name:trakai", "be") is None


def test_reverse_romanisation_for_a_belarusian_brief():
    assert spelling.cyrillise("Tomas Petraitis", "be") == "Томас Петрайтіс"
    assert spelling.cyrillise("Yerlan", "be") == "Ерлан"


def test_a_role_two_other_languages_contradict_is_replaced():
    from factsheet.merge import roles

    be = ("Генеральны дырэктар ААТ «Белагратэх»", "be")
    ru = ("Генеральный директор ОАО «Белагротех»", "ru")
    assert roles.shared(("Director General of Belagrotech", "en"), be) == 3
    assert roles.choose([("Director General of Belagrotech", "en"), be, ru], "en") == "Director General of Belagrotech"
    # someone else's role given by one article's facts: the two agreeing articles win
    assert roles.choose([("Deputy Agriculture Minister", "en"), be, ru], "en") == be[0]
    # one other article is no majority
    assert roles.choose([("Deputy Agriculture Minister", "en"), be], "en") == "Deputy Agriculture Minister"
    assert roles.choose([], "en") is None
