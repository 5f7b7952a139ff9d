"""Organisations written in another script or as a web address: "Facebook", "Red Bull" in a Russian text,
"www.example.com". A name in another script in brackets after a name is its original spelling (no new name), after
a noun of a thing it names the thing ("системы Windows"), and after a phrase of two or three words it spells that
phrase, which is the organisation ("Международная амнистия (Amnesty International)", org_bounds.glossed_phrase).

A pass over ``doc``, the ``Extraction`` (document.py), read-only; ``used`` marks the tokens earlier passes claimed;
it returns candidates (candidates.py).
"""
from __future__ import annotations

import re

from . import org_bounds, org_kinds
from .candidates import Candidate, claim, mark
from .tokens import QUOTE_CHARS, ROMAN

FOREIGN_RULE = "org_foreign.foreign_orgs"
# an e-mail address or a telephone number ("+375 17 123-45-67", "(017) 123 45 67") marks a line of contact data
_CONTACT = re.compile(r"[\w.+-]+@[\w-]+\.|\+?\(?\d{2,4}\)?[ -]?\d{2,4}[ -]\d{2}[ -]?\d{2}\b")


def foreign_orgs(doc, si, s, toks, used, taken) -> list[Candidate]:
    """Web sites and capitalised names in another script (Facebook, Red Bull) name organisations."""
    pat = doc.R.foreign
    if pat is None:
        return []
    shared, out = used, []
    contacts = _CONTACT.search(s) is not None
    for m in (doc.R.web_address.finditer(s) if doc.R.web_address else ()):
        hit = [i for i, t in enumerate(toks) if t.start < m.end() and t.end > m.start()]
        if hit and not any(used[i] for i in hit):
            if contacts:  # an address among contact data names no organisation ("info@lyasny-dom.by")
                out.append(claim(FOREIGN_RULE, si, tuple(hit)))
            else:
                out.append(Candidate("organization", m.group(), si, m.start(), m.end(), FOREIGN_RULE,
                                     claims=tuple(hit)))
            used = mark(used, shared, hit)
    i = 0
    while i < len(toks):
        t = toks[i]
        if used[i] or not (t.word and t.cap and pat.match(t.text)):
            i += 1
            continue
        j = i + 1
        while j < len(toks) and not used[j] and toks[j].word and (
                (pat.match(toks[j].text) and (toks[j].cap or (j + 1 < len(toks) and toks[j + 1].cap)))
                or toks[j].text.isdigit()):
            j += 1
        while j - 1 > i and not toks[j - 1].cap:
            j -= 1
        j = _legal_tail(doc.R, toks, used, j)  # "Ningbo Happy Kids Garment Co., Ltd.": one name with its forms
        tail = t.text.split("-", 1)[1] if j - i == 1 and "-" in t.text else ""
        # "IT-кампаній", "PR-агенцтва" (a kind of body, org_kinds.py), not "PR-служба"
        compound = tail[:1].islower() and (not doc.R.is_noun(tail, doc.R.heads) or _kind_compound(doc.R, toks, j, tail))
        # a version number is no part of the word the lists know ("HTML5" is "html")
        claims, gloss = tuple(range(i, j)), None
        if not (j - i == 1 and ROMAN.fullmatch(t.text)) and t.text.lower().rstrip("0123456789") not in doc.R.not_names \
                and not _gloss(toks, i, j, pat) and not compound and not org_bounds.product(doc, toks, i) \
                and not _model(toks, i, j) and not (j - i == 1 and t.text in doc.product_names) \
                and (gloss := org_bounds.glossed_phrase(doc, si, toks, used, i, pat)) is None:
            out.append(Candidate("organization", s[t.start:toks[j - 1].end], si, t.start, toks[j - 1].end,
                                 FOREIGN_RULE, claims=claims))
        else:
            if gloss is not None:  # "Международная амнистия (Amnesty International)": the phrase before it
                out.append(gloss)
            out.append(claim(FOREIGN_RULE, si, claims))  # a gloss, a version number, a compound: no name
        used = mark(used, shared, claims + (gloss.claims if gloss is not None else ()))
        i = j
    return out


def _kind_compound(R, toks, j: int, tail: str) -> bool:
    """"IT-кампанія з Мінска", "PR-агенцтва «Вектар»", "дырэктар IT-кампаніі Павел Крук": a prefix on a noun for
    a kind of body (``kind_heads``) describes one; the name, if any, is the quoted or personal name after it."""
    if not R.is_noun(tail, R.kind_heads):
        return False
    after = toks[j] if j < len(toks) else None
    return org_kinds.names_none_after(R, toks, j) or after.text in QUOTE_CHARS \
        or (after.word and after.cap and bool(R.morph.first_name(after.text)))


def _legal_tail(R, toks, used, j: int) -> int:
    """The end of a foreign name past its legal forms after a stop or comma ("… Co., Ltd.", "… GmbH & Co."; the
    pack's ``firm_suffixes``): the token after the last legal form, else ``j``."""
    k, end = j, j
    while k < len(toks) and not used[k] and (toks[k].text in ".,&" or toks[k].word
                                             and toks[k].text.rstrip(".").lower() in R.firm_suffixes):
        end = k + 1 if toks[k].word else end
        k += 1
    return end


def _gloss(toks, i: int, j: int, pat) -> bool:
    """Is toks[i:j] the original spelling in brackets right after a name ("Билл Герстенмайер (Bill
    Gerstenmaier)", "Раскассэ (La Rascasse)", a quoted one: "газета «Ла стампа» (La Stampa)")? It names what the
    name before it names, nothing new."""
    k = j
    while k < len(toks) and k - j < 4 and toks[k].text != ")" and (pat.match(toks[k].text) or toks[k].text == "-"):
        k += 1  # "(Khaled el-Masri)": lower-case name parts up to the bracket
    return 2 <= i and k < len(toks) and toks[i - 1].text == "(" and toks[k].text == ")" \
        and ((toks[i - 2].word and not toks[i - 2].text.islower() and not pat.match(toks[i - 2].text))
             or toks[i - 2].text in "»”\"")


def _model(toks, i: int, j: int) -> bool:
    """"Galaxy S25", "Boeing 737 MAX", "Windows 11": a name with a model number after its first word names a
    product or a model, not an organisation."""
    return any(c.isdigit() for t in toks[i + 1:j] for c in t.text)
