"""Headline, dateline and agency line become metadata, never body sentences."""
from __future__ import annotations

import pytest

from factsheet import metadata
from factsheet.model import Source
from factsheet.pipeline import to_document


@pytest.mark.parametrize("line, code, expected", [
    ("18 лістапада 2019, Мінск", "be", ("2019-11-18", "Мінск")),
    ("Гродна, 3 сакавіка 2021", "be", ("2021-03-03", "Гродна")),
    ("18 ноября 2019, Минск", "ru", ("2019-11-18", "Минск")),
    ("Гомель, 3 апреля 2025", "ru", ("2025-04-03", "Гомель")),
    ("Нижний Новгород, 1 июня 2023 года", "ru", ("2023-06-01", "Нижний Новгород")),
    ("18 November 2019, Minsk", "en", ("2019-11-18", "Minsk")),
    ("November 18, 2019, Minsk", "en", ("2019-11-18", "Minsk")),
    ("New York, 2 May 2022", "en", ("2022-05-02", "New York")),
    ("18.11.2019", "ru", ("2019-11-18", None)),
    # a web page's date line: a label before, a clock time after (lead s8)
    ("Опубликовано: 28 ноября 2026, 14:35", "ru", ("2026-11-28", None)),
    ("Обновлено 28.11.2026 10:15", "ru", ("2026-11-28", None)),
    ("28 ноября 2026 г., 14:35", "ru", ("2026-11-28", None)),
    ("28 ноября 2026 в 14:35", "ru", ("2026-11-28", None)),
    ("Апублікавана: 28 лістапада 2026, 14:35", "be", ("2026-11-28", None)),
    ("28.11.2026 14:35", "be", ("2026-11-28", None)),
    ("Published: 28 November 2026, 14:35", "en", ("2026-11-28", None)),
    ("November 28, 2026 10:15", "en", ("2026-11-28", None)),
    ("28 November 2026 | 14:35", "en", ("2026-11-28", None)),
    # a dateline with the country after the city (lead s8, after the blind set 65-67 was scored)
    ("GDANSK, Poland, November 30, 2026", "en", ("2026-11-30", "GDANSK")),
    ("Гданьск, Польша, 30 ноября 2026", "ru", ("2026-11-30", "Гданьск")),
])
def test_datelines(line, code, expected):
    assert metadata.parse_dateline(line, code) == expected


@pytest.mark.parametrize("line, code", [
    ("32 лістапада 2019, Мінск", "be"),           # no such day
    ("Мы сустрэліся 18 лістапада 2019 у Мінску.", "be"),  # a sentence, not a dateline
    ("20 гадоў", "be"),
    ("In 2019 the mayor of Minsk said so.", "en"),
    ("Published 12 books by 2019", "en"),          # a label word in a sentence
    ("Обновлено 28 заявок 2026", "ru"),
])
def test_not_datelines(line, code):
    assert metadata.parse_dateline(line, code) is None


@pytest.mark.parametrize("line, expected", [("БЕЛТА", "БЕЛТА"), ("BelTA", "BelTA"), ("(Reuters)", "Reuters"),
                                            ("Прэзідэнт", None), ("Агенцтва паведаміла пра гэта.", None)])
def test_agency_lines(line, expected):
    assert metadata.parse_agency(line) == expected


def test_document_takes_headline_dateline_and_agency_out_of_the_body():
    text = "Загаловак\n\nПершы абзац.\nДругі абзац.\n18 лістапада 2019, Мінск\nБЕЛТА\n"
    doc = to_document(text, "be")
    assert doc.title == "Загаловак"
    assert doc.paragraphs == ["Першы абзац.", "Другі абзац."]
    assert (doc.source.date, doc.source.place, doc.source.publisher) == ("2019-11-18", "Мінск", "БЕЛТА")


def test_headline_without_blank_line_when_short_and_unpunctuated():
    doc = to_document("Mayor visits the port\nThe mayor came. He left.\nBelTA", "en")
    assert doc.title == "Mayor visits the port"
    assert doc.paragraphs == ["The mayor came. He left."]


def test_first_sentence_is_not_taken_for_a_headline():
    doc = to_document("The mayor visited the port on Monday.\nHe said work starts in May.", "en")
    assert doc.title is None
    assert len(doc.paragraphs) == 2


