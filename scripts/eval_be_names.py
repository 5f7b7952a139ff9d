"""Measure Belarusian base-forming of proper names against UD_Belarusian-HSE lemmas.

Usage: python scripts/eval_be_names.py ../shared/dev/ud_be_hse_dev.conllu [--half odd|even]
(``--half``: only the odd- or even-numbered sentences, counting from 1, to develop on one half and check on the
other; ``--errors``: also list every wrong base form as ``ERR <kind> <word> -> <got> (gold <lemma>)``.)

For every PROPN token with NameType Giv (given name), Sur (surname) or Geo (place), the pack's rules
(factsheet/lang/be/entities.toml, first_names.txt, places.txt, pycountry's be names) produce a base form the way
extract_entities does: given names through the first-name list and rules (read with the surname right after
them, as the product reads a name: "Аляксандра Карповіча" is a man's name in the genitive), surnames through the
surname rules (gender from the UD features, as the product takes it from the given name; kept as written after a
given name in its base form, as the product keeps "Янка Купала"), places through the
gazetteer (a place the gazetteer does not hold stays unchanged: the product would not report it). Accuracy = base form equals the
gold lemma (case-insensitive, ё = е). The "keep the word as it is" baseline is shown next to it.
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from factsheet import langpack  # noqa: E402
from factsheet.decoding import STRESS  # noqa: E402
from factsheet.facts.entities import resources  # noqa: E402


def same(a: str, b: str) -> bool:
    return a.lower().replace("ё", "е") == b.lower().replace("ё", "е")


def sentences(path: str, half: str | None):
    """Each sentence's token rows (the 10 CoNLL-U columns), only that half's sentences when ``half`` is given."""
    number, rows = 0, []
    for line in open(path, encoding="utf-8"):
        if line.startswith("# sent_id"):
            number += 1
        cols = line.rstrip("\n").split("\t")
        if len(cols) >= 10 and cols[0].isdigit() and not (half and (number % 2 == 1) != (half == "odd")):
            rows.append(cols)
        elif not line.strip() and rows:
            yield rows
            rows = []
    if rows:
        yield rows


def _given_in_base_form(M, rows, i: int) -> bool | None:
    """Does a given name in its base form stand before the surname at ``i`` (a patronymic may stand between)?
    Then the product keeps the surname as written ("Янка Купала"); otherwise it undoes a case ending. None when
    no given name the product knows stands there (an initial, no name at all), as the product reads it."""
    k = i - 1
    if k >= 0 and "NameType=Pat" in rows[k][5]:
        k -= 1
    if k < 0 or "NameType=Giv" not in rows[k][5]:
        return None
    hit = M.first_name_before(rows[k][1], rows[i][1])
    return None if not hit else bool(hit[2])


def main(path: str, half: str | None = None, errors: bool = False) -> None:
    R = resources(langpack.load("be"))
    M, gaz = R.morph, R.gaz
    ok, base, total = Counter(), Counter(), Counter()
    covered = Counter()
    for rows in sentences(path, half):
        for i, cols in enumerate(rows):
            feats = dict(f.split("=", 1) for f in cols[5].split("|") if "=" in f)
            kind = feats.get("NameType") if cols[3] == "PROPN" else None
            if kind not in ("Giv", "Sur", "Geo"):
                continue
            word, lemma = STRESS.sub("", cols[1]), cols[2]  # the product drops stress marks as it reads a text
            gender = {"Masc": "m", "Fem": "f"}.get(feats.get("Gender", ""))
            if kind == "Giv":  # the surname after a given name tells its case, as in a name the product reads
                after = rows[i + 1][1] if i + 1 < len(rows) and "NameType=Sur" in rows[i + 1][5] else ""
                hit = M.first_name_before(word, after) if after else M.first_name(word)
                pred = hit[0] if hit else (M.rule_base(word, f"first_name_{gender}") if gender else word)
            elif kind == "Sur":  # read with the given name before it, as the product reads "Янка Купала"
                pred = M.surname(word, gender, _given_in_base_form(M, rows, i))
            else:
                pred = gaz.lookup([word]) or word
                covered["Geo"] += gaz.lookup([word]) is not None
            total[kind] += 1
            ok[kind] += same(pred, lemma)
            if errors and not same(pred, lemma):
                print(f"ERR {kind} {word} -> {pred} (gold {lemma})")
            base[kind] += same(word, lemma)
    for k in ("Giv", "Sur", "Geo"):
        print(f"{k}: {ok[k] / total[k]:.3f} ({ok[k]}/{total[k]}); unchanged-word baseline {base[k] / total[k]:.3f}")
    if total["Geo"]:
        print(f"Geo tokens found in the gazetteer: {covered['Geo']}/{total['Geo']}")
    n = sum(total.values())
    print(f"all: {sum(ok.values()) / n:.3f} ({sum(ok.values())}/{n}); baseline {sum(base.values()) / n:.3f}")


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path")
    ap.add_argument("--half", choices=("odd", "even"), help="only the odd- or even-numbered sentences (from 1)")
    ap.add_argument("--errors", action="store_true", help="list every wrong base form (lines starting ERR)")
    args = ap.parse_args()
    main(args.path, args.half, args.errors)
