"""Quotes and their speakers: every pack's case table, pronoun attribution, names in quotes, and the seed."""

import pytest
import factsheet

from factsheet import langpack
from factsheet.facts import quotes
from factsheet.facts.entities import Entities, Mention


def make_ents(sentences, people, orgs=()):
    """Mentions from [sentence, text as written, base form] rows; a fourth item is the person's role. ``orgs``:
    organisation rows of the same shape."""
    from factsheet.model import Person

    mentions, who = [], {}
    for i, surface, base, *role in people:
        start = sentences[i].index(surface)
        mentions.append(Mention(i, start, start + len(surface), base, "person"))
        who.setdefault(base, Person(name=base, role=role[0] if role else None, evidence=[]))
    for i, surface, base in orgs:
        start = sentences[i].index(surface)
        mentions.append(Mention(i, start, start + len(surface), base, "organization"))
        who.setdefault(base, Person(name=base, type="organization", evidence=[]))
    mentions.sort(key=lambda m: (m.sentence, m.start))
    return Entities(who=list(who.values()), mentions=mentions)


def _said_by(sentence: str, name: str, code: str = "en") -> list[tuple]:
    """(speaker, text) of the quotes of one sentence naming one person."""
    return [(q.speaker, q.text) for q in quotes.extract_quotes([sentence], langpack.load(code),
                                                                make_ents([sentence], [(0, name, name)]))]


def quote_cases():
    return [pytest.param(code, case, id=f"{code}-{k}")
            for k, (code, case) in enumerate(langpack.example_cases("examples_quotes"))]


@pytest.mark.parametrize("code,case", list(quote_cases()))
def test_pack_quote_cases(code, case):
    pack = langpack.load(code)
    ents = make_ents(case["sentences"], case["people"], case.get("orgs", ()))
    paragraphs = frozenset(case["paragraphs"]) if "paragraphs" in case else None
    out = quotes.extract_quotes(case["sentences"], pack, ents, paragraphs=paragraphs)
    assert [[q.speaker or "", *q.evidence] for q in out] == case["quotes"], out


def test_pronoun_takes_last_person_named_outside_quotes():
    pack = langpack.load("be")
    sents = ["\"Мы задаволеныя вынікамі перамоў у Мінску\", - сказаў Павел Лісоўскі.",
             "Віктар Ганчар дадаў, што кантракт гатовы.",
             "\"Падпісаць яго можна ўжо ў снежні, калі Пётр Іваноў пагадзіцца\", - адзначыў ён."]
    ents = make_ents(sents, [(0, "Павел Лісоўскі", "Павел Лісоўскі"), (1, "Віктар Ганчар", "Віктар Ганчар"),
                             (2, "Пётр Іваноў", "Пётр Іваноў")])
    out = quotes.extract_quotes(sents, pack, ents)
    assert [q.speaker for q in out] == ["Павел Лісоўскі", "Віктар Ганчар"]


def test_head_of_an_organisation_speaks_not_the_organisation():
    """"«…», — сказал глава Нацбанка": the head (the person last named) said it, not the bank after the title."""
    pack = langpack.load("ru")
    sents = ["Вчера Ирина Котова выступила перед депутатами.",
             "«Кредиты дешевеют второй месяц подряд», — сказала глава Госбанка."]
    ents = make_ents(sents, [(0, "Ирина Котова", "Ирина Котова")])
    start = sents[1].index("Госбанка")
    ents.mentions.append(Mention(1, start, start + len("Госбанка"), "Госбанк", "organization"))
    out = quotes.extract_quotes(sents, pack, ents)
    assert [q.speaker for q in out] == ["Ирина Котова"]


def test_unknown_verb_after_dash_still_attributes():
    pack = langpack.load("ru")
    sents = ["\"Мы откроем новый цех уже весной\", - пообещал Олег Быков."]
    out = quotes.extract_quotes(sents, pack, make_ents(sents, [(0, "Олег Быков", "Олег Быков")]))
    assert out[0].speaker == "Олег Быков"


def test_quote_text_has_no_marks_and_keeps_inner_names():
    pack = langpack.load("be")
    sents = ["\"Гэта выгадна і для завода \"Амкадор\", і для нас\", - сказаў Алег Жук."]
    (q,) = quotes.extract_quotes(sents, pack, make_ents(sents, [(0, "Алег Жук", "Алег Жук")]))
    assert q.text == "Гэта выгадна і для завода \"Амкадор\", і для нас"


def test_unattributed_short_phrase_is_not_a_quote():
    pack = langpack.load("en")
    assert quotes.extract_quotes(["He called it a \"very good start\" for both sides."], pack, Entities()) == []


def test_seed_quotes(seed_path):
    import factsheet

    brief = factsheet.brief_from_path(str(seed_path))
    got = [(q.speaker, q.evidence) for q in brief.facts.quotes if not q.reported]  # the marked quotes
    # the third speaker comes through "адзначыў ён" after the sentence naming him
    assert [s for s, _ in got] == ["Алтай Кульгінаў", "Андрэй Лаўрэнцьеў", "Алтай Кульгінаў"]
    assert all(len(ev) >= 3 for _, ev in got)  # each quote spans several sentences
    assert not any("\"" in q.text[:1] + q.text[-1:] for q in brief.facts.quotes)


