"""The case of a name read from its patronymic (rules only): "з галоўным урачом Альжбетай Пятроўнай Мароз" — the
given name is in no list, so neither the given-name rules nor the title's ending (the words end unlike
"урачом") undo its case; a patronymic's ending ("-аўнай", pack: ``oblique_patronymic_endings``) tells both the
case and the gender, so the given name and the surname take the base form that gender gives them.
"""
from __future__ import annotations


def patronymic_gender(M, word: str) -> str | None:
    """"m" or "f" when ``word`` is a patronymic in an oblique case by the pack's endings, else None."""
    low = word.lower()
    return next((g for end, g in M.cfg["oblique_patronymic_endings"] if low.endswith(end)), None)


def oblique_by_patronymic(M, words: list[str], found: tuple[str, str]) -> tuple[str, str]:
    """(name, key): ``found`` unless no rule changed the name and its second word is a patronymic in an oblique
    case; then every word in its base form for the patronymic's gender."""
    if M.analyzer or len(words) < 2 or found[0] != " ".join(words):
        return found
    gender = patronymic_gender(M, words[1])
    if gender is None or M.first_name(words[0]):
        return found  # a listed given name tells the case itself (names.Morph.first_name)
    out = [M.rule_base(words[0], f"first_name_{gender}"), *(M.surname(w, gender, False) for w in words[1:])]
    return " ".join(out), M.key(out[-1])


def given_before(doc, words: list[str], start: int, a: int) -> int:
    """Where a name whose words run from ``a`` starts: a patronymic opens no name, the capitalised word before it
    is the given name ("з фермерам Стахам Вацлававічам Кулём": the pair rule took "Вацлававічам Кулём")."""
    R = doc.R
    if a - 1 >= start and a + 1 < len(words) and R.morph.patronymic(words[a]) and not R.plain_word(words[a - 1]) \
            and not R.role_len([words[a - 1]]) and not R.gaz.lookup([words[a - 1]]):
        return a - 1
    return a
