"""DOCX rendering read back with python-docx: styles, the fact table, comments quoting the right sentences,
core properties, the source hyperlink, the appendix, merged briefs, template errors and fingerprints."""
from __future__ import annotations

import io
from datetime import datetime, timedelta, timezone

import docx
import pytest
from docx.oxml.ns import qn

from factsheet.errors import FactsheetError
from factsheet.model import Brief, Facts, Person, Place, Quote, Source, Statement, When
from factsheet.render import edited_since_written, render


def ru_brief(**source) -> dict:
    sentences = [
        "Делегация Калуги прибыла в Брест 12 марта 2025 года.",
        "Губернатор Калужской области Иван Петров провёл переговоры с коллегами.",
        "«Мы готовы строить здесь завод», — сказал Иван Петров.",
        "Стороны подпишут соглашение летом.",
        "Завод «Брестмаш» получит первый заказ.",
    ]
    facts = Facts(
        who=[Person("Иван Петров", role="губернатор Калужской области", evidence=[1, 2]),
             Person("Брестмаш", "organization", None, [4])],
        where=[Place("Брест", [0]), Place("Калуга", [0])],
        when=[When("12 марта 2025", "2025-03-12", [0]), When("летом", None, [3])],
        what=[Statement("Переговоры делегации Калуги в Бресте", [0, 1])],
        next_steps=[Statement("Подписать соглашение летом", [3])],
        quotes=[Quote("Иван Петров", "Мы готовы строить здесь завод", [2])],
    )
    src = dict(path="ru_x.txt", publisher="БЕЛТА", date="2025-03-12", place="Брест") | source
    return Brief("ru", "Калуга и Брест договорились о заводе", Source(**src), sentences, [0, 2], facts).to_dict()


def read(data: bytes):
    return docx.Document(io.BytesIO(data))


def plain(text: str) -> str:
    """References and speaker names use no-break spaces in print; compare with ordinary ones."""
    return text.replace("\xa0", " ")


def anchored_comments(document) -> dict[str, str]:
    """Anchored text -> comment text, following the commentRangeStart/End markers in document order."""
    comments = {c.comment_id: c.text for c in document.comments}
    open_ids, texts = [], {}
    for el in document.element.body.iter():
        if el.tag == qn("w:commentRangeStart"):
            open_ids.append(int(el.get(qn("w:id"))))
        elif el.tag == qn("w:commentRangeEnd"):
            open_ids.remove(int(el.get(qn("w:id"))))
        elif el.tag == qn("w:t"):
            for cid in open_ids:
                texts[cid] = texts.get(cid, "") + (el.text or "")
    return {texts[cid]: comments[cid] for cid in texts}


@pytest.fixture(scope="module")
def brief():
    return ru_brief(url="https://example.org/news/42")


@pytest.fixture(scope="module")
def document(brief):
    return read(render(brief, "docx"))


def test_real_word_styles(document):
    styles = [p.style.name for p in document.paragraphs]
    assert styles[0] == "Title" and document.paragraphs[0].text == "Калуга и Брест договорились о заводе"
    for name in ("Heading 1", "List Bullet", "Checklist", "Quote", "Source Sentence"):
        assert name in styles
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert headings == ["Главное", "Справка", "Что", "Следующие шаги", "Цитаты", "Источник"]
    bullets = [plain(p.text) for p in document.paragraphs if p.style.name == "List Bullet"]
    assert bullets[0] == "Делегация Калуги прибыла в Брест 12 марта 2025 года. [1]"
    assert [plain(p.text) for p in document.paragraphs if p.style.name == "Checklist"] == [
        "☐\tПодписать соглашение летом [4]"]
    assert [plain(p.text) for p in document.paragraphs if p.style.name == "Quote"] == [
        "«Мы готовы строить здесь завод» — Иван Петров [3]"]
    assert "{{" not in "\n".join(p.text for p in document.paragraphs)