def test_trailing_url_becomes_the_source_url():
    doc = to_document("Headline\n\nBody text here.\n2 May 2022, Riga\nhttps://example.org/news/1", "en")
    assert doc.source.url == "https://example.org/news/1"
    assert doc.source.place == "Riga"


@pytest.mark.parametrize("iso, code, expected", [
    ("2019-11-18", "be", "18 лістапада 2019"), ("2019-11-18", "ru", "18 ноября 2019"),
    ("2019-11-18", "en", "18 November 2019"), ("2020", "en", "2020")])
def test_format_date(iso, code, expected):
    assert metadata.format_date(iso, code) == expected


def test_source_is_filled_not_replaced():
    source = Source(date="2020-01-01")
    doc = to_document("Headline\n\nBody.\n18 лістапада 2019, Мінск", "be", source=source)
    assert doc.paragraphs == ["Body."]
    assert (doc.source.date, doc.source.place) == ("2020-01-01", "Мінск")


@pytest.mark.parametrize("line", ["Крыніца: https://example.by/a", "Источник: https://example.ru/a",
                                  "Source: https://example.org/a", "https://example.org/a"])
def test_source_url_lines_in_every_pack_language(line):
    doc = to_document(f"Headline\n\nBody text here.\n{line}", "en")
    assert doc.source.url and doc.source.url.startswith("https://example.")
    assert doc.paragraphs == ["Body text here."]


@pytest.mark.parametrize("agency", ["Kyodo", "Agencia Nova", "(NTB)"])
def test_an_unlisted_agency_after_a_dateline_is_the_publisher(agency):
    doc = to_document(f"Headline\n\nBody text here.\n9 January 2025, Tokyo\n{agency}", "en")
    assert (doc.source.date, doc.source.place, doc.source.publisher) == ("2025-01-09", "Tokyo", agency.strip("()"))
    assert doc.paragraphs == ["Body text here."]


def test_a_short_last_line_without_a_dateline_stays_in_the_body():
    doc = to_document("Headline\n\nBody text here.\nThank you", "en")
    assert doc.paragraphs == ["Body text here.", "Thank you"]
    assert doc.source.publisher is None


def test_strip_trailer_leaves_the_callers_source_alone():
    given = Source(publisher="Given")
    body, source = metadata.strip_trailer(["Body text here.", "9 January 2025, Tokyo"], "en", given)
    assert body == ["Body text here."]
    assert (source.date, source.place, source.publisher) == ("2025-01-09", "Tokyo", "Given")
    assert given == Source(publisher="Given")


@pytest.mark.parametrize("text, code, expected", [
    ("Заголовок\n\nЗавод откроет цех.\n7 июня 2025, Гродно\n«Гродзенская праўда»", "ru",
     ("2025-06-07", "Гродно", "Гродзенская праўда")),
    ("Загаловак\n\nЗавод адкрые цэх.\n7 чэрвеня 2025, Ліда\n\"Лідская газета\"", "be",
     ("2025-06-07", "Ліда", "Лідская газета")),
    ("Headline\n\nThe plant opens a shop.\nJune 7, 2025, Pinsk\n“Polesie Courier”", "en",
     ("2025-06-07", "Pinsk", "Polesie Courier")),
])
def test_an_agency_name_in_quotation_marks_after_a_dateline_is_the_publisher(text, code, expected):
    doc = to_document(text, code)
    assert (doc.source.date, doc.source.place, doc.source.publisher) == expected
    assert all(expected[1] not in p for p in doc.paragraphs)


def test_a_dateline_under_the_headline_is_taken_out_of_the_body():
    text = "Завод открыл новый цех\n\nБорисов, 5 октября 2025 года.\nБЕЛТА\nЗавод открыл цех. Работают сто человек.\n"
    doc = to_document(text, "ru")
    assert doc.paragraphs == ["Завод открыл цех. Работают сто человек."]
    assert (doc.source.date, doc.source.place, doc.source.publisher) == ("2025-10-05", "Борисов", "БЕЛТА")
    # after a byline, which stays (the byline rule keeps it out of the facts)
    doc = to_document("Загаловак\n\nІрына СІДАРОВІЧ\n\nБрэст, 2 мая 2025 года.\n\nПершы абзац. Другі сказ.\n", "be")
    assert doc.paragraphs == ["Ірына СІДАРОВІЧ", "Першы абзац. Другі сказ."]
    assert doc.source.date == "2025-05-02"
    # a one-paragraph article keeps its only line
    assert to_document("Title\n\n12 May 2024, Minsk\n", "en").paragraphs == ["12 May 2024, Minsk"]


