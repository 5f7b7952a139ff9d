"""Recipe: brief a folder (or a list of articles) on a Dask cluster, writing JSON Lines — one brief per line, the
same objects ``factsheet brief PATH --format jsonl`` prints.

Usage: python scripts/dask_briefs.py PATH... --output DIR [--scheduler ADDRESS] [--workers N]

Needs ``pip install .[dask]``. Without ``--scheduler`` a local cluster of N worker processes is started. Each
partition is written as ``DIR/<n>.jsonl``, in input order (``cat DIR/*.jsonl`` is the whole stream, sorted by
name); an article that cannot be briefed is named on standard error (as one line) and left out.
"""
from __future__ import annotations

import argparse
import sys

import factsheet


def brief_line(path: str) -> str | None:
    """One article's brief as one JSON line, or None (the one-line reason printed) when it cannot be briefed.

    This is all a worker runs: ``brief_from_path`` keeps nothing between calls but what it loads once per
    process (packs, models), so any number of calls may run in any worker processes.
    """
    try:
        return factsheet.render(factsheet.brief_from_path(path), "jsonl").decode("utf-8").rstrip("\n")
    except factsheet.FactsheetError as err:
        print(f"factsheet: error: {err}", file=sys.stderr)
        return None


def brief_bag(paths, partitions: int):
    """A Dask bag of the JSON lines of every article among ``paths`` (folders searched as the CLI does)."""
    import dask.bag as db

    articles = factsheet.find_articles(paths)
    return db.from_sequence(articles, npartitions=max(1, min(partitions, len(articles)))) \
        .map(brief_line).filter(lambda line: line is not None)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--output", required=True, help="folder for the JSON Lines files")
    ap.add_argument("--scheduler", help="address of a running Dask scheduler (default: a local cluster)")
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args()
    from dask.distributed import Client, LocalCluster

    if args.scheduler:
        client = Client(args.scheduler)
    else:
        client = Client(LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True,
                                     dashboard_address=None))
    with client:
        bag = brief_bag(args.paths, partitions=4 * len(client.scheduler_info()["workers"]))
        write_jsonl(bag, args.output)
    return 0


def write_jsonl(bag, folder: str) -> None:
    """Each partition of ``bag`` as ``folder/<n>.jsonl``, written by the worker that made it."""
    import os

    import dask

    os.makedirs(folder, exist_ok=True)
    dask.compute(*[dask.delayed(_write)(part, os.path.join(folder, f"{i:05d}.jsonl"))
                   for i, part in enumerate(bag.to_delayed())])


def _write(lines, path: str) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        fh.writelines(line + "\n" for line in lines)


if __name__ == "__main__":
    sys.exit(main())
