"""Single capitalised words no pass claimed, resolved at the end against what the whole document named:
surname-only mentions of known persons, inflected organisation names, places named once after a preposition,
frequent single names (organisations), and new surnames when a title or the analyser vouches for them.

Methods of ``Document`` (document.py): ``self.R`` is the pack's resources, ``self.add`` records a mention.
"""
from __future__ import annotations

from .roles import fuller_role


class LeftoverPass:
    """Words no pass claimed, read against the whole document (a mixin of ``Document``)."""

    def resolve_leftovers(self):
        """Single capitalised words: surname-only mentions, inflected organisation names, new surnames."""
        R, M = self.R, self.R.morph
        persons = {e.key: e for (k, _), e in self.ents.items() if k == "person"}
        orgs = [e for (k, _), e in self.ents.items() if k == "organization"]
        for si, start, end, inner in self.quoted_left:
            org = self._known_org(inner, orgs)
            if org:
                self.add("organization", org.name, si, start, end)
        for si, t, role_before, toks, ti in self.leftovers:
            word = self._strip_possessive(t.text)
            if len(word) < 2 or word.lower() in R.not_names or R.role_len([word]):  # "В" of "С.В.": an initial
                continue
            # a list, not a set: the first form that names a known person wins, the same on every run
            forms = [self.R.key(word)] + [self.R.key(M.surname(word, g, False)) for g in ("m", "f")]
            hit = next((persons[f] for f in forms if f in persons), None)
            if hit:
                self.add("person", hit.name, si, t.start, t.end, hit.key)
                hit.confirmed = True
                if hit.role is None or " " not in hit.role:
                    self.person_toks = set()
                    hit.role = fuller_role(hit.role, self._role(self.sentences[si], toks, None, [ti], None))
                continue
            org = self._known_org(word, orgs)
            if org:
                self.add("organization", org.name, si, t.start, t.end)
                continue
            if word.lower() in R.demonyms:
                continue
            if ("place", self.R.key(word)) in self.ents and not t.initial:  # "Croydon" again, found once after "in"
                self.add("place", self.ents[("place", self.R.key(word))].name, si, t.start, t.end)
                continue
            inside_run = any(0 <= x < len(toks) and toks[x].word and toks[x].cap and not toks[x].initial
                             for x in (ti - 1, ti + 1))  # "World Series": part of a longer unknown name
            if R.frequent_orgs and not t.initial and not inside_run and not R.gaz.lookup([word]) \
                    and word.lower() not in R.month_words and word.lower() not in R.stopwords \
                    and sum(1 for x in self.leftovers if x[1].text == t.text and not x[1].initial) \
                    + (t.text == self.headline_opener) >= R.frequent_orgs:
                self.add("organization", word, si, t.start, t.end)
                orgs = [e for (k, _), e in self.ents.items() if k == "organization"]
                continue
            strong = "Surn" in M.top_tags(word) if M.analyzer else M.surname_like(word)
            if (t.initial and not (M.analyzer and strong and not self._plain_word(word))) or R.gaz.lookup([word]) \
                    or any(self.R.key(word) in e.parts for e in persons.values()):
                continue
            namelike = M.surname_like(word) or bool(M.tags(word, 0.1) & {"Name", "Surn"}) or not (
                M.analyzer or M.surname_endings)
            if M.analyzer and M.tags(word, 0.1) & {"Geox", "Orgn"}:
                continue
            if M.analyzer and not strong and "Name" in M.top_tags(word) and M.parse(word)[0].is_known:
                # a given name alone ("Даниил")
                got = M.nominative(word, "Name")
                if got:
                    ent = self.add("person", got[0], si, t.start, t.end)
                    ent.parts.add(self.R.key(got[0]))
                    persons[ent.key] = ent
                    self.person_toks = set()
                    ent.role = fuller_role(ent.role, self._role(self.sentences[si], toks, None, [ti], None))
                continue
            if strong or (role_before and (namelike or role_before == "initial") and not self._plain_word(word)):
                guessed = role_before == "initial" and not strong and M.analyzer and not M.parse(word)[0].is_known
                base = word if guessed else M.surname(word, None, None if not M.analyzer else False)
                ent = self.add("person", base, si, t.start, t.end)
                ent.parts.add(self.R.key(base))
                self.person_toks = set()
                first = ti  # the role ends before the initials ("врач … больницы С.В. Качановский")
                while role_before == "initial" and first >= 2 and toks[first - 1].text == "." \
                        and len(toks[first - 2].text) == 1:
                    first -= 2
                ent.role = self._role(self.sentences[si], toks, None, [first], None)
                persons[ent.key] = ent
