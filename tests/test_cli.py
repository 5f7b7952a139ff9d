"""The command line as a user runs it: formats, output places, exit codes, one-line errors."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from factsheet import cli, langpack

README = Path(__file__).resolve().parents[1] / "README.md"


def run(*args, input=None):
    return CliRunner().invoke(cli.main, list(args), input=input, catch_exceptions=False)


def test_help_lists_commands():
    result = run("--help")
    assert result.exit_code == 0
    for name in ("brief", "templates", "languages"):
        assert name in result.output


def test_every_command_and_option_is_documented_in_the_readme():
    if not README.is_file():
        pytest.skip("README not beside the tests (installed elsewhere)")
    readme = README.read_text(encoding="utf-8")
    for name, command in cli.main.commands.items():
        assert f"factsheet {name}" in readme, f"command {name} is not in the README"
        for param in command.params:
            for opt in param.opts:
                if opt.startswith("--"):
                    assert opt in readme, f"option {opt} of {name} is not in the README"


@pytest.mark.parametrize("code", ["be", "ru", "en"])
def test_json_to_stdout_for_each_sample(sample, code):
    result = run("brief", str(sample(code)), "--format", "json", "--output", "-")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["schema"] == "factsheet.brief/1"
    assert data["language"] == code
    assert data["source"]["date"] and data["source"]["place"] and data["source"]["publisher"]
    for key in ("title", "sentences", "summary", "who", "where", "when", "what", "next_steps", "quotes"):
        assert key in data
    body = " ".join(data["sentences"])
    assert data["source"]["publisher"] not in data["sentences"]
    assert not any(re.fullmatch(r".*\d{4}, \w+", s) for s in data["sentences"])
    assert data["title"] not in body


def test_seed_brief(seed_path):
    result = run("brief", str(seed_path), "--format", "json", "--output", "-")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["language"] == "be"
    assert len(data["sentences"]) == 20
    assert data["source"] == {"path": str(seed_path), "publisher": "БЕЛТА", "date": "2019-11-18", "place": "Мінск"}
    assert all("БЕЛТА" != s and "18 лістапада 2019" not in s for s in data["sentences"])


def test_writes_default_formats_into_a_new_folder(tmp_path, sample):
    out = tmp_path / "briefs" / "deep"
    result = run("brief", str(sample("en")), "--output", str(out))
    assert result.exit_code == 0, result.output
    stem = sample("en").stem
    assert sorted(p.name for p in out.iterdir()) == [f"{stem}.docx", f"{stem}.md"]
    assert not list(out.glob(".*tmp"))


def test_sentences_option(sample):
    result = run("brief", str(sample("ru")), "-f", "json", "-o", "-", "--sentences", "3")
    assert len(json.loads(result.stdout)["summary"]) == 3


def test_lang_override_and_unsupported_language(sample):
    result = run("brief", str(sample("be")), "-f", "json", "-o", "-", "--lang", "ru")
    assert json.loads(result.stdout)["language"] == "ru"
    result = run("brief", str(sample("be")), "--lang", "xx")
    assert result.exit_code == 2
    for code in langpack.available():
        assert code in result.output


def test_one_bad_input_does_not_stop_the_others(tmp_path, sample):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    result = run("brief", str(empty), str(tmp_path / "missing.txt"), str(sample("be")), "-f", "json",
                 "-o", str(tmp_path / "out"))
    assert result.exit_code == 1
    assert (tmp_path / "out" / f"{sample('be').stem}.json").is_file()
    errors = [line for line in result.stderr.splitlines() if "error" in line]
    assert len(errors) == 2
    assert any(str(empty) in e and "empty" in e for e in errors)
    assert "Traceback" not in result.output


def test_stdout_takes_exactly_one_format(sample):
    result = run("brief", str(sample("en")), "-f", "json", "-f", "md", "-o", "-")
    assert result.exit_code == 2


def test_stdin_input(sample):
    result = run("brief", "-", "-f", "json", "-o", "-", input=sample("ru").read_text(encoding="utf-8"))
    assert result.exit_code == 0
    assert json.loads(result.stdout)["language"] == "ru"


def test_languages_command():
    result = run("languages")
    assert result.exit_code == 0
    assert [line.split("\t")[0] for line in result.output.splitlines()] == langpack.available()


def test_edited_briefs_are_not_overwritten_without_force(tmp_path, sample):
    args = ["brief", str(sample("be")), "-f", "md", "-f", "docx", "-o", str(tmp_path)]
    assert run(*args).exit_code == 0
    assert run(*args).exit_code == 0, "an unedited brief is simply replaced"
    md = tmp_path / f"{sample('be').stem}.md"
    edited = md.read_text(encoding="utf-8").replace("\n", "\nМае нататкі да сустрэчы.\n", 1)
    md.write_text(edited, encoding="utf-8")
    docx_before = (tmp_path / f"{sample('be').stem}.docx").read_bytes()
    result = run(*args)
    assert result.exit_code == 1
    assert str(md) in result.stderr and "--force" in result.stderr
    assert md.read_text(encoding="utf-8") == edited, "the user's edit is kept"
    assert (tmp_path / f"{sample('be').stem}.docx").read_bytes() == docx_before, "nothing half-written"
    result = run(*args, "--force")
    assert result.exit_code == 0
    assert "Мае нататкі" not in md.read_text(encoding="utf-8")


def test_a_file_factsheet_did_not_write_is_not_overwritten(tmp_path, sample):
    mine = tmp_path / f"{sample('en').stem}.md"
    mine.write_text("my own notes\n", encoding="utf-8")
    result = run("brief", str(sample("en")), "-f", "md", "-o", str(tmp_path))
    assert result.exit_code == 1
    assert mine.read_text(encoding="utf-8") == "my own notes\n"


@pytest.mark.parametrize("algorithm", cli.ALGORITHMS)
@pytest.mark.parametrize("code", ["be", "ru", "en"])
def test_every_algorithm_on_every_language(sample, algorithm, code):
    result = run("brief", str(sample(code)), "-f", "json", "-o", "-", "-a", algorithm, "-n", "3")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    picked = [s["sentence"] for s in data["summary"]]
    assert len(picked) == 3 and picked == sorted(set(picked))
    assert all(data["sentences"][s["sentence"]] == s["text"] for s in data["summary"])


def test_labels_in_another_language(sample):
    from factsheet import langpack as packs

    result = run("brief", str(sample("be")), "-f", "md", "-o", "-", "--labels", "en")
    assert result.exit_code == 0
    assert packs.load("en").labels["next_steps"] in result.stdout
    assert packs.load("be").labels["next_steps"] not in result.stdout
