"""Single capitalised words no pass claimed, resolved at the end against what the whole document named:
surname-only mentions of known persons, inflected organisation names, places named once after a preposition,
frequent single names (organisations), and new surnames when a title or the analyser vouches for them.

Functions over ``doc``, the ``Extraction`` (document.py): ``doc.R`` is the pack's resources, ``doc.add`` records a
mention; ``used`` marks the tokens earlier passes claimed.
"""
from __future__ import annotations

from collections import Counter

from . import organisations, roles
from .roles import fuller_role



def resolve_leftovers(doc):
    """Single capitalised words: surname-only mentions, inflected organisation names, new surnames."""
    R, M = doc.R, doc.R.morph
    persons = {e.key: e for (k, _), e in doc.ents.items() if k == "person"}
    orgs = organisations.org_keys(doc, [e for (k, _), e in doc.ents.items() if k == "organization"])
    # how often each capitalised word is left over inside a sentence, counted once for the frequency rule below
    counts = Counter(x[1].text for x in doc.leftovers if not x[1].initial)
    for si, start, end, inner in doc.quoted_left:
        org = organisations.known_org(doc, inner, orgs)
        if org:
            doc.add("organization", org.name, si, start, end)
    for si, t, role_before, toks, ti in doc.leftovers:
        word = doc.R.strip_possessive(t.text)
        if len(word) < 2 or word.lower() in R.not_names or R.role_len([word]):  # "В" of "С.В.": an initial
            continue
        # a list, not a set: the first form that names a known person wins, the same on every run
        forms = [doc.R.key(word)] + [doc.R.key(M.surname(word, g, False)) for g in ("m", "f")]
        hit = next((persons[f] for f in forms if f in persons), None)
        if hit:
            doc.add("person", hit.name, si, t.start, t.end, hit.key)
            hit.confirmed = True
            if hit.role is None or " " not in hit.role:
                hit.role = fuller_role(hit.role, roles.role_of(doc, doc.sentences[si], toks, None, [ti], None, set()))
            continue
        org = organisations.known_org(doc, word, orgs)
        if org:
            doc.add("organization", org.name, si, t.start, t.end)
            continue
        if word.lower() in R.demonyms:
            continue
        if ("place", doc.R.key(word)) in doc.ents and not t.initial:  # "Croydon" again, found once after "in"
            doc.add("place", doc.ents[("place", doc.R.key(word))].name, si, t.start, t.end)
            continue
        inside_run = any(0 <= x < len(toks) and toks[x].word and toks[x].cap and not toks[x].initial
                         for x in (ti - 1, ti + 1))  # "World Series": part of a longer unknown name
        if R.frequent_orgs and not t.initial and not inside_run and not R.gaz.lookup([word]) \
                and word.lower() not in R.month_words and word.lower() not in R.stopwords \
                and counts[t.text] + (t.text == doc.headline_opener) >= R.frequent_orgs:
            ent = doc.add("organization", word, si, t.start, t.end)
            if all(o is not ent for o, _ in orgs):  # a new organisation: keyed once, after the others
                orgs += organisations.org_keys(doc, [ent])
            continue
        strong = "Surn" in M.top_tags(word) if M.analyzer else M.surname_like(word)
        if (t.initial and not (M.analyzer and strong and not doc.R.plain_word(word))) or R.gaz.lookup([word]) \
                or any(doc.R.key(word) in e.parts for e in persons.values()):
            continue
        namelike = M.surname_like(word) or bool(M.tags(word, 0.1) & {"Name", "Surn"}) or not (
            M.analyzer or M.surname_endings)
        if M.analyzer and M.tags(word, 0.1) & {"Geox", "Orgn"}:
            continue
        if M.analyzer and not strong and "Name" in M.top_tags(word) and M.parse(word)[0].is_known:
            # a given name alone ("Даниил")
            got = M.nominative(word, "Name")
            if got:
                ent = doc.add("person", got[0], si, t.start, t.end)
                ent.parts.add(doc.R.key(got[0]))
                persons[ent.key] = ent
                ent.role = fuller_role(ent.role, roles.role_of(doc, doc.sentences[si], toks, None, [ti], None, set()))
            continue
        if strong or (role_before and (namelike or role_before == "initial") and not doc.R.plain_word(word)):
            guessed = role_before == "initial" and not strong and M.analyzer and not M.parse(word)[0].is_known
            base = word if guessed else M.surname(word, None, None if not M.analyzer else False)
            ent = doc.add("person", base, si, t.start, t.end)
            ent.parts.add(doc.R.key(base))
            first = ti  # the role ends before the initials ("врач … больницы С.В. Качановский")
            while role_before == "initial" and first >= 2 and toks[first - 1].text == "." \
                    and len(toks[first - 2].text) == 1:
                first -= 2
            ent.role = roles.role_of(doc, doc.sentences[si], toks, None, [first], None, set())
            persons[ent.key] = ent
