"""The "when" extractor: every pack's case table, ranking and merging, speed, and the seed."""
from pathlib import Path

import pytest

from factsheet import langpack
from factsheet.facts import timex
from factsheet.model import Source

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEED = SHARED / "seed" / "000_bda6d83aba95b141.txt"


def when_cases():
    return [pytest.param(code, case, id=f"{code}-{k}")
            for k, (code, case) in enumerate(langpack.example_cases("examples_when"))]


@pytest.mark.parametrize("code,case", list(when_cases()))
def test_pack_when_cases(code, case):
    pack = langpack.load(code)
    found = timex.find_dates([case["text"]], pack, case.get("source"))
    assert [sp.date or "" for sp in found] == case["dates"], [(sp.text, sp.date) for sp in found]


def test_every_pack_has_when_cases():
    for code in langpack.available():
        assert len(langpack.load(code).table("examples_when").get("case", [])) >= 10, code


def test_order_event_then_dateline_then_future_and_merge():
    pack = langpack.load("en")
    sents = ["The ministers met on Monday in Minsk.", "They will sign the deal next year.",
             "Talks resume in 2025.", "The plant opened in 2001."]
    out = timex.extract_when(sents, pack, Source(date="2024-11-27"))
    assert [w.date for w in out] == ["2024-11-25", "2024-11-27", "2025", "2001"]
    assert out[2].evidence == [1, 2]  # "next year" and "in 2025" are one date
    assert out[1].evidence == []  # the dateline date, not written in the body
    assert "25 November 2024" in out[0].text


def test_relative_dates_stay_unresolved_without_source():
    pack = langpack.load("ru")
    out = timex.extract_when(["Вчера стороны подписали договор."], pack, Source())
    assert [(w.text, w.date) for w in out] == [("Вчера", None)]


def test_part_of_period_kept_in_text():
    pack = langpack.load("be")
    (sp,) = timex.find_dates(["Завод запусцяць у канцы 2026 года."], pack, None)
    assert (sp.text, sp.date) == ("у канцы 2026 года", "2026")


def test_future_weekday_with_cue():
    pack = langpack.load("en")
    (sp,) = timex.find_dates(["The ministers will meet on Friday."], pack, "2019-11-18")
    assert sp.date == "2019-11-22"


def test_speed_40_sentences():
    import time

    pack = langpack.load("be")
    sents = ["Сёння ў Мінску 18 лістапада 2019 года прайшла сустрэча, на якой 1500 чалавек абмеркавалі планы "
             "на 2021–2025 гады і на сярэдзіну наступнага года."] * 40
    timex.extract_when(sents, pack, Source(date="2019-11-18"))
    t = time.perf_counter()
    timex.extract_when(sents, pack, Source(date="2019-11-18"))
    assert time.perf_counter() - t < 0.03


@pytest.mark.skipif(not SEED.is_file(), reason="../shared seed absent")
def test_seed_when():
    import factsheet

    brief = factsheet.brief_from_path(str(SEED))
    dates = [w.date for w in brief.facts.when]
    assert dates[0] == "2019-11-18"
    assert "2020" in dates
    assert brief.facts.when[0].evidence  # "сёння" in the body
