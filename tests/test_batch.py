"""Many inputs in one run: folders, workers, factsheet's own briefs skipped, JSON Lines, the closing summary."""
from __future__ import annotations

import json
import os
import shutil
import stat
from pathlib import Path

import pytest
from click.testing import CliRunner

from factsheet import batch, cli
from factsheet.briefing import Report, run as run_briefing


def run(*args, input=None):
    return CliRunner().invoke(cli.main, list(args), input=input, catch_exceptions=False)


@pytest.fixture
def folder(tmp_path, sample):
    """A folder with the three samples (one in a subfolder) and a few bad files among them."""
    src = tmp_path / "news"
    (src / "more").mkdir(parents=True)
    shutil.copy(sample("be"), src)
    shutil.copy(sample("ru"), src)
    shutil.copy(sample("en"), src / "more")
    (src / "empty.txt").write_text("   \n", encoding="utf-8")
    (src / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (src / "broken.docx").write_bytes(b"PK\x03\x04 not really a zip")
    (src / "notes.csv").write_text("a,b\n", encoding="utf-8")  # not an article type: not looked at
    (src / ".hidden.txt").write_text("Hidden.\n", encoding="utf-8")
    return src


GOOD = 3
BAD = ("empty.txt", "binary.txt", "broken.docx")


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_folder_with_bad_files_among_good_ones(folder, tmp_path, sample, jobs):
    out = tmp_path / "out"
    result = run("brief", str(folder), "--jobs", jobs, "-o", str(out))
    assert result.exit_code == 1
    written = sorted(p.name for p in out.iterdir())
    stems = sorted(sample(c).stem for c in ("be", "ru", "en"))
    assert written == sorted(f"{s}.{ext}" for s in stems for ext in ("docx", "md"))
    errors = [line for line in result.stderr.splitlines() if line.startswith("factsheet: error:")]
    assert sorted(Path(line.split(": ")[2]).name for line in errors) == sorted(BAD)
    assert f"{GOOD} written, {len(BAD)} failed, 0 skipped" in result.stderr
    assert "Traceback" not in result.output


def test_workers_give_the_same_briefs_as_one_process(folder, tmp_path):
    one = run("brief", str(folder), "--jobs", "1", "-f", "jsonl")
    two = run("brief", str(folder), "--jobs", "2", "-f", "jsonl")
    assert one.exit_code == two.exit_code == 1
    assert one.stdout == two.stdout and len(one.stdout.splitlines()) == GOOD


def test_briefs_factsheet_wrote_are_skipped_with_a_note(folder):
    first = run("brief", str(folder), "-o", str(folder))  # briefs beside their articles
    assert first.exit_code == 1
    before = {p: p.read_bytes() for p in folder.rglob("*.docx") if p.name != "broken.docx"}
    assert len(before) == GOOD
    again = run("brief", str(folder), "-o", str(folder))
    notes = [line for line in again.stderr.splitlines() if line.startswith("note:") and "skipped" in line]
    assert len(notes) == 2 * GOOD, "each .md and .docx brief is named as skipped"
    assert f"{GOOD} written, {len(BAD)} failed, {2 * GOOD} skipped" in again.stderr
    assert not list(folder.rglob("*.md.md")) and not list(folder.rglob("*.docx.md")), "no briefs of briefs"


def test_an_edited_brief_is_still_recognised_as_a_brief(tmp_path, sample):
    run("brief", str(sample("en")), "-o", str(tmp_path))
    md = tmp_path / f"{sample('en').stem}.md"
    md.write_text("My notes first.\n\n" + md.read_text(encoding="utf-8"), encoding="utf-8")
    found = dict(batch.expand([str(tmp_path)]))
    assert found[str(md)] and "skipped" in found[str(md)]


def test_jsonl_one_brief_per_line_equal_to_the_json_of_each(folder, sample):
    result = run("brief", str(folder), "--format", "jsonl")
    lines = result.stdout.splitlines()
    assert len(lines) == GOOD
    by_path = {json.loads(line)["source"]["path"]: json.loads(line) for line in lines}
    for path, brief in by_path.items():
        single = run("brief", path, "-f", "json", "-o", "-")
        assert json.loads(single.stdout) == brief


def test_several_json_briefs_on_stdout_are_json_lines(sample):
    result = run("brief", str(sample("be")), str(sample("en")), "-f", "json", "-o", "-")
    assert result.exit_code == 0
    assert [json.loads(line)["language"] for line in result.stdout.splitlines()] == ["be", "en"]


def test_jsonl_goes_to_standard_output_only(sample, tmp_path):
    assert run("brief", str(sample("be")), "-f", "jsonl", "-o", str(tmp_path)).exit_code == 2
    assert run("brief", str(sample("be")), "-f", "jsonl", "-f", "md").exit_code == 2


def test_merge_name_with_an_extension(sample, tmp_path):
    result = run("brief", str(sample("be")), str(sample("ru")), "--merge", "meeting.md", "-f", "md",
                 "-o", str(tmp_path))
    assert result.exit_code == 0
    assert [p.name for p in tmp_path.iterdir()] == ["meeting.md"]


def test_briefs_get_the_users_file_mode(sample, tmp_path):
    old = os.umask(0o022)
    try:
        assert run("brief", str(sample("en")), "-o", str(tmp_path)).exit_code == 0
    finally:
        os.umask(old)
    for path in tmp_path.iterdir():
        assert stat.S_IMODE(path.stat().st_mode) == 0o644, path


def test_every_refused_edited_brief_is_named(sample, tmp_path):
    paths = [str(sample("be")), str(sample("en"))]
    assert run("brief", *paths, "-o", str(tmp_path)).exit_code == 0
    edited = sorted(tmp_path.glob("*.md"))
    for md in edited:
        md.write_text(md.read_text(encoding="utf-8") + "my notes\n", encoding="utf-8")
    result = run("brief", *paths, "-o", str(tmp_path))
    assert result.exit_code == 1
    refused = [line for line in result.stderr.splitlines() if "edited" in line]
    assert sorted(line.split(": ")[2] for line in refused) == [str(p) for p in edited]


def test_two_inputs_with_one_name_fail_the_second(sample, tmp_path):
    other = tmp_path / "elsewhere"
    other.mkdir()
    shutil.copy(sample("en"), other)
    result = run("brief", str(sample("en")), str(other / sample("en").name), "-f", "md", "-o", str(tmp_path))
    assert result.exit_code == 1
    assert str(other / sample("en").name) in result.stderr and "1 written, 1 failed" in result.stderr


def test_progress_bar_only_when_asked(folder, tmp_path, capsys):
    options = dict(lang="auto", sentences=None, algorithm=None)
    common = dict(formats=("json",), output=str(tmp_path / "out"), options=options, templates={}, merge=None,
                  force=False, jobs=1)
    notes = []
    failures = run_briefing([str(folder)], report=Report(notes.append, notes.append, progress=True), **common)
    assert failures == len(BAD)
    assert "briefing" in capsys.readouterr().err
    assert not any(n.startswith("wrote") for n in notes), "the bar replaces the list of files"
    run_briefing([str(folder)], report=Report(notes.append, notes.append, progress=False), **common)
    assert "briefing" not in capsys.readouterr().err


def test_a_worker_that_dies_fails_only_its_input(folder, tmp_path):
    """A worker killed mid-brief (here: by its own input) is named, replaced, and the rest still briefed."""
    from factsheet.render import Renderer

    job = _DyingJob(Renderer(("json",)), ("json",), str(tmp_path / "out"), dict(lang="auto"))
    paths = [str(p) for p, skip in batch.expand([str(folder)]) if not skip]
    outcomes = list(batch.run(job, paths, jobs=2))
    assert [o.path for o in outcomes] == paths
    died = [o for o in outcomes if any("stopped" in e for e in o.errors)]
    assert [Path(o.path).name for o in died] == [Path(_DyingJob.victim).name]
    assert sum(1 for o in outcomes if o.written) == GOOD - 1


class _DyingJob(batch.Job):
    victim = "ru_brest_kaluga.txt"

    def __call__(self, path):
        if path.endswith(self.victim) and os.getpid() != self.parent:
            os._exit(3)
        return super().__call__(path)

    parent = os.getpid()


def test_one_renderer_for_many_briefs_gives_what_one_off_renders_give(sample):
    """The prepared templates hold nothing of a brief: briefs in turn (two languages) come out as made alone."""
    import io
    import re
    import zipfile

    from factsheet import brief_from_path, render
    from factsheet.render import Renderer

    def parts(data):
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            # comments carry the time they were made (to the second): not what is compared here
            return {n: re.sub(rb'w:date="[^"]*"', b"", zf.read(n))
                    for n in ("word/document.xml", "word/styles.xml", "word/comments.xml")}

    renderer = Renderer(("md", "docx"))
    for code in ("be", "en", "be"):
        brief = brief_from_path(sample(code)).to_dict()
        assert renderer.render(brief, "md") == render(brief, "md")
        assert parts(renderer.render(brief, "docx")) == parts(render(brief, "docx"))
        assert f'w:val="{code}"'.encode() in parts(renderer.render(brief, "docx"))["word/styles.xml"]


def test_a_folder_with_no_articles_is_an_error(tmp_path):
    (tmp_path / "notes.csv").write_text("a,b\n", encoding="utf-8")
    result = run("brief", str(tmp_path), "-o", str(tmp_path / "out"))
    assert result.exit_code == 1
    assert str(tmp_path) in result.stderr and "no articles" in result.stderr