@pytest.mark.parametrize("first, code, expected", [
    ("SANTIAGO, 18 November 2025 (BelTA) – The minister arrived.", "en", ("2025-11-18", "Santiago", "BelTA")),
    ("Гомель, 3 апреля 2025 года – Завод открыл цех.", "ru", ("2025-04-03", "Гомель", None)),
    ("Мінск, 9 мая 2024 (БЕЛТА) - Урачыстасці прайшлі.", "be", ("2024-05-09", "Мінск", "БЕЛТА")),
])
def test_a_dateline_opening_the_first_paragraph_dates_the_source(first, code, expected):
    doc = to_document(f"Title\n\n{first} More follows.\n", code)
    assert doc.paragraphs == [f"{first} More follows."]  # the words stay
    assert (doc.source.date, doc.source.place, doc.source.publisher) == expected


@pytest.mark.parametrize("first, code, expected", [
    ("ВИТЕБСК, 12 марта (БЕЛТА) – Завод открыл цех.", "ru", ("Витебск", "БЕЛТА")),
    ("БРЭСТ, 2 чэрвеня (БЕЛТА) – Мост адкрылі.", "be", ("Брэст", "БЕЛТА")),
    ("NEW YORK, March 5 (Reuters) - Shares rose.", "en", ("New York", "Reuters")),
    ("Гомель, 3 апреля – Завод открыл цех.", "ru", (None, None)),  # no agency: a dash after a date may be prose
])
def test_an_agency_dateline_without_a_year_gives_place_and_agency(first, code, expected):
    """How БЕЛТА and Reuters write it on the wire: the place and the agency, and no date (no year to give it)."""
    doc = to_document(f"Title\n\n{first} More follows.\n", code)
    assert doc.paragraphs == [f"{first} More follows."]
    assert (doc.source.place, doc.source.publisher, doc.source.date) == (*expected, None)


def test_a_sentence_with_a_dash_is_no_dateline():
    doc = to_document("Title\n\nThe plan – agreed on Monday – starts in May.\n", "en")
    assert doc.source.date is None


def test_a_dateline_sentence_opening_the_first_paragraph_leaves_the_body():
    doc = to_document("Title\n\nБорисов, 5 октября 2025 года. Завод открыл цех. Работают сто человек.\n", "ru")
    assert doc.paragraphs == ["Завод открыл цех. Работают сто человек."]
    assert (doc.source.date, doc.source.place) == ("2025-10-05", "Борисов")
    # an ordinary first sentence stays
    assert to_document("Title\n\nThe plant opened. It employs 100.\n", "en").paragraphs == [
        "The plant opened. It employs 100."]


@pytest.mark.parametrize("first, code, meeting, expected", [
    ("ВИТЕБСК, 12 марта (БЕЛТА) – Завод открыл цех во вторник.", "ru", "2026-04-02", "2026-03-12"),
    ("БРЭСТ, 2 снежня (БЕЛТА) – Мост адкрылі ў аўторак.", "be", "2026-11-20", "2025-12-02"),  # not yet this year
    ("NEW YORK, March 5 (Reuters) - Shares rose on Monday.", "en", "2026-03-05", "2026-03-05"),  # the day itself
    ("MINSK, February 29 (BelTA) - The plant opened on Monday.", "en", "2027-03-01", "2024-02-29"),  # a leap day
])
def test_an_agency_dateline_without_a_year_is_the_last_such_day_up_to_the_meeting(first, code, meeting, expected):
    """A wire story is briefed soon after it runs: its yearless dateline takes the year that puts it on or before
    the meeting date, so that "on Tuesday" in its lead gets a date."""
    import datetime

    import factsheet

    brief = factsheet.brief_from_text(f"Title\n\n{first}\n", lang=code,
                                      meeting_date=datetime.date.fromisoformat(meeting))
    assert brief.source.date == expected
    assert all(w.date for w in brief.facts.when)  # the weekday of the lead resolved against it


