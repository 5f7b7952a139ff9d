"""The data that flows through the pipeline: read-only records, serialised exactly as design.md's JSON schema.

Facts are small records that carry ``evidence``: indices into ``Brief.sentences``, fixed once by the segmenter.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field

SCHEMA = "factsheet.brief/1"


@dataclass
class Source:
    path: str | None = None
    publisher: str | None = None
    date: str | None = None  # ISO 8601, at the precision known
    place: str | None = None
    url: str | None = None


@dataclass
class Document:
    """What a reader produced: the headline (if any), the body paragraphs and the source metadata."""

    title: str | None
    paragraphs: list[str]
    source: Source = field(default_factory=Source)
    dateline_day: tuple[int, int] | None = None  # (month, day) of a dateline without a year: pipeline dates it


@dataclass
class Person:
    name: str
    type: str = "person"  # "person" | "organization"
    role: str | None = None
    evidence: list[int] = field(default_factory=list)
    # other spellings (merged briefs), an organisation's abbreviation or short form (ranking.py); omitted when empty
    aliases: list[str] = field(default_factory=list)


@dataclass
class Place:
    name: str
    evidence: list[int] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)  # other spellings (merged briefs); omitted when empty
    id: str | None = None  # identity across languages (merged briefs): "iso:BY", "geonames:625144"; omitted if None


@dataclass
class When:
    text: str
    date: str | None = None
    evidence: list[int] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)  # the same date as other articles wrote it (merged briefs)


@dataclass
class Statement:
    text: str
    evidence: list[int] = field(default_factory=list)
    who: str | None = None  # a next step's speaker, when a quote states it ("We are opening…" — the guest)


@dataclass
class Quote:
    speaker: str | None
    text: str
    evidence: list[int] = field(default_factory=list)
    reported: bool = False  # the speaker's words retold without quotation marks ("X said that …")


@dataclass(frozen=True)
class Field:
    """One fact field of a brief, declared once: the model, the JSON, both renderers and the merge read ``FIELDS``.

    ``name`` is the JSON key, the ``Facts`` attribute and the template slot; ``label`` the key of its heading in
    each pack's ``[labels]``; ``render`` how a DOCX slot writes it (``render/docx_items.RENDER``); ``merge`` how a
    merged brief joins it: ``"dedupe"`` keeps one of near-duplicate items, any other names a step of its own in
    ``merge/`` (people, places, dates)."""

    name: str
    record: type
    label: str
    render: str
    merge: str


FIELDS = (  # in JSON order (design.md §1); a new fact type adds its line here and its list to Facts below
    Field("who", Person, "who", render="names", merge="people"),
    Field("where", Place, "where", render="inline", merge="places"),
    Field("when", When, "when", render="dates", merge="dates"),
    Field("what", Statement, "what", render="statements", merge="dedupe"),
    Field("next_steps", Statement, "next_steps", render="steps", merge="dedupe"),
    Field("quotes", Quote, "quotes", render="quotes", merge="dedupe"),
)


@dataclass
class Facts:
    """A brief's facts: one list per field of ``FIELDS``, in its order (tests/test_package.py checks)."""

    who: list[Person] = field(default_factory=list)
    where: list[Place] = field(default_factory=list)
    when: list[When] = field(default_factory=list)
    what: list[Statement] = field(default_factory=list)
    next_steps: list[Statement] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)


@dataclass
class Brief:
    language: str
    title: str
    source: Source
    sentences: list[str]
    summary: list[int]
    facts: Facts = field(default_factory=Facts)
    title_generated: bool = False
    sources: list[dict] | None = None  # set for merged briefs: one entry per article
    extra: dict = field(default_factory=dict)  # added keys (timeline, people, follow_ups, meeting_date)

    def to_dict(self) -> dict:
        """The JSON contract (``factsheet.brief/1``); also the context every template receives."""
        out = {
            "schema": SCHEMA,
            "language": self.language,
            "title": self.title,
            "source": asdict(self.source),
            "sentences": list(self.sentences),
            "summary": [{"sentence": i, "text": self.sentences[i]} for i in self.summary],
        }
        if out["source"].get("url") is None:
            out["source"].pop("url", None)
        facts = asdict(self.facts)
        for fact in FIELDS:
            out[fact.name] = [_compact(item) for item in facts[fact.name]]
        if self.sources is not None:
            out["sources"] = self.sources
        out.update(self.extra)
        return out


def _compact(item: dict) -> dict:
    """An item without the optional keys it does not use, so a single article's JSON keeps its old shape."""
    return {k: v for k, v in item.items() if not (k in ("aliases", "id", "reported", "who") and not v)}
