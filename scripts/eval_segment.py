"""Boundary F1 of factsheet's sentence splitter beside razdel and NLTK's untrained Punkt, in one run.

    python scripts/eval_segment.py ../shared/dev/ud_be_hse_dev.conllu            # Belarusian UD (default be)
    python scripts/eval_segment.py ../shared/dev/en_bbc_sum_dev.jsonl --lang en  # BBC `sentences` lists
    python scripts/eval_segment.py FILE --errors 20                              # also show our misses

CoNLL-U: documents from ``# newdoc``, paragraphs from ``# newpar`` (without any, the consecutive sentences of a
document form one paragraph), gold sentences from ``# text``; each paragraph is its sentences joined with a
space. JSONL: each line's ``text`` split on newlines into paragraphs, gold from ``sentences``. A boundary is the
character offset where a sentence other than a paragraph's first starts; precision, recall and F1 compare the
predicted and gold sets; F1p is the same against only the gold boundaries that follow . ! ? … (a line with no
final stop glued to the next sentence is out of reach of any punctuation-driven splitter). F1e counts sentence
ends instead, paragraph ends included (every splitter gets those right, since paragraphs are split on newlines
first): the usual "sentence F1" that puts razdel near 0.9 on this data. Speed is gold
sentences per second of splitting the whole set (best of 3).
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path


def read_conllu(path: Path) -> list[tuple[str, list[int]]]:
    """Paragraphs as ``(text, gold boundary offsets)``."""
    paras, cur = [], []

    def flush():
        if cur:
            paras.append(_join(cur))
            cur.clear()

    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# newdoc") or line.startswith("# newpar"):
            flush()
        elif line.startswith("# text ="):
            cur.append(line.split("=", 1)[1].strip())
    flush()
    return paras


def _join(sents: list[str]) -> tuple[str, list[int]]:
    text, cuts = "", []
    for s in sents:
        if text:
            text += " "
            cuts.append(len(text))
        text += s
    return text, cuts


def read_jsonl(path: Path) -> list[tuple[str, list[int]]]:
    """Paragraphs of each record's ``text`` with the gold ``sentences`` located in them."""
    paras = []
    for line in path.read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        text, pos, starts = rec["text"], 0, []
        for s in rec["sentences"]:
            i = text.find(s, pos)
            if i < 0:
                raise SystemExit(f"{path}: {rec.get('id')}: gold sentence not in text: {s[:60]!r}")
            starts.append(i)
            pos = i + len(s)
        offset = 0
        for para in text.split("\n"):
            end = offset + len(para)
            if para.strip():
                paras.append((para, [i - offset for i in starts if offset < i < end]))
            offset = end + 1
    return paras


def spans_from_sentences(text: str, sents) -> list[int]:
    """Boundary offsets of a splitter's sentence strings, found in order in the text."""
    cuts, pos = [], 0
    for k, s in enumerate(sents):
        s = s.strip()
        if not s:
            continue
        i = text.find(s, pos)
        if i < 0:
            raise ValueError(f"sentence not found in text: {s[:60]!r}")
        if k and i > 0:
            cuts.append(i)
        pos = i + len(s)
    return cuts


def splitters(lang: str) -> dict:
    from nltk.tokenize.punkt import PunktSentenceTokenizer
    from razdel import sentenize

    from factsheet import langpack
    from factsheet.segment import sentence_spans

    pack = langpack.load(lang)
    punkt = PunktSentenceTokenizer()
    return {
        "factsheet": lambda t: [a for a, _ in sentence_spans(t, pack)][1:],
        "razdel": lambda t: [s.start for s in sentenize(t)][1:],
        "punkt": lambda t: [a for a, _ in punkt.span_tokenize(t)][1:],
    }


_AFTER_STOP = re.compile(r"[.!?…][\"'»”“’)\]]*\s*$")


def score(paras, split, punctuated_only=False) -> dict:
    """Boundary P/R/F1 and the wrong boundaries; ``punctuated_only`` keeps the gold boundaries after . ! ? …"""
    tp = fp = fn = 0
    misses = []
    for text, gold in paras:
        pred = set(split(text))
        g = set(gold)
        if punctuated_only:
            g = {i for i in g if _AFTER_STOP.search(text[:i])}
        tp += len(pred & g)
        fp += len(pred - g)
        fn += len(g - pred)
        for i in sorted(pred ^ g):
            misses.append(("extra" if i in pred else "missed", text[max(0, i - 60):i] + " ‖ " + text[i:i + 40]))
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f, "tp": tp, "fp": fp, "fn": fn, "misses": misses}


def speed(paras, split, n_sents: int) -> float:
    best = float("inf")
    for _ in range(3):
        t0 = time.perf_counter()
        for text, _ in paras:
            split(text)
        best = min(best, time.perf_counter() - t0)
    return n_sents / best


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("path", type=Path, help=".conllu (gold # text) or .jsonl (gold `sentences`)")
    ap.add_argument("--lang", default=None, help="language pack for factsheet's splitter (default: be for "
                    ".conllu, en for .jsonl)")
    ap.add_argument("--errors", type=int, default=0, help="print up to N of factsheet's wrong boundaries")
    args = ap.parse_args(argv)
    jsonl = args.path.suffix == ".jsonl"
    lang = args.lang or ("en" if jsonl else "be")
    paras = read_jsonl(args.path) if jsonl else read_conllu(args.path)
    n_sents = sum(len(g) + 1 for _, g in paras)
    n_bounds = sum(len(g) for _, g in paras)
    print(f"{args.path.name}: {len(paras)} paragraphs, {n_sents} sentences, {n_bounds} gold boundaries; "
          f"factsheet pack: {lang}")
    n_punct = sum(1 for text, g in paras for i in g if _AFTER_STOP.search(text[:i]))
    print(f"  of which {n_punct} follow . ! ? … (F1p scores against those only)")
    print(f"{'splitter':<10} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'fp':>4} {'fn':>4} {'F1p':>6} {'F1e':>6} "
          f"{'sent/s':>9}")
    results = {}
    for name, split in splitters(lang).items():
        res = score(paras, split)
        res["f1p"] = score(paras, split, punctuated_only=True)["f1"]
        res["speed"] = speed(paras, split, n_sents)
        ends_tp = res["tp"] + len(paras)  # each paragraph's last sentence ends where the paragraph does
        res["f1e"] = 2 * ends_tp / (2 * ends_tp + res["fp"] + res["fn"])
        results[name] = res
        print(f"{name:<10} {res['precision']:6.3f} {res['recall']:6.3f} {res['f1']:6.3f} "
              f"{res['tp']:5d} {res['fp']:4d} {res['fn']:4d} {res['f1p']:6.3f} {res['f1e']:6.3f} "
              f"{res['speed']:9.0f}")
    for kind, ctx in results["factsheet"]["misses"][: args.errors]:
        print(f"  {kind:6} {ctx}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
