"""Summariser: every algorithm on be/ru/en texts written for this test, the interface, and a ROUGE floor on
real BBC data (skipped when ../shared is absent)."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

import warnings

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
    assert "bogus" in str(err.value) and "news" in str(err.value) and "lexrank" in str(err.value)


@pytest.mark.parametrize("algorithm, limit", [("kl", 150), ("lsa", 600)])
def test_superlinear_sumy_algorithms_are_bounded(algorithm, limit):
    sentences = [f"Sentence number {i} talks about topic {i % 7}." for i in range(limit + 1)]
    with pytest.raises(FactsheetError) as err:
        summarize.summarize(sentences, langpack.load("en"), 3, algorithm)
    assert str(limit) in str(err.value) and "news" in str(err.value)


def test_default_count():
    assert summarize.default_count(20) == 5
    assert summarize.default_count(2) == 2
    assert summarize.default_count(0) == 0
    assert 3 <= summarize.default_count(300) <= 10
    assert all(summarize.default_count(n) <= n for n in range(50))
    # long reports get a few more, never more than 12
    assert summarize.default_count(40) == 7 and summarize.default_count(80) == 8
    assert summarize.default_count(3000) == 12


def test_count_for_sentences_and_ratio():
    assert summarize.count_for(20) == summarize.default_count(20)
    assert summarize.count_for(20, sentences=4) == 4
    assert summarize.count_for(3, sentences=9) == 3
    assert summarize.count_for(40, ratio=0.1) == 4
    assert summarize.count_for(5, ratio=0.01) == 1  # at least one
    assert summarize.count_for(40, sentences=2, ratio=0.5) == 2  # --sentences wins
    for bad in (dict(sentences=0), dict(ratio=0.0), dict(ratio=1.5)):
        with pytest.raises(FactsheetError):
            summarize.count_for(10, **bad)


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
    res |= evaluate(articles, langpack.load("en"), ["textrank"])
    # measured on all 42: news 0.883, textrank 0.822, lead-k 0.631 (R-2 0.855 / 0.775 / 0.519)
    assert res[summarize.DEFAULT]["rouge1"] >= 0.84
    assert res[summarize.DEFAULT]["rouge1"] > res["textrank"]["rouge1"] + 0.03
    assert res[summarize.DEFAULT]["rouge1"] > res["lead"]["rouge1"] + 0.15
    for key in ("rouge2", "rougeL"):
        assert res[summarize.DEFAULT][key] > res["textrank"][key] + 0.03


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


# --- news: the default's sentence-quality rules, on texts written for these tests ---

EN_NEWS = [
    "Brest city council approved a plan to build three new tram lines across the city by 2027.",
    "The tram lines will link the railway station, the university and the new housing districts of Brest.",
    "He added:",
    "Council chair Maria Novak said the tram plan would cut travel times in Brest by a quarter.",
    "The plan to build the tram lines across the city by 2027 was approved by Brest city council.",
    "It will cost about 90 million euros, paid by the city and a loan from a European bank.",
    "Residents will be asked about the routes of the new tram lines in spring.",
]


def test_news_skips_attribution_only_sentences_and_near_duplicates():
    idx = summarize.summarize(EN_NEWS, langpack.load("en"), 4, "news", title="Brest approves tram plan")
    assert 2 not in idx  # "He added:" says who speaks, not what
    assert not {0, 4} <= set(idx)  # the same news twice in other words
    assert len(idx) == 4


PRONOUN_LED = [
    "Minsk hosted a regional trade fair for farmers on Monday.",
    "Anna Berg, the new director of the Grodno dairy plant, spoke at the fair.",
    "She said the dairy plant will double its milk output and export more dairy products to Poland.",
    "Dairy exports of milk products to Poland grew last year, and the plant output of milk will grow.",
    "The weather was sunny and warm all day in Minsk.",
    "Tickets to the trade fair were free for farmers and students.",
]


def test_news_brings_the_referent_of_a_pronoun_led_pick(monkeypatch):
    from factsheet.summary import news, quality

    pack = langpack.load("en")
    # "She said…" is the most central sentence; picked, it brings the sentence that names her
    assert summarize.summarize(PRONOUN_LED, pack, 2, "news") == [1, 2]
    monkeypatch.setattr(news, "REFERENT", 0.0)
    monkeypatch.setattr(quality, "POINTS_BACK", 1.0)
    assert summarize.summarize(PRONOUN_LED, pack, 2, "news") == [2, 3]  # without the rule: "She" unexplained


def test_quality_cues_from_the_packs():
    from factsheet.summary.document import Sentence
    from factsheet.summary.quality import Cues

    cues = {code: Cues.from_pack(langpack.load(code)) for code in ("be", "ru", "en")}
    said = {"be": "Пра гэта паведаміў ён.", "ru": "Об этом сообщил он.", "en": "He told reporters:"}
    for code, text in said.items():
        assert cues[code].attribution_only([w.lower() for w in tokens.words(text)]), code
    assert not cues["be"].attribution_only([w.lower() for w in tokens.words(TEXTS["be"][3])])
    quote = ['Завод адкрыўся.', '"Мы гатовы пачаць.', 'Праца пачнецца ў траўні.', 'Гэта важна", - сказаў ён.',
             'Бакі падпісалі пагадненне з АТ "Група "Алюр".', '«Мы гатовы», - сказаў ён.', 'Потым быў канцэрт.']
    assert cues["be"].quote_fragments(quote) == [False, True, True, True, False, False, False]
    assert cues["ru"].points_back(Sentence("Он сказал это.", tokens.words("Он сказал это.")))
    assert not cues["ru"].points_back(Sentence(TEXTS["ru"][0], tokens.words(TEXTS["ru"][0])))


# --- textrank / lexrank: the same picks as sumy itself, on the seed, the samples and 20 dev articles ---

def _sumy_picks(algorithm, sentences, pack, count, title):
    """sumy's own summarizer and document model, fed our words, stems and stop words."""
    from importlib import import_module

    from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence

    from factsheet import stem

    class Words:
        def to_words(self, text):
            return tokens.words(text)

    objs = [Sentence(s, Words()) for s in sentences]
    heading = [Sentence(title, Words(), is_heading=True)] if title else []
    modules = {"textrank": ("text_rank", "TextRankSummarizer"), "lexrank": ("lex_rank", "LexRankSummarizer"),
               "luhn": ("luhn", "LuhnSummarizer"), "sumbasic": ("sum_basic", "SumBasicSummarizer"),
               "edmundson": ("edmundson", "EdmundsonSummarizer"), "lsa": ("lsa", "LsaSummarizer"),
               "kl": ("kl", "KLSummarizer")}
    module, cls = modules[algorithm]
    summarizer = getattr(import_module(f"sumy.summarizers.{module}"), cls)(stem.for_pack(pack))
    summarizer.stop_words = pack.words("stopwords")
    if algorithm == "edmundson":
        summarizer.null_words = pack.words("stopwords")
        summarizer.bonus_words = pack.words("summary_bonus")
        summarizer.stigma_words = pack.words("summary_stigma")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # LSA: "fewer words than sentences"
        picked = summarizer(ObjectDocumentModel([Paragraph(heading + objs)]), count)
    index = {id(s): i for i, s in enumerate(objs)}
    return sorted(index[id(s)] for s in picked)


