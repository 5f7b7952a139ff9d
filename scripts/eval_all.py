"""Run every quality evaluation on the dev data in one go: `python scripts/eval_all.py ../shared/dev`."""
from __future__ import annotations

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
]


def main() -> int:
    dev = Path(sys.argv[1] if len(sys.argv) > 1 else HERE.parents[1] / "shared" / "dev")
    if not dev.is_dir():
        print(f"eval_all: {dev}: no such folder (give the path of the dev data)", file=sys.stderr)
        return 2
    status = 0
    for script, data in RUNS:
        print(f"\n=== {script} {data}", flush=True)
        status |= subprocess.run([sys.executable, str(HERE / script), str(dev / data)]).returncode
    return status


if __name__ == "__main__":
    sys.exit(main())
