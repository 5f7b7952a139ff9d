"""A huge text (5 MB by default) briefed by the command line: the default formats (Markdown + DOCX) beside JSON
only, in the same run, with wall-clock and CPU seconds and peak memory.

    python scripts/bench_huge.py [--mb 5] [--runs 1] [--texts sample,dev] [--other PATH/TO/factsheet]

The texts are written at run time into a temporary folder (nothing is stored):
* ``sample``: the body of inputs/en_pharma_plant.txt repeated, each line ending in a part number "(Part 17.)",
  until the file has MB mebibytes (5 MB: 85,102 sentences; the same few names, places and quotes in every part);
* ``dev``: the English dev articles of ../shared/dev (BBC, TimeBank, CoNLL, 5W1H) joined, over and over, until
  the file has MB mebibytes (5 MB: about 40,000 sentences of ordinary news prose).
Each run is a fresh ``factsheet brief FILE --output DIR`` (start-up, reading, language identification included),
the sides alternating; ``--other`` adds the same commands through another installation (e.g. one made from
main), for a before/after in one run. CPU is user + system seconds; memory is the peak PSS and RSS sampled every
20 ms from /proc (``bench_batch.timed``).
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_batch import timed  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
DEV = REPO.parent / "shared" / "dev"
DEV_FILES = ("en_bbc_sum_dev.jsonl", "en_timex_dev.jsonl", "en_conll_ner_dev.jsonl", "en_5w1h_dev.jsonl")


def sample_text(size: int) -> str:
    """The sample article's headline, then its body lines with a part number each, repeated to ``size`` bytes."""
    title, *body = (REPO / "inputs" / "en_pharma_plant.txt").read_text(encoding="utf-8").split("\n")
    body = [line for line in body if line.strip()]
    lines, total, part = [title, ""], len(title) + 2, 0
    while total < size:
        for line in body:
            lines.append(f"{line} (Part {part}.)")
            total += len(lines[-1].encode("utf-8")) + 1
        part += 1
    return "\n".join(lines) + "\n"


def dev_text(size: int) -> str:
    """A headline, then the English dev articles' bodies, repeated until the text has ``size`` bytes."""
    bodies = [json.loads(line)["text"].strip() for name in DEV_FILES
              for line in (DEV / name).read_text(encoding="utf-8").splitlines() if line.strip()]
    bodies = [b for b in bodies if b]
    parts, total, k = ["A long report"], 13, 0
    while total < size:
        parts.append(bodies[k % len(bodies)])
        total += len(parts[-1].encode("utf-8")) + 2
        k += 1
    return "\n\n".join(parts) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=5.0, help="size of each text in MiB")
    ap.add_argument("--runs", type=int, default=1)
    ap.add_argument("--texts", default="sample,dev")
    ap.add_argument("--other", help="another factsheet executable, timed beside this one")
    args = ap.parse_args()
    size = int(args.mb * 2 ** 20)
    makers = {"sample": sample_text, "dev": dev_text}
    exes = {"": str(Path(sys.executable).with_name("factsheet"))}
    if args.other:
        exes["other "] = args.other
    with tempfile.TemporaryDirectory(prefix="bench_huge.") as tmp:
        tmp = Path(tmp)
        for name in args.texts.split(","):
            if name == "dev" and not DEV.is_dir():
                print("dev: skipped (no ../shared/dev)")
                continue
            path = tmp / f"{name}.txt"
            path.write_text(makers[name](size), encoding="utf-8")
            sides = {f"{who}{label}": [exe, "brief", str(path), "--output", str(tmp / f"out_{who}{k}"), "--force",
                                       "--quiet", *fmt]
                     for who, exe in exes.items()
                     for k, (label, fmt) in enumerate((("md+docx", []), ("json", ["--format", "json"])))}
            runs: dict[str, list] = {side: [] for side in sides}
            for _ in range(args.runs):
                for side, cmd in sides.items():
                    runs[side].append(timed(cmd))
            sentences = len(json.loads(next((tmp / "out_1").glob("*.json")).read_text())["sentences"]) \
                if (tmp / "out_1").is_dir() else "?"
            print(f"{name}: {path.stat().st_size:,} bytes, {sentences} sentences; median of {args.runs} run(s); "
                  f"load average at the end {os.getloadavg()[0]:.1f}")
            for side, rows in runs.items():
                wall, cpu, pss, rss = (statistics.median(r[i] for r in rows) for i in range(4))
                print(f"  {side:16} wall {wall:7.1f} s   CPU {cpu:7.1f} s   peak PSS {pss / 1024:6.0f} MiB"
                      f"   RSS {rss / 1024:6.0f} MiB")


if __name__ == "__main__":
    main()
