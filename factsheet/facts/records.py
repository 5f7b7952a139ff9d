"""The records entity extraction works with: an ``Entity`` being built, a ``Mention`` of it in a sentence, and
the ranked ``Entities`` other extractors read (handed to them explicitly by ``facts.extract``)."""
from __future__ import annotations

from dataclasses import dataclass, field

from ..model import Person, Place


@dataclass
class Mention:
    """One occurrence of an entity in a sentence: character span, the base-form name and its kind."""

    sentence: int
    start: int
    end: int
    name: str
    kind: str  # "person" | "organization" | "place"


@dataclass
class Entities:
    who: list[Person] = field(default_factory=list)
    where: list[Place] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)  # document order
    # the unnamed person subject of the lead ("Several people"), also who[0]: no named entity
    subject: Person | None = None


@dataclass
class Entity:
    """One person, organisation or place of the document, with the evidence ranking weighs."""

    kind: str
    name: str
    key: str
    role: str | None = None
    sentences: list[int] = field(default_factory=list)
    count: int = 0
    quoted: bool = False
    parts: set = field(default_factory=set)  # lower-case name words (persons), initials (organisations)
    confirmed: bool = False  # a person with a known given name, a title or a role
    located: list = field(default_factory=list)  # sentences where a locative preposition governs the place
    # the candidates merged into it (candidates.py), for the trace (resolve.trace, scripts/why.py); no output
    rules: list = field(default_factory=list, repr=False)

    def absorb(self, other: Entity) -> None:
        """Take over the count and sentences of ``other``, another name of this entity (an alias merged into it)."""
        self.count += other.count
        self.sentences = sorted(set(self.sentences) | set(other.sentences))
