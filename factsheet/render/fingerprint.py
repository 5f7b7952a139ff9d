"""Fingerprints of what factsheet wrote, so a brief someone edited since is never overwritten silently.

Each format carries a SHA-256 of its own content, stored where the content hash does not cover it:
- Markdown (any text): a last line ``<!-- factsheet fingerprint sha256:HEX -->`` over all bytes before it;
- JSON: a top-level ``"fingerprint"`` key over the canonical JSON of the other keys (so whitespace does not
  matter, a changed value does);
- DOCX: a custom document property ``factsheet fingerprint`` (``docProps/custom.xml``, visible in Word under
  File > Properties > Custom) over every other part of the package, byte for byte. Any change saved by Word or
  LibreOffice — text, styles, comments — therefore counts as an edit: conservative, nothing is lost.
A file with no fingerprint, or one that does not match, is the user's.
"""
from __future__ import annotations

import hashlib
import io
import json
import re
import zipfile
from pathlib import Path

PROP_NAME = "factsheet fingerprint"
CUSTOM_PART = "docProps/custom.xml"
_PLACEHOLDER = "0" * 64
_MD_LINE = re.compile(rb"<!-- factsheet fingerprint sha256:([0-9a-f]{64}) -->\n?\Z")


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# -- text (Markdown) ---------------------------------------------------------------------------------------------
def stamp_text(data: bytes) -> bytes:
    """``data``, a blank line (so the comment ends any Markdown list) and the fingerprint comment."""
    body = data if data.endswith(b"\n") else data + b"\n"
    return body + b"\n<!-- factsheet fingerprint sha256:" + _sha(body).encode() + b" -->\n"


def text_matches(data: bytes) -> bool:
    m = _MD_LINE.search(data)
    if not m or not data[: m.start()].endswith(b"\n\n"):
        return False
    return _sha(data[: m.start() - 1]) == m.group(1).decode()


# -- JSON ----------------------------------------------------------------------------------------------------------
def _canonical(obj: dict) -> bytes:
    return json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def stamp_json(obj: dict) -> dict:
    """A copy of ``obj`` with a ``fingerprint`` key (last) over the rest."""
    clean = {k: v for k, v in obj.items() if k != "fingerprint"}
    return {**clean, "fingerprint": "sha256:" + _sha(_canonical(clean))}


def json_matches(data: bytes) -> bool:
    try:
        obj = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError):
        return False
    if not isinstance(obj, dict) or not isinstance(obj.get("fingerprint"), str):
        return False
    return stamp_json(obj)["fingerprint"] == obj["fingerprint"]


# -- DOCX ----------------------------------------------------------------------------------------------------------
def _package_hash(zf: zipfile.ZipFile) -> str:
    return _members_hash((name, zf.read(name)) for name in zf.namelist())


def _members_hash(members) -> str:
    """SHA-256 over every (name, bytes) of a package but the custom-properties part, in name order."""
    h = hashlib.sha256()
    for name, blob in sorted(members):
        if name != CUSTOM_PART:
            h.update(name.encode("utf-8") + b"\0" + blob + b"\0")
    return h.hexdigest()


def prepare_docx(document) -> None:
    """Give a python-docx Document the fingerprint property (a placeholder value, filled by ``stamp_docx``).

    python-docx 1.2 has no custom-properties API, so the part is written here: an existing custom part (a
    user's template may have one) keeps its other properties.
    """
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from lxml import etree

    package = document.part.package
    rel = next((r for r in package.rels.values() if r.reltype == RT.CUSTOM_PROPERTIES), None)
    if rel is not None:
        root = etree.fromstring(rel.target_part.blob)
    else:
        root = etree.fromstring(
            f'<Properties xmlns="{_NS_CUSTOM}" xmlns:vt="{_NS_VT}"/>'.encode()
        )
    for prop in root.findall(f"{{{_NS_CUSTOM}}}property"):
        if prop.get("name") == PROP_NAME:
            root.remove(prop)
    pids = [int(p.get("pid")) for p in root.findall(f"{{{_NS_CUSTOM}}}property") if (p.get("pid") or "").isdigit()]
    prop = etree.SubElement(root, f"{{{_NS_CUSTOM}}}property")
    prop.set("fmtid", "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}")
    prop.set("pid", str(max(pids + [1]) + 1))
    prop.set("name", PROP_NAME)
    etree.SubElement(prop, f"{{{_NS_VT}}}lpwstr").text = _PLACEHOLDER
    blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    if rel is not None:
        rel.target_part._blob = blob
    else:
        part = Part(PackURI("/" + CUSTOM_PART), _CT_CUSTOM, blob, package)
        package.relate_to(part, RT.CUSTOM_PROPERTIES)


