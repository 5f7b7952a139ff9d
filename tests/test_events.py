"""What and next steps: every pack's case table, cleaning of quoted sentences, and the seed."""

import pytest

from factsheet import langpack
from factsheet.facts import events
from factsheet.facts.entities import Entities
from factsheet.model import Source


def step_cases():
    return [pytest.param(code, case, id=f"{code}-{k}")
            for k, (code, case) in enumerate(langpack.example_cases("examples_next_steps"))]


@pytest.mark.parametrize("code,case", list(step_cases()))
def test_pack_next_step_cases(code, case):
    pack = langpack.load(code)
    out = events.extract_next_steps(case["sentences"], pack, Entities(), Source(date=case.get("source")))
    assert sorted(i for st in out for i in st.evidence) == sorted(case["steps"]), out


def test_next_step_text_drops_quote_marks_and_attribution():
    pack = langpack.load("be")
    sents = ["\"Мы плануем адкрыць склад у Гродне ў наступным годзе\", - дадаў ён."]
    (st,) = events.extract_next_steps(sents, pack, Entities())
    assert st.text == "Мы плануем адкрыць склад у Гродне ў наступным годзе."


def test_dated_steps_come_first():
    pack = langpack.load("en")
    sents = ["The sides agreed to cooperate in tourism.", "A business forum is planned for March 14, 2025."]
    out = events.extract_next_steps(sents, pack, Entities(), Source(date="2024-11-25"))
    assert [st.evidence for st in out] == [[1], [0]]


def test_a_timetable_shows_eight_dated_steps_not_undated_ones_past_six():
    """w9steps: a plan-rich timetable keeps the reporter's steps dated ahead past the first six (up to eight);
    undated plans and quoted ones stop at six."""
    pack = langpack.load("ru")
    works = ["снесет старый склад", "зальет фундамент", "возведет стены", "покроет крышу", "проложит трубы",
             "установит котлы", "подключит свет", "покрасит фасад", "сдаст корпус"]
    months = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября"]
    dated = [f"Подрядчик {w} к 10 {m}." for w, m in zip(works, months)]
    undated = ["Завод также проведет ремонт котельной.", "Завод также откроет столовую для рабочих."]
    out = events.extract_next_steps(dated + undated, pack, Entities(), Source(date="2026-11-20"))
    assert sorted(i for st in out for i in st.evidence) == list(range(events.MAX_DATED_STEPS))
    out = events.extract_next_steps(dated[:5] + undated * 2, pack, Entities(), Source(date="2026-11-20"))
    assert len(out) == events.MAX_STEPS


@pytest.mark.parametrize("code,sentence,text", [
    ("en", "The fair will open on May 5, the federation's secretary general Olga Rybakova told reporters.",
     "The fair will open on May 5."),
    ("en", "The bridge will close on March 2, according to a statement on the city council's website.",
     "The bridge will close on March 2."),
    ("ru", "Завод запустит линию в марте, сообщил журналистам генеральный директор предприятия Артур Климович.",
     "Завод запустит линию в марте."),
    ("be", "Новую школу ў Лідзе адкрыюць у верасні, паведаміла ў пятніцу намеснік старшыні райвыканкама Ірына Лось.",
     "Новую школу ў Лідзе адкрыюць у верасні."),
    # an opening attribution (the pack's source_cues up to the first comma): the step's who names the speaker
    ("ru", "Как сообщил генеральный директор предприятия Артур Климович, первый этап начнется 1 февраля.",
     "Первый этап начнется 1 февраля."),
    ("ru", "По словам заместителя мэра, новый мост откроют для машин в декабре.",
     "Новый мост откроют для машин в декабре."),
    ("be", "Паводле яго слоў, у сакавіку завод адкрые новы цэх у Лідзе.", "У сакавіку завод адкрые новы цэх у Лідзе."),
    ("en", "According to the federation, the national championship will take place in Zaslavl on June 18.",
     "The national championship will take place in Zaslavl on June 18."),
    # a relative clause, a plan cue or a verb inside the tail is more than an attribution: kept
    ("be", "Фермер будуе склад на 50 тон, які абяцае запусціць да пачатку збору ў ліпені.",
     "Фермер будуе склад на 50 тон, які абяцае запусціць да пачатку збору ў ліпені."),
    ("en", "The consul of Georgia in Minsk, Levan Abashidze, has promised to help us with the stands in May.",
     "The consul of Georgia in Minsk, Levan Abashidze, has promised to help us with the stands in May."),
    ("en", "The old depot will be replaced by a new one, which the ministry said would open in May.",
     "The old depot will be replaced by a new one, which the ministry said would open in May."),
])
def test_a_step_drops_a_long_attribution_that_opens_or_ends_with_its_verb(code, sentence, text):
    """w9steps: an attribution of up to ten words naming the speaker's role, its speech verb at an edge, or one
    opening the sentence."""
    (st,) = events.extract_next_steps([sentence], langpack.load(code), Entities(), Source(date="2026-11-20"))
    assert st.text == text


