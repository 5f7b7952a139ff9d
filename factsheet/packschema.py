"""The settings a language pack may give in its tables, declared once: name, type, default and meaning.

``LanguagePack.settings(table)`` validates the pack's ``<table>.toml`` against this when the pack loads: an
unknown or mistyped key is a one-line error naming the file and the key, and every key the pack leaves out has
its default, so the engine never reads a setting with a default of its own.
"""
from __future__ import annotations

from types import MappingProxyType

from .person_schema import PERSONS
from .quote_schema import QUOTE_MARKS
from .setting import CHECKS, Setting
from .setting import setting as _s

ENTITIES = (
    # words and morphology
    _s("fold", "map", {}, "letters compared as another ('ё' as 'е')"),
    _s("ordinal_number_endings", "map", {}, "gender -> ending of an ordinal in figures ('19-я'): org_numbered.py"),
    _s("initial_fold", "map", {}, "a first letter that alternates with another ('ў' after a vowel)"),
    _s("rules", "rules", {}, "inflection rules by name: [ending, base ending] pairs, first match wins"),
    _s("surname_endings", "words", [], "endings that make an unknown capitalised word surname-shaped"),
    _s("patronymic_endings", "words", [], "endings of patronymics"),
    _s("feminine_patronymic_endings", "words", [], "endings of a woman's patronymic in any case ('-аўна', '-ічнай')"),
    _s("oblique_patronymic_endings", "pairs", [],
       "[ending, gender m/f] of a patronymic in an oblique case ('Пятроўнай'): the name around it is in that case "
       "and that gender, though its given name is unlisted (rules only; patronymic_case.py)"),
    _s("description_articles", "words", [],
       "indefinite articles: an appositive they open after a name ('X, a beekeeper from Kaduna,') describes the "
       "person, so an agent noun heading it is the person's role (role_agents.described_agent)"),
    _s("description_head_endings", "words", [], "endings of compound nouns for a person ('fisherman', 'midwife') heading such an appositive"),
    _s("authorship_prepositions", "words", [],
       "the preposition naming a work's author ('a thriller by X'): after it the appositive's head is a work, no role"),
    _s("predicate_participle_endings", "words", [],
       "short passive participle endings ('абраны', 'прызначана'): after a title in the instrumental, the clause's "
       "verb, no part of the title (role_predicates.py; rules only)"),
    _s("instrumental_title_endings", "words", [],
       "endings of a title noun in the instrumental ('старшынёй', 'дырэктарам'; role_predicates.py; rules only)"),
    _s("instrumental_endings", "words", [],
       "a man's name's instrumental endings: an unknown given name and surname both so ending are undone (rules only)"),
    _s("surname_instrumental_endings", "words", [],
       "more endings a man's surname has in the instrumental ('Жаксыбекавым'): the last word of such a pair may end so"),
    _s("syllable_name_letters", "int", 0,
       "a run of 3-4 capitalised words none longer than this is one East Asian name as written ('Ли Со Ён'); 0: off"),
    _s("joined_name_particles", "words", [],
       "particles that join a South Asian name into one hyphened word ('Inzamam-ul-Haq'): such a word is a person"),
    _s("woman_oblique_surname_endings", "words", [],
       "endings only a woman's surname in an oblique case has ('Рахімавай'): the name before it is hers, so inflected"),
    _s("indeclinable_surname_endings", "words", [],
       "endings of surnames that do not decline ('Бугадзэ'): kept as written when the name loses a title's case ending"),
    _s("feminine_only_endings", "words", [], "base endings of nouns that decline only as feminine ('ь'): a man's unknown "
       "surname read so ('Петера Шомоди') does not decline (indeclinable.py)"),
    _s("indeclinable_given_endings", "words", [],
       "endings of a given name that does not decline ('Хасэ', 'Рамуне'): its base form says nothing of the case; "
       "before an indeclinable surname it stays as written (indeclinable.py)"),
    _s("genitive_cues", "words", [],
       "words right before a name that put it in the genitive ('паводле'): an unknown name's case ending comes off"),
    _s("genitive_name_endings", "words", [], "a name word's genitive endings, undone after a genitive cue"),
    _s("vowels", "str", "", "the alphabet's vowel letters, lower case (a man's surname in the genitive adds 'а' to a "
       "consonant: 'Карповіча')"),
    _s("surname_genitive_ending", "str", "", "the ending a man's surname ending in a consonant takes in the genitive "
       "('Карповіч' -> 'Карповіча'): after a given name that may be a woman's, it makes that name a man's in the "
       "genitive ('Аляксандра Карповіча'; rules only)"),
    _s("name_soft_endings", "words", [], "letters ending a name's base form that give way to a case ending "
       "('Вэйминь' -> 'Вэйминем', 'Андрей' -> 'Андрея'): a later word that is the earlier one without its ending, "
       "less such a letter, is the same name's base form (ranking.py)"),
    _s("surname_oblique_endings", "words", [],
       "endings a surname has only in an oblique case, never as a woman's base form (rules only)"),
    _s("genitive_endings", "words", [], "endings of genitive words inside an organisation or role phrase"),
    _s("adjective_endings", "words", [], "endings of adjectives (packs without an analyser)"),
    _s("prepositions", "words", [], "the language's prepositions (packs without an analyser): a word right after one, "
       "in no oblique adjective form, is the noun it governs, not an adjective of the title after it "
       "('на цырымоніі міністр')"),
    _s("org_and", "words", [], "\"and\" between two genitive words of one organisation name (\"транспорта и коммуникаций\")"),
    _s("oblique_adjective_endings", "words", [],
       "endings of adjectives in an oblique case: such a capitalised word before a noun is no name (rules only)"),
    _s("relational_adjective_endings", "words", [], "endings of adjectives of relation ('шахматная', 'японскі') "
       "that open a lower-case organisation name (packs without an analyser)"),
    _s("adjective_suffixes", "words", [], "a lower-case word after a name ending so modifies a noun"),
    _s("verb_endings", "words", [], "endings of verbs: no genitive word of a name"),
    _s("past_subject_endings", "pairs", [], "[given-name ending, past-tense verb ending]: an unknown capitalised "
       "pair opening a sentence before a verb that agrees with it is a name ('Ефрасіння Жаўрыд выйграла'; "
       "'' matches any name; rules only)"),
    _s("head_gender_endings", "pairs", [], "[ending, gender] of organisation heads, first match"),
    _s("possessive", "words", [], "possessive endings stripped from names (\"'s\")"),
    _s("case_endings", "bool", True, "names and titles change their endings with case; false (English): any inner "
       "capitalised pair may be a name, a third name word joins only after a given name or an initial, a title "
       "joins a name only across title words"),
    # function words
    _s("connectors", "words", [], "words inside names ('of', 'and')"),
    _s("clause_breaks", "words", [], "words a role phrase never reaches across"),
    _s("articles", "words", [], "articles skipped before an appositive title"),
    _s("speech_cues", "words", [], "word starts of speech verbs: a person named beside one is quoted"),
    _s("named_after", "words", [],
       "words (or a two-word phrase) after which the eponym of an organisation follows ('имени', 'named after')"),
    _s("role_prefixes", "words", [], "prefixes that make a new title of a known one ('ex-')"),
    _s("role_modifiers", "words", [], "words of a compound title before its head ('transport')"),
    _s("role_capitalised_modifiers", "bool", False, "a capitalised word before a capitalised title joins it"),
    _s("role_clauses", "pairs", [], "[verb start, title]: 'X, которой руководит Y' makes Y the title of X"),
    _s("role_perfect_clauses", "pairs", [], "[auxiliary and participle starts, title]: a perfect right after the name "
       "says what the person heads ('X has led the agency since 2019' -> 'head of the agency'; role_phrases.py)"),
    _s("role_lower_case", "bool", False, "titles are written in lower case: a sentence-initial capital is dropped"),
    _s("role_and", "words", [], "'and' joining two words of one title's complement ('Minister of Industry and Trade')"),
    _s("portfolio_words", "words", [], "words of a government portfolio written in capitals after a title and "
       "'of' ('Minister of Commerce', 'of Plantation and Commodities'): the title's, not the name after it"),
    _s("portfolio_links", "words", [], "words joining a title to its portfolio ('of', 'for'; title_portfolios.py)"),
    _s("role_clause_link", "str", "", "word joining a role clause's title to its object as written ('of': 'X, who "
       "heads the port authority' -> 'head of the port authority'); empty: the object's noun in the genitive"),
    _s("role_owner_reach", "int", 0, "sentences back where a title ending in a bare organisation noun ('глава "
       "партии') finds the organisation the text named by that noun ('партии «Яблоко»'); 0: off"),
    _s("role_from_words", "words", [], "prepositions after a name that give the organisation the person is from "
       "('X из команды «Y»')"),
    _s("role_copulas", "words", [], "copulas after a sentence-opening pronoun ('is', 'является'): the title after "
       "them is the role of the one person the sentence before names"),
    _s("role_verbs", "pairs", [], "[word starts of a link after a name, prefix of a past title]: 'X является "
       "председателем …', 'X, who serves as …' give X the title after the link; a non-empty prefix marks a past "
       "link ('занимавш пост', 'экс-')"),
    _s("role_verb_fillers", "words", [], "words that may stand between a name and its role_verbs link ('который', "
       "'ранее', 'who')"),
    _s("role_prepositions", "words", [], "prepositions inside a title's complement, with the few words they take "
       "('заместитель председателя по работе с клиентами'): a title before a name reaches across them"),
    _s("relation_nouns", "words", [], "kin nouns in base form ('widow'): before a title they make the role the "
       "relation ('widow of the director'), not the relative's title"),
    # places
    _s("pycountry_locale", "str", "", "locale of pycountry's country names for the gazetteer"),
    _s("combining_form_endings", "words", [], "endings of a nationality's combining form opening a hyphenated pair "
       "('Sino-', 'Anglo-'): 'Sino-Belarusian' names no place (place_words.demonym_pair)"),
    _s("place_spelling_folds", "pairs", [], "[classical, standard] letter groups: a place written in another "
       "orthography ('у Сьвіслачы') is looked up in the standard one too ('Свіслач')"),
    _s("building_heads", "words", [], "nouns of a building named by its head and a genitive after it ('во Дворце "
       "молодёжи', 'у Дома правительства'): the whole phrase is a place"),
    _s("place_stem_vowels", "pairs", [], "[inflected, base] vowels of a place's stem that alternate when the "
       "stress moves to the ending ('у Крамлі' -> 'Крэмль', 'Сажа' -> 'Сож'): tried on the last such vowel "
       "when no other base form is listed"),
    _s("place_prepositions", "words", [], "an unknown capitalised name after one of these is a place"),
    _s("locative_prepositions", "words", [], "prepositions saying where something happens: such places rank first"),
    _s("origin_prepositions", "words", [], "'of', 'from': a name after one, beside a person, is a home town"),
    _s("place_of_heads", "words", [], "'city' of 'the city of X': the name after it is a place"),
    _s("place_heads_in_name", "words", [], "lower-case place heads that stay in the place's name ('the Pinsk "
       "district' is 'Pinsk district', another place than the town), where other lower-case heads do not"),
    _s("place_name_neighbours", "bool", False, "a listed place beside another capitalised word is part of a name"),
    _s("place_prefixes", "words", [], "compass words that may stand before a place ('East')"),
    _s("affiliation_prepositions", "words", [], "after a person noun, names an organisation ('analysts at X')"),
    _s("country_aliases_one_place", "bool", False, "the names of one country (one ISO code in country_names.tsv "
       "or pycountry: 'РФ', 'Российская Федерация', 'Россия') are one place of a brief, named as the text first does"),
    _s("place_apposition_heads", "words", [], "lower-case place nouns (base form) whose capitalised apposition is "
       "a place ('провинция Хэнань', 'город Кемерово')"),
    _s("unagreed_place_heads", "words", [], "place nouns (base form) whose named apposition keeps the nominative when "
       "it can ('у деревни Дубки', not 'Дубка'): place_phrases.place_after_head"),
    _s("region_suffixes", "pairs", [], "[inflected ending, base ending] of regions named after their town "
       "('Браслаўшчыне' → 'Браслаўшчына'): a capitalised word so ending is a place (place_regions.py)"),
    _s("place_elided_head", "str", "", "base form of the region noun a text leaves out after a district "
       "('Лідскі раён Гродзенскай' → 'Гродзенская вобласць'); empty: none"),
    _s("place_elided_endings", "words", [], "oblique endings of a place adjective agreeing with the elided region "
       "noun ('-скай', '-цкай'): such an adjective alone after a district is that region"),
    _s("compass_adjectives", "words", [], "base forms of compass adjectives ('южный', 'центральный') that make one "
       "place with the listed place after them ('Южная Америка', 'западная Европа')"),
    _s("seats_of_power", "words", [], "listed places that name the body seated there ('Кремль', 'Белый дом'): an "
       "organisation where it acts, a place after a locative preposition ('в Белом доме')"),
    _s("product_nouns", "words", [], "lower-case nouns (base form) of things that are no organisation: a name in "
       "another script right after one names that thing ('операционная система Windows', 'конкурс The Best of "
       "Blogs'), not an organisation"),
    _s("memorial_heads", "words", [], "lower-case nouns of a memorial (base form: 'памятник', 'мемориал'): with the "
       "name of the person it honours after it, one place ('памятник Юрию Долгорукому'); the person stays a person"),
    _s("place_first_mention_weight", "number", 1.0, "weight of an early first mention in ranking places"),
    # organisations
    _s("foreign_org_pattern", "str", "", "regular expression of names in another script (organisations)"),
    _s("web_domains", "words", [], "top-level domains: a web address names a publication"),
    _s("bare_head_is_org", "bool", False, "a capitalised organisation head alone inside a sentence names one"),
    _s("lower_head_after_name_is_org", "bool", True,
       "a capitalised word before a lower-case organisation head makes an organisation ('Государственная дума')"),
    _s("org_name_prepositions", "pairs", [], "[preposition, the case it governs, named as in factsheet/morphology.py]: the phrase it opens after an "
       "organisation name is part of it ('комитет по иностранным делам', 'совет при президенте'); analyser packs"),
    _s("frequent_single_names_are_orgs", "int", 0, "a single unknown name this frequent is an organisation (0: off)"),
    _s("media_names", "bool", False, "a capitalised name ending in a media head ('China Daily') beside a reporting "
       "cue, or next to a lower-case media noun ('the newspaper Granma'), names a publication"),
    _s("org_before_words", "words", [], "lower-case words after which a single unknown capitalised name is an "
       "organisation ('beat Essex', 'against Yorkshire')"),
    _s("org_after_words", "words", [], "lower-case words before which a single unknown capitalised name is an "
       "organisation ('Magna shares', 'Essex beat')"),
    _s("unknown_lists_are_orgs", "bool", False, "a list of three or more single unknown names ending in a list "
       "conjunction names organisations ('followed by Skoda, Renault and Hyundai'; org_lists.py)"),
    _s("domain_heads", "words", [], "lower-case organisation heads (base form) whose lower-case genitive complement "
       "names a body of its own ('министерство обороны', 'федерация тенниса'; org_parts.domain_follows, org_remit.py)"),
    _s("plural_heads", "words", [], "organisation heads (base form) whose bodies are named in the plural even one "
       "per place ('правоохранительные органы Китая, Малайзии': each country's 'органы'; org_coordinated.py)"),
    _s("posted_heads", "words", [], "organisation heads (base form) of bodies posted somewhere: a listed place after "
       "a posted preposition is part of the name ('посольство России в Японии'; org_parts.posted_tail)"),
    _s("posted_prepositions", "words", [], "locative prepositions whose listed place ends an organisation's name "
       "after a posted head or a prepositional tail ('… по безопасности и сотрудничеству в Европе')"),
    _s("unit_heads", "words", [], "lower-case heads (base form) of a unit of a larger body: before that body's "
       "abbreviation they name the unit ('пресс-служба МЧС', 'комитет ООН'; org_parts.abbreviation_follows)"),
    _s("office_body_heads", "words", [], "lower-case heads (base form) of the body serving one office holder: "
       "with the holder's title in the genitive after them they name it ('администрация президента', "
       "'пресс-служба губернатора'; org_bounds.office_holder)"),
    _s("name_adjectives", "words", [], "adjectives of quality (base form) that open the names of institutions: "
       "with an organisation head after them one opening a sentence is a name too ('Верховный суд', 'Большой театр')"),
    _s("domain_genitive_endings", "words", [], "endings of a genitive that only right after a domain head reads as "
       "one (Belarusian masculine -у: 'Міністэрства транспарту'; org_remit.domain_genitive)"),
    _s("kind_heads", "words", [], "nouns (base form) for a sort of organisation: one adjective opening a sentence "
       "before one, with nothing after it, describes a body and names none ('Российская компания купила …'; "
       "org_kinds.py)"),
    _s("genitive_adjective_endings", "words", [], "endings only an adjective in the genitive has ('Нацыянальнага'): "
       "a noun with a ``domain_genitive_endings`` ending right after one inside a name is its genitive noun "
       "(org_remit.domain_genitive)"),
    _s("plural_genitive_endings", "words", [], "endings of a noun's genitive plural, which no singular form of a "
       "title has: such a title after an organisation head names its members ('саюз прадпрымальнікаў'; "
       "org_parts.members; packs without an analyser)"),
    _s("people_plural_endings", "words", [], "plural endings of agent nouns for people ('сінаптыкі', "
       "'спецыялісты'), for a pack without an analyser: a single unknown name after one is an organisation "
       "(org_people.people_before)"),
    _s("resident_nouns", "words", [], "plural nouns for the people of a place ('жители', 'жыхары'), in every case "
       "form: a name after one is the place they live in, not a body they work for (org_people.people_before)"),
    _s("org_stump_prefixes", "words", [], "first syllables, capitalised, that open the stump compounds naming "
       "bodies ('Мін' of 'Мінтранс', 'Бел' of 'Белгідрамет'): such a single unknown name is an organisation "
       "(org_people.stump_name)"),
    _s("meeting_nouns", "words", [], "nouns (base form) of a meeting or session: after one, the body named in the "
       "genitive ends before a prepositional phrase, the meeting's topic ('совещание облисполкома по вопросам "
       "урожая'; org_topics.py)"),
    _s("relational_suffixes", "words", [], "base-form endings of adjectives made from a noun ('шахмат-ный', "
       "'почт-овый'): with a stem the analyser knows as a noun the adjective relates, even where the analyser reads "
       "a quality (org_parts.relational)"),
    _s("sequence_adjectives", "words", [], "adjectives (base form) that place a thing in time or a sequence "
       "('следующий', 'последний', 'нынешний', 'бывший'): no adjective of relation, so one opening a sentence "
       "opens no organisation name ('Следующая партия игрушек'; org_parts.relational)"),
    _s("org_nouns", "words", [], "lower-case nouns before a capitalised name that make it an organisation ('the "
       "consulting firm X')"),
    _s("number_words", "words", [], "words before a number that belongs to a name ('No' of 'Trust No. 35'; "
       "organisations.py)"),
    _s("employer_prepositions", "words", [], "prepositions between a noun for a person's job and the name of the "
       "employer ('an analyst at Smith Barney'; org_employer.py)"),
    _s("firm_frame_before", "words", [], "lower-case words or two-word phrases right before a name that only a "
       "firm's name follows ('shares of', 'a stake in'): a person-shaped name there is a firm (firm_frames.py)"),
    _s("firm_frame_after", "words", [], "lower-case words right after a name (or its possessive) that only follow a "
       "firm's name ('X shares', 'X's shareholders', 'X analyst Y'): a person-shaped name there is a firm"),
    _s("job_nouns", "words", [], "nouns for people by their work that no roles list holds ('trader', 'workers'): "
       "the name after them and an employer preposition is the employer (org_employer.py)"),
    _s("compass_lower_case", "bool", True, "a compass adjective in lower case joins the place after it ('западной "
       "Европы'); false where only a capitalised one does ('Central Asia', not 'central Seoul')"),
    _s("sport_words", "words", [], "sports ('rugby'): with a nationality, a place or a reach word they name a "
       "federation ('World Rugby', 'British Cycling'; org_bodies.py)"),
    _s("sport_body_openers", "words", [], "capitalised words of a federation's reach besides places ('World')"),
    _s("legislature_names", "words", [], "proper names of national legislatures ('Saeima', 'Knesset'; org_bodies.py)"),
    _s("agent_suffixes", "words", [], "endings of nouns for a person by their work or activity ('-ist', '-ніст', "
       "'-истка'): such a noun right before a name is its title though no roles list holds it (role_agents.py)"),
    _s("agent_exceptions", "words", [], "words with an agent ending that name no person ('number', 'помнік')"),
    _s("double_surnames", "words", [], "surnames after which a second surname follows in one name ('Garcia' of "
       "'Alberto Garcia Aspe'; name_shapes.first_of_two_surnames)"),
    _s("double_surname_endings", "words", [], "endings of such a first surname (the Spanish patronymic '-ez')"),
    _s("firm_suffixes", "words", [], "legal suffixes that end a firm's full name ('Inc', 'Plc', 'AG'): the name's "
       "leading words written alone are its short form ('Magna' of 'Magna International Inc'; org_aliases.py)"),
    _s("remit_endings", "words", [], "endings of the words a preposition of org_name_prepositions governs, read by "
       "rules where no analyser tells the case ('па ахове здароўя'): org_remit.py"),
    _s("group_heads", "words", [], "organisation heads naming a group of people ('делегация'): an adjective opening "
       "the sentence before one makes no organisation ('Итальянская делегация'); base forms"),
    _s("org_compound_links", "str", "", "linking vowels of compound nouns: a lower-case word whose part after one "
       "is an organisation head is that head ('хлебазавод', 'мясокомбинат'); empty: none"),
    _s("org_suffixes", "words", [], "endings that make a single capitalised word a firm ('-bank': 'Citibank')"),
    _s("list_introducers", "words", [], "words (or two-word phrases) that open a list of examples after a plural "
       "noun for firms ('oil companies, including Mobil and Texaco'; org_frames.py)"),
    _s("thing_relatives", "words", [], "relative pronouns for things ('which'): a single unknown name before one, "
       "after a comma, is an organisation ('Chevron, which runs …')"),
    _s("plural_endings", "words", [], "endings of plural nouns: a plural's possessive inside an organisation's name "
       "('Traders' Association'), a people named in the plural ('Arabs')"),
    _s("apposition_openers", "words", [], "words that open an apposition before a connector ('one' of 'X, one of the "
       "largest banks,'): the kind of firm named after them (org_lists.py)"),
    _s("nationality_nouns", "words", [], "nouns for one person of a nation ('Spaniard', 'Swede') that vouch for the "
       "unknown name after them (person_cues.py)"),
    _s("team_result_words", "words", [], "lower-case words of a match result ('beat', 'drew', 'against') beside a "
       "listed town that make it a team named after it, an organisation (team_places.py)"),
    _s("acronym_owner_chains", "bool", False, "the owner follows its unit in the genitive, so two acronyms side by "
       "side name one body ('УГАИ МВД'; org_chains.py)"),
    _s("trade_agent_nouns", "words", [], "agent nouns of a trade in goods that name firms ('trader', 'producer'): "
       "with the goods before them, one capitalised word after them is a firm ('grain trader Astykzhol'; "
       "org_trade_agents.py)"),
    _s("trade_goods_not_endings", "words", [], "endings of a verb form or adverb ('-ed', '-ing', '-ly'): such a "
       "lower-case word before a trade noun is no goods noun ('the newly trader' is no trade name; "
       "org_trade_agents.py)"),
    _s("area_nouns", "words", [], "organisation heads (base form) that, bare before a place in the genitive, name a "
       "part of that place, not a body ('в центре Минска'; org_heads.org_head)"),
    _s("contest_words", "words", [], "nouns and verbs (base forms, or word forms where the pack has no analyser) of a "
       "game or bout: a quoted name after an opponent preposition near one is a team ('сыграют против «Шахтёра»'; "
       "org_opponents.py)"),
    _s("opponent_prepositions", "words", [], "prepositions that name the opponent in a game ('против', 'с'; "
       "org_opponents.py)"),
    _s("team_match_words", "words", [], "words of a match ('against', 'lost') that make a listed town beside them a "
       "team only in a sentence with a score ('lost 2-1 against Bologna'; team_places.py)"),
    _s("team_role_words", "words", [], "players' roles ('captain', 'striker') that make the listed town before them "
       "and a name a team ('Surrey all-rounder Adam Hollioake'; team_places.py)"),
    _s("team_sports", "words", [], "sports played between teams ('soccer', 'cricket'): a headline opening with one "
       "makes the report's match frames name clubs (team_sides.py)"),
    _s("side_after_words", "words", [], "words of a side's result after its name ('beat', 'lost', 'beaten'; "
       "team_sides.py)"),
    _s("side_before_words", "words", [], "words (or two-word cues) before the opponent's name ('against', 'lost to'; "
       "team_sides.py)"),
    _s("thing_pronoun_links", "words", [], "a conjunction between a speech verb and a thing pronoun ('said that its')"),
    _s("thing_pronouns", "words", [], "pronouns for a thing ('it', 'its'): a single unknown name whose speech verb "
       "goes on with one speaks for a firm or body ('Sandoz said its profit rose'; org_frames.py)"),
    _s("vessel_nouns", "words", [], "nouns (one or two words) for a kind of ship ('tanker', 'aircraft carrier'): the "
       "capitalised name after one is a ship, neither organisation nor person (vessels.py)"),
    _s("pet_name_words", "words", [], "word starts of the nouns for an animal's name ('кличк'): the capitalised "
       "word after one names an animal, neither organisation nor person (pet_names.py)"),
    _s("vessel_prefixes", "words", [], "prefixes written before a ship's name ('USS', 'HMS'; vessels.py)"),
    _s("place_opening_heads", "words", [], "heads of natural features that open their names ('lake' of 'Lake "
       "Baikal', 'mount'): such a name is a place (place_openers.py)"),
    _s("side_auxiliaries", "words", [], "words between a side and its result ('were beaten', 'easily won')"),
    _s("side_titles", "words", [], "words of a side's standing that open a sentence before its name ('Holders "
       "Parma'; team_sides.py)"),
    _s("digest_words", "words", [], "headline words of a press digest ('digest'): a line of capitalised words "
       "alone in one names a newspaper (press_digest.py)"),
    _s("national_sides", "words", [], "places besides countries whose sides stay places ('England', 'Wales')"),
    _s("event_words", "words", [], "words that make a capitalised name an event, not an organisation ('Open')"),
    _s("camel_case_orgs", "bool", False, "a single word with a capital inside ('KeyCorp') names an organisation"),
    _s("camel_surname_prefixes", "words", [], "prefixes before a capital inside a surname ('Mc' of 'McDonald'): "
       "such a word is no organisation by its shape"),
) + PERSONS

SCHEMAS = {"entities": ENTITIES, "quote_marks": QUOTE_MARKS}


def validate(data: dict, schema: tuple[Setting, ...], path) -> MappingProxyType:
    """``data`` with every default filled in, read-only; an unknown or mistyped key raises ValueError naming
    ``path`` and the key (the pack loader turns it into the one-line error)."""
    known = {s.name: s for s in schema}
    for key, value in data.items():
        setting = known.get(key)
        if setting is None:
            raise ValueError(f"{path}: unknown setting {key!r}")
        check, wanted = CHECKS[setting.type]
        if not check(value):
            raise ValueError(f"{path}: setting {key!r} must be {wanted}")
    return MappingProxyType({s.name: data.get(s.name, s.default) for s in schema})
