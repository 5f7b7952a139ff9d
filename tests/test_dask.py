"""The Dask recipe (scripts/dask_briefs.py) on a local cluster of worker processes gives the CLI's JSON Lines."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from factsheet import cli

pytest.importorskip("dask.bag")
pytest.importorskip("distributed")

RECIPE = Path(__file__).resolve().parents[1] / "scripts" / "dask_briefs.py"


def test_dask_recipe_gives_the_same_json_as_the_cli(tmp_path, sample):
    if not RECIPE.is_file():
        pytest.skip("scripts/ not beside the tests")
    news = tmp_path / "news"
    news.mkdir()
    for code in ("be", "ru", "en"):
        shutil.copy(sample(code), news)
    (news / "empty.txt").write_text("\n", encoding="utf-8")
    out = tmp_path / "out"
    done = subprocess.run([sys.executable, str(RECIPE), str(news), "--output", str(out), "--workers", "2"],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "empty.txt" in done.stderr, "the article that cannot be briefed is named"
    lines = "".join(p.read_text(encoding="utf-8") for p in sorted(out.glob("*.jsonl")))
    expected = CliRunner().invoke(cli.main, ["brief", str(news), "--format", "jsonl"]).stdout
    assert lines == expected and len(lines.splitlines()) == 3
