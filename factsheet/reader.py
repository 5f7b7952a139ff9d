"""Read an article from a file (.txt, .md, .docx, .html) or standard input into plain text plus what the
container itself says (a DOCX Title paragraph, an HTML page's title, date and URL).

Every problem a user can cause becomes a ``FactsheetError`` naming the file; nothing here writes anything.
"""
from __future__ import annotations

import math
import os
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from . import tokens
from .decoding import CONTROL, decode
from .errors import FactsheetError
from .model import Source
from .unwrap import unwrap

# A news article is kilobytes; refuse what cannot be one before reading it all. FACTSHEET_MAX_MB changes the limit.
LIMIT_VARIABLE, DEFAULT_LIMIT_MB = "FACTSHEET_MAX_MB", 20
DOCX_EXPANSION = 5  # a DOCX may unpack to this many times the limit (a zip bomb unpacks to thousands)


@dataclass
class RawArticle:
    text: str
    title: str | None = None
    source: Source = field(default_factory=Source)


def read(path: str) -> RawArticle:
    """Read ``path`` (``-`` is standard input) by its extension."""
    limit = max_bytes()
    if path == "-":
        data = sys.stdin.buffer.read(limit + 1)
        _check_size(len(data), limit, "<stdin>")
        return RawArticle(unwrap(decode(data, "<stdin>")), source=Source(path="-"))
    p = Path(path)
    if not p.exists():
        raise FactsheetError("no such file", path)
    if p.is_dir():
        raise FactsheetError("is a folder, not a file", path)
    try:
        _check_size(p.stat().st_size, limit, path)
        data = p.read_bytes()
    except PermissionError:
        raise FactsheetError("permission denied", path) from None
    except OSError as exc:
        raise FactsheetError(f"cannot read: {exc.strerror or exc}", path) from None
    if not data:
        raise FactsheetError("is empty (no text to brief)", path)
    suffix = p.suffix.lower()
    if suffix == ".docx":
        article = _read_docx(data, path, limit * DOCX_EXPANSION)
    elif suffix in (".html", ".htm"):
        article = _read_html(decode(data, path), path)
    elif suffix in (".md", ".markdown"):
        article = RawArticle(unwrap(_plain_markdown(decode(data, path))))
    else:
        article = RawArticle(unwrap(decode(data, path)))
    article.source.path = path
    if not article.text.strip():
        raise FactsheetError("is empty (no text to brief)", path)
    return article


def max_bytes() -> int:
    """The input size limit in bytes: FACTSHEET_MAX_MB megabytes (default 20)."""
    value = os.environ.get(LIMIT_VARIABLE, "").strip()
    try:
        mb = float(value) if value else DEFAULT_LIMIT_MB
    except ValueError:
        mb = -1
    if not (mb > 0 and math.isfinite(mb)):
        raise FactsheetError(f"{LIMIT_VARIABLE}={value!r} is not a positive number of megabytes")
    return int(mb * 1024 * 1024)


def _check_size(size: int, limit: int, path: str) -> None:
    if size > limit:
        raise FactsheetError(f"is too large for an article (over {_mb(limit)}; set {LIMIT_VARIABLE} to raise "
                             "the limit)", path)


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):.3g} MB"


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


def _read_docx(data: bytes, path: str, max_unpacked: int) -> RawArticle:
    import io
    import zipfile

    import docx

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            # the declared sizes bound what unzipping yields (zipfile stops there), so checking them suffices
            unpacked = sum(info.file_size for info in archive.infolist())
        if unpacked > max_unpacked:
            raise FactsheetError(f"unpacks to more than {_mb(max_unpacked)} (a zip bomb?); not opened", path)
        document = docx.Document(io.BytesIO(data))
    except FactsheetError:
        raise
    except Exception as exc:  # python-docx and lxml raise many types for a broken file; all mean the same here
        raise FactsheetError(f"is not a readable DOCX file ({exc.__class__.__name__})", path) from None
    title, lines = None, []
    for para in document.paragraphs:
        text = CONTROL.sub("", para.text).strip()
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
    title, text = _headline_once(get("title"), get("text") or "")
    return RawArticle(text, title=title, source=Source(date=get("date"), url=get("url"), publisher=get("sitename")))


def _headline_once(title: str | None, text: str) -> tuple[str | None, str]:
    """The page's ``<h1>`` usually opens the extracted text too: it is the headline, not body sentence 1.

    When the first line is the page title, or part of it (``<title>`` often adds the site's name), the line is
    the headline and leaves the body."""
    first, _, rest = text.strip().partition("\n")
    if not title or not first or not rest.strip():
        return title, text
    line, whole = _squeeze(first), _squeeze(title)
    if line and (line == whole or (len(line) >= 12 and line in whole) or (len(whole) >= 12 and whole in line)):
        return first.strip(), rest
    return title, text


def _squeeze(text: str) -> str:
    return " ".join(tokens.words(text.casefold()))
