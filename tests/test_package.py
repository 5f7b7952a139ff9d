"""The package as pip installs it: data files, templates and entry points are all there."""
from __future__ import annotations

import os
import subprocess
import sys
from importlib import resources
from pathlib import Path

import pytest

import factsheet
from factsheet import langpack


def test_runs_against_the_installed_package():
    if not os.environ.get("FACTSHEET_TEST_INSTALLED"):
        pytest.skip("only under `make test`, which installs the package first")
    assert "site-packages" in Path(factsheet.__file__).parts


def test_every_pack_has_its_data():
    assert {"be", "ru", "en"} <= set(langpack.available())
    for code in langpack.available():
        pack = langpack.load(code)
        assert pack.labels.get("who") and pack.config.get("alphabet")
        assert len(pack.table("months").get("months", {})) == 12
        assert pack.lines("stopwords"), f"{code}: no stop words"
        assert pack.lines("abbreviations"), f"{code}: no abbreviations"


def test_default_templates_are_installed():
    names = {p.name for p in resources.files("factsheet.templates").iterdir()}
    assert {"brief.md.j2", "brief.docx"} <= names


def test_python_dash_m_and_console_script():
    out = subprocess.run([sys.executable, "-m", "factsheet", "--version"], capture_output=True, text=True)
    assert out.returncode == 0 and factsheet.__version__ in out.stdout


def test_help_does_not_import_the_heavy_stack():
    code = ("import sys; from factsheet import cli; "
            "heavy = [m for m in ('sumy', 'nltk', 'docx', 'pymorphy3', 'py3langid', 'trafilatura', 'numpy') "
            "if m in sys.modules]; print(','.join(heavy))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_every_pack_has_every_label():
    keys = {code: set(langpack.load(code).labels) for code in langpack.available()}
    union = set().union(*keys.values())
    for code, have in keys.items():
        assert have == union, f"{code} lacks labels {sorted(union - have)}"


def test_fact_fields_are_declared_once_and_read_everywhere():
    """``model.FIELDS`` is the one list of fact fields: Facts holds one list per field in its order, every pack
    labels each, the DOCX knows how to write each, and a brief's JSON has each key in that order."""
    import dataclasses

    from factsheet.model import FIELDS, Brief, Facts, Source
    from factsheet.render.docx_items import ITEMS, RENDER

    names = [fact.name for fact in FIELDS]
    assert [f.name for f in dataclasses.fields(Facts)] == names
    assert [f.type for f in dataclasses.fields(Facts)] == [f"list[{fact.record.__name__}]" for fact in FIELDS]
    for code in langpack.available():
        assert {fact.label for fact in FIELDS} <= set(langpack.load(code).labels), code
    assert {fact.render for fact in FIELDS} <= set(RENDER) and set(names) <= set(ITEMS)
    out = Brief(language="en", title="t", source=Source(), sentences=[], summary=[]).to_dict()
    assert [key for key in out if key in names] == names
