"""Render a brief dict (``Brief.to_dict()``) as JSON, Markdown or DOCX, from templates the user may own.

Every output carries a fingerprint of what was written (see ``fingerprint``), so ``edited_since_written`` can
tell a brief someone changed since from one factsheet may safely overwrite. python-docx and Jinja2 are imported
only by the renderer that needs them, to keep the command line quick to start.
"""
from __future__ import annotations

import json
from pathlib import Path

from ..errors import FactsheetError
from . import fingerprint
from .fingerprint import edited_since_written

FORMATS = ("json", "md", "docx", "jsonl")  # jsonl: the JSON brief on one line, for JSON Lines
DEFAULT_TEMPLATES = {"md": "brief.md.j2", "docx": "brief.docx"}
_SUFFIX_FORMAT = {".j2": "md", ".jinja": "md", ".jinja2": "md", ".md": "md", ".docx": "docx"}

__all__ = [
    "FORMATS", "Renderer", "render", "stamp", "template_for", "template_format", "export_templates", "edited_since_written",
]


def render(brief: dict, fmt: str, template: str | Path | None = None, *, stamped: bool = True,
           labels: str | None = None) -> bytes:
    """The brief in ``fmt`` as bytes; ``template`` overrides the default template for md/docx; ``labels`` names
    the pack whose headings to use (default: the brief's language). An unknown ``fmt`` is refused by
    ``Renderer.render``."""
    templates = {fmt: template} if template is not None else {}
    return Renderer((fmt,), templates, labels).render(brief, fmt, stamped=stamped)


class Renderer:
    """Everything rendering needs that does not depend on the brief, prepared once for many briefs: the Jinja
    environment and compiled Markdown template, the parsed DOCX template and its styles. A batch makes one
    before forking its workers, so each worker starts with it ready."""

    def __init__(self, formats=FORMATS, templates: dict | None = None, labels: str | None = None):
        templates = templates or {}
        self.labels = labels
        self.prepared = {}
        if "md" in formats:
            from .markdown import MarkdownTemplate

            self.prepared["md"] = MarkdownTemplate(template_for("md", templates.get("md")))
        if "docx" in formats:
            from .docx import DocxTemplate

            self.prepared["docx"] = DocxTemplate(template_for("docx", templates.get("docx")))

    def render(self, brief: dict, fmt: str, *, stamped: bool = True) -> bytes:
        """``brief`` in ``fmt`` (one of the formats this renderer was made for, or json), with its fingerprint."""
        if fmt in ("json", "jsonl"):
            obj = fingerprint.stamp_json(brief) if stamped else brief
            return (json.dumps(obj, ensure_ascii=False, indent=2 if fmt == "json" else None) + "\n").encode("utf-8")
        if fmt not in self.prepared:
            raise FactsheetError(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}")
        if fmt == "md":
            data = self.prepared["md"].render(brief, self.labels).encode("utf-8")
            return stamp(data, fmt) if stamped else data
        return self.prepared["docx"].render(brief, self.labels, stamped=stamped)


def stamp(data: bytes, fmt: str) -> bytes:
    """``data`` with the fingerprint of its content added (Markdown: last line; JSON: key; DOCX: property)."""
    if fmt == "json":
        obj = json.loads(data.decode("utf-8"))
        return (json.dumps(fingerprint.stamp_json(obj), ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    if fmt == "docx":
        return fingerprint.stamp_docx(data)
    return fingerprint.stamp_text(data)


def default_template(fmt: str) -> Path:
    """The shipped template for ``fmt`` (installed as the package ``factsheet.templates``)."""
    from importlib import resources

    return Path(str(resources.files("factsheet.templates") / DEFAULT_TEMPLATES[fmt]))


def template_format(path: str | Path) -> str:
    """The output format a template file makes, from its extension (``.md.j2`` -> md, ``.docx`` -> docx)."""
    suffix = Path(path).suffix.lower()
    if suffix not in _SUFFIX_FORMAT:
        raise FactsheetError("unknown template type: use a .md.j2 (Markdown) or .docx (Word) file", str(path))
    return _SUFFIX_FORMAT[suffix]


def template_for(fmt: str, template: str | Path | None = None) -> Path:
    """The template file to render ``fmt`` with: the user's (checked to exist and fit) or the default."""
    if fmt not in DEFAULT_TEMPLATES:
        raise FactsheetError(f"format {fmt!r} takes no template")
    if template is None:
        return default_template(fmt)
    path = Path(template)
    if template_format(path) != fmt:
        raise FactsheetError(f"this template makes {template_format(path)}, not {fmt}", str(path))
    if not path.is_file():
        raise FactsheetError("template not found", str(path))
    return path


def export_templates(directory: str | Path, force: bool = False) -> list[Path]:
    """Copy the default templates into ``directory`` for editing; existing files are kept unless ``force``."""
    import shutil

    directory = Path(directory)
    targets = [(default_template(fmt), directory / name) for fmt, name in DEFAULT_TEMPLATES.items()]
    existing = [dst for _, dst in targets if dst.exists()]
    if existing and not force:
        names = ", ".join(str(p) for p in existing)
        raise FactsheetError(f"already exists, not overwritten (use --force): {names}")
    try:
        directory.mkdir(parents=True, exist_ok=True)
        for src, dst in targets:
            shutil.copyfile(src, dst)
    except OSError as err:
        raise FactsheetError(f"cannot write templates: {err.strerror or err}", str(directory)) from None
    return [dst for _, dst in targets]
