"""Language identification among the installed packs.

Fast path: each pack may declare its ``alphabet`` in ``pack.toml``; when the text's letters fit exactly one
pack's alphabet (e.g. only one Cyrillic orthography has both ``ў`` and no ``и``), that pack wins without loading a
model. Otherwise py3langid (measured at 0.998 on sentences when restricted to our languages) decides; it costs
about half a second to load, so it is loaded only then.
"""
from __future__ import annotations

from functools import cache

from . import langpack

_MIN_SHARE = 0.995  # share of a text's letters that must belong to a pack's alphabet
_CLOSE = 0.1  # packs within this share of the best stay candidates
_SAMPLE = 20000  # characters looked at; an article's language shows long before that


def detect(text: str, candidates: list[str] | None = None) -> str:
    """The code of the pack whose language ``text`` is written in."""
    codes = candidates or langpack.available()
    sample = text[:_SAMPLE]
    shares = {c: _alphabet_share(sample, c) for c in codes}
    best = max(shares.values())
    # packs whose alphabet covers about as much of the text as the best one (a name in another script
    # does not make an English text Belarusian)
    close = [c for c in codes if shares[c] >= best - _CLOSE]
    fitting = [c for c in close if shares[c] >= _MIN_SHARE]
    if len(fitting) == 1:
        return fitting[0]
    if len(close) == 1 and best > 0:
        return close[0]
    return _model(tuple(sorted(close))).classify(sample)[0]


def _alphabet_share(text: str, code: str) -> float:
    alphabet = _alphabet(code)
    if not alphabet:
        return 0.0
    letters = [ch for ch in text.lower() if ch.isalpha()]
    if not letters:
        return 0.0
    return sum(ch in alphabet for ch in letters) / len(letters)


@cache
def _alphabet(code: str) -> frozenset[str]:
    return frozenset(langpack.load(code).config.get("alphabet", "").lower())


@cache
def _model(codes: tuple[str, ...]):
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(list(codes))
    return identifier
