"""Markdown briefs through a Jinja2 template, run in a sandbox so a shared template cannot reach Python.

Strict undefined: a misspelt name in a template is an error, not a silently empty section. Blank lines left
by omitted sections are collapsed afterwards, so templates can stay readable (Markdown ignores the difference).
"""
from __future__ import annotations

import re
from pathlib import Path

from ..errors import FactsheetError
from . import context as C


def render(brief: dict, template: Path, labels: str | None = None) -> str:
    import jinja2
    from jinja2.sandbox import SandboxedEnvironment

    try:
        source = Path(template).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as err:
        raise FactsheetError(f"cannot read the template: {_why(err)}", str(template)) from None
    env = SandboxedEnvironment(
        undefined=jinja2.StrictUndefined, autoescape=False, trim_blocks=True, lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    code = C.writing_language(brief, labels)
    env.filters.update(
        refs=C.refs,
        date=lambda iso: C.human_date(iso, code),
        source_line=lambda src: C.source_line(src, code),
        date_note=lambda item: C.date_note(item, code),
        when_text=lambda item: C.when_text(item, code, brief.get("language", "")),
        cell=cell,
    )
    ctx = C.build(brief, labels)
    env.filters["mentioned_in"] = lambda item: C.mentioned_in(item, ctx)
    env.filters["source_label"] = lambda k: C.source_label(k, ctx)
    ctx["sentence_groups"] = C.sentence_groups(ctx)
    env.filters["key_point"] = lambda item: C.key_point(item, ctx)
    try:
        text = env.from_string(source).render(ctx)
    except jinja2.TemplateSyntaxError as err:
        raise FactsheetError(f"template syntax error on line {err.lineno}: {err.message}", str(template)) from None
    except jinja2.exceptions.SecurityError as err:
        raise FactsheetError(f"unsafe template, refused: {err}", str(template)) from None
    except jinja2.UndefinedError as err:
        raise FactsheetError(f"template uses an undefined name: {err.message}", str(template)) from None
    except jinja2.TemplateError as err:
        raise FactsheetError(f"template error: {err}", str(template)) from None
    except (TypeError, ValueError, AttributeError, KeyError, IndexError) as err:
        raise FactsheetError(f"template error: {type(err).__name__}: {err}", str(template)) from None
    text = re.sub(r"(?<=\S) $", "", text, flags=re.M)  # a lone trailing space (an empty [n]) means nothing
    text = re.sub(r"\n{3,}", "\n\n", text).strip("\n")
    return text + "\n"


def cell(text) -> str:
    """Text safe inside a Markdown table cell: no pipes or line breaks."""
    return re.sub(r"\s*\n\s*", " ", str(text or "")).replace("|", "\\|")


def _why(err: Exception) -> str:
    if isinstance(err, UnicodeDecodeError):
        return "not UTF-8 text"
    if isinstance(err, FileNotFoundError):
        return "no such file"
    return getattr(err, "strerror", None) or str(err)
