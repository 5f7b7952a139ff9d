"""The catalogue of awkward inputs (README, "Awkward inputs"): one test per row.

Each input is either briefed (what was odd about it handled) or refused with one line naming the file, exit code 1
from the command line, no traceback and nothing written for it.
"""
from __future__ import annotations

import io
import json
import zipfile

import docx
import pytest
from click.testing import CliRunner

import factsheet
from factsheet import cli, reader
from factsheet.errors import FactsheetError

BE = ("Сустрэча ў Мінску\n\nУ пятніцу ў Мінску адбылася сустрэча кіраўнікоў двух прадпрыемстваў. Бакі дамовіліся "
      "пра пастаўкі абсталявання. «Мы чакаем першых вынікаў да канца года», — заявіў дырэктар завода.\n")
RU = ("Встреча в Минске\n\nВ пятницу в Минске состоялась встреча руководителей двух предприятий. Стороны "
      "договорились о поставках оборудования. «Мы ждём первых результатов к концу года», — заявил директор.\n")
RU_KOI8 = RU.replace("«", '"').replace("»", '"').replace("—", "-")  # KOI8-R has no guillemets or dashes
EN = ("Plant deal signed in Minsk\n\nOn Friday the heads of two companies met in Minsk. They agreed on deliveries "
      "of equipment worth €40 million. “We expect the first results by the end of the year,” said the plant’s "
      "director. The next meeting is set for March — when the contracts will be signed.\n")
DE = ("Neue Brücke für die Stadt\n\nDer Stadtrat hat am Montag den Haushalt für das kommende Jahr beschlossen. "
      "Die Bürgermeisterin sagte, die neue Brücke werde im Frühjahr eröffnet. Die Arbeiten an der Schule sollen "
      "im Herbst beginnen, teilte die Verwaltung mit.\n")
UK = ("Новий міст для міста\n\nМіська рада в понеділок затвердила бюджет на наступний рік. Мер сказала, що новий "
      "міст відкриють навесні. Роботи в школі мають розпочатися восени, повідомили в адміністрації.\n")


def run(*args, input=None):
    return CliRunner().invoke(cli.main, list(args), input=input, catch_exceptions=False)


def refused(path, fragment: str):
    """Reading ``path`` (library and CLI) fails with one line naming it and containing ``fragment``."""
    with pytest.raises(FactsheetError) as err:
        factsheet.brief_from_path(path)
    message = str(err.value)
    assert fragment in message and str(path) in message and "\n" not in message
    result = run("brief", str(path), "--format", "json", "--output", "-")
    assert result.exit_code == 1 and not result.stdout
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and str(path) in lines[0] and fragment in lines[0] and "Traceback" not in result.stderr


def write(tmp_path, name: str, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return path


# --- empty, blank, binary, control characters ---------------------------------------------------------------

@pytest.mark.parametrize("data", [b"", b" \n\r\n\t \n", "\ufeff\n".encode("utf-8")])
def test_empty_or_blank_file_is_refused(tmp_path, data):
    refused(write(tmp_path, "empty.txt", data), "is empty")


@pytest.mark.parametrize("data", [
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00",
    bytes(range(256)) * 8,
    zipfile.ZipFile.__doc__.encode() + b"\x00\x01\x02\x03" * 50,
])
def test_binary_file_is_refused(tmp_path, data):
    refused(write(tmp_path, "image.txt", data), "binary")


@pytest.mark.parametrize("first, second", [("\x00", ""), ("\x1b", "\x1b"), ("\x00\x1b", "\x07")])
def test_a_few_stray_control_characters_are_dropped(tmp_path, first, second):
    text = EN.replace("On Friday", f"On{first} Friday").replace("March", f"Ma{second}rch")
    path = write(tmp_path, "stray.txt", text.encode("utf-8"))
    assert reader.read(str(path)).text == EN
    assert "On Friday" in " ".join(factsheet.brief_from_path(path).to_dict()["sentences"])


# --- encodings ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, encoding", [
    (BE, "utf-8"), (RU, "utf-8"), (EN, "utf-8"),
    (BE, "utf-8-sig"), (EN, "utf-8-sig"),
    (BE, "utf-16"), (RU, "utf-16-be-bom"), (EN, "utf-16"),
    (BE, "cp1251"), (RU, "cp1251"), (RU_KOI8, "koi8_r"), (EN, "cp1252"),
])
def test_encodings_are_detected(tmp_path, text, encoding):
    data = b"\xfe\xff" + text.encode("utf-16-be") if encoding == "utf-16-be-bom" else text.encode(encoding)
    path = write(tmp_path, "article.txt", data.replace(b"\n", b"\r\n") if "16" not in encoding else data)
    assert reader.read(str(path)).text == text
    assert factsheet.brief_from_path(path).to_dict()["title"] == text.split("\n")[0]


