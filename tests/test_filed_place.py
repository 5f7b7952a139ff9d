"""A dateline on its own line leaves the body (metadata.strip_leader), but its place stays in the brief's where
(x9be, issue 8): the story was filed from there. Texts written by the team."""
from __future__ import annotations

import pytest

import factsheet

CASES = [
    ("be", "Суд пакінуў рашэнне ў сіле\n\nМагілёў, 4 сакавіка 2026 года.\n\n"
           "Калегія абласнога суда разгледзела скаргу прадпрыемства. Рашэнне ўступіла ў сілу.", "Магілёў"),
    ("be", "На фермах скончылі рамонт\n\nПінск, 12 кастрычніка 2025 года.\n\n"
           "Работнікі гаспадаркі падрыхтавалі кароўнікі да зімы. Старшыня расказаў пра планы.", "Пінск"),
    ("ru", "Библиотека открылась после ремонта\n\nБобруйск, 2 февраля 2026 года.\n\n"
           "Читатели увидели новые залы. Директор рассказала о планах на весну.", "Бобруйск"),
    ("en", "Court upholds ruling on leaking roof\n\nKaunas, 9 May 2026\n\n"
           "The regional appeal court dismissed the builder's complaint on Friday. The ruling is final.", "Kaunas"),
]


@pytest.mark.parametrize("code, text, place", CASES)
def test_dateline_place_on_its_own_line_is_a_where(code, text, place):
    brief = factsheet.brief_from_text(text, lang=code).to_dict()
    assert brief["source"]["place"] == place
    assert place in [p["name"] for p in brief["where"]]
    assert all(place not in s for s in brief["sentences"])  # the dateline itself is still no sentence


def test_dateline_place_named_in_the_body_is_listed_once():
    text = ("Выстава адкрылася\n\nЛіда, 3 лістапада 2025 года.\n\n"
            "У Лідзе адкрылася выстава мясцовых мастакоў. Яна будзе працаваць да снежня.")
    where = [p["name"] for p in factsheet.brief_from_text(text, lang="be").to_dict()["where"]]
    assert where.count("Ліда") == 1
