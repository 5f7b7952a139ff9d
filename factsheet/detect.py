"""Language identification among the installed packs, and a refusal for a language with no pack.

Fast path: each pack may declare its ``alphabet`` in ``pack.toml``; when the text's letters fit exactly one
pack's alphabet (e.g. only one Cyrillic orthography has both ``ў`` and no ``и``) and enough of its words are that
pack's stop words, that pack wins without loading a model. Otherwise py3langid decides; it costs about half a
second to load, so it is loaded only then. Its ranking over all its 97 languages names a language we have no pack
for (a German text fits the English alphabet; a Ukrainian one fits no alphabet): such a text is refused with the
language named rather than briefed as the nearest pack with an empty fact sheet. Among our packs, the best-ranked
one whose alphabet is close wins (measured at 0.998 on sentences; every dev document of be/ru/en comes out right,
tests/test_detect.py).
"""
from __future__ import annotations

from collections import Counter
from functools import cache

from . import langpack, tokens
from .errors import FactsheetError

_MIN_SHARE = 0.995  # share of a text's letters that must belong to a pack's alphabet
_CLOSE = 0.1  # packs within this share of the best stay candidates
_SAMPLE = 20000  # characters looked at; an article's language shows long before that
# Stop words of the fitting pack among the words: dev articles have 0.35+ (en) and mostly 0.15+ (be, ru); a German
# text in plain ASCII has 0.06 English ones. Below this share the model checks the language.
_MIN_STOPWORDS = 0.15
_MIN_WORDS_TO_REFUSE = 5  # a shorter text is too little to call foreign; it goes to the nearest pack
_SURE = 0.9  # the model's probability for a language without a pack that makes the text refused


def detect(text: str, candidates: list[str] | None = None) -> str:
    """The code of the pack whose language ``text`` is written in; FactsheetError when it is clearly a language
    with no pack."""
    codes = candidates or langpack.available()
    sample = text[:_SAMPLE]
    letters = Counter(ch for ch in sample.lower() if ch.isalpha())
    shares = {c: _alphabet_share(letters, c) for c in codes}
    best = max(shares.values())
    # packs whose alphabet covers about as much of the text as the best one (a name in another script
    # does not make an English text Belarusian)
    close = [c for c in codes if shares[c] >= best - _CLOSE]
    fitting = [c for c in close if shares[c] >= _MIN_SHARE]
    words = [w.lower() for w in tokens.words(sample) if w[0].isalpha()]
    if len(fitting) == 1 and _stopword_share(words, fitting[0]) >= _MIN_STOPWORDS:
        return fitting[0]
    ranking = _model().rank(sample)
    top, probability = ranking[0]
    if top not in codes and probability >= _SURE and len(words) >= _MIN_WORDS_TO_REFUSE:
        raise FactsheetError(f"is in {_language_name(top)} ({top}), which has no language pack (installed: "
                             f"{', '.join(codes)}); pass --lang CODE to brief it as one of them anyway")
    if len(fitting) == 1:
        return fitting[0]
    if len(close) == 1 and best > 0:
        return close[0]
    return next(code for code, _ in ranking if code in close)


def _alphabet_share(letters: Counter, code: str) -> float:
    """Share of the text's letters (counted once for all packs) that are in the pack's alphabet."""
    total = sum(letters.values())
    if not total:
        return 0.0
    return sum(letters[ch] for ch in _alphabet(code)) / total


def _stopword_share(words: list[str], code: str) -> float:
    stopwords = langpack.load(code).words("stopwords")
    return sum(w in stopwords for w in words) / len(words) if words else 0.0


@cache
def _alphabet(code: str) -> frozenset[str]:
    return frozenset(langpack.load(code).config.get("alphabet", "").lower())


def _language_name(code: str) -> str:
    import pycountry

    language = pycountry.languages.get(alpha_2=code)
    return language.name if language is not None else code


@cache
def _model():
    """py3langid over all its languages: one load serves both naming a foreign language and choosing a pack
    (the ranking restricted to some languages orders them as a model restricted to them would)."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
