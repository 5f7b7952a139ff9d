"""A long document briefed beside sumy's LexRank on the same sentences, in one run, with peak memory by size.

    python scripts/bench_long.py [--sentences 3000] [--with-sumy-textrank]

The document is built at run time from the English dev files in ../shared/dev (article bodies joined, in file
order, until it has SENTENCES sentences; nothing is stored). Reported:

* the whole brief through the library (``pipeline.brief_from_document``: segmenting, summary, facts), and the
  summary stage alone (``news``, and our vectorised ``textrank`` / ``lexrank``);
* sumy's own ``LexRankSummarizer`` on the same sentences, words, stems and stop words (the baseline: ratios are
  against it, since this machine is noisy);
* peak traced memory (``tracemalloc``, numpy's buffers included) of the summary and of the whole brief at a
  quarter, half and all of the length: if memory grew with the square of the length, doubling would quadruple it.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from factsheet import langpack, pipeline, segment, summarize, tokens  # noqa: E402
from factsheet.model import Document  # noqa: E402

DEV = Path(__file__).resolve().parents[2] / "shared" / "dev"
FILES = ("en_bbc_sum_dev.jsonl", "en_timex_dev.jsonl", "en_conll_ner_dev.jsonl", "en_5w1h_dev.jsonl")


def long_document(pack, size: int) -> tuple[Document, list[str]]:
    """Paragraphs of the dev articles until the body has ``size`` sentences (cut to exactly that many)."""
    paragraphs, count = [], 0
    for name in FILES:
        for line in (DEV / name).read_text(encoding="utf-8").splitlines():
            for para in (json.loads(line).get("text") or "").split("\n"):
                para = para.strip()
                if para and count < size:
                    n = len(segment.split_sentences([para], pack))
                    paragraphs.append(para)
                    count += n
    sentences = segment.split_sentences(paragraphs, pack)[:size]
    return Document(title="A long report", paragraphs=paragraphs), sentences


def timed(fn):
    start = time.perf_counter()
    out = fn()
    return time.perf_counter() - start, out


def peak(fn) -> float:
    """Peak traced memory of ``fn()`` in MB."""
    tracemalloc.start()
    fn()
    top = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return top / 2 ** 20


def sumy_rank(algorithm: str, sentences: list[str], pack, count: int) -> None:
    from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.summarizers.text_rank import TextRankSummarizer

    from factsheet import stem

    class Words:
        def to_words(self, text):
            return tokens.words(text)

    cls = {"lexrank": LexRankSummarizer, "textrank": TextRankSummarizer}[algorithm]
    made = cls(stem.for_pack(pack))
    made.stop_words = pack.words("stopwords")
    made(ObjectDocumentModel([Paragraph([Sentence(s, Words()) for s in sentences])]), count)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sentences", type=int, default=3000)
    ap.add_argument("--with-sumy-textrank", action="store_true", help="also time sumy's TextRank (slow)")
    args = ap.parse_args()
    pack = langpack.load("en")
    document, sentences = long_document(pack, args.sentences)
    n = len(sentences)
    count = summarize.default_count(n)
    summarize.summarize(sentences[:50], pack, 3)  # imports and pack data, paid once per process
    rows = {}
    rows["brief (library, facts included)"] = timed(lambda: pipeline.brief_from_document(document, pack))[0]
    for alg in ("news", "textrank", "lexrank"):
        rows[f"summary only: {alg}"] = timed(lambda: summarize.summarize(sentences, pack, count, alg))[0]
    rows["baseline: sumy LexRank"] = timed(lambda: sumy_rank("lexrank", sentences, pack, count))[0]
    if args.with_sumy_textrank:
        rows["sumy TextRank"] = timed(lambda: sumy_rank("textrank", sentences, pack, count))[0]
    base = rows["baseline: sumy LexRank"]
    print(f"{n} sentences ({sum(len(p) for p in document.paragraphs):,} characters), {count} key sentences")
    print(f"{'what':36} {'seconds':>9} {'x sumy LexRank':>15}")
    for name, t in rows.items():
        print(f"{name:36} {t:9.3f} {t / base:15.4f}")
    print(f"\npeak traced memory, MB (tracemalloc)\n{'sentences':>10} {'news':>8} {'textrank':>9} {'lexrank':>8} "
          f"{'brief':>8}")
    for size in (n // 4, n // 2, n):
        part = sentences[:size]
        doc, _ = long_document(pack, size)
        mem = [peak(lambda: summarize.summarize(part, pack, count, alg)) for alg in ("news", "textrank", "lexrank")]
        mem.append(peak(lambda: pipeline.brief_from_document(doc, pack)))
        print(f"{size:10} " + " ".join(f"{m:8.1f}" for m in mem))


if __name__ == "__main__":
    main()