def test_what_is_headline_then_lead_without_attribution():
    pack = langpack.load("en")
    sents = ["\"We are proud,\" he said.", "A new bridge over the river opened in Grodno on Monday, officials said.",
             "It cost $5 million."]
    out = events.extract_what(sents, pack, Entities(), "Grodno opens new bridge")
    assert [(s.text, s.evidence) for s in out] == [
        ("Grodno opens new bridge", [1]), ("A new bridge over the river opened in Grodno on Monday.", [1])]


def test_what_without_headline_skips_quotes_and_pronoun_openers():
    pack = langpack.load("ru")
    sents = ["«Это важный день», — сказал он.", "Он добавил, что работы продолжатся.",
             "В Бресте открылся новый логистический центр площадью 20 тысяч квадратных метров."]
    out = events.extract_what(sents, pack, Entities(), None)
    assert [s.evidence for s in out] == [[2]]


def test_seed_next_steps(seed_path):
    import factsheet

    brief = factsheet.brief_from_path(str(seed_path))
    texts = " | ".join(st.text for st in brief.facts.next_steps)
    assert "фінальныя перагаворы" in texts
    assert "запрасіў мэра Мінска" in texts
    assert "\", -" not in texts


def test_headline_evidence_is_empty_when_no_sentence_says_it():
    pack = langpack.load("en")
    out = events.extract_what(["Prices of grain rose by ten percent in October."], pack, Entities(),
                              "Minister resigns after stadium scandal")
    assert out[0].evidence == []


def test_next_step_text_has_no_dangling_quote_mark():
    pack = langpack.load("en")
    sents = ["Anna Brown said: \"We will open the second line next year.", "It is a big step for the town."]
    (st,) = events.extract_next_steps(sents, pack, Entities(), Source(date="2024-11-25"))
    assert st.text == "Anna Brown said: We will open the second line next year."
    nested = ["Савет дырэктараў АТ \"Група кампаній \"Поўнач\" плануе адкрыць завод у 2026 годзе."]
    (st,) = events.extract_next_steps(nested, langpack.load("be"), Entities())
    assert st.text.count("\"") == 3  # a partner shared with the nested name is no dangling mark


def test_future_month_without_cue_is_a_step_and_reporter_statements_lead():
    pack = langpack.load("ru")
    sents = ["«Мы рассчитываем выйти на 500 тонн в месяц», — сказал он.",
             "Уже в первом квартале следующего года в Калуге откроется торговый дом.",
             "Следующее заседание рабочей группы запланировано на 12 марта 2025 года."]
    out = events.extract_next_steps(sents, pack, Entities(), Source(date="2024-12-03"))
    assert [st.evidence[0] for st in out] == [1, 2, 0]  # dated reporter statements, then the quoted wish


def test_a_step_dated_by_an_interval_is_ahead_or_to_check_by_the_interval_s_end():
    from datetime import date

    from factsheet.merge.timeline import follow_ups
    from factsheet.model import Statement, When

    steps = [Statement(text="Новы мост адкрыюць праз тыдзень.", evidence=[0])]
    when = [When(text="праз тыдзень", date="2025-12-08/2025-12-14", evidence=[0])]
    sentences = ["Новы мост адкрыюць праз тыдзень."]
    assert follow_ups(steps, when, sentences, date(2025, 12, 10))["ahead"][0]["dates"] == ["2025-12-08/2025-12-14"]
    assert follow_ups(steps, when, sentences, date(2025, 12, 20))["to_check"]


def test_a_step_drops_the_attribution_that_dates_the_report_not_the_plan():
    pack = langpack.load("be")
    sents = ["Новы мост праз раку адкрыюць праз тыдзень, паведаміла ў пятніцу прэс-служба."]
    (step,) = events.extract_next_steps(sents, pack, None, source=Source(date="2025-12-06"))
    assert step.text == "Новы мост праз раку адкрыюць праз тыдзень."


