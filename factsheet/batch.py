"""Many articles in one run: find the inputs, brief each one (in forked workers), hand back results as they come.

The parent prepares what every brief needs and does not depend on the article (the templates, through a
``Renderer``) and briefs the first input itself, which loads the libraries and packs; only then does it fork its
workers, which start with all of it in memory (a forked worker is ready in milliseconds, a spawned one needs most
of a second to import everything again). Results come back in input order, one at a time, and the caller writes
or prints each at once: nothing is collected, so memory does not grow with the number of inputs. Where fork is
not available the same work runs in this process, one input after another.
"""
from __future__ import annotations

import multiprocessing
import os
import signal
import sys
from dataclasses import dataclass, field, replace
from multiprocessing.connection import wait
from pathlib import Path
from typing import Iterable, Iterator

from .errors import FactsheetError
from .output import refusal, write_atomic

SUFFIXES = (".txt", ".md", ".markdown", ".docx", ".html", ".htm")  # what a folder is searched for
_DEPTH = 2  # inputs handed to each worker ahead of its results: enough to keep it busy, little to hold


@dataclass
class Outcome:
    """What became of one input: files written, one-line errors, bytes for standard output, or (for a merge)
    the brief itself."""

    path: str
    written: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    data: bytes | None = None
    brief: object = None


@dataclass
class Job:
    """How to brief one input and deliver it; called in the parent or in a worker with the same result."""

    renderer: object  # render.Renderer, prepared once
    formats: tuple[str, ...]
    output: str  # a folder, or "-" for standard output
    options: dict
    force: bool = False
    lines: bool = False  # standard output as JSON Lines
    keep: bool = False  # return the brief (to merge) instead of delivering it
    title: str | None = None  # the user's title for every brief written

    def __call__(self, path: str) -> Outcome:
        from . import pipeline

        try:
            brief = pipeline.brief_from_path(path, **self.options)
            return Outcome(path, brief=brief) if self.keep else self.deliver(path, stem(path), self.finish(brief))
        except FactsheetError as exc:
            return Outcome(path, errors=[str(exc) if exc.path else f"{path}: {exc.message}"])
        except OSError as exc:
            return Outcome(path, errors=[f"{self.output}: cannot write ({exc.strerror or exc})"])
        except Exception as exc:  # a bug must not take the other inputs down, nor show a traceback
            return Outcome(path, errors=[f"{path}: internal error ({exc.__class__.__name__}: {exc}); "
                                         "please report it"])

    def finish(self, brief):
        """The brief as written: the user's title (its next steps are split by the meeting date already)."""
        return replace(brief, title=self.title) if self.title else brief

    def deliver(self, path: str, name: str, brief) -> Outcome:
        """Render ``brief`` and write ``DIR/<name>.<fmt>`` for each format (none if one was edited since: all
        such are named), or return the bytes for standard output."""
        data = brief.to_dict()
        if self.output == "-":
            out = self.renderer.render(data, "jsonl") if self.lines else self.renderer.render(data, self.formats[0])
            return Outcome(path, data=out)
        targets = [(fmt, Path(self.output) / f"{name}.{fmt}") for fmt in self.formats]
        refused = [str(err) for _, target in targets if (err := refusal(target, self.force))]
        if refused:  # every refused file is named; the brief's formats stay consistent: none is written
            return Outcome(path, errors=refused)
        outcome = Outcome(path)
        for fmt, target in targets:
            write_atomic(target, self.renderer.render(data, fmt))
            outcome.written.append(str(target))
        return outcome


def stem(path: str) -> str:
    """The name a brief of ``path`` is written under."""
    return "stdin" if path == "-" else Path(path).stem


def expand(paths: Iterable[str]) -> Iterator[tuple[str, str | None]]:
    """``(path, None)`` for each input to brief and ``(path, note)`` for each file skipped, in the order given;
    a folder gives its supported files (searched in depth, in name order, hidden ones left out)."""
    for path in paths:
        if path != "-" and Path(path).is_dir():
            found = sorted(p for p in Path(path).rglob("*") if p.suffix.lower() in SUFFIXES and p.is_file()
                           and not any(part.startswith(".") for part in p.relative_to(path).parts))
            yield from ((str(p), _skip_note(p)) for p in found)
        else:
            yield path, (_skip_note(Path(path)) if path != "-" else None)


