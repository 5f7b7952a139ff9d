"""Snapshot the JSON brief (and the Markdown key points) of every dev text, sample and hand case, so a refactor can
prove it changes nothing: run it before into one folder, after into another, then ``--compare``.

    python scripts/snapshot_briefs.py OUT_DIR [--dev ../shared/dev]      # write one JSON per text
    python scripts/snapshot_briefs.py OUT_DIR --compare BEFORE_DIR        # write, then list differing texts/fields

Texts: every line of the dev jsonl files (the publication date passed where the set has one, so dates are
deterministic), the Belarusian UD documents (grouped by ``# newdoc``), the samples in inputs/, the seed, and the
sentences of the hand cases in tests/cases and the packs' examples_*.toml (their facts only).
"""
from __future__ import annotations

import argparse
import json
import sys
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
LANGS = {"en_": "en", "ru_": "ru", "ud_be": "be"}


def dev_texts(dev: Path):
    """(name, code, text, title, date) for every dev article."""
    for path in sorted(dev.glob("*.jsonl")):
        code = next(c for p, c in LANGS.items() if path.name.startswith(p))
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
            art = json.loads(line)
            yield (f"{path.stem}/{n:03d}", code, art["text"], art.get("title"),
                   art.get("dct") or art.get("date_publish"))
    for path in sorted(dev.glob("*.conllu")):
        docs: list[list[str]] = []
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("# newdoc") or not docs:
                docs.append([])
            if line.startswith("# text = "):
                docs[-1].append(line[len("# text = "):])
        for n, doc in enumerate(d for d in docs if d):
            yield f"{path.stem}/{n:03d}", "be", "\n\n".join(doc), None, None


def case_sentences():
    """(name, code, sentences) of every hand case the tests and packs hold."""
    files = sorted((REPO / "tests" / "cases").glob("*.toml")) + sorted((REPO / "factsheet" / "lang").glob("*/examples_*.toml"))
    for path in files:
        code = path.name[:2] if path.parent.name == "cases" else path.parent.name
        for n, case in enumerate(tomllib.loads(path.read_text(encoding="utf-8")).get("case", [])):
            if case.get("sentences"):
                yield f"cases/{code}_{path.stem}_{n:03d}", code, case["sentences"], case.get("source")


def snapshot_all(out: Path, dev: Path) -> None:
    from dataclasses import asdict

    from factsheet import facts, langpack, pipeline
    from factsheet.render import render as render_dict
    from factsheet.errors import FactsheetError
    from factsheet.model import Source

    def write(name: str, data) -> None:
        target = out / (name.replace("/", "__") + ".json")
        target.write_text(json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")

    def brief(name, code, text, title, date):
        try:
            b = pipeline.brief_from_text(text, lang=code, title=title, source=Source(date=date))
            data = b.to_dict()
            data["_md"] = render_dict(data, "md", stamped=False).decode("utf-8")
        except FactsheetError as exc:
            data = {"_error": str(exc)}
        write(name, data)

    out.mkdir(parents=True, exist_ok=True)
    if dev.is_dir():
        for item in dev_texts(dev):
            brief(*item)
    seed = REPO.parent / "shared" / "seed"
    for path in sorted((REPO / "inputs").glob("*.txt")) + sorted(seed.glob("*.txt")):
        b = pipeline.brief_from_path(str(path))
        data = b.to_dict()
        data["_md"] = render_dict(data, "md", stamped=False).decode("utf-8")
        data["source"]["path"] = path.name
        write(f"files/{path.stem}", data)
    for name, code, sentences, source in case_sentences():
        src = Source(**source) if isinstance(source, dict) else Source(date=source) if source else Source()
        write(name, asdict(facts.extract(sentences, langpack.load(code), src)))


def compare(out: Path, before: Path) -> int:
    """Print every text whose snapshot differs, with the differing top-level fields; returns how many."""
    old, new = {p.name for p in before.glob("*.json")}, {p.name for p in out.glob("*.json")}
    differ = 0
    for name in sorted(old | new):
        if name not in old or name not in new:
            print(f"{name}: only in {'before' if name in old else 'after'}")
            differ += 1
            continue
        a, b = (json.loads((d / name).read_text(encoding="utf-8")) for d in (before, out))
        if a != b:
            fields = sorted(k for k in set(a) | set(b) if a.get(k) != b.get(k))
            print(f"{name}: {', '.join(fields)}")
            differ += 1
    print(f"{differ} of {len(old | new)} texts differ")
    return differ


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out", type=Path)
    ap.add_argument("--dev", type=Path, default=REPO.parent / "shared" / "dev")
    ap.add_argument("--compare", type=Path, metavar="BEFORE_DIR")
    args = ap.parse_args()
    snapshot_all(args.out, args.dev)
    if args.compare:
        sys.exit(1 if compare(args.out, args.compare) else 0)


if __name__ == "__main__":
    main()