def test_a_quoted_plan_names_its_speaker_and_drops_the_label():
    """A step stated in an answer carries the speaker as ``who`` (JSON key omitted when unknown); the answer label
    ("A:") is no part of the step."""
    import factsheet

    text = ("Weaver opens a second workshop\n\nBrest, 12 February 2026. Weaver Nina Lapo has made linen for thirty "
            "years.\n\nQ: What is next?\n\nA: We are opening a second workshop in Pinsk in April.\n\n"
            "The town council will discuss the budget in March.")
    brief = factsheet.brief_from_text(text, lang="en", source=Source(date="2026-02-12")).to_dict()
    steps = {st["text"]: st.get("who") for st in brief["next_steps"]}
    assert steps["We are opening a second workshop in Pinsk in April."] == "Nina Lapo"
    assert steps["The town council will discuss the budget in March."] is None
    assert all("who" in st for st in brief["next_steps"] if st["text"].startswith("We are"))


def test_the_markdown_brief_names_who_stated_a_step():
    """The speaker of a quoted step is shown beside it in the Markdown brief (from ``follow_ups``)."""
    import factsheet

    text = ("Weaver opens a second workshop\n\nBrest, 12 February 2026. Weaver Nina Lapo has made linen for thirty "
            "years.\n\nQ: What is next?\n\nA: We are opening a second workshop in Pinsk in April.")
    brief = factsheet.brief_from_text(text, lang="en", source=Source(date="2026-02-12"))
    md = factsheet.render(brief, "md").decode("utf-8")
    assert "We are opening a second workshop in Pinsk in April. — Nina Lapo" in md


@pytest.mark.parametrize("code, sentence, second", [
    ("en", "The minister said the port would hire six crews in March, and that a working group would meet on 15 December.",
     "A working group would meet on 15 December."),
    ("en", "She added that the museum will reopen on Monday, and that the cafe will follow in May.",
     "The cafe will follow in May."),
    ("en", "The mayor said the school will open on 1 September, and that the new pool will open in October.",
     "The new pool will open in October."),
])
def test_a_second_plan_leaves_its_that_behind(code, sentence, second):
    """The second of two joined plans is a step without the conjunction that opened it ("…, and that a group would
    meet" -> "A group would meet"; lead s8: a Reuters-style read-out of our own gave "That a joint working group …")."""
    out = events.extract_next_steps([sentence], langpack.load(code), Entities(), Source(date="2026-11-24"))
    assert [s.text for s in out][-1] == second, out


@pytest.mark.parametrize("code, sentence, second", [
    ("be", "Дырэктар сказаў, што выстава будзе працаваць да 20 студзеня, а ў лютым яе павязуць у Полацк.",
     "У лютым яе павязуць у Полацк."),
    ("be", "Брыгада скончыць дах да 10 снежня, а ў красавіку пачне ўцяпляць фасад школы.",
     "У красавіку пачне ўцяпляць фасад школы."),
    ("ru", "Хор выступит в Гродно 20 декабря, а весной отправится на гастроли в Казань.",
     "Весной отправится на гастроли в Казань."),
    ("ru", "Станцию метро откроют 15 декабря, а в марте запустят второй выход.", "В марте запустят второй выход."),
    ("en", "The library will close on 12 December, and in March the new reading room will open.",
     "In March the new reading room will open."),
])
def test_a_joined_clause_with_its_own_day_ahead_is_a_second_step(code, sentence, second):
    """A plan joined to another by "а"/"and" with a day ahead of its own is a step of its own, with that day (lead
    s9: an exhibition's closing day and its move in March had been one step dated by the first day only)."""
    out = events.extract_next_steps([sentence], langpack.load(code), Entities(), Source(date="2026-12-01"))
    assert [s.text for s in out][-1] == second, out


@pytest.mark.parametrize("code, sentence", [
    ("en", "The mine plans to publish its export figures in February, and analysts expect shipments to rise next year."),
    ("ru", "Завод планирует запустить линию в феврале, а аналитики ожидают роста цен в следующем году."),
])
def test_a_joined_forecast_with_a_day_ahead_is_no_second_step(code, sentence):
    """Another's forecast joined to a plan stays inside that plan's step, day ahead or not."""
    out = events.extract_next_steps([sentence], langpack.load(code), Entities(), Source(date="2026-12-01"))
    assert len(out) == 1, out


