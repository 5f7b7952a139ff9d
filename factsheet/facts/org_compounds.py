"""Organisation heads written as one word with their stem: "Барысаўскі хлебазавод", "Слонимский мясокомбинат",
"птушкафабрыка". Slavic compounds join a stem to the head noun with a linking vowel (the pack's
``org_compound_links``: хлеб-а-завод, мяс-о-комбинат), so the head list need not list every compound: the part
after the linking vowel, in whatever case, is a listed head (org_heads.txt)."""
from __future__ import annotations

from . import org_abbreviations
from .tokens import QUOTE_CHARS

MIN_STEM = 3  # letters of the first stem before its linking vowel ("мяс-")
NAME_RULE = "org_compounds.compound_name"
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
        if low[k] in links and _head_at(R, low[k + 1:]):
            return k + 1
    return None


def _head_at(R, rest: str) -> bool:
    """Is ``rest``, the part of a word after a cut, a listed head? Asked of the analyser only where a listed head
    starts with its first two letters: a long word has many cuts."""
    return R.morph.fold(rest[:2]) in R.noun_starts(R.heads) and R.is_noun(rest, R.heads)


def compound_name(doc, si, toks, used, i, taken, found) -> int:
    """"Гідраметцэнтр", "Белгазпрамбанк"-like names: one capitalised word ending in a listed organisation head of
    at least ``MIN_HEAD`` letters, after a stem of at least ``MIN_STEM`` ("Гідрамет-"), is an organisation in
    any case ("метэаролагі Гідраметцэнтра"), its head part in the base form. Not a listed place or given name.
    (A places_in_text rule: ``found`` gets its candidate, the tokens claimed are returned.)"""
    R, t = doc.R, toks[i]
    low = t.text.lower()
    if not R.morph.cfg["org_compound_links"] or t.abbr or not t.word or "-" in low or len(low) < MIN_STEM + MIN_HEAD or R.gaz.lookup([t.text]) \
            or R.morph.first_name(t.text) or _before_quote(toks, i):
        return 0
    for k in range(MIN_STEM, len(low) - MIN_HEAD + 1):
        head = next((b for b in R.heads if len(b) >= MIN_HEAD and " " not in b and R.morph.matches(low[k:], b)),
                    None) if _head_at(R, low[k:]) else None
        if head:
            return org_abbreviations.with_country(  # "Госдепартамент США": with the country after it
                doc, si, toks, used, i, ("organization", t.text[:k] + head, NAME_RULE), found)
    return 0


def _before_quote(toks, i: int) -> bool:
    """"Авиакомпания «Сибирь»": a compound head right before a quoted name is the name's marker (the quote is the
    name: organisations.quoted_orgs), no name of its own."""
    return i + 1 < len(toks) and toks[i + 1].text in QUOTE_CHARS and toks[i + 1].text not in "»”"


def group_opening(R, toks, i: int) -> bool:
    """"Итальянская делегация посетила завод": an adjective capitalised only because it opens the sentence,
    before a head naming a group of people sent or gathered (the pack's ``group_heads``), is the lower-case
    "итальянская делегация" — a group, no organisation (with its owner after it, "делегация США", it is one)."""
    groups = R.morph.cfg["group_heads"]
    return bool(groups) and toks[i].initial and i + 1 < len(toks) and R.is_noun(toks[i + 1].text, groups)

