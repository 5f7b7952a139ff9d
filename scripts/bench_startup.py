"""Start-up cost of the CLI beside a baseline measured in the same run (machines here are noisy: read ratios).

    python scripts/bench_startup.py [ARTICLE] [--runs 5]

Times (median wall seconds of N runs): `factsheet --help`, one brief of ARTICLE (JSON to stdout), and the
baseline `python -c "import sumy.summarizers.lex_rank"`.
"""
from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def median_time(cmd: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    default = REPO.parent / "shared" / "seed" / "000_bda6d83aba95b141.txt"
    parser.add_argument("article", nargs="?", default=str(default if default.exists() else
                                                         sorted((REPO / "inputs").glob("be_*.txt"))[0]))
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    py = sys.executable
    cases = {
        "baseline: import sumy.summarizers.lex_rank": [py, "-c", "import sumy.summarizers.lex_rank"],
        "factsheet --help": [py, "-m", "factsheet", "--help"],
        f"factsheet brief {Path(args.article).name} --format json": [
            py, "-m", "factsheet", "brief", args.article, "--format", "json", "--output", "-"],
        f"... with --lang given (no language model load)": [
            py, "-m", "factsheet", "brief", args.article, "--format", "json", "--output", "-", "--lang", "be"],
    }
    results = {name: median_time(cmd, args.runs) for name, cmd in cases.items()}
    base = results["baseline: import sumy.summarizers.lex_rank"]
    print(f"{'command':60} {'median s':>9} {'x baseline':>11}")
    for name, t in results.items():
        print(f"{name:60} {t:9.3f} {t / base:11.2f}")


if __name__ == "__main__":
    main()
