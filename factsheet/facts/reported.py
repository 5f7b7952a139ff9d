"""Speech without quotation marks: interview answers led by a dash, and reported speech.

- An interview answer is a sentence opened by a dash right after a question ("Did the rules hurt you?" / "— Not
  much."), going on until the next question or dash; its speaker is the interviewee, the first person the text
  names before the first answer (the lead introduces the guest).
- Reported speech is a clause attributed by a speech verb or a source cue: "X said (that) …", "X заявіў: …",
  "…, сообщил X.", "Паводле X, …", "according to X, …". The speaker is the person named in the attribution, a
  pronoun or a role word ("he", "ён", "глава Нацбанка") standing for the person last named (speakers.speaker).
  A clause is kept with a person as speaker, or an organisation where the text names no person (org_speech.py:
  "Міністэрства паведаміла, што …").
The rules read the pack's ``quote_marks.toml``: ``source_cues`` (phrases opening "according to X,") and
``that_words`` (the conjunction after the verb, dropped from the clause).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .. import tokens
from ..model import Quote
from ..patterns import alternation
from .dates.rules import rules as date_rules
from .resources import resources
from . import interview_quotes, org_speech, speech_shapes, told_clause
from .mention_view import mentions_between
from .interview_turns import DASH, after_dashed_statement, asking_paragraph, dash_asking, dashed_turns, question
from .speakers import by_surname, last_organisation, last_person, refers_back, speaker

ENDS = ".!…»”\"\u201c"  # a sentence of an answer ends so; "?" ends the answer (the next question)
MIN_WORDS = 3  # a shorter clause is no statement ("he said so")
MAX_ANSWER = 6  # sentences of one interview answer at most
TAIL_WORDS = 10  # words after "X said" ending a sentence: "…, Y said on Tuesday after meeting officials in Minsk"
NARRATOR_WORDS = 4  # "The governor also said": the subject and an adverb before the speech verb
CUE_WORDS = 6  # "according to the research firm X,": the source between the cue and the comma, unless a person
LEAD_WORDS = 12  # "clause, Deputy Chairman of the City Committee X said": title and name between the comma and the verb


class Cues:
    """The pack's reported-speech cues, compiled once per pack."""

    def __init__(self, pack):
        t = pack.settings("quote_marks")
        cues = t["source_cues"]
        self.cue = re.compile(r"^\W*(?:" + alternation(cues) + r")(?!\w)", re.IGNORECASE) if cues else None
        self.bare = {w.lower() for w in t["bare_clause_verbs"]}
        self.org_bare = {w.lower() for w in t["org_bare_verbs"]}
        # the cue set off by commas inside the sentence: "К осени, по его словам, достроят школу"
        self.aside = re.compile(r",\s*(?:" + alternation(cues) + r")(?!\w)(?P<who>[^,]{0,60}?),",
                                re.IGNORECASE) if cues else None
        back = t["back_cues"]
        self.back = re.compile(r"^\W*(?:" + alternation(back) + r")(?!\w)", re.IGNORECASE) if back else None
        ends = t["participle_endings"]  # a participle opening the sentence is no retold clause
        self.participle = re.compile(rf"^\W*{tokens.LETTER}+?(?:" + alternation(ends) + r")(?!\w)",
                                     re.IGNORECASE) if ends else None
        self.stop = pack.words("stopwords")  # "Everything", "During": no participles
        self.joins = {w.lower() for w in t["verb_joins"]}
        self.clause_links = self.joins | {w.lower() for w in t["clause_openers"]}  # ", where X said she would …"
        self.relatives = {w.lower() for w in t["relative_pronouns"]}  # "opposed by X, who said that …"
        self.articles, self.preps = resources(pack).articles, speech_shapes.prepositions(resources(pack))
        citing = t["citing_cues"]  # "со ссылкой на источники" between the subject and its speech verb
        self.citing = re.compile(r"(?<!\w)(?:" + alternation(citing) + r")(?!\w)", re.IGNORECASE) if citing else None
        self.as_words = {w.lower() for w in t["as_words"]}  # "Как пояснил X, …": a cue with any speech verb
        that = "|".join(map(re.escape, t["that_words"])) or "(?!)"
        # the conjunction opening the clause, a few words after the verb at most ("told reporters on Thursday that",
        # "warned in a letter to congressional leaders that")
        days = [*date_rules(pack).weekdays, *date_rules(pack).months] if t["said_time"] else []
        # the day a bare clause was said on, before it ("said on Monday it had signed …"): no word of the clause
        self.said_on = re.compile(rf"^(?:{alternation(t['said_time'])})\s+(?:{alternation(days)})(?:\s+\d{{1,2}})?"
                                  r",?\s+(?=\w)", re.IGNORECASE) if days else None
        self.that = re.compile(
            rf"^[\s,:]*(?:(?:(?={tokens.LETTER}){tokens.WORD},?\s+){{0,6}}?(?:{that})(?!\w))?[\s,:]*", re.IGNORECASE)