@pytest.mark.parametrize("damage", ["cut", "stray"])
def test_utf8_with_a_few_damaged_bytes_is_read_without_them(tmp_path, damage):
    data = BE.encode("utf-8")
    middle = data.index("Бакі".encode())
    if damage == "cut":  # a file cut short in the middle of a character
        data = data[:-5]
    else:  # one stray byte from a bad copy
        data = data[:middle] + b"\xff" + data[middle:]
    text = reader.read(str(write(tmp_path, "damaged.txt", data))).text
    assert text.startswith(BE[:40]) and "Бакі дамовіліся" in text and "\ufffd" not in text


def test_one_line_legacy_headline_is_read_right(tmp_path):
    """Short texts are where a detector left alone guesses wrong (KOI8-R read as cp932)."""
    for text, encoding in (("Городской совет утвердил бюджет на следующий год.", "koi8_r"),
                           ("Гарадскі савет зацвердзіў бюджэт.", "cp1251")):
        assert reader.read(str(write(tmp_path, "h.txt", text.encode(encoding)))).text == text


# --- what XML forbids, DOCX inputs ----------------------------------------------------------------------------

def test_characters_xml_forbids_do_not_break_the_docx():
    text = EN.replace("Friday", "Fri\x00day\x0b").replace("Minsk.", "Minsk\x1b.\ufffe")
    brief = factsheet.brief_from_text(text, lang="en")
    document = docx.Document(io.BytesIO(factsheet.render(brief, "docx")))
    body = "\n".join(p.text for p in document.paragraphs)
    assert "Friday" in body and "\x00" not in body
    json.loads(factsheet.render(brief, "json"))


@pytest.mark.parametrize("data, fragment", [(b"PK\x03\x04 not really a zip", "not a readable DOCX"),
                                            (b"just text in a .docx", "not a readable DOCX"), (b"", "is empty")])
def test_broken_docx_is_refused(tmp_path, data, fragment):
    refused(write(tmp_path, "broken.docx", data), fragment)


def test_zip_without_a_document_is_refused(tmp_path):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("hello.txt", "not a Word document")
    refused(write(tmp_path, "notword.docx", buffer.getvalue()), "not a readable DOCX")


