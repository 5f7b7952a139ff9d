"""Measure who / where / when / what against the Giveme5W1H gold standard (en_5w1h_dev.jsonl).

An article counts when the FIRST item of a fact list matches an annotated phrase marked by at least two coders:
at least half of the shorter phrase's content words (not stop words, case-folded) are shared. For when, a match
also counts when the ISO dates are equal at the precision of the shorter one (gold ``parsed`` vs ``When.date``);
its words are those the brief shows: ``When.text`` and the date the renderer writes beside it when the text
lacks it (``render.context.date_note``: "Thursday (10 November 2016)"; until round 4 that note was part of
``When.text`` itself). ``--plain-when`` scores ``When.text`` alone.
Articles with no such gold phrase are left out of that field's count. A naive baseline runs in the same pass:
who/where = the first capitalised word span not at a sentence start, when = the publication date, what = the
first sentence. Usage: scripts/eval_5w1h.py ../shared/dev/en_5w1h_dev.jsonl [--half odd|even]
(``--half``: only the odd- or even-numbered articles, counting lines from 1, to develop on one half and check
the rules on the other.)
"""
from __future__ import annotations

import argparse
import json
import re
import statistics
import time

import factsheet
from factsheet import langpack
from factsheet.facts import entities, events, quotes, timex
from factsheet.model import Source
from factsheet.render.context import date_note

WORD = re.compile(r"\w+")
FIELDS = ("who", "where", "when", "what")


def content(text: str, stop: frozenset) -> set[str]:
    return {w for w in (t.casefold() for t in WORD.findall(text or "")) if w not in stop}


def words_match(a: str, b: str, stop) -> bool:
    ca, cb = content(a, stop), content(b, stop)
    shorter = min(ca, cb, key=len)
    return bool(shorter) and len(ca & cb) * 2 >= len(shorter)


def dates_match(a: str | None, b: str | None) -> bool:
    if not a or not b or "/" in a:
        return False
    n = min(len(a), len(b))
    return a[:n] == b[:n]


def shown_when(item) -> str:
    """A when item as the brief shows it: its text, and its date written out when the text lacks it."""
    note = date_note({"text": item.text, "date": item.date}, "en")
    return f"{item.text} ({note})" if note else item.text


def baseline_span(sentences: list[str]) -> str | None:
    """The first run of capitalised words that does not start its sentence."""
    for s in sentences:
        toks = WORD.findall(s)
        run: list[str] = []
        for k, t in enumerate(toks):
            if t[0].isupper() and k > 0:
                run.append(t)
            elif run:
                break
        if run:
            return " ".join(run)
    return None


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("path")
    ap.add_argument("-v", "--verbose", action="store_true", help="print every article's first items")
    ap.add_argument("--keep-source-date", action="store_true",
                    help="when: also list the publication date the body never refers to (for comparison)")
    ap.add_argument("--half", choices=("odd", "even"), help="only the odd- or even-numbered articles (from 1)")
    ap.add_argument("--plain-when", action="store_true", help="when: match the words of When.text alone, without "
                    "the date the brief shows beside it")
    args = ap.parse_args()
    pack = langpack.load("en")
    stop = pack.words("stopwords")
    hits = {f: [0, 0] for f in FIELDS}
    base = {f: 0 for f in FIELDS}
    mine_ms = []
    for number, line in enumerate(open(args.path, encoding="utf-8"), 1):
        if args.half and (number % 2 == 1) != (args.half == "odd"):
            continue
        art = json.loads(line)
        brief = factsheet.brief_from_text(art["title"] + "\n\n" + art["text"], lang="en",
                                          source=Source(date=art.get("date_publish")))
        sents = brief.sentences
        ents = entities.extract_entities(sents, pack)
        t1 = time.perf_counter()
        timex.extract_when(sents, pack, brief.source)
        events.extract_what(sents, pack, ents, brief.title)
        events.extract_next_steps(sents, pack, ents)
        quotes.extract_quotes(sents, pack, ents)
        mine_ms.append((time.perf_counter() - t1) * 1000)
        facts = brief.facts
        if args.keep_source_date:
            facts.when = timex.extract_when(sents, pack, brief.source, keep_source_date=True)
        first = {
            "who": facts.who[0].name if facts.who else None,
            "where": facts.where[0].name if facts.where else None,
            "when": facts.when[0] if facts.when else None,
            "what": facts.what[0].text if facts.what else None,
        }
        span = baseline_span(sents)
        naive = {"who": span, "where": span, "when": art.get("date_publish"), "what": sents[0] if sents else None}
        for f in FIELDS:
            gold = [g for g in art.get(f, []) if g.get("coderPhraseCount", 0) >= 2]
            if not gold:
                continue
            hits[f][1] += 1
            got = first[f]
            if f == "when":
                words = got and (got.text if args.plain_when else shown_when(got))
                ok = got is not None and any(words_match(words, g["text"], stop)
                                             or dates_match(got.date, g.get("parsed")) for g in gold)
                nb = any(dates_match(naive["when"], g.get("parsed")) for g in gold)
                shown = got and f"{got.text} [{got.date}]"
            else:
                ok = got is not None and any(words_match(got, g["text"], stop) for g in gold)
                nb = naive[f] is not None and any(words_match(naive[f], g["text"], stop) for g in gold)
                shown = got
            hits[f][0] += ok
            base[f] += nb
            if args.verbose and not ok:
                print(f"MISS #{number} {f}: {shown!r} gold={[g['text'] for g in gold]}")
    targets = {"who": 0.85, "where": 0.70, "when": 0.85, "what": 0.75}
    print(f"{'field':<6} {'n':>3} {'factsheet':>9} {'baseline':>8} {'target':>6}")
    for f in FIELDS:
        ok, n = hits[f]
        print(f"{f:<6} {n:>3} {ok / n if n else 0:>9.3f} {base[f] / n if n else 0:>8.3f} {targets[f]:>6.2f}")
    print(f"when/what/next_steps/quotes extractors: median {statistics.median(mine_ms):.1f} ms, "
          f"max {max(mine_ms):.1f} ms per article ({len(mine_ms)} articles)")


if __name__ == "__main__":
    main()
