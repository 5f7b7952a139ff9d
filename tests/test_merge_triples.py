"""Three events, each reported in Belarusian, Russian and English (tests/fixtures/triples, written for these tests;
people and companies fictional, cities real): merged, each person and place comes once, named as the brief's
language writes it; namesakes and similar cities stay apart; dates and headings follow the brief's language;
next steps split by the meeting date."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from factsheet import cli, langpack, pipeline
from factsheet.merge import merge_briefs
from factsheet.merge.timeline import annotate
from factsheet.model import Brief, Facts, Person, Place, Source

TRIPLES = Path(__file__).parent / "fixtures" / "triples"
CODES = ("be", "ru", "en")

# event -> brief language -> names that must each be one item of `who` / `where`, in that language's spelling
PEOPLE = {
    "agro": {"be": ["Ігар Лаўрэнцьеў", "Ежы Ковальскі"], "ru": ["Игорь Лаврентьев", "Ежи Ковальский"],
             "en": ["Igor Lavrentyev", "Jerzy Kowalski"]},
    "gomel": {"be": ["Сяргей Каваленка", "Ерлан Сейтказіеў"], "ru": ["Сергей Коваленко", "Ерлан Сейтказиев"],
              "en": ["Sergei Kovalenko", "Yerlan Seitkaziev"]},
    "grodno": {"be": ["Вольга Мароз", "Томас Пятрайціс"], "ru": ["Ольга Мороз", "Томас Петрайтис"],
               "en": ["Olga Moroz", "Tomas Petraitis"]},
}
PLACES = {
    "agro": {"be": ["Мінск", "Мінск-Мазавецкі"], "ru": ["Минск", "Минск-Мазовецкий"],
             "en": ["Minsk", "Minsk Mazowiecki"]},
    "gomel": {"be": ["Гомель", "Алматы", "Казахстан"], "ru": ["Гомель", "Алматы", "Казахстан"],
              "en": ["Gomel", "Almaty", "Kazakhstan"]},
    "grodno": {"be": ["Гродна", "Вільнюс", "Трокі"], "ru": ["Гродно", "Вильнюс", "Тракай"],
               "en": ["Grodno", "Vilnius", "Trakai"]},
}


def paths(event):
    return [str(TRIPLES / event / f"{code}.txt") for code in CODES]


@pytest.fixture(scope="module")
def briefs():
    return {event: [pipeline.brief_from_path(p) for p in paths(event)] for event in PEOPLE}


@pytest.mark.parametrize("event", sorted(PEOPLE))
@pytest.mark.parametrize("code", CODES)
def test_each_person_and_place_once_in_the_briefs_language(briefs, event, code):
    merged = merge_briefs(briefs[event], language=code)
    who = [p.name for p in merged.facts.who]
    where = [p.name for p in merged.facts.where]
    for name in PEOPLE[event][code]:
        assert who.count(name) == 1, (name, who)
        person = merged.facts.who[who.index(name)]
        others = [PEOPLE[event][c][PEOPLE[event][code].index(name)] for c in CODES if c != code]
        assert set(others) <= set(person.aliases)  # the other spellings are kept
        assert {merged.sources[k]["language"] for k in range(3) if any(
            merged.sources[k]["sentences"][0] <= i <= merged.sources[k]["sentences"][1]
            for i in person.evidence)} == set(CODES)  # evidence from every article
    for name in PLACES[event][code]:
        assert where.count(name) == 1, (name, where)
    ids = [p.id for p in merged.facts.where]
    assert len(ids) == len(set(ids))


def test_similar_cities_and_namesakes_stay_apart(briefs):
    merged = merge_briefs(briefs["agro"], language="en")
    places = {p.name: p.id for p in merged.facts.where}
    assert places["Minsk"] == "geonames:625144" and places["Minsk Mazowiecki"] == "geonames:764679"
    when = [(w.date, w.text) for w in merged.facts.when]
    assert ("2024", "Last year") in when and len([w for w in when if w[0] == "2024"]) == 1


def person_brief(code, names):
    sentences = [f"{n}." for n in names]
    return Brief(language=code, title=code, source=Source(path=f"{code}.txt"), sentences=sentences, summary=[0],
                 facts=Facts(who=[Person(n, evidence=[i]) for i, n in enumerate(names)]))


def test_namesakes_with_other_given_names_do_not_merge():
    merged = merge_briefs([person_brief("be", ["Ігар Лаўрэнцьеў", "Ганна Лаўрэнцьева", "Вольга Мароз"]),
                           person_brief("ru", ["Пётр Лаврентьев", "Анна Лаврентьева", "Ольга Мороз"]),
                           person_brief("en", ["Igor Lavrentyev", "Piotr Lavrentyev", "Olga Moroz"])], language="en")
    names = {p.name: set(p.aliases) for p in merged.facts.who}
    assert names["Igor Lavrentyev"] == {"Ігар Лаўрэнцьеў"}
    assert names["Piotr Lavrentyev"] == {"Пётр Лаврентьев"}
    assert names["Olga Moroz"] == {"Вольга Мароз", "Ольга Мороз"}
    # Ганна/Анна (Belarusian prothesis) are one person, not a namesake of Ігар or Пётр
    anna = [n for n in names if "Ганна Лаўрэнцьева" in names[n]]
    assert len(anna) == 1 and names[anna[0]] == {"Ганна Лаўрэнцьева", "Анна Лаврентьева"}
    assert len(names) == 4


def test_a_name_known_only_in_cyrillic_is_romanised_for_an_english_brief():
    merged = merge_briefs([person_brief("be", ["Вольга Мароз"]), person_brief("ru", ["Ольга Мороз"])],
                          language="en")
    assert [p.name for p in merged.facts.who] == ["Voĺha Maroz"]  # the Belarusian national system


HEADING = re.compile(r"^#{1,3} (.+?)(?: \(.*\))?$", re.M)


def english_months():
    return {f.lower() for forms in langpack.load("en").month_forms().values() for f in forms}


def written_by_factsheet(md: str) -> str:
    """The parts of a Markdown brief factsheet writes itself (not the article text): headings, the when row,
    the timeline's dates, the articles' dates and the meeting date."""
    parts = [m.group(0) for m in re.finditer(r"^#{1,3} .*$", md, re.M)]
    parts += re.findall(r"^\| (?:When|Калі|Когда) \|.*$", md, re.M)
    parts += re.findall(r"^- \*\*(.+?)\*\* — ", md, re.M)
    parts += [" · ".join(line.split(" · ")[1:]) for line in re.findall(r"^- .* · .*$", md, re.M)]
    return "\n".join(parts)


@pytest.mark.parametrize("code", CODES)
def test_labels_set_every_heading_and_date(tmp_path, code):
    result = CliRunner().invoke(cli.main, ["brief", *paths("agro"), "--merge", "m", "--labels", code, "-f", "md",
                                           "-o", str(tmp_path), "--meeting-date", "2025-09-01"])
    assert result.exit_code == 0, result.output
    md = (tmp_path / "m.md").read_text(encoding="utf-8")
    labels = langpack.load(code).labels
    headings = [h for h in HEADING.findall(md)[1:] if not h.startswith(("«", "\u201c"))]
    article_titles = {line.strip() for p in paths("agro") for line in Path(p).read_text("utf-8").splitlines()[:1]}
    for h in headings:
        assert h in labels.values() or h in article_titles, h
    mine = written_by_factsheet(md)
    months = {c: {f.lower() for forms in langpack.load(c).month_forms().values() for f in forms} for c in CODES}
    words = set(re.findall(r"\w+", mine.lower()))
    for other in CODES:
        if other != code:
            assert not (words & (months[other] - months[code])), (other, words & months[other])
    assert words & months[code]  # and the dates are there, in this language


def test_english_labels_on_a_belarusian_article_write_english_dates_and_quote_marks(tmp_path):
    result = CliRunner().invoke(cli.main, ["brief", paths("agro")[0], "--labels", "en", "-f", "md",
                                           "-o", str(tmp_path)])
    assert result.exit_code == 0, result.output
    md = (tmp_path / "be.md").read_text(encoding="utf-8")
    when = re.search(r"^\| When \|(.*)$", md, re.M).group(1)
    assert "1 August 2025" in when and "September 2026" in when and "жніўня" not in when
    assert "10 June 2025" in md
    quotes = md.split("## Quotes", 1)[1].split("##", 1)[0]
    assert "> \u201cМы разлічваем" in quotes and "«" not in quotes


@pytest.mark.parametrize("meeting, to_check, ahead", [
    ("2025-06-01", 0, 3),   # before every date
    ("2025-09-01", 1, 2),   # after 1 August, before 15 October 2025
    ("2027-01-01", 3, 0),   # after every date
])
def test_follow_ups_split_by_meeting_date(tmp_path, meeting, to_check, ahead):
    result = CliRunner().invoke(cli.main, ["brief", *paths("agro"), "--merge", "m", "--labels", "en", "-f", "json",
                                           "-f", "md", "-o", str(tmp_path), "--meeting-date", meeting])
    assert result.exit_code == 0, result.output
    data = json.loads((tmp_path / "m.json").read_text(encoding="utf-8"))
    fu = data["follow_ups"]
    assert fu["meeting_date"] == meeting
    assert (len(fu["to_check"]), len(fu["ahead"])) == (to_check, ahead)
    for item in fu["to_check"]:
        assert max(item["dates"]) < meeting
    md = (tmp_path / "m.md").read_text(encoding="utf-8")
    assert ("### To check" in md) == bool(to_check) and ("### Ahead" in md) == bool(ahead)


def test_timeline_in_date_order_with_sources(briefs):
    merged = merge_briefs(briefs["grodno"], language="ru")
    timeline = merged.to_dict()["timeline"]
    dates = [e["date"] for e in timeline]
    assert dates == ["2024", "2025-03-01", "2025-05-01", "2025-09"]
    assert all(e["sources"] == [0, 1, 2] for e in timeline)
    assert [e["text"] for e in timeline][1:] == ["1 марта 2025", "1 мая 2025", "сентябрь 2025"]


def test_title_given_or_made_from_actors_and_place(tmp_path, briefs):
    assert merge_briefs(briefs["gomel"], language="en").title == "Sergei Kovalenko, Yerlan Seitkaziev — Gomel"
    result = CliRunner().invoke(cli.main, ["brief", *paths("gomel"), "--merge", "m", "--title", "Visit to Gomel",
                                           "-f", "json", "-o", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert json.loads((tmp_path / "m.json").read_text(encoding="utf-8"))["title"] == "Visit to Gomel"


def test_same_news_in_three_languages_is_one_point(briefs):
    merged = merge_briefs(briefs["gomel"], language="en")
    data = merged.to_dict()
    marked = [q for q in data["quotes"] if not q.get("reported")]  # the quoted words, one in three languages
    assert len(marked) == 1 and len(marked[0]["evidence"]) == 3
    steps = [s["text"] for s in data["next_steps"]]
    assert len(steps) == 3 and all(re.search(r"[A-Za-z]", s) for s in steps)


def test_json_stays_compatible_and_single_briefs_keep_their_shape(briefs):
    single = briefs["agro"][0].to_dict()
    assert not any("aliases" in item or "id" in item for key in ("who", "where", "when") for item in single[key])
    merged = annotate(merge_briefs(briefs["agro"], language="be"), __import__("datetime").date(2025, 9, 1))
    data = merged.to_dict()
    for key in ("schema", "language", "title", "source", "sentences", "summary", "who", "where", "when", "what",
                "next_steps", "quotes", "sources"):
        assert key in data
    assert data["schema"] == "factsheet.brief/1" and data["language"] == "be"
    assert {"timeline", "follow_ups"} <= set(data)
    n = len(data["sentences"])
    assert all(0 <= i < n for key in ("who", "where", "when", "what", "next_steps", "quotes")
               for item in data[key] for i in item["evidence"])


def test_merged_docx_keeps_rows_whole_a_one_line_footer_and_describes_every_article(tmp_path):
    import io

    import docx
    from docx.oxml.ns import qn

    everything = [p for event in sorted(PEOPLE) for p in paths(event)]  # nine articles: a long brief
    result = CliRunner().invoke(cli.main, ["brief", *everything, "--merge", "all", "--labels", "en", "-f", "docx",
                                           "-o", str(tmp_path), "--meeting-date", "2025-09-01"])
    assert result.exit_code == 0, result.output
    doc = docx.Document(io.BytesIO((tmp_path / "all.docx").read_bytes()))
    rows = [row for table in doc.tables for row in table.rows]
    assert len(rows) > 5
    assert all(row._tr.trPr is not None and row._tr.trPr.find(qn("w:cantSplit")) is not None for row in rows)
    facts = doc.tables[0]
    who_rows = [row for row in facts.rows if row.cells[0].text == "Who"]
    assert len(who_rows) >= 2  # a long list continues in a new row that repeats its label
    assert all(len(row.cells[1].paragraphs) <= 6 for row in facts.rows)
    people = next(t for t in doc.tables if t.rows[0].cells[0].text == "Name")
    assert people.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
    assert [c.text for c in people.rows[0].cells] == ["Name", "Role", "Mentioned in"]
    assert len(people.rows) >= 5
    footer = "".join(p.text for p in doc.sections[0].footer.paragraphs)
    title = doc.core_properties.title
    assert len(footer) < 90 and "\n" not in footer and footer.startswith(title[:40].rstrip(" …"))
    subject, description = doc.core_properties.subject, doc.core_properties.comments
    for publisher in ("БЕЛТА", "Интерфакс-Запад", "Sputnik Беларусь", "Гродненская правда", "BelTA"):
        assert publisher in description
    assert "Grodno and Vilnius" in subject and "Gomel plant" in subject
    text = "\n".join(p.text for p in doc.paragraphs)
    assert "To check: date passed (meeting 1 September 2025)" in text and "Timeline" in text


def test_timeline_keeps_one_day_together_and_different_events_of_one_year_apart(briefs):
    merged = merge_briefs([b for event in sorted(PEOPLE) for b in briefs[event]], language="en")
    dates = [e["date"] for e in merged.to_dict()["timeline"]]
    assert dates.count("2024") == 3  # "last year" in the reports of three events: three entries
    assert dates.count("2025-10-15") == 1  # one day in three articles (one splits it over two sentences): one
    assert dates == sorted(dates, key=lambda d: [int(x) for x in d.split("-")])


@pytest.mark.parametrize("event", sorted(PEOPLE))
def test_key_points_are_distinct_and_in_the_briefs_language(briefs, event):
    merged = merge_briefs(briefs[event], language="en")
    english = merged.sources[2]["sentences"]
    assert len(merged.summary) >= 3
    assert all(english[0] <= i <= english[1] for i in merged.summary)
    assert len({merged.sentences[i] for i in merged.summary}) == len(merged.summary)
