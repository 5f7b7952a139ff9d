"""What fact extraction costs, three ways, each beside a baseline measured in the same run:

1. fresh process per brief (as a user pays it: one-off loading of dictionaries and rule tables counts): the whole
   brief with facts beside the same brief with the fact stage replaced by an empty one, median of N runs;
2. warm, in a batch: ``facts.extract`` on every article of a dev set in one process (packs loaded and warmed on
   the samples first), per-article median and mean;
3. growth: ``facts.extract`` on documents of 500, 1,000, 2,000 and 4,000 sentences (the dev set's sentences in
   order, cycled; and each article alone, repeated), the faster of two runs, and the exponent fitted to
   time ~ sentences^k (1.0 = linear).

Sections 2 and 3 time CPU (``time.process_time``): on a shared machine wall time mostly measures the neighbours.

    python scripts/bench_facts.py [ARTICLE ...] [--runs 5] [--baseline PYTHON] [--dev ../shared/dev]

``--baseline PYTHON``: also run sections 2 and 3 with another interpreter (e.g. a venv holding the code before a
change) and print the ratios.
"""
from __future__ import annotations

import argparse
import json
import math
import statistics
import subprocess
import sys
from pathlib import Path

import benchargs

FRESH = r"""
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

GROWTH = r"""
import json, sys, time
from factsheet import facts, langpack, pipeline, segment
from factsheet.model import Source


def growth(pack, pool, sizes):
    # CPU seconds of facts.extract on the pool cycled to each size, the faster of two runs
    grow = {}
    for n in sizes:
        sents = [pool[i % len(pool)] for i in range(n)]
        runs = []
        for _ in range(2):
            start = time.process_time()
            facts.extract(sents, pack, Source())
            runs.append(time.process_time() - start)
        grow[n] = min(runs)
    return grow
"""

WARM = GROWTH + r"""
samples, dev_file, code, sizes = sys.argv[1].split(";"), sys.argv[2], sys.argv[3], json.loads(sys.argv[4])
for path in samples:  # load and warm every pack
    pipeline.brief_from_path(path)
pack = langpack.load(code)
docs = []
for line in open(dev_file, encoding="utf-8"):
    art = json.loads(line)
    paras = [p.strip() for p in art["text"].split("\n") if p.strip()]
    docs.append((segment.split_sentences(paras, pack), art.get("title")))
times = []
for sents, title in docs:
    start = time.process_time()
    facts.extract(sents, pack, Source(), title)
    times.append(time.process_time() - start)
pool = [s for sents, _ in docs for s in sents]
print(json.dumps({"batch": times, "grow": growth(pack, pool, sizes)}))
"""
GROW = GROWTH + r"""
brief = pipeline.brief_from_path(sys.argv[1])
print(json.dumps(growth(langpack.load(brief.language), brief.sentences, json.loads(sys.argv[2]))))
"""
SIZES = [500, 1000, 2000, 4000]


def run(python: str, code: str, *args: str) -> str:
    """Output of ``python -c code args``, run outside the repository: ``-c`` puts the working folder on sys.path,
    and the source tree there would shadow the interpreter's installed factsheet (the baseline's)."""
    return subprocess.run([python, "-c", code, *args], check=True, capture_output=True, text=True, cwd="/").stdout


def median_ms(article: str, mode: str, runs: int) -> float:
    times = [float(run(sys.executable, FRESH, article, mode)) for _ in range(runs)]
    return statistics.median(times) * 1000


def exponent(grow: dict) -> float:
    """Least-squares slope of log(time) on log(sentences)."""
    xs = [math.log(int(n)) for n in grow]
    ys = [math.log(t) for t in grow.values()]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs)


def warm_run(python: str, samples: list[str], dev_file: Path, code: str) -> dict:
    return json.loads(run(python, WARM, ";".join(samples), str(dev_file), code, json.dumps(SIZES)))


def print_warm(args, samples: list[str]) -> None:
    sets = [("en", "en_bbc_sum_dev.jsonl"), ("ru", "ru_factru_dev.jsonl")]
    pythons = [("this", sys.executable)] + ([("baseline", args.baseline)] if args.baseline else [])
    for code, name in sets:
        dev_file = args.dev / name
        if not dev_file.is_file():
            print(f"({dev_file} not here: warm and growth sections skipped)")
            return
        res = {label: warm_run(py, samples, dev_file, code) for label, py in pythons}
        print(f"\n{name}: facts.extract warm in a batch ({len(res['this']['batch'])} articles)")
        print(f"{'code':9} {'median ms':>10} {'mean ms':>8} " + " ".join(f"{n:>8}" for n in SIZES) + f" {'exponent':>9}")
        for label, r in res.items():
            batch = [t * 1000 for t in r["batch"]]
            grow = " ".join(f"{r['grow'][str(n)] * 1000:8.0f}" for n in SIZES)
            print(f"{label:9} {statistics.median(batch):10.2f} {statistics.mean(batch):8.2f} {grow} "
                  f"{exponent(r['grow']):9.2f}")
        if args.baseline:
            ratio = statistics.mean(res["this"]["batch"]) / statistics.mean(res["baseline"]["batch"])
            big = res["this"]["grow"]["4000"] / res["baseline"]["grow"]["4000"]
            print(f"ratio this/baseline: batch mean {ratio:.2f}, 4,000 sentences {big:.2f}")


def print_growth(args) -> None:
    """Section 3 on each article repeated to 500 ... 4,000 sentences: the same names over and over, where work
    that grows with the document squared (every mention against every other) shows most."""
    pythons = [("this", sys.executable)] + ([("baseline", args.baseline)] if args.baseline else [])
    print(f"\none article repeated: facts.extract CPU ms at {SIZES} sentences")
    print(f"{'article':28} {'code':9} " + " ".join(f"{n:>8}" for n in SIZES) + f" {'exponent':>9}")
    for article in args.articles:
        for label, py in pythons:
            grow = json.loads(run(py, GROW, article, json.dumps(SIZES)))
            print(f"{Path(article).stem[:28]:28} {label:9} " + " ".join(f"{grow[str(n)] * 1000:8.0f}" for n in SIZES)
                  + f" {exponent(grow):9.2f}")


def main() -> None:
    extra = argparse.ArgumentParser(add_help=False)
    extra.add_argument("--baseline")
    extra.add_argument("--dev", type=Path, default=benchargs.REPO.parent / "shared" / "dev")
    extra.add_argument("--skip-fresh", action="store_true")
    known, rest = extra.parse_known_args()
    sys.argv = [sys.argv[0], *rest]
    args = benchargs.parse(__doc__)
    args.baseline, args.dev = known.baseline, known.dev.resolve()
    args.articles = [str(Path(a).resolve()) for a in args.articles]
    if not known.skip_fresh:
        print(f"{'article':28} {'no facts ms':>12} {'with facts ms':>14} {'facts add ms':>13} {'ratio':>6}")
        for article in args.articles:
            off, on = median_ms(article, "off", args.runs), median_ms(article, "on", args.runs)
            print(f"{Path(article).stem[:28]:28} {off:12.0f} {on:14.0f} {on - off:13.0f} {on / off:6.2f}")
    print_warm(args, args.articles)
    print_growth(args)


if __name__ == "__main__":
    main()
