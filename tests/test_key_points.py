"""Key points taken from inside a direct quote read as the quote's words with the speaker, in every format that
a person reads; the JSON keeps the sentences as written."""
from __future__ import annotations

import io
import json

import pytest

from factsheet.model import Brief, Facts, Quote, Source
from factsheet.render import render, context

BE = ['Дэлегацыя прыехала ў Гомель.', '"Мы гатовы пачаць будаўніцтва.', 'Гэта важна для завода "Гомсельмаш".',
      'Праца пачнецца ў траўні", - сказаў Пётр Ковальчук.', 'Бакі падпісалі пагадненне з ТАА "Агра".']
EN = ['The mayor visited the port.', '"We will double the capacity," Anna Berg said.', '"It is a big day."']


def brief(code, sentences, summary, quotes):
    return Brief(language=code, title="T", source=Source(), sentences=sentences, summary=summary,
                 facts=Facts(quotes=quotes)).to_dict()


@pytest.mark.parametrize("index, expected", [
    (1, "«Мы гатовы пачаць будаўніцтва» — Пётр Ковальчук"),
    (2, '«Гэта важна для завода "Гомсельмаш"» — Пётр Ковальчук'),
    (3, "«Праца пачнецца ў траўні» — Пётр Ковальчук"),
    (4, 'Бакі падпісалі пагадненне з ТАА "Агра".'),
    (0, "Дэлегацыя прыехала ў Гомель."),
])
def test_belarusian_key_points(index, expected):
    data = brief("be", BE, [index], [Quote("Пётр Ковальчук", "…", [1, 2, 3])])
    ctx = context.build(data)
    assert context.key_point(data["summary"][0], ctx) == expected


def test_english_attribution_and_unknown_speaker():
    data = brief("en", EN, [1, 2], [Quote("Anna Berg", "…", [1]), Quote(None, "It is a big day.", [2])])
    ctx = context.build(data)
    points = [context.key_point(item, ctx) for item in data["summary"]]
    assert points == ["“We will double the capacity” — Anna Berg", "“It is a big day”"]


def test_every_readable_format_shows_the_key_point_and_json_keeps_the_sentence():
    import docx

    data = brief("be", BE, [0, 3], [Quote("Пётр Ковальчук", "…", [1, 2, 3])])
    md = render(data, "md").decode("utf-8")
    assert "- «Праца пачнецца ў траўні» — Пётр Ковальчук [4]" in md
    texts = [p.text.replace("\xa0", " ") for p in docx.Document(io.BytesIO(render(data, "docx"))).paragraphs]
    assert any(t.startswith("«Праца пачнецца ў траўні» — Пётр Ковальчук") for t in texts)
    assert json.loads(render(data, "json"))["summary"][1]["text"] == BE[3]


def test_a_quote_with_a_long_attribution_stays_as_written():
    """The words after the quote are a whole clause, not a short attribution: the key point is the sentence as
    written, not the sentence wrapped in a second pair of quotation marks."""
    sentence = ('"The port never sleeps," Anna Berg said on Monday, as two ferries from Klaipeda unloaded '
                'behind her in the rain.')
    data = brief("en", [sentence], [0], [Quote("Anna Berg", "The port never sleeps", [0])])
    assert context.key_point(data["summary"][0], context.build(data)) == sentence