@pytest.mark.parametrize("first, code", [
    ("Гомель, 3 апреля – Завод открыл цех.", "ru"),  # no agency: a dash after a date may be prose
    ("Minsk, March 5 - Shares rose.", "en"),  # the place not in capitals: may be prose
])
def test_a_yearless_date_without_an_agency_dates_nothing(first, code):
    import datetime

    import factsheet

    brief = factsheet.brief_from_text(f"Title\n\n{first}\n", lang=code, meeting_date=datetime.date(2026, 5, 1))
    assert brief.source.date is None


def test_the_date_option_wins_over_a_yearless_dateline():
    import factsheet

    brief = factsheet.brief_from_text("Title\n\nMINSK, March 5 (BelTA) - The plant opened on Monday.\n", lang="en",
                                      date="2019-03-05")
    assert brief.source.date == "2019-03-05"
    assert "2019-03-04" in {w.date for w in brief.facts.when}


@pytest.mark.parametrize("first, code, place", [
    ("GRODNO — The oldest zoo in Belarus had a busy year.", "en", "Grodno"),
    ("NEW YORK – Shares rose on Monday.", "en", "New York"),
    ("МАГІЛЁЎ — Новы мост адкрылі ў аўторак.", "be", "Магілёў"),
    ("БРЕСТ — В городе открыли новый вокзал.", "ru", "Брест"),
])
def test_a_listed_place_in_capitals_before_a_dash_is_a_dateline(first, code, place):
    """A feature or AP-style story opens with its place in capitals and a dash, no date: the place is the
    dateline's and the words stay in the text."""
    doc = to_document(f"Title\n\n{first}\n", code)
    assert doc.paragraphs == [first]
    assert (doc.source.place, doc.source.date) == (place, None)


@pytest.mark.parametrize("first, code", [
    ("NATO — the alliance met on Monday.", "en"),
    ("UPDATE – Shares rose on Monday.", "en"),
    ("ВАЖНО — В городе открыли новый вокзал.", "ru"),
])
def test_capitals_that_name_no_listed_place_are_no_dateline(first, code):
    doc = to_document(f"Title\n\n{first}\n", code)
    assert doc.source.place is None


@pytest.mark.parametrize("text, code, expected", [
    ("Title\n\nBy Anna Whitfield\n\nGRODNO — The zoo had a busy year.\n", "en", ("Grodno", None)),
    ("Title\n\nBy Tom Hale\n\nMINSK, March 5 (BelTA) - The plant opened on Monday.\n", "en", ("Minsk", "BelTA")),
    ("Загаловак\n\nГанна ЛАПІЦКАЯ\n\nЛІДА, 3 мая (БЕЛТА) – Завод адкрыў цэх.\n", "be", ("Ліда", "БЕЛТА")),
    ("Заголовок\n\nИрина Соколова\n\nГомель, 3 апреля 2025 года – Завод открыл цех.\n", "ru", ("Гомель", None)),
])
def test_a_dateline_under_a_byline_dates_the_story(text, code, expected):
    """A feature's byline stands above its dateline: the byline stays, the dateline under it still names the
    place (and the agency)."""
    doc = to_document(text, code)
    assert (doc.source.place, doc.source.publisher) == expected
    assert doc.paragraphs[0] == text.split("\n\n")[1]


@pytest.mark.parametrize("text, code", [
    ("Title\n\nMINSK, May 3 (Reuters) - The plant opened a new line.\n\n(Reporting by Lina Park; Editing by Tom Hale)\n",
     "en"),
    ("Title\n\nThe plant opened a new line on Monday.\n\n(Additional reporting by Ann Moy in Riga. Writing by Bo Li)\n",
     "en"),
    ("Заголовок\n\nЗавод открыл новую линию в понедельник.\n\n(Подготовила Анна Петрова. Редактор Иван Сидоров)\n",
     "ru"),
    ("Загаловак\n\nЗавод адкрыў новую лінію ў панядзелак.\n\n(Падрыхтавала Ганна Пятрова)\n", "be"),
])
def test_a_credit_line_in_brackets_leaves_the_body(text, code):
    """"(Reporting by X; Editing by Y)" names the story's staff: it is no sentence of the story and its names
    are nobody the brief lists."""
    import factsheet

    doc = to_document(text, code)
    assert len(doc.paragraphs) == 1 and not doc.paragraphs[0].startswith("(")
    brief = factsheet.brief_from_text(text, lang=code)
    assert all(p.type != "person" for p in brief.facts.who)


