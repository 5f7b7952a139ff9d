"""The settings of a pack's ``quote_marks.toml`` (packschema.SCHEMAS reads them): the speech rules' words."""
from __future__ import annotations

from .setting import setting as _s

QUOTE_MARKS = (
    _s("pairs", "pairs", [["\"", "\""]], "quotation marks as [opening, closing]; a mark in both places is read by "
       "its neighbours (after a space it opens)"),
    _s("min_words", "int", 4, "the shortest quoted span (in words) that can be a direct quote"),
    _s("long_words", "int", 8, "a span this long is a quote even without attribution or final punctuation"),
    _s("addressee_verbs", "words", [], "verbs whose object is the listener, not the speaker ('told')"),
    _s("listener_pronouns", "words", [], "object pronouns that are the listener after an addressee verb ('told us the "
       "plant would …'): the retold clause starts after them"),
    _s("asking_verbs", "words", [], "speech verbs of a question ('asked', 'спросил'): what follows them without a "
       "conjunction ('X, a reporter, asked about the cost') is the question's topic, not the speaker's words"),
    _s("source_cues", "words", [], "phrases opening reported speech by its source ('according to', 'паводле')"),
    _s("that_words", "words", [], "the conjunction opening a retold clause after a speech verb ('that', 'што')"),
    _s("anonymity_phrases", "words", [], "phrases of sources who ask not to be named ('asked not to be named', "
       "'попросил не называть его имени'): such a sentence's words are nobody's the text names"),
    _s("bare_clause_verbs", "words", [], "speech verbs that retell a clause with no conjunction ('X said the plant…')"),
    _s("said_time", "words", [], "prepositions of the day a clause was said on, before it ('said on Monday it had "
       "…'): the day stays out of the clause"),
    _s("back_cues", "words", [], "phrases opening a sentence that attributes the sentence before it ('Об этом "
       "сообщил X', 'Пра гэта паведаміў X')"),
    _s("referring_nouns", "words", [], "nouns after a quote that stand for the person last named, as a pronoun "
       "does ('собеседница', 'суразмоўца')"),
    _s("possessives", "words", [], "possessive pronouns that, in the words before a colon, point to the person "
       "last named as the speaker ('Her verdict: \"…\"', 'Яго адказ: «…»')"),
    _s("male_pronouns", "words", [], "pronouns of a man ('he', 'ён'): after a quote they stand for the last man named"),
    _s("female_pronouns", "words", [], "pronouns of a woman ('she', 'яна'): after a quote, the last woman named"),
    _s("quoting_verbs", "words", [], "verbs whose object is the speaker ('«…», — цитирует его издание', 'the paper "
       "quoted him'): a pronoun after one points to the person last named"),
    _s("interview_cues", "words", [], "phrases of an interview's lead saying the text talked to someone ('spoke to "
       "us', 'мы пагутарылі з'): the person that sentence names is the guest, whoever the lead named first"),
    _s("interviewer_roles", "words", [], "role words of the one who asks in an interview ('correspondent', "
       "'карэспандэнт'): a person the lead names with such a role ('answered our correspondent X's questions') put the "
       "questions and is not the guest"),
    _s("answer_labels", "words", [], "labels opening an interview answer line ('A', 'Ответ'): the guest's words"),
    _s("participle_endings", "words", [], "endings of a participle or gerund opening a sentence ('Speaking to "
       "reporters, X said …'): that phrase is no retold clause"),
    _s("verb_joins", "words", [], "words joining a second speech verb to the subject's first verb ('X called it "
       "harsh and said …'): the speaker opens the sentence"),
    _s("clause_openers", "words", [], "words opening a subordinate clause after a comma ('…, where Speaker X said "
       "she would …'): the clause X said follows the verb; the words before the comma are not X's"),
    _s("org_bare_verbs", "words", [], "the bare clause verbs that retell an organisation's clause ('Bank X says it "
       "approved …'); with the others an organisation does things ('X added three routes')"),
    _s("org_referring_nouns", "words", [], "nouns that, as the subject of a speech verb, stand for the organisation "
       "last named ('ведомство', 'press service')"),
    _s("plural_pronouns", "words", [], "pronouns of a group ('они', 'яны', 'they'): as the subject of a speech verb "
       "they stand for no one person"),
    _s("agent_suffixes", "words", [], "endings of agent nouns ('-арка', '-истка', '-ник'): such a noun alone as the "
       "subject of a speech verb ('Аўтарка прызналася, што …') stands for a person named before"),
    _s("relative_pronouns", "words", [], "relative pronouns between a person and a speech verb ('X, who said that "
       "…', 'X, который заявил'): the person is the speaker"),
    _s("naming_verbs", "words", [], "verbs of naming a few words before a quoted phrase ('calling the bridge \"a …\"', "
       "'назвав его «…»'): the phrase is the subject's words"),
    _s("citing_cues", "words", [], "phrases that cite a source between a subject and its speech verb ('РБК со "
       "ссылкой на источники пишет', 'Bloomberg citing sources said'): the subject ends before them"),
    _s("as_words", "words", [], "the conjunction that, with a speech verb after it, opens a source clause ('Как "
       "пояснил X, …', 'As X explained, …')"),
    _s("unnamed_speakers", "words", [], "nouns that, opening a speech verb's subject with no name, introduce somebody "
       "new the text does not name ('Представитель банка ответил, что …', 'a source said'): no speaker, not the person "
       "last named, unless a person named before holds that title"),
    _s("org_named_nouns", "words", [], "nouns that stand for an organisation only when one named with that word came "
       "before ('the cabinet has said' after 'the Cabinet of Ministers'), never for the organisation last named"),
)
