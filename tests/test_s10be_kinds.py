"""Released failure kinds of the ninth session's blind sets (71–74, 82–84), Belarusian side, in sentences of our
own (s10be): the whole pipeline, a publication date given, real outputs asserted. Entity kinds are in
tests/cases/be_entities.toml; these are the kinds of dates, quotes and next steps."""
from __future__ import annotations

import pytest

import factsheet
from factsheet.model import Source


def _brief(text: str, lang: str, date: str) -> dict:
    return factsheet.brief_from_text(text, lang=lang, source=Source(date=date)).to_dict()


# kind 29 (71–74): a past-tense weekday in a Thursday article is the last such day, not the next
@pytest.mark.parametrize("sentence,day", [
    ("Мужчыну затрымалі ў аўторак каля вакзала, паведамілі ў міліцыі.", "2026-12-01"),
    ("Пажар у інтэрнаце здарыўся ў нядзелю ўвечары, паведамілі ў МНС.", "2026-11-29"),
    ("У панядзелак у школе прайшла вучэбная эвакуацыя.", "2026-11-30"),
    ("Дэлегацыя прыехала ў Мінск у сераду і пабывала на заводзе.", "2026-12-02"),
    ("Вадзіцеля, які збіў пешахода ў аўторак, ужо знайшлі.", "2026-12-01"),
])
def test_past_weekday_resolves_back(sentence, day):
    brief = _brief(sentence, "be", "2026-12-03")  # a Thursday
    assert day in [w["date"] for w in brief["when"]], brief["when"]


# kind 41 (71–74): a past event dated by its weekday is no next step
@pytest.mark.parametrize("sentence", [
    "Падазраванага затрымалі ў аўторак каля рынку.",
    "У панядзелак у бальніцы адкрылі новае аддзяленне.",
    "Рэйс з Мінска прызямліўся ў Брэсце ў сераду.",
    "Сход жыхароў вёскі прайшоў у нядзелю ў клубе.",
])
def test_past_weekday_event_is_no_step(sentence):
    brief = _brief(sentence, "be", "2026-12-03")
    assert brief["next_steps"] == [], brief["next_steps"]


# a letters page or a questions column: a lead-in paragraph of its own ending in a colon gives the floor to the
# one person it names; the speech is the next paragraph, opened by a dash (dash_intro.py)
@pytest.mark.parametrize("lang,text,speaker,starts", [
    ("be", "Пытанне — адказ\n\nПаставы, 20 лістапада 2026 г.\n\nАдказвае начальнік раённага аддзела Вадзім Карпаў:"
           "\n\n— Кабель пашкодзіў экскаватар падрадчыка. Брыгада пракладзе новы кабель да 27 лістапада.",
     "Вадзім Карпаў", "Кабель пашкодзіў экскаватар"),
    ("be", "Пошта рэдакцыі\n\nЛіда, 20 лістапада 2026 г.\n\n«Калі адрамантуюць дах школы?» — пытаецца Ала Рудак."
           "\n\nНа пытанне адказвае намеснік старшыні райвыканкама Ігар Мазурэнка:\n\n— Падрадчык ужо выбраны. "
           "Работы пачнуцца ў траўні.\n\nДалей пра дарогі.",
     "Ігар Мазурэнка", "Падрадчык ужо выбраны"),
    ("be", "Пытанні чытачоў\n\nНясвіж, 5 сакавіка 2026 г.\n\nДырэктар музея Алена Сіўко:\n\n— Выстава будзе "
           "працаваць да канца мая, уваход вольны для школьнікаў.",
     "Алена Сіўко", "Выстава будзе працаваць"),
    ("ru", "Читатели спрашивают\n\nПоставы, 20 ноября 2026 г.\n\nОтвечает начальник районного отдела Вадим Карпов:"
           "\n\n— Кабель повредил экскаватор подрядчика. Бригада проложит новый кабель до 27 ноября.",
     "Вадим Карпов", "Кабель повредил экскаватор"),
])
def test_lead_in_paragraph_gives_the_next_dash_paragraph(lang, text, speaker, starts):
    quotes = _brief(text, lang, "2026-11-20")["quotes"]
    assert any(q["speaker"] == speaker and q["text"].startswith(starts) for q in quotes), quotes
    assert not any(q["text"].startswith(("Адказвае", "На пытанне", "Дырэктар", "Отвечает")) for q in quotes), quotes