def test_a_bracketed_last_paragraph_without_a_credit_word_stays():
    doc = to_document("Title\n\nThe plant opened a new line.\n\n(The line cost 4 million dollars.)\n", "en")
    assert len(doc.paragraphs) == 2


@pytest.mark.parametrize("first, code, expected", [
    ("БРЕСТ, 22 ноября. Клуб выиграл в субботу.", "ru", ("2026-11-22", "Брест")),
    ("Гродна, 3 лістапада. Мост адкрылі ў аўторак.", "be", ("2026-11-03", "Гродна")),
    ("MINSK, March 5. The plant opened on Monday.", "en", ("2026-03-05", "Minsk")),
])
def test_a_yearless_dateline_sentence_dates_and_places_the_story(first, code, expected):
    """"БРЕСТ, 22 ноября. Клуб …": the day and place of the story; the sentence stays (it names the place for the
    facts, as an agency's yearless dateline does), and the lead's weekday gets a date."""
    import datetime

    import factsheet

    brief = factsheet.brief_from_text(f"Title\n\n{first}\n", lang=code, meeting_date=datetime.date(2026, 12, 1))
    assert (brief.source.date, brief.source.place) == expected
    assert len(brief.sentences) == 2 and all(w.date for w in brief.facts.when)


@pytest.mark.parametrize("first, code, expected", [
    ("МИНСК, 15 октября – Руководители компаний обсудили в четверг логистику.", "ru", ("2026-10-15", "Минск")),
    ("ГОМЕЛЬ, 2 кастрычніка – Завод адкрыў цэх у аўторак.", "be", ("2026-10-02", "Гомель")),
    ("NEW YORK, March 5 - Shares rose on Monday.", "en", ("2026-03-05", "New York")),
])
def test_a_yearless_dateline_with_its_place_in_capitals_needs_no_agency(first, code, expected):
    """"МИНСК, 15 октября – …": the place in capitals tells the wire's dateline as the agency in brackets does."""
    import datetime

    import factsheet

    brief = factsheet.brief_from_text(f"Title\n\n{first}\n", lang=code, meeting_date=datetime.date(2026, 12, 1))
    assert (brief.source.date, brief.source.place) == expected
    assert all(w.date for w in brief.facts.when)


@pytest.mark.parametrize("code, text, date", [
    ("be", "ПРЭС-РЭЛІЗ\n\nФірма пачынае выпуск сушылак\n\nПінск, 19 сакавіка 2026 г.\n\nФірма «Агратэх» пачала выпуск.",
     "2026-03-19"),
    ("be", "Загаловак ліста\n\n«Слонімскі веснік», 22 красавіка 2026 года\n\nЧытачка пытае пра аптэку ў вёсцы.",
     "2026-04-22"),
    ("en", "TRADE ROUTE: wine\n\nTranscript. Minsk Business Channel, broadcast on September 24, 2026\n\nOur guest today "
           "is the export director of a winery.", "2026-09-24"),
    ("ru", "Заголовок\n\nЖурнал «Нива», 3 марта 2025 года\n\nВ редакцию пришло письмо о школе.", "2025-03-03"),
])
def test_a_short_source_line_dates_the_text(code, text, date):
    """A newspaper's name and issue date, a broadcast's, a press release's place and date under a label: when no
    dateline dated the text, a short line among the first paragraphs does (lead s8, from the blind set 53–56)."""
    assert to_document(text, code).source.date == date


def test_a_story_sentence_with_a_date_does_not_date_the_text():
    text = ("Headline\n\nThe plant, which opened on 3 March 2015 near the border with Poland, will double its "
            "output next year, its director said on Monday.")
    assert to_document(text, "en").source.date is None


@pytest.mark.parametrize("code, text, agency", [
    ("ru", "Назначен министр\n\nМинск, 27 ноября (БЕЛТА). Глава государства подписал указ о назначении министра.",
     "БЕЛТА"),
    ("be", "Прызначаны міністр\n\nМінск, 27 лістапада (БЕЛТА). Кіраўнік дзяржавы падпісаў указ аб прызначэнні.",
     "БЕЛТА"),
])
def test_a_sentence_form_yearless_dateline_with_its_agency(code, text, agency):
    """"Минск, 27 ноября (БЕЛТА). Глава …": the agency in brackets before the stop closes a sentence-form dateline
    (lead s8: an appointment item of our own had no date, so 'в среду' and 'до конца года' stayed unresolved)."""
    doc = to_document(text, code)
    assert doc.dateline_day == (11, 27) and doc.source.publisher == agency