def test_docx_zip_bomb_is_refused_before_unpacking(tmp_path, monkeypatch):
    monkeypatch.setenv(reader.LIMIT_VARIABLE, "1")  # unpacked limit: 1 MB x DOCX_EXPANSION
    document = docx.Document()
    document.add_paragraph("The plant opened on Friday.")
    buffer = io.BytesIO()
    document.save(buffer)
    with zipfile.ZipFile(buffer, "a", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/media/bomb.bin", b"\0" * (reader.DOCX_EXPANSION * 1024 * 1024 + 1))
    path = write(tmp_path, "bomb.docx", buffer.getvalue())
    assert path.stat().st_size < 100_000  # small on disk, large unpacked
    refused(path, "unpacks to more than 5 MB")


# --- size ---------------------------------------------------------------------------------------------------

def test_huge_input_is_refused_with_the_limit_and_how_to_raise_it(tmp_path, monkeypatch):
    monkeypatch.setenv(reader.LIMIT_VARIABLE, "0.01")
    path = write(tmp_path, "huge.txt", EN.encode() * 40)
    refused(path, f"too large for an article (over 0.01 MB; set {reader.LIMIT_VARIABLE}")
    result = run("brief", "-", "--format", "json", "--output", "-", input=EN.encode() * 40)
    assert result.exit_code == 1 and "<stdin>: is too large" in result.stderr
    monkeypatch.setenv(reader.LIMIT_VARIABLE, "1")
    assert reader.read(str(path)).text == EN * 40


@pytest.mark.parametrize("value", ["lots", "0", "-3", "nan", "inf"])
def test_a_bad_size_limit_is_one_line(tmp_path, monkeypatch, value):
    monkeypatch.setenv(reader.LIMIT_VARIABLE, value)
    result = run("brief", str(write(tmp_path, "a.txt", EN.encode())), "--format", "json", "--output", "-")
    assert result.exit_code == 1 and f"{reader.LIMIT_VARIABLE}='{value}' is not a positive number" in result.stderr


# --- text shapes ----------------------------------------------------------------------------------------------

def test_text_with_no_sentence_punctuation_is_briefed(tmp_path):
    lines = ["the heads of two companies met in Minsk on Friday", "they agreed on deliveries of equipment",
             "the director said the first results are expected by the end of the year",
             "the next meeting is set for March in Grodno"]
    path = write(tmp_path, "flat.txt", "\n".join(lines).encode())
    data = factsheet.brief_from_path(path, lang="en").to_dict()
    assert data["title"] == lines[0] and data["sentences"] == lines[1:] and data["summary"]
    one_paragraph = factsheet.brief_from_text(" ".join(lines * 5), lang="en").to_dict()
    assert one_paragraph["sentences"] and one_paragraph["summary"]


def test_hard_wrapped_text_is_read_as_whole_sentences(tmp_path):
    """A PDF or an e-mail saved as text: lines broken at a fixed width, words broken at a hyphen."""
    import textwrap

    body = ("On Friday the heads of two companies met in Minsk to discuss the supply of equipment for the new "
            "plant. They agreed on deliveries worth 40 million euros, the ministry of economy said in a statement. "
            "The next meeting is set for March, when the contracts will be signed in Grodno.")
    first = ("On Friday the heads of two companies met in Minsk to discuss the supply of equip-\n"
             "ment for the new plant. They agreed on deliveries worth 40 million euros, the\n"
             "ministry of economy said in a statement. The next meeting is set for March,\n"
             "when the contracts will be signed in Grodno.")
    text = f"Plant deal signed in Minsk\n\n{first}\n\n{textwrap.fill(body, 76)}\n25 November 2024, Minsk\nBelTA\n"
    data = factsheet.brief_from_path(write(tmp_path, "export.txt", text.encode())).to_dict()
    assert data["title"] == "Plant deal signed in Minsk"
    assert data["sentences"][0] == ("On Friday the heads of two companies met in Minsk to discuss the supply of "
                                    "equip-ment for the new plant.")
    assert data["sentences"][4] == body.split(". ")[1] + "."
    assert len(data["sentences"]) == 6
    assert data["source"]["date"] == "2024-11-25" and data["source"]["publisher"] == "BelTA"


def test_one_paragraph_per_line_is_not_joined(tmp_path, sample):
    for code in ("be", "ru", "en"):
        text = sample(code).read_text(encoding="utf-8")
        assert reader.read(str(sample(code))).text == text


def test_html_with_scripts_keeps_the_text_only(tmp_path):
    body = "<p>The heads of two companies met in Minsk on Friday. They agreed on deliveries of equipment.</p>" * 3
    html = (f"<html><head><title>Deal signed</title><script>alert('x'); var secret = 42;</script></head><body>"
            f"<article><h1>Deal signed</h1>{body}<script>document.write('injected text here')</script>"
            f"<noscript>Enable scripts</noscript></article><style>p {{color: red}}</style></body></html>")
    data = factsheet.brief_from_path(write(tmp_path, "page.html", html.encode())).to_dict()
    text = json.dumps(data, ensure_ascii=False)
    assert "Minsk" in text and "secret" not in text and "injected" not in text and "color" not in text


def test_html_of_scripts_only_is_refused(tmp_path):
    html = b"<html><head><script>var a = 'The plant opened on Friday in Minsk.';</script></head><body></body></html>"
    refused(write(tmp_path, "scripts.html", html), "no article text")


def test_html_headline_is_not_repeated_as_the_first_sentence(tmp_path):
    body = " ".join(["The minister of trade opened the new terminal in the port of Gdansk on Friday."] * 2)
    html = (f"<html><head><title>Terminal opens in Gdansk | Example News</title></head><body><article>"
            f"<h1>Terminal opens in Gdansk</h1><p>{body}</p><p>The work cost two million euros.</p>"
            f"</article></body></html>")
    data = factsheet.brief_from_path(write(tmp_path, "page.html", html.encode())).to_dict()
    assert data["title"] == "Terminal opens in Gdansk"
    assert all("Terminal opens" not in s for s in data["sentences"])
    assert data["sentences"][0].startswith("The minister of trade")


# --- paths, output, templates ---------------------------------------------------------------------------------

def test_missing_path_is_refused(tmp_path):
    refused(tmp_path / "nowhere.txt", "no such file")


def test_folder_given_as_an_input_is_refused(tmp_path):
    refused(tmp_path, "folder")


def test_output_folder_that_cannot_be_written(tmp_path):
    article = write(tmp_path, "a.txt", EN.encode())
    blocker = write(tmp_path, "occupied", b"a file where the output folder should be")
    result = run("brief", str(article), "--format", "md", "--output", str(blocker / "briefs"))
    assert result.exit_code == 1 and "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and str(blocker) in lines[0] and "cannot write" in lines[0]
    assert blocker.read_bytes().startswith(b"a file")


@pytest.mark.parametrize("name, data, fragment", [
    ("broken.md.j2", b"{% for x in who %}{{ x.name }", "template"),
    ("unsafe.md.j2", b"{{ title.__class__.__mro__[1].__subclasses__() }}", "unsafe template"),
    ("broken.docx", b"PK\x03\x04 not a document", "not a usable Word"),
])
def test_broken_or_unsafe_template_is_refused(tmp_path, name, data, fragment):
    template = write(tmp_path, name, data)
    article = write(tmp_path, "a.txt", EN.encode())
    fmt = "docx" if name.endswith(".docx") else "md"
    result = run("brief", str(article), "--format", fmt, "--template", str(template), "--output", str(tmp_path / "o"))
    assert result.exit_code == 1 and "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and str(template) in lines[0] and fragment in lines[0]
    assert not (tmp_path / "o" / f"a.{fmt}").exists()


# --- languages --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, language", [(DE, "German (de)"), (UK, "Ukrainian (uk)"),
                                            (DE.encode("ascii", "ignore").decode(), "German (de)")])
def test_language_with_no_pack_is_refused_naming_it(tmp_path, text, language):
    refused(write(tmp_path, "foreign.txt", text.encode()), f"is in {language}, which has no language pack")


def test_language_with_no_pack_can_be_forced(tmp_path):
    path = write(tmp_path, "foreign.txt", DE.encode())
    assert factsheet.brief_from_path(path, lang="en").to_dict()["language"] == "en"
