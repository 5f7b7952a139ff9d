"""Reading inputs: encodings, line endings, containers, and one-line errors for bad files."""
from __future__ import annotations

import pytest

from factsheet import reader
from factsheet.errors import FactsheetError

ARTICLE = "Загаловак навіны\n\nПершы сказ артыкула. Другі сказ.\n"


@pytest.mark.parametrize("data", [
    ARTICLE.encode("utf-8"),
    b"\xef\xbb\xbf" + ARTICLE.encode("utf-8"),
    ARTICLE.replace("\n", "\r\n").encode("utf-8"),
    ARTICLE.encode("utf-16"),
])
def test_text_encodings_and_line_endings_read_the_same(tmp_path, data):
    path = tmp_path / "a.txt"
    path.write_bytes(data)
    assert reader.read(str(path)).text == ARTICLE


@pytest.mark.parametrize("data, message", [
    (b"", "is empty"),
    (b"  \n\n \t\n", "is empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "binary"),
    ("Тэкст".encode("utf-16-le") * 20, "binary"),
])
def test_bad_files_give_one_line_errors_naming_the_file(tmp_path, data, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    with pytest.raises(FactsheetError) as err:
        reader.read(str(path))
    assert message in str(err.value)
    assert str(path) in str(err.value)
    assert "\n" not in str(err.value)


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(FactsheetError, match="no such file"):
        reader.read(str(tmp_path / "nope.txt"))
    with pytest.raises(FactsheetError, match="folder"):
        reader.read(str(tmp_path))


def test_legacy_encodings_are_read(tmp_path):
    path = tmp_path / "old.txt"
    path.write_bytes(ARTICLE.encode("cp1251"))
    assert reader.read(str(path)).text == ARTICLE


def test_control_characters_are_dropped(tmp_path):
    path = tmp_path / "c.txt"
    path.write_bytes("Адзін\x07 сказ.\x0c\n".encode())
    assert reader.read(str(path)).text == "Адзін сказ.\n"


def test_docx_headline_comes_from_the_title_paragraph(tmp_path):
    import docx

    document = docx.Document()
    document.add_heading("Mayor visits the port", level=0)
    document.add_paragraph("The mayor of Riga visited the port on Monday.")
    document.add_paragraph("He said the work will start in May.")
    path = tmp_path / "news.docx"
    document.save(path)
    article = reader.read(str(path))
    assert article.title == "Mayor visits the port"
    assert "The mayor of Riga visited the port on Monday." in article.text
    assert "Mayor visits" not in article.text


def test_broken_docx_is_a_clear_error(tmp_path):
    path = tmp_path / "broken.docx"
    path.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(FactsheetError, match="not a readable DOCX"):
        reader.read(str(path))


def test_html_keeps_the_article_and_drops_menus_and_scripts(tmp_path):
    body = " ".join(["The minister of trade opened the new terminal in the port of Gdansk on Friday."] * 3)
    html = f"""<html><head><title>Terminal opens</title><script>var tracker = 1;</script></head>
    <body><nav><ul><li>Home</li><li>Sport</li><li>Weather</li></ul></nav>
    <article><h1>Terminal opens in Gdansk</h1><p>{body}</p>
    <p>"We will double the capacity by 2027," the minister said at the ceremony.</p></article>
    <footer>Copyright 2024 Example News. All rights reserved.</footer></body></html>"""
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    article = reader.read(str(path))
    assert "new terminal in the port of Gdansk" in article.text
    assert "double the capacity" in article.text
    assert "tracker" not in article.text and "All rights reserved" not in article.text
    assert article.title and "Terminal opens" in article.title


def test_markdown_markup_is_dropped_and_text_kept(tmp_path):
    path = tmp_path / "news.md"
    path.write_text("# Mayor visits the port\n\nThe **mayor** of [Riga](https://riga.lv) visited the *new* port.\n"
                    "> \"We will build more,\" she said.\n\n- First item of a list.\n", encoding="utf-8")
    text = reader.read(str(path)).text
    assert text.splitlines()[0] == "Mayor visits the port"
    assert "The mayor of Riga visited the new port." in text
    assert '"We will build more," she said.' in text
    assert "First item of a list." in text and "**" not in text and "](" not in text
