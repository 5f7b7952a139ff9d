"""Run every quality evaluation in one go: `python scripts/eval_all.py ../shared/dev [--half odd|even]`.

The dev-data scripts read ../shared/dev; eval_own reads the project's own articles (tests/articles). A script
that is not (yet) in scripts/ is left out with a note. ``--half`` goes to the scripts that take it.
"""
from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
RUNS = [
    ("eval_segment.py", "ud_be_hse_dev.conllu"),
    ("eval_stemmer.py", "ud_be_hse_dev.conllu"),
    ("eval_summary.py", "en_bbc_sum_dev.jsonl"),
    ("eval_factru.py", "ru_factru_dev.jsonl"),
    ("eval_5w1h.py", "en_5w1h_dev.jsonl"),
    ("eval_timex.py", "en_timex_dev.jsonl"),
    ("eval_be_names.py", "ud_be_hse_dev.conllu"),
    ("eval_conll.py", "en_conll_ner_dev.jsonl"),
    ("eval_timex.py", "en_timex_dev.jsonl"),
]
HALVED = {"eval_factru.py", "eval_5w1h.py", "eval_conll.py", "eval_timex.py", "eval_be_names.py"}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("dev", nargs="?", type=Path, default=HERE.parents[1] / "shared" / "dev")
    ap.add_argument("--half", choices=("odd", "even"), help="only that half of each dev set that can be halved")
    args = ap.parse_args()
    if not args.dev.is_dir():
        print(f"eval_all: {args.dev}: no such folder (give the path of the dev data)", file=sys.stderr)
        return 2
    runs = [(script, args.dev / data) for script, data in RUNS] + [("eval_own.py", HERE.parent / "tests" / "articles")]
    status = 0
    for script, data in runs:
        if not (HERE / script).is_file():
            print(f"\n=== {script}: not in scripts/, left out", flush=True)
            continue
        half = ["--half", args.half] if args.half and script in HALVED else []
        print(f"\n=== {script} {data.name} {' '.join(half)}", flush=True)
        status |= subprocess.run([sys.executable, str(HERE / script), str(data), *half]).returncode
    return status


if __name__ == "__main__":
    sys.exit(main())
