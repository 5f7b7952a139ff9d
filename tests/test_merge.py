"""Several articles, one brief: shared people and places once, evidence shifted, sources listed."""
from __future__ import annotations

import json

from click.testing import CliRunner

from factsheet import cli
from factsheet.merge import merge_briefs
from factsheet.model import Brief, Facts, Person, Place, Quote, Source, Statement, When


def brief(path, sentences, who, where, summary, when=()):
    return Brief(language="en", title=f"Title of {path}", source=Source(path=path, publisher="BelTA",
                 date="2024-11-25", place="Minsk"), sentences=sentences, summary=summary,
                 facts=Facts(who=who, where=where, when=list(when), what=[Statement(sentences[0], [0])],
                             next_steps=[], quotes=[Quote("Anna Berg", sentences[-1], [len(sentences) - 1])]))


def make_pair():
    a = brief("a.txt", ["Aa Anna Berg in Riga.", "Ab.", "Ac said Anna."],
              [Person("Anna Berg", role=None, evidence=[0, 2])], [Place("Riga", [0])], [0, 2],
              [When("25 November 2024", "2024-11-25", [0])])
    b = brief("b.txt", ["Ba Ole Dahl came to Oslo on 3 May.", "Bb Anna Berg, the mayor of Riga, met him.", "Bc."],
              [Person("Anna Berg", role="mayor of Riga", evidence=[1]), Person("Ole Dahl", evidence=[0])],
              [Place("Oslo", [0]), Place("Riga", [1])], [0, 1], [When("2024-11-25", "2024-11-25", [2])])
    return a, b


def test_same_person_and_place_once_with_evidence_from_both():
    merged = merge_briefs(list(make_pair()))
    names = [p.name for p in merged.facts.who]
    assert names.count("Anna Berg") == 1 and "Ole Dahl" in names
    anna = merged.facts.who[names.index("Anna Berg")]
    assert anna.evidence == [0, 2, 4] and anna.role == "mayor of Riga"
    places = [p.name for p in merged.facts.where]
    assert sorted(places) == ["Oslo", "Riga"] and places[0] == "Riga"
    assert merged.facts.where[0].evidence == [0, 4]
    assert len(merged.facts.when) == 1 and merged.facts.when[0].evidence == [0, 5]


def test_evidence_points_into_the_combined_sentences():
    merged = merge_briefs(list(make_pair()))
    assert len(merged.sentences) == 6
    for quote in merged.facts.quotes:
        assert all(quote.text == merged.sentences[i] for i in quote.evidence)
    data = merged.to_dict()
    assert [s["path"] for s in data["sources"]] == ["a.txt", "b.txt"]
    assert [s["sentences"] for s in data["sources"]] == [[0, 2], [3, 5]]


def test_key_points_come_from_every_source():
    merged = merge_briefs(list(make_pair()))
    assert merged.summary == sorted(merged.summary)
    assert any(i < 3 for i in merged.summary) and any(i >= 3 for i in merged.summary)


def test_merge_of_two_samples_through_the_cli(tmp_path, sample):
    result = CliRunner().invoke(cli.main, ["brief", str(sample("en")), str(sample("ru")), "--merge", "meeting",
                                           "-f", "json", "-f", "md", "-o", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["meeting.json", "meeting.md"]
    data = json.loads((tmp_path / "meeting.json").read_text(encoding="utf-8"))
    assert [s["path"] for s in data["sources"]] == [str(sample("en")), str(sample("ru"))]
    for key in ("who", "where"):
        names = [x["name"].lower() for x in data[key]]
        assert len(names) == len(set(names))
    n = len(data["sentences"])
    for key in ("who", "where", "when", "what", "next_steps", "quotes"):
        assert all(0 <= i < n for item in data[key] for i in item["evidence"])
