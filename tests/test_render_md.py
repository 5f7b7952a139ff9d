"""Markdown and JSON rendering: layout, evidence references, empty sections, merged briefs, template errors,
fingerprints. The briefs are small hand-written ones built with the model's dataclasses."""
from __future__ import annotations

import json
import re

import pytest

from factsheet.errors import FactsheetError
from factsheet.model import Brief, Facts, Person, Place, Quote, Source, Statement, When
from factsheet.render import edited_since_written, render


def be_brief(**source) -> dict:
    sentences = [
        "Дэлегацыя Гродна прыехала ў Віцебск 3 красавіка 2025 года.",
        "Старшыня гарвыканкама Ігар Навумчык сустрэўся з калегамі.",
        "\"Мы разлічваем на новы завод\", - сказаў Ігар Навумчык.",
        "Будаўніцтва пачнецца ў 2026 годзе.",
        "Наступная сустрэча пройдзе ў Мінску.",
    ]
    facts = Facts(
        who=[Person("Ігар Навумчык", role="старшыня гарвыканкама", evidence=[1, 2])],
        where=[Place("Віцебск", [0]), Place("Мінск", [4])],
        when=[When("сёння", "2025-04-03", [0]), When("у 2026 годзе", "2026", [3])],
        what=[Statement("Дэлегацыя Гродна наведала Віцебск", [0, 1])],
        next_steps=[Statement("Пачаць будаўніцтва завода", [3]), Statement("Сустрэцца ў Мінску", [4])],
        quotes=[Quote("Ігар Навумчык", "Мы разлічваем на новы завод", [2])],
    )
    src = dict(path="be_x.txt", publisher="БЕЛТА", date="2025-04-03", place="Віцебск") | source
    return Brief("be", "Гродна і Віцебск дамовіліся пра завод", Source(**src), sentences, [0, 2], facts).to_dict()


def en_brief() -> dict:
    sentences = [
        "Acme Pharma will open a plant in Brest in May 2026.",
        "\"This is our biggest investment,\" said chief executive Jane Doe.",
        "The plant will employ 300 people.",
    ]
    facts = Facts(
        who=[Person("Jane Doe", role="chief executive", evidence=[1]), Person("Acme Pharma", "organization", None, [0])],
        where=[Place("Brest", [0])],
        when=[When("in May 2026", "2026-05", [0]), When("next January", "2027-01", [2])],
        quotes=[Quote("Jane Doe", "This is our biggest investment", [1])],
    )
    return Brief("en", "Acme Pharma to open a plant in Brest", Source("en_x.txt", "BelTA", "2025-11-03", "Minsk"),
                 sentences, [0, 2], facts).to_dict()


def ru_brief_without_facts() -> dict:
    sentences = ["В Бресте открылась выставка.", "Она продлится неделю."]
    return Brief("ru", "Выставка в Бресте", Source("ru_x.txt"), sentences, [0]).to_dict()


def md(brief: dict, template=None) -> str:
    return render(brief, "md", template).decode("utf-8")


def appendix(text: str) -> dict[int, str]:
    return {int(n): s for n, s in re.findall(r"^(\d+)\. (.+)$", text, flags=re.M)}


def test_layout_follows_the_sketch():
    brief = be_brief()
    text = md(brief)
    lines = text.splitlines()
    assert lines[0] == "# Гродна і Віцебск дамовіліся пра завод"
    assert "БЕЛТА · 3 красавіка 2025 · Віцебск" in lines
    headings = [line[3:] for line in lines if line.startswith("## ")]
    assert headings == ["Галоўнае", "Даведка", "Што", "Далейшыя крокі", "Цытаты", "Крыніца"]
    assert "| Хто | **Ігар Навумчык** — старшыня гарвыканкама [2, 3] |" in lines
    assert "| Дзе | Віцебск [1]; Мінск [5] |" in lines
    assert "| Калі | сёння (3 красавіка 2025) [1]; у 2026 годзе [4] |" in lines  # date shown only when it adds
    assert [line for line in lines if line.startswith("- [ ] ")] == [
        "- [ ] Пачаць будаўніцтва завода [4]", "- [ ] Сустрэцца ў Мінску [5]"]
    assert "> «Мы разлічваем на новы завод» — **Ігар Навумчык** [3]" in lines