def _skip_note(path: Path) -> str | None:
    from .render.fingerprint import written_by_factsheet

    if written_by_factsheet(path):
        return f"{path}: skipped, a brief that factsheet wrote (not an article)"
    return None


def default_jobs() -> int:
    """The cores this process may run on."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def run(job: Job, paths: Iterable[str], jobs: int) -> Iterator[Outcome]:
    """``job`` over every path, outcomes in input order as they are ready; ``jobs`` worker processes."""
    items = iter(paths)
    first = next(items, None)
    if first is None:
        return
    yield job(first)  # in this process: loads what every brief needs before the workers are forked
    if jobs <= 1 or "fork" not in multiprocessing.get_all_start_methods():
        yield from map(job, items)
        return
    pool = _Pool(job, jobs)
    try:
        yield from pool.map(items)
    finally:
        pool.close()


class _Pool:
    """Forked workers, each with its own pipes for inputs and results (nothing shared between workers), so the
    parent knows what every worker holds: a worker that dies (killed, out of memory) fails only the input it was
    on, and a new one takes over the rest. (A queue shared by all workers can be left locked by one that dies.)"""

    def __init__(self, job: Job, size: int):
        self.ctx = multiprocessing.get_context("fork")
        self.job = job
        self.workers = [self._start() for _ in range(size)]

    def _start(self) -> "_Worker":
        sys.stdout.flush()  # a forked child must not inherit (and later flush) a copy of unwritten output
        sys.stderr.flush()
        tasks_in, tasks_out = self.ctx.Pipe(duplex=False)
        results_in, results_out = self.ctx.Pipe(duplex=False)
        proc = self.ctx.Process(target=_serve, args=(self.job, tasks_in, results_out), daemon=True)
        proc.start()
        tasks_in.close()
        results_out.close()
        return _Worker(proc, tasks_out, results_in)

    def map(self, items: Iterator[str]) -> Iterator[Outcome]:
        ready: dict[int, Outcome] = {}
        sent = nxt = 0
        more = True
        while True:
            while more and len(self._idlest().busy) < _DEPTH:
                item = next(items, None)
                if item is None:
                    more = False
                    break
                self._idlest().send(sent, item)
                sent += 1
            if nxt == sent:
                return
            ready.update(self._results())
            while nxt in ready:
                yield ready.pop(nxt)
                nxt += 1

    def _idlest(self) -> "_Worker":
        return min(self.workers, key=lambda w: len(w.busy))

    def _results(self) -> list[tuple[int, Outcome]]:
        """The results ready now (waiting for one); a worker found dead is replaced and its input failed."""
        wait([w.results for w in self.workers])
        out = []
        for i, worker in enumerate(self.workers):
            if not worker.results.poll():
                continue
            try:
                seq, outcome = worker.results.recv()
            except Exception:  # the pipe closed (or broke off mid-message): the worker is gone
                out.extend(self._replace(i))
                continue
            worker.busy.pop(seq, None)
            out.append((seq, outcome))
        return out

    def _replace(self, i: int) -> list[tuple[int, Outcome]]:
        old = self.workers[i]
        old.proc.join(timeout=1)
        if old.proc.is_alive():
            old.proc.kill()
            old.proc.join()
        self.workers[i] = new = self._start()
        pending = list(old.busy.items())
        for seq, path in pending[1:]:
            new.send(seq, path)
        if not pending:
            return []
        seq, path = pending[0]  # what it was on: results come back in the order inputs were sent
        return [(seq, Outcome(path, errors=[f"{path}: the worker briefing it stopped (exit code "
                                            f"{old.proc.exitcode})"]))]

    def close(self) -> None:
        for worker in self.workers:
            try:
                worker.tasks.send(None)
            except OSError:
                pass
        for worker in self.workers:
            worker.proc.join(timeout=5)
            if worker.proc.is_alive():
                worker.proc.kill()


class _Worker:
    def __init__(self, proc, tasks, results):
        self.proc = proc
        self.tasks = tasks
        self.results = results
        self.busy: dict[int, str] = {}  # sequence number -> path, in the order sent

    def send(self, seq: int, path: str) -> None:
        self.busy[seq] = path
        self.tasks.send((seq, path))


def _serve(job: Job, tasks, results) -> None:
    """A worker: brief each input it is given until told to stop (None)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the whole group: the parent stops the workers
    while (task := tasks.recv()) is not None:
        seq, path = task
        results.send((seq, job(path)))
