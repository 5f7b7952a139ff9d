"""Summariser: every algorithm on be/ru/en texts written for this test, the interface, and a ROUGE floor on
real BBC data (skipped when ../shared is absent)."""
import json
from pathlib import Path

import pytest

from factsheet import langpack, summarize, tokens
from factsheet.errors import FactsheetError

SHARED = Path(__file__).resolve().parents[1].parent / "shared"

TEXTS = {
    "be": [
        "У Гродне адкрыўся новы завод па вытворчасці малочных прадуктаў.",
        "Завод будаваўся тры гады, і ў яго ўклалі больш за сорак мільёнаў рублёў.",
        "На адкрыцці выступіў старшыня аблвыканкама Іван Сідарэвіч.",
        "Ён адзначыў, што новы завод дасць працу амаль трохстам жыхарам Гродна.",
        "Малочныя прадукты завода будуць прадавацца ў Беларусі, Расіі і Казахстане.",
        "Надвор'е ў дзень адкрыцця было сонечнае.",
        "У наступным годзе завод плануе павялічыць вытворчасць малочных прадуктаў удвая.",
        "Жыхары Гродна ўжо могуць набыць першую прадукцыю ў крамах горада.",
    ],
    "ru": [
        "В Витебске завершился международный фестиваль уличного театра.",
        "В фестивале приняли участие театры из девяти стран.",
        "Главный приз фестиваля получил театр из Польши за спектакль о море.",
        "Директор фестиваля Анна Ковалёва сказала, что зрителей было вдвое больше, чем в прошлом году.",
        "По её словам, следующий фестиваль пройдёт в Витебске в июле.",
        "Погода все дни была тёплой.",
        "Организаторы фестиваля планируют пригласить театры из Азии.",
        "Билеты на спектакли фестиваля продавались онлайн.",
        "Городские власти обещали поддержать фестиваль и в следующем году.",
    ],
    "en": [
        "The city council of Brest approved a new plan for public transport on Monday.",
        "The plan adds three tram lines and forty electric buses by 2027.",
        "Council chair Maria Novak said the transport plan would cut travel times by a quarter.",
        "Residents will be asked to comment on the new tram routes in spring.",
        "It rained heavily during the meeting.",
        "The electric buses will be built by a local factory in Brest.",
        "The council expects the plan to cost about 90 million euros.",
        "Critics said the tram lines should reach the airport.",
    ],
}


@pytest.mark.parametrize("lang", sorted(TEXTS))
@pytest.mark.parametrize("algorithm", summarize.ALGORITHMS)
def test_every_algorithm_every_language(lang, algorithm):
    sentences = TEXTS[lang]
    idx = summarize.summarize(sentences, langpack.load(lang), 3, algorithm, title=sentences[0])
    assert len(idx) == 3
    assert idx == sorted(idx) and len(set(idx)) == 3
    assert all(0 <= i < len(sentences) for i in idx)


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_default_picks_topical_sentences_not_the_weather_aside(lang):
    sentences = TEXTS[lang]
    idx = summarize.summarize(sentences, langpack.load(lang), 3)
    aside = next(i for i, s in enumerate(sentences) if len(s) < 45)  # the short weather sentence
    assert len(idx) == 3 and aside not in idx


def test_count_larger_than_text_and_zero():
    pack = langpack.load("en")
    assert summarize.summarize(TEXTS["en"][:2], pack, 5) == [0, 1]
    assert summarize.summarize(TEXTS["en"], pack, 0) == []
    assert summarize.summarize([], pack, 3) == []


def test_duplicate_sentences_still_give_count_indices():
    pack = langpack.load("en")
    sentences = ["The plan was approved.", "The plan was approved.", "Trams will run in 2027.", "It rained."]
    for algorithm in summarize.ALGORITHMS:
        idx = summarize.summarize(sentences, pack, 3, algorithm)
        assert len(idx) == 3 and idx == sorted(set(idx)), algorithm


def test_unknown_algorithm_names_valid_ones():
    with pytest.raises(FactsheetError) as err:
        summarize.summarize(TEXTS["en"], langpack.load("en"), 2, "bogus")
    assert "bogus" in str(err.value) and "textrank" in str(err.value) and "lexrank" in str(err.value)


def test_default_count():
    assert summarize.default_count(20) == 5
    assert summarize.default_count(2) == 2
    assert summarize.default_count(0) == 0
    assert 3 <= summarize.default_count(300) <= 10
    assert all(summarize.default_count(n) <= n for n in range(50))


def test_words_tokenizer_unicode():
    text = "Дэлегацыя з Нур-Султана прыехала ў Мінск 18 лістапада; п’еса «Сям'я» — 1.13 млрд, O'Brien's 76%."
    assert tokens.words(text) == ["Дэлегацыя", "з", "Нур-Султана", "прыехала", "ў", "Мінск", "18",
                                  "лістапада", "п’еса", "Сям'я", "1.13", "млрд", "O'Brien's", "76"]


@pytest.mark.parametrize("lang", ["be", "ru", "en"])
def test_stop_words_and_cue_words_exist(lang):
    pack = langpack.load(lang)
    assert len(pack.words("stopwords")) >= 150
    assert pack.words("summary_bonus") and pack.words("summary_stigma")


def test_bbc_rouge1_floor_of_default():
    path = SHARED / "dev" / "en_bbc_sum_dev.jsonl"
    if not path.is_file():
        pytest.skip("../shared/dev absent")
    import sys
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
    from eval_summary import evaluate

    articles = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
    res = evaluate(articles, langpack.load("en"), [summarize.DEFAULT, "lead"])
    assert res[summarize.DEFAULT]["rouge1"] >= 0.75  # measured 0.822
    assert res[summarize.DEFAULT]["rouge1"] > res["lead"]["rouge1"] + 0.1  # lead-k measured 0.631


@pytest.mark.parametrize("algorithm", summarize.ALGORITHMS)
def test_sentences_without_words_do_not_break_any_algorithm(algorithm):
    sentences = ["—", "Да.", "...", "Москва приняла гостей из Минска.", "Москва и Минск договорились."]
    idx = summarize.summarize(sentences, langpack.load("ru"), 3, algorithm)
    assert len(idx) == 3 and idx == sorted(set(idx))


def test_rouge_scorer_of_eval_script_reads_cyrillic():
    import sys
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
    from eval_summary import scorer

    s = scorer().score("Дэлегацыя прыехала ў Мінск.", "Дэлегацыя прыехала ў Гродна.")
    assert s["rouge1"].fmeasure == pytest.approx(0.75)
