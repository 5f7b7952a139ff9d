"""Regions named after their town with a suffix: "на Браслаўшчыне", "на Поставщине" (the land around Браслаў,
Поставы). The suffix class is the pack's ``region_suffixes`` ([inflected ending, base ending]: "шчыне" →
"шчына"); the gazetteer lists only the big ones ("Гродзеншчына"), so a capitalised word of this shape is a place by
its form, in the base form the pairs give. Not a dictionary word ("Женщина" opening a sentence), nor a word the
text also writes in lower case."""
from __future__ import annotations

from .candidates import Candidate

RULE = "place_regions.region_by_suffix"
MIN_STEM = 3  # letters before the suffix ("Лід-", "Брасла-")


def region_by_suffix(doc, si, toks, used, i, taken, found) -> int:
    """A places_in_text rule: the capitalised word at ``i`` ending in a region suffix is a region (1 token)."""
    R, t = doc.R, toks[i]
    pairs = R.morph.cfg["region_suffixes"]
    if not pairs or t.abbr or "-" in t.text:
        return 0
    low = t.text.lower()
    hit = next(((e, b) for e, b in pairs if low.endswith(e) and len(low) - len(e) >= MIN_STEM), None)
    if hit is None or low in doc.forms or R.plain_word(t.text):
        return 0
    base = t.text[: len(t.text) - len(hit[0])] + hit[1]
    found.append(Candidate("place", base, si, t.start, t.end, RULE))
    return 1
