"""The one tokenizer (factsheet/tokens.py): what a word is, and that every reader of words sees the same ones."""
from __future__ import annotations

import pathlib
import re

import pytest

import factsheet
from factsheet import tokens
from factsheet.facts.tokens import tokenize


@pytest.mark.parametrize("text, expected", [
    ("Цена выросла до 1.13 доллара", ["Цена", "выросла", "до", "1.13", "доллара"]),
    ("about 464,000 people, 3 of them", ["about", "464,000", "people", "3", "of", "them"]),
    ("Mary O'Brien-Smith said", ["Mary", "O'Brien-Smith", "said"]),
    ("в Нур-Султане на 30-я годовщину", ["в", "Нур-Султане", "на", "30-я", "годовщину"]),
    ("п’еса і адʼезд, д'Артаньян", ["п’еса", "і", "адʼезд", "д'Артаньян"]),
    ("the G7 and COVID-19 — again", ["the", "G7", "and", "COVID-19", "again"]),
    ("the U.S. end. Next - 'quoted'", ["the", "U", "S", "end", "Next", "quoted"]),
    ("snake_case x", ["snake", "case", "x"]),
])
def test_words(text, expected):
    assert tokens.words(text) == expected


def test_entity_tokens_are_the_words_plus_marks():
    text = "«Белавія» у Нур-Султане, 1,5 млн — O'Brien (U.S.) 30-я."
    toks = tokenize(text)
    assert [t.text for t in toks if t.word] == tokens.words(text)
    assert all(text[t.start:t.end] == t.text for t in toks)
    assert [t.text for t in toks if not t.word] == ["«", "»", ",", "—", "(", ".", ".", ")", "."]
    assert tokens.texts(text) == [t.text for t in toks]


def test_shape():
    by_text = {t.text: t for t in tokens.tokens("МИДа NATO Minsk MH17 ЗАЗ-1103 мэр")}
    assert by_text["МИДа"].abbr and by_text["NATO"].abbr
    assert not by_text["Minsk"].abbr and by_text["Minsk"].cap
    assert not by_text["MH17"].abbr and not by_text["ЗАЗ-1103"].abbr  # codes with digits are no abbreviations
    assert by_text["MH17"].digit and not by_text["Minsk"].digit
    assert not by_text["мэр"].cap and by_text["мэр"].word


def test_no_second_word_definition():
    """Only tokens.py defines a word: no other module compiles a run of word characters of its own (segment.py's
    abbreviation patterns, "т.д", "U.S" with their inner dots before a full stop, are a unit of their own)."""
    root = pathlib.Path(factsheet.__file__).parent
    own = re.compile(r"""re\.(?:compile|findall|finditer|match|search)\(r?["'](?:\\w\+|\[\^\\W\\d_\]\+|\\w\(\?:)""")
    found = [str(p.relative_to(root)) for p in root.rglob("*.py")
             if p.name not in ("tokens.py", "segment.py") and own.search(p.read_text(encoding="utf-8"))]
    assert found == []
