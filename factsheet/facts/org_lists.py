"""Single unknown names that their neighbours make organisations. In an enumeration ("Атлант, Гефест і Samsung",
"followed by Skoda, Renault and Hyundai"): a list joins names of one kind, so names listed beside an organisation
the document already named are organisations too; a list of three or more unknown names alone is taken as firms
when the pack says so (``unknown_lists_are_orgs``): a list of people writes their given names or titles, which the
lists know. In apposition ("Amkodor, the Minsk machine maker, said"): the apposition's noun is one of the pack's
``org_nouns``.

Read by leftovers.py (through ``org_shapes.framed_org``); nothing is recorded here.
"""
from __future__ import annotations

from .. import morphology as mo
from . import org_frames, org_names, org_shapes, team_places
from .candidates import RELABEL, Candidate, Change, mark

UNKNOWN, ORG = "u", "o"


def _org_spans(doc) -> dict[tuple[int, int], int]:
    """(sentence, first character) -> last character of each short organisation mention (two words at most)
    recorded so far: a list of brands names them short ("театр имени X и Y" is no list)."""
    return {(m.sentence, m.start): m.end for m, _ in doc.mentions
            if m.kind == "organization" and len(m.name.split()) <= 2}


def _members(doc, si: int, toks, singles: dict[int, str], spans) -> list[list[tuple[str, str]]]:
    """The lists of the sentence: runs of members (an unknown single or a known organisation) with a comma or a
    list conjunction between each two; each list as [(kind, word)], the conjunction marked by a leading "&"."""
    R, lists, run, i, gap = doc.R, [], [], 0, ""
    while i < len(toks):
        t, member = toks[i], None
        if i in singles:
            member, nxt = (UNKNOWN, singles[i]), i + 1
        elif (si, t.start) in spans:
            end, nxt = spans[(si, t.start)], i + 1
            while nxt < len(toks) and toks[nxt].end <= end:
                nxt += 1
            member = (ORG, "")
        if member and (not run or gap):
            run.append((member[0], ("&" if gap in R.list_conjunctions else "") + member[1]))
            gap, i = "", nxt
            continue
        if run and not gap and (t.text == "," or t.text.lower() in R.list_conjunctions):
            gap, i = t.text.lower(), i + 1
            continue
        if len(run) >= 2:
            lists.append(run)
        run, gap = ([(member[0], member[1])], "") if member else ([], "")
        i = nxt if member else i + 1
    if len(run) >= 2:
        lists.append(run)
    return lists


def listed_orgs(doc) -> frozenset[str]:
    """The unknown single names listed beside a known organisation, or three or more of them in a list that ends
    in a conjunction where the pack allows it."""
    R = doc.R
    if not R.list_conjunctions:
        return frozenset()
    by_sentence: dict[int, dict[int, str]] = {}
    for si, t, _, toks, ti in doc.leftovers:
        word = R.strip_possessive(t.text)
        if org_shapes.unknown_single(doc, toks, ti, word) and not R.adjective(word):  # "Большого и Малого …"
            by_sentence.setdefault(si, {})[ti] = word
    spans, found = _org_spans(doc), set()
    for si, singles in by_sentence.items():
        for run in _members(doc, si, doc.analysis.tokens[si], singles, spans):
            names = [w.lstrip("&") for k, w in run if k == UNKNOWN]
            if not run[-1][1].startswith("&"):
                continue  # "Ironically, Karbacher": a comma alone makes no list
            if any(k == ORG for k, _ in run) or (R.unknown_lists and len(names) >= 3):
                found.update(names)
        found.update(w for ti, w in singles.items() if _apposed(doc, doc.analysis.tokens[si], ti))
    return frozenset(found)


def _apposed(doc, toks, ti: int) -> bool:
    """Does an apposition naming a kind of firm follow the name at ``ti`` ("Amkodor, the Minsk machine maker,",
    "Атлант, минский производитель холодильников,")? Up to three words before the noun, up to two (its
    genitives) after it, then the apposition ends ("the company's chief executive" is a person's)."""
    R = doc.R
    if R.morph.analyzer and mo.SURNAME in R.morph.top_tags(toks[ti].text):
        return False
    k = ti + 2 if ti + 2 < len(toks) and toks[ti + 1].text == "," else len(toks)
    k = org_frames.past_one_of(doc, toks, k)  # "X, one of the country's largest glass makers,"
    k += k < len(toks) and toks[k].text.lower() in R.articles
    for n in range(k, min(k + 4, len(toks))):
        t = toks[n]
        owner = t.text != R.strip_possessive(t.text)
        if not t.word or (owner and (n > k + 1 or (t.cap and not R.gaz.lookup([R.strip_possessive(t.text)])))):
            return False  # (a place or a lower-case owner opening it is no person's: "the country's largest")
        if R.role_len([t.text]) or not (t.cap or R.adjective(t.text) or not R.morph.analyzer
                                        or R.is_noun(t.text, R.org_nouns)):
            return False  # "Иванов, директор компании": a person's title first
        if not t.cap and R.is_noun(t.text, R.org_nouns):
            end = n + 1
            while end < len(toks) and end - n <= 2 and toks[end].word and not toks[end].cap \
                    and toks[end].text.lower() not in R.stopwords and not R.role_len([toks[end].text]):
                end += 1
            return end == len(toks) or toks[end].text in ",;)."
    return False


