"""Read an article from a file (.txt, .md, .docx, .html) or standard input into plain text plus what the
container itself says (a DOCX Title paragraph, an HTML page's title, date and URL).

Every problem a user can cause becomes a ``FactsheetError`` naming the file; nothing here writes anything.
"""
from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from .errors import FactsheetError
from .model import Source

MAX_BYTES = 20 * 1024 * 1024  # a news article is kilobytes; refuse what cannot be one
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@dataclass
class RawArticle:
    text: str
    title: str | None = None
    source: Source = field(default_factory=Source)


def read(path: str) -> RawArticle:
    """Read ``path`` (``-`` is standard input) by its extension."""
    if path == "-":
        data = sys.stdin.buffer.read()
        return RawArticle(_decode(data, "<stdin>"), source=Source(path="-"))
    p = Path(path)
    if not p.exists():
        raise FactsheetError("no such file", path)
    if p.is_dir():
        raise FactsheetError("is a folder, not a file", path)
    try:
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise FactsheetError(f"too large for an article ({size // (1024 * 1024)} MB; limit 20 MB)", path)
        data = p.read_bytes()
    except PermissionError:
        raise FactsheetError("permission denied", path) from None
    except OSError as exc:
        raise FactsheetError(f"cannot read: {exc.strerror or exc}", path) from None
    suffix = p.suffix.lower()
    if suffix == ".docx":
        article = _read_docx(data, path)
    elif suffix in (".html", ".htm"):
        article = _read_html(_decode(data, path), path)
    elif suffix in (".md", ".markdown"):
        article = RawArticle(_plain_markdown(_decode(data, path)))
    else:
        article = RawArticle(_decode(data, path))
    article.source.path = path
    if not article.text.strip():
        raise FactsheetError("is empty (no text to brief)", path)
    return article


def _decode(data: bytes, path: str) -> str:
    if not data.strip():
        raise FactsheetError("is empty (no text to brief)", path)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = data.decode("utf-16")
    else:
        if b"\x00" in data[:8192]:
            raise FactsheetError("is a binary file, not text", path)
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise FactsheetError(
                f"is not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start}); save it as UTF-8", path
            ) from None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL.sub("", text)


_MD_RULES = [
    (re.compile(r"^\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+(?!\[)|\d+[.)]\s+)", re.M), ""),  # headings, quotes, lists
    (re.compile(r"!\[[^\]]*\]\([^)]*\)"), ""),  # images
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),  # links keep their text
    (re.compile(r"(\*\*|__)(.+?)\1"), r"\2"),  # bold
    (re.compile(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])"), r"\1"),  # italics
    (re.compile(r"`([^`]+)`"), r"\1"),
    (re.compile(r"^\s{0,3}(?:[-*_]\s*){3,}$", re.M), ""),  # rules
]


def _plain_markdown(text: str) -> str:
    """Markdown markup off, text kept: the brief quotes sentences, not syntax."""
    for pattern, replacement in _MD_RULES:
        text = pattern.sub(replacement, text)
    return text


def _read_docx(data: bytes, path: str) -> RawArticle:
    import io
    import zipfile

    import docx

    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise FactsheetError(f"is not a readable DOCX file ({exc.__class__.__name__})", path) from None
    title, lines = None, []
    for para in document.paragraphs:
        text = _CONTROL.sub("", para.text).strip()
        style = (para.style.name if para.style is not None else "") or ""
        if title is None and not lines and text and style in ("Title", "Heading 1"):
            title = text
            continue
        lines.append(text)
    return RawArticle("\n".join(lines), title=title)


def _read_html(html: str, path: str) -> RawArticle:
    """Main text only (no scripts, menus, footers): trafilatura is made for this and runs offline."""
    import trafilatura

    doc = trafilatura.bare_extraction(html, include_comments=False, include_tables=False, with_metadata=True)
    if doc is None:
        raise FactsheetError("has no article text that could be extracted from the HTML", path)
    get = doc.get if isinstance(doc, dict) else (lambda k: getattr(doc, k, None))
    text = get("text") or ""
    return RawArticle(text, title=get("title"), source=Source(date=get("date"), url=get("url"),
                                                               publisher=get("sitename")))
