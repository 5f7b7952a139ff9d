"""The build step of entity extraction: the document's state (the entities found so far and their mentions)
and the one visible order of the passes (most certain first, each claiming its tokens).

A pass is a plain function in a module beside this one that READS the analysis and this state and RETURNS what
it found: ``Candidate`` records (candidates.py: kind, name, span, the tokens it claims, the rule that found it)
or, after the sentences, ``Change`` records (confirm a person, give a role, relabel or move mentions). ``run``
hands each pass's result to resolve.py, the only writer of the entities, the mentions and the claimed tokens;
the next pass then reads the state with those applied. Order: over each sentence ``SENTENCE_PASSES``
(datelines.py, bylines.py, organisations.py, org_foreign.py, org_shapes.py, org_media.py, org_lists.py,
team_lines.py, org_employer.py, streets.py, persons.py with roles.py, places_in_text.py), then over the document
leftovers.py (single capitalised words resolved against the whole document), org_aliases.py (a firm's short
form read as a person), org_lists.py (firms read as places, firms in apposition),
team_places.py (clubs named after their towns), role_links.py (a role the next sentence states) and
person_lists.py (lists of people). Ranking the result is ranking.py's job.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import cached_property

from . import (bylines, club_roles, datelines, firm_frames, leftovers, org_aliases, org_appositive, org_bodies,
               org_bounds, org_case_forms, org_chains, org_employer, org_foreign, org_kind, org_lists, org_media,
               org_club_genitive, org_contests, org_named_heads,
               org_shapes, org_trade_agents, official_order, organisations, person_lists, persons, place_openers, places_in_text,
               pet_names, press_digest, resolve, title_runs, vessels, org_marker_runs,
               role_headline, role_links, role_nearby, role_reference, role_owners, role_sees, shouted, streets, team_lines,
               team_places, team_sides, titled_single, wire_datelines)
from .analysis import Analysis
from .ranking import rank
from .records import Entities, Entity, Mention
from .resources import resources
from .tokens import Tok

LABEL = re.compile(r"^[^\W\d_]{2,}:")  # a transcript's speaker label: "HOST: …", "ВЕДУЩИЙ: …"


# The passes over each sentence, in the order they claim tokens (the first to claim a token wins): each is
# ``pass(doc, si, s, toks, used, taken) -> list[Candidate]``, reading ``used``/``taken`` without writing them.
SENTENCE_PASSES = (
    datelines.dateline,  # "LONDON 1996-08-30" opening the body: a place
    wire_datelines.wire_dateline,  # "INVERNESS, 24 November 2026 — …", "PENZANCE, Nov 24 (Reuters) - …": a place
    bylines.byline,  # "Ірына СІДАРОВІЧ" alone: the author, claimed, no entity
    press_digest.digest_papers,  # "LA PRESSE" alone under "PRESS DIGEST - Tunisia": a newspaper
    vessels.ship_names,  # "the aircraft carrier Enterprise", "the RMS Titanic": a ship, claimed, no entity
    pet_names.animal_names,  # "собака по кличке Найда": an animal, claimed, no entity
    org_contests.contest_names,  # "матч Лиги чемпионов": a tournament named by a body noun, claimed, no entity
    organisations.quoted_orgs,  # АТ "…", завод «…»
    org_shapes.joined_orgs,  # "A.G. Edwards & Sons"; first, so a name in another script keeps its "&" ("Lindner & Söhne")
    org_foreign.foreign_orgs,  # web sites, names in another script
    org_shapes.spelled_orgs,  # "… Cooperation in Europe (OSCE)"
    org_media.listed_agencies,  # "сообщает РИА Новости": a listed agency of several words
    org_media.media_orgs,  # "the China Daily said", агентству Рейтер
    org_lists.framed_runs,  # "lost against Torpedo Zhodino"
    team_lines.result_line,  # "Perugia 2 Sampdoria 1": a line of match results
    org_employer.employer_orgs,  # "an analyst at Smith Barney": a person's employer
    org_employer.described_orgs,  # "Minsk-based Belmedpreparaty signed": a firm after its seat or owner
    org_appositive.appositive_orgs,  # "Its new carrier, Baltic Rail Services, starts"
    org_bodies.bodies,  # "World Rugby", "Latvia's Saeima"
    org_kind.kind_named,  # "the state utility Tojik Gaz": a name after a noun for its kind
    org_trade_agents.trade_named,  # "the grain trader Astykzhol": one word after a trade noun with its goods
    club_roles.club_before_role,  # "Juventus striker Alen Boksic": the club before a player's role
    org_marker_runs.marker_runs,  # "капитан клуба Тоттенхэм Хотспур Ледли Кинг": the club, then the person
    team_sides.match_sides,  # "Benfica were beaten 2-1 by Boavista": the sides of a match in a team-sport report
    streets.street_names,  # на вуліцы Гікалы
    role_sees.see_titles,  # "епіскап Навагрудскі і Слонімскі Пахомій": a see's adjectives, then one name
    place_openers.feature_names,  # "Lake Baikal", "Mount Elgon": a feature named after its head word, a place
    official_order.surname_first,  # "прызначыць Ляўчука Сяргея Уладзіміравіча": surname, given name, patronymic
    titled_single.titled_single,  # "Indonesia's foreign minister, Sugiono, said": one name after a title
    persons.persons,  # names in capitalised runs, with their roles
    org_club_genitive.club_before_holder,  # "тренер Зенита Сергей Кольцов": the club between a title and a name
    title_runs.titles_before_names,  # "Cabinet Secretary for Agriculture Mary Otieno": the title, no organisation
    org_named_heads.named_heads,  # "of the Green party", "the Zarya farm"
    organisations.org_phrases,  # Министерство экономики, Bank of England
    org_chains.acronym_chains,  # "УГАИ МВД": a unit's acronym, then its owner's
    places_in_text.places_and_abbrs,  # places, abbreviations
)


class Extraction:
    """One document under extraction; ``run`` makes the passes, ``result`` ranks what they found."""

    def __init__(self, analysis: Analysis, pack):
        self.R = resources(pack)
        self.pack = pack  # pack lists a rule reads on its own (rank_titles.py)
        self.lang = pack.code  # the dateline's date is read in the pack's language
        self.analysis = analysis
        self.sentences = analysis.sentences
        self.ents: dict[tuple[str, str], Entity] = {}
        self.cited: dict[tuple[str, str], set[int]] = {}  # each entity's sentences as a set: asked on every mention
        self.mentions: list[tuple[Mention, Entity]] = []
        self.leftovers: list[tuple[int, Tok, bool, list[Tok], int]] = []
        self.quoted_left: list[tuple[int, int, int, str]] = []
        self.common_abbrs: set[str] = set()  # "(СПО)" spelling lower-case words: a thing (org_abbreviations.py)
        # the word a headline opens with ("Taliban attacks …") is its subject: it counts as one more mention of
        # a frequent single name
        self.headline_opener = next((t.text for t in analysis.tokens[0] if t.text[0].isalpha()), None) \
            if analysis.headline else None
        self.forms = analysis.forms

    @cached_property
    def capitalised_inside(self) -> frozenset[str]:
        """Words (lower case) the document capitalises inside a sentence: a title written so ("сказала Верховный
        комиссар") keeps its capital where a sentence opens with it too. A word after a dash, colon or opening quote
        (``Tok.initial``: "— Генеральный директор …") is capitalised anyway and does not count."""
        return frozenset(t.text.lower() for toks in self.analysis.tokens for t in toks
                         if t.word and t.cap and not t.initial)

    @cached_property
    def labelled_lines(self) -> int:
        """Sentences opened by a one-word label and a colon ("HOST: …"): two or more make a transcript."""
        return sum(bool(LABEL.match(s)) for s in self.sentences)

    @cached_property
    def written_inside(self) -> frozenset[str]:
        """Words (lower case) capitalised inside a sentence that is not written in capitals (shouted.py)."""
        return frozenset(t.text.lower() for toks in self.analysis.tokens if not shouted.shouted(toks) for t in toks
                         if t.word and t.cap and not t.initial)

    @cached_property
    def name_word_counts(self) -> Counter:
        """How often each capitalised word (possessive dropped) is written in the document: a name's last word
        that recurs alone more often than the word before it is the surname (person_cues.recurring_surname)."""
        return Counter(self.R.strip_possessive(t.text) for toks in self.analysis.tokens for t in toks
                       if t.word and t.cap)

    @cached_property
    def product_names(self) -> frozenset[str]:
        """Capitalised words the document writes right after a noun of a thing ("операционной системы Windows"):
        a product's name in every mention, so a later bare "под Windows" names no organisation either
        (org_foreign.foreign_orgs; org_bounds.product)."""
        return frozenset(toks[i].text for toks in self.analysis.tokens for i in range(1, len(toks))
                         if toks[i].cap and toks[i].word and not toks[i - 1].cap and org_bounds.product(self, toks, i))

    def run(self) -> None:
        """The build step: each pass returns its candidates (or changes), and ``resolve`` applies them before the
        next pass runs, so a later pass reads what the earlier ones found (read-only). Over each sentence the
        passes run in ``SENTENCE_PASSES`` order, most certain first: a token an earlier pass claimed is no later
        pass's. Capitalised words no pass claimed wait for the whole document (leftovers.py)."""
        for si, s in enumerate(self.sentences):
            toks = self.analysis.tokens[si]
            used = [False] * len(toks)
            taken: set[int] = set()  # tokens of person names (the role and place passes read them)
            for find in SENTENCE_PASSES:
                found = find(self, si, s, toks, used, taken)
                if found:  # (most passes find nothing in most sentences)
                    resolve.apply(self, found, used, taken)
            self.leftovers += self._left_over(si, toks, used)
        known = leftovers.known_names(self)  # what the sentence passes named
        self.record(leftovers.quoted_names(self, known))  # «Интерфакс» after "передаёт"
        self.record(leftovers.resolve_leftovers(self, known))
        # "Johnson Controls" after "Johnson Controls Inc": the firm's short form, no person
        resolve.change(self, org_aliases.firm_persons(self, org_aliases.firm_stems(self)))
        resolve.change(self, firm_frames.framed_firms(self))  # "shares of Goldman Sachs": a firm, no person
        resolve.change(self, org_lists.firms_not_places(self))  # "на долю Атланта" after "Атлант, Гефест и Samsung"
        resolve.change(self, team_places.teams_not_places(self))  # "Dundee beat Aberdeen 2-1": clubs named after towns
        resolve.change(self, org_lists.firms_in_apposition(self))  # "at Vetrola, one of the largest glass makers,"
        resolve.change(self, org_case_forms.case_forms(self))  # «Нафтана» beside «Нафтаном»: one club
        resolve.change(self, role_links.linked_roles(self))  # "X … . Он является председателем …": the title of X
        resolve.change(self, role_reference.referred_roles(self))  # "X … . «…», — жартуе пчаляр": X is the beekeeper
        resolve.change(self, role_owners.owned_roles(self))  # "глава партии" after "партии «Яблоко»": its name
        resolve.change(self, role_owners.from_orgs(self))  # "X из команды «Y»": the organisation X is from
        resolve.change(self, role_owners.pronoun_owners(self))  # "«Y» … . Его председатель X": Y's chairman
        resolve.change(self, role_headline.headline_roles(self))  # "Museum director: '…'": the guest's title
        resolve.change(self, role_nearby.nearby_titles(self))  # "… президента Белоруссии … . Лукашенко …"
        if self.R.confirm_persons:
            self.record(person_lists.listed_surnames(self))
            resolve.change(self, person_lists.confirm_listed(self))

    def record(self, found) -> None:
        """Apply a document-level pass's candidates (they claim no tokens: the sentences are done)."""
        for c in found:
            resolve.record(self, c)

    def _left_over(self, si: int, toks, used) -> list[tuple[int, Tok, bool | str, tuple, int]]:
        """The sentence's capitalised words no pass claimed, each with whether a role word or an initial stands
        before it."""
        out = []
        for i, t in enumerate(toks):
            if t.word and t.cap and not used[i] and not t.abbr:
                role_before = i > 0 and self.R.role_len([toks[i - 1].text]) > 0
                # "Ё. Хатояма", "N. Kan": a capitalised word after an initial is a surname (not "U.S. Army")
                # two initials ("С.В. Качановский") only before a surname-shaped word
                initialled = i >= 2 and toks[i - 1].text == "." and len(toks[i - 2].text) == 1 \
                    and toks[i - 2].cap and not (i >= 3 and toks[i - 3].text == "."
                                                 and not self.R.morph.surname_like(t.text)) \
                    and not self.R.is_noun(t.text, self.R.heads) and not self.R.gaz.lookup([t.text])
                role_before = role_before or ("initial" if initialled else False)
                out.append((si, t, role_before, toks, i))
        return out

    def result(self, off: int = 0) -> Entities:
        """The ranked lists (ranking.py); the first ``off`` sentences (a headline) count for ranking but are no
        evidence."""
        return rank(self, off)
