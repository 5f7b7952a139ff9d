"""A capitalised adjective of a place before an abbreviation names one organisation with it: "Новополоцкая ТЭЦ",
"на Лукомльской ГРЭС", "Беларуская АЭС", "Минская ТЭЦ-4" (a works named after its town; the adjective is
capitalised because it is part of the name). Without it the abbreviation alone is left ("ТЭЦ") and the adjective
becomes a place. A rule of the place and abbreviation pass (places_in_text.py), tried at the adjective.

And a unit of measure after a number ("мощностью 400 МВт", "2 ГВт"): an abbreviation whose capitals run on in
lower case, right after a number, is a unit, no organisation (claimed, nothing found).
"""
from __future__ import annotations

from .candidates import Candidate
from .org_abbreviations import nominative_adjective
from .tokens import inflected_abbr

RULE = "org_named_abbr.named_abbreviation"


def named_abbreviation(doc, si, toks, used, i, taken, found) -> int:
    """At a capitalised relational adjective (pack: ``relational_adjective_endings``) right before a free
    abbreviation: the two (with a glued number, "ТЭЦ-4") are one organisation, the adjective in the
    nominative. Returns the tokens claimed."""
    R, t = doc.R, toks[i]
    j = i + 1
    if j >= len(toks) or used[j] or t.abbr or toks[j].start != t.end + 1 \
            or not t.text.lower().endswith(R.relational_endings):
        return 0
    letters, _, number = toks[j].text.partition("-")  # "ТЭЦ-4": the works' number is part of the name
    if not (toks[j].abbr or number.isdigit() and len(letters) >= 2 and letters.isupper()):
        return 0
    abbr = toks[j].text if number else inflected_abbr(letters) or letters
    found.append(Candidate("organization", f"{_nominative(R, t.text)} {abbr}", si, t.start, toks[j].end, RULE,
                           claims=(i, j), parts=(R.key(abbr),)))
    return 2


def _nominative(R, adj: str) -> str:
    """The adjective in the nominative singular, capitalised as written: by the analyser where the pack has one,
    else by the pack's ending rules, feminine where the ending says so ("Наваполацкай" -> "Наваполацкая")."""
    M = R.morph
    if M.analyzer:
        base = nominative_adjective(M, adj)
        return M.match_case(base, adj) if base != adj else adj
    fem = M.rule_base(adj, "org_adjective_f")
    return fem if fem != adj else M.rule_base(adj, "org_adjective_m")


def unit_after_number(doc, si, toks, used, i, taken, found) -> int:
    """"400 МВт": an abbreviation running on in lower case right after a number is a unit of measure; claimed,
    so no later rule reads it as an organisation."""
    t = toks[i]
    if not t.abbr or i == 0 or not toks[i - 1].text[:1].isdigit():
        return 0
    stem = inflected_abbr(t.text)
    return 1 if stem and stem != t.text else 0
