"""Speed of each summary algorithm on articles of about 30 and 300 sentences (median of 5 runs).

Usage: python scripts/bench_summary.py ../shared/dev/en_bbc_sum_dev.jsonl [--sizes 30,300] [--repeat 5]

The long "articles" are built at run time by concatenating the file's articles' sentences (nothing is stored).
Imports are warmed up first, so times are the summarising alone; the ratio is against sumy's LexRank, the
reference point of the design notes (0.46 s at 300 sentences).
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


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("jsonl")
    ap.add_argument("--lang", default="en")
    ap.add_argument("--sizes", default="30,300")
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
                summarize.summarize(sents, pack, summarize.default_count(n), alg)
                runs.append(time.perf_counter() - t)
            times.setdefault(alg, {})[n] = statistics.median(runs)
    print(f"median of {args.repeat} runs, seconds (x = ratio to lexrank)")
    print(f"{'algorithm':10} " + " ".join(f"{f'{n} sent.':>18}" for n in sizes))
    for alg in algorithms:
        cells = []
        for n in sizes:
            t, base = times[alg][n], times.get("lexrank", {}).get(n)
            cells.append(f"{t:9.4f} ({t / base:5.2f}x)" if base else f"{t:9.4f}        ")
        print(f"{alg:10} " + " ".join(f"{c:>18}" for c in cells))


if __name__ == "__main__":
    main()
