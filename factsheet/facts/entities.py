"""People (with roles), organisations and places, found by rules the language pack supplies as data.

Passes over each sentence, most certain first, each claiming its tokens: organisations named in quotes after a
marker (АТ "…", завод "…"), web sites and names in another script (Red Bull in Russian text), persons (a given
name, a surname-shaped word or a title in a capitalised run; the role is the phrase before the name up to a
clause break, or an appositive after it), organisation phrases (a head such as Парк/Министерство/Ministry and
its genitive words), and places (the gazetteer, adjective + place head, the analyser's Geox tag, a capitalised
name after a locative preposition) and abbreviations. Single capitalised words left over are resolved at the
end against what the whole document named (surname-only mentions, inflected organisation names), and an
abbreviation merges into the organisation whose initials it is (ПВТ -> Парк высокіх тэхналогій).

A pair of unknown capitalised words is still a person when a title stands before it or a speech verb next to it
(foreign names: "дырэктар ТАА "Агра-Полска" Марэк Навак"). Ranking (who's main actor first, places where the
story happens first) lives in ranking.py, the unnamed lead subject ("Several people died") in subject.py. A
country in a currency phrase ("долараў ЗША") is no place; a name after an origin preposition in an apposition
to a person ("John Smith, 30, from Leeds") is one; a capitalised run ending in a weekday ("Remembrance Sunday")
is an event, not a person.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from ..model import Person, Place
from .names import Morph, match_case
from .places import Gazetteer, key
from . import subject

TOKEN = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*|\d+(?:-[^\W\d_]+)?|\S")
QUOTE_CHARS = "«»„“”\""
DOMAIN = re.compile(r"\b[\w-]+(?:\.[\w-]+)*\.(?:ru|by|com|org|net|ua|kz|info|io)\b", re.I)
ROMAN = re.compile(r"[IVXLCDM]+")
INFLECTED_ABBR = re.compile(r"([^\W\d_a-zа-яёіў]{2,})([a-zа-яёіў]{1,2})")
BREAKS = set(",;:()—–-.!?…")


@dataclass
class Mention:
    """One occurrence of an entity in a sentence: character span, the base-form name and its kind."""

    sentence: int
    start: int
    end: int
    name: str
    kind: str  # "person" | "organization" | "place"


@dataclass
class Entities:
    who: list[Person] = field(default_factory=list)
    where: list[Place] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)  # document order
    # the unnamed person subject of the lead ("Several people"), also who[0]: no named entity
    subject: Person | None = None

    def in_sentence(self, index: int, kind: str | None = None) -> list[Mention]:
        return [m for m in self.mentions if m.sentence == index and (kind is None or m.kind == kind)]


@dataclass
class Tok:
    text: str
    start: int
    end: int
    initial: bool = False

    @property
    def word(self) -> bool:
        return self.text[0].isalnum()

    @property
    def cap(self) -> bool:
        return self.text[0].isupper()

    @property
    def abbr(self) -> bool:
        letters = [c for c in self.text if c.isalpha()]
        return len(letters) >= 2 and (all(c.isupper() for c in letters) or bool(INFLECTED_ABBR.fullmatch(self.text)))


class Resources:
    """Everything one pack contributes to entity extraction, built once per pack."""

    def __init__(self, pack):
        cfg = pack.table("entities")
        self.morph = Morph(pack)
        self.gaz = Gazetteer(pack, self.morph)
        self.roles = [tuple(r.lower().split()) for r in pack.lines("roles")]
        self.titles = pack.words("titles")
        self.role_prefixes = tuple(sorted(cfg.get("role_prefixes", ()), key=len, reverse=True))
        markers = pack.lines("org_markers")
        self.legal = {m for m in markers if m.isupper()}
        self.markers = [m.lower() for m in markers if not m.isupper()]
        self.heads = [h.lower() for h in pack.lines("org_heads")]
        self.not_names = pack.words("not_names")
        self.not_person = pack.words("not_person_words")
        self.demonyms = pack.words("demonyms")
        self.stopwords = pack.words("stopwords")
        self.currency = [c.lower() for c in pack.lines("currencies")]  # "долараў ЗША": no place of the story
        self.place_preps = set(cfg.get("place_prepositions", ()))
        self.origin_preps = set(cfg.get("origin_prepositions", ()))
        self.locative = {w.lower() for w in cfg.get("locative_prepositions", ())}
        self.adj_suffixes = tuple(cfg.get("adjective_suffixes", ())) or ("\0",)
        self.confirm_persons = bool(cfg.get("confirm_unknown_persons", False))
        self.frequent_orgs = int(cfg.get("frequent_single_names_are_orgs", 0))
        self.place_first_weight = float(cfg.get("place_first_mention_weight", 1.0))
        self.bare_head_org = bool(cfg.get("bare_head_is_org", False))
        self.rank_mixed = bool(cfg.get("rank_people_and_orgs_together", False))
        self.lead_weight = float(cfg.get("lead_actor_weight", 3.0))
        self.connectors = set(cfg.get("connectors", ()))
        self.clause_breaks = set(cfg.get("clause_breaks", ()))
        self.cfg_adj = tuple(cfg.get("adjective_endings", ()))
        self.articles = set(cfg.get("articles", ()))
        self.speech = tuple(cfg.get("speech_cues", ()))
        self.genitive = tuple(cfg.get("genitive_endings", ()))
        self.possessive = tuple(sorted(cfg.get("possessive", ()), key=len, reverse=True))
        self.subject = subject.rules(pack)
        self.media_heads = sorted(self.subject.media)  # one list object: is_noun caches by its id
        self.weekday_words = {w.lower() for forms in pack.table("dates").get("weekdays", {}).values() for w in forms}
        self.month_words = {w.lower() for forms in pack.table("months").get("months", {}).values() for w in forms}
        self._noun_cache: dict = {}
        self._role_cache: dict = {}
        pat = cfg.get("foreign_org_pattern")
        self.foreign = re.compile(pat) if pat else None

    def is_noun(self, word: str, bases: list[str]) -> bool:
        for p in self.possessive:
            if word.endswith(p) and len(word) > len(p) + 1:
                word = word[: -len(p)]
                break
        k = (word, id(bases))
        if k not in self._noun_cache:
            self._noun_cache[k] = any(self.morph.matches(word, b) for b in bases if " " not in b)
        return self._noun_cache[k]

    def role_len(self, words: list[str]) -> int:
        """Number of leading words of ``words`` that form a role title (0 if none)."""
        best = 0
        if not words:
            return 0
        low = words[0].lower()
        for p in self.role_prefixes:  # "экс-премьер", "Замглавы", "ex-minister": a prefix on a known title
            if low.startswith(p) and len(low) > len(p) + 2 and low[len(p):] != low:
                rest = words[0][len(p):].lstrip("-")
                if self.role_len([rest] + list(words[1:2])):
                    words = [rest] + list(words[1:])
                    break
        first = self._role_lemmas(words[0])
        for role in self.roles:
            if role[0].replace("ё", "е") not in first:
                continue
            n = len(role)
            if n <= len(words) and n > best:
                if all(self.morph.matches(w, r) for w, r in zip(words[1:n], role[1:])):
                    best = n
        return best

    def _role_lemmas(self, word: str) -> frozenset:
        """Base forms a title word may have: every noun reading counts ("премьера" is also "премьер")."""
        if word not in self._role_cache:
            out = set(self.morph.lemmas(word)) | {word.lower().replace("ё", "е")}
            out |= {p.normal_form.replace("ё", "е") for p in self.morph.parse(word.lower())[:4] if p.tag.POS == "NOUN"}
            self._role_cache[word] = frozenset(out)
        return self._role_cache[word]

    def genitive_like(self, word: str) -> bool:
        if self.morph.analyzer:
            ps = self.morph.parse(word.lower())[:3]
            return bool(ps) and ps[0].tag.POS in ("NOUN", "ADJF", "PRTF") and any(p.tag.case == "gent" for p in ps)
        return word.lower().endswith(self.genitive) if self.genitive else False


@cache
def resources(pack) -> Resources:
    return Resources(pack)


def tokenize(sentence: str) -> list[Tok]:
    toks = [Tok(m.group(), m.start(), m.end()) for m in TOKEN.finditer(sentence)]
    prev = None
    for k, t in enumerate(toks):  # first word of the sentence or of a quotation is capitalised anyway
        if t.word:
            # an opening quote touches its first word; after a closing quote ("Балттэх" Янас) a name goes on
            t.initial = prev is None or (prev.text in QUOTE_CHARS and prev.end == t.start) or prev.text in ".!?:—–-…"
            if prev is not None and prev.text == "." and len(toks[k - 2].text if k >= 2 else "") == 1 \
                    and toks[k - 2].text.isupper():
                t.initial = False  # "Ё. Хатояма": after an initial, not a sentence start
        prev = t
    return toks


def quote_close(text: str, p: int) -> int | None:
    """Index of the quote closing the one opened at ``p``; straight quotes nest by what stands around them."""
    if text[p] == "«":
        depth = 0
        for j in range(p, len(text)):
            depth += (text[j] == "«") - (text[j] == "»")
            if depth == 0:
                return j
        return None
    depth, collapsed = 1, None
    for j in range(p + 1, len(text)):
        c = text[j]
        if c in "\"“”„":
            opening = (text[j - 1].isspace() or text[j - 1] in "(«„") and j + 1 < len(text) and text[j + 1].isalnum()
            depth += 1 if opening else -1
            if depth == 0:
                return j
            if depth == 1 and not opening and collapsed is None:
                collapsed = j
    # nested straight quotes often share one closing mark: АТ "Група кампаній "Алюр" Андрэй …
    return collapsed


@dataclass
class _Ent:
    kind: str
    name: str
    key: str
    role: str | None = None
    sentences: list[int] = field(default_factory=list)
    count: int = 0
    quoted: bool = False
    parts: set = field(default_factory=set)  # lower-case name words (persons), initials (organisations)
    confirmed: bool = False  # a person with a known given name, a title or a role
    located: list = field(default_factory=list)  # sentences where a locative preposition governs the place


class _Doc:
    def __init__(self, sentences: list[str], pack):
        self.R = resources(pack)
        self.sentences = sentences
        self.ents: dict[tuple[str, str], _Ent] = {}
        self.mentions: list[tuple[Mention, _Ent]] = []
        self.leftovers: list[tuple[int, Tok, bool, list[Tok], int]] = []
        self.quoted_left: list[tuple[int, int, int, str]] = []
        self._role_head: str | None = None
        # every word form the document uses: a capitalised word also written in lower case elsewhere ("Share",
        # "CHOCOLATE") is a common word at a sentence start or in a shouted heading, not a name
        # the word a headline opens with ("Taliban attacks …") is its subject: it counts as one more mention of
        # a frequent single name (set by extract_entities when a headline is given)
        self.headline_opener: str | None = None
        self.forms = {w for x in sentences for w in TOKEN.findall(x) if w[:1].isalpha()}

    # --- bookkeeping -----------------------------------------------------------------------------------------
    def add(self, kind: str, name: str, si: int, start: int, end: int, k: str | None = None) -> _Ent:
        k = k or key(name)
        ent = self.ents.get((kind, k))
        if ent is None:
            ent = self.ents[(kind, k)] = _Ent(kind, name, k)
        elif kind == "person" and len(name.split()) > len(ent.name.split()):
            ent.name = name
        ent.count += 1
        if si not in ent.sentences:
            ent.sentences.append(si)
        if kind == "place" and self._located(si, start):
            ent.located.append(si)
        if kind == "person" and any(w.lower().startswith(self.R.speech) for w in TOKEN.findall(self.sentences[si])):
            ent.quoted = True
        self.mentions.append((Mention(si, start, end, name, kind), ent))
        return ent

    def _located(self, si: int, start: int) -> bool:
        """Does a locative preposition govern the place at ``start`` ("in Croydon", "at the White House", "у Мінску")?
        A bare mention ("US President", "Chicago Cubs") names an origin or a name part, not where the story is."""
        words = TOKEN.findall(self.sentences[si][:start])[-4:]
        for w in reversed(words):
            if w.lower() in self.R.locative:
                return True
            if not w[0].isalpha() or w[0].isupper():
                return False
        return False

    # --- passes ----------------------------------------------------------------------------------------------
    def run(self) -> None:
        for si, s in enumerate(self.sentences):
            toks = tokenize(s)
            used = [False] * len(toks)
            self.person_toks: set[int] = set()
            self.quoted_orgs(si, s, toks, used)
            self.foreign_orgs(si, s, toks, used)
            self.persons(si, s, toks, used)
            self.org_phrases(si, s, toks, used)
            self.places_and_abbrs(si, s, toks, used)
            for i, t in enumerate(toks):
                if t.word and t.cap and not used[i] and not t.abbr:
                    role_before = i > 0 and self.R.role_len([toks[i - 1].text]) > 0
                    # "Ё. Хатояма", "N. Kan": a capitalised word after an initial is a surname (not "U.S. Army")
                    initialled = i >= 2 and toks[i - 1].text == "." and len(toks[i - 2].text) == 1 \
                        and toks[i - 2].cap and not (i >= 3 and toks[i - 3].text == ".") \
                        and not self.R.is_noun(t.text, self.R.heads) and not self.R.gaz.lookup([t.text])
                    role_before = role_before or ("initial" if initialled else False)
                    self.leftovers.append((si, t, role_before, toks, i))
        self.resolve_leftovers()

    def quoted_orgs(self, si, s, toks, used):
        """АТ "Група кампаній "Алюр"", завода "Амкадор": a marker, then a quoted name."""
        by_start = {t.start: i for i, t in enumerate(toks)}
        i = 0
        while i < len(toks):
            t = toks[i]
            if t.text in QUOTE_CHARS and t.text not in "»”":
                close = quote_close(s, t.start)
                if close is not None:
                    inner = s[t.start + 1:close].strip()
                    if inner.count('"') % 2:
                        inner += '"'
                    j = by_start.get(close, len(toks) - 1)
                    if inner[:1].isupper() or inner[:1].isdigit():
                        if len(inner.split()) <= 8:
                            marked = self._marker_before(toks, i, used)
                            b = i - 1
                            if b >= 0 and toks[b].abbr and toks[b].text not in self.R.legal and not used[b] \
                                    and not self.R.is_noun(toks[b].text, self.R.markers) \
                                    and toks[b].end == t.start - 1:
                                # "РИА «Новости»": an abbreviation before a quoted name is part of it
                                name = f"{toks[b].text} {inner}"
                                ent = self.add("organization", name, si, toks[b].start, close)
                                ent.parts.add(_initials(name.replace('"', " ").split(), self.R))
                                used[b] = True
                            elif marked:
                                ent = self.add("organization", inner, si, t.start + 1, close)
                                ent.parts.add(_initials(inner.replace('"', " ").split(), self.R))
                            else:
                                self.quoted_left.append((si, t.start + 1, close, inner))
                            for x in range(i, j + 1):
                                used[x] = True
                    i = j + 1
                    continue
            i += 1

    def foreign_orgs(self, si, s, toks, used):
        """Web sites and capitalised names in another script (Facebook, Red Bull) name organisations."""
        pat = self.R.foreign
        if pat is None:
            return
        for m in DOMAIN.finditer(s):
            hit = [i for i, t in enumerate(toks) if t.start < m.end() and t.end > m.start()]
            if hit and not any(used[i] for i in hit):
                self.add("organization", m.group(), si, m.start(), m.end())
                for i in hit:
                    used[i] = True
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
            if not (j - i == 1 and ROMAN.fullmatch(t.text)) and t.text.lower() not in self.R.not_names:
                self.add("organization", s[t.start:toks[j - 1].end], si, t.start, toks[j - 1].end)
            for x in range(i, j):
                used[x] = True
            i = j

    def _marker_before(self, toks, i, used) -> bool:
        for j in (i - 1, i - 2):
            if j >= 0 and toks[j].word:
                w = toks[j].text
                if w in self.R.legal or self.R.is_noun(w, self.R.markers) or self.R.is_noun(w, self.R.heads):
                    return True
        return False

    def _cap_runs(self, toks, used):
        run: list[int] = []
        for i, t in enumerate(toks):
            if t.word and t.cap and not used[i] and not (t.abbr and len(t.text) > 1):
                run.append(i)
                continue
            if run:
                yield run
            run = []
        if run:
            yield run

    def persons(self, si, s, toks, used):
        R, M = self.R, self.R.morph
        for run in self._cap_runs(toks, used):
            words = [self._strip_possessive(toks[i].text) for i in run]
            # titles and role words ("President", "Mr", "Старшыня") are not part of the name: the name starts
            # after the last of them, the role at the first of their final chunk
            lead, role_start, k = 0, None, 0
            while k < len(words):
                n = R.role_len(words[k:])
                if n or words[k].lower().rstrip(".") in R.titles:
                    if lead != k or role_start is None:
                        role_start = run[k] if n else role_start
                    lead = k = k + (n or 1)
                else:
                    k += 1
            if lead == len(words):
                continue
            before = run[0] - 1
            if R.confirm_persons and not lead and before >= 0 and toks[before].text.lower() in R.place_preps \
                    and not M.first_name(words[0]):
                continue  # "at Progressive Field": without a given name, a name after "at"/"in" is a place
            after = run[-1] + 1
            if after < len(toks) and toks[after].word and R.gaz.head_gender(toks[after].text):
                continue  # "Гродзенскай вобласці": an adjective of a place name
            if after < len(toks) and toks[after].word and not toks[after].cap and R.is_noun(toks[after].text, R.heads):
                continue  # "British Transport police": the run opens an organisation name
            span = self._name_span(words, lead, toks[run[0]].initial)
            name = None
            if span is not None:
                a, b = span
                name = self._person_name(words[a:b], toks[run[a]].initial and a == 0, a > 0 and lead > 0 and a == lead)
            anchored = False
            if not name:
                got = self._anchored_name(s, toks, used, run, words, lead, role_start)
                if not got:
                    continue
                (a, b), name = got
                anchored = True
            if b < len(words) and words[b].lower() in R.weekday_words | R.month_words:
                continue  # "Remembrance Sunday", "Easter Monday": a capitalised run ending in a day names an event
            if all(R.is_noun(w, R.heads) or R.role_len([w]) or any(w.lower() == n[0] for n in R.subject.nouns)
                   for w in words[a:b]):
                continue  # "Emergency Services", "Passengers": common nouns of the pack's lists are no name
            idx, words = run[a:b], words[a:b]
            full, k = name
            if any(w.lower() in R.not_person for w in words):
                continue
            ent = self.add("person", full, si, toks[idx[0]].start, toks[idx[-1]].end, k)
            if M.first_name(words[0]) or lead or anchored:
                ent.confirmed = True
            ent.parts |= {key(w) for w in full.split()}
            for x in range(idx[0], idx[-1] + 1):
                used[x] = True
                self.person_toks.add(x)
            if lead:
                for x in range(run[0], run[0] + lead):
                    used[x] = True
            if ent.role is None or " " not in ent.role:  # a bare title gives way to a fuller one
                ent.role = _fuller(ent.role, self._role(s, toks, used, idx, role_start))

    def _anchored_name(self, s, toks, used, run, words, lead, role_start):
        """A pair of unknown capitalised words is a name when a role stands before it or a speech verb follows:
        "Генеральны дырэктар ТАА "Агра-Полска" Марэк Навак адзначыў", "посол Японии Масахару Коно" - names
        from outside the given-name list (foreign names) in every pack. Returns ((a, b), (name, key)) or None."""
        R, M = self.R, self.R.morph
        titled = lead > 0  # a title inside the capitalised run ("Посол Японии ...")
        while len(words) - lead > 2 and self._placeish(words[lead]):
            lead += 1  # "Посол Японии в России Масахару Коно"
        cand, idx = words[lead:], run[lead:]
        if not 2 <= len(cand) <= 3:
            return None
        for w in cand:
            low = w.lower()
            if len(w) < 2 or w.isupper() or low in R.not_names or low in R.not_person or low in R.month_words \
                    or low in R.demonyms or R.role_len([w]) or R.is_noun(w, R.heads) or R.is_noun(w, R.markers) \
                    or R.gaz.lookup([w]) or R.is_noun(w, R.currency):
                return None
        if any(R.gaz.lookup(cand[x:x + 2]) for x in range(len(cand) - 1)):
            return None  # "United States", "New York"
        # one name word may also be a dictionary word ("Йохен Шарф", "Хван Чжан Еп") when the others are unknown
        if sum(self._plain_word(w) for w in cand) > (1 if len(cand) > 1 else 0):
            return None
        after = idx[-1] + 1
        # anchors that also say the name is in base form: a speech verb after or before it ("…", - адзначыў
        # Ганс Штраух), or the person's country in brackets, as in rosters ("Тору Камикава (Япония)")
        before = idx[0] - 1
        nominal = (after < len(toks) and toks[after].word and toks[after].text.lower().startswith(R.speech)) \
            or (before >= 0 and toks[before].word and toks[before].text.lower().startswith(R.speech)) \
            or (after + 1 < len(toks) and toks[after].text == "(" and toks[after + 1].word
                and bool(R.gaz.lookup([toks[after + 1].text])))
        self._role_head = None
        role = titled or self._role(s, toks, used, idx, None) is not None
        if not (nominal or role):
            return None
        if toks[idx[0]].initial and not nominal:
            return None
        head = toks[role_start].text if titled and role_start is not None else self._role_head
        nominative = nominal or head is None or any(head.lower() == r[0] for r in R.roles)
        if nominative:
            full = " ".join(cand)
        elif M.analyzer:
            full = M.agree_name(cand)
            case = self._role_case(head)
            if full == " ".join(cand) and case:  # unknown names take the case of the title before them
                full = " ".join(self._nominative_as(w, case) for w in cand)
        else:
            full = " ".join(M.surname(w, None, False) for w in cand)
        return (lead, len(words)), (full, key(full.split()[-1]))

    def _role_case(self, head: str) -> str | None:
        """Grammatical case of a title word ("Экс-премьера" -> gent), read by the analyser."""
        R = self.R
        for p in R.role_prefixes:
            if head.lower().startswith(p) and len(head) > len(p) + 2:
                head = head[len(p):]
                break
        bases = {r[0] for r in R.roles}
        for q in R.morph.parse(head.lower()):
            if q.tag.POS == "NOUN" and q.normal_form.replace("ё", "е") in bases and q.tag.case != "nomn":
                return q.tag.case
        return None

    def _nominative_as(self, word: str, case: str) -> str:
        for q in self.R.morph.parse(word):
            if q.tag.POS == "NOUN" and q.tag.case == case and q.tag.number != "plur":
                inf = q.inflect({"nomn", "sing"})
                return match_case(inf.word if inf else q.normal_form, word)
        return word

    def _placeish(self, word: str) -> bool:
        M = self.R.morph
        return bool(self.R.gaz.lookup([word])) or (bool(M.analyzer) and "Geox" in M.top_tags(word))

    def _plain_word(self, word: str) -> bool:
        """A dictionary word that is no name part ("Сегодня", "Русской"): it cannot be inside a person's name."""
        M = self.R.morph
        if word.lower() in self.R.not_names or word.lower() in self.R.month_words:
            return True
        if not M.analyzer or word.lower() in M.first_names:
            return False
        ps = M.parse(word)
        return bool(ps) and ps[0].is_known and not M.tags(word, 0.05) & {"Name", "Surn", "Patr", "Geox", "Orgn"}

    def _name_span(self, words: list[str], lead: int, initial: bool) -> tuple[int, int] | None:
        """Which words of a capitalised run make the name: from a given name on, or the surname-shaped pair."""
        R, M = self.R, self.R.morph
        n = len(words)
        for k in range(lead, n):
            w = words[k]
            if k == lead and initial and lead == 0 and self._plain_word(w):
                continue
            if M.first_name(w) and not self._plain_word(w) and not (k == 0 and initial and R.gaz.lookup([w])):
                end = k + 1
                if end < n and not R.gaz.lookup([words[end]]) and words[end].lower() not in R.not_names:
                    end += 1  # the word right after a given name is its surname even if it is also a noun
                # without name morphology a third word joins only after a second given name or an initial
                # ("Sarah Jessica Parker", "John F Kennedy"), not "Kimi Raikkonen Ferrari"
                loose = M.analyzer or M.surname_endings
                while end < n and end - k < 4 and not self._plain_word(words[end]) \
                        and (loose or M.first_name(words[end - 1]) or len(words[end - 1]) == 1) \
                        and not (end - k >= 2 and M.first_name(words[end])) \
                        and not (R.gaz.lookup([words[end]]) and not M.surname_like(words[end])):
                    end += 1
                return k, end
        # no given name: a surname-shaped last word with the word before it, or a titled single word
        start = lead
        if initial and start == 0 and not M.analyzer:
            start = 1  # without a dictionary, a sentence's capitalised first word may be any word
        while start < n and (self._plain_word(words[start]) or (n - start > 2 and self._placeish(words[start]))):
            start += 1  # "от штата Аризона Гэбриэль Гиффордс": a place before the name is not part of it
        while n > start and self._plain_word(words[n - 1]):
            n -= 1
        if start >= n:
            return None
        if n - start >= 2:
            # with a dictionary every remaining word is a name part ("Реджеп Тайип Эрдоган")
            return (max(start, n - 3) if M.analyzer else n - 2), n
        if lead and start == lead:
            return start, start + 1
        return None

    def _strip_possessive(self, word: str) -> str:
        for p in self.R.possessive:
            if word.endswith(p) and len(word) > len(p) + 1:
                return word[: -len(p)]
        return word

    def _person_name(self, words, initial, titled):
        """(base-form full name, key) when the capitalised words name a person, else None."""
        R, M = self.R, self.R.morph
        if len(words) == 1:
            if titled and not self.R.gaz.lookup(words):
                base = M.surname(words[0], None, None)
                return base, key(base)
            return None
        if any(R.is_noun(w, R.heads) or R.is_noun(w, R.markers) for w in words if w.lower() not in M.first_names):
            return None  # "Acme Holdings Inc", "Парк ..." name organisations
        if any(R.role_len([w]) for w in words if w.lower() not in M.first_names):
            return None
        first = M.first_name(words[0])
        last = words[-1]
        gaz = R.gaz
        if first is not None and M.analyzer:
            ps = M.parse(words[1])
            if len(words) == 2 and "Patr" in M.top_tags(words[1]) and ps[0].is_known:  # "Наина Иосифовна"
                return first[0], key(first[0])
            full = M.agree_name(words)
            return full, key(full.split()[-1])
        if first is None:
            # a pack with neither a dictionary nor surname endings (English) lets any inner capitalised pair through
            any_pair = not M.analyzer and not M.surname_endings and not initial
            if any_pair and (words[0].lower() in self.forms or words[0].lower() in R.stopwords):
                return None  # "Share Toblerone", "Like Marmite": a common word, not a given name
            if not M.surname_like(last) and not any_pair:
                return None
            if gaz.lookup(words[:1]) or gaz.lookup(words) or any(w.lower() in R.not_names for w in words):
                return None
            if any(w.lower() in R.not_person for w in words):
                return None
            if M.analyzer and {"Geox", "Orgn"} & M.top_tags(words[0]) and "Surn" not in M.top_tags(last):
                return None
            if M.analyzer:
                full = M.agree_name(words)
                return full, key(full.split()[-1])
            first = (words[0], None, None)
        fbase, gender, nominative = first  # rules only from here: the analyser branches returned above
        middle = [w if nominative else M.surname(w, gender, nominative) for w in words[1:-1]]
        lbase = M.surname(last, gender, nominative)
        full = " ".join([fbase, *middle, lbase])
        return full, key(lbase)

    def _role(self, s, toks, used, idx, role_start):
        """Role phrase before the name (up to a break) or an appositive after it (", the mayor of X,")."""
        R = self.R
        start = role_start
        if start is None:
            words, j, between_ok = 0, idx[0] - 1, True
            while j >= 0 and words < 7:
                t = toks[j]
                if t.text == "." and j > 0 and len(toks[j - 1].text) == 1 and toks[j - 1].cap:
                    j -= 2  # an initial of the name: "премьер-министр Японии Н. Кан"
                    continue
                if t.text == ")" and j >= 2 and toks[j - 2].text == "(" and toks[j - 1].abbr:
                    j -= 3  # an abbreviation in brackets: "лидер Национального фронта (FN) Марин Ле Пен"
                    continue
                if (t.text in BREAKS and t.text not in QUOTE_CHARS) or j in self.person_toks \
                        or t.text.lower() in R.clause_breaks:
                    break
                if t.word:
                    words += 1
                    nxt = [t.text, toks[j + 1].text] if j + 1 < len(toks) else []
                    if R.role_len([t.text]) or R.role_len(nxt):
                        if start is None or between_ok:
                            start, between_ok = j, True
                            j -= 1
                            continue
                    # a role reaches further left only across the genitive words of one phrase
                    if start is not None and not (t.cap or t.text in R.legal or R.genitive_like(t.text)):
                        between_ok = False
                j -= 1
            if start is not None and not (R.morph.analyzer or R.genitive) and not self._tight(toks, start, idx[0]):
                start = None  # "a player appeared with Hillary Clinton": a verb stands between title and name
        if start is not None:
            head = start
            self._role_head = toks[head].text
            while start > 0 and head - start < 2 and toks[start - 1].word and self._adjective(toks[start - 1].text):
                start -= 1  # "французский президент", "новы кіраўнік"
            role = self._base_role(s[toks[head].start:toks[idx[0]].start].strip(" ,"), toks[head].text)
            if start == head:
                return role
            adjs = [t.text for t in toks[start:head]]
            if role.split()[0] != toks[head].text:  # the head was inflected: so are its adjectives
                if not self.R.morph.analyzer:
                    return role
                adjs = [self._nominative_adj(a, toks[head].text) for a in adjs]
            return " ".join(adjs + [role])
        # an appositive: "X, the mayor of Y," or, past one descriptive phrase, "X, известного борца, члена Y"
        j = idx[-1] + 1
        for _ in range(2):
            if not (j + 1 < len(toks) and toks[j].text == ","):
                break
            k = j + 1
            if toks[k].text.lower() in R.articles:
                k += 1
            end = k
            while end < len(toks) and toks[end].text not in BREAKS - {"-"}:
                end += 1
            ahead = [t.text for t in toks[k:k + 3] if t.word]
            for x in range(len(ahead)):
                if R.role_len(ahead[x:]):
                    if end - k <= 12 and end > k:
                        text = s[toks[k].start:toks[end - 1].end].strip()
                        return self._base_role(text, toks[k].text) if x == 0 else text
                    break
            if end - k > 4:
                break  # only a short descriptive phrase may stand between the name and its title
            j = end
        return None

    def _tight(self, toks, a: int, b: int) -> bool:
        """Without case endings to follow, a title joins a name only across title words, capitalised words,
        connectors, articles and place heads ("Minister of Health", "police chief of Balkh province")."""
        R = self.R
        for t in toks[a:b]:
            low = t.text.lower()
            if t.word and not (t.cap or t.text[0].isdigit() or low in R.connectors or low in R.articles
                               or R.role_len([t.text]) or R.gaz.head_gender(t.text)):
                return False
        return True

    def _nominative_adj(self, adj: str, noun: str) -> str:
        M = self.R.morph
        p = next((p for p in M.parse(noun) if p.tag.POS == "NOUN"), None)
        q = next((q for q in M.parse(adj) if q.tag.POS in ("ADJF", "PRTF")), None)
        inf = q.inflect({"nomn", "sing", p.tag.gender or "masc"}) if p is not None and q is not None else None
        return match_case(inf.word, adj) if inf else adj

    def _base_role(self, text: str, head: str) -> str:
        """Put the role's head word back in base form ("мэра Мінска" -> "мэр Мінска", "Экс-премьера" -> "Экс-премьер")."""
        for p in self.R.role_prefixes:  # only a hyphenated prefix leaves the title inflected ("замглавы" is fixed)
            if p.endswith("-") and head.lower().startswith(p) and len(head) > len(p) + 2:
                based = self._base_role(text[len(p):], head[len(p):])
                return head[:len(p)] + based
        if not text.lower().startswith(head.lower()):
            return text
        for role in self.R.roles:
            if len(role) == 1 and head.lower().replace("ё", "е") != role[0].replace("ё", "е") \
                    and role[0].replace("ё", "е") in self.R._role_lemmas(head):
                return match_case(role[0], head) + text[len(head):]
        return text

    def org_phrases(self, si, s, toks, used):
        """Парк высокіх тэхналогій, Министерство экономики Беларуси, правительство Китая, Bank of England."""
        R = self.R
        heads = R.heads
        i = 0
        while i < len(toks):
            t = toks[i]
            if not used[i] and t.text in R.legal and i + 1 < len(toks) and toks[i + 1].word and toks[i + 1].cap:
                j = i + 1  # ООО Ромашка, LLC-less legal form before a bare name
                while j < len(toks) and j - i <= 4 and toks[j].word and toks[j].cap and not used[j]:
                    j += 1
                name = s[toks[i + 1].start:toks[j - 1].end]
                self.add("organization", name, si, toks[i + 1].start, toks[j - 1].end)
                for x in range(i, j):
                    used[x] = True
                i = j
                continue
            if used[i] or not t.word or (t.abbr and t.text.lower() not in heads):
                i += 1
                continue
            start = head = None
            if t.cap and R.is_noun(t.text, heads):
                start = head = i
            elif t.cap and not t.initial and i + 1 < len(toks) and toks[i + 1].word and not toks[i + 1].cap \
                    and R.is_noun(toks[i + 1].text, heads) and self._modifier(t.text):
                start, head = i, i + 1  # "Государственная дума", "British Transport police"
            elif not t.cap and R.is_noun(t.text, heads) and i + 1 < len(toks) and not used[i + 1] \
                    and toks[i + 1].word and toks[i + 1].cap and R.gaz.lookup([toks[i + 1].text]):
                start = head = i
            elif not t.cap and i >= 2 and R.is_noun(t.text, heads) and self._capitalised_adjectives_before(toks, used, i):
                start = head = i  # "в Федеральной налоговой службе"
            if start is None:
                i += 1
                continue
            while start > 0 and toks[start - 1].word and toks[start - 1].cap and not used[start - 1] \
                    and self._modifier(toks[start - 1].text):
                start -= 1
            # "Федеральной миграционной службы": lower-case adjectives belong to the name when a capitalised
            # one opens the phrase
            j = start
            while j > 0 and start - j < 3 and toks[j - 1].word and not used[j - 1] and not toks[j - 1].initial \
                    and self._modifier(toks[j - 1].text) and self._adjective(toks[j - 1].text):
                j -= 1
                if toks[j].cap:
                    start = j
                    break
            end, extra = head + 1, 0
            while end < len(toks) and extra < 4 and not used[end]:
                w = toks[end]
                if not w.word:
                    break
                if w.cap and not w.initial:
                    end += 1
                elif w.text.lower() in R.connectors and end + 1 < len(toks) and toks[end + 1].cap \
                        and not (w.text.lower() in R.clause_breaks and end - 1 == head):
                    end += 1
                elif not w.cap and not R.connectors and R.genitive_like(w.text) \
                        and w.text.lower() not in R.not_names and not R.role_len([w.text]):
                    end += 1
                else:
                    break
                extra += 1
            while end - 1 > head and toks[end - 1].text.lower() in R.connectors:
                end -= 1
            words = [x.text for x in toks[start:end]]
            if R.gaz.lookup(words) or (end - start > 1 and R.gaz.lookup(words[:2])):
                i += 1  # "Российская Федерация" is a place
                continue
            if len(words) == 1 and start == head and not t.cap:
                i += 1
                continue
            if len(words) == 1 and (t.initial or not R.bare_head_org):
                # a bare capitalised head ("Банк" at a sentence start) is a common noun, not a name
                i += 1
                continue
            name = self._org_base(words, head - start)
            ent = self.add("organization", name, si, toks[start].start, toks[end - 1].end)
            ent.parts.add(_initials(words, R))
            for x in range(start, end):
                used[x] = True
                if x > head and toks[x].cap and toks[x - 1].text.lower() not in R.connectors:
                    # a place inside the name is also a place ("… Польши"), not after "of" ("Bank of England")
                    hit = R.gaz.lookup([toks[x].text])
                    if hit:
                        self.add("place", hit, si, toks[x].start, toks[x].end)
            i = end

    def _capitalised_adjectives_before(self, toks, used, i) -> bool:
        """Do 1-3 adjectives stand before ``i``, the first of them capitalised inside the sentence?"""
        j = i
        while j > 0 and i - j < 3 and toks[j - 1].word and not used[j - 1] and self._adjective(toks[j - 1].text):
            j -= 1
            if toks[j].cap:
                return not toks[j].initial and self._modifier(toks[j].text)
        return False

    def _adjective(self, word: str) -> bool:
        M = self.R.morph
        if M.analyzer:
            ps = M.parse(word)
            # a pronoun adjective ("своего председателя") is no part of a title
            return bool(ps) and ps[0].tag.POS in ("ADJF", "PRTF") and "Apro" not in ps[0].tag
        return word.lower().endswith(tuple(self.R.cfg_adj)) if self.R.cfg_adj else False

    def _modifier(self, word: str) -> bool:
        """May ``word`` open an organisation name before its head ("Национальный банк", "Metropolitan Police")?"""
        R, M = self.R, self.R.morph
        if word.lower() in R.not_names or R.role_len([word]):
            return False
        if M.analyzer:
            return any(p.tag.POS in ("ADJF", "PRTF") for p in M.parse(word)[:2])
        return True

    def _org_base(self, words: list[str], h: int) -> str:
        R, M = self.R, self.R.morph
        out = list(words)
        if M.analyzer:
            p = next((p for p in M.parse(words[h]) if "NOUN" in p.tag), None)
            if p is not None and p.tag.case != "nomn":
                inf = p.inflect({"nomn"})
                if inf:
                    out[h] = match_case(inf.word, words[h])
                for a in range(h):
                    q = next((q for q in M.parse(words[a]) if "ADJF" in q.tag), None)
                    if q is not None:
                        g = p.tag.gender or "masc"
                        inf = q.inflect({"nomn", g, p.tag.number or "sing"})
                        if inf:
                            out[a] = match_case(inf.word, words[a])
        else:
            for base in R.heads:
                if M.matches(words[h], base) and words[h].lower() != base:
                    out[h] = match_case(base, words[h])
                    break
        return " ".join(out)

    def places_and_abbrs(self, si, s, toks, used):
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
                                and "Geox" not in M.top_tags(t.text) and key(t.text) != key(hit)):
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
                stem = INFLECTED_ABBR.fullmatch(t.text)  # "МИДа": an abbreviation with a case ending
                name = stem.group(1) if stem else t.text
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
            return f"{match_case(inf.word, adj) if inf else adj} {head_base}"
        if head.lower() == head_base:
            return f"{adj} {head}"
        base = M._rule_base(adj, f"adjective_{gender}") if gender in "mfn" else adj
        return f"{base} {match_case(head_base, head)}"

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
            if word.lower() in R.not_names or R.role_len([word]):
                continue
            forms = {key(word)} | {key(M.surname(word, g, False)) for g in ("m", "f")}
            hit = next((persons[f] for f in forms if f in persons), None)
            if hit:
                self.add("person", hit.name, si, t.start, t.end, hit.key)
                hit.confirmed = True
                if hit.role is None or " " not in hit.role:
                    self.person_toks = set()
                    hit.role = _fuller(hit.role, self._role(self.sentences[si], toks, None, [ti], None))
                continue
            org = self._known_org(word, orgs)
            if org:
                self.add("organization", org.name, si, t.start, t.end)
                continue
            if word.lower() in R.demonyms:
                continue
            if ("place", key(word)) in self.ents and not t.initial:  # "Croydon" again, found once after "in"
                self.add("place", self.ents[("place", key(word))].name, si, t.start, t.end)
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
                    or any(key(word) in e.parts for e in persons.values()):
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
                    ent.parts.add(key(got[0]))
                    persons[ent.key] = ent
                    self.person_toks = set()
                    ent.role = _fuller(ent.role, self._role(self.sentences[si], toks, None, [ti], None))
                continue
            if strong or (role_before and (namelike or role_before == "initial") and not self._plain_word(word)):
                guessed = role_before == "initial" and not strong and M.analyzer and not M.parse(word)[0].is_known
                base = word if guessed else M.surname(word, None, None if not M.analyzer else False)
                ent = self.add("person", base, si, t.start, t.end)
                ent.parts.add(key(base))
                self.person_toks = set()
                ent.role = self._role(self.sentences[si], toks, None, [ti], None)
                persons[ent.key] = ent

    def _known_org(self, text: str, orgs: list[_Ent]) -> _Ent | None:
        words = text.split()
        if not words:
            return None
        lemmas = {key(" ".join(words[:-1] + [c])) for c in self.R.morph.candidates(words[-1], "noun")}
        if self.R.morph.analyzer and len(words) == 1:
            lemmas |= self.R.morph.lemmas(words[0])
        for o in orgs:
            if o.key in lemmas or key(o.name.split('"')[-1] if '"' in o.name else o.name) in lemmas:
                return o
        return None

    # --- results ---------------------------------------------------------------------------------------------
    def result(self, off: int = 0) -> Entities:
        """The ranked lists (ranking.py); the first ``off`` sentences (a headline) count for ranking but are no
        evidence."""
        from .ranking import rank  # ranking imports this module's types

        return rank(self, off)

def _fuller(old: str | None, new: str | None) -> str | None:
    """The more informative of two role phrases found for one person."""
    if not new or (old and len(new.split()) <= len(old.split())):
        return old
    return new


def _initials(words: list[str], R: Resources) -> str:
    return "".join(w[0] for w in words if w and w[0].isalnum() and w.lower() not in R.connectors).lower()


def extract_entities(sentences, pack, title: str | None = None) -> Entities:
    """Who (persons with roles, organisations) and where (places) in ``sentences``, names in base form.

    ``title`` (the headline), when given, is read too: its subject ranks as the story's main actor, but evidence
    and mentions point only at ``sentences``."""
    head = [title] if title and title.strip() else []
    doc = _Doc(head + list(sentences), pack)
    if head:
        doc.headline_opener = next((w for w in TOKEN.findall(title) if w[:1].isalpha()), None)
    doc.run()
    return doc.result(off=len(head))
