"""Speed of each summary algorithm on texts of about 30, 300 and 700 sentences (median of 5 runs).

Usage: python scripts/bench_summary.py ../shared/dev/en_bbc_sum_dev.jsonl [--sizes 30,300,700] [--repeat 5]

The long "articles" are built at run time by concatenating the file's articles' sentences (nothing is stored).
Imports are warmed up first, so times are the summarising alone; the ratio is against ``news``, the default.
An algorithm past its sentence limit (lsa, kl) shows "refused". For thousands of sentences beside sumy's own
LexRank, see ``scripts/bench_long.py``.
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from factsheet import langpack, summarize  # noqa: E402
from factsheet.errors import FactsheetError  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("jsonl")
    ap.add_argument("--lang", default="en")
    ap.add_argument("--sizes", default="30,300,700")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--algorithms", default=",".join(summarize.ALGORITHMS))
    args = ap.parse_args()
    pool = [s for line in open(args.jsonl, encoding="utf-8") if line.strip() for s in json.loads(line)["sentences"]]
    pack = langpack.load(args.lang)
    algorithms = args.algorithms.split(",")
    sizes = [int(x) for x in args.sizes.split(",")]
    times: dict[str, dict[int, float]] = {}
    for alg in algorithms:
        summarize.summarize(pool[:5], pack, 2, alg)  # warm up imports
        for n in sizes:
            sents = pool[:n]
            runs = []
            for _ in range(args.repeat):
                t = time.perf_counter()
                try:
                    summarize.summarize(sents, pack, summarize.default_count(n), alg)
                except FactsheetError:
                    runs = [float("nan")]
                    break
                runs.append(time.perf_counter() - t)
            times.setdefault(alg, {})[n] = statistics.median(runs)
    print(f"median of {args.repeat} runs, seconds (x = ratio to news)")
    print(f"{'algorithm':10} " + " ".join(f"{f'{n} sent.':>18}" for n in sizes))
    for alg in algorithms:
        cells = []
        for n in sizes:
            t, base = times[alg][n], times.get("news", {}).get(n)
            if t != t:  # nan: refused past the algorithm's limit
                cells.append("refused")
            else:
                cells.append(f"{t:9.4f} ({t / base:6.1f}x)" if base else f"{t:9.4f}        ")
        print(f"{alg:10} " + " ".join(f"{c:>18}" for c in cells))


if __name__ == "__main__":
    main()
