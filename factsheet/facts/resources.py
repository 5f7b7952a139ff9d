"""What one language pack contributes to entity extraction (word lists, settings, morphology, gazetteer), compiled
once per pack and held by it (``resources(pack)``), with the word tests every pass shares: is a word a form of a
listed noun, does a title start here, is it an adjective, a plain dictionary word, a possessive.
"""
from __future__ import annotations

import re
from functools import cached_property, lru_cache

from .. import morphology as mo
from . import subject
from .names import Morph
from .places import Gazetteer, _country_names

ADJECTIVAL = (mo.ADJECTIVE, mo.PARTICIPLE)  # the analyser's readings that modify a noun as an adjective does


class Resources:
    """Everything one pack contributes to entity extraction, built once per pack."""

    def __init__(self, pack):
        cfg = pack.settings("entities")
        self.morph = Morph(pack)
        self.gaz = Gazetteer(pack, self.morph)
        self.key = self.morph.key  # names compare by it
        self._title_settings(cfg, pack)
        self.pronouns = pack.words("pronouns")  # "он", "he": role_links.py
        self.particles = pack.words("name_particles")  # "ten" in Erik ten Hag, "van" in Ursula von der Leyen
        markers = pack.lines("org_markers")
        self.legal = {m for m in markers if m.isupper()}
        self.markers = [m.lower() for m in markers if not m.isupper()]
        self.heads = [h.lower() for h in pack.lines("org_heads")]
        self.street_heads = [h.lower() for h in pack.lines("street_heads")]  # "вуліца", "проспект": streets.py
        self.not_names, self.not_person = pack.words("not_names"), pack.words("not_person_words")
        self.demonyms = pack.words("demonyms")
        self.person_of_nouns = frozenset(cfg["person_of_nouns"])  # "the regime of X": person_cues.py
        self.nationality_nouns = frozenset(cfg["nationality_nouns"])  # "Spaniard X": person_cues.vouched
        self.stopwords = pack.words("stopwords")
        self.currency = [c.lower() for c in pack.lines("currencies")]  # "долараў ЗША": no place of the story
        self.place_preps, self.origin_preps = set(cfg["place_prepositions"]), set(cfg["origin_prepositions"])
        self.locative = {w.lower() for w in cfg["locative_prepositions"]}
        self.org_preps = {p.lower(): case for p, case in cfg["org_name_prepositions"]}  # "комитет по …"
        self.apposition_heads = [w.lower() for w in cfg["place_apposition_heads"]]  # "провинция Хэнань"
        self.unagreed_heads = [w.lower() for w in cfg["unagreed_place_heads"]]  # "у деревни Дубки": place_phrases
        self.building_heads = [w.lower() for w in cfg["building_heads"]]  # "во Дворце молодёжи"
        self._word_class_settings(cfg, pack)
        self.seats_of_power = frozenset(self.key(w) for w in cfg["seats_of_power"])  # "Кремль": places_in_text.py
        self.memorial_heads = [w.lower() for w in cfg["memorial_heads"]]  # "памятник Юрию …": place_phrases.py
        self.product_nouns = [w.lower() for w in cfg["product_nouns"]]  # "системы Windows": organisations.py
        self.adj_suffixes = tuple(cfg["adjective_suffixes"]) or ("\0",)
        self.confirm_persons = bool(cfg["confirm_unknown_persons"])
        self.person_noun_endings = tuple(cfg["person_noun_endings"]) or ("\0",)
        self.list_conjunctions, self.person_relatives = set(cfg["list_conjunctions"]), set(cfg["person_relatives"])
        self.descriptor_endings = tuple(cfg["descriptor_endings"]) or ("\0",)
        self.byline_words = {w.lower() for w in cfg["byline_words"]}
        self._organisation_settings(cfg)
        self.place_first_weight = float(cfg["place_first_mention_weight"])
        self.bare_head_org, self.lower_head_org = bool(cfg["bare_head_is_org"]), bool(cfg["lower_head_after_name_is_org"])
        self.rank_mixed = bool(cfg["rank_people_and_orgs_together"])
        self.lead_weight = float(cfg["lead_actor_weight"])
        self.connectors = set(cfg["connectors"])
        self.head_genders = [tuple(x) for x in cfg["head_gender_endings"]]  # rules-only packs
        self.verb_endings = tuple(cfg["verb_endings"]) or ("\0",)  # no genitive word of a name
        self.named_after = {w.lower() for w in cfg["named_after"]}  # "імя", "имени": an eponym follows
        self.cfg_adj, self.oblique_adj = tuple(cfg["adjective_endings"]), tuple(cfg["oblique_adjective_endings"])
        self.relational_endings = tuple(cfg["relational_adjective_endings"]) or ("\0",)  # organisations.py
        self.adjective_forms = self.oblique_adj + self.relational_endings
        self.org_and, self.articles = frozenset(cfg["org_and"]), set(cfg["articles"])
        self.clause_breaks, self.role_and = set(cfg["clause_breaks"]), frozenset(cfg["role_and"])  # role_and: "министр промышленности и торговли": roles, role_bounds
        # words that say nothing of a title's capitals ("Ambassador to Vietnam"): role_phrases.sentence_case
        self.role_glue = frozenset(self.connectors | self.articles | set(self.stopwords) | self.role_and)
        self.speech, self.genitive = tuple(cfg["speech_cues"]), tuple(cfg["genitive_endings"])
        self.case_endings = cfg["case_endings"]
        self.possessive = tuple(sorted(cfg["possessive"], key=len, reverse=True))
        self.subject = subject.rules(pack)
        self.media_heads = sorted(self.subject.media)  # one list object: is_noun caches by its id
        long = [a.split() for a in self.subject.agencies if " " in a]  # agencies of 2+ words by their first word
        self.long_agencies = {w[0]: [x for x in long if x[0] == w[0]] for w in long}  # (org_media.listed_agencies)
        self.weekday_words = {w.lower() for forms in pack.table("dates").get("weekdays", {}).values() for w in forms}
        self.month_words = set(pack.month_numbers())
        self._noun_cache, self._folded_bases, self._role_cache = {}, {}, {}  # per pack: filled as words are asked
        self.plain_word = lru_cache(maxsize=20000)(self._plain_word)  # asked of each word of every name run
        # titles are asked of the same words again and again (16k calls, 5k word lists on factRu): answers kept
        role_len = lru_cache(maxsize=20000)(lambda words: Resources.role_len(self, list(words)))
        self.role_len = lambda words: role_len(tuple(words))
        pat = cfg["foreign_org_pattern"]
        self.foreign = re.compile(pat) if pat else None
        domains = "|".join(re.escape(d) for d in cfg["web_domains"])  # "svaboda.org" names a publication
        self.web_address = re.compile(rf"\b[\w-]+(?:\.[\w-]+)*\.(?:{domains})\b", re.I) if domains else None
        # words that never open or continue a place after a preposition: months, weekdays ("in Sunday's final")
        self.not_place_words = frozenset(self.not_names | self.month_words | self.weekday_words | self.demonyms)
        # the pack's title modifiers ("transport", "port", "financial"), lower case
        self.role_modifiers = frozenset(w.lower() for w in self.morph.cfg["role_modifiers"])

    def _title_settings(self, cfg, pack) -> None:
        """The pack's titles (roles.py), indexed by their first word, and the words that may prefix one."""
        self.roles = [tuple(r.lower().split()) for r in pack.lines("roles")]
        # roles by their first word's folded base form (what role_lemmas gives): a word meets only its own titles
        self._roles_by_head: dict[str, list[tuple[str, ...]]] = {}
        for role in self.roles:
            self._roles_by_head.setdefault(self.morph.fold(role[0]), []).append(role)
        self.one_word_roles = self.morph.noun_table(r[0] for r in self.roles if len(r) == 1)  # roles.py
        self.role_first_words = frozenset(r[0] for r in self.roles)  # each title's first word as listed
        self.role_heads = frozenset(self._roles_by_head)  # first words of the titles, folded
        self.titles = pack.words("titles")
        self.role_prefixes = tuple(sorted(cfg["role_prefixes"], key=len, reverse=True))
        self.prepositions = frozenset(w.lower() for w in cfg["prepositions"])  # role_bounds.governed_noun
        # links from a name to its title ("является", "who serves as"; role_verbs.py), their words split once
        self.role_links = tuple((tuple(starts.lower().split()), prefix) for starts, prefix in cfg["role_verbs"])
        self.role_link_fillers = frozenset(cfg["role_verb_fillers"])
        self.perfect_clauses = tuple((tuple(s.split()), t) for s, t in cfg["role_perfect_clauses"])  # role_phrases
        self.portfolios = frozenset(w.lower() for w in cfg["portfolio_words"])  # title_portfolios.py
        self.portfolio_links = frozenset(w.lower() for w in cfg["portfolio_links"])
        # "Его председатель X": the possessives that point back (quote_marks), where titles take an owner (role_owners)
        self.owner_pronouns = frozenset(pack.settings("quote_marks")["possessives"]) if cfg["role_owner_reach"] else ()

    def _word_class_settings(self, cfg, pack) -> None:
        """Classes of words that shape a name or a title by what they are: compass words, agent nouns, sports,
        legislatures, and the date words that are none of these."""
        self.compass = frozenset(w.lower() for w in cfg["compass_adjectives"])  # "Южная Америка"
        self.compass_lower = bool(cfg["compass_lower_case"])  # "западной Европы", not "central Seoul"
        self.agent_suffixes = tuple(cfg["agent_suffixes"])  # "sprinter", "піяністка": role_agents.py
        self.agent_exceptions = frozenset(cfg["agent_exceptions"])
        self.description_articles, self.authorship_preps, self.description_endings = frozenset(cfg["description_articles"]), \
            frozenset(cfg["authorship_prepositions"]), tuple(cfg["description_head_endings"])  # role_agents.py
        self.participle_endings, self.title_instrumental = (tuple(cfg[k]) for k in (  # role_predicates.py
            "predicate_participle_endings", "instrumental_title_endings"))
        self.sport_words = frozenset(w.lower() for w in cfg["sport_words"])  # "World Rugby": org_bodies.py
        self.sport_openers, self.legislatures = frozenset(cfg["sport_body_openers"]), frozenset(
            w.lower() for w in cfg["legislature_names"])
        self.legislature_bases = sorted(self.legislatures)  # inflected too ("Кнессета"): org_bodies.py
        dates = pack.table("dates")
        self.relative_days = frozenset(dates.get("relative_days", {}))  # "Yesterday spokesman": role_agents.py
        self.count_words = frozenset(dates.get("ago", {}).get("numbers", {}))  # "for a decade": role_phrases.py
        # words of holidays' names ("the Christmas party": an event, org_named_heads.py)
        self.holidays = frozenset(w.lower() for name in dates.get("holidays", {}) for w in name.split())

    def _organisation_settings(self, cfg) -> None:
        """The settings of the organisation rules that go by a name's shape and the words around it (org_shapes.py)."""
        self.dotted_org_words = set(cfg["abbreviated_org_words"])
        self.frequent_orgs = int(cfg["frequent_single_names_are_orgs"])
        self.camel_orgs = bool(cfg["camel_case_orgs"])
        self.media_names = bool(cfg["media_names"])
        self.events = frozenset(cfg["event_words"])
        self.org_nouns = frozenset(cfg["org_nouns"])
        self.domain_heads = [w.lower() for w in cfg["domain_heads"]]  # "министерство обороны": org_parts, org_remit
        self.plural_heads = [w.lower() for w in cfg["plural_heads"]]  # "органы Китая, Малайзии": org_coordinated.py
        self.posted_heads = [w.lower() for w in cfg["posted_heads"]]  # "посольство … в Японии": org_parts.py
        self.posted_preps = frozenset(w.lower() for w in cfg["posted_prepositions"])
        self.unit_heads = [w.lower() for w in cfg["unit_heads"]]  # "пресс-служба МЧС": org_parts.py
        self.office_heads = [w.lower() for w in cfg["office_body_heads"]]  # "администрация президента"
        self.name_adjectives = [w.lower() for w in cfg["name_adjectives"]]  # "Верховный суд": organisations.py
        self.name_adjective_keys = frozenset(self.morph.fold(w) for w in self.name_adjectives)  # org_standing.py
        self.remit_endings = tuple(cfg["remit_endings"]) or ("\0",)  # org_remit.remit_tail
        self.past_verb_endings = tuple({v for _, v in cfg["past_subject_endings"]}) or ("\0",)  # org_remit.remit_tail
        self.domain_genitive_endings = tuple(cfg["domain_genitive_endings"])  # org_remit.domain_genitive
        self.kind_heads = [w.lower() for w in cfg["kind_heads"]]  # "Российская компания …": org_kinds.py
        self.genitive_adjective_endings = tuple(cfg["genitive_adjective_endings"])  # org_remit.domain_genitive
        self.plural_genitive_endings = tuple(cfg["plural_genitive_endings"])  # org_parts.members
        self.people_plural_endings = tuple(cfg["people_plural_endings"])  # org_people.people_before
        self.resident_nouns = frozenset(cfg["resident_nouns"])  # org_people.people_before: "жители Лынтуп"
        self.stump_prefixes = tuple(cfg["org_stump_prefixes"])  # "Мінтранс": org_people.stump_name
        self.meeting_nouns = [w.lower() for w in cfg["meeting_nouns"]]  # "совещание … по": org_topics.py
        self.relational_suffixes = tuple(cfg["relational_suffixes"])  # org_parts.relational
        self.sequence_adjectives = frozenset(w.lower() for w in cfg["sequence_adjectives"])  # org_parts.relational
        self.org_suffixes = tuple(cfg["org_suffixes"])
        self.number_words = frozenset(cfg["number_words"])  # "Trust No. 35": organisations.py
        self.employer_preps = frozenset(cfg["employer_prepositions"])  # "an analyst at X": org_employer.py
        self.job_nouns = frozenset(cfg["job_nouns"])  # "a trader at X": org_employer.py
        self.firm_before = frozenset(cfg["firm_frame_before"])  # "shares of X": firm_frames.py
        self.firm_after = frozenset(cfg["firm_frame_after"])  # "X shares", "X's shareholders": firm_frames.py
        self.double_surnames = frozenset(cfg["double_surnames"])  # "Alberto Garcia Aspe": name_shapes.py
        self.double_surname_endings = tuple(cfg["double_surname_endings"]) or ("\0",)
        self.firm_suffixes = frozenset(cfg["firm_suffixes"])  # "Magna International Inc" -> "Magna": org_aliases
        self.org_before = frozenset(cfg["org_before_words"])
        self.unknown_lists = bool(cfg["unknown_lists_are_orgs"])
        self.org_after = frozenset(cfg["org_after_words"])
        self.team_results = frozenset(cfg["team_result_words"])  # team_places.py
        self.team_roles = frozenset(cfg["team_role_words"])
        self.team_scored = frozenset(cfg["team_match_words"])
        self.team_sports, self.side_after, self.side_before, self.side_titles, self.side_auxiliaries, \
            self.digest_words, self.place_openers = (frozenset(cfg[k]) for k in (  # team_sides, press_digest,
                "team_sports", "side_after_words", "side_before_words", "side_titles", "side_auxiliaries",
                "digest_words", "place_opening_heads"))  # place_openers
        self.thing_pronouns, self.thing_links = frozenset(cfg["thing_pronouns"]), frozenset(cfg["thing_pronoun_links"])
        self.vessel_nouns, self.vessel_prefixes, self.pet_name_words = frozenset(cfg["vessel_nouns"]), \
            frozenset(cfg["vessel_prefixes"]), tuple(cfg["pet_name_words"])  # vessels.py, pet_names.py
        self.trade_agents = frozenset(w.lower() for w in cfg["trade_agent_nouns"])  # org_trade_agents.py
        self.trade_goods_not = tuple(cfg["trade_goods_not_endings"]) or ("\0",)  # org_trade_agents.py
        self.area_nouns = [w.lower() for w in cfg["area_nouns"]]  # "в центре Минска": org_heads.org_head
        self.acronym_chains = bool(cfg["acronym_owner_chains"])  # "УГАИ МВД": org_chains.py
        self.contest_words = [w.lower() for w in cfg["contest_words"]]  # "матч с «Волками»": org_opponents.py
        self.opponent_preps = frozenset(cfg["opponent_prepositions"])
        self.apposition_openers = frozenset(cfg["apposition_openers"])  # "X, one of the largest banks": org_lists
        self.plural_endings = tuple(cfg["plural_endings"]) or ("\0",)  # "Traders' Association", "Arabs"
        self.thing_relatives = frozenset(cfg["thing_relatives"])  # "Chevron, which …": org_frames.py
        self.list_introducers = frozenset(cfg["list_introducers"])  # "companies, including Mobil and Texaco"
        self.camel_prefixes = {w.lower() for w in cfg["camel_surname_prefixes"]} | self.particles

    def is_noun(self, word: str, bases: list[str]) -> bool:
        answers = self._noun_cache.get(id(bases))  # per list: word -> answer
        if answers is None:
            answers = self._noun_cache[id(bases)] = {}
        hit = answers.get(word)  # the word as written: most calls repeat a word already asked
        if hit is not None:
            return hit
        stem = self.strip_possessive(word)
        if stem not in answers:
            folded = self._folded_bases.get(id(bases))
            if folded is None:  # one set per list: the word's base forms meet it once, not once per listed noun
                folded = self._folded_bases[id(bases)] = frozenset(self.morph.fold(b) for b in bases if " " not in b)
            answers[stem] = self.morph.matches_any(stem, folded)
        answers[word] = answers[stem]
        return answers[stem]

    def noun_starts(self, bases: list[str]) -> frozenset:
        """The first two letters (folded) of the one-word nouns of ``bases``: a word starting otherwise is none of
        them (``is_noun`` reads a noun by its base forms, which keep a noun's first letters), so a caller trying many
        cuts of one word asks the analyser only about those that may be one."""
        key = ("starts", id(bases))
        starts = self._folded_bases.get(key)
        if starts is None:
            starts = self._folded_bases[key] = frozenset(self.morph.fold(b.lower())[:2] for b in bases if " " not in b)
        return starts

    def role_len(self, words: list[str]) -> int:
        """Number of leading words of ``words`` that form a role title (0 if none)."""
        best = 0
        if not words:
            return 0
        low = words[0].lower()
        if low in self.stopwords:
            return 0  # "после" read as a form of "посол": a function word is never a title
        # "экс-премьер", "Замглавы", "ex-minister": a prefix on a known title (most words have none: one test first)
        for p in self.role_prefixes if low.startswith(self.role_prefixes) else ():
            if low.startswith(p) and len(low) > len(p) + 2 and low[len(p):] != low:
                rest = words[0][len(p):].lstrip("-")
                if self.role_len([rest] + list(words[1:2])):
                    words = [rest] + list(words[1:])
                    break
        for lemma in self.role_lemmas(words[0]):
            for role in self._roles_by_head.get(lemma, ()):
                n = len(role)
                if best < n <= len(words) and all(self.morph.matches(w, r) for w, r in zip(words[1:n], role[1:])):
                    best = n
        if not best and "-" in low.strip("-"):  # "chief-of-staff", "police-chief": a title joined by hyphens
            parts = low.split("-")
            best = int(all(parts) and bool(self.role_len(parts[:1]) or self.role_len(parts[-1:])))
        return best

    def role_lemmas(self, word: str) -> frozenset:
        """Base forms a title word may have: every noun reading counts ("премьера" is also "премьер")."""
        if word not in self._role_cache:
            out = set(self.morph.lemmas(word)) | {self.morph.fold(word.lower())}
            low = word.lower()
            if self.morph.plain_initial(low) != low:  # "ўрач" after a vowel is "урач"
                out |= self.role_lemmas(self.morph.plain_initial(low))
            readings = self.morph.parse(word.lower())[:4]
            out |= {self.morph.fold(p.base) for p in readings if p.pos == mo.NOUN}
            # a participle used as a title ("с заведующей отделением"): its nominative, not the verb
            out |= {self.morph.fold(f) for f in (p.inflect(mo.NOMINATIVE, mo.SINGULAR, p.gender) for p in readings
                                                 if p.pos == mo.PARTICIPLE and p.gender) if f}
            self._role_cache[word] = frozenset(out)
        return self._role_cache[word]

    def genitive_like(self, word: str) -> bool:
        if self.morph.analyzer:
            ps = self.morph.parse(word.lower())[:3]
            return bool(ps) and ps[0].pos in (mo.NOUN, mo.ADJECTIVE, mo.PARTICIPLE) and any(p.case == mo.GENITIVE for p in ps)
        return word.lower().endswith(self.genitive) if self.genitive else False

    def strip_possessive(self, word: str) -> str:
        """``word`` without the pack's possessive ending ("Toblerone's" -> "Toblerone")."""
        if not word.endswith(self.possessive):
            return word  # most words: one test of all the endings at once
        for p in self.possessive:
            if word.endswith(p) and len(word) > len(p) + 1:
                return word[: -len(p)]
        return word

    def adjective(self, word: str) -> bool:
        M = self.morph
        if M.analyzer:
            ps = M.parse(word)
            # a pronoun adjective ("своего председателя") is no part of a title
            return bool(ps) and ps[0].pos in ADJECTIVAL and mo.PRONOMINAL not in ps[0].marks
        low = word.lower()  # (not a past-tense verb ending as an adjective may: "адкрылі" is no "Мінскі")
        return low.endswith(self.cfg_adj) and not low.endswith(self.verb_endings) if self.cfg_adj else False

    def modifier(self, word: str) -> bool:
        """May ``word`` open an organisation name before its head ("Национальный банк", "Metropolitan Police")?"""
        R, M = self, self.morph
        if word.lower() in R.not_names or R.role_len([word]) and not word.lower().endswith(R.oblique_adj):
            return False  # (a title declining as an adjective, in its oblique case, is one: "Следчага камітэта")
        if M.analyzer:  # (a place adjective the dictionary knows only as a surname: "Браславского райисполкома")
            return any(p.pos in ADJECTIVAL for p in M.parse(word)[:2]) or word.lower().endswith(R.relational_endings)
        return True


    @cached_property
    def other_heads(self) -> tuple[str, ...]:
        """One-word heads of memorials, streets, buildings, organisations and appositions: a word opening with one
        is no agent-noun title (role_agents.py); built once per pack."""
        groups = (self.memorial_heads, self.street_heads, self.building_heads, self.heads, self.apposition_heads)
        return tuple(h for group in groups for h in group if " " not in h)

    @cached_property
    def country_keys(self) -> frozenset[str]:
        """Keys of every country name (pycountry's and the pack's own, with its ``national_sides``): built once per
        pack, the first time a sports frame asks (team_places.py)."""
        names = _country_names(self.morph.cfg["pycountry_locale"]) + list(self.gaz.country_names)
        return frozenset(self.key(n) for n in names)

    def compound_head(self, word: str) -> bool:
        """Does ``word`` end in an organisation head written as one word with its stem ("Landesbank", "Citibank";
        pack: ``org_suffixes``)?"""
        low = word.lower()
        return any(low.endswith(h) and len(low) - len(h) >= 3 for h in self.org_suffixes)

    def org_word(self, word: str) -> bool:
        """Is ``word`` a legal form or an organisation head or marker, in the plural too ("Unions", "Workers'
        Unions")? A person's name does not end in one."""
        if word in self.legal or self.org_noun(word) or self.compound_head(word):
            return True
        low = word.lower()
        return any(low.endswith(e) and len(low) > len(e) + 2 and self.org_noun(low[:-len(e)])
                   for e in self.plural_endings if e != "\0")

    def org_noun(self, word: str) -> bool:
        """A form of an organisation head or marker ("компании", "партии")."""
        return self.is_noun(word, self.heads) or self.is_noun(word, self.markers)

    def placeish(self, word: str) -> bool:
        M = self.morph
        return bool(self.gaz.lookup([word])) or (bool(M.analyzer) and mo.PLACE in M.top_tags(word))

    def _plain_word(self, word: str) -> bool:
        """A dictionary word that is no name part ("Сегодня", "Русской"): it cannot be inside a person's name."""
        M = self.morph
        if word.lower() in self.not_names or word.lower() in self.month_words:
            return True
        if not M.analyzer or word.lower() in M.first_names:
            return False
        ps = M.parse(word)
        return bool(ps) and ps[0].known and not M.tags(word, 0.05) & set(mo.NAME_KINDS)


def resources(pack) -> Resources:
    """The pack's entity resources, built once per pack."""
    return pack.compiled(Resources)
