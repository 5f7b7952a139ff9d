"""factsheet: one-page meeting briefs from news articles (Belarusian, Russian, English).

The public API is small: build a brief from a path or from text, then render it::

    import factsheet
    brief = factsheet.brief_from_path("inputs/en_pharma_plant.txt")
    markdown = factsheet.render(brief, "md")          # bytes
    data = brief.to_dict()                              # the JSON contract, factsheet.brief/1
"""
from __future__ import annotations

from . import render as _render_package  # noqa: F401  (loaded first, so the function below keeps the name)
from .errors import FactsheetError
from .model import Brief

__all__ = ["Brief", "FactsheetError", "brief_from_path", "brief_from_text", "find_articles", "render", "__version__"]
__version__ = "0.1.0"


def brief_from_path(path, **options) -> Brief:
    from .pipeline import brief_from_path as build

    return build(str(path), **options)


def brief_from_text(text: str, **options) -> Brief:
    from .pipeline import brief_from_text as build

    return build(text, **options)


def find_articles(paths) -> list[str]:
    """The article files among ``paths``, folders searched as ``factsheet brief`` does (briefs factsheet wrote
    left out): what to hand to workers of a distributed engine, each calling ``brief_from_path``."""
    from .batch import expand

    return [path for path, skip in expand([str(p) for p in paths]) if not skip]


def render(brief, fmt: str, template=None, *, labels: str | None = None) -> bytes:
    """Render a Brief (or its dict) as ``json``, ``jsonl`` (one line), ``md`` or ``docx`` bytes; ``labels`` picks the headings'
    language (default: the brief's)."""
    from .render import render as render_dict

    data = brief.to_dict() if isinstance(brief, Brief) else brief
    return render_dict(data, fmt, template, labels=labels)