def test_paragraphs_reach_the_interview_rules():
    """Through the whole pipeline: the interviewer's paragraph (a remark and a question) ends the answer before it,
    and a dash-led speech with its attribution after a second dash is the person named with that role."""
    import factsheet
    from factsheet.model import Source

    text = ("Майстар з Ліды\n\nЛіда, 12 лютага 2026 года. Ганчар Пётр Казлоўскі лепіць посуд трыццаць гадоў.\n\n"
            "Як прайшла зіма?\n\n— Спакойна. Мы зрабілі дзвесце гаршкоў.\n\nЛетась вы выйгралі конкурс. Што далей?\n\n"
            "— Будзем вучыць дзяцей.\n\n— Печ дабудуем да восені, — кажа ганчар.")
    brief = factsheet.brief_from_text(text, lang="be", source=Source(date="2026-02-12")).to_dict()
    said = [(q["speaker"], q["text"]) for q in brief["quotes"]]
    assert ("Пётр Казлоўскі", "Спакойна. Мы зрабілі дзвесце гаршкоў.") in said
    assert ("Пётр Казлоўскі", "Печ дабудуем да восені") in said
    assert not any("Летась" in t for _, t in said)


@pytest.mark.parametrize("code,sentence,name,said", [
    ("en", "Answering questions from farmers, Tom Reyes said the grain subsidy would stay.", "Tom Reyes",
     "the grain subsidy would stay."),
    ("be", "Адказваючы на пытанні фермераў, Тамаш Рэйс сказаў, што субсідыя на збожжа застанецца.", "Тамаш Рэйс",
     "субсідыя на збожжа застанецца."),
])
def test_a_participle_opening_the_sentence_is_not_the_retold_clause(code, sentence, name, said):
    """"Speaking to reporters, X said …": the words after the verb are what X said, not the participle phrase."""
    assert _said_by(sentence, name, code) == [(name, said)]


@pytest.mark.parametrize("code,title,sents,people,expected", [
    ("ru", "Директор завода Олег Сидоренко: «Мы удвоим выпуск к лету»",
     ["Мы поговорили с директором завода Олегом Сидоренко о планах."],
     [(0, "Олегом Сидоренко", "Олег Сидоренко")], ("Олег Сидоренко", "Мы удвоим выпуск к лету")),
    ("be", "Старшыня райвыканкама: «Новую школу адкрыем у верасні»",
     ["Старшыня Лідскага райвыканкама Андрэй Пазнякоў расказаў пра планы на год."],
     [(0, "Андрэй Пазнякоў", "Андрэй Пазнякоў", "старшыня Лідскага райвыканкама")],
     ("Андрэй Пазнякоў", "Новую школу адкрыем у верасні")),
    ("en", 'Q&A: "We open the new wing in May" - the head of the city museum',
     ["Clara Lind has run the city museum since 2019.", "We asked her about the new wing."],
     [(0, "Clara Lind", "Clara Lind")], ("Clara Lind", "We open the new wing in May")),
    ("be", "Пчаляр з Лідскага раёна: «Мёд у гэтым годзе даўся цяжка»",
     ["Старшыня раённага таварыства пчаляроў Генадзь Мацкевіч трымае 180 вулляў."],
     [(0, "Генадзь Мацкевіч", "Генадзь Мацкевіч", "старшыня раённага таварыства пчаляроў")],
     ("Генадзь Мацкевіч", "Мёд у гэтым годзе даўся цяжка")),  # an agent noun labels the guest (s6steps)
    ("be", "Рамеснік з Мсціслава: «Гліну я капаю сам»", ["Ганчар Пётр Лук лепіць гаршкі трыццаць гадоў."],
     [(0, "Пётр Лук", "Пётр Лук")], ("Пётр Лук", "Гліну я капаю сам")),
    ("ru", "Пасечник из Лиды: «Мед в этом году дался тяжело»",
     ["Председатель районного общества пчеловодов Геннадий Мацкевич держит 180 ульев."],
     [(0, "Геннадий Мацкевич", "Геннадий Мацкевич")], ("Геннадий Мацкевич", "Мед в этом году дался тяжело")),
    ("ru", "Столяр из Пинска: «Дуб я сушу три года»", ["Мастер Петр Лук делает мебель тридцать лет."],
     [(0, "Петр Лук", "Петр Лук")], ("Петр Лук", "Дуб я сушу три года")),
    ("ru", "Фермер из Брестской области: «Молоко дешевле воды»", ["Мы поговорили с Иваном Гуком о ценах."],
     [(0, "Иваном Гуком", "Иван Гук")], ("Иван Гук", "Молоко дешевле воды")),
    ("ru", "«Атлант» и «Горизонт» теряют долю рынка", ["Продажи «Атланта» упали на 5%."], [], None),
    ("en", 'Minister: "Prices will fall"', ['"Prices will fall," the minister said.'], [], None),  # the body's quote
    ("ru", "Кардиохирург: «Мы справимся сами»", ["Мы поговорили с заведующей Натальей Лисовской."],
     [(0, "Натальей Лисовской", "Наталья Лисовская")], None),  # a label no rule reads: nobody's, left out
    # w8quotes (kind 18): a programme's rubric before the quote, the attribution after its comma
    ("en", 'MORNING DESK: "We will open the new bridge in May," says the mayor',
     ["Mayor Olga Lis opened the new market on Monday."], [(0, "Olga Lis", "Olga Lis", "Mayor")],
     ("Olga Lis", "We will open the new bridge in May")),
    ("en", 'EVENING NEWS | "Our clinic will take patients from June" - the chief doctor',
     ["Chief doctor Ian Reed showed the new wards."], [(0, "Ian Reed", "Ian Reed", "chief doctor")],
     ("Ian Reed", "Our clinic will take patients from June")),
    ("ru", "ГОСТЬ СТУДИИ: «Мост через реку откроем в мае», — мэр Минска",
     ["Мэр Ольга Лис открыла новый рынок в понедельник."], [(0, "Ольга Лис", "Ольга Лис", "мэр")],
     ("Ольга Лис", "Мост через реку откроем в мае")),
    ("be", "ГОСЦЬ СТУДЫІ: «Мост праз раку адкрыем у маі», — мэр Мінска",
     ["Мэр Вольга Ліс адкрыла новы рынак у панядзелак."], [(0, "Вольга Ліс", "Вольга Ліс", "мэр")],
     ("Вольга Ліс", "Мост праз раку адкрыем у маі")),
    ("en", 'MORNING DESK: "We will open the new bridge in May," the market said on Monday',
     ["Mayor Olga Lis opened the new market on Monday."], [(0, "Olga Lis", "Olga Lis", "Mayor")], None),
])
def test_headline_quote_and_its_speaker(code, title, sents, people, expected):
    """A headline quoting the guest ("Name: «…»", "Role: «…»", '"…" - a description') is a quote of that person:
    named by surname, by the one role that fits, or the guest the body names first; a quoted name, or a quote
    the body repeats, is none."""
    from factsheet.facts.headline_quote import headline_quote

    q = headline_quote(title, sents, langpack.load(code), make_ents(sents, people))
    assert (q and (q.speaker, q.text)) == expected