def test_references_point_at_the_numbered_appendix():
    brief = be_brief()
    text = md(brief)
    numbered = appendix(text)
    assert numbered == {i + 1: s for i, s in enumerate(brief["sentences"])}
    from factsheet.render import context

    ctx = context.build(brief)
    for item in brief["summary"]:
        line = next(line for line in text.splitlines() if line.startswith("- " + context.key_point(item, ctx)))
        ref = int(re.search(r"\[(\d+)\]$", line).group(1))
        assert numbered[ref] == item["text"]


def test_english_labels_quotes_and_dates():
    text = md(en_brief())
    assert "BelTA · 3 November 2025 · Minsk" in text
    assert "## Key points" in text and "## Fact sheet" in text
    assert "“This is our biggest investment” — **Jane Doe** [2]" in text
    assert "**Acme Pharma** [1]" in text
    assert "| When | in May 2026 [1]; next January (January 2027) [3] |" in text  # a month shown as words
    assert "## Next steps" not in text  # empty: omitted


def test_a_when_item_the_text_does_not_write_reads_as_a_date_without_references():
    brief = en_brief()  # the publication date put first for a text that dates no event: ISO text, no evidence
    brief["when"].insert(0, {"text": "2025-11-03", "date": "2025-11-03", "evidence": []})
    text = md(brief)
    assert "| When | 3 November 2025; in May 2026 [1]; next January (January 2027) [3] |" in text


def test_empty_sections_are_omitted():
    text = md(ru_brief_without_facts())
    assert "## Главное" in text and "## Источник" in text
    for label in ("Справка", "Кто", "Что", "Следующие шаги", "Цитаты", "|"):
        assert label not in text
    assert "\n\n\n" not in text
    assert text.splitlines()[2] == "## Главное"  # no empty source line when nothing is known of the source


def test_source_url_is_linked():
    text = md(be_brief(url="https://example.org/a/1"))
    assert "БЕЛТА · 3 красавіка 2025 · Віцебск · <https://example.org/a/1>" in text


def test_merged_brief_lists_every_source_and_groups_the_appendix():
    one, two = be_brief(), en_brief()
    merged = dict(one)
    merged["sentences"] = one["sentences"] + two["sentences"]
    merged["sources"] = [
        {"path": "a.txt", "publisher": "БЕЛТА", "date": "2025-04-03", "place": "Віцебск", "title": "Першы",
         "sentences": [0, 4]},
        {"path": "b.txt", "publisher": "Звязда", "date": None, "place": None, "title": "Другі", "sentences": [5, 7]},
    ]
    text = md(merged)
    assert "- Першы · БЕЛТА · 3 красавіка 2025 · Віцебск · `a.txt`" in text
    assert "- Другі · Звязда · `b.txt`\n\n## " in text
    assert "### Першы" in text and "### Другі" in text
    assert text.index("### Другі") < text.index("6. Acme Pharma will open") < text.index("8. The plant")
    assert appendix(text)[6] == two["sentences"][0]


def test_json_is_the_brief_plus_a_fingerprint():
    brief = be_brief()
    data = json.loads(render(brief, "json"))
    assert data.pop("fingerprint").startswith("sha256:")
    assert data == brief
    assert json.loads(render(brief, "json", stamped=False)) == brief


@pytest.mark.parametrize("source, message", [
    ("{% for x in summary %}", "syntax error on line 1"),
    ("{{ no_such_name }}", "undefined name"),
    ("{{ title.__class__.__mro__[1].__subclasses__() }}", "unsafe template"),
    ("{{ labels.nope }}", "undefined name"),
])
def test_broken_or_unsafe_templates_give_one_line_errors(tmp_path, source, message):
    template = tmp_path / "bad.md.j2"
    template.write_text(source, encoding="utf-8")
    with pytest.raises(FactsheetError) as err:
        md(be_brief(), template)
    assert message in str(err.value) and "\n" not in str(err.value)
    assert err.value.path == str(template)


