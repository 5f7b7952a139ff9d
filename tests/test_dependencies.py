"""The package declares exactly what it imports, scripts' needs sit in an extra, and every pack is installed."""
from __future__ import annotations

import ast
import re
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
# needed at run time without being imported by name (each says why in pyproject.toml)
NOT_IMPORTED = {"pymorphy3-dicts-ru", "sumy", "pystemmer"}


@pytest.fixture(scope="module")
def project() -> dict:
    if not (REPO / "pyproject.toml").is_file():
        pytest.skip("the source tree is not beside the tests")
    with open(REPO / "pyproject.toml", "rb") as fh:
        return tomllib.load(fh)


def imported_distributions(folder: Path) -> set[str]:
    """Distributions (normalised names) of every third-party module imported anywhere under ``folder``."""
    modules = set()
    for path in folder.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                modules |= {alias.name.split(".")[0] for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                modules.add(node.module.split(".")[0])
    local = {p.stem for p in folder.glob("*.py")} | {"factsheet"}
    third_party = modules - set(sys.stdlib_module_names) - local
    where = packages_distributions()  # a module not installed here is taken to be its distribution's name
    return {_norm(d) for m in third_party for d in where.get(m, [m])}


def _norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def declared(requirements: list[str]) -> set[str]:
    return {_norm(re.split(r"[<>=!~\[; ]", r, maxsplit=1)[0]) for r in requirements}


def test_core_dependencies_are_exactly_what_the_package_imports(project):
    """Nothing declared that is not used; everything imported declared (an optional import, e.g. for a
    distributed engine, may come from an extra)."""
    core = declared(project["project"]["dependencies"])
    extras = set().union(*map(declared, project["project"]["optional-dependencies"].values()))
    imported = imported_distributions(REPO / "factsheet")
    assert core - NOT_IMPORTED <= imported, f"declared but never imported: {sorted(core - NOT_IMPORTED - imported)}"
    assert imported <= core | extras, f"imported but not declared: {sorted(imported - core - extras)}"
    assert NOT_IMPORTED <= core


def test_what_the_scripts_import_is_declared(project):
    extras = project["project"]["optional-dependencies"]
    available = declared(project["project"]["dependencies"]) | set().union(*map(declared, extras.values()))
    assert imported_distributions(REPO / "scripts") <= available
    assert "razdel" not in declared(project["project"]["dependencies"])


def test_every_language_pack_is_a_listed_package(project):
    packs = {f"factsheet.lang.{p.parent.name}" for p in (REPO / "factsheet" / "lang").glob("*/pack.toml")}
    assert packs and packs <= set(project["tool"]["setuptools"]["packages"])