@pytest.mark.parametrize("code,text,guest", [
    ("ru", "Новая библиотека в Пинске\n\nДиректор городской библиотеки Ольга Савчук рассказала нашему корреспонденту, "
           "как изменится работа читального зала.\n\nКогда откроется новый зал?\n\n«Мы планируем открыть его в марте. "
           "Ремонт почти закончен».\n\nБудут ли занятия для детей?\n\n«Да, каждую субботу. Ведут их волонтёры».",
     "Ольга Савчук"),
    ("be", "Музей у Лідзе чакае гасцей\n\nПра планы музея мы пагутарылі з яго дырэктарам Андрэем Шыманскім.\n\n"
           "Калі музей зноў адчыніцца?\n\n«Мы разлічваем адчыніць залы ў красавіку. Застаўся рамонт даху».\n\n"
           "Ці падаражэюць квіткі?\n\n«Не, кошт застанецца ранейшым».", "Андрэй Шыманскі"),
])
def test_label_less_interview_end_to_end(code, text, guest):
    """A whole interview with quoted answers under question lines and no labels, through the whole pipeline (the
    entity layer finds the guest the lead introduces): every answer is the guest's."""
    from factsheet import pipeline

    said = pipeline.brief_from_text(text, lang=code).to_dict()["quotes"]
    assert len(said) == 2 and {q["speaker"] for q in said} == {guest}


