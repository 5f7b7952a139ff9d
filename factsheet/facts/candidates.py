"""What a pass found: a ``Candidate``, one immutable record per find, handed to the one resolution step
(resolve.py) that alone writes the entities, mentions and claimed tokens.

A pass reads the analysis and the state so far (read-only) and returns a list of candidates in the order it
found them. ``rule`` names the function that found it ("persons.persons"): each entity keeps the rules of its
candidates, so "why is this a person" has an answer (``resolve.trace``, ``scripts/why.py``).
"""
from __future__ import annotations

from typing import NamedTuple

# kinds that are no entity: tokens claimed and nothing recorded (an author's byline, the title before a name,
# the person an organisation is named after), and a quoted name that waits for the whole document (leftovers.py)
CLAIM = "claim"
QUOTED = "quoted"

# how a candidate's ``role`` meets the role its person already has (fuller_role below picks the fuller phrase)
FILL = "fill"  # only a bare title (one word, or none) gives way to the fuller of the two
FULLER = "fuller"  # the fuller of the two
REPLACE = "replace"  # the candidate's role, even none


class Candidate(NamedTuple):
    """One find: ``kind`` ("person" | "organization" | "place", or CLAIM / QUOTED) named ``name`` in sentence
    ``sentence`` at characters ``start:end``, found by ``rule``. ``key``: the entity's key when the rule knows it
    (else the resolution step keys the name). ``claims``: token indices it takes from later rules; ``names``:
    the tokens of a person's name among them (the role and place rules avoid them). ``role`` (merged as
    ``role_how`` says), ``confirmed`` and ``parts`` (name words or initials) are added to the entity."""

    kind: str
    name: str
    sentence: int
    start: int
    end: int
    rule: str
    key: str | None = None
    claims: tuple = ()
    names: tuple = ()
    role: str | None = None
    role_how: str | None = None  # None: the candidate says nothing of a role
    confirmed: bool = False
    parts: tuple = ()


# what a document-level pass changes in an entity found already (a ``Change``)
CONFIRM, ROLE, RELABEL, MOVE = "confirm", "role", "relabel", "move"
FULL_ROLE = "full_role"  # the role ``value`` replaces a shorter one it completes ("глава партии" -> "… «Яблоко»")


class Change(NamedTuple):
    """A document-level pass's change to an entity found already (``entity``, read-only to the pass): CONFIRM it
    (a person), give it the ROLE ``value`` (merged as FILL), or RELABEL it: ``value`` is (organisation, indices
    of its mentions in ``Extraction.mentions``), the mentions move to that organisation and the entity goes.
    MOVE: ``value`` is (index, mention) of one of its mentions, which moves to the organisation of the entity's
    name (made when there is none); the entity goes with its last mention."""

    what: str
    entity: object
    rule: str
    value: object = None


def claim(rule: str, sentence: int, claims, names=()) -> Candidate:
    """Tokens taken, nothing recorded."""
    return Candidate(CLAIM, "", sentence, 0, 0, rule, claims=tuple(claims), names=tuple(names))


def mark(used: list, shared: list, indices) -> list:
    """``used`` with ``indices`` marked claimed, for a pass that reads its own claims while it runs: its own copy
    from its first claim on (``shared`` is the sentence's list, which only resolve.py writes)."""
    if used is shared:
        used = list(used)
    for x in indices:
        used[x] = True
    return used


def fuller_role(old: str | None, new: str | None) -> str | None:
    """The more informative of two role phrases found for one person."""
    if not new or (old and len(new.split()) <= len(old.split())):
        return old
    return new


def names_no_body(role: str | None) -> bool:
    """Does a role name no body: none, a bare title, or a title whose words after the first are all in lower case
    and unquoted ("глава государства", "head of the party")? Such a role gives way to one that names its body."""
    if role is None or " " not in role:
        return True
    return not any(w[:1].isupper() or w[:1] in BODY_QUOTES for w in role.split()[1:])


def merged_role(old: str | None, new: str | None, how: str) -> str | None:
    """The role a person keeps when a candidate brings ``new`` (FILL / FULLER / REPLACE)."""
    if how == FILL:
        if old is not None and " " in old:  # a title naming no body gives way to one naming it, or to one that
            # says all it says and more ("литовский режиссёр" -> "председатель жюри, литовский режиссёр")
            return new if new and (names_no_body(old) and not names_no_body(new) or old in new) else old
        return fuller_role(old, new)  # a bare title gives way
    if how == FULLER:
        return fuller_role(old, new)
    return new


BODY_QUOTES = "«\"“„"  # a word opening with one of these names a body in quotes
