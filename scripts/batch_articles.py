"""Short articles for the batch benchmark, written at run time from the team's dev data (nothing is stored).

``write(dev_dir, folder, count)`` writes ``count`` files ``folder/a00001.txt`` … (headline, blank line, body of at
most ``MAX_CHARS``), cycling through every article of the dev files in a fixed order: Belarusian (UD documents cut
into ten-sentence pieces), Russian (factRu) and English (BBC, 5W1H, CoNLL, TimeBank).
"""
from __future__ import annotations

import json
from pathlib import Path

MAX_CHARS = 2500  # "short": a few paragraphs, like a news item
_JSONL = ("ru_factru_dev.jsonl", "en_bbc_sum_dev.jsonl", "en_5w1h_dev.jsonl", "en_conll_ner_dev.jsonl",
          "en_timex_dev.jsonl")


def pool(dev_dir: Path) -> list[tuple[str, str]]:
    """(headline, body) for every article in the dev files, in a fixed order."""
    dev_dir = Path(dev_dir)
    sources = [_be_pieces(dev_dir / "ud_be_hse_dev.conllu")]
    for name in _JSONL:
        path = dev_dir / name
        if path.is_file():
            items = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
            sources.append([((it.get("title") or "").strip(), it["text"].strip()) for it in items])
    # round-robin over the files, so any prefix of the batch mixes languages and sources
    out = [src[i] for i in range(max(map(len, sources))) for src in sources if i < len(src)]
    if not out:
        raise SystemExit(f"no dev articles found in {dev_dir}")
    return out


def _be_pieces(path: Path, size: int = 10) -> list[tuple[str, str]]:
    if not path.is_file():
        return []
    sentences = [ln[len("# text = "):] for ln in path.read_text(encoding="utf-8").splitlines()
                 if ln.startswith("# text = ")]
    return [("", " ".join(sentences[i:i + size])) for i in range(0, len(sentences) - size + 1, size)]


def _short(body: str) -> str:
    if len(body) <= MAX_CHARS:
        return body
    cut = body[:MAX_CHARS]
    end = max(cut.rfind("\n\n"), cut.rfind(". "))
    return cut[: end + 1] if end > MAX_CHARS // 2 else cut


def write(dev_dir: Path, folder: Path, count: int) -> list[Path]:
    """Write ``count`` article files into ``folder`` (created), cycling through the dev articles."""
    articles = pool(dev_dir)
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(count):
        title, body = articles[i % len(articles)]
        path = folder / f"a{i:05d}.txt"
        path.write_text((f"{title}\n\n" if title else "") + _short(body) + "\n", encoding="utf-8")
        paths.append(path)
    return paths
