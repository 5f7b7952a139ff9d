"""Start-up cost of the CLI beside a baseline measured in the same run (machines here are noisy: read ratios).

    python scripts/bench_startup.py [ARTICLE] [--runs 5]

Times (median wall seconds of N runs, the commands taking turns): `factsheet --help`, one brief of ARTICLE
(JSON to stdout; and Markdown + DOCX files), beside two baselines: `python -c "import sumy.summarizers.lex_rank"`
and a fresh process doing sumy's LexRank summary of the same article alone (sumy's stemmer and stop words for the
article's language; sentences and words split by a regular expression, since sumy's own tokenizer needs NLTK punkt
data that is not available offline). The issue's target: the brief in at most 0.6x the LexRank process.
"""
from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


SUMY_LEXRANK = """
import re, sys
from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence
from sumy.nlp.stemmers import Stemmer
from sumy.summarizers.lex_rank import LexRankSummarizer
from sumy.utils import get_stop_words
class Words:
    def to_words(self, text):
        return re.findall(r"[^\\W_]+", text)
language = sys.argv[2]
text = open(sys.argv[1], encoding="utf-8").read()
sentences = [s for s in re.split(r"(?<=[.!?])\\s+", text) if s.strip()]
summarizer = LexRankSummarizer(Stemmer(language))
try:
    summarizer.stop_words = get_stop_words(language)
except LookupError:  # sumy ships no Russian stop words
    pass
for s in summarizer(ObjectDocumentModel([Paragraph([Sentence(s, Words()) for s in sentences])]), 5):
    print(s)
"""
LANGUAGES = {"be": "russian", "ru": "russian", "en": "english"}  # sumy has no Belarusian stemmer


def median_times(cases: dict[str, list[str]], runs: int, cwd: str) -> dict[str, float]:
    """Median wall time of each command, running them in turns so that load changes hit all alike (from ``cwd``,
    outside the source tree, so that the installed package is what runs)."""
    times: dict[str, list[float]] = {name: [] for name in cases}
    for _ in range(runs):
        for name, cmd in cases.items():
            start = time.perf_counter()
            subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=cwd)
            times[name].append(time.perf_counter() - start)
    return {name: statistics.median(t) for name, t in times.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    default = REPO.parent / "shared" / "seed" / "000_bda6d83aba95b141.txt"
    parser.add_argument("article", nargs="?", default=str(default if default.exists() else
                                                         sorted((REPO / "inputs").glob("be_*.txt"))[0]))
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    py = sys.executable
    args.article = str(Path(args.article).resolve())
    code = Path(args.article).name[:2] if Path(args.article).parent.name == "inputs" else "be"
    lexrank = f"baseline: sumy LexRank summary alone ({LANGUAGES.get(code, 'english')})"
    out = tempfile.mkdtemp()
    cases = {
        "baseline: import sumy.summarizers.lex_rank": [py, "-c", "import sumy.summarizers.lex_rank"],
        lexrank: [py, "-c", SUMY_LEXRANK, args.article, LANGUAGES.get(code, "english")],
        "factsheet --help": [py, "-m", "factsheet", "--help"],
        f"factsheet brief {Path(args.article).name} --format json": [
            py, "-m", "factsheet", "brief", args.article, "--format", "json", "--output", "-"],
        f"... with --lang given (no language model load)": [
            py, "-m", "factsheet", "brief", args.article, "--format", "json", "--output", "-", "--lang", code],
        "... as Markdown and DOCX files": [py, "-m", "factsheet", "brief", args.article, "--output", out, "--force",
                                           "--quiet"],
    }
    results = median_times(cases, args.runs, out)
    base = results["baseline: import sumy.summarizers.lex_rank"]
    print(f"{'command':60} {'median s':>9} {'x import':>9} {'x LexRank':>10}")
    for name, t in results.items():
        print(f"{name:60} {t:9.3f} {t / base:9.2f} {t / results[lexrank]:10.2f}")


if __name__ == "__main__":
    main()