def test_missing_and_undecodable_templates(tmp_path):
    with pytest.raises(FactsheetError, match="template not found"):
        md(be_brief(), tmp_path / "none.md.j2")
    bad = tmp_path / "latin.md.j2"
    bad.write_bytes("{{ title }} \xe9".encode("latin-1"))
    with pytest.raises(FactsheetError, match="not UTF-8"):
        md(be_brief(), bad)


def test_user_template_sees_the_json_names(tmp_path):
    template = tmp_path / "mine.md.j2"
    template.write_text("{{ title }} / {{ language }} / {{ who[0].name }} / {{ source.place }} / "
                        "{{ summary | length }} / {{ labels.who }} / {{ [0, 1, 2, 5] | refs }}\n", encoding="utf-8")
    first = md(be_brief(), template).splitlines()[0]
    assert first == "Гродна і Віцебск дамовіліся пра завод / be / Ігар Навумчык / Віцебск / 2 / Хто / [1–3, 6]"


@pytest.mark.parametrize("fmt", ["md", "json"])
def test_fingerprint_tells_edited_files(tmp_path, fmt):
    path = tmp_path / f"brief.{fmt}"
    assert edited_since_written(path) is False  # nothing there: nothing to lose
    path.write_bytes(render(be_brief(), fmt))
    assert edited_since_written(path) is False
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("Віцебск", "Вiцебск", 1), encoding="utf-8")
    assert edited_since_written(path) is True
    path.write_text("written by hand\n", encoding="utf-8")
    assert edited_since_written(path) is True


def test_json_fingerprint_ignores_layout_only():
    from factsheet.render.fingerprint import json_matches

    data = render(be_brief(), "json")
    compact = json.dumps(json.loads(data), ensure_ascii=True, separators=(",", ":")).encode()
    assert json_matches(compact)
    changed = json.loads(data)
    changed["title"] = "Іншы"
    assert not json_matches(json.dumps(changed).encode())


@pytest.mark.parametrize("evidence, expected", [
    ([], ""), ([0], "[1]"), ([1, 0], "[1, 2]"), ([0, 1, 2, 5], "[1–3, 6]"), ([4, 2, 2], "[3, 5]"),
])
def test_refs_number_sentences_from_one(evidence, expected):
    from factsheet.render.context import refs

    assert refs(evidence) == expected


@pytest.mark.parametrize("text, iso, code, note", [
    ("у сакавіку", "2025-03", "be", "сакавік 2025"),
    ("красавіку 2025 года", "2025-04", "be", ""),
    ("15 декабря", "2024-12-15", "ru", "15 декабря 2024"),
    ("сегодня", "2024-12-03", "ru", "3 декабря 2024"),
    ("3 December 2024", "2024-12-03", "en", ""),
    ("2025–2026", "2025/2026", "en", ""),
    ("next spring", None, "en", ""),
])
def test_date_note_only_when_the_text_lacks_it(text, iso, code, note):
    from factsheet.render.context import date_note

    assert date_note({"text": text, "date": iso}, code) == note


def test_a_labelled_interview_answer_is_a_key_point_without_its_label():
    """A Q&A with speaker labels ("Q:", "Kirova:"): the questions and a one-word answer are no key points, and an
    answer picked is shown as the speaker's words, without the label."""
    import factsheet

    text = ("Borisov bus maker Anna Kirova: electric buses for Kazakhstan next spring\n\n"
            "Anna Kirova, the director of the Borisov bus plant, talked to us about the plant and its new buses.\n\n"
            "Q: What was this year like for the bus plant?\n"
            "Kirova: Hard. We lost two buyers to a plant in Poland and cut one shift at the bus plant.\n"
            "Q: Will you hire again?\n"
            "Kirova: Yes.\n"
            "Q: What comes next for the plant?\n"
            "Kirova: In spring we start making electric buses for a city in Kazakhstan, forty buses in the first year.\n")
    brief = factsheet.brief_from_text(text, lang="en")
    md_text = factsheet.render(brief, "md").decode()
    points = md_text.split("## Key points", 1)[1].split("##", 1)[0]
    lines = [line for line in points.splitlines() if line.startswith("- ")]
    assert lines and not any("Q:" in line or "Kirova:" in line or "“Yes”" in line for line in lines), lines
    assert any(line.startswith("- “") and line.split(" [")[0].endswith("— Anna Kirova") for line in lines), lines