@pytest.mark.parametrize("code, text, day", [
    ("en", "Burns unit opens\n\nIZMIR, Turkey, Dec 1 - A new burns unit opened on Monday at the city hospital.", (12, 1)),
    ("ru", "Ожоговый центр открыт\n\nИЗМИР, Турция, 1 декабря – Новый ожоговый центр открылся в понедельник.", (12, 1)),
])
def test_a_yearless_wire_dateline_with_a_country(code, text, day):
    """"IZMIR, Turkey, Dec 1 - …": the country between the city and the date (lead s8, after set 65–67 was scored)."""
    assert to_document(text, code).dateline_day == day



@pytest.mark.parametrize("code, text, date, publisher", [
    ("ru", "Заголовок\n\n— Когда откроется цех?\n\n— В марте, если успеем.\n\nБеседовала Анна КОРОЛЕВА\n\n"
           "«Деловой регион», 30 ноября 2026 г.", "2026-11-30", "Деловой регион"),
    ("be", "Загаловак\n\nУ вёсцы адкрылі новую краму, і людзі задаволеныя.\n\n«Народная трыбуна», 4 лютага 2026 года",
     "2026-02-04", "Народная трыбуна"),
    ("en", "Headline\n\nThe ferry will sail twice a week from May, the operator said.\n\n"
           "The Baltic Courier, 12 March 2026", "2026-03-12", "The Baltic Courier"),
    ("ru", "Заголовок\n\nВ школе открыли музей, его покажут гостям в пятницу.\n\nГазета «Полесье», 2 октября 2025 года.",
     "2025-10-02", "Газета «Полесье"),
])
def test_a_closing_source_line_dates_the_text_and_leaves_the_body(code, text, date, publisher):
    """A magazine's or newspaper's name and issue date closing the text date it and leave its body (lead s9: a
    magazine interview closing with its issue's date had its "в марте" and "в следующем году" unresolved)."""
    doc = to_document(text, code)
    assert (doc.source.date, doc.source.publisher) == (date, publisher)
    assert not any(date[:4] in p for p in doc.paragraphs)


@pytest.mark.parametrize("code, text", [
    ("ru", "Заголовок\n\nВ Лиде открылась выставка картин местных художников, которые пишут пейзажи Понеманья.\n\n"
           "Её открыл директор музея.\n\nГостей было много.\n\nВыставка продлится до 15 февраля 2027 года."),
    ("en", "Headline\n\nA new bridge across the Pina opened in Pinsk on a cold morning with a brass band.\n\n"
           "The mayor cut the ribbon.\n\nTraffic was heavy.\n\nThe old one was closed on 3 March 2019."),
])
def test_a_closing_story_sentence_with_a_date_stays_in_the_body(code, text):
    """A closing sentence of the story has no comma before its date: no source line."""
    doc = to_document(text, code)
    assert doc.source.date is None and len(doc.paragraphs) == 4


@pytest.mark.parametrize("code, text, date", [
    ("en", "Headline\n\nI am convinced our trade has barely begun.\n\nMore of the same.\n\nOur students will come.\n\n"
           "Dewi Kartika is the Ambassador of Indonesia to Belarus. This article was first published in Minsk Herald "
           "on 1 December 2026.", "2026-12-01"),
    ("ru", "Заголовок\n\nМы открыли цех.\n\nЕще текст о нем.\n\nИ еще текст.\n\nАвтор — посол Индонезии в Беларуси. "
           "Опубликовано в журнале «Беларуская думка» 3 ноября 2026 года.", "2026-11-03"),
])
def test_a_closing_labelled_line_dates_the_text_and_keeps_its_words(code, text, date):
    """An op-ed's closing line with a date label ("first published … on 1 December 2026") dates the text; the
    paragraph stays, as it names the author (lead s9)."""
    doc = to_document(text, code)
    assert doc.source.date == date and any("Kartika" in s or "посол" in s for s in doc.paragraphs)