@pytest.mark.parametrize("code,text,statement,answer", [
    ("ru", "Вода в Лиде\n\nО воде мы поговорили с директором водоканала Игорем Сушко.\n\n— Игорь Петрович, почему "
           "вода ржавая?\n\n— Трубы старые. Мы меняем их по два километра в год.\n\n— Что сделано за лето?\n\n— "
           "Заменили трубы на трех улицах. Весной поставим новую станцию обезжелезивания.\n\n— Жители жалуются на "
           "напор по вечерам.\n\n— Насосы заменим до конца года. Напор выровняется.",
     "Жители жалуются", "Насосы заменим до конца года"),
    ("be", "Школа ў Мядзеле\n\nПра новы навучальны год мы пагаварылі з дырэктарам школы Марынай Кулеш.\n\n— "
           "Марына Іванаўна, колькі ў вас першакласнікаў?\n\n— Сорак два. Гэта на дзесяць больш, чым летась.\n\n— "
           "Ці хапае настаўнікаў?\n\n— Не хапае двух фізікаў. Вакансіі адкрытыя.\n\n— Бацькі просяць "
           "падоўжаную групу.\n\n— Групу адкрыем з кастрычніка. Заяўкі ўжо прымаем.",
     "Бацькі просяць", "Групу адкрыем з кастрычніка"),
    ("en", "Harbour works\n\nWe spoke to the harbour master Neil Carey about the new quay.\n\n— When will the quay "
           "be ready?\n\n— In April, if the weather holds. The piles are already in.\n\n— How much will it cost?"
           "\n\n— About four million. The council pays half.\n\n— Fishermen say the fees are too high.\n\n— We will "
           "freeze the fees for two years. That was agreed last week.",
     "Fishermen say", "We will freeze the fees"),
    ("ru", "Каток в Бресте\n\nО новом катке рассказал директор ледовой арены Павел Гринь.\n\n— Когда откроете "
           "каток?\n\n— В декабре. Лед зальем за неделю до открытия.\n\n— Сколько будет стоить час?\n\n— Пять "
           "рублей. Для школьников — бесплатно по утрам. Прокат коньков тоже будет.\n\n— Родители хотят "
           "вечерние занятия для детей.\n\n— Секцию фигурного катания запустим в январе.",
     "Родители хотят", "Секцию фигурного катания запустим"),
])
def test_a_dash_led_statement_after_an_answer_is_the_interviewers_turn(code, text, statement, answer):
    """Where the interviewer asks in dash-led paragraphs, the paragraphs take turns: a statement put as a question
    ("— Жители жалуются на напор.") is the interviewer's, and the dash paragraph after it is the guest's answer; a
    sentence inside an answer's paragraph stays in that answer."""
    from factsheet import pipeline

    said = pipeline.brief_from_text(text, lang=code).to_dict()["quotes"]
    assert not any(q["text"].startswith(statement) for q in said)
    (got,) = [q for q in said if q["text"].startswith(answer)]
    assert got["speaker"] == said[0]["speaker"] and got["speaker"]
    assert all(q["speaker"] == got["speaker"] for q in said)


@pytest.mark.parametrize("code,sentence,person,said", [
    ("en", "The final is on Friday, and coach Anna Belova said Lis and Sokol would play in it.", "Anna Belova",
     "Lis and Sokol would play in it."),
    ("en", "Tickets sold out in an hour, and organiser Mark Hill said a second show would follow.", "Mark Hill",
     "a second show would follow."),
    ("en", "The bridge reopened on Monday, but engineer Tom Reid said heavy lorries would stay banned.", "Tom Reid",
     "heavy lorries would stay banned."),
    ("ru", "Финал пройдет в пятницу, а тренер Анна Белова сообщила: в нем сыграют обе команды.", "Анна Белова",
     "в нем сыграют обе команды."),
])
def test_speech_verb_after_a_joined_clause_reports_what_follows(code, sentence, person, said):
    """", and coach Y said A would play": the clause after the verb is said, not the one before the comma (s7steps)."""
    assert _said_by(sentence, person, code) == [(person, said)]


@pytest.mark.parametrize("code,text,guest,other", [
    ("en", "Keeper\n\nThe club sold striker Luis Moreno to a Spanish side on Friday. Goalkeeper Pavel Orlov spoke to "
           "us after training.\n\n— How does the team feel?\n\n— We will miss his goals. But the defence is the "
           "same.\n\n— What is the aim?\n\n— To reach the cup final again.", "Pavel Orlov", "Luis Moreno"),
    ("ru", "Школа\n\nВ прошлом году школу возглавлял Игорь Сидоренко. Теперь мы поговорили с новым директором Анной "
           "Лукашевич.\n\n— Что изменится?\n\n— Откроем два новых кружка. Ремонт спортзала закончим к марту.\n\n"
           "— А столовая?\n\n— Её тоже обновим.", "Анна Лукашевич", "Игорь Сидоренко"),
    ("be", "Музей\n\nЗаснавальнікам музея быў Пётр Гук. Пра новую экспазіцыю мы пагутарылі з дырэктарам Марынай "
           "Лось.\n\n— Што пакажаце?\n\n— Старыя ручнікі і посуд. Адкрыем залу ў маі.\n\n— Ці будуць экскурсіі?"
           "\n\n— Так, кожную суботу.", "Марына Лось", "Пётр Гук"),
    ("ru", "Ферма\n\nХозяйство основал Виктор Гурин. О планах на весну нам рассказала его дочь Ольга Гурина.\n\n"
           "Что посеете?\n\n«Ячмень и рапс. Технику уже подготовили».\n\nБудете расширяться?\n\n«Да, возьмем в "
           "аренду еще сто гектаров».", "Ольга Гурина", "Виктор Гурин"),
])
def test_the_guest_is_whom_the_lead_says_the_text_talked_to(code, text, guest, other):
    """"The club sold striker Y. Goalkeeper X spoke to us.": the answers are X's, though the lead named Y first (the
    pack's ``interview_cues``); dash-led and quoted answers alike."""
    from factsheet import pipeline

    said = pipeline.brief_from_text(text, lang=code).to_dict()["quotes"]
    assert len(said) >= 2 and {q["speaker"] for q in said} == {guest}, [(q["speaker"], q["text"][:20]) for q in said]


