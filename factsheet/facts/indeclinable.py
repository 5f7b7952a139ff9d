"""Foreign names that do not decline after a title in an oblique case: "певице Юрте Петрайтите", "художнице
Рамуне Казлаускайте". A surname with one of the pack's ``indeclinable_surname_endings`` (Lithuanian -айте/-ите/-уте,
Georgian -дзе) keeps its form in every case, and so does a given name before it that ends as the pack's
``indeclinable_given_endings`` say (a woman's foreign name in -е: Рамуне, Юрте); the other words take the title's
case off as before ("Даливой" → "Далива")."""
from __future__ import annotations

from .. import morphology as mo


def title_case_name(M, words: list[str], case: str | None) -> str | None:
    """The base form of the name ``words`` after a title in ``case`` when its surname does not decline: the
    surname and a given name so ending as written, another given name in its base form (listed, else read in the
    title's case); None for any other name."""
    surname_ends = tuple(M.cfg["indeclinable_surname_endings"])
    if len(words) < 2 or not (surname_ends and words[-1].lower().endswith(surname_ends) or _no_mans_form(M, words)):
        return None
    given_ends = tuple(M.cfg["indeclinable_given_endings"]) or ("\0",)
    out = []
    for w in words[:-1]:
        first = M.first_name(w)
        out.append(w if w.lower().endswith(given_ends) else first[0] if first
                   else _unknown_given(M, w, case))
    return " ".join(out + words[-1:])


def _no_mans_form(M, words: list[str]) -> bool:
    """Is the unknown surname after a man's given name in an oblique case read only as a feminine noun of the pack's
    ``feminine_only_endings`` ("Петера Шомоди": no form of a man's "Шомодь")? Then it does not decline."""
    ends = tuple(M.cfg["feminine_only_endings"])
    first = M.first_name(words[0]) if ends else None
    if not first or first[1] != "m" or first[2]:
        return False
    nouns = [p for p in M.parse(words[-1]) if p.pos == mo.NOUN]
    return bool(nouns) and all(p.gender == mo.FEMININE and not p.known and p.base.endswith(ends) for p in nouns)


def _unknown_given(M, word: str, case: str | None) -> str:
    """An unlisted given name read in the title's case; in the genitive, where the analyser does not know it, by
    the pack's ``given_genitive`` rules ("менеджара Абіолы Адэбаё" -> "Абіола": a foreign name in -а)."""
    if not case:
        return word
    got = M.noun_nominative(word, case)
    return M.rule_base(word, "given_genitive") if got == word and case == mo.GENITIVE else got


MIN_GIVEN_STEM = 5  # "Петэрам" -> "Петэр"; a shorter stem may be a base form in -ам ("Бассам", "Хішам")


def declined_given(M, words: list[str], title: str) -> list[str]:
    """A man's foreign given name after a title in the instrumental, before a surname in a vowel that does not
    decline ("з кіраўніком МЗС Венгрыі Петэрам Сіярта" -> "Петэр Сіярта"): the given name shows the title's case,
    the surname keeps its form. Rules only (the pack's ``instrumental_endings``); any other name as written."""
    ends = M.instrumental_endings
    first, last = words[0].lower(), words[-1].lower()
    if M.analyzer or not ends or len(words) < 2 or not title.lower().endswith(ends) or not first.endswith(ends):
        return words
    ending = next(e for e in ends if first.endswith(e))
    if len(first) - len(ending) < MIN_GIVEN_STEM or last[-1:] not in M.vowels or last.endswith(ends):
        return words
    return [M.rule_base(words[0], "first_name_m"), *words[1:]]
