"""Word comments quoting a fact's source sentences, written in bulk.

python-docx's ``Document.add_comment`` finds the next free id by reading every comment already in the document,
so a long report's thousands of facts took quadratic time (20,000 quotes: most of a 5 MB report's DOCX time).
Here ids are counted once and the comments are kept as markup, written into the comments part when it is saved
(``docx_xml.Deferred``); the XML is what ``add_comment`` writes (same elements, styles, author, initials, date).
"""
from __future__ import annotations

from datetime import datetime, timezone

from .docx_xml import NOT_XML, Deferred, run_content

AUTHOR, INITIALS = "factsheet", "fs"  # of the comments, and the last modifier in the core properties
MAX_QUOTED = 5  # source sentences a fact's comment quotes; the [n] references beside the fact list them all

_FIRST = ('<w:p><w:pPr><w:pStyle w:val="CommentText"/></w:pPr><w:r><w:rPr><w:rStyle w:val="CommentReference"/>'
          '</w:rPr><w:annotationRef/></w:r><w:r>{}</w:r></w:p>')
_MORE = '<w:p><w:pPr><w:pStyle w:val="CommentText"/></w:pPr>{}</w:p>'


class Comments:
    """The comments of one brief: ``add`` gives a fact's comment an id and keeps its markup; ``write`` puts them
    all into the document's comments part (made, as python-docx does, when the first comment is added)."""

    def __init__(self, doc, sentences: list[str], deferred: Deferred):
        self.doc, self.deferred = doc, deferred
        self.sentences = sentences
        self.pending: list[str] = []
        self.next_id: int | None = None
        self.date = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")

    def add(self, evidence) -> int | None:
        """The id of a new comment quoting the first ``MAX_QUOTED`` sentences of ``evidence``; None if it cites
        none of the brief's sentences."""
        cited = [i for i in sorted(set(evidence)) if 0 <= i < len(self.sentences)]
        quoted = [NOT_XML.sub("", f"[{i + 1}] {self.sentences[i]}") for i in cited[:MAX_QUOTED]]
        if not quoted:
            return None
        if len(cited) > MAX_QUOTED:  # a name met in hundreds of sentences of a long report: the first few
            quoted.append(f"… (+{len(cited) - MAX_QUOTED})")
        if self.next_id is None:
            self.next_id = max(self._ids(), default=-1) + 1
        cid, self.next_id = self.next_id, self.next_id + 1
        # as add_comment(text=...): the first text's lines are paragraphs; each further text is one paragraph
        first, *lines = quoted[0].split("\n")
        body = _FIRST.format(run_content(first))
        body += "".join(_MORE.format(f"<w:r>{run_content(t)}</w:r>" if t else "") for t in lines + quoted[1:])
        self.pending.append(f'<w:comment w:id="{cid}" w:author="{AUTHOR}" w:initials="{INITIALS}" '
                            f'w:date="{self.date}">{body}</w:comment>')
        return cid

    def write(self) -> None:
        if self.pending:
            element = self._element()
            element.extend(self.deferred.place(self.pending, {"w": element.nsmap["w"]}, element))
            self.pending = []

    def _ids(self) -> list[int]:
        return [int(x) for x in self._element().xpath("./w:comment/@w:id")]

    def _element(self):
        from docx.opc.constants import RELATIONSHIP_TYPE as RT

        self.doc.comments  # noqa: B018  (makes the comments part if the document has none)
        return self.doc.part.part_related_by(RT.COMMENTS).element


def reference(cid: int) -> tuple[str, str]:
    """The markup before and after a commented run: range start; range end and the reference mark."""
    return (f'<w:commentRangeStart w:id="{cid}"/>',
            f'<w:commentRangeEnd w:id="{cid}"/><w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr>'
            f'<w:commentReference w:id="{cid}"/></w:r>')
