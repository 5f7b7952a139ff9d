"""ROUGE of every summary algorithm (and lead-k) on articles with extractive reference summaries.

Usage: python scripts/eval_summary.py ../shared/dev/en_bbc_sum_dev.jsonl [--half odd|even] [--lang en]
       [--algorithms a,b] [--ablation]

``--half odd`` keeps lines 1, 3, 5, ... of the file (the development half), ``--half even`` lines 2, 4, ...
(held out: report it, never tune on it).

Each line of the JSONL has ``sentences`` (the segmentation used as is), ``reference`` (list of sentences) and
optionally ``title``. For each article we select k = len(reference) sentences and score ROUGE-1/2/L F1 with
rouge-score, using a Unicode tokenizer (``factsheet.tokens.words``, lower-cased, no stemming) because
rouge-score's default one drops all non-ASCII text (so Cyrillic would score nothing). Time is the total
summarising time per algorithm over the whole file (imports excluded: each algorithm is warmed up first).
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from factsheet import langpack, summarize, tokens  # noqa: E402


class UnicodeTokenizer:
    """rouge-score tokenizer interface: lower-cased words in any script."""

    def tokenize(self, text: str) -> list[str]:
        return [w.lower() for w in tokens.words(text)]


def scorer():
    from rouge_score import rouge_scorer

    return rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeL"], tokenizer=UnicodeTokenizer())


def evaluate(articles: list[dict], pack, algorithms, use_title: bool = True, k: int | None = None) -> dict:
    rs = scorer()
    results = {}
    for alg in algorithms:
        summarize.summarize(["Warm up one.", "Warm up two.", "Three."], pack, 1, alg)  # imports, caches
        f = {"rouge1": [], "rouge2": [], "rougeL": []}
        elapsed = 0.0
        for art in articles:
            sents, ref = art["sentences"], art["reference"]
            t = time.perf_counter()
            idx = summarize.summarize(sents, pack, k or len(ref), alg, title=art.get("title") if use_title else None)
            elapsed += time.perf_counter() - t
            s = rs.score("\n".join(ref), "\n".join(sents[i] for i in idx))
            for key in f:
                f[key].append(s[key].fmeasure)
        results[alg] = {k: statistics.mean(v) for k, v in f.items()} | {"seconds": elapsed}
    return results


class _NoStopWords:
    """A pack seen without its stop-word list (for the ablation rows)."""

    def __init__(self, pack):
        self._pack = pack
        self.code, self.config = pack.code, pack.config

    def words(self, name: str):
        return frozenset() if name == "stopwords" else self._pack.words(name)


def ablation(articles: list[dict], pack, algorithm: str) -> dict:
    """``algorithm`` without our stemmer (lower-case only), without stop words, and without both."""
    from factsheet import stem

    rows = {}
    real_for_pack = stem.for_pack
    try:
        for label, no_stem, no_stop in (("-stemmer", True, False), ("-stopwords", False, True),
                                        ("-both", True, True)):
            stem.for_pack = (lambda p: str.lower) if no_stem else (lambda p: real_for_pack(pack))
            variant = _NoStopWords(pack) if no_stop else pack
            rows[f"{algorithm}{label}"] = evaluate(articles, variant, [algorithm])[algorithm]
    finally:
        stem.for_pack = real_for_pack
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("jsonl")
    ap.add_argument("--lang", default="en")
    ap.add_argument("--algorithms", default=",".join(summarize.ALGORITHMS))
    ap.add_argument("--ablation", action="store_true",
                    help="also run the default algorithm without our stemmer / stop words")
    ap.add_argument("--k", type=int, help="select k sentences instead of as many as the reference has")
    ap.add_argument("--half", choices=("odd", "even"), help="only the odd (1st, 3rd, ...) or even lines")
    ap.add_argument("--no-title", action="store_true", help="do not pass the headline (Edmundson's title method)")
    args = ap.parse_args()
    articles = [json.loads(line) for line in open(args.jsonl, encoding="utf-8") if line.strip()]
    if args.half:
        articles = articles[0 if args.half == "odd" else 1::2]
    n_sent = [len(a["sentences"]) for a in articles]
    print(f"{len(articles)} articles, {statistics.mean(n_sent):.1f} sentences each on average, "
          f"reference {statistics.mean(len(a['reference']) for a in articles):.1f} sentences")
    pack = langpack.load(args.lang)
    res = evaluate(articles, pack, args.algorithms.split(","), not args.no_title, args.k)
    if args.ablation:
        res |= ablation(articles, pack, summarize.DEFAULT)
    print(f"{'algorithm':20} {'R-1':>6} {'R-2':>6} {'R-L':>6} {'seconds':>8}")
    for alg, r in sorted(res.items(), key=lambda kv: -kv[1]["rouge1"]):
        label = "lead-k" if alg == "lead" else alg
        print(f"{label:20} {r['rouge1']:6.3f} {r['rouge2']:6.3f} {r['rougeL']:6.3f} {r['seconds']:8.3f}")


if __name__ == "__main__":
    main()
