"""Direct quotes and their speakers.

Quotes may span sentences and the splitter may cut inside them, so quotation marks are paired over the whole
body (sentences joined), then mapped back to sentence indices. Quoted names ("Амкадор", АТ "Алюр") are told apart
from quotes by a rule: a quote has an attribution and at least two words, or it reads as speech on its own (at
least ``min_words`` words, not starting in lower case like a quoted fragment, with final punctuation or
``long_words`` words). Attribution is looked for after the quote, behind a comma or dash (`", - сказаў X.`,
`," X said.`), and before it (`X адзначыў: «…»`); a pronoun ("адзначыў ён") stands for the person last named
before the quote, outside quotes.
A dash and a lower-case word followed by a name after a closing quote also counts as attribution, so a
misspelt or unlisted verb ("…", - сказа Алтай Кульгінаў) is still read. A quote carried over paragraphs by the
press convention (no closing mark at a paragraph's end, an opening mark at the next one's start) is one quote;
the sentence list keeps no paragraph breaks, so any sentence start counts. A quote right after an attributed one,
with only that attribution between ('"…," Drozd said. "…'), goes on in the same speaker's words.
A role word alone ("…", — сказал министр) names the one person given that role.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from .. import tokens
from ..model import Quote
from ..patterns import phrases
from . import colon_clause, dash_intro, dialogue, interview_quotes, naming_quote, org_kind_noun, quote_asides, reported
from .mention_view import MentionView, mentions_between
from .resources import resources
from .speakers import last_person, speaker


TAIL_WORDS = 8  # attribution must come within this many words of the closing mark
LABEL_WORDS = 5  # "Міністр: «…»", "Максім Рыжанкоў: «…»": a name or title alone before a colon introduces a quote
MAX_SENTENCES = 12  # a pair of marks further apart than this is a mismatch, not a quote
ENDS = ".!?…"


@dataclass
class QuoteSpan:
    start: int  # offset of the opening mark in the joined text
    end: int  # offset just after the closing mark
    text: str  # the words inside the marks
    sentences: list[int]


class Rules:
    def __init__(self, pack):
        t = pack.settings("quote_marks")
        pairs = [tuple(p) for p in t["pairs"]]
        self.closers = {o: {c for oo, c in pairs if oo == o} for o, _ in pairs}
        self.openers = {o for o, _ in pairs}
        self.closing = {c for _, c in pairs}
        self.marks = re.compile("[" + re.escape("".join(self.openers | self.closing)) + "]")
        self.min_words = t["min_words"]
        self.long_words = t["long_words"]
        self.verb = phrases(pack.lines("speech_verbs"))
        self.pronouns = pack.words("pronouns") | {w.lower() for w in t["referring_nouns"]}
        self.role_words = {w for line in pack.lines("roles") for w in tokens.words(line.lower())} - pack.words("stopwords")
        # a long role word without its last letter, which its case forms replace ("старшыня" -> "старшыні")
        self.role_stems = {w[:-1]: w for w in self.role_words if len(w) >= 6}
        told = t["addressee_verbs"]  # verbs whose object is the listener: "…," X told Reuters
        self.told = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, told)) + r")\s+(?:the\s+)?$",
                               re.IGNORECASE) if told else None
        self.listeners = {w.lower() for w in t["listener_pronouns"]}  # "told us the …": no word of the clause
        self.plural = {w.lower() for w in t["plural_pronouns"]}  # "они": a group, nobody's words alone
        self.agent_suffixes = tuple(w.lower() for w in t["agent_suffixes"])  # "аўтарка": a person named before
        self.naming = naming_quote.compile_naming(t["naming_verbs"])  # "calling the bridge "a …""
        self.joins = {w.lower() for w in t["verb_joins"]}  # "called it "a floor" and said …": the phrase closes
        self.quoting = {w.lower() for w in t["quoting_verbs"]}  # "— цитирует его издание": the object spoke
        self.answer_labels = {" ".join(w.lower().split()) for w in t["answer_labels"]}
        self.honorifics = pack.words("titles")  # "MR OKAFOR:" is the label of the person surnamed Okafor
        cues = t["interview_cues"]  # "spoke to us": the guest the lead introduces (interview_quotes.introduced)
        self.interview = interview_quotes.Cues(phrases(cues), {w.lower() for w in t["interviewer_roles"]}) if cues else None
        self.stop = pack.words("stopwords")
        self.asking = {w.lower() for w in t["asking_verbs"]}  # "X, a reporter, asked about the cost": no words of X's
        self.org_nouns = {w.lower() for w in t["org_referring_nouns"]}
        self.org_named = {w.lower() for w in t["org_named_nouns"]}  # "the cabinet": only a cabinet named before
        self.unnamed = {w.lower() for w in t["unnamed_speakers"]}  # "Представитель банка ответил": somebody new
        self.pointers = self.pronouns | {w.lower() for w in t["possessives"]}
        self.genders = {w.lower(): "m" for w in t["male_pronouns"]} | {w.lower(): "f" for w in t["female_pronouns"]}
        self.first_name = resources(pack).morph.first_name  # (base, gender, …) of a given name, or None
        self.plain_initial = resources(pack).morph.plain_initial
        self.dash_word = re.compile(rf"\s*[,.!?…]*\s*[-–—]\s*((?={tokens.LETTER}){tokens.WORD})\s+({tokens.LETTER})")

    def titles_in(self, words) -> set[str]:
        """The role words among ``words`` (lower case) in any case form: a role word and at most two letters of
        ending ("губернатара", "міністрам" for "губернатар", "міністр"), or one whose last letter the case form
        replaces ("старшыні", "председателя" for "старшыня", "председатель"), as the role word."""
        out = set()
        for w in words:
            w = self.plain_initial(w)  # "паводле ўрача": the role word "урач" after a vowel (pack ``initial_fold``)
            base = next((w[:len(w) - k] for k in (0, 1, 2) if len(w) - k >= 3 and w[:len(w) - k] in self.role_words), None)
            base = base or next((self.role_stems[w[:len(w) - k]] for k in (1, 2) if w[:len(w) - k] in self.role_stems), None)
            if base:
                out.add(base)
        return out

    def agent(self, word: str) -> bool:
        """Is ``word`` (lower case) an agent noun by its ending (``agent_suffixes``: "аўтарка"), no stopword?"""
        return bool(self.agent_suffixes) and word.endswith(self.agent_suffixes) and word not in self.stop


def rules(pack) -> Rules:
    """The pack's quote rules, built once per pack."""
    return pack.compiled(Rules)


