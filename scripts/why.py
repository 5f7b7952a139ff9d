"""Why is this a person? Each entity the fact engine found in an article, with the rule behind each of its
mentions (and the later changes: a confirmation, a role, a relabelling, a mention moved), before ranking merges
and keeps them.

    python scripts/why.py ARTICLE [--lang xx]

Prints one block per entity: its kind, name, role and whether it is confirmed, then one line per candidate:
the rule (module.function), the sentence number (0 is the headline when the article has one) and the words
it covered.
"""
from __future__ import annotations

import argparse
import sys

from factsheet import detect, langpack, pipeline, reader, segment
from factsheet.errors import FactsheetError
from factsheet.facts.candidates import MOVE, RELABEL, Candidate
from factsheet.facts.entities import trace_entities


def explain(path: str, lang: str = "auto") -> str:
    """The trace of the article at ``path`` as text."""
    raw = reader.read(path)
    code = detect.detect(raw.text) if lang == "auto" else lang
    pack = langpack.load(code)
    document = pipeline.to_document(raw.text, code, title=raw.title)
    body = segment.split_sentences(document.paragraphs, pack)
    sentences, traced = trace_entities(body, pack, document.title)
    lines = []
    for ent, found in traced:
        state = ", confirmed" if ent.confirmed else ""
        role = f" — {ent.role}" if ent.role else ""
        lines.append(f"{ent.kind} {ent.name}{role}{state}")
        for c in found:
            if isinstance(c, Candidate):
                lines.append(f"    {c.rule:<44} s{c.sentence:<3} {sentences[c.sentence][c.start:c.end]!r}")
            elif c.what == MOVE:  # one mention moved here from a place or person of the same name
                m = c.value[1]
                lines.append(f"    {c.rule:<44} s{m.sentence:<3} {sentences[m.sentence][m.start:m.end]!r} (moved)")
            else:  # a document-level change: confirm, role, relabel (the place's mentions name an organisation)
                said = c.value[0].name if c.what == RELABEL else c.value
                lines.append(f"    {c.rule:<44} {c.what}{'' if said is None else ' ' + repr(said)}")
    return "\n".join(lines)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("article")
    ap.add_argument("--lang", default="auto")
    args = ap.parse_args()
    try:
        print(explain(args.article, args.lang))
    except (FactsheetError, OSError) as exc:
        why = exc.message if isinstance(exc, FactsheetError) else (exc.strerror or str(exc))
        print(f"why.py: {args.article}: {why}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
