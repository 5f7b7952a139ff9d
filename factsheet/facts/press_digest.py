"""The publications of a press digest: agency copy headed "PRESS DIGEST - Tunisia - Aug 31." lists the day's
leading stories under a line naming each newspaper ("LA PRESSE", "Al-Ahram", "The Hindu"): a line of capitalised
words alone, with no verb, no number and no closing stop, is the name of the paper whose stories follow, an
organisation (pack: ``digest_words``, the words that head such a digest).
"""
from __future__ import annotations

from .candidates import Candidate

RULE = "press_digest.digest_papers"


def digest_papers(doc, si, s, toks, used, taken) -> list[Candidate]:
    """A line of one to five capitalised words alone in a press digest: a newspaper."""
    R = doc.R
    if not R.digest_words or si == 0 or not doc.analysis.headline or not 1 <= len(toks) <= 6 \
            or not any(t.text.lower() in R.digest_words for t in doc.analysis.tokens[0]):
        return []
    words = [t for t in toks if t.word]
    if not words or len(words) > 5 or any(used[i] for i in range(len(toks))) \
            or not all(t.cap or t.text.lower() in R.connectors or t.text.lower() in R.articles for t in words) \
            or any(t.text[:1].isdigit() for t in toks) or s.rstrip().endswith((".", "!", "?", ":")):
        return []
    if len(words) == 1 and (R.gaz.lookup([words[0].text]) or words[0].text.lower() in R.stopwords):
        return []  # a place's name alone is a section heading
    return [Candidate("organization", s.strip(), si, toks[0].start, toks[-1].end, RULE,
                      claims=tuple(range(len(toks))))]