def framed_runs(doc, si, s, toks, used, taken) -> list[Candidate]:
    """"lost against Torpedo Zhodino", "beat Shakhtyor Soligorsk 2-0": two or three capitalised words after one
    of the pack's ``org_before_words`` (a team beaten or played against) name a club, unless a given name, a
    title, a date word, a listed place ("Dynamo Moscow" is org_shapes.place_named_org's) or a person the document
    named is among them, or a possessive before the last ("beat India's Leander Paes"). A pass before persons.py,
    which would read the run as a person's name."""
    R = doc.R
    if not R.org_before:
        return []
    shared, out = used, []
    for i in range(1, len(toks) - 1):
        if used[i] or toks[i - 1].text.lower() not in R.org_before or toks[i - 1].cap:
            continue
        j = i
        while j < len(toks) and j - i < 4 and not used[j] and toks[j].word and toks[j].cap and not toks[j].abbr:
            j += 1
        words = [R.strip_possessive(t.text) for t in toks[i:j]]
        if not 2 <= len(words) <= 3 or R.gaz.lookup(words) or R.role_len(words) or words[:-1] != [t.text for t in toks[i:j - 1]] \
                or any(R.gaz.lookup([w]) or R.morph.first_name(w) or w.lower() in R.not_place_words or w.lower() in R.stopwords
                       or w.lower() in R.titles for w in words) or _known_person(doc, words):
            continue
        out.append(Candidate("organization", " ".join(words), si, toks[i].start, toks[j - 1].end,
                             "org_lists.framed_runs", claims=tuple(range(i, j))))
        used = mark(used, shared, range(i, j))
    return out


def _known_person(doc, words: list[str]) -> bool:
    """Is one of ``words`` a name word of a person the document named so far? (Asked only for a candidate run.)"""
    keys = {doc.R.key(w) for w in words}
    counts = doc.name_word_counts  # or one the document names alone more often than the run's first word: a
    # surname ("beating Katarzyna Wróblewska of Poland" … "Wróblewska, head of …"), not a club's town
    return any(k == "person" and not keys.isdisjoint(e.parts) for (k, _), e in doc.ents.items()) \
        or counts[words[-1]] > max(counts[words[0]], 1)


def firms_not_places(doc) -> list[Change]:
    """"на долю Атланта": a single word read as a place of another name (the city "Атланта") that inflects the
    one-word name of a firm the document names ("Атлант") is that firm: its mentions move to the firm. A place
    written as the firm's own name ("Брест" beside a club "Брест") stays a place. RELABEL changes."""
    orgs = org_names.org_keys(doc, [e for (k, _), e in doc.ents.items() if k == "organization" and " " not in e.name])
    out: list[Change] = []
    if not orgs:
        return out
    places: dict[int, list[int]] = {}  # one pass over the mentions: each one-word place's mentions
    for n, (m, e) in enumerate(doc.mentions):
        if e.kind == "place" and " " not in e.name:
            places.setdefault(id(e), []).append(n)
    for at in places.values():
        ent = doc.mentions[at[0]][1]
        found = [org_names.known_org(doc, doc.sentences[m.sentence][m.start:m.end], orgs)
                 for m, _ in (doc.mentions[n] for n in at)]
        org = found[0] if all(o is found[0] for o in found) else None
        if org is None or org.key == ent.key:
            continue
        out.append(Change(RELABEL, ent, "org_lists.firms_not_places", (org, tuple(at))))
    return out


def firms_in_apposition(doc) -> list[Change]:
    """"at Vetrola, one of the country's largest glass makers,": a name no gazetteer knows, read as a place after a
    preposition, is the firm its apposition names; all its mentions move to the organisation (MOVE changes)."""
    keys: dict[str, set] = {"place": set(), "person": set()}
    for m, e in doc.mentions:
        if e.kind not in keys or e.key in keys[e.kind] or (e.kind == "person" and (e.confirmed or e.role)) \
                or doc.R.gaz.lookup(m.name.split()):
            continue  # (a pair nobody vouched for as a person: "Orders went to Halvorsen Marine, the shipbuilder")
        toks = doc.analysis.tokens[m.sentence]
        last = next((k for k, t in enumerate(toks) if t.end == m.end), None)
        if last is not None and _apposed(doc, toks, last):
            keys[e.kind].add(e.key)
    out: list[Change] = []
    for kind, found in keys.items():
        if found:
            out += team_places.places_to_orgs(doc, found, False, kind, "org_lists.firms_in_apposition")
    return out