def test_a_byline_line_is_not_the_lead():
    """"By Daniel Okafor, Court Correspondent" has no final stop and few words: the What's lead is the first
    sentence of the story (lead s8: a court report of our own gave its byline as what happened)."""
    sents = ["By Daniel Okafor, Court Correspondent",
             "A former bank manager was sentenced on Thursday to six years in prison for fraud."]
    (lead,) = events.extract_what(sents, langpack.load("en"), Entities())
    assert lead.evidence == [1]


@pytest.mark.parametrize("code, text", [
    ("en", "Summit live\n\n16:35 – The ministers signed a declaration on trade, Prime Minister Ivan Lis told reporters.\n\n"
           "15:10 – Minister Olga Rud said the council would meet in Yerevan in May."),
    ("ru", "Саммит онлайн\n\n16:35 – Министры подписали декларацию о торговле, сообщил премьер-министр Иван Лис.\n\n"
           "15.10 – Министр Ольга Рудь сказала, что совет соберется в Ереване в мае."),
])
def test_a_live_blog_stamp_is_no_word_of_the_facts(code, text):
    """"16:35 – …" opening a live blog's entry says when it was posted: the What, the steps and the quotes start
    after it (lead s8: a live blog of our own kept the stamps)."""
    from factsheet import brief_from_text
    facts = brief_from_text(text, lang=code, date="2026-11-27").facts
    texts = [x.text for x in [*facts.what[1:], *facts.next_steps, *facts.quotes]]
    assert texts and not any(t[:2].isdigit() for t in texts), texts


def test_a_numbered_point_is_no_word_of_its_step():
    """"3. The Parties agreed to …": a communiqué's numbered point is a step without its number."""
    from factsheet import brief_from_text
    text = ("Joint communique\n\n1. The ministers met in Minsk on 20 October 2026.\n\n2. The Parties agreed to hold "
            "the first meeting of the commission in Minsk in the first half of 2027.")
    steps = brief_from_text(text, lang="en").facts.next_steps
    assert steps and all(not s.text[:1].isdigit() for s in steps), steps



@pytest.mark.parametrize("code, sentence, step", [
    ("ru", "Договор аренды мы подписали еще в августе, а в марте начнем монтировать линию.",
     "В марте начнем монтировать линию."),
    ("be", "Зямлю пад завод райвыканкам выдзеліў яшчэ ў ліпені, а ў красавіку пачнём будаваць цэх.", "У красавіку пачнём будаваць цэх."),
    ("en", "The contract was signed in August, and in March the crews will start laying the track.",
     "In March the crews will start laying the track."),
])
def test_a_past_event_joined_to_a_plan_leaves_the_step(code, sentence, step):
    """"Signed in August, and in March will start …": the dated past half is no step (lead s9, a magazine
    interview of our own)."""
    out = events.extract_next_steps([sentence], langpack.load(code), Entities(), Source(date="2026-11-30"))
    assert [s.text for s in out] == [step], out


@pytest.mark.parametrize("code,text,past,ahead", [
    ("en", "Goalkeeper Kim Ji-hoon, who joined from Seoul in the summer, has recovered and will start on Saturday.",
     "in the summer", "on Saturday"),
    ("ru", "Вратарь Ким Чжи Хун, который перешел из Сеула летом, восстановился и сыграет в субботу.", "летом",
     "в субботу"),
    ("be", "Брамнік Кім Чжы Хун, які перайшоў з Сеула летам, паправіўся і выйдзе на поле ў суботу.", "летам",
     "ў суботу"),
])
def test_a_relative_clause_s_date_is_no_date_of_the_step(code, text, past, ahead):
    """s10steps (released kind 46): "who joined … in the summer" dates the goalkeeper, not the step; the step is
    ahead by its own day, not "to check"."""
    from datetime import date

    from factsheet.merge.timeline import follow_ups
    from factsheet.model import Statement, When

    steps = [Statement(text=text, evidence=[0])]
    when = [When(text=past, date="2026-06-01/2026-08-31", evidence=[0]), When(text=ahead, date="2026-12-05", evidence=[0])]
    out = follow_ups(steps, when, [text], date(2026, 12, 3), langpack.load(code))
    assert not out["to_check"] and out["ahead"][0]["dates"] == ["2026-12-05"]
    assert follow_ups(steps, when, [text], date(2026, 12, 3))["ahead"][0]["dates"] == ["2026-06-01/2026-08-31",
                                                                                       "2026-12-05"]