def is_open(text: str, i: int, r: Rules) -> bool:
    """Does the mark at ``i`` open a quote (by the pack's marks, else by what stands before it)?"""
    ch = text[i]
    if ch in r.openers and ch not in r.closing:
        return True
    if ch in r.closing and ch not in r.openers:
        return False
    before = text[i - 1] if i else " "
    return before.isspace() or before in "([{:—–-/" or before in r.openers


def pair_marks(text: str, r: Rules, over_paragraphs: bool = False) -> tuple[list[tuple[int, int]], set[int]]:
    """The one quote pairing: (opening, closing) indices of the marks in ``text``, a closing mark closing the
    innermost open quote it fits (the pack's quote_marks), and with ``over_paragraphs`` the openers that carry an
    open quote on into a new paragraph (the press convention: "…in May.⏎"The staff…")."""
    stack: list[int] = []
    pairs: list[tuple[int, int]] = []
    resumed: set[int] = set()
    last_close = -1  # a quote that opens a sentence and holds no other marks may go on over paragraphs
    for m in r.marks.finditer(text):
        i = m.start()
        if is_open(text, i, r):
            if over_paragraphs and stack and text[stack[-1]] == text[i] and text[i - 1] == "\n" \
                    and _mark_before(text, i) in ENDS and stack[-1] > last_close \
                    and _mark_before(text, stack[-1]) in ENDS + ":":
                resumed.add(i)
                continue
            stack.append(i)
            continue
        for k in range(len(stack) - 1, -1, -1):
            if text[i] in r.closers.get(text[stack[k]], ()):
                pairs.append((stack[k], i))
                last_close = i
                del stack[k:]
                break
    return pairs, resumed


def _mark_before(text: str, i: int) -> str:
    """The last character before ``i`` that is not white space ("" at the start): a look back that does not copy
    the text before (which made pairing quadratic in the document's length)."""
    j = i - 1
    while j >= 0 and text[j].isspace():
        j -= 1
    return text[j] if j >= 0 else ""


