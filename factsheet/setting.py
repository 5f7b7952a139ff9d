"""One setting a language pack may give, and the checks of its value's type (packschema.py declares them)."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Setting:
    name: str
    type: str  # see CHECKS
    default: object
    meaning: str


def _words(v) -> bool:
    return isinstance(v, list) and all(isinstance(x, str) for x in v)


def _pairs(v) -> bool:
    return isinstance(v, list) and all(isinstance(x, list) and len(x) == 2 and _words(x) for x in v)


CHECKS = {
    "words": (_words, "a list of strings"),
    "pairs": (_pairs, "a list of [string, string] pairs"),
    "map": (lambda v: isinstance(v, dict) and all(isinstance(x, str) for x in v.values()), "a table of strings"),
    "rules": (lambda v: isinstance(v, dict) and all(_pairs(x) for x in v.values()),
              "a table of lists of [ending, replacement] pairs"),
    "str": (lambda v: isinstance(v, str), "a string"),
    "bool": (lambda v: isinstance(v, bool), "true or false"),
    "int": (lambda v: isinstance(v, int) and not isinstance(v, bool), "a whole number"),
    "number": (lambda v: isinstance(v, (int, float)) and not isinstance(v, bool), "a number"),
}


def setting(name: str, kind: str, default, meaning: str) -> Setting:
    return Setting(name, kind, default, meaning)
