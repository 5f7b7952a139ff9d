"""Organisation heads written as one word with their stem: "Барысаўскі хлебазавод", "Слонимский мясокомбинат",
"птушкафабрыка". Slavic compounds join a stem to the head noun with a linking vowel (the pack's
``org_compound_links``: хлеб-а-завод, мяс-о-комбинат), so the head list need not list every compound: the part
after the linking vowel, in whatever case, is a listed head (org_heads.txt)."""
from __future__ import annotations

MIN_STEM = 3  # letters of the first stem before its linking vowel ("мяс-")
MIN_HEAD = 5  # letters of the head part ("завод"): short heads ("банк", "клуб") end too many plain words


def compound_head(R, word: str) -> bool:
    """Is the lower-case ``word`` a compound whose part after a linking vowel is a listed organisation head?"""
    return _split(R, word) is not None


def compound_base(R, word: str) -> str | None:
    """The base form of the compound ``word`` ("хлебазавода" → "хлебазавод"): its first stem and linking vowel as
    written, the head part's listed base form; None when ``word`` is no such compound."""
    k = _split(R, word)
    if k is None:
        return None
    head = next((b for b in R.heads if R.morph.matches(word[k:], b)), None)
    return word[:k].lower() + head if head else None


def _split(R, word: str) -> int | None:
    """Where the head part of the compound ``word`` begins (after its linking vowel), else None."""
    links = R.morph.cfg["org_compound_links"]
    low = word.lower()
    if not links or not word[:1].islower() or "-" in low:
        return None
    for k in range(MIN_STEM, len(low) - MIN_HEAD + 1):
        if low[k] in links and R.is_noun(low[k + 1:], R.heads):
            return k + 1
    return None