def find_quotes(sentences: tuple[str, ...], pack) -> tuple[QuoteSpan, ...]:
    """Quoted spans that look like speech (see the module note), outermost only, in document order."""
    r = rules(pack)
    text = "\n".join(sentences)
    starts = [0]
    for s in sentences[:-1]:
        starts.append(starts[-1] + len(s) + 1)
    pairs, resumed = pair_marks(text, r, over_paragraphs=True)
    spans = []
    for a, b in sorted(((a, b + 1) for a, b in pairs), key=lambda p: (p[0], -p[1])):
        if spans and a < spans[-1].end:
            continue  # nested inside a quote already taken
        first = bisect.bisect_right(starts, a) - 1
        last = bisect.bisect_right(starts, b - 1) - 1
        raw = text[a + 1:b - 1]
        if resumed:
            raw = "".join(ch for k, ch in enumerate(raw, a + 1) if k not in resumed)
        inner = " ".join(raw.split()).rstrip(",")  # "…," she said: the comma is not quoted
        inner = quote_asides.without_aside(inner, r.verb)  # «…, — уточнила она, — …»: her words only
        words = tokens.words(inner)
        one_word_said = len(words) == 1 and raw.rstrip()[-1:] in ",!?…"  # '"Never," she laughs': attribution below
        if (len(words) < 2 and not one_word_said) or last - first >= MAX_SENTENCES:
            continue
        span = QuoteSpan(a, b, inner, list(range(first, last + 1)))
        whole = a == starts[first] and text[b:b + 1] in tuple(ENDS)  # "…". is a sentence of its own
        speechlike = len(words) >= r.min_words and not inner[:1].islower() and (
            len(words) >= r.long_words or inner[-1:] in ENDS or whole or re.search(r"[.!?…]\s", inner)
            or _after_colon(text, a, words))
        if speechlike or _attribution(span, sentences, starts, r, None, text)[0]:
            spans.append(span)
    return tuple(spans)


def _after_colon(text: str, a: int, words: list[str]) -> bool:
    """Does a colon open the quote ("Кравчук был краток: «Завод достроят к лету»"), and do its words read as a
    sentence, not a title in capitals ("назвали так: «Белая Русь»")? Speech the sentence introduces."""
    return text[max(0, a - 3):a].rstrip().endswith(":") and sum(w[:1].isupper() for w in words) * 2 < len(words)


def _attribution(span: QuoteSpan, sentences, starts, r: Rules, ents, text: str) -> tuple[bool, str | None]:
    """(attributed, speaker) from the words after the closing mark, else those before the opening mark."""
    s_last = span.sentences[-1]
    sent_end = starts[s_last] + len(sentences[s_last])
    tail = text[span.end:sent_end]
    tail_words = tokens.words(tail)[:TAIL_WORDS]
    tail_cut = span.end + (tail.find(tail_words[-1]) + len(tail_words[-1]) if tail_words else 0)
    verb = r.verb.search(tail) if tail_words else None
    if verb and verb.start() > tail_cut - span.end:
        verb = None
    dash = r.dash_word.match(tail)
    # attribution follows a dash or comma after the mark, or a comma/stop inside it ("…," she said);
    # otherwise the sentence simply goes on after a quoted name ("Амкадор" быў выбраны…)
    closed = bool(re.match(r"\s*(?:,|[.!?…]*\s*[-–—])", tail)) or text[span.end - 2] in ",.!?…"
    if closed and (verb or (dash and dash.group(1)[0].islower() and dash.group(2).isupper())):
        window = tail[: tail_cut - span.end]  # "— сообщили на бирже": a body named before by its kind
        return True, speaker(span, span.end, tail_cut, window, r, ents, starts, text) \
            or org_kind_noun.kind_body(window, r, ents, span.start)
    s_first = span.sentences[0]
    head_from = starts[s_first]
    head = text[head_from:span.start]
    if not head.strip() and s_first > 0 and sentences[s_first - 1].rstrip().endswith(":"):
        head_from = starts[s_first - 1]
        head = text[head_from:span.start]
    if head.rstrip().endswith((":", ",")) and r.verb.search(head):
        return True, speaker(span, head_from, span.start, head, r, ents, starts, text)
    if head.rstrip().endswith(":") and {w.lower() for w in tokens.words(head)} & r.pointers:
        return True, last_person(ents, span.start)  # "Her verdict on the pier: "…"": the person last named
    if head.rstrip().endswith(":") and (one := _one_person(ents, head_from, span.start)):
        return True, one  # "Education Minister Sergei Miron had one announcement: "…"": the one person named
    if head.rstrip().endswith(":") and len(tokens.words(head)) <= LABEL_WORDS:  # "Максім Рыжанкоў: «…»"
        who = speaker(span, head_from, span.start, head, r, ents, starts, text)
        titled = {w.lower() for w in tokens.words(head)} & r.role_words  # "Міністр: «…»"
        return (True, who) if who or titled else (False, None)
    return naming_quote.naming(span.text, tail, head_from, head, r, ents) or (False, None)