@pytest.mark.parametrize("code, text, said", [
    ("be", "Загаловак\n\nПенсіянерка Марыя Іванаўна прыехала з Мар'інай Горкі.\n\n— Бульба сёлета дробная, а кошт той жа, "
           "— скардзіцца яна. — Але капусту добрую прывезлі.\n",
     "Бульба сёлета дробная, а кошт той жа. Але капусту добрую прывезлі."),
    ("ru", "Заголовок\n\nПенсионерка Мария Ивановна приехала из Марьиной Горки.\n\n— Картошка мелкая, а цена та же, "
           "— жалуется она. — Но капусту хорошую привезли.\n",
     "Картошка мелкая, а цена та же. Но капусту хорошую привезли."),
])
def test_a_speech_resumed_after_its_attribution_keeps_its_sentences_apart(code, text, said):
    """"— A, — скардзіцца яна. — B": the comma before the attribution's dash ended A's sentence (lead s8: the two
    sentences ran together, "той жа Але …")."""
    from factsheet import brief_from_text
    assert [q.text for q in brief_from_text(text, lang=code).facts.quotes] == [said]


def test_an_unnamed_speaker_is_nobody_named_before_unless_one_holds_that_title():
    """s8ru: "Представитель банка ответил, что …" introduces somebody new (pack: unnamed_speakers); a person the text
    named with that title before is the one who speaks."""
    text = ("Банк закроет отделения\n\nАналитик Марина Кольцова спросила, сохранит ли банк отделения. "
            "Представитель банка ответил, что закрытий не планируется.")
    brief = factsheet.brief_from_text(text, lang="ru").to_dict()
    assert [q["speaker"] for q in brief["quotes"] if "закрытий" in q["text"]] in ([], [None])
    text = ("Свалку закроют до весны\n\nПредставитель компании Олег Дуб встретился с жителями. "
            "Представитель компании заверил, что свалку закроют до весны.")
    brief = factsheet.brief_from_text(text, lang="ru").to_dict()
    assert [q["speaker"] for q in brief["quotes"] if "свалку" in q["text"]] == ["Олег Дуб"]


@pytest.mark.parametrize("sentence, said", [
    ("Minister Ivan Lis said on Tuesday the bridge would reopen in May.", "the bridge would reopen in May."),
    ("Mayor Anna Petrova said last Friday the tram would run from June.", "the tram would run from June."),
    ("Coach Pavel Orlov said on November 3 his team was ready.", "his team was ready."),
])
def test_the_day_a_clause_was_said_on_is_no_word_of_it(sentence, said):
    """"X said on Tuesday the bridge …": the clause starts after the day (lead s8: a wire story's "said on Monday it
    had signed …" kept "on Monday" as the statement's first words)."""
    from factsheet import brief_from_text
    assert [q.text for q in brief_from_text("Headline of the story\n\n" + sentence, lang="en").facts.quotes] == [said]


@pytest.mark.parametrize("sentence,name,said", [
    ("The Senate passed the bill on Tuesday, sending it to the House, where Speaker Dana Whitfield said she would "
     "bring it to a vote on Thursday.", "Dana Whitfield", "she would bring it to a vote on Thursday."),
    ("Prices fell sharply in October, while Governor Ana Ruiz said the bank would hold rates.", "Ana Ruiz",
     "the bank would hold rates."),
    ("The strike ended on Monday, after union leader Piet Mols said the offer was fair enough.", "Piet Mols",
     "the offer was fair enough."),
    ("Elena Marchetti warned in a letter to congressional leaders that the money could run out by March.",
     "Elena Marchetti", "the money could run out by March."),
    ("Ivo Rask told a meeting of the city council that the tram would be late.", "Ivo Rask",
     "the tram would be late."),
])
def test_the_retold_clause_follows_the_verb_of_a_subordinate_or_long_frame(sentence, name, said):
    """"…, where X said she would …", "X warned in a letter to … that …": the words after the verb (and "that")
    are what X said, not the clause before the comma nor the frame before "that"."""
    got = _said_by(sentence, name)
    assert (name, said) in got
    assert all(not t.startswith(sentence[:12]) for _, t in got)


@pytest.mark.parametrize("sentence,name,phrase", [
    ('Senate leader Raymond Okafor called the vote "a floor, not a ceiling" and said more would follow.',
     "Raymond Okafor", "a floor, not a ceiling"),
    ('Mayor Lina Berg called the bridge "a gift to the town" but said the costs had doubled.', "Lina Berg",
     "a gift to the town"),
])
def test_a_naming_phrase_before_a_joined_second_verb_is_a_quote(sentence, name, phrase):
    """'X called it "…" and said …': the named phrase closes before the joined verb, and is X's words."""
    got = _said_by(sentence, name)
    assert (name, phrase) in got


