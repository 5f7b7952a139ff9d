"""A title no roles list holds: a noun for a person by their work or activity, known by its agent ending
("Ugandan sprinter X", "the painter X", "машыніст электрацягніка X", "піяністка X", "скрипач из Познани X").

The endings are the pack's ``agent_suffixes`` (the productive agent-noun suffixes of the language), minus the
``agent_exceptions`` that end so but name things ("number", "помнік"). The rule is narrower than a listed title:
the noun must stand in lower case before the name (a capital inside a sentence is a name's, not a title's), where
the analyser knows the word it must read as an animate noun, and where words keep their endings unchanged
(English) it must stand right before the name, after an article, a possessive, an adjective or a capital —
never after a preposition or a verb ("under Peter", "a letter Peter wrote") — unless its head is a compound's noun
for a person (``description_head_endings``: "midwife", "shepherd", "beekeeper"), which also counts without an
agent ending: "delivered by midwife Tatsiana Kulesh".
"""
from __future__ import annotations

from .. import morphology as mo

MIN_LENGTH = 5  # shorter words with these endings are function words or stems ("over", "her")


def agent_title(doc, toks, j: int, name: int) -> bool:
    """Is the word at ``j`` (before the name at ``name``) a noun for a person by their work?"""
    R = doc.R
    t = toks[j]
    low = t.text.lower()
    if not R.agent_suffixes or not t.word or (t.cap and not t.initial) or len(low) < MIN_LENGTH:
        return False
    if low in R.stopwords or low in R.agent_exceptions:
        return False
    compound = bool(R.description_endings) and low.endswith(R.description_endings)  # "midwife", "shepherd"
    if not low.endswith(R.agent_suffixes) and not compound:
        # "трактарысту Івану Ляшковічу": the agent noun in an oblique case, before a name in one (its apposition;
        # not "по делам эмигрантов Махмуд Хасан", a plural complement)
        given = R.morph.first_name(toks[name].text)
        low = _agent_base(R, low) if given is not None and not given[2] else None
        if low is None:
            return False
    if _other_head(R, low):
        return False  # "помнік Янку Купалу", "вуліца", "the Kremlin": heads of a place or an organisation
    M = R.morph
    if M.analyzer:
        readings = [p for p in M.parse(low)[:3] if p.known]
        if readings and not any(p.pos == mo.NOUN and mo.ANIMATE in p.marks for p in readings):
            return False  # "двигатель", "понедельник": things
    if not R.case_endings:
        return j == name - 1 and (compound or _opens_noun_phrase(doc, toks, j))  # "by midwife X": a person's noun
    # "работодатель на Острове Уайт": a place phrase after the noun, no name of a person
    return not any(t.text.lower() in R.locative for t in toks[j + 1:name])


def employed_agent(doc, words: list[str], x: int) -> bool:
    """Is ``words[x]``, in an appositive after a name, a noun for a person by their work that the preposition of
    an employer follows ("X, a peatland ecologist at the Mire Centre,", "X, an analyst at Y")? The employer
    phrase says it is a job, where no roles list holds the noun."""
    R = doc.R
    low = words[x].lower()
    if x + 1 >= len(words) or words[x + 1].lower() not in R.employer_preps or not R.agent_suffixes:
        return False
    return len(low) >= MIN_LENGTH and low.isalpha() and low.endswith(R.agent_suffixes) \
        and low not in R.stopwords and low not in R.agent_exceptions and not _other_head(R, low)


def described_agent(doc, opener: tuple[str, str], ahead: list[str], x: int) -> bool:
    """Is ``ahead[x]`` the head of an appositive that an indefinite article opens after a name (pack:
    ``description_articles``): "X, a beekeeper from Kaduna,", "X, a retired furniture maker in Lodz," — a noun
    for a person by its agent ending or a person-noun ending (``description_head_endings``: "fisherman",
    "spokesperson"), after at most three lower-case modifiers and before a preposition or the phrase's end? The
    article says the phrase describes the person, where no roles list holds the noun. ``opener``: the word after
    the comma and the word that ends the phrase."""
    R = doc.R
    if opener[0] not in R.description_articles or x > 3 or ahead[x][:1].isupper() \
            or any(w[:1].isupper() and w.lower() not in R.demonyms for w in ahead[:x]):
        return False  # (a nationality may stand among the modifiers: "X, a Chilean glaciologist with …")
    low = ahead[x].lower()
    if len(low) < MIN_LENGTH or not low.isalpha() or low in R.stopwords or low in R.agent_exceptions \
            or _other_head(R, low):
        return False
    if not (low.endswith(R.agent_suffixes) or low.endswith(R.description_endings)):
        return False
    if (ahead[x + 1].lower() if x + 1 < len(ahead) else opener[1]) in R.authorship_preps:
        return False  # "Red Wolf, a thriller by …": a work and its author
    return x + 1 == len(ahead) or ahead[x + 1].lower() in R.stopwords  # the head: "from", "in", "at" after it


