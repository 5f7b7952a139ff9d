"""Language packs: one folder of data per language under ``factsheet/lang/<code>/``, found by its code.

A pack is ``pack.toml`` (name, labels, small rule tables) plus word lists (``<name>.txt``, one entry per line,
``#`` starts a comment) and further tables (``<name>.toml``). The engine asks a pack for data by name and never
names a language itself: adding a language is adding a folder.
"""
from __future__ import annotations

import importlib.util
import tomllib
from functools import cache, cached_property
from pathlib import Path

from . import packschema
from .errors import FactsheetError

LANG_ROOT = Path(__file__).parent / "lang"


def available() -> list[str]:
    """Codes of the installed packs, sorted."""
    return sorted(p.name for p in LANG_ROOT.iterdir() if (p / "pack.toml").is_file())


@cache
def load(code: str) -> "LanguagePack":
    """The installed pack of ``code``, loaded and validated once per process (packs are read-only)."""
    if code not in available():
        raise FactsheetError(f"unsupported language {code!r}; supported: {', '.join(available())}")
    return LanguagePack(code)


class LanguagePack:
    """One pack's data; its settings tables are checked against packschema.py when it loads."""

    def __init__(self, code: str, root: Path = LANG_ROOT):
        self.code = code
        self.dir = root / code
        with open(self.dir / "pack.toml", "rb") as fh:
            self.config: dict = tomllib.load(fh)
        self.name: str = self.config.get("name", code)
        self._memo: dict = {}  # what this pack's files give, read once per pack (tables, word lists)
        self._settings = {}
        for name, schema in packschema.SCHEMAS.items():
            try:
                self._settings[name] = packschema.validate(self.table(name), schema, self.dir / f"{name}.toml")
            except ValueError as exc:
                raise FactsheetError(str(exc)) from None

    def settings(self, name: str):
        """The validated settings of ``<name>.toml`` (read-only, defaults filled in; see packschema.py)."""
        return self._settings[name]

    def compiled(self, build):
        """``build(pack)``, made once per pack and kept by it: what the engine compiles from a pack (rule objects,
        regular expressions, gazetteers) lives as long as the pack, with no cache of its own to clear. A worker
        process loads the pack and builds it anew."""
        return self._once(("compiled", build), lambda: build(self))

    def analyser(self):
        """The pack's morphological analyser (its words: factsheet/morphology.py), built once per pack by
        ``build(pack)`` of the module in the pack's folder that pack.toml's ``analyser`` names; None when it
        names none (the engine then reads words by the pack's rules alone)."""
        name = self.config.get("analyser")
        if not name:
            return None
        return self._once("analyser", lambda: self._module(name).build(self))

    def _module(self, name: str):
        path = self.dir / f"{name}.py"
        if not path.is_file():
            raise FactsheetError(f"{self.dir / 'pack.toml'}: analyser {name!r} names no file {path.name} in the pack")
        spec = importlib.util.spec_from_file_location(f"factsheet.lang.{self.code}.{name}", path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module

    def _once(self, key, build):
        if key not in self._memo:
            self._memo[key] = build()
        return self._memo[key]

    def __repr__(self) -> str:
        return f"LanguagePack({self.code!r})"

    def lines(self, name: str) -> tuple[str, ...]:
        """Entries of ``<name>.txt`` in file order (blank lines and ``#`` comments dropped); empty if absent."""
        return self._once(("lines", name), lambda: self._read_lines(name))

    def _read_lines(self, name: str) -> tuple[str, ...]:
        path = self.dir / f"{name}.txt"
        if not path.is_file():
            return ()
        out = []
        for raw in path.read_text(encoding="utf-8").splitlines():
            line = raw.split("#", 1)[0].strip() if not raw.lstrip().startswith("\\#") else raw.strip()[1:]
            if line:
                out.append(line)
        return tuple(out)

    def words(self, name: str, lower: bool = True) -> frozenset[str]:
        """``<name>.txt`` as a set, lower-cased by default."""
        return self._once(("words", name, lower), lambda: frozenset(w.lower() if lower else w for w in self.lines(name)))

    def table(self, name: str) -> dict:
        """``<name>.toml`` parsed; empty if absent. Shared by every reader: treat it as read-only."""
        return self._once(("table", name), lambda: self._read_table(name))

    def _read_table(self, name: str) -> dict:
        path = self.dir / f"{name}.toml"
        if not path.is_file():
            return {}
        with open(path, "rb") as fh:
            return tomllib.load(fh)

    def __hash__(self) -> int:
        return hash(self.code)

    def __eq__(self, other) -> bool:
        return isinstance(other, LanguagePack) and other.code == self.code

    def month_forms(self) -> dict[int, tuple[str, ...]]:
        """Month number -> its forms in ``months.toml`` (the first is the dictionary form)."""
        months = self.table("months").get("months", {})
        return self._once("month_forms", lambda: {int(num): tuple(forms) for num, forms in months.items()})

    def month_numbers(self) -> dict[str, int]:
        """Every month form, lower-cased -> the month's number."""
        return self._once("month_numbers", lambda: {form.lower(): num for num, forms in self.month_forms().items()
                                                     for form in forms})

    @cached_property
    def labels(self) -> dict[str, str]:
        """Section headings and field names for briefs in this language."""
        return dict(self.config.get("labels", {}))


def example_cases(table: str) -> list[tuple[str, dict]]:
    """``(code, case)`` for every ``[[case]]`` of ``<table>.toml`` in every pack: the generic tests run these."""
    return [(code, case) for code in available() for case in load(code).table(table).get("case", [])]