@pytest.mark.parametrize("sentence,name,said", [
    ("Outside court, Detective Inspector Owen Price, a financial investigator with the agency, said the agency "
     "would seek the house.", "Owen Price", "the agency would seek the house."),
    ("In Brussels on Monday, Commissioner Lena Wirth, who chairs the panel, said the rules would change.",
     "Lena Wirth", "the rules would change."),
    ("After the vote, Mayor Ivo Rask, a former teacher, said the school would stay open.", "Ivo Rask",
     "the school would stay open."),
])
def test_a_short_opener_before_a_subject_set_off_by_commas(sentence, name, said):
    """"Outside court, X, a …, said …": a short adverbial before the titled subject with an apposition."""
    got = _said_by(sentence, name)
    assert (name, said) in got


@pytest.mark.parametrize("sentence,name,said", [
    ("Maersk plans to add a rail terminal next year, according to Jakub Sadowski, a spokesman for the regional "
     "government.", "Jakub Sadowski", "Maersk plans to add a rail terminal next year."),
    ("The plant will reopen in May, according to Olga Brandt, the head of the works council.", "Olga Brandt",
     "The plant will reopen in May."),
    ("Fares rose by a tenth, according to Sam Okoro, an analyst at Lagos Capital.", "Sam Okoro",
     "Fares rose by a tenth."),
])
def test_a_source_after_according_to_keeps_its_title_out_of_the_clause(sentence, name, said):
    """"…, according to X, a spokesman for Y.": the title after the source is X's, not part of what X said."""
    got = _said_by(sentence, name)
    assert (name, said) in got


@pytest.mark.parametrize("code,sentences,people,said", [
    ("ru", ["Начальник отдела Марина Вольская рассказала о новом порядке.",
            "«С понедельника, — уточнила она, — приём будет только онлайн»."],
     [(0, "Марина Вольская", "Марина Вольская")],
     [("Марина Вольская", "С понедельника, приём будет только онлайн")]),
    ("ru", ["Врач Ольга Мороз и пациент Иван Лис пришли в аптеку.",
            "«Лекарство поступит в мае, — сказал Иван Лис. — Я жду его давно»."],
     [(0, "Ольга Мороз", "Ольга Мороз"), (0, "Иван Лис", "Иван Лис"), (1, "Иван Лис", "Иван Лис")],
     [("Иван Лис", "Лекарство поступит в мае. Я жду его давно")]),
    ("ru", ["«Работы займут три — четыре дня, не больше», — сказал прораб Пётр Гусь."],
     [(0, "Пётр Гусь", "Пётр Гусь")], [("Пётр Гусь", "Работы займут три — четыре дня, не больше")]),
    ("be", ["Начальнік аддзела Марына Вольская расказала пра новы парадак.",
            "«З панядзелка, — удакладніла яна, — прыём будзе толькі анлайн»."],
     [(0, "Марына Вольская", "Марына Вольская")],
     [("Марына Вольская", "З панядзелка, прыём будзе толькі анлайн")]),
    ("be", ["Урач Вольга Мароз і пацыент Іван Ліс прыйшлі ў аптэку.",
            "«Мост адкрыюць у маі, — паведаміў Іван Ліс. — Рух пойдзе па дзвюх палосах»."],
     [(0, "Вольга Мароз", "Вольга Мароз"), (0, "Іван Ліс", "Іван Ліс"), (1, "Іван Ліс", "Іван Ліс")],
     [("Іван Ліс", "Мост адкрыюць у маі. Рух пойдзе па дзвюх палосах")]),
    ("en", ["Department head Marina Volska described the new procedure.",
            "\"From Monday,\" she said, \"all applications will be taken online.\""],
     [(0, "Marina Volska", "Marina Volska")],
     [("Marina Volska", "From Monday, all applications will be taken online.")]),
    ("en", ["\"We are late,\" admitted Peter Hus, \"but we will finish by summer.\""],
     [(0, "Peter Hus", "Peter Hus")], [("Peter Hus", "We are late, but we will finish by summer.")]),
    ("en", ["\"We are late,\" Hus said. \"The contractor will pay a fine for every week.\""],
     [(0, "Hus", "Hus")],
     [("Hus", "We are late"), ("Hus", "The contractor will pay a fine for every week.")]),
])
def test_a_quote_split_by_its_attribution_is_one_quote(code, sentences, people, said):
    """Kind 17 (w8quotes): «…, — уточнила она, — …» and '"…," she said, "…"' are one utterance without the aside;
    a dash inside the speaker's words and two sentences with capitals stay as they are."""
    out = quotes.extract_quotes(sentences, langpack.load(code), make_ents(sentences, people))
    assert [(q.speaker, q.text) for q in out] == said