def answers(sentences, view, taken: set[int], verb=None, paragraphs=None, cue=None,
            subjects=frozenset(), interview=None) -> list[Quote]:
    """Dash-led answers after a question, given to the interviewee (see the module note). ``verb``: the pack's
    speech verbs, which tell the narrator's lines after an answer ("Иван Сенкевич отметил, что …");
    ``paragraphs``: the sentence indices opening a paragraph, when known (an answer stops at the interviewer's);
    ``cue``: the pack's source cues ("According to X, …" opening a paragraph is the narrator's); ``subjects``: role
    words and third-person pronouns, which as the subject of a speech verb tell the narrator too ("Губернатар
    таксама згадаў, што …")."""
    out, k = [], 0
    first = next((i for i in range(1, len(sentences)) if DASH.match(sentences[i])
                  and sentences[i - 1].rstrip().endswith("?")), None)
    if first is None:
        return out
    guest = interview_quotes.introduced(view, sentences, first, interview) or guest_before(view, first, interview) \
        or _lead_name(sentences[:first], view)  # ``interview``: the pack's cues of a guest introduced
    if guest is None:
        return out
    k, turns = first, dashed_turns(sentences, paragraphs)
    while k < len(sentences):
        if not (_opens_answer(sentences, k, first, taken) or turns and after_dashed_statement(sentences, k, paragraphs,
                                                                                           taken)) \
                or k in taken or dash_asking(sentences, k, paragraphs, k - 1 in taken):
            k += 1
            continue
        end = k + 1
        while end < len(sentences) and end - k < MAX_ANSWER and not DASH.match(sentences[end]) \
                and (sentences[end].rstrip()[-1:] in ENDS or paragraphs and end not in paragraphs) \
                and end not in taken \
                and not ((not turns or end in paragraphs) and end + 1 < len(sentences) and DASH.match(sentences[end + 1])
                         and not question(sentences[end + 1])
                         and not dash_asking(sentences, end + 1, paragraphs, True)) \
                and not (_narrator(sentences[end], end, guest, view, verb, subjects)
                         and (not paragraphs or end in paragraphs)) \
                and not asking_paragraph(sentences, end, paragraphs) \
                and not (cue is not None and paragraphs and end in paragraphs and cue.match(sentences[end])):
            end += 1  # up to the next question, dash or line without a final stop (a byline: "Гутарыў А. Б."),
            # or a line the next dash answers ("Critics say the tickets are too dear." / "— They are not."; where
            # the interviewer's questions are dash-led too, the line before "— Что дальше?" is still the answer)
        text = " ".join(s.strip() for s in sentences[k:end])
        out.append(Quote(speaker=guest, text=DASH.sub(lambda m: m.group()[-1], text, count=1),
                         evidence=list(range(k, end))))
        taken.update(range(k, end))
        k = end
    return out


def guest_before(view, first: int, cues=None) -> str | None:
    """The interviewee of answers opening at sentence ``first`` (dialogue.py's "A:" lines read it too): the first
    person named before it, among the people the brief lists (a club's name the mention layer took for a person
    and the ranking dropped is nobody's answer), not one in the role of the asker (the ``cues``' "журналист")."""
    listed, askers = {p.name for p in view.who if p.type == "person"}, getattr(cues, "askers", ())
    return next((m.name for m in view.mentions if m.kind == "person" and m.sentence < first and (m.name in listed
                 or not listed) and not interview_quotes.asker(view, m.name, askers)), None)


def _narrator(sentence: str, i: int, guest: str, view, verb, subjects=frozenset()) -> bool:
    """Is the sentence after an answer the narrator's? It names the interviewee ("По словам Кравчука, …": nobody
    names himself so), or a person beside a speech verb ("Иван Сенкевич отметил, что …"), or a role word or a
    third-person pronoun opens it as that verb's subject ("The governor also said …", "Ён дадаў, што …")."""
    people = [m.name for m in view.mentions if m.sentence == i and m.kind == "person"]
    said = verb.search(sentence) if verb is not None else None
    if said and subjects:
        before = [w.lower() for w in tokens.words(sentence[:said.start()])]
        if 0 < len(before) <= NARRATOR_WORDS and set(before[:2]) & subjects:
            return True
    return guest in people or bool(people and said)


