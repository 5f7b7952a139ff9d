"""Stemmers, chosen by each language pack's ``stemmer.toml``.

Two engines, both ``str -> str`` (what sumy expects of a stemmer):

* ``engine = "snowball"`` with ``language = "<name>"``: the ``snowballstemmer`` package (the Snowball project's
  own stemmers, offline; memoised), which runs them through PyStemmer's C code when that is installed (a core
  dependency: 3 us a word against 44 us for the pure-Python fallback and 13 us for nltk's port; same stems on
  all 3,742 English and 8,845 Russian dev words). It imports in ~1 ms where nltk takes ~0.3 s (nltk is not
  needed on the default path at all); its stems differ from nltk's older port on 7 of those English and 5 of
  those Russian words. Used for ru and en (Russian: pair F1 0.79 against pymorphy3 lemmas).
* ``engine = "suffix"``: a longest-match suffix stripper whose rules are all data in the pack. Written because no
  offline Belarusian stemmer exists (Snowball has none; Snowball-Russian conflates Belarusian forms poorly: pair
  F1 0.39 vs 0.75 for ours on UD Belarusian, ``scripts/eval_stemmer.py``). Steps: lower-case; rewrite with the
  ``[normalize]`` regular expressions; strip the longest ending in ``endings`` that leaves at least ``min_stem``
  characters; rewrite what is left with ``[stem_normalize]`` (e.g. undo consonant alternations).

A pack without ``stemmer.toml`` gets lower-casing only.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable

Stemmer = Callable[[str], str]


def _lower(word: str) -> str:
    return word.lower()


def _replace(text: str, mapping: tuple) -> str:
    for pattern, new in mapping:
        text = pattern.sub(new, text)
    return text


def _compile(mapping: dict) -> tuple:
    """``{regex: replacement}`` from the pack, compiled, applied in file order."""
    return tuple((re.compile(k), v) for k, v in mapping.items())


class SuffixStemmer:
    """Longest-match suffix stripping driven by a rule table (see module docstring)."""

    def __init__(self, table: dict):
        self.min_stem = int(table.get("min_stem", 2))
        self.normalize = _compile(table.get("normalize", {}))
        self.stem_normalize = _compile(table.get("stem_normalize", {}))
        endings = {_replace(e.lower(), self.normalize) for e in table.get("endings", [])}
        self.by_length = sorted({len(e) for e in endings}, reverse=True)
        self.endings = frozenset(endings)
        self.stem = lru_cache(maxsize=100_000)(self._stem)

    def _stem(self, word: str) -> str:
        w = _replace(word.lower(), self.normalize)
        for n in self.by_length:
            if len(w) - n >= self.min_stem and w[-n:] in self.endings:
                w = w[:-n]
                break
        return _replace(w, self.stem_normalize)

    def __call__(self, word: str) -> str:
        return self.stem(word)


def snowball(language: str) -> Stemmer:
    """The Snowball stemmer for ``language`` (e.g. "russian"), memoised; it expects lower-case words."""
    import snowballstemmer

    stemmer = snowballstemmer.stemmer(language)
    return lru_cache(maxsize=100_000)(lambda word: stemmer.stemWord(word.lower()))


def from_table(table: dict) -> Stemmer:
    engine = table.get("engine")
    if engine == "snowball":
        return snowball(table["language"])
    if engine == "suffix":
        return SuffixStemmer(table)
    return _lower


@lru_cache(maxsize=None)
def for_pack(pack) -> Stemmer:
    """The stemmer a language pack asks for (built once per pack)."""
    return from_table(pack.table("stemmer"))
