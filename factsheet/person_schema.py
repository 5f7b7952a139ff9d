"""The persons-and-ranking settings of a pack's ``entities.toml`` (packschema.ENTITIES ends with them)."""
from __future__ import annotations

from .setting import setting as _s

PERSONS = (
    _s("confirm_unknown_persons", "bool", False, "keep only persons a given name, title or role confirms"),
    _s("person_noun_endings", "words", [], "endings of a lower-case noun for a person before an unknown name"),
    _s("descriptor_endings", "words", [], "endings of a capitalised word that describes the name after it ('-based')"),
    _s("byline_words", "words", [], "a word opening a byline line before the author's name ('By'): the author is "
       "no participant"),
    _s("abbreviated_org_words", "words", [], "organisation words written with a dot that belongs to the name ('Inc.')"),
    _s("person_of_nouns", "words", [], "nouns that take a person after 'of' ('the regime of X', 'widow of X'): an "
       "unknown name there is a person's (person_cues.py)"),
    _s("person_relatives", "words", [], "relative pronouns only persons take ('who'): a name before ', who' is one"),
    _s("possessive_relatives", "words", [], "'whose', 'чей': the noun between it and a name is the person's role (role_whose.py)"),
    _s("possessive_determiners", "words", [], "'his', 'her': 'His partner in the pairs, X,' gives X the noun as a role (role_whose.py)"),
    _s("list_conjunctions", "words", [], "words joining the names of a list ('and'): a name beside a person is one"),
    _s("rank_people_and_orgs_together", "bool", False, "rank persons and organisations in one list"),
    _s("lead_actor_weight", "number", 3.0, "ranking bonus of the actor the lead sentence names first"),
    _s("subject_counts", "words", [], "count words before a person noun (the lead's unnamed subject: 'Several people died')"),
    _s("subject_fillers", "words", [], "words skipped inside the subject ('at', 'least')"),
    _s("subject_articles", "words", [], "articles trimmed from the subject"),
    _s("subject_modifier_endings", "words", [], "endings of adjectives inside the subject"),
    _s("subject_counted_only", "words", [], "person-noun forms that are a subject only after a count"),
    _s("subject_verb_endings", "words", [], "endings of a verb right after the subject"),
    _s("source_cues", "words", [], "word starts that name a publication as the source ('reported')"),
)