def _opens_answer(sentences, k: int, first: int, taken: set[int]) -> bool:
    """A dash-led line after a question; once the interview has begun, also after a line of the interviewer's
    that is no question ("Critics say the tickets are too dear." / "— They are not."). A dash-led question ("— Что
    дальше?") is the interviewer's."""
    if not DASH.match(sentences[k]) or question(sentences[k]):
        return False
    prev = sentences[k - 1]
    return prev.rstrip().endswith("?") or k > first and k - 1 not in taken and not DASH.match(prev)


def _lead_name(lead, view) -> str | None:
    """When the entity layer names nobody before the answers: the two or three capitalised words opening a lead
    sentence before a lower-case word ("Natalia Zhuk founded …") name the interviewee, unless an organisation or
    place was found there."""
    for i, s in enumerate(lead):
        words = s.split()
        n = next((k for k, w in enumerate(words[:4]) if not (w[:1].isupper() and w.isalpha() and not w.isupper())),
                 None)
        if n is not None and 2 <= n <= 3 and words[n][:1].islower() \
                and not any(x.sentence == i and x.start < len(" ".join(words[:n])) for x in view.mentions):
            return " ".join(words[:n])
    return None


def reported(sentences, pack, r, view, starts, text, taken: set[int]) -> list[Quote]:
    """Reported speech in the sentences no quote covers, each attributed to a person."""
    cues = pack.compiled(Cues)
    people = {m.name for m in view.mentions if m.kind == "person"}
    sources = people | {m.name for m in view.mentions if m.kind == "organization"}
    out = _said_before(sentences, cues, r, view, starts, taken)
    for i, s in enumerate(sentences):
        if i in taken or s.rstrip().endswith("?") or speech_shapes.anonymous(s, pack):
            continue  # (a source who asked not to be named is nobody the text names)
        # "according to X" opening the sentence or set off inside it: a firm or office may be X
        credited = _by_cue(i, s, cues, r, view, starts, text) or _by_aside(i, s, cues, view, starts, r.role_words)
        verb = r.verb.search(s)  # the one scan for a speech verb; most sentences have none
        found = credited or verb is not None and _by_verb(i, s, cues, r, view, starts, text)
        if verb is not None and not (found and found[0] in (sources if credited else people)):
            found = org_speech.by_organisation(i, s, verb, cues, r, view, starts)  # "Минприроды сообщило, что …"
        if found and found[0] in sources and len(tokens.words(found[1])) >= MIN_WORDS:  # "said on Monday it had"
            said_on = cues.said_on.match(found[1]) if cues.said_on else None
            out.append(Quote(found[0], found[1][said_on.end():] if said_on else found[1], [i], reported=True))
            if found[0] not in people:
                view.spoke.add(found[0])
    return out


def _said_before(sentences, cues, r, view, starts, taken: set[int]) -> list[Quote]:
    """"Завод выпустит 500 машин. Об этом сообщил директор Иван Карпов.": the sentence before, retold by the
    person the attributing sentence names (a pack's ``back_cues`` opening it, a speech verb in it)."""
    out = []
    for i in range(1, len(sentences)) if cues.back else ():
        s, prev = sentences[i], sentences[i - 1]
        if i in taken or i - 1 in taken or prev.rstrip().endswith("?") or not cues.back.match(s) \
                or not r.verb.search(s):
            continue
        named = mentions_between(view, starts[i], starts[i] + len(s), ("person",))
        who = named[0][1].name if named else org_speech.credited_back(i, s, r, view, starts)
        if who and len(tokens.words(prev)) >= MIN_WORDS:  # "Пра гэта паведаміла Міністэрства …": a body
            out.append(Quote(speaker=who, text=prev.strip(), evidence=[i - 1, i], reported=True))
            taken.update((i - 1, i))
            if not named:
                view.spoke.add(who)
    return out