def _agent_base(R, low: str) -> str | None:
    """Where words take case endings, the base form of ``low`` that ends in an agent suffix, else None."""
    if not R.case_endings:
        return None
    bases = [b for b in R.morph.lemmas(low) if b != low and b.endswith(R.agent_suffixes) and b not in R.agent_exceptions]
    return min(bases, key=lambda b: (len(b), b)) if bases else None  # (the shortest: "трактарыст", not "…ыста")


def base_of(doc, head: str) -> str | None:
    """The base form of an agent noun heading a title in an oblique case ("трактористу" -> "тракторист"), or None."""
    low = head.lower()
    return None if low.endswith(doc.R.agent_suffixes) or low in doc.R.agent_exceptions else _agent_base(doc.R, low)


def _other_head(R, low: str) -> bool:
    return low.startswith(R.other_heads)


def _opens_noun_phrase(doc, toks, j: int) -> bool:
    """Does the word before ``j`` leave it a noun's place: the start, a break, an article, a possessive, an
    adjective or a capitalised word ("World", "Ugandan")?"""
    if j == 0 or not toks[j - 1].word:
        return toks[j - 1].text not in ("-",) if j else True
    before = toks[j - 1]
    low = before.text.lower()
    if low in doc.R.articles or low in doc.R.pronouns or before.cap:
        return True
    if before.text.endswith(doc.R.possessive) or low in doc.R.possessive:
        return True  # "Uganda's", a split "'s"
    return low not in doc.R.stopwords and doc.R.adjective(before.text)


def capital_qualifier(doc, toks, i: int, head: int) -> bool:
    """Is the capitalised word at ``i``, right before a lower-case title, its qualifier ("World champion",
    "Olympic champion", "Kremlin spokesman") where the pack joins capitalised words to titles
    (``role_capitalised_modifiers``)? Not a given name, a weekday or month, or a function word."""
    R = doc.R
    t = toks[i]
    if not R.morph.cfg["role_capitalised_modifiers"] or i != head - 1 or toks[head].cap or not t.word or not t.cap:
        return False
    if i > 0 and toks[i - 1].word and toks[i - 1].cap and not toks[i - 1].initial:
        return False  # "Royal Opera House worker": the last word of a longer name qualifies nothing alone
    low = t.text.lower()
    return not (t.abbr or low in R.stopwords or low in R.weekday_words or low in R.month_words
                or low in R.relative_days or R.morph.first_name(t.text) or R.strip_possessive(t.text) != t.text)


def noun_qualifier(doc, toks, title: int, k: int) -> bool:
    """Is the lower-case word before the title at ``title`` a noun qualifying it, right after an article or a
    possessive ("The race director, X,", "the club's press officer, X,"; where words keep their endings): a word
    that is no function word?"""
    R = doc.R
    q = title - 1
    if R.case_endings or q < max(k, 1) or not toks[q].word or toks[q].cap:
        return False
    low, det = toks[q].text.lower(), toks[q - 1].text.lower()
    if low in R.stopwords or not low.isalpha():
        return False
    return det in R.articles or det in R.possessive or toks[q - 1].text.endswith(R.possessive)


def clause_qualifier(doc, toks, i: int, head: int) -> bool:
    """Is the lower-case word at ``i``, right before a lower-case title and right after a comma, a noun qualifying
    it ("…, resort director X told reporters", "…, club president X said"; where words keep their endings)? Not a
    function word, a verb of speech or a modifier the title rules read on their own."""
    R = doc.R
    t = toks[i]
    before = toks[i - 1] if i else None  # a comma, or an organisation's name: "World Bank country director X"
    if R.case_endings or i != head - 1 or before is None or not (before.text == "," or before.cap and not before.initial) \
            or toks[head].cap or not t.word or t.cap:
        return False
    low = t.text.lower()
    return low.isalpha() and low not in R.stopwords and not low.startswith(R.speech) and low not in R.clause_breaks
