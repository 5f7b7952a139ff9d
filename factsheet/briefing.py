"""Run the brief command: find the inputs, brief them (in workers), write or print each result as it comes.

Kept apart from the click layer so that the library does the work and the CLI only parses and reports.
One bad input never stops the rest; each failure is reported once, as one line, and counted in the summary.
"""
from __future__ import annotations

import sys
from collections import Counter
from contextlib import nullcontext
from dataclasses import dataclass
from datetime import date
from typing import Callable, Iterator

from . import batch


@dataclass
class Report:
    """Where messages go: ``note`` (files written, files skipped, the summary; None when quiet), ``fail`` (errors,
    always), and whether to show a progress bar instead of listing the files written."""

    note: Callable[[str], None] | None
    fail: Callable[[str], None]
    progress: bool = False


def run(paths, *, formats, output, options, templates, merge, force, report: Report, labels=None,
        jobs: int = 1, jsonl: bool = False, title: str | None = None, meeting_date=None) -> int:
    """Brief every path (folders are searched); returns how many inputs (or outputs) failed. Next steps are split
    by ``meeting_date`` (default: today); a merged brief is written in ``labels``' language."""
    from .render import Renderer

    found = list(batch.expand(paths))  # paths only: the briefs themselves are never collected
    todo = [path for path, skip in found if not skip]
    lines = output == "-" and (jsonl or (formats[0] == "json" and len(todo) > 1 and merge is None))
    renderer = Renderer(formats, templates, labels)
    meeting_date = meeting_date or date.today()
    job = batch.Job(renderer, formats, output, {**options, "meeting_date": meeting_date}, force=force, lines=lines,
                    keep=merge is not None, title=title)
    tally: Counter = Counter()
    for path, skip in found:
        if skip:
            tally["skipped"] += 1
            if report.note:
                report.note(f"note: {skip}")
    if not found:
        report.fail(f"{', '.join(paths)}: no articles found (.txt, .md, .docx, .html)")
        return 1
    if "-" in todo:
        jobs = 1  # standard input belongs to this process
    outcomes = batch.run(job, _unique(todo, output, merge, tally, report), jobs)
    if merge is not None:
        outcomes = _merged(job, outcomes, merge, labels, meeting_date)
    show = report.progress and len(todo) > 1
    with _bar(outcomes, len(todo)) if show else nullcontext(outcomes) as shown:
        for outcome in shown:
            _deliver(outcome, tally, report, listing=not show)
    if report.note and (len(todo) > 1 or tally["skipped"]):
        report.note(f"{tally['written']} written, {tally['failed']} failed, {tally['skipped']} skipped")
    return tally["failed"]


def _unique(paths: list[str], output: str, merge, tally: Counter, report: Report) -> Iterator[str]:
    """The paths, less those that would overwrite the brief of an earlier one (each named as a failure)."""
    seen: set[str] = set()
    for path in paths:
        name = batch.stem(path)
        if name in seen and output != "-" and merge is None:
            report.fail(f"{path}: another input already writes the brief {name}; brief them separately")
            tally["failed"] += 1
            continue
        seen.add(name)
        yield path


def _merged(job: batch.Job, outcomes, name: str, language: str | None, meeting: date) -> Iterator[batch.Outcome]:
    """Pass on the failures, keep the briefs, then deliver their merge as one outcome."""
    from .merge import merge_briefs
    from .merge.timeline import annotate

    briefs = []
    for outcome in outcomes:
        if outcome.errors:
            yield outcome
        else:
            briefs.append(outcome.brief)
    if briefs:
        try:
            merged = annotate(merge_briefs(briefs, language=language, title=job.title), meeting)
            yield job.deliver(name, name, merged)
        except OSError as exc:
            yield batch.Outcome(name, errors=[f"{job.output}: cannot write ({exc.strerror or exc})"])


def _deliver(outcome: batch.Outcome, tally: Counter, report: Report, listing: bool) -> None:
    if outcome.data is not None:
        sys.stdout.buffer.write(outcome.data)
        sys.stdout.buffer.flush()
    for line in outcome.errors:
        report.fail(line)
    if report.note and listing:
        for path in outcome.written:
            report.note(f"wrote {path}")
    tally["failed" if outcome.errors else "written"] += 1


def _bar(outcomes, length: int):
    import click

    return click.progressbar(outcomes, length=length, label="briefing", file=sys.stderr, show_pos=True)
