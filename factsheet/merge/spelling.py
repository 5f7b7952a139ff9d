"""Names across scripts: romanisation for display and a spelling-blind key for matching, from the packs' data.

A pack's ``romanisation.toml`` holds its national system (``[national]``: how a name of that language is shown in
Latin letters), the ICAO Doc 9303 table (``[icao]``: one Latin form that Belarusian and Russian spellings share),
folds applied before it (``[match] cyrillic`` / ``latin``) and, optionally, the reverse (``[reverse]``: Latin back to
the pack's letters). The match key keeps only consonants of the ICAO form ("Лаўрэнцьеў", "Лаврентьев" and
"Lavrentyev" all give ``lvrntv``): vowels are what the three languages spell most differently (akanne, iotation,
y/i/j), consonants what they keep.
"""
from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

from .. import langpack

_VOWELS = re.compile(r"[aeiouyj]+")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


def is_cyrillic(text: str) -> bool:
    return bool(_CYRILLIC.search(text))


@cache
def _table(code: str) -> dict:
    return langpack.load(code).table("romanisation") if code in langpack.available() else {}


@cache
def _cyrillic_codes() -> tuple[str, ...]:
    return tuple(c for c in langpack.available() if _table(c).get("icao"))


@cache
def _latin_folds() -> tuple[tuple[str, str], ...]:
    """The Latin folds of every pack, longest first (a Latin name may come from any language's text)."""
    folds: dict[str, str] = {}
    for code in langpack.available():
        folds.update(_table(code).get("match", {}).get("latin", {}))
    return tuple(sorted(folds.items(), key=lambda kv: -len(kv[0])))


def _replace_all(text: str, pairs) -> str:
    """Apply (from, to) pairs left to right, longest match first, in one pass."""
    compiled = _compiled(tuple(pairs))
    if compiled is None:
        return text
    pattern, lookup = compiled
    return pattern.sub(lambda m: lookup[m.group()], text)


@cache
def _compiled(pairs: tuple):
    """One regex for a table of (from, to) pairs, longest first; None for an empty table."""
    if not pairs:
        return None
    ordered = sorted(pairs, key=lambda kv: -len(kv[0]))
    return re.compile("|".join(re.escape(a) for a, _ in ordered)), dict(ordered)


def _ascii(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def icao(name: str, code: str) -> str:
    """The name in ICAO letters (lower case), after the pack's own folds; Latin input gets the Latin folds."""
    text = name.lower()
    if is_cyrillic(text):
        src = code if _table(code).get("icao") else (_cyrillic_codes() or ("",))[0]
        table = _table(src)
        text = _replace_all(text, table.get("match", {}).get("cyrillic", {}).items())
        text = _replace_all(text, table.get("icao", {}).get("letters", {}).items())
    else:
        text = _replace_all(text, _latin_folds())
    return _ascii(text)


@lru_cache(maxsize=1 << 16)  # a pure function of its arguments, asked again for every pair of names compared
def word_key(word: str, code: str) -> str:
    """Consonant skeleton of one word: ``Лаўрэнцьеў`` -> ``lvrntv``; empty for a word of vowels only."""
    latin = re.sub(r"[^a-z]", "", icao(word, code))
    latin = latin.replace("kh", "h")
    skeleton = _VOWELS.sub("", latin)
    return re.sub(r"(.)\1+", r"\1", skeleton)


def loose(name: str, code: str) -> str:
    """The whole name in ICAO letters, words kept, for places: ``Гомель`` and ``Gomel`` are both ``gomel``."""
    return " ".join(re.sub(r"[^a-z ]", "", icao(name.replace("-", " "), code)).split())


def romanise(name: str, code: str) -> str:
    """A Cyrillic name in the pack's national Latin system (``Лаўрэнцьеў`` -> ``Laŭrenćjeŭ``); else unchanged."""
    national = _table(code).get("national")
    if not national or not is_cyrillic(name):
        return name
    letters, iotated, soft = national.get("letters", {}), national.get("iotated", {}), national.get("soft", {})
    vowels, sign = national.get("vowels", ""), national.get("soft_sign", "")
    out, prev = [], ""
    lower = name.lower()
    for i, ch in enumerate(lower):
        nxt = lower[i + 1] if i + 1 < len(lower) else ""
        if ch in iotated and (not prev or not prev.isalpha() or prev in vowels):
            piece = iotated[ch]
        elif ch in soft and sign and nxt == sign:
            piece = soft[ch]
        else:
            piece = letters.get(ch, ch)
        if name[i].isupper() and piece:
            piece = piece[0].upper() + piece[1:]
        out.append(piece)
        prev = ch
    return "".join(out)


def cyrillise(name: str, code: str) -> str | None:
    """A Latin name in the pack's letters by its ``[reverse]`` table (``Kowalski`` -> ``Ковальски``), else None."""
    reverse = _table(code).get("reverse")
    if not reverse or is_cyrillic(name):
        return None
    letters = [tuple(p) for p in reverse.get("letters", [])]

    def one(part: str) -> str:
        low = _ascii(_replace_all(part.lower(), _latin_folds()))
        for a, b in reverse.get("initial", []):
            if low.startswith(a):
                low = b + low[len(a):]
                break
        text = _replace_all(low, letters)
        return text[:1].upper() + text[1:] if part[:1].isupper() else text

    return " ".join("-".join(one(part) for part in word.split("-")) for word in name.split())
