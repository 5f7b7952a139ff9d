"""Where a brief's time goes, stage by stage, on real articles (median of N warm runs, plus the first cold run).

    python scripts/bench_stages.py [ARTICLE ...] [--runs 5]

Defaults to the samples in inputs/ and the seed (when ../shared is there). Reported beside the whole brief, so
the ratio (e.g. what fact extraction adds) reads the same on a noisy machine.
"""
from __future__ import annotations

import statistics
import time
from pathlib import Path

import benchargs


def timed(fn, runs):
    start = time.perf_counter()
    fn()
    cold = time.perf_counter() - start
    warm = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        warm.append(time.perf_counter() - start)
    return cold, statistics.median(warm)


def main() -> None:
    args = benchargs.parse(__doc__)
    articles = args.articles

    from factsheet import facts, langpack, pipeline, reader, segment, summarize
    from factsheet.render import render

    print(f"{'article':28} {'stage':12} {'cold ms':>8} {'warm ms':>8} {'% of brief':>10}")
    for path in articles:
        raw = reader.read(path)
        brief = pipeline.brief_from_path(path)
        pack = langpack.load(brief.language)
        doc = pipeline.to_document(raw.text, pack.code, title=raw.title, source=raw.source)
        sentences = segment.split_sentences(doc.paragraphs, pack)
        stages = {
            "segment": lambda: segment.split_sentences(doc.paragraphs, pack),
            "summary": lambda: summarize.summarize(sentences, pack, 5, title=doc.title),
            "facts": lambda: facts.extract(sentences, pack, doc.source, doc.title),
            "whole brief": lambda: pipeline.brief_from_path(path),
            "render md": lambda: render(brief.to_dict(), "md"),
            "render docx": lambda: render(brief.to_dict(), "docx"),
        }
        results = {name: timed(fn, args.runs) for name, fn in stages.items()}
        whole = results["whole brief"][1]
        for name, (cold, warm) in results.items():
            print(f"{Path(path).stem[:28]:28} {name:12} {cold * 1000:8.1f} {warm * 1000:8.1f} "
                  f"{warm / whole * 100:9.0f}%")


if __name__ == "__main__":
    main()