def stamp_docx(data: bytes) -> bytes:
    """Fill the placeholder written by ``prepare_docx`` with the hash of every other part."""
    src = zipfile.ZipFile(io.BytesIO(data))
    return _zip([(info.filename, src.read(info.filename)) for info in src.infolist()])


def save_docx(document, stamped: bool = True, fill=None) -> bytes:
    """A python-docx Document (given ``prepare_docx``) as .docx bytes, stamped, in one pass: the parts are
    serialised by python-docx's own package writer into memory, hashed, and zipped once — rather than saving,
    then re-reading and re-deflating the whole package to fill in the fingerprint. ``fill`` (bytes -> bytes) is
    applied to each part's bytes first (the DOCX filler's deferred markup)."""
    from docx.opc.pkgwriter import PackageWriter

    package = document.part.package
    parts = package.parts
    for part in parts:
        part.before_marshal()
    members = _Members(fill)
    PackageWriter._write_content_types_stream(members, parts)
    PackageWriter._write_pkg_rels(members, package.rels)
    PackageWriter._write_parts(members, parts)
    return _zip(members.items, stamped)


class _Members:
    """Stands in for python-docx's zip writer: keeps each (member name, bytes) it is given, in order."""

    def __init__(self, fill=None):
        self.items: list[tuple[str, bytes]] = []
        self.fill = fill

    def write(self, pack_uri, blob: bytes) -> None:
        self.items.append((pack_uri.membername, self.fill(blob) if self.fill else blob))


def _zip(members: list[tuple[str, bytes]], stamped: bool = True) -> bytes:
    """The zip of ``members``, the fingerprint placeholder in the custom-properties part filled (if ``stamped``)."""
    if stamped:
        digest = _members_hash(members).encode()
        members = [(n, b.replace(_PLACEHOLDER.encode(), digest, 1) if n == CUSTOM_PART else b) for n, b in members]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name, blob in members:
            dst.writestr(name, blob)
    return out.getvalue()


def docx_fingerprint(data: bytes) -> str | None:
    """The fingerprint property stored in a .docx, or None."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            return _docx_property(zf)
    except zipfile.BadZipFile:
        return None


def _docx_property(zf: zipfile.ZipFile) -> str | None:
    from lxml import etree

    try:
        root = etree.fromstring(zf.read(CUSTOM_PART))
    except (KeyError, etree.XMLSyntaxError):
        return None
    for prop in root.findall(f"{{{_NS_CUSTOM}}}property"):
        if prop.get("name") == PROP_NAME and len(prop):
            return (prop[0].text or "").strip()
    return None


def docx_matches(data: bytes) -> bool:
    stored = docx_fingerprint(data)
    if not stored or stored == _PLACEHOLDER:
        return False
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            return _package_hash(zf) == stored
    except zipfile.BadZipFile:
        return False


# -- any file ------------------------------------------------------------------------------------------------------
def edited_since_written(path) -> bool:
    """True when the file at ``path`` is not exactly what factsheet wrote (changed, or never written by it).

    A missing file has nothing to lose: False. An unreadable one counts as the user's: True.
    """
    path = Path(path)
    if not path.exists():
        return False
    try:
        data = path.read_bytes()
    except OSError:
        return True
    suffix = path.suffix.lower()
    if suffix == ".docx" or data[:2] == b"PK":
        return not docx_matches(data)
    if suffix == ".json":
        return not json_matches(data)
    return not text_matches(data)


def written_by_factsheet(path) -> bool:
    """True for a file that carries factsheet's fingerprint, edited since or not: a brief, not an article (so a
    folder of articles with their briefs beside them can be briefed again). Reads only the end of a text file."""
    path = Path(path)
    try:
        if path.suffix.lower() == ".docx":
            with zipfile.ZipFile(path) as zf:
                return _docx_property(zf) is not None
        with open(path, "rb") as fh:
            fh.seek(max(0, path.stat().st_size - _TAIL))
            tail = fh.read()
    except (OSError, zipfile.BadZipFile):
        return False
    return b"<!-- factsheet fingerprint sha256:" in tail or b'"fingerprint": "sha256:' in tail


_TAIL = 4096  # the fingerprint is the last line (Markdown) or key (JSON); edits after it are rarely this long
_NS_CUSTOM = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
_NS_VT = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
_CT_CUSTOM = "application/vnd.openxmlformats-officedocument.custom-properties+xml"