def extract_quotes(sentences, pack, ents, spans: tuple[QuoteSpan, ...] | None = None,
                   paragraphs: frozenset[int] | None = None) -> list[Quote]:
    """Quotes in document order, attributed ones first; ``spans``: the document's quotes, when already paired;
    ``paragraphs``: the sentence indices that open a paragraph, when known."""
    sentences = tuple(sentences)
    r = rules(pack)
    starts = [0]
    for s in sentences[:-1]:
        starts.append(starts[-1] + len(s) + 1)
    spans = find_quotes(sentences, pack) if spans is None else spans
    inside = [(q.start, q.end) for q in spans]
    out = []
    text = "\n".join(sentences)
    outside = MentionView(ents, inside, starts, text)
    last = None  # the attributed quote before: '"…," Drozd said. "…' goes on in Drozd's words
    asked = interview_quotes.answer_spans(spans, sentences, starts, text)  # "Когда?" / "«…»": an interview
    guest = (interview_quotes.introduced(outside, sentences, spans[asked[0]].sentences[0] - 1, r.interview)
             or interview_quotes.interviewee(outside, spans[asked[0]].sentences[0] - 1, paragraphs)) if asked else None
    for k, q in enumerate(spans):
        ok, who = _attribution(q, sentences, starts, r, outside, text)
        if not ok and last is not None and last.speaker and q.sentences[0] <= last.sentences[-1] + 1 \
                and len(tokens.words(text[last.end:q.start])) <= TAIL_WORDS \
                and all(m.name == last.speaker
                        for _, m in mentions_between(outside, last.end, q.start, ("person",))):
            ok, who = True, last.speaker
        if not ok and guest and k in asked:
            ok, who = True, guest
        if not ok and (aside := quote_asides.aside_at(text, q.start, q.end, r.verb)):
            seen = MentionView(ents, [x for x in inside if x != (q.start, q.end)], starts, text)  # the aside's name
            who = speaker(q, aside[0], aside[1], text[aside[0]:aside[1]], r, seen, starts, text)
            ok = who is not None
        if not ok:
            who = _previous_person(q, starts, outside, text)
            ok = who is not None
        if who is None and (credit := quote_asides.credited(q, sentences, pack, r, outside, starts, text)):
            ok, who = True, credit  # "По её словам, продавцы называют правила «…»": her words
        quote = Quote(speaker=who, text=q.text, evidence=list(q.sentences))
        both = quote_asides.joined(out[-1][1], text[last.end - 2], text[last.end:q.start], quote) \
            if ok and last is not None and out and not out[-1][0] else None
        if both:
            out[-1] = (False, both)  # '"From Monday," she said, "all forms go online."': one quote
        else:
            out.append((not ok, quote))
        last = _Last(q.end, q.sentences, who) if ok else None
    taken = {i for q in spans for i in q.sentences}
    out += [(False, q) for q in colon_clause.clauses(sentences, pack, r, outside, starts, text, set(taken))]
    out += [(False, q) for q in dialogue.dash_speech(sentences, r, outside, starts, text, taken, paragraphs)]
    out += [(False, q) for q in dash_intro.introduced(sentences, outside, starts, taken, paragraphs)]
    out += [(False, q) for q in dialogue.labelled(sentences, r, outside, starts, taken, paragraphs)]
    out += [(False, q) for q in reported.answers(sentences, outside, taken, r.verb, paragraphs,
                                                        pack.compiled(reported.Cues).cue,
                                                        r.role_words | set(r.genders), r.interview)]
    out += [(False, q) for q in reported.reported(sentences, pack, r, outside, starts, text, taken)]
    return [q for _, q in sorted(out, key=lambda x: (x[0], x[1].evidence[:1]))]


def _one_person(view, a: int, b: int) -> str | None:
    """The one person named in [a, b) (a colon-introduced quote's lead-in), none when two or more are."""
    named = {m.name for _, m in mentions_between(view, a, b, ("person",))}
    return named.pop() if len(named) == 1 else None


def _previous_person(q: QuoteSpan, starts, view, text) -> str | None:
    """A quote opening its sentence with no attribution, right after a sentence naming one person, is that
    person's ("Шасцюк адкрыла краму ў 2015 годзе. «Мне казалі…»"): a feature introduces the speaker first."""
    s = q.sentences[0]
    if s == 0 or text[starts[s]:q.start].strip() or not text[q.start - 1:q.start].isspace() and q.start != starts[s]:
        return None
    named = {m.name for _, m in mentions_between(view, starts[s - 1], starts[s], ("person",))}
    return named.pop() if len(named) == 1 else None


@dataclass
class _Last:
    end: int
    sentences: list[int]
    speaker: str | None