def _by_aside(i, s, cues, view, starts, role_words=frozenset()):
    """"К осени, по его словам, достроят школу": the cue set off by commas inside the sentence; the speaker is
    the person named in it, else an organisation named there ("a flat costs $75,000, according to the portal
    X, while …"), or the person last named for a pronoun ("по его словам", "by his account"; a capitalised word the
    entity layer did not mark, "по данным Белстата", is nobody)."""
    m = cues.aside.search(s) if cues.aside else None
    if m is None:
        return None
    named = mentions_between(view, starts[i] + m.start("who"), starts[i] + m.end("who"))
    people = [mm for _, mm in named if mm.kind == "person"]
    words = tokens.words(m["who"])
    if people or named:
        who = (people or [named[0][1]])[0].name
    elif not words or len(words) == 1 and words[0][:1].islower():
        who = last_person(view, starts[i] + m.start())
    else:
        return None
    rest, said = s[speech_shapes.aside_end(s, m, named):].lstrip(), tokens.words(s[:m.start()])
    lead = [w.lower() for w in tokens.words(rest)[:3]]
    if lead and lead[0] in cues.articles and "," not in rest and len(said) >= MIN_WORDS \
            and set(lead[1:]) & role_words:
        rest = s[len(s.rstrip()) - 1:].strip()  # "…, according to X, a spokesman for Y.": X's title, not the clause
        return who, (s[:m.start()].rstrip() + rest).strip()
    return who, (s[:m.start()].rstrip() + " " + rest).strip()


def _by_cue(i, s, cues, r, view, starts, text):
    """"Паводле X, clause" / "According to X, clause": the speaker between the cue and the first comma."""
    m = cues.cue.match(s) if cues.cue else None
    cut = m.end() if m else speech_shapes.as_said(s, cues, r)  # "Как пояснил X, …", "As X explained, …"
    comma = s.find(",", cut) if cut else -1
    if comma < 0 or len(tokens.words(s[cut:comma])) > LEAD_WORDS:
        return None
    clause = s[comma + 1:].strip()
    window = r.verb.sub(" ", s[cut:comma])
    named = [mm for _, mm in mentions_between(view, starts[i] + cut, starts[i] + comma)]
    people = [mm for mm in named if mm.kind == "person"]
    if people:  # "Как отметила в Брюсселе председатель Еврокомиссии X, …": a title and a place may come first
        return people[0].name, clause
    words = tokens.words(window)
    if len(words) > CUE_WORDS:
        return None
    if named and not r.titles_in([w.lower() for w in words if w.lower() not in r.stop][:1]):  # "according to X";
        return named[0].name, clause  # a title naming it ("па словах старшыні аблвыканкама") is its holder's
    if surname := by_surname(view, window, r):
        return surname, clause  # "Паводле слоў Дэшмукха, …": the surname of a person the text lists
    if refers_back(words, r):
        return last_organisation(view, starts[i], words, r.stop), clause  # "Как говорится в сообщении ведомства, …"
    if r.titles_in(w.lower() for w in words):  # "As the minister explained, …", "Па словах губернатара, …": the titled person named before
        who = speaker(_span(i, starts, comma + 1, len(s)), starts[i] + cut, starts[i] + comma, window, r, view,
                      starts, text)
        return (who, clause) if who else None
    if len(words) <= 1 and not (words and words[0][:1].isupper() and words[0].lower() not in r.pronouns):
        who = speech_shapes.one_word_source(view, starts[i], words, r)  # "па яго словах", "по данным оргкомитета"
        return (who, clause) if who else None
    return None