def _parity_cases():
    from factsheet import pipeline, segment

    inputs = sorted((Path(__file__).resolve().parents[1] / "inputs").glob("*.txt"))
    seed = SHARED / "seed" / "000_bda6d83aba95b141.txt"
    cases = []
    for path in inputs + ([seed] if seed.is_file() else []):
        text = path.read_text(encoding="utf-8")
        code = path.name[:2] if path.parent.name == "inputs" else "be"
        doc = pipeline.to_document(text, code)
        cases.append((code, segment.split_sentences(doc.paragraphs, langpack.load(code)), doc.title))
    dev = SHARED / "dev" / "en_bbc_sum_dev.jsonl"
    if dev.is_file():
        for line in dev.read_text(encoding="utf-8").splitlines()[:20]:
            art = json.loads(line)
            cases.append(("en", art["sentences"], art["title"]))
    return cases


@pytest.mark.parametrize("algorithm", ["textrank", "lexrank", "luhn", "sumbasic", "edmundson", "lsa", "kl"])
def test_same_picks_as_sumy(algorithm):
    """textrank and lexrank are ours (vectorised); the others are sumy's own code reading our document model."""
    cases = _parity_cases()
    assert len(cases) >= 3
    for code, sentences, title in cases:
        pack = langpack.load(code)
        for count in (3, max(3, len(sentences) * 2 // 5)):
            ours = summarize.summarize(sentences, pack, count, algorithm, title=title)
            assert ours == _sumy_picks(algorithm, sentences, pack, count, title), (code, sentences[0][:40])


def test_sparse_path_rates_like_the_dense_one(monkeypatch):
    """Above DENSE_UP_TO sentences the graphs stay sparse; the ratings must be the same numbers."""
    from factsheet import stem
    from factsheet.summary import graph

    pack = langpack.load("be")
    sentences = summarize.build_document(TEXTS["be"] * 3 + TEXTS["be"][:2]).sentences
    for cls in (graph.TextRankSummarizer, graph.LexRankSummarizer):
        made = cls(stem.for_pack(pack))
        made.stop_words = pack.words("stopwords")
        dense = made.rate(sentences)
        monkeypatch.setattr(graph, "DENSE_UP_TO", 0)
        sparse = made.rate(sentences)
        monkeypatch.setattr(graph, "DENSE_UP_TO", 800)
        assert sparse == pytest.approx(dense, rel=1e-9), cls.__name__


# --- start-up: the default path imports neither nltk nor requests (nor sumy, nor numpy) ---

def test_a_fresh_brief_imports_neither_nltk_nor_requests():
    sample = sorted((Path(__file__).resolve().parents[1] / "inputs").glob("en_*.txt"))[0]
    code = ("import sys, factsheet; b = factsheet.brief_from_path(sys.argv[1]); factsheet.render(b, 'json'); "
            "assert b.summary; print(','.join(m for m in ('nltk', 'requests', 'sumy', 'numpy') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code, str(sample)], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_cli_ratio_and_sentences():
    sample = sorted((Path(__file__).resolve().parents[1] / "inputs").glob("ru_*.txt"))[0]
    run = [sys.executable, "-m", "factsheet", "brief", str(sample), "--format", "json", "--output", "-"]
    data = json.loads(subprocess.run(run + ["--ratio", "0.5"], capture_output=True, check=True).stdout)
    assert len(data["summary"]) == max(1, round(len(data["sentences"]) * 0.5))
    data = json.loads(subprocess.run(run + ["--ratio", "0.5", "-n", "2"], capture_output=True, check=True).stdout)
    assert len(data["summary"]) == 2
    bad = subprocess.run(run + ["--ratio", "0"], capture_output=True, text=True)
    assert bad.returncode == 2 and "Traceback" not in bad.stderr


@pytest.mark.parametrize("lang, sentences, title", [
    ("ru", ["Директор Мозырского машиностроительного завода Олег Сидорук рассказал о планах завода на будущий год.",
            "— Олег Викторович, каким был этот год для завода?",
            "— Трудным.", "Мы потеряли двух покупателей.",
            "— Что будет дальше?",
            "— Весной начнем выпуск новых прицепов для завода в Казахстане."],
     "Директор Мозырского машиностроительного завода о планах на год"),
    ("en", ["The director of the Borisov bus plant, Anna Kirova, talked to us about the plant and its new buses.",
            "What was this year like for the bus plant?",
            "— Hard.", "We lost two buyers.",
            "What comes next for the plant?",
            "— In spring we start making electric buses for a city in Kazakhstan."],
     "The director of the Borisov bus plant on the year ahead"),
    ("en", ["The director of the Borisov bus plant, Anna Kirova, talked to us about the plant and its new buses.",
            "Q: What was this year like for the bus plant?",
            "Kirova: Hard.", "We lost two buyers to a plant in Poland.",
            "Q: What comes next for the plant?",
            "Kirova: In spring we start making electric buses for a city in Kazakhstan.",
            "The plant is also rebuilding its paint shop and its warehouse for finished buses."],
     "The director of the Borisov bus plant on the year ahead"),
    ("be", ["Дырэктар Барысаўскага аўтобуснага завода Ганна Кірава расказала пра планы завода.",
            "Карэспандэнт: Які быў гэты год для завода?",
            "Кірава: Цяжкі.", "Мы страцілі двух пакупнікоў у Польшчы і Літве.",
            "Карэспандэнт: Што будзе далей?",
            "Кірава: Увесну пачнём выпускаць электробусы для горада ў Казахстане.",
            "Завод таксама перабудоўвае фарбавальны цэх і склад гатовых аўтобусаў."],
     "Дырэктар Барысаўскага аўтобуснага завода пра планы на год"),
])
def test_an_interviewers_question_is_no_key_point(lang, sentences, title):
    picked = summarize.summarize(sentences, langpack.load(lang), 3, title=title)
    assert 1 not in picked and 4 not in picked, picked
    if sentences[2].startswith(("Kirova:", "Кірава:")):  # a one-word labelled answer says nothing alone
        assert 2 not in picked, picked
