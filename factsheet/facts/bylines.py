"""Byline pass: a sentence that is only a given name and a surname in capitals ("Ірына СІДАРОВІЧ" under a headline
or at the end of a feature) names the author, who is no participant of the story, so it is claimed and nothing is
recorded. An upper-case word elsewhere stays an abbreviation (places_in_text.py).

A function over ``doc``, the ``Extraction`` (document.py); ``used`` marks the tokens earlier passes claimed.
"""
from __future__ import annotations

MAX_WORDS = 5  # "Ганна ПЯТРОВА і Пётр ІВАНОЎ" at most; a longer line is text


def byline(doc, si, s, toks, used):
    """Claim a name-only line with an upper-case surname: it is a byline, not an organisation."""
    words = [t for t in toks if t.word]
    if not 2 <= len(words) <= MAX_WORDS or any(not t.word and t.text not in ",." for t in toks):
        return
    shouted = [t for t in words if t.text.isupper() and len(t.text) >= 3]
    titled = [t for t in words if t.cap and not t.text.isupper()]
    others = [t for t in words if t not in shouted and t not in titled and t.text.lower() not in doc.R.stopwords]
    if shouted and titled and not others and words[0] in titled and doc.R.morph.first_name(words[0].text):
        for i in range(len(toks)):
            used[i] = True
