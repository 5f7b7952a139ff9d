"""Place and abbreviation pass: the gazetteer, an adjective before a place head ("Гродзенская вобласць"), a
capitalised name after a locative preposition or an origin preposition in an apposition to a person ("John Smith,
30, from Leeds"), the analyser's Geox tag; left-over abbreviations name organisations. A country in a currency
phrase ("долараў ЗША") is no place of the story.

Methods of ``Document`` (document.py): ``self.R`` is the pack's resources, ``self.add`` records a mention.
"""
from __future__ import annotations

from .tokens import ROMAN, inflected_abbr


class PlacePass:
    """Places and abbreviations of one sentence (a mixin of ``Document``)."""

    def places_and_abbrs(self, si, s, toks, used):
        """Places (gazetteer, adjective + place head, after a preposition, Geox) and abbreviations."""
        R, M, gaz = self.R, self.R.morph, self.R.gaz
        i = 0
        while i < len(toks):
            t = toks[i]
            if used[i] or not t.word or not t.cap or t.text.lower() in R.not_names:
                i += 1
                continue
            hit_n = 0
            for n in range(min(gaz.maxlen, len(toks) - i), 0, -1):
                span = toks[i:i + n]
                if all(x.word and not used[i + k] for k, x in enumerate(span)):
                    hit = gaz.lookup([self._strip_possessive(x.text) for x in span])
                    if hit and self._currency_next_to(toks, i, i + n):
                        hit_n = n  # "620 млн долараў ЗША", "US dollars": a currency, not a place of the story
                        break
                    if hit:
                        if not (t.initial and n == 1 and M.analyzer and M.parse(t.text)
                                and "Geox" not in M.top_tags(t.text) and self.R.key(t.text) != self.R.key(hit)):
                            self.add("place", hit, si, t.start, span[-1].end)
                            hit_n = n
                        break
            if not hit_n and i + 1 < len(toks) and toks[i + 1].word and not t.abbr:
                hg = gaz.head_gender(toks[i + 1].text)
                if hg and t.text.lower() in R.demonyms:
                    hg = None  # "the Afghan city of Mazar-i-Sharif": a description, the name follows
                if hg:
                    name = self._adj_place(t.text, toks[i + 1].text, *hg)
                    self.add("place", name, si, t.start, toks[i + 1].end)
                    hit_n = 2
            if not hit_n and R.place_preps and i > 0 and not t.initial \
                    and (toks[i - 1].text.lower() in R.place_preps or self._hometown(toks, i)):
                j = i
                while j < len(toks) and toks[j].word and toks[j].cap and not used[j] \
                        and toks[j].text.lower() not in R.not_names | R.month_words | R.demonyms \
                        and not (j > i and toks[j].abbr):
                    j += 1
                    if self._strip_possessive(toks[j - 1].text) != toks[j - 1].text:
                        break
                words = [self._strip_possessive(x.text) for x in toks[i:j]]
                nxt = toks[j] if j < len(toks) else None
                # "in Taliban raid": a name before a common noun modifies it; a place ends its phrase
                modifier = nxt is not None and nxt.word and not nxt.cap and not nxt.text[0].isdigit() \
                    and nxt.text.lower() not in R.stopwords and nxt.text.lower() not in R.connectors \
                    and not nxt.text.lower().endswith(R.adj_suffixes)  # "in Kabul provincial hospital"
                if words and not modifier and not any(R.is_noun(w, R.heads) or R.is_noun(w, R.markers)
                                                      for w in words):
                    self.add("place", " ".join(words), si, t.start, toks[j - 1].end)
                    hit_n = j - i
            if not hit_n and t.abbr:
                shouted = len(t.text) >= 5 and (t.text.lower() in self.forms or t.text.capitalize() in self.forms)
                # "MORE GREAT STORIES": a run of long upper-case words is a shouted heading, not abbreviations
                shouted = shouted or (len(t.text) >= 4 and any(
                    0 <= x < len(toks) and toks[x].abbr and len(toks[x].text) >= 4 for x in (i - 1, i + 1)))
                name = inflected_abbr(t.text) or t.text  # "МИДа": an abbreviation with a case ending
                if name.lower() not in R.not_names and name not in R.legal and not ROMAN.fullmatch(name) \
                        and not shouted:
                    self.add("organization", name, si, t.start, t.end)
                hit_n = 1
            if not hit_n and M.analyzer and not t.initial:
                top = M.top_tags(t.text)
                if "Geox" in top and not {"Name", "Surn"} & top:
                    got = M.nominative(t.text, "Geox")
                    if got:
                        self.add("place", got[0], si, t.start, t.end)
                        hit_n = 1
                elif "Orgn" in top:
                    got = M.nominative(t.text, "Orgn")
                    if got:
                        self.add("organization", got[0], si, t.start, t.end)
                        hit_n = 1
            for x in range(i, i + hit_n):
                used[x] = True
            i += hit_n or 1

    def _hometown(self, toks, i) -> bool:
        """"Donald Collett, 62, of Croydon", "Andy Nias, from Croydon": a name after an origin preposition in an
        apposition to a person (with the age at most between) is where the person comes from, a place."""
        if i < 3 or toks[i - 1].text.lower() not in self.R.origin_preps or toks[i - 2].text != ",":
            return False
        k = i - 3
        if toks[k].text.isdigit() and k >= 2 and toks[k - 1].text == ",":
            k -= 2
        return k in self.person_toks

    def _currency_next_to(self, toks, i, j) -> bool:
        R = self.R
        if not R.currency:
            return False
        near = [toks[x].text for x in (i - 1, j) if 0 <= x < len(toks) and toks[x].word]
        return any(R.is_noun(w, R.currency) for w in near)

    def _adj_place(self, adj: str, head: str, head_base: str, gender: str) -> str:
        M = self.R.morph
        if M.analyzer:
            q = next((q for q in M.parse(adj) if "ADJF" in q.tag), None)
            g = {"m": "masc", "f": "femn", "n": "neut"}.get(gender, "masc")
            inf = q.inflect({"nomn", g, "sing"}) if q else None
            return f"{M.match_case(inf.word, adj) if inf else adj} {head_base}"
        if head.lower() == head_base:
            return f"{adj} {head}"
        base = M._rule_base(adj, f"adjective_{gender}") if gender in "mfn" else adj
        return f"{base} {M.match_case(head_base, head)}"
