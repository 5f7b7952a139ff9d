"""Language identification among the installed packs."""
from __future__ import annotations

import json

import pytest

from factsheet import detect, langpack
from factsheet.errors import FactsheetError


@pytest.mark.parametrize("text, code", [
    ("Сустрэча адбылася ў Мінску, і бакі дамовіліся пра супрацоўніцтва.", "be"),
    ("Встреча состоялась в Минске, и стороны договорились о сотрудничестве.", "ru"),
    ("The meeting took place in Minsk and the sides agreed to cooperate.", "en"),
    ("Министр заявил, что встреча с «Белтелекомом» пройдёт в Гродно.", "ru"),
    ("Міністр заявіў, што сустрэча пройдзе ў Гродне.", "be"),
    ("The minister met Аляксандр Іваноў in Minsk to sign the agreement on trade and transport.", "en"),
])
def test_detects_the_language(text, code):
    assert detect.detect(text) == code


def test_samples_are_detected(sample):
    for code in langpack.available():
        assert detect.detect(sample(code).read_text(encoding="utf-8")) == code


def test_dev_data_accuracy(dev_dir):
    """Whole documents of the dev data: every one must come out right."""
    cases = [(json.loads(line)["text"], "ru") for line in open(dev_dir / "ru_factru_dev.jsonl", encoding="utf-8")]
    cases += [(json.loads(line)["text"], "en") for line in open(dev_dir / "en_bbc_sum_dev.jsonl", encoding="utf-8")]
    docs, current = [], []
    for line in open(dev_dir / "ud_be_hse_dev.conllu", encoding="utf-8"):
        if line.startswith("# newdoc") and current:
            docs.append(" ".join(current))
            current = []
        elif line.startswith("# text = "):
            current.append(line[9:].strip())
    docs.append(" ".join(current))
    cases += [(d, "be") for d in docs]
    cases = [(text, code) for text, code in cases if text.strip()]
    wrong = [(code, text[:60]) for text, code in cases if detect.detect(text) != code]
    assert not wrong, wrong


@pytest.mark.parametrize("text, code", [
    ("Der Stadtrat hat am Montag den Haushalt fuer das kommende Jahr beschlossen. Die Arbeiten an der Schule "
     "sollen im Herbst beginnen, teilte die Verwaltung mit.", "de"),  # plain ASCII: fits the English alphabet
    ("Міська рада в понеділок затвердила бюджет на наступний рік. Мер сказала, що новий міст відкриють навесні.",
     "uk"),
    ("Rada miasta zatwierdziła w poniedziałek budżet na przyszły rok.", "pl"),
])
def test_a_language_without_a_pack_is_named_not_guessed(text, code):
    with pytest.raises(FactsheetError, match=rf"\({code}\), which has no language pack"):
        detect.detect(text)


def test_short_or_mixed_texts_are_not_refused():
    assert detect.detect("Minsk") == "en"
    assert detect.detect("Сустрэча ў Мінску") == "be"


def test_a_clear_pack_text_needs_no_model(sample):
    detect._model.cache_clear()
    assert detect.detect(sample("en").read_text(encoding="utf-8")) == "en"
    assert detect._model.cache_info().currsize == 0
