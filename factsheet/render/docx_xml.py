"""Low-level WordprocessingML helpers for the DOCX filler: element names, run text, splitting and cloning runs and
paragraphs, and markup: elements as text and many pieces of text parsed at once (how a long report's thousands of
paragraphs are written). python-docx is imported inside the functions, to keep the command line quick to start."""
from __future__ import annotations

import copy
import re
import secrets
from functools import cache

NBSP = "\u00a0"
NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")  # control characters lxml refuses
_TAG, _XMLNS = re.compile(r"<[^>]*>"), re.compile(r' xmlns(?::\w+)?="[^"]*"')  # text has no bare < or >


@cache  # a few dozen tag names, asked for hundreds of thousands of times in a long report
def qn(tag: str) -> str:
    """``w:p`` as the Clark name lxml uses."""
    from docx.oxml.ns import qn as clark

    return clark(tag)


def el(tag: str):
    from docx.oxml import OxmlElement

    return OxmlElement(tag)


def ancestor(element, tag: str):
    """The nearest enclosing ``tag`` (e.g. the table row ``w:tr`` of a paragraph), or None."""
    return next((a for a in element.iterancestors() if a.tag == qn(tag)), None)


def run_text(r) -> str:
    return "".join(t.text or "" for t in r.findall(qn("w:t")))


def set_run_text(r, text: str) -> None:
    text = NOT_XML.sub("", text)  # control characters from an input would make lxml refuse the whole brief
    ts = r.findall(qn("w:t"))
    if not ts:
        ts = [el("w:t")]
        r.append(ts[0])
    ts[0].text = text
    ts[0].set(qn("xml:space"), "preserve")
    for t in ts[1:]:
        r.remove(t)


def split_runs(p) -> None:
    """One content element per run (Word keeps ``☐``, a tab and text in one run), so text edits keep order."""
    for r in p.findall(qn("w:r")):
        content = [c for c in r if c.tag != qn("w:rPr")]
        if len(content) < 2:
            continue
        for child in reversed(content[1:]):
            twin = copy.deepcopy(r)
            for c in [c for c in twin if c.tag != qn("w:rPr")]:
                twin.remove(c)
            r.remove(child)
            twin.append(child)
            r.addnext(twin)


def clone(p):
    """A copy of a paragraph without the ids Word wants unique (w14:paraId/textId, bookmarks)."""
    twin = copy.deepcopy(p)
    for e in twin.iter():
        for attr in [a for a in e.attrib if a.endswith(("}paraId", "}textId"))]:
            del e.attrib[attr]
    for e in [e for e in twin.iter(qn("w:bookmarkStart"), qn("w:bookmarkEnd"))]:
        e.getparent().remove(e)
    return twin


def replace_span(p, start: int, end: int, new: str):
    """Replace characters [start, end) of the paragraph's run text; returns (run, offset just after ``new``)."""
    runs = p.findall(qn("w:r"))
    texts = [run_text(r) for r in runs]
    pos, first = 0, None
    for i, t in enumerate(texts):
        if first is None and start < pos + len(t):
            first, off0 = i, start - pos
        if first is not None and end <= pos + len(t):
            last, off1 = i, end - pos
            break
        pos += len(t)
    else:
        raise ValueError("span outside the paragraph")
    if first == last:
        t = texts[first]
        set_run_text(runs[first], t[:off0] + new + t[off1:])
    else:
        set_run_text(runs[first], texts[first][:off0] + new)
        set_run_text(runs[last], texts[last][off1:])
        for r in runs[first + 1 : last]:
            for t in r.findall(qn("w:t")):
                r.remove(t)
            if all(child.tag == qn("w:rPr") for child in r):
                r.getparent().remove(r)
    return runs[first], off0 + len(new)


def xml_text(text: str) -> str:
    """``text`` as XML character data (the caller has dropped the characters XML forbids); a bare CR would
    read back as LF. (Chained ``replace`` is several times quicker than ``str.translate`` here.)"""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#13;")


def markup(element) -> str:
    """An element as XML text without namespace declarations (``parse_many`` declares them around it)."""
    from lxml import etree

    return _TAG.sub(lambda tag: _XMLNS.sub("", tag.group()), etree.tostring(element, encoding="unicode"))


def namespaces(element) -> dict:
    """Every namespace prefix ``element`` and its descendants use or declare (what its markup needs declared)."""
    found = dict(element.nsmap)
    for e in element.iter():
        found.update(e.nsmap)
    return found


def parse_many(pieces: list[str], nsmap: dict) -> list:
    """The elements of many pieces of markup (``markup``) parsed in one pass, with the namespaces ``nsmap``
    declares, ready to move into a document (lxml keeps no redundant declarations when they move)."""
    from docx.oxml.parser import parse_xml

    decls = "".join(f' xmlns:{k}="{v}"' if k else f' xmlns="{v}"' for k, v in nsmap.items())
    return list(parse_xml(f"<fragment{decls}>{''.join(pieces)}</fragment>"))


def run_content(text: str) -> str:
    """The content of a run with ``text`` as python-docx writes it (``Run.text``): a tab as ``w:tab``, a line
    break as ``w:br``, the rest in ``w:t`` (space-preserving when it starts or ends with white space)."""
    out = []
    for k, piece in enumerate(re.split(r"(\t|\r|\n)", text)):
        if k % 2:
            out.append("<w:tab/>" if piece == "\t" else "<w:br/>")
        elif piece:
            space = ' xml:space="preserve"' if len(piece.strip()) < len(piece) else ""
            out.append(f"<w:t{space}>{xml_text(piece)}</w:t>")
    return "".join(out)


class Deferred:
    """Markup written straight into a part's saved XML. A long report's appendix as lxml elements took about
    2 KB of memory a paragraph (85,000 sentences: 180 MB, and 125 MB more for 20,000 quotes with comments) and
    the time to parse and serialise it again; kept as text it is a tenth of that. ``place`` gives what to put in
    the tree where the markup goes — a placeholder (a processing instruction), or the parsed elements when the
    part's root does not declare the namespaces the markup uses — and ``fill`` puts the markup in place of the
    placeholders when the part is saved (``fingerprint.save_docx``)."""

    def __init__(self):
        self.token = secrets.token_hex(8)  # no template holds this placeholder by chance
        self.pieces: list[str] = []
        self._placeholder = re.compile(rb"<\?factsheet " + self.token.encode() + rb"-(\d+)\?>")

    def place(self, pieces: list[str], nsmap: dict, where) -> list:
        """Elements standing for ``pieces`` (markup using the namespaces ``nsmap``) in the part of ``where``."""
        from lxml import etree

        root = where.getroottree().getroot()
        if any(root.nsmap.get(prefix) != uri for prefix, uri in nsmap.items()):
            return parse_many(pieces, nsmap)
        self.pieces.append("".join(pieces))
        return [etree.ProcessingInstruction("factsheet", f"{self.token}-{len(self.pieces) - 1}")]

    def fill(self, blob: bytes) -> bytes:
        """A part's serialised XML with the markup in place of its placeholders."""
        if not self.pieces or b"<?factsheet " not in blob:
            return blob
        return self._placeholder.sub(lambda m: self.pieces[int(m.group(1))].encode("utf-8"), blob)