def test_lead_in_naming_two_people_gives_nobody_the_speech():
    text = ("Пытанне — адказ\n\nПаставы, 20 лістапада 2026 г.\n\nАдказваюць Вадзім Карпаў і Ігар Мазурэнка:\n\n"
            "— Кабель пашкодзіў экскаватар падрадчыка. Брыгада пракладзе новы кабель да 27 лістапада.")
    quotes = _brief(text, "be", "2026-11-20")["quotes"]
    assert not any(q["speaker"] in ("Вадзім Карпаў", "Ігар Мазурэнка") and q["text"].startswith("Кабель")
                   for q in quotes), quotes


# kind 43 (71–74): an undated plan told by a future-tense verb of helping, taking over or finishing
@pytest.mark.parametrize("sentence", [
    "Паводле яго слоў, раён дапаможа кааператыву атрымаць ільготны крэдыт на новую тэхніку.",
    "Яе маршрут пасля пенсіі возьме пляменніца Вольга.",
    "Рамонт моста завершаць падрадчыкі з Гомеля.",
    "Валанцёры дапамогуць пажылым людзям расчысціць двары ад снегу.",
    "Бакі падпішуць пагадненне пра супрацоўніцтва.",
])
def test_undated_future_plan_is_a_step(sentence):
    steps = _brief(sentence, "be", "2026-12-03")["next_steps"]
    assert [s["text"] for s in steps] == [sentence.split(", ", 1)[1][:1].upper() + sentence.split(", ", 1)[1][1:]
                                          if sentence.startswith("Паводле") else sentence], steps


def test_a_question_with_the_same_verb_is_no_step():
    assert _brief("Хто возьме верх у фінале чэмпіянату?", "be", "2026-12-03")["next_steps"] == []


# kind 36 (71–74): a role-word reference to the person last named, the role word written with ў after a vowel
@pytest.mark.parametrize("text", [
    "Урач Вольга Мароз прыняла хворых. Паводле ўрача, эпідэмія грыпу ў раёне паступова спадае.",
    "Урач Вольга Мароз прыняла хворых. Як адзначыла ўрач, эпідэмія грыпу ў раёне паступова спадае.",
    "Урач Вольга Мароз прыняла хворых. Эпідэмія грыпу ў раёне паступова спадае, адзначыла ўрач.",
    "Урач Вольга Мароз прыняла хворых. Па словах урача, эпідэмія грыпу ў раёне паступова спадае.",
])
def test_role_word_reference_with_either_initial(text):
    quotes = _brief(text, "be", "2026-12-03")["quotes"]
    assert [q["speaker"] for q in quotes] == ["Вольга Мароз"], quotes
    assert "эпідэмія грыпу" in quotes[0]["text"].lower()


# a weekend named with "this/next/last" is its Saturday and Sunday, as an interval (an expression that was undated)
@pytest.mark.parametrize("sentence,span", [
    ("На гэтых выхадных у Гродне пройдзе кірмаш.", "2026-12-12/2026-12-13"),
    ("У наступныя выхадныя ў Гродне пройдзе кірмаш.", "2026-12-19/2026-12-20"),
    ("На мінулых выхадных у Гродне прайшоў кірмаш.", "2026-12-05/2026-12-06"),
    ("Ў бліжэйшыя выхадныя музей будзе працаваць бясплатна.", "2026-12-12/2026-12-13"),
])
def test_named_weekend_is_an_interval(sentence, span):
    assert span in [w["date"] for w in _brief(sentence, "be", "2026-12-10")["when"]]


# kind 15 (82–84): what is expected to happen, with nobody acting, is no next step; a procedure's outcome is one
@pytest.mark.parametrize("sentence,step", [
    ("У пятніцу на пункце пропуску чакаюцца вялікія чэргі.", False),
    ("У суботу ў Гомелі чакаецца моцны снег.", False),
    ("На гэтых выхадных у Мінску чакаецца адліга.", False),
    ("Рашэнне суда чакаецца на наступным тыдні.", True),
])
def test_expected_happening_is_no_step(sentence, step):
    assert bool(_brief(sentence, "be", "2026-12-10")["next_steps"]) is step