def test_fact_table(document):
    (table,) = document.tables
    assert table.style.name == "Fact Sheet"
    rows = [[plain(c.text) for c in row.cells] for row in table.rows]
    assert [r[0] for r in rows] == ["Кто", "Где", "Когда"]
    assert rows[0][1] == "Иван Петров — губернатор Калужской области [2, 3]\nБрестмаш [5]"
    assert rows[1][1] == "Брест [1]; Калуга [1]"
    assert rows[2][1] == "12 марта 2025 [1]\nлетом [4]"
    name_run = table.rows[0].cells[1].paragraphs[0].runs[0]
    assert name_run.text == "Иван Петров" and name_run.bold


def test_comments_quote_the_source_sentences(brief, document):
    s = brief["sentences"]
    comments = anchored_comments(document)
    assert comments["Иван Петров"] == f"[2] {s[1]}\n[3] {s[2]}"
    assert comments["Брестмаш"] == f"[5] {s[4]}"
    assert comments["Калуга"] == comments["Брест"] == f"[1] {s[0]}"
    assert comments["летом"] == f"[4] {s[3]}"
    assert comments["Подписать соглашение летом"] == f"[4] {s[3]}"
    assert comments["«Мы готовы строить здесь завод»"] == f"[3] {s[2]}"
    assert all(c.author == "factsheet" and c.initials == "fs" for c in document.comments)
    assert len(document.comments) == 9  # 2 who + 2 where + 2 when + what + next step + quote


def test_core_properties(document):
    cp = document.core_properties
    assert cp.title == "Калуга и Брест договорились о заводе"
    assert cp.subject == "Переговоры делегации Калуги в Бресте"
    assert cp.keywords == "Иван Петров, Брестмаш, Брест, Калуга"
    assert cp.language == "ru"
    created = cp.created.replace(tzinfo=timezone.utc) if cp.created.tzinfo is None else cp.created
    assert abs(datetime.now(timezone.utc) - created) < timedelta(minutes=5)


def test_source_line_links_the_url(document):
    line = document.paragraphs[1]
    assert line.style.name == "Subtitle"
    assert line.text == "БЕЛТА · 12 марта 2025 · Брест · https://example.org/news/42"
    (link,) = line.hyperlinks
    assert link.url == "https://example.org/news/42"


def test_appendix_numbers_every_sentence(brief, document):
    appendix = [p.text for p in document.paragraphs if p.style.name == "Source Sentence"]
    assert appendix == [f"{i + 1}.\t{s}" for i, s in enumerate(brief["sentences"])]


def test_empty_sections_and_table_rows_are_removed():
    bare = Brief("en", "Short note", Source("x.txt"), ["One thing happened.", "Then another."], [0],
                 Facts(where=[Place("Minsk", [1])])).to_dict()
    document = read(render(bare, "docx"))
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert headings == ["Key points", "Fact sheet", "Source"]
    assert [[plain(c.text) for c in row.cells] for row in document.tables[0].rows] == [["Where", "Minsk [2]"]]
    assert document.paragraphs[1].style.name != "Subtitle"  # no source line: nothing known of the source
    nothing = Brief("en", "Shorter", Source("x.txt"), ["One thing happened."], [0]).to_dict()
    document = read(render(nothing, "docx"))
    assert document.tables == []
    assert "Fact sheet" not in [p.text for p in document.paragraphs]


def test_merged_brief_has_source_lines_and_appendix_groups():
    one, two = ru_brief(), ru_brief(publisher="Звязда", place="Минск")
    merged = dict(one, sentences=one["sentences"] + two["sentences"], sources=[
        {"path": "a.txt", "publisher": "БЕЛТА", "date": "2025-03-12", "place": "Брест", "title": "Первая",
         "sentences": [0, 4]},
        {"path": "b.txt", "publisher": "Звязда", "date": None, "place": "Минск", "title": "Вторая",
         "sentences": [5, 9]},
    ])
    document = read(render(merged, "docx"))
    texts = [(p.style.name, p.text) for p in document.paragraphs]
    assert ("Subtitle", "Первая — БЕЛТА · 12 марта 2025 · Брест") in texts
    assert ("Subtitle", "Вторая — Звязда · Минск") in texts
    h2 = [t for s, t in texts if s == "Heading 2"]
    assert h2 == ["Первая", "Вторая"]
    second = texts.index(("Heading 2", "Вторая"))
    assert texts[second + 1] == ("Source Sentence", f"6.\t{two['sentences'][0]}")


