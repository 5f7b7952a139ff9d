"""Language packs: one folder of data per language under ``factsheet/lang/<code>/``, found by its code.

A pack is ``pack.toml`` (name, labels, small rule tables) plus word lists (``<name>.txt``, one entry per line,
``#`` starts a comment) and further tables (``<name>.toml``). The engine asks a pack for data by name and never
names a language itself: adding a language is adding a folder.
"""
from __future__ import annotations

import tomllib
from functools import cache, cached_property
from pathlib import Path

from .errors import FactsheetError

LANG_ROOT = Path(__file__).parent / "lang"


def available() -> list[str]:
    """Codes of the installed packs, sorted."""
    return sorted(p.name for p in LANG_ROOT.iterdir() if (p / "pack.toml").is_file())


@cache
def load(code: str) -> "LanguagePack":
    if code not in available():
        raise FactsheetError(f"unsupported language {code!r}; supported: {', '.join(available())}")
    return LanguagePack(code)


class LanguagePack:
    def __init__(self, code: str):
        self.code = code
        self.dir = LANG_ROOT / code
        with open(self.dir / "pack.toml", "rb") as fh:
            self.config: dict = tomllib.load(fh)
        self.name: str = self.config.get("name", code)

    def __repr__(self) -> str:
        return f"LanguagePack({self.code!r})"

    @cache
    def lines(self, name: str) -> tuple[str, ...]:
        """Entries of ``<name>.txt`` in file order (blank lines and ``#`` comments dropped); empty if absent."""
        path = self.dir / f"{name}.txt"
        if not path.is_file():
            return ()
        out = []
        for raw in path.read_text(encoding="utf-8").splitlines():
            line = raw.split("#", 1)[0].strip() if not raw.lstrip().startswith("\\#") else raw.strip()[1:]
            if line:
                out.append(line)
        return tuple(out)

    @cache
    def words(self, name: str, lower: bool = True) -> frozenset[str]:
        """``<name>.txt`` as a set, lower-cased by default."""
        return frozenset(w.lower() if lower else w for w in self.lines(name))

    @cache
    def table(self, name: str) -> dict:
        """``<name>.toml`` parsed; empty if absent."""
        path = self.dir / f"{name}.toml"
        if not path.is_file():
            return {}
        with open(path, "rb") as fh:
            return tomllib.load(fh)

    def __hash__(self) -> int:
        return hash(self.code)

    def __eq__(self, other) -> bool:
        return isinstance(other, LanguagePack) and other.code == self.code

    @cache
    def month_forms(self) -> dict[int, tuple[str, ...]]:
        """Month number -> its forms in ``months.toml`` (the first is the dictionary form)."""
        months = self.table("months").get("months", {})
        return {int(num): tuple(forms) for num, forms in months.items()}

    @cache
    def month_numbers(self) -> dict[str, int]:
        """Every month form, lower-cased -> the month's number."""
        return {form.lower(): num for num, forms in self.month_forms().items() for form in forms}

    @cached_property
    def labels(self) -> dict[str, str]:
        """Section headings and field names for briefs in this language."""
        return dict(self.config.get("labels", {}))


def example_cases(table: str) -> list[tuple[str, dict]]:
    """``(code, case)`` for every ``[[case]]`` of ``<table>.toml`` in every pack: the generic tests run these."""
    return [(code, case) for code in available() for case in load(code).table(table).get("case", [])]
