"""The team's own articles (tests/articles: 10+ per language, written for the project, with hand-made gold facts):
the gold files are complete and consistent, the scorer of scripts/eval_own.py gives a perfect brief full marks,
and factsheet's briefs stay above floors set clearly below the figures measured with
`python scripts/eval_own.py tests/articles` (see each floor). The floors can only be raised."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from factsheet import langpack

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT / "tests" / "articles"
sys.path.insert(0, str(ROOT / "scripts"))

import eval_own  # noqa: E402

STYLES = {"agency", "interview", "feature", "foreign"}


@pytest.fixture(scope="module")
def measured():
    mine, base = eval_own.evaluate(ARTICLES)
    return mine, base


def rates(row):
    right, wrong, missed = row
    return right / max(right + wrong, 1), right / max(right + missed, 1)


@pytest.mark.parametrize("code", ["be", "ru", "en"])
def test_ten_articles_per_language_in_every_style(code):
    found = eval_own.load(ARTICLES, code)
    assert len(found) >= 10, code
    assert {gold["style"] for _, gold in found} == STYLES
    for path, gold in found:
        assert gold["date"][:4].isdigit() and gold.get("persons") and gold.get("places"), path.name
        for quote in gold.get("quotes", []):
            assert eval_own.norm(quote["starts"]) in eval_own.norm(path.read_text(encoding="utf-8")), path.name


def perfect_brief(path: Path, gold: dict) -> dict:
    """The brief a flawless extractor would give, built from the gold (first alternative of each name)."""
    first = lambda name: name.split("|")[0]  # noqa: E731
    text = path.read_text(encoding="utf-8")
    return {
        "sentences": [text],
        "who": [{"name": first(p["name"]), "type": "person", "role": p.get("role") or None}
                for p in gold.get("persons", [])]
        + [{"name": first(o), "type": "organization", "role": None} for o in gold.get("organisations", [])],
        "where": [{"name": first(p)} for p in gold.get("places", [])],
        "when": [{"text": d, "date": eval_own.day_interval(d.split("|")[0]), "evidence": [0]} for d in [gold.get("event_date", "")] + gold.get("dates", [])
                 if d],
        "quotes": [{"speaker": first(q["speaker"]), "text": q["starts"]} for q in gold.get("quotes", [])],
        "next_steps": [{"text": s["starts"], "evidence": [0]} for s in gold.get("next_steps", [])],
    }


def test_the_scorer_gives_a_perfect_brief_full_marks():
    for path, gold in eval_own.load(ARTICLES, None):
        stop = langpack.load(gold["lang"]).words("stopwords")
        for kind, (right, wrong, missed) in eval_own.score(perfect_brief(path, gold), gold, stop).items():
            assert not wrong and not missed, (path.name, kind, wrong, missed)


def test_the_scorer_reads_a_gold_interval_of_years_or_months_as_days():
    assert eval_own.day_interval("2009/2013") == "2009-01-01/2013-12-31"
    assert eval_own.day_interval("2024-11/2025-02") == "2024-11-01/2025-02-28"
    assert eval_own.day_interval("2025-06-01/2025-08-31") == "2025-06-01/2025-08-31"
    assert eval_own.day_interval("2025-06") == "2025-06"


def test_the_scorer_takes_a_step_date_as_the_gold_dates_allow_it():
    gold = {"dates": ["2026-05-29|2026-05-25/2026-05-31"],
            "next_steps": [{"starts": "Мост откроют", "date": "2026-05-29"}]}
    brief = {"sentences": ["Мост откроют через две недели."], "next_steps": [{"text": "Мост откроют", "evidence": [0]}],
             "when": [{"text": "через две недели", "date": "2026-05-25/2026-05-31", "evidence": [0]}]}
    assert eval_own.score_step_dates(brief, gold)[0]
    brief["when"][0]["date"] = "2025-05-25/2025-05-31"
    assert eval_own.score_step_dates(brief, gold)[1]


def test_the_scorer_counts_case_forms_fragments_and_wrong_speakers_as_wrong():
    gold = {"date": "2025-03-14", "persons": [{"name": "Пётр Іваноў", "role": "міністр"}],
            "quotes": [{"speaker": "Пётр Іваноў", "starts": "Мы гатовыя"}], "places": ["Мінск"],
            "next_steps": [{"starts": "Наступнае пасяджэнне", "date": "2025-09-20"}]}
    brief = {"sentences": ["Наступнае пасяджэнне запланавана на 20 верасня."], "where": [{"name": "Мінску"}],
             "when": [{"text": "20 верасня", "date": "2024-09-20", "evidence": [0]}],
             "next_steps": [{"text": "Наступнае пасяджэнне запланавана на 20 верасня.", "evidence": [0]}],
             "who": [{"name": "Пятра Іванова", "type": "person", "role": "і міністр"},
                     {"name": "Пётр Іваноў", "type": "person", "role": "Міністр"}],
             "quotes": [{"speaker": "Іванова", "text": "«Мы гатовыя падпісаць»"}]}
    result = eval_own.score(brief, gold, frozenset({"і"}))
    assert result["who-person"] == (["Пётр Іваноў"], ["Пятра Іванова"], [])
    assert result["where"] == ([], ["Мінску"], ["Мінск"])
    assert len(result["roles"][0]) == 1 and len(result["roles-form"][1]) == 1  # "Міністр": initial capital
    assert len(result["quotes-speaker"][1]) == 1
    assert len(result["next_steps"][0]) == 1 and len(result["steps-date"][1]) == 1  # scheduled date in the past


# Measured before issue 8's rules (python scripts/eval_own.py tests/articles), all 30 articles, (P, R):
# who-person 0.671/0.708, who-org 0.697/0.605, roles 1.000/0.657, roles-form 0.636/0.549, where 0.964/0.755,
# when-first P 0.667, when-all 0.876/0.759, quotes-speaker 0.625/0.112, next_steps 0.709/0.709,
# steps-date 0.733/0.667.
# After w8quotes (roles, quotes, next steps): roles 1.000/0.746, roles-form 0.980/0.742, quotes-speaker 0.822/0.723,
# next_steps 0.850/0.927, steps-date 0.949/0.949.
# With the 15 held-out articles 11-15 added (45 in all; main 372ae0c): who-person 0.851/0.851, who-org 0.964/0.597,
# roles 1.000/0.800, roles-form 0.976/0.796, where 0.933/0.812, when-first P 0.818, when-all 0.909/0.785,
# quotes-speaker 0.902/0.845, next_steps 0.867/0.802, steps-date 0.950/0.750 (its recall floor lowered 0.78 -> 0.70
# to keep main green on the harder articles; raise it back when issue 8's rules land).
# After this session's issue-8 rules (all 45): who-person 0.936/0.904, who-org 0.968/0.679, roles 1.000/0.857,
# roles-form 0.978/0.854, where 0.973/0.892, when-first P 0.818, when-all 0.954/0.939, quotes-speaker 0.958/0.913,
# next_steps 0.888/0.896, steps-date 0.945/0.920; the floors below were raised to about 0.1 under these.
# With the 15 held-out articles 16-20 added (60 in all; main 140d156): who-person 0.916/0.884, who-org 0.924/0.760,
# roles 1.000/0.800, roles-form 0.984/0.797, where 0.979/0.871, when-first P 0.795, when-all 0.944/0.931,
# quotes-speaker 0.933/0.737, next_steps 0.872/0.855, steps-date 0.922/0.913 (the quotes-speaker recall floor lowered
# 0.80 -> 0.65 to keep main green: speaker-labelled Q&A answers and organisations as speakers go unattributed).
# After the fourth session's rules (all 60; main at the session's end): who-person 0.976/0.959, who-org 0.943/0.781,
# roles 0.993/0.893, roles-form 0.972/0.891, where 0.976/0.875, when-first P 0.909, when-all 0.981/0.964,
# quotes-speaker 0.954/0.888, next_steps 0.907/0.901, steps-date 1.000/0.964; the floors below were raised to about
# 0.1 under these.
# After s5roles (roles, all 60): roles 1.000/0.981, roles-form 0.981/0.981 (from 0.993/0.893, 0.972/0.891); their
# recall floors raised 0.80 -> 0.85, leaving room for new held-out articles.
# After the fifth session (all 90, with the held-out sets 21-25 and 26-30): who-person 0.956/0.950, who-org
# 0.911/0.765, roles 0.996/0.956, roles-form 0.970/0.955, where 0.978/0.879, when-first P 0.878, when-all
# 0.966/0.945, quotes-speaker 0.958/0.915, next_steps 0.918/0.898, steps-date 0.985/0.957; floors raised to about
# 0.05-0.07 under these (a new held-out set of 15 scored about 0.1 lower on quotes and places).
# After the sixth session (all 120, with the held-out sets 31-35 and 36-40): who-person 0.975/0.951, who-org
# 0.938/0.835, roles 0.997/0.959, where 0.978/0.947, when-first P 0.933, quotes-speaker 0.956/0.941, next_steps
# 0.943/0.897; the organisation, place and when-first floors raised to about 0.06-0.07 under these.
# After the seventh session (all 147, with the held-out set 41-45 and the lead's 46-49): who-person 0.968/0.955,
# who-org 0.939/0.821, roles 0.998/0.948, where 0.977/0.943, when-first P 0.943, when-all 0.962/0.949,
# quotes-speaker 0.955/0.940, next_steps 0.931/0.883, steps-date 0.981/0.951; the quotes-speaker recall floor
# raised to 0.88 (0.06 under it).
FLOORS = {
    "who-person": (0.90, 0.88),
    "who-org": (0.88, 0.77),
    "roles": (0.93, 0.88),
    "roles-form": (0.90, 0.88),
    "where": (0.92, 0.88),
    "when-first": (0.86, 0.0),
    "when-all": (0.92, 0.89),
    "quotes-speaker": (0.90, 0.88),
    "next_steps": (0.85, 0.83),
    "steps-date": (0.92, 0.90),
}


@pytest.mark.parametrize("kind", sorted(FLOORS))
def test_own_articles_floors(measured, kind):
    mine, _ = measured
    precision, recall = rates(mine["all", kind])
    floor_p, floor_r = FLOORS[kind]
    assert precision >= floor_p and recall >= floor_r, (kind, round(precision, 3), round(recall, 3))


@pytest.mark.parametrize("kind", ["who-person", "who-org", "where", "when-all", "next_steps"])
def test_factsheet_beats_the_naive_baseline(measured, kind):
    mine, base = measured

    def f1(row):
        p, r = rates(row)
        return 2 * p * r / (p + r) if p + r else 0.0

    assert f1(mine["all", kind]) > f1(base["all", kind]), kind