def test_broken_and_unknown_templates(tmp_path):
    bad = tmp_path / "bad.docx"
    bad.write_bytes(b"PK\x03\x04 this is not a zip")
    with pytest.raises(FactsheetError, match="not a usable Word"):
        render(ru_brief(), "docx", bad)
    doc = docx.Document()
    doc.add_paragraph("{{ nothing.here }}")
    odd = tmp_path / "odd.docx"
    doc.save(odd)
    with pytest.raises(FactsheetError, match=r"unknown placeholder \{\{nothing.here\}\}"):
        render(ru_brief(), "docx", odd)
    with pytest.raises(FactsheetError, match="template not found"):
        render(ru_brief(), "docx", tmp_path / "missing.docx")


def test_placeholder_split_over_runs_keeps_formatting(tmp_path):
    doc = docx.Document()
    p = doc.add_paragraph("Brief: ")
    p.add_run("{{ti").bold = True
    p.add_run("tle}}").italic = True
    p.add_run(" ({{language}})")
    path = tmp_path / "split.docx"
    doc.save(path)
    out = read(render(ru_brief(), "docx", path)).paragraphs[0]
    assert out.text == "Brief: Калуга и Брест договорились о заводе (ru)"
    assert any(r.bold and r.text == "Калуга и Брест договорились о заводе" for r in out.runs)


def test_fingerprint_tells_an_edited_docx(tmp_path):
    path = tmp_path / "brief.docx"
    path.write_bytes(render(ru_brief(), "docx"))
    assert edited_since_written(path) is False
    again = tmp_path / "again.docx"  # a written brief used as a template keeps one, renewed fingerprint
    again.write_bytes(render(ru_brief(), "docx", path))
    assert edited_since_written(again) is False
    document = docx.Document(str(path))
    document.add_paragraph("Добавлено на совещании.")
    document.save(str(path))
    assert edited_since_written(path) is True
    from factsheet.render import default_template

    assert edited_since_written(default_template("docx")) is True  # never written by factsheet: the user's


def test_repeated_paragraphs_do_not_repeat_word_ids(tmp_path):
    from docx.oxml import OxmlElement

    doc = docx.Document()
    p = doc.add_paragraph("{{summary}}", style="List Bullet")
    p._p.set("{http://schemas.microsoft.com/office/word/2010/wordml}paraId", "1A2B3C4D")
    mark = OxmlElement("w:bookmarkStart")
    mark.set(qn("w:id"), "0")
    mark.set(qn("w:name"), "_GoBack")
    p._p.insert(0, mark)
    path = tmp_path / "word.docx"
    doc.save(path)
    out = read(render(ru_brief(), "docx", path))
    assert [plain(p.text) for p in out.paragraphs][:2] == [
        "Делегация Калуги прибыла в Брест 12 марта 2025 года. [1]", "«Мы готовы строить здесь завод» — Иван Петров [3]"]
    xml = out.element.body.xml
    assert "1A2B3C4D" not in xml and "bookmarkStart" not in xml


def test_reference_and_link_styles(document):
    refs = [r for p in document.paragraphs for r in p.runs if r.text.startswith("[")]
    assert refs and all(r.style.name == "Evidence Reference" for r in refs)
    (link,) = document.paragraphs[1].hyperlinks
    assert link.runs[0].style.name == "Hyperlink"


def test_slots_beside_inline_text_and_in_one_row(tmp_path):
    doc = docx.Document()
    doc.add_paragraph("{{title}} {{labels.what}}: {{what}} ({{language}})")
    row = doc.add_table(rows=1, cols=2).rows[0]
    row.cells[0].paragraphs[0].add_run("{{quotes}}")
    row.cells[1].paragraphs[0].add_run("{{who}}")
    path = tmp_path / "mixed.docx"
    doc.save(path)
    brief = dict(ru_brief(), title="{{who}}", quotes=[])  # brief text is never read as a slot
    out = read(render(brief, "docx", path))
    assert plain(out.paragraphs[0].text) == "{{who}} Что: Переговоры делегации Калуги в Бресте [1, 2] (ru)"
    assert out.tables == []  # the row went with its empty slot, the table with its last row


