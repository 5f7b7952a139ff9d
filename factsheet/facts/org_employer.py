"""The employer after a person's job: "an analyst at Smith Barney", "a trader at Paribas", "economists at
Rheinland Girozentrale", "workers at Tollund Fisheries". A capitalised name after a noun for a person and the pack's
employer preposition (``employer_prepositions``: "at") is where the person works: an organisation, unless the
gazetteer knows it as a place ("officials at Heathrow" stays where it is). So is a name after a descriptor of its
seat or owner ("Minsk-based Belmedpreparaty signed", "state-owned Belaruskali"): a firm, where no given name opens it.
"""
from __future__ import annotations

from .candidates import Candidate
from .tokens import cap_run_end

RULE = "org_employer.employer"
LONGEST = 4  # capitalised words of an employer's name at most


def employer_orgs(doc, si, s, toks, used, taken) -> list[Candidate]:
    """Organisations named as a person's employer in the sentence, their tokens claimed."""
    R = doc.R
    if not R.employer_preps:
        return []
    out = []
    for k, t in enumerate(toks):
        if t.text.lower() not in R.employer_preps or k == 0 or k + 1 >= len(toks) or not _job_before(doc, toks, k):
            continue
        a = k + 1
        if a + 1 < len(toks) and toks[a].text.lower().endswith(R.descriptor_endings):
            a += 1  # "an analyst at Warsaw-based Polityka Insight": the firm after its descriptor
        b = cap_run_end(R, toks, used, a, LONGEST, initial_ends=True)
        if b < len(toks) and toks[b].word and toks[b].cap and not used[b]:
            b += 1  # a possessive closes the name: "at Smith Barney's London office"
        words = [R.strip_possessive(x.text) for x in toks[a:b]]
        if not words or R.gaz.lookup(words) or any(R.gaz.lookup([w]) for w in words[:1]) \
                or any(w.lower() in R.not_place_words or w.lower() in R.stopwords for w in words) \
                or _names_a_thing(R, toks, b):
            continue
        name = R.strip_possessive(s[toks[a].start:toks[b - 1].end])
        out.append(Candidate("organization", name, si, toks[a].start, toks[a].start + len(name), RULE,
                             claims=tuple(range(a, b))))
    return out


def described_orgs(doc, si, s, toks, used, taken) -> list[Candidate]:
    """A capitalised name right after a word with one of the pack's ``descriptor_endings`` ("Minsk-based
    Belmedpreparaty", "Seattle-based Nordhaven said"): a firm, unless a given name opens it ("Dublin-born Anna
    Reid"), the gazetteer knows it ("Taliban-ruled Afghanistan") or a noun follows it ("Belarus-made MAZ trucks")."""
    R, out = doc.R, []
    for k, t in enumerate(toks[:-1]):
        if not t.word or not t.text.lower().endswith(R.descriptor_endings) or used[k + 1]:
            continue
        b = cap_run_end(R, toks, used, k + 1, LONGEST, initial_ends=True)
        words = [x.text for x in toks[k + 1:b]]
        if not words or R.morph.first_name(words[0]) or R.gaz.lookup(words) or R.gaz.lookup(words[:1]) \
                or any(w.lower() in R.not_place_words or w.lower() in R.stopwords for w in words) \
                or b < len(toks) and toks[b].word and not toks[b].cap and R.is_noun(toks[b].text, R.heads) \
                or b < len(toks) and toks[b].word and (toks[b].cap or _names_a_thing(R, toks, b)
                                                       or toks[b].text in R.connectors):  # "Centre for …" goes on
            continue
        out.append(Candidate("organization", s[toks[k + 1].start:toks[b - 1].end], si, toks[k + 1].start,
                             toks[b - 1].end, "org_employer.described", claims=tuple(range(k + 1, b))))
    return out


def _names_a_thing(R, toks, b: int) -> bool:
    """Does a lower-case place or works noun, or a name particle, follow the name ("at Charles de Gaulle airport",
    "at the Lanark glass plant")? The name is then part of a longer one, not the employer."""
    nxt = toks[b] if b < len(toks) else None
    if nxt is None or not nxt.word or nxt.cap:
        return False
    low = nxt.text.lower()
    return low in R.particles or low in R.org_after or low in R.org_nouns or bool(R.gaz.head_gender(low))


def _job_before(doc, toks, k: int) -> bool:
    """Does a noun for a person by their job stand right before the preposition at ``k`` ("analyst", "traders",
    "chief economist"; pack: roles, the subject's person nouns, ``job_nouns``)? A sentence's first word may be
    capitalised; "the winter at Mount X" is no job."""
    R, w = doc.R, toks[k - 1]
    if not w.word or (w.cap and not w.initial):
        return False
    low = w.text.lower()
    if low in R.stopwords or low in R.not_person or R.org_noun(low):
        return False
    if low in R.job_nouns or low in R.subject.first_words or R.role_len([low]):
        return True
    return any(low.endswith(e) and R.role_len([low[:-len(e)]]) for e in R.plural_endings if e != "\0")  # "officials"
