"""The articles the benchmark scripts run on, and their shared command line (one place for both)."""
from __future__ import annotations

import argparse
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SEED = REPO.parent / "shared" / "seed" / "000_bda6d83aba95b141.txt"


def parse(doc: str) -> argparse.Namespace:
    """``ARTICLE ... [--runs N]``; without articles, the samples in inputs/ and the seed (when it is here)."""
    parser = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("articles", nargs="*")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    if not args.articles:
        args.articles = [str(p) for p in sorted((REPO / "inputs").glob("*.txt"))]
        if SEED.exists():
            args.articles.append(str(SEED))
    return args
