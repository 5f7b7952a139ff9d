"""What fact extraction adds to a brief, as a user pays it: a fresh process per run (so the one-off loading of
dictionaries and rule tables counts), the whole brief with facts beside the same brief with the fact stage
replaced by an empty one, median of N runs each, in the same session.

    python scripts/bench_facts.py [ARTICLE ...] [--runs 5]
"""
from __future__ import annotations

import statistics
import subprocess
import sys
from pathlib import Path

import benchargs

RUN = r"""
import sys, time
import factsheet.facts as facts
from factsheet.model import Facts
if sys.argv[2] == "off":
    facts.extract = lambda *a, **k: Facts()
from factsheet import pipeline
start = time.perf_counter()
pipeline.brief_from_path(sys.argv[1])
print(time.perf_counter() - start)
"""


def median_ms(article: str, mode: str, runs: int) -> float:
    times = [float(subprocess.run([sys.executable, "-c", RUN, article, mode], check=True, capture_output=True,
                                  text=True).stdout) for _ in range(runs)]
    return statistics.median(times) * 1000


def main() -> None:
    args = benchargs.parse(__doc__)
    articles = args.articles
    print(f"{'article':28} {'no facts ms':>12} {'with facts ms':>14} {'facts add ms':>13} {'ratio':>6}")
    for article in articles:
        off, on = median_ms(article, "off", args.runs), median_ms(article, "on", args.runs)
        print(f"{Path(article).stem[:28]:28} {off:12.0f} {on:14.0f} {on - off:13.0f} {on / off:6.2f}")


if __name__ == "__main__":
    main()