@pytest.mark.parametrize("code,sentences,people,said", [
    ("ru", ["Мэр Ольга Лис рассказала о работе рынка.",
            "По её словам, продавцы называют новые правила «разумным компромиссом»."],
     [(0, "Ольга Лис", "Ольга Лис")], ("Ольга Лис", "разумным компромиссом")),
    ("ru", ["Директор парка Игорь Сом встретился с жителями.",
            "Посетители, по его словам, прозвали аллею «дорогой к озеру»."],
     [(0, "Игорь Сом", "Игорь Сом")], ("Игорь Сом", "дорогой к озеру")),
    ("be", ["Мэр Вольга Ліс расказала пра працу рынку.",
            "Паводле яе слоў, прадаўцы называюць новыя правілы «разумным кампрамісам»."],
     [(0, "Вольга Ліс", "Вольга Ліс")], ("Вольга Ліс", "разумным кампрамісам")),
    ("be", ["Трэнер Алег Мірскі прааналізаваў матч.",
            "Па яго словах, заўзятары назвалі гульню «урокам для абароны»."],
     [(0, "Алег Мірскі", "Алег Мірскі")], ("Алег Мірскі", "урокам для абароны")),
    ("en", ["Mayor Olga Lis spoke about the market.",
            "According to her, traders call the new rules \"a sensible compromise\"."],
     [(0, "Olga Lis", "Olga Lis")], ("Olga Lis", "a sensible compromise")),
])
def test_a_partial_quote_in_a_credited_sentence_is_the_sources(code, sentences, people, said):
    """Kind 16 (w8quotes): a quoted phrase inside a sentence credited to its source ("по её словам", "according to
    her") is the source's, not nobody's: its own quote, or inside the retold sentence credited to the source."""
    out = quotes.extract_quotes(sentences, langpack.load(code), make_ents(sentences, people))
    holding = {q.speaker for q in out if said[1] in q.text}
    assert holding == {said[0]}, out


@pytest.mark.parametrize("code,sentence,name,said", [
    ("en", "Pavel Hrin, a reporter for the local radio, asked about the cost of the new road.", "Pavel Hrin", []),
    ("en", "Anna Kremen, a journalist from Gomel, asked whether the old bridge would close.", "Anna Kremen", []),
    ("en", "Oleg Mirsky, the club's coach, said the defence fell asleep in the second half.", "Oleg Mirsky",
     [("Oleg Mirsky", "the defence fell asleep in the second half.")]),
    ("ru", "Анна Кремень, корреспондент местного радио, спросила о стоимости новой дороги.", "Анна Кремень", []),
    ("ru", "Игорь Лось, журналист из Гомеля, поинтересовался сроками ремонта старого моста.", "Игорь Лось", []),
    ("be", "Ганна Крэмень, карэспандэнтка мясцовага радыё, спытала пра кошт новай дарогі.", "Ганна Крэмень", []),
    ("be", "Ігар Лось, журналіст з Гомеля, пацікавіўся тэрмінамі рамонту старога моста.", "Ігар Лось", []),
])
def test_a_question_verb_retells_no_words_of_the_asker(code, sentence, name, said):
    """A journalist who "asked about the cost" / "спросила о стоимости" said nothing the brief can quote (w8quotes,
    found on a press conference with questions from named journalists); "X, the coach, said …" still retells."""
    assert [x for x in _said_by(sentence, name, code) if x[1]] == said


@pytest.mark.parametrize("sentence,source,said", [
    ("Пик заболеваемости, по прогнозу Республиканского центра гигиены, эпидемиологии и общественного здоровья, "
     "ожидается в январе.", "Республиканский центр гигиены, эпидемиологии и общественного здоровья",
     "Пик заболеваемости ожидается в январе."),
    ("Цены на жилье, по данным Института истории, философии и права, росли весь век.",
     "Институт истории, философии и права", "Цены на жилье росли весь век."),
    ("Тарифы, по оценке Министерства транспорта, связи и информатизации, вырастут на пять процентов.",
     "Министерство транспорта, связи и информатизации", "Тарифы вырастут на пять процентов."),
    ("Урожай, по прогнозу Института почвоведения, агрохимии и мелиорации, будет рекордным.",
     "Институт почвоведения, агрохимии и мелиорации", "Урожай будет рекордным."),
])
def test_source_aside_whose_name_holds_commas(sentence, source, said):
    """"…, по прогнозу X, …" where X's name lists its remit in commas: the quote is the sentence without the whole
    aside, not with the name's tail left in it (s9ru, after "Пик заболеваемости эпидемиологии и …")."""
    brief = factsheet.brief_from_text(f"Новость\n\n{sentence}", lang="ru").to_dict()
    assert [(q["speaker"], q["text"]) for q in brief["quotes"]] == [(source, said)], brief["quotes"]


@pytest.mark.parametrize("sentence,name,text", [
    # s10en (released kind: an attribution inside a sentence split the said clause, only its first words kept)
    ("Her first task, Grytskevich said, will be to prepare the next meeting.", "Grytskevich",
     "Her first task will be to prepare the next meeting."),
    ("The new line, Oleg Rak added, should start work in March.", "Oleg Rak",
     "The new line should start work in March."),
    ("Prices for grain, Anna Lis said, are likely to stay high until spring.", "Anna Lis",
     "Prices for grain are likely to stay high until spring."),
    ("The bridge will reopen in May, Pavel Kot said.", "Pavel Kot", "The bridge will reopen in May"),
    ("The plant will hire 300 workers, Maria Ruiz said on Tuesday.", "Maria Ruiz",
     "The plant will hire 300 workers"),
])
def test_attribution_inside_the_clause_keeps_the_whole_clause(sentence, name, text):
    assert _said_by(sentence, name) == [(name, text)]


