"""Run the brief command: build each brief, render its formats, write them safely.

Kept apart from the click layer so that the library does the work and the CLI only parses and reports.
One bad input never stops the rest; each failure is reported once, as one line.
"""
from __future__ import annotations

import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

from .errors import FactsheetError
from .output import check_writable, write_atomic


def run(paths, *, formats, output, options, templates, merge, force, report, fail, labels=None, title=None,
        meeting_date=None) -> int:
    """Brief every path; returns how many inputs (or outputs) failed. Next steps are split by ``meeting_date``
    (default: today)."""
    from . import pipeline
    from .render import render

    failures = 0
    built = []
    for path in paths:
        try:
            built.append((path, pipeline.brief_from_path(path, **options)))
        except FactsheetError as exc:
            fail(str(exc) if exc.path else f"{path}: {exc.message}")
            failures += 1
        except Exception as exc:  # a bug must not take the other inputs down, nor show a traceback
            fail(f"{path}: internal error ({exc.__class__.__name__}: {exc}); please report it")
            failures += 1
    from .merge import merge_briefs
    from .merge.timeline import annotate

    if merge is not None and built:
        jobs = [(merge, merge_briefs([b for _, b in built], language=labels, title=title))]
    else:
        jobs = [(_stem(path), replace(b, title=title) if title else b) for path, b in built]
    meeting = meeting_date or date.today()
    jobs = [(stem, annotate(b, meeting)) for stem, b in jobs]

    seen: set[str] = set()
    for stem, brief in jobs:
        if stem in seen and output != "-":
            fail(f"{stem}: two inputs would write the same brief name; brief them separately")
            failures += 1
            continue
        seen.add(stem)
        try:
            rendered = {fmt: render(brief.to_dict(), fmt, templates.get(fmt), labels=labels) for fmt in formats}
            if output == "-":
                sys.stdout.buffer.write(rendered[formats[0]])
                sys.stdout.buffer.flush()
                continue
            targets = {fmt: Path(output) / f"{stem}.{fmt}" for fmt in formats}
            for target in targets.values():
                check_writable(target, force)
            for fmt, target in targets.items():
                write_atomic(target, rendered[fmt])
                if report:
                    report(f"wrote {target}")
        except FactsheetError as exc:
            fail(str(exc) if exc.path else f"{brief.source.path or stem}: {exc.message}")
            failures += 1
        except OSError as exc:
            fail(f"{output}: cannot write ({exc.strerror or exc})")
            failures += 1
    return failures


def _stem(path: str) -> str:
    return "stdin" if path == "-" else Path(path).stem
