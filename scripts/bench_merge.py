"""What merging costs beside briefing: the triple articles (tests/fixtures/triples, twelve) briefed, then merged
once, and merged four times over (48 articles), in one run; the ratio to briefing is what to read.

    python scripts/bench_merge.py [REPEATS]
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def best(fn, repeats: int) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> int:
    from factsheet import pipeline
    from factsheet.merge import merge_briefs

    repeats = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    paths = sorted(str(p) for p in (REPO / "tests" / "fixtures" / "triples").glob("*/*.txt"))
    briefs = [pipeline.brief_from_path(p) for p in paths]  # warm: packs, analyser and catalogues loaded once
    merge_briefs(briefs, language="en")
    brief_all = best(lambda: [pipeline.brief_from_path(p) for p in paths], repeats)
    merge9 = best(lambda: merge_briefs(briefs, language="en"), repeats)
    merge36 = best(lambda: merge_briefs(briefs * 4, language="en"), repeats)
    print(f"brief {len(paths)} articles (baseline) {brief_all * 1000:7.1f} ms")
    print(f"merge {len(paths)} briefs             {merge9 * 1000:7.1f} ms  = {merge9 / brief_all:.2f}x briefing")
    print(f"merge {4 * len(paths)} briefs            {merge36 * 1000:7.1f} ms  = {merge36 / brief_all:.2f}x briefing")
    return 0


if __name__ == "__main__":
    sys.exit(main())