@pytest.mark.parametrize("code,sentence,name,said", [
    ("ru", "Председатель правления банка Олег Рак в комментарии редакции сообщил, что ставки снизят в январе.",
     "Олег Рак", "ставки снизят в январе."),
    ("ru", "Министр Иван Лис на пресс-конференции заявил, что завод достроят к лету.", "Иван Лис",
     "завод достроят к лету."),
    ("be", "Дырэктар завода Павел Жук у размове з журналістамі паведаміў, што цэх адкрыюць увесну.", "Павел Жук",
     "цэх адкрыюць увесну."),
    ("en", "Chief executive Tom Reed in an interview with Reuters said the mine would reopen in May.", "Tom Reed",
     "the mine would reopen in May."),
])
def test_an_occasion_between_the_speaker_and_the_verb(code, sentence, name, said):
    """"X в комментарии редакции сообщил, что …": a short phrase of the occasion, opened by a preposition, stands
    between the speaker and the speech verb; X is still the verb's subject."""
    assert (name, said) in _said_by(sentence, name, code)


@pytest.mark.parametrize("code,sentence,name,said", [
    ("ru", "Глава компании Анна Гусь в интервью агентству «Интерфакс» заявила, что сделку закроют в марте.",
     "Анна Гусь", "сделку закроют в марте."),
])
def test_an_occasion_naming_a_medium_between_the_speaker_and_the_verb(code, sentence, name, said):
    """The occasion may name a medium in quotation marks ("в интервью агентству «Интерфакс»")."""
    assert (name, said) in _said_by(sentence, name, code)


@pytest.mark.parametrize("code,sentence,name", [
    ("en", "The delegation, led by Deputy Minister Russ Vann, pushed for closer contacts, according to two diplomats "
     "who asked not to be named.", "Russ Vann"),
    ("en", "Minister Ana Ruiz will resign next week, two officials said on condition of anonymity.", "Ana Ruiz"),
    ("ru", "Делегацию возглавил министр Иван Лис, сообщил источник, попросивший не называть его имени.", "Иван Лис"),
    ("be", "Дэлегацыю ўзначаліў міністр Іван Ліс, паведаміў суразмоўца, які папрасіў не называць яго імя.", "Іван Ліс"),
])
def test_sources_who_asked_not_to_be_named_are_nobody_named(code, sentence, name):
    """"…, according to two diplomats who asked not to be named": the words are not those of the person the
    sentence names."""
    assert not any(who == name for who, _ in _said_by(sentence, name, code))


@pytest.mark.parametrize("code,sentence,org", [
    ("en", "Neither club disclosed the fee, but Norwegian newspaper VG reported it at around 1.2 million euros.", "VG"),
    ("en", "The plant stayed shut on Monday, and the ministry said it would reopen next week.", "ministry"),
    ("ru", "Стороны не раскрыли сумму сделки, но издание РБК сообщило о 40 млн долларов.", "РБК"),
    ("be", "Бакі не назвалі суму, але агенцтва БЕЛТА паведаміла пра 40 млн рублёў.", "БЕЛТА"),
])
def test_a_clause_before_a_joined_second_clause_is_not_the_organisations(code, sentence, org):
    """"A, but ORG reported B": the clause before the join is the reporter's, not the organisation's words."""
    pack = langpack.load(code)
    first = sentence.split(",")[0]
    got = quotes.extract_quotes([sentence], pack, make_ents([sentence], [], [(0, org, org)]))
    assert not any(q.text.startswith(first[:15]) for q in got)


@pytest.mark.parametrize("sentence,name,said", [
    ("Mark Ellis told us the council would close the library in June.", "Mark Ellis",
     "the council would close the library in June."),
    ("Priya Shah told me her team had finished the survey a week early.", "Priya Shah",
     "her team had finished the survey a week early."),
    ("Tom Baker, the coach, told them the squad would travel to Porto on Friday.", "Tom Baker",
     "the squad would travel to Porto on Friday."),
    ("Lena Novak told him the contract had been signed on Monday.", "Lena Novak",
     "the contract had been signed on Monday."),
])
def test_an_object_pronoun_after_told_is_the_listener_not_the_clause(sentence, name, said):
    """w10mix: "X told us the company would open …" retells "the company would open …"; the listener pronoun
    (the pack's ``listener_pronouns``) is no word of it, whether X opens the sentence or stands before a comma."""
    assert _said_by(sentence, name) == [(name, said)]


def test_told_of_a_plan_retells_no_clause():
    assert _said_by("Mark Ellis told of the plan to build a new road across the park.", "Mark Ellis") == []
