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
    """One brief through ``template`` (prepared for this call only; ``MarkdownTemplate`` keeps it for many)."""
    return MarkdownTemplate(template).render(brief, labels)


class MarkdownTemplate:
    """A template read, checked and compiled once, in a sandboxed environment made once, for many briefs.

    The filters that depend on the brief (its language, its quotes) read it from the template context, so the
    environment itself holds nothing of any one brief.
    """

    def __init__(self, template: Path):
        import jinja2
        from jinja2.sandbox import SandboxedEnvironment

        self.name = str(template)
        try:
            source = Path(template).read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as err:
            raise FactsheetError(f"cannot read the template: {_why(err)}", self.name) from None
        env = SandboxedEnvironment(
            undefined=jinja2.StrictUndefined, autoescape=False, trim_blocks=True, lstrip_blocks=True,
            keep_trailing_newline=True,
        )
        env.filters.update(
            refs=C.refs,
            date=jinja2.pass_context(lambda ctx, iso: C.human_date(iso, ctx["writing"])),
            source_line=jinja2.pass_context(lambda ctx, src: C.source_line(src, ctx["writing"])),
            date_note=jinja2.pass_context(lambda ctx, item: C.date_note(item, ctx["writing"])),
            when_text=jinja2.pass_context(lambda ctx, item: C.when_text(item, ctx["writing"], ctx["language"])),
            key_point=jinja2.pass_context(lambda ctx, item: C.key_point(item, ctx)),
            mentioned_in=jinja2.pass_context(lambda ctx, item: C.mentioned_in(item, ctx)),
            source_label=jinja2.pass_context(lambda ctx, k: C.source_label(k, ctx)),
            cell=cell,
        )
        self.template = self._guard(lambda: env.from_string(source))

    def render(self, brief: dict, labels: str | None = None) -> str:
        ctx = C.build(brief, labels)
        ctx.setdefault("language", "")
        ctx["sentence_groups"] = C.sentence_groups(ctx)
        text = self._guard(lambda: self.template.render(ctx))
        text = re.sub(r"(?<=\S) $", "", text, flags=re.M)  # a lone trailing space (an empty [n]) means nothing
        text = re.sub(r"\n{3,}", "\n\n", text).strip("\n")
        return text + "\n"

    def _guard(self, step):
        """``step()``, with every template problem turned into one line naming the template."""
        import jinja2

        try:
            return step()
        except jinja2.TemplateSyntaxError as err:
            raise FactsheetError(f"template syntax error on line {err.lineno}: {err.message}", self.name) from None
        except jinja2.exceptions.SecurityError as err:
            raise FactsheetError(f"unsafe template, refused: {err}", self.name) from None
        except jinja2.UndefinedError as err:
            raise FactsheetError(f"template uses an undefined name: {err.message}", self.name) from None
        except jinja2.TemplateError as err:
            raise FactsheetError(f"template error: {err}", self.name) from None
        except (TypeError, ValueError, AttributeError, KeyError, IndexError) as err:
            raise FactsheetError(f"template error: {type(err).__name__}: {err}", self.name) from None


def cell(text) -> str:
    """Text safe inside a Markdown table cell: no pipes or line breaks."""
    return re.sub(r"\s*\n\s*", " ", str(text or "")).replace("|", "\\|")


def _why(err: Exception) -> str:
    if isinstance(err, UnicodeDecodeError):
        return "not UTF-8 text"
    if isinstance(err, FileNotFoundError):
        return "no such file"
    return getattr(err, "strerror", None) or str(err)
