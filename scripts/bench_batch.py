"""A batch of short articles through ``factsheet brief FOLDER --jobs N``, beside a plain sumy LexRank loop over the
same files in the same run, and the peak memory of batches of different sizes.

Usage: python scripts/bench_batch.py [DEV_DIR] [--count 300] [--jobs 2] [--runs 3] [--memory 300,3000]
                                     [--formats md,docx]

The articles are written at run time from the dev data (``batch_articles.py``; nothing is stored) into a temporary
folder. Both sides run as fresh processes, start-up included, and are timed by wall clock (median of ``--runs``,
alternating). The baseline reads each file, splits it into sentences with a regular expression (sumy's own
tokenizer needs NLTK punkt data, which is not available offline), runs sumy's LexRank with sumy's stemmer for the
text's script, and writes the summary as a text file. Beside them: factsheet in one process (``--jobs 1``) and
JSON only. Peak memory is the largest sum of the proportional set size (PSS: pages shared by the forked workers
counted once) of the factsheet process and its workers, sampled every 20 ms from /proc; RSS summed beside it.
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import batch_articles  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
DEV = REPO.parent / "shared" / "dev"


def sumy_loop(folder: str, out: str) -> None:
    """The baseline: a plain sumy LexRank loop, one summary text file per article."""
    import re

    from sumy.nlp.stemmers import Stemmer
    from sumy.parsers.plaintext import PlaintextParser
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.utils import get_stop_words

    class Tokenizer:  # what sumy asks of a tokenizer, without NLTK data
        def __init__(self, language):
            self.language = language

        def to_sentences(self, text):
            return [s for s in re.split(r"(?<=[.!?…])\s+", text) if s.strip()]

        def to_words(self, sentence):
            return re.findall(r"\w+", sentence)

    summarizers = {}
    for lang in ("english", "russian"):
        summarizers[lang] = LexRankSummarizer(Stemmer(lang))
        summarizers[lang].stop_words = get_stop_words("english") if lang == "english" else frozenset()
    Path(out).mkdir(parents=True, exist_ok=True)
    for path in sorted(Path(folder).glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        lang = "russian" if re.search("[а-яё]", text, re.I) else "english"
        parser = PlaintextParser.from_string(text, Tokenizer(lang))
        summary = summarizers[lang](parser.document, 5)
        (Path(out) / path.name).write_text("\n".join(str(s) for s in summary) + "\n", encoding="utf-8")


def factsheet_cmd(folder: Path, out: Path, jobs: int, formats: list[str]) -> list[str]:
    exe = Path(sys.executable).with_name("factsheet")
    fmt = [a for f in formats for a in ("--format", f)]
    return [str(exe), "brief", str(folder), "--output", str(out), "--jobs", str(jobs), "--quiet", *fmt]


def timed(cmd: list[str], samples: list | None = None) -> tuple[float, float, int, int]:
    """Wall-clock seconds of ``cmd``, its CPU seconds (user + system, with its workers), and the peak summed PSS
    and RSS (KiB) of it and its children; ``samples`` gets every (seconds, PSS) sampled."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    pss = rss = 0
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        now = _tree_memory(proc.pid)
        pss, rss = max(pss, now[0]), max(rss, now[1])
        if samples is not None:
            samples.append((time.perf_counter() - start, now[0]))
        time.sleep(0.02)
    seconds = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    err = proc.stderr.read().decode(errors="replace")
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}):\n{err}")
    return seconds, usage.ru_utime + usage.ru_stime, pss, rss


def _tree_memory(pid: int) -> tuple[int, int]:
    pss = rss = 0
    for p in [pid, *_children(pid)]:
        try:
            for line in Path(f"/proc/{p}/smaps_rollup").read_text().splitlines():
                if line.startswith("Pss:"):
                    pss += int(line.split()[1])
                elif line.startswith("Rss:"):
                    rss += int(line.split()[1])
        except OSError:
            pass
    return pss, rss


def _children(pid: int) -> list[int]:
    try:
        kids = [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []
    return kids + [g for k in kids for g in _children(k)]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dev", nargs="?", default=str(DEV))
    ap.add_argument("--count", type=int, default=300)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--memory", default="300,3000", help="batch sizes whose peak memory is measured ('' skips)")
    ap.add_argument("--formats", default="md,docx")
    ap.add_argument("--sumy-loop", nargs=2, metavar=("FOLDER", "OUT"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.sumy_loop:
        return sumy_loop(*args.sumy_loop)
    formats = args.formats.split(",")
    with tempfile.TemporaryDirectory(prefix="bench_batch.") as tmp:
        tmp = Path(tmp)
        folder = tmp / f"in{args.count}"
        batch_articles.write(Path(args.dev), folder, args.count)
        sides = {
            "sumy LexRank loop": [sys.executable, __file__, "--sumy-loop", str(folder), str(tmp / "sumy")],
            f"factsheet --jobs {args.jobs} ({'+'.join(formats)})": factsheet_cmd(folder, tmp / "o1", args.jobs, formats),
            f"factsheet --jobs 1 ({'+'.join(formats)})": factsheet_cmd(folder, tmp / "o2", 1, formats),
            f"factsheet --jobs {args.jobs} (json)": factsheet_cmd(folder, tmp / "o3", args.jobs, ["json"]),
        }
        times: dict[str, list[float]] = {name: [] for name in sides}
        cpu: dict[str, list[float]] = {name: [] for name in sides}
        for _ in range(args.runs):
            for name, cmd in sides.items():
                seconds, cpu_seconds = timed(cmd)[:2]
                times[name].append(seconds)
                cpu[name].append(cpu_seconds)
        base, base_cpu = statistics.median(times["sumy LexRank loop"]), statistics.median(cpu["sumy LexRank loop"])
        print(f"{args.count} articles, median of {args.runs} runs (alternating), including start-up; CPU = user +"
              " system seconds of all processes; load average at the end:", os.getloadavg()[0])
        for name, runs in times.items():
            t, c = statistics.median(runs), statistics.median(cpu[name])
            print(f"  {name:32} wall {t:7.2f} s ({args.count / t:6.1f} articles/s, {base / t:5.2f}x sumy's"
                  f" throughput)  CPU {c:7.2f} s ({base_cpu / c:5.2f}x sumy's)")
        for n in [int(x) for x in args.memory.split(",") if x]:
            big = tmp / f"mem{n}"
            batch_articles.write(Path(args.dev), big, n)
            samples: list = []
            seconds, cpu_seconds, pss, rss = timed(factsheet_cmd(big, tmp / f"memout{n}", args.jobs, formats), samples)
            quarters = [max((m for t, m in samples if q * seconds / 4 <= t < (q + 1) * seconds / 4), default=0)
                        for q in range(4)]
            print(f"  peak memory, {n:5d} articles, --jobs {args.jobs}: PSS {pss / 1024:6.1f} MiB, RSS {rss / 1024:6.1f}"
                  f" MiB (all processes; {seconds:.1f} s wall, {cpu_seconds:.1f} s CPU); peak PSS in each quarter"
                  f" of the run: {', '.join(f'{m / 1024:.0f}' for m in quarters)} MiB")
            shutil.rmtree(big)
            shutil.rmtree(tmp / f"memout{n}")


if __name__ == "__main__":
    main()
