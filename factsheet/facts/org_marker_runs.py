"""A body named without quote marks right after a noun for its kind, then a person's name in the same capitalised
run: "капитан клуба Тоттенхэм Хотспур Ледли Кинг", "полузащитник клуба Челси Фрэнк Лэмпард", "директор компании
Сименс Энерджи Клаус Майер". The run opens with the body's name and ends with the person's: up to a given name a
list or the analyser knows, else (four words or more, none known) all but the last two. A run that opens with a
given name ("директор компании Иван Петров") is the person's alone: the body goes unnamed. The kind noun is one of
the pack's ``org_markers`` nouns, in lower case, the complement of a title before it (past up to two lower-case
words: "полузащитник футбольного клуба"); the body's words are claimed before the person pass reads them. An
unknown word the name rules read as the name's first part stays the person's ("председатель вьетнамской компании
Нгуен Тхи Лан").
"""
from __future__ import annotations

from . import name_shapes
from .candidates import Candidate
from .tokens import cap_run_end

RULE = "org_marker_runs.marker_runs"
LONGEST = 7  # capitalised words of the body's name and the person's together, at most
UNKNOWN_RUN = 4  # words a run needs when none of them is a known given name
TITLE_BEFORE = 3  # words at most from the title to the kind noun, the noun included


def marker_runs(doc, si, s, toks, used, taken) -> list[Candidate]:
    """Bodies named after their kind noun and before a person's name in one capitalised run, claimed."""
    R, M = doc.R, doc.R.morph
    out = []
    for a in range(1, len(toks)):
        noun = toks[a - 1]
        if used[a] or not toks[a].word or not toks[a].cap or toks[a].initial or not noun.word or noun.cap \
                or not R.is_noun(noun.text, R.markers) or not _titled(doc, toks, a - 1):
            continue
        b = cap_run_end(R, toks, used, a, LONGEST)
        words = [t.text for t in toks[a:b]]
        given = next((k for k, w in enumerate(words) if M.first_name(w)), None)
        cut = given if given is not None else (len(words) - 2 if len(words) >= UNKNOWN_RUN else 0)
        if not cut or len(words) - cut < 2 or any(R.role_len([w]) or R.gaz.lookup([w]) for w in words[:cut]) \
                or (given is not None and name_shapes.unknown_before_given(doc, words, given - 1, given)):
            continue  # (a place or a title among the first words is some other pass's to read)
        end = a + cut
        out.append(Candidate("organization", s[toks[a].start:toks[end - 1].end], si, toks[a].start,
                             toks[end - 1].end, RULE, claims=tuple(range(a, end))))
    return out


def _titled(doc, toks, k: int) -> bool:
    """Is the kind noun at ``k`` a title's complement: a title word before it, with lower-case words between?"""
    for j in range(k - 1, max(-1, k - TITLE_BEFORE), -1):
        t = toks[j]
        if not t.word or t.cap and not t.initial:
            return False
        if doc.R.role_len([t.text]):
            return True
    return False
