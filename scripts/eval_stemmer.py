"""Measure how well stemmers conflate Belarusian word forms, against gold lemmas in a CoNLL-U file.

Usage: python scripts/eval_stemmer.py ../shared/dev/ud_be_hse_dev.conllu
       python scripts/eval_stemmer.py ../shared/dev/ru_factru_dev.jsonl --lang ru   (silver lemmas, see below)

Items are the distinct (form, lemma) pairs of word tokens (lower-cased; punctuation, numbers and symbols left
out). Over ALL pairs of items: a pair is gold-positive when the lemmas are equal and predicted-positive when the
stems are equal. Counting is exact (no sampling): for a grouping key k, the number of pairs sharing k is
sum C(n_k, 2). Precision = pairs sharing stem and lemma / pairs sharing stem; recall = ... / pairs sharing lemma.

A JSONL file of texts (``text`` field) is scored against SILVER lemmas from pymorphy3 (its first parse), for a
language that has no gold treebank in ../shared (Russian): cruder, but it ranks stemmers.
"""
from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from factsheet import langpack, stem  # noqa: E402

SKIP_UPOS = {"PUNCT", "NUM", "SYM", "X"}
# what a summariser counts once stop words are gone
CONTENT_UPOS = {"NOUN", "PROPN", "ADJ", "VERB", "ADV"}


def read_items(path: str, content_only: bool = False) -> list[tuple[str, str]]:
    items = set()
    for line in open(path, encoding="utf-8"):
        cols = line.rstrip("\n").split("\t")
        if len(cols) != 10 or not cols[0].isdigit() or cols[3] in SKIP_UPOS:
            continue
        if content_only and cols[3] not in CONTENT_UPOS:
            continue
        form, lemma = cols[1].lower(), cols[2].lower()
        if any(ch.isalpha() for ch in form):
            items.add((form, lemma))
    return sorted(items)


def read_silver_items(path: str) -> list[tuple[str, str]]:
    import json

    import pymorphy3

    from factsheet import tokens

    morph = pymorphy3.MorphAnalyzer()
    forms = {w.lower() for line in open(path, encoding="utf-8") if line.strip()
             for w in tokens.words(json.loads(line)["text"]) if w.isalpha()}
    return sorted((f, morph.parse(f)[0].normal_form) for f in forms)


def pairs(counter: Counter) -> int:
    return sum(n * (n - 1) // 2 for n in counter.values())


def score(items, stemmer) -> dict:
    stems = [stemmer(f) for f, _ in items]
    gold = pairs(Counter(l for _, l in items))
    pred = pairs(Counter(stems))
    both = pairs(Counter(zip(stems, (l for _, l in items))))
    p = both / pred if pred else 0.0
    r = both / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f}


def candidates(lang: str) -> dict:
    from nltk.stem.snowball import SnowballStemmer
    from sumy.nlp.stemmers import Stemmer as SumyStemmer

    out = {
        "lower-case only": str.lower,
        "snowball-russian": SnowballStemmer("russian").stem,
        "sumy-ukrainian": SumyStemmer("ukrainian"),
        "factsheet (be rules)": stem.for_pack(langpack.load("be")),
        f"factsheet ({lang} pack)": stem.for_pack(langpack.load(lang)),
    }
    if lang == "be":
        del out["factsheet (be rules)"]
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("conllu")
    ap.add_argument("--lang", default="be")
    args = ap.parse_args()
    if args.conllu.endswith(".jsonl"):
        items = read_silver_items(args.conllu)
        print(f"silver (pymorphy3) lemmas: {len(items)} (form, lemma) items, {len({l for _, l in items})} lemmas")
        report(items, args.lang)
        return
    for content_only in (False, True):
        items = read_items(args.conllu, content_only)
        words = "content words (NOUN PROPN ADJ VERB ADV)" if content_only else "all words"
        print(f"{words}: {len(items)} (form, lemma) items, {len({l for _, l in items})} lemmas")
        report(items, args.lang)


def report(items, lang: str) -> None:
    print(f"{'stemmer':28} {'P':>6} {'R':>6} {'F1':>6} {'us/word':>8}")
    for name, fn in candidates(lang).items():
        t = time.perf_counter()
        s = score(items, fn)
        us = (time.perf_counter() - t) / len(items) * 1e6
        print(f"{name:28} {s['precision']:6.3f} {s['recall']:6.3f} {s['f1']:6.3f} {us:8.1f}")


if __name__ == "__main__":
    main()