def _by_verb(i, s, cues, r, view, starts, text):
    """"X said (that) clause" / "X заявил: clause" / "clause, сообщил X": the clause and its speaker."""
    verb = r.verb.search(s)
    if verb is not None and not s[:verb.start()].strip(" \"'«“(") and "," in s[verb.end():]:
        verb = r.verb.search(s, verb.end()) or verb  # "Asked about the cost, X said …": the opening one is a participle
    if verb is None:
        return None
    before, after = s[:verb.start()], s[verb.end():]
    opener = speech_shapes.opening_person(i, s, view, starts) if before.rstrip().endswith(",") else None
    if opener is not None and (verb.group().lower() not in r.asking or cues.that.match(after).group().strip(" ,")):
        # "Sanderson, a diplomat who joined UNHCR in 2012, said (that) clause"; not "X, a reporter, asked about …"
        clause = after[(told_clause.cut(after, verb.group(), r, cues) or cues.that.match(after)).end():].strip()
        return opener, clause
    if before.rstrip().endswith(",") and len(tokens.words(after)) <= 12 and len(tokens.words(before)) >= MIN_WORDS:
        span = _span(i, starts, 0, len(before.rstrip()) - 1)  # "clause, сообщил X."
        a = starts[i] + verb.start()
        tail = [w.lower() for w in tokens.words(s[verb.end():])][:3]  # "…, сказала она": the clause's subject
        who = set(tail) & r.pronouns and _clause_subject(starts[i], span.end, s, tail, r, view) \
            or speaker(span, a, starts[i] + len(s), s[verb.start():], r, view, starts, text)
        if who:
            return who, before.rstrip().rstrip(",").strip()
    comma = before.rfind(",")
    that = cues.that.match(after).group().strip(" ,:")  # "X заявил, что …": the clause follows, not precedes
    ends = not that and (len(tokens.words(after)) <= TAIL_WORDS or after.lstrip().startswith(",")) \
        and not speech_shapes.participle(s, cues)  # "Speaking to reporters, Lee said the talks went well": the clause follows
    joined_on = tokens.words(before[comma + 1:])[:1] if comma > 0 else []  # ", and coach Y said A would play":
    ends = ends and not (joined_on and joined_on[0].lower() in cues.clause_links)  # the said clause follows
    if comma > 0 and ends and len(tokens.words(before[comma:])) <= LEAD_WORDS:
        named = mentions_between(view, starts[i] + comma, starts[i] + verb.start(), ("person",))
        if named and not s[named[-1][1].end:verb.start()].strip():  # "clause, ministry spokesman X said …"
            return named[-1][1].name, speech_shapes.around(before[:comma], after)
        if not named and (who := _subject_after_comma(i, s, comma, verb, r, view, starts, text)):
            return who, speech_shapes.around(before[:comma], after)
    named = mentions_between(view, starts[i], starts[i] + verb.start(), ("person",))  # "X(,) заявил", "X, who said"
    gap = s[speech_shapes.past_affiliation(i, s, named[-1][1].end, view, starts):verb.start()] if named else ""  # "X of Y said"
    beside = bool(named) and (not gap.strip(" ,") or speech_shapes.adverbial(gap, cues.preps)
                              or speech_shapes.relative(s[named[-1][1].end:verb.start()], cues))
    joined = speech_shapes.joined_subject(s, verb.start(), named, cues)  # "X назваў … і паведаміў, што"
    if len(tokens.words(before)) > 8 and not beside and not joined:
        return None  # the verb of a subordinate clause, not the sentence's own attribution
    cut = told_clause.cut(after, verb.group(), r, cues) or cues.that.match(after)  # ("told reporters the …")
    clause = after[cut.end():].strip()
    opened = cut.group().strip(" ,") or verb.group().lower() in cues.bare  # "that", ":" or "said the …"
    if not opened or not (after[:1].isspace() or after.startswith((",", ":"))):
        return None
    start = len(s) - len(clause)
    span = _span(i, starts, start, len(s))
    return joined or (named[-1][1].name if beside else None) or speaker(  # beside the verb: its subject ("X of Y told")
        span, starts[i], starts[i] + verb.end(), s[:verb.end()], r, view, starts, text), clause


def _subject_after_comma(i, s, comma, verb, r, view, starts, text) -> str | None:
    """"Clause, she said." / "clause, the minister added": a pronoun or a role word between the comma and the
    verb stands for a person named before (the speaker search reads it as the words after a quote)."""
    words = [w.lower() for w in tokens.words(s[comma + 1:verb.start()])]
    if not words or len(words) > 3 or not set(words) & (r.pronouns | r.role_words):
        return None
    if subject := _clause_subject(starts[i], starts[i] + comma, s, words, r, view):
        return subject
    return speaker(_span(i, starts, 0, comma), starts[i] + comma + 1, starts[i] + len(s), s[comma + 1:], r, view,
                   starts, text)


def _clause_subject(a: int, b: int, s: str, words: list[str], r, view) -> str | None:
    """"Aubry will visit the mill in spring, she says": a pronoun after the comma stands for the person the clause
    opens with when her given name is of the pronoun's gender: a reporter's paraphrase names the speaker where she
    said "I", so the subject, not a name before the sentence, is the "she"."""
    gender = next((r.genders[w] for w in words if w in r.genders), None)
    found = mentions_between(view, a, b, ("person",)) if gender else []
    if not found or tokens.words(s[:found[0][0] - a]):
        return None
    name = found[0][1].name
    given = r.first_name(name.split()[0]) if name.split() else None
    return name if given and given[1] == gender else None


@dataclass
class _Clause:
    """The reported clause's offsets in the joined text, as the speaker search reads a quote's."""
    start: int
    end: int


def _span(i, starts, a, b) -> _Clause:
    return _Clause(starts[i] + a, starts[i] + b)