def test_control_characters_in_the_text_do_not_break_the_document():
    brief = ru_brief()
    brief["sentences"][0] = "Делегация\x0b Калуги\x01 прибыла."
    brief["summary"][0]["text"] = brief["sentences"][0]
    brief["title"] = "Калуга\x0c и Брест"
    out = read(render(brief, "docx"))
    assert out.paragraphs[0].text == "Калуга и Брест"
    assert plain(out.paragraphs[3].text) == "Делегация Калуги прибыла. [1]"


def test_every_list_slot_is_documented_for_template_authors():
    """A list slot the filler knows (``docx_items.ITEMS``) but templates/README.md does not name is one no user
    can find."""
    import re
    from pathlib import Path

    from factsheet.render.docx_items import ITEMS

    readme = Path(__file__).resolve().parents[1] / "templates" / "README.md"
    if not readme.is_file():
        pytest.skip("templates/README.md not beside the tests (installed elsewhere)")
    text = readme.read_text(encoding="utf-8")
    listed = text[text.index("- list slots"):text.index("Every fact gets")]
    documented = set(re.findall(r"\{\{(\w+)\}\}", listed))
    assert set(ITEMS) - documented == set()


def test_a_comment_quotes_the_first_sources_of_a_fact_cited_everywhere():
    """A long report names its main actor in hundreds of sentences: the [n] references list them all, the comment
    quotes the first five and says how many more (a comment of hundreds of paragraphs helps nobody and took most
    of a 5 MB report's DOCX time)."""
    sentences = [f"Иван Петров выступил в пункте {n}." for n in range(12)]
    facts = Facts(who=[Person("Иван Петров", evidence=list(range(12)))])
    brief = Brief("ru", "Отчёт", Source(path="r.txt"), sentences, [0], facts).to_dict()
    comment = anchored_comments(read(render(brief, "docx")))["Иван Петров"]
    assert comment.split("\n") == [f"[{n + 1}] {sentences[n]}" for n in range(5)] + ["… (+7)"]


def test_markup_characters_in_the_text_stay_text():
    """The appendix and the comments are written as markup in bulk: ``&``, ``<``, ``>``, quotes, a tab and line
    breaks in a sentence come back as the same text, not as tags."""
    brief = ru_brief()
    odd = 'Счёт <b>1 & 2</b> > "3" \'4\'\tи\r\nдалее.'
    brief["sentences"][2] = odd
    out = read(render(brief, "docx"))
    appendix = [p.text for p in out.paragraphs if p.style.name == "Source Sentence"]
    assert appendix[2] == f"3.\t{odd}"
    comment = anchored_comments(out)["«Мы готовы строить здесь завод»"]
    assert comment.startswith('[3] Счёт <b>1 & 2</b> > "3" \'4\'\tи\n') and comment.endswith("далее.")


def test_many_facts_get_one_comment_each_with_its_own_id():
    sentences = [f"Пётр Иванов{n} сказал: «Слово {n}»." for n in range(40)]
    facts = Facts(quotes=[Quote(f"Пётр Иванов{n}", f"Слово {n}", [n]) for n in range(40)])
    brief = Brief("ru", "Отчёт", Source(path="r.txt"), sentences, [0], facts).to_dict()
    out = read(render(brief, "docx"))
    ids = [c.comment_id for c in out.comments]
    assert sorted(ids) == list(range(40))
    comments = anchored_comments(out)
    assert all(comments[f"«Слово {n}»"] == f"[{n + 1}] {sentences[n]}" for n in range(40))


def test_a_slot_paragraph_with_its_own_namespace_keeps_it(tmp_path):
    """Generated paragraphs are spliced into the saved XML as text when the part's root declares every namespace
    they use; a template paragraph that declares one of its own (here an attribute in a namespace of its own)
    gets its copies parsed into the tree instead, so the document stays well-formed."""
    doc = docx.Document()
    p = doc.add_paragraph("{{sentences}}")
    p._p.set("{urn:example:notes}note", "kept")
    path = tmp_path / "ns.docx"
    doc.save(path)
    brief = ru_brief()
    out = read(render(brief, "docx", path))
    assert [p.text for p in out.paragraphs] == [f"{i + 1}.\t{s}" for i, s in enumerate(brief["sentences"])]
    assert all(p._p.get("{urn:example:notes}note") == "kept" for p in out.paragraphs)
