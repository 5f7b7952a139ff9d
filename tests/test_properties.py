"""Property-based tests (hypothesis): the whole pipeline on arbitrary text and structure.

Whatever the text — headline lines, blank lines, quotes, control characters, any script — building a brief either
works or raises FactsheetError (one line); it never fails otherwise, and every brief renders: the JSON parses, the
Markdown is UTF-8 and the DOCX opens in python-docx. Example counts are kept small so the suite stays quick.
"""
from __future__ import annotations

import io
import json
import os

import docx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import factsheet
from factsheet import langpack
from factsheet.errors import FactsheetError

_ANY = st.characters()  # any character, letters with no Unicode name included (they once crashed pymorphy3)

# CI runs the same examples every time (a red build then means a change broke something); a developer's run draws
# new ones and so keeps exploring
settings.register_profile("ci", derandomize=True)
if os.environ.get("CI"):
    settings.load_profile("ci")
SETTINGS = settings(max_examples=30, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
LANGS = ["auto", *langpack.available()]

# words in the packs' scripts and beyond, with the characters that make segmenting and quoting hard
_letters = st.sampled_from("абвгдеёжзійклмнопрстуўфхцчшщъыьэюяabcdefghijklmnopqrstuvwxyzäöüßéçñ")
_word = st.builds(lambda w, cap: w.capitalize() if cap else w, st.text(_letters, min_size=1, max_size=10),
                  st.booleans())
_odd = st.sampled_from(["«", "»", "“", "”", '"', "„", "'", "—", "-", "…", ".", "!", "?", ":", ";", ",", "(", ")",
                        "\x00", "\x1b", "\x0b", "\t", "\u00a0", "\u200b", "\ufeff", "\ufffe", "2019", "18.11.2019",
                        "г.", "Mr.", "т.д.", "https://example.org/a", "@", "#", "*", "**", "1.", "БЕЛТА", "Reuters"])
_token = st.one_of(_word, _word, _word, _odd)
_sentence = st.builds(lambda toks, end: " ".join(toks) + end, st.lists(_token, min_size=1, max_size=15),
                      st.sampled_from([".", "!", "?", "", "…", ".»", '."']))
_paragraph = st.builds(" ".join, st.lists(_sentence, min_size=1, max_size=4))
_article = st.builds(
    lambda head, blank, paras, tail: "\n".join([head] + ([""] if blank else []) + paras + tail),
    _sentence, st.booleans(), st.lists(_paragraph, min_size=0, max_size=6),
    st.lists(st.sampled_from(["", "18 лістапада 2019, Мінск", "Гомель, 3 апреля 2025", "18 November 2019, Minsk",
                              "БЕЛТА", "Reuters", "Source: https://example.org/news/1"]), max_size=3))


def check_brief(text: str, lang: str) -> None:
    try:
        brief = factsheet.brief_from_text(text, lang=lang)
    except FactsheetError as err:
        assert "\n" not in str(err)
        return
    data = json.loads(factsheet.render(brief, "json"))
    assert data["schema"] == "factsheet.brief/1" and data["sentences"]
    for item in data["summary"]:
        assert 0 <= item["sentence"] < len(data["sentences"])
    assert factsheet.render(brief, "md").decode("utf-8").strip()
    document = docx.Document(io.BytesIO(factsheet.render(brief, "docx")))
    assert any(p.text.strip() for p in document.paragraphs)


@SETTINGS
@given(text=_article, lang=st.sampled_from(LANGS))
def test_structured_articles_always_brief_or_refuse_cleanly(text, lang):
    check_brief(text, lang)


@SETTINGS
@given(text=st.text(_ANY, min_size=0, max_size=400), lang=st.sampled_from(LANGS))
def test_any_unicode_text_briefs_or_refuses_cleanly(text, lang):
    check_brief(text, lang)


@settings(max_examples=30, deadline=None, database=None)
@given(data=st.binary(max_size=300),
       suffix=st.sampled_from([".txt", ".md", ".html", ".docx"]))
def test_any_bytes_in_a_file_read_or_refuse_cleanly(tmp_path_factory, data, suffix):
    path = tmp_path_factory.mktemp("bytes") / f"input{suffix}"
    path.write_bytes(data)
    try:
        brief = factsheet.brief_from_path(path)
    except FactsheetError as err:
        assert "\n" not in str(err) and str(path) in str(err)
        return
    json.loads(factsheet.render(brief, "json"))
    docx.Document(io.BytesIO(factsheet.render(brief, "docx")))


def test_letter_without_a_unicode_name():
    """Found by the test above: one Tangut letter in a Russian text made a traceback (ValueError: no such name)."""
    check_brief("\U00017000", "ru")


def test_lone_surrogates_do_not_break_the_outputs():
    """Found by the Unicode property: a str with a lone surrogate (as surrogateescape reading makes) made the JSON
    renderer raise UnicodeEncodeError."""
    check_brief("\ud800 The plant opened in Minsk on Friday. The next meeting is set for March.", "en")
    brief = factsheet.brief_from_text("Plant opens\n\nThe plant opened in Minsk\udcff on Friday. It employs 300.")
    assert "\udcff" not in json.dumps(brief.to_dict(), ensure_ascii=False)


@pytest.mark.parametrize("code", langpack.available())
def test_a_pack_language_article_with_odd_characters_briefs(code, sample):
    """Not random, but the same mix: a real article with every odd character kept briefs in its own language."""
    text = sample(code).read_text(encoding="utf-8").replace(" ", " \x00", 3).replace(".", ".\u200b", 2)
    brief = factsheet.brief_from_text(text)
    assert brief.language == code
    docx.Document(io.BytesIO(factsheet.render(brief, "docx")))


@settings(max_examples=200, deadline=None, database=None)
@given(text=st.text(st.characters(blacklist_categories=("Cs", "Cc")) | st.sampled_from("\n\r\t"), max_size=300))
def test_any_utf8_text_decodes_to_itself(text):
    """Every UTF-8 text reads back exactly (line ends made LF, a leading BOM dropped), however few its letters."""
    from factsheet.decoding import decode

    expected = text.replace("\r\n", "\n").replace("\r", "\n").removeprefix("\ufeff")
    expected = expected.replace("\ufffe", "").replace("\uffff", "")
    try:
        assert decode(text.encode("utf-8"), "t.txt") == expected
    except FactsheetError as err:
        assert "is empty" in str(err) and not text.encode("utf-8").strip()


@settings(max_examples=200, deadline=None, database=None)
@given(lines=st.lists(st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=130), max_size=30))
def test_unwrapping_only_ever_changes_line_breaks(lines):
    from factsheet.unwrap import unwrap

    text = "\n".join(lines)
    assert "".join(unwrap(text).split()) == "".join(text.split())
