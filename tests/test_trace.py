"""The candidates trace: each entity keeps the rules that found it (facts/candidates.py, facts/resolve.py), and
scripts/why.py prints them; the brief's JSON does not carry them."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from factsheet import langpack
from factsheet.facts.entities import trace_entities

ROOT = Path(__file__).resolve().parent.parent


def _rules(traced, name: str) -> list[str]:
    return [c.rule for ent, found in traced if ent.name == name for c in found]


def test_a_person_after_a_title_names_the_person_rule():
    _, traced = trace_entities(["Finance Minister Maria Lopez opened the new bridge in Leeds on Monday.",
                                "Lopez said the bridge cost less than planned."], langpack.load("en"))
    rules = _rules(traced, "Maria Lopez")
    assert rules[0] == "persons.persons"  # the title before the name
    assert "leftovers.named_before" in rules  # the surname alone, resolved against the full name
    assert [ent.kind for ent, _ in traced if ent.name == "Leeds"] == ["place"]


def test_a_relabelled_place_names_the_change():
    # a one-word firm named in quotes; "Атланта" later reads as the city (Atlanta) but inflects the firm's name
    _, traced = trace_entities(["Заводы «Атлант», Гефест и Samsung выпускают холодильники.",
                                "На долю Атланта приходится треть рынка."], langpack.load("ru"))
    assert _rules(traced, "Атлант") == ["organisations.quoted_orgs", "org_lists.firms_not_places"]
    assert not [ent for ent, _ in traced if ent.kind == "place"]  # the place is gone: its mention is the firm's
    every = [c.rule for _, found in traced for c in found]
    assert all("." in r for r in every)  # each candidate names module.function


def test_a_club_named_after_its_town_shows_the_moves():
    # a score after the town makes it a team; its later mention moves to the club too (a MOVE change)
    _, traced = trace_entities(["Dundee beat Aberdeen 2-1 on Saturday in Glasgow.",
                                "Aberdeen had led at half-time."], langpack.load("en"))
    assert [ent.kind for ent, _ in traced if ent.name == "Aberdeen"] == ["organization"]
    found = [c for ent, got in traced if ent.name == "Aberdeen" for c in got]
    assert [c.rule for c in found] == ["team_places.teams_not_places"] * 2
    assert found[-1].what == "move" and found[-1].value[1].sentence == 1
    assert [ent.kind for ent, _ in traced if ent.name == "Glasgow"] == ["place"]  # "in Glasgow": a place


def test_why_prints_rules(tmp_path):
    script = ROOT / "scripts" / "why.py"
    if not script.exists():
        pytest.skip("scripts/ not beside the tests")
    art = tmp_path / "a.txt"
    art.write_text("Bridge opens\n\nFinance Minister Maria Lopez opened the new bridge in Leeds on Monday.\n",
                   encoding="utf-8")
    out = subprocess.run([sys.executable, str(script), str(art), "--lang", "en"], capture_output=True, text=True,
                         check=True).stdout
    assert "person Maria Lopez" in out and "persons.persons" in out
    bad = subprocess.run([sys.executable, str(script), str(tmp_path / "missing.txt")], capture_output=True, text=True)
    assert bad.returncode == 1 and "missing.txt" in bad.stderr and "Traceback" not in bad.stderr
