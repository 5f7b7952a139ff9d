"""The main event (what) and the next steps (plans, agreements, invitations, meetings, deadlines).

what: the headline states the event in the editor's words, and news puts it again in the lead, so the items are
the headline, then the first body sentence that is the reporter's own (not a direct quote, not opening with a
pronoun), trimmed of parentheses and a trailing attribution (", police said").
next_steps: a sentence is a next step when it carries a strong cue from ``next_step_cues.toml`` (planned,
invited, agreed, hope to…), a weak cue (will, будзе) together with a date, or a future day, month with its
year, or date named from the source date ("next year", "tomorrow"). Future-dated, reporter-stated (not a
quoted wish) and concrete (naming a person or organisation) ones come first. Text is the sentence without quote marks and attribution.
"""
from __future__ import annotations

import re
from dataclasses import replace

from .. import tokens
from ..model import Statement
from ..patterns import SPEAKER_LABEL, stems
from . import quotes, step_amounts, step_asides, step_clauses, step_commit, step_cues, step_due, step_frames, \
    step_future, step_principles, timex
from .dates import tense


MAX_STEPS = 6
MAX_DATED_STEPS = 8  # w9steps: past six, the reporter's own steps dated ahead still show (a plan-rich timetable)
DATED_SCORE = 5  # the score of a step dated ahead (2 + 1) and told by the reporter, not in a quote (2)
AHEAD_KINDS = ("rel_day", "rel_period", "deadline", "month_rel", "weekday", "season", "ahead", "ahead_cued")  # words that name a date from the source date
DIRECTED_KINDS = ("prep_month", "part_month", "bare_season")  # a month or season placed by its sentence's tense
SURE_KINDS = ("iso", "dmy_num", "dmy", "mdy", "day_word", "day_range", "my", "quarter", "half")  # a day, a month or part of a year
MIN_WORDS = 5
MIN_STRONG_WORDS = 3  # a plan cue makes a short answer a plan: "— Яшчэ адкрыем склад.", "— Линию запустим в марте."
# (not a denial: "— Скардзіцца не буду.")


def _cues(pack) -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """The pack's strong, weak and blocking (``not_plans``: forecasts and opinions of others; ``not_plans_offers``:
    readiness and proposals, which nobody has yet agreed to; ``not_plans_maybe``: what may happen;
    ``not_plans_claims``: claims, threats, habits) next-step cues as regular expressions, built once per pack;
    ``strong_future`` (future-tense actions) count as strong, ``modals`` ("should", "could", "павінен") as weak."""
    return pack.compiled(_build_cues)


def _build_cues(pack) -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    t = pack.table("next_step_cues")
    rx = stems

    # each word listed once: the agreements are strong cues, the future auxiliaries weak ones, readiness an offer
    blocked = t.get("not_plans", []) + t.get("not_plans_interview", []) + t.get("not_plans_offers", []) \
        + t.get("readiness", []) + t.get("not_plans_maybe", []) + t.get("not_plans_claims", [])
    return rx(t.get("strong", []) + t.get("agreements", []) + t.get("strong_future", []) + t.get("commitments", [])
              + t.get("commitment_frames", [])), \
        rx(t.get("weak", []) + t.get("deadlines", []) + t.get("invitations", []) + t.get("future_auxiliaries", [])
           + t.get("wishes", []) + t.get("modals", [])), \
        rx(blocked)


def _starts(sentences) -> list[int]:
    out = [0]
    for s in sentences[:-1]:
        out.append(out[-1] + len(s) + 1)
    return out


def by_sentence(spans) -> dict[int, list]:
    """Sentence index -> the quote spans over it, in document order."""
    out: dict[int, list] = {}
    for q in spans:
        for i in q.sentences:
            out.setdefault(i, []).append(q)
    return out


def clean_sentence(i: int, sentences, spans_here, starts, pack) -> str:
    """Sentence ``i`` without the quotation marks of a direct quote and without the attribution after it;
    ``spans_here``: the quote spans over sentence ``i`` (``by_sentence``)."""
    s = sentences[i]
    a, b = starts[i], starts[i] + len(s)
    lo, hi = 0, len(s)
    for q in spans_here:
        if a <= q.start < b:
            lo = q.start - a + 1
        if a < q.end <= b:
            hi = q.end - a - 1
    text = _drop_unpaired(s[lo:hi], pack).strip(" \"«»„“”,-–—")
    if hi < len(s) and text and text[-1] not in ".!?…":
        text += "."
    return text


def _drop_unpaired(text: str, pack) -> str:
    """The text without quotation marks that have no partner in it (a quote running on into the next sentence,
    or one broken by the source): a next step or lead must not show a dangling mark."""
    r = quotes.rules(pack)
    paired = {i for pair in quotes.pair_marks(text, r)[0] for i in pair}
    marks = [(m.start(), m[0]) for m in r.marks.finditer(text)]
    # a mark that shares its partner with a nested quote (АТ "Група кампаній "Алюр") stays
    stray = {i for i, ch in marks if i not in paired
             and not any(j > i and c in r.closers.get(ch, ()) for j, c in marks)
             and not any(j < i and ch in r.closers.get(c, ()) for j, c in marks)}
    return "".join(ch for k, ch in enumerate(text) if k not in stray) if stray else text


def extract_next_steps(sentences, pack, ents, source=None, spans=None, dates=None) -> list[Statement]:
    """Plans and commitments, dated and concrete first (see the module note).

    ``source`` (optional) gives the dateline date, so that absolute dates can be told future or past;
    without it a date counts as future only by its own words ("next year", "заўтра"). ``spans``: the
    document's quotes, when already paired; ``dates``: its dates, when already found (``timex.find_dates``).
    """
    sentences = list(sentences)
    if not sentences:
        return []
    strong, weak, blocked = _cues(pack)
    quoted = by_sentence(quotes.find_quotes(tuple(sentences), pack) if spans is None else spans)
    starts = _starts(sentences)
    src = getattr(source, "date", None)
    ref, _, _ = timex.parse_source_date(src)
    found = timex.find_dates(sentences, pack, src) if dates is None else dates
    dated: dict[int, list] = {}
    for sp in found:
        dated.setdefault(sp.sentence, []).append(sp)
    named = {m.sentence for m in getattr(ents, "mentions", []) or [] if m.kind in ("person", "organization")}
    picked = []
    for i, s in enumerate(sentences):
        text = clean_sentence(i, sentences, quoted.get(i, ()), starts, pack)
        main = step_clauses.main_clauses(text, pack)  # a relative clause's "будуць" tells of a noun, not a plan
        if i in quoted and step_cues.framed_by_forecast(s, strong, blocked):  # "…», — отметил эксперт, добавив, что в
            dated[i] = [sp for sp in dated.get(i, []) if sp.text in text]  # мае …": the forecast's date, not the quote's
        said = bool(strong.search(step_asides.unframed(text, pack))) \
            or step_future.future_verb(main, pack)  # "поставит литовская сторона"; no cue in "at the invitation of"
        is_strong = said or step_frames.negated_future(main, pack)  # "павышаць не будуць"
        every = promise = False  # "will demonstrate the loom every weekend": a schedule; "гатовы аплаціць, калі …":
        # a promise on a condition; both read only where nothing else makes the sentence a candidate
        weekly = step_frames.weekly(main, pack)  # "Па нядзелях праводзяць экскурсіі": a standing timetable
        if not (is_strong or dated.get(i) or weekly or (every := step_cues.recurring(main, pack))
                or (promise := step_cues.conditional_promise(text, pack))):
            continue  # no cue and no date: no plan (told first, before the costlier tests below)
        if len(tokens.words(text)) < (MIN_STRONG_WORDS if said else MIN_WORDS) or text.rstrip().endswith("?") \
                or step_asides.heading(s, pack) or step_asides.indirect_question(text, pack) \
                or step_cues.framed_by_forecast(text, strong, blocked, step_cues.attributive(pack)) \
                and not (promise or step_cues.conditional_promise(text, pack) or step_due.due_outcome(main, pack)
                         or step_commit.binds(text, pack, blocked)) \
                or step_cues.outcome_hope(text, pack):  # binds: "agreed that the talks will be held every year"
            continue  # too short, a question (the interviewer's), or somebody else's forecast or opinion
        if step_frames.warned(text, main, strong, pack) or step_frames.weather(main, strong, weak, pack):
            continue  # "В МЧС предупреждают: в субботу ожидается гололед": a warning, no action announced
        if step_cues.not_a_plan(text, strong, pack, quoted=i in quoted,
                                future_dates=lambda part: [sp for sp in timex.find_dates([part], pack, src)
                                                           if _is_future(sp, pack, ref)]):
            continue  # the reporter's imperative to readers, a denied plan, a forecast on a condition
        if not dated.get(i) and (step_cues.wish(pack).search(text) or step_principles.principle(main, pack)
                                 and not step_cues.recurring(main, pack)  # "кожныя выхадныя": a timetable
                                 and not step_commit.binds(text, pack, blocked)):  # "promised that every tenant"
            continue  # a wish or a principle without a date ("Хочам навучыць вучняў", "будем работать с каждым")
        ahead = [sp for sp in dated.get(i, []) if _is_future(sp, pack, ref)
                 or _current(sp, ref) and _tense_ahead(sp, s, pack)]  # "в феврале снизит" written in February
        if not ahead and step_cues.bare_agreement(text, strong, pack):
            continue  # "Мы дамовіліся з фірмай": a partnership told, no action agreed
        if not ahead and step_cues.past_event(dated.get(i, []), ref, text, pack, DIRECTED_KINDS + ("weekday",)):
            continue  # "Last year the sides agreed to build a plant": dated in the past, no word of the future
        # a future day, a month with its year, or words that point ahead ("next year") date a plan even without
        # a cue verb ("торговый дом откроется в первом квартале следующего года"); a bare future year may be a
        # forecast, and a bare month ("in January") may be last January as well as the next
        sure = any(sp.kind in AHEAD_KINDS + SURE_KINDS or _tense_ahead(sp, s, pack) for sp in ahead) \
            or bool(ahead) and step_cues.present_plan(text, pack)
        if not (is_strong or promise or weekly or sure or ((ahead or dated.get(i) or every) and weak.search(main))) \
                or not (is_strong or promise) and step_amounts.amount_only(main, pack):  # "it will be about 90,000"
            continue
        # the reporter's own statement is firmer than a wish
        score = (2 if ahead else 0) + (1 if dated.get(i) else 0) + (1 if i in named else 0) + (0 if i in quoted else 2)
        parts = _plans_in(_without_attribution(text, pack), pack, lambda p: _dates_ahead(p, pack, src, ref))
        if len(parts) > 1:  # "Летом завод планировал открыть цех, а в мае …": the past half is no step
            parts = [p for p in parts if not _dated_back(p, pack, src, ref)] or parts
        picked += [(-score, i, Statement(text=part, evidence=[i])) for part in parts]
    picked.sort(key=lambda p: (p[0], p[1]))
    more = [p for p in picked[MAX_STEPS:] if -p[0] >= DATED_SCORE][:MAX_DATED_STEPS - MAX_STEPS]
    return [st for _, _, st in picked[:MAX_STEPS] + more]


def with_speakers(steps: list[Statement], said) -> list[Statement]:
    """The steps, each a quote states given that quote's speaker as ``who`` ("— Мы адкрываем філіял у сакавіку":
    the guest plans it); the reporter's own steps keep none."""
    by_sentence: dict[int, object] = {}
    for q in said:
        for i in q.evidence:
            if q.speaker:
                by_sentence.setdefault(i, q)
    out = []
    for st in steps:
        q = next((by_sentence[i] for i in st.evidence if i in by_sentence), None)
        out.append(replace(st, who=q.speaker, text=_without_label(st.text, q.text)) if q else st)
    return out


def _without_label(text: str, quoted: str) -> str:
    """A step's text without the speaker label its quote left out ("Ковальчук: Мост откроем…", "A: No. …")."""
    label = SPEAKER_LABEL.match(text)
    rest = text[label.end():] if label else text
    return rest if label and quoted.startswith(rest[:20]) else text


def _plans_in(text: str, pack, dates_ahead) -> list[str]:
    """One plan, or two when the sentence joins two clauses that each carry a cue or a date ahead ("X will hold
    talks on Wednesday, and the report will be presented in July", "выстаўка будзе працаваць да 15 лютага, а ў
    сакавіку яе перавязуць у Ліду"): each is a step of its own, with its own date. The joins are the pack's
    ``clause_joins`` (conjunctions after a comma). ``dates_ahead(part)``: (has it dates, is one of them ahead)."""
    strong, weak, blocked = _cues(pack)
    split, that = pack.compiled(_build_plan_split)
    if split is None:
        return [text]
    parts = split.split(text, maxsplit=1)
    short = [len(tokens.words(p)) < MIN_WORDS for p in parts]  # a short half is a plan by a day ahead of its own:
    if len(parts) < 2 or any(len(tokens.words(p)) < MIN_STRONG_WORDS or short[k] and not dates_ahead(p)[1]
                             for k, p in enumerate(parts)) \
            or step_clauses.only_a_date(parts[1], pack):  # "не в декабре, а в конце марта": one plan
        return [text]
    cued = [bool(strong.search(p) or weak.search(p)) for p in parts]
    # a joined clause with a day ahead of its own is a plan by its date ("…, а ў сакавіку яе перавязуць"), not
    # another's forecast ("…, and analysts expect shipments to rise next year"); the first half may be a dated past
    # event, which the caller then drops ("Договор мы подписали в августе, а в марте начнем монтаж")
    dated = cued[0] or dates_ahead(parts[0])[0], not blocked.search(parts[1]) and dates_ahead(parts[1])[1]
    if not (all(cued) or all(dated)):
        return [text]
    first, second = parts[0].rstrip(" ,;") + ".", parts[1]
    second = that.sub("", second) if that else second  # "…, and that a group would meet": the clause, not "That"
    return [first, step_clauses.opening_capital(second, pack)]


def _build_plan_split(pack) -> tuple[re.Pattern | None, re.Pattern | None]:
    """The join between two plans (the pack's ``clause_joins`` after a comma) and the "that" opening the second."""
    joins, that = pack.table("next_step_cues").get("clause_joins", []), pack.settings("quote_marks")["that_words"]
    return (re.compile(r",\s+(?:" + "|".join(map(re.escape, joins)) + r")\s+") if joins else None,
            re.compile(r"^(?:" + "|".join(map(re.escape, that)) + r")\s+", re.I) if that else None)


def _dates_ahead(part: str, pack, src, ref) -> tuple[bool, bool]:
    """Does one half of a split sentence name dates, and one ahead ("…, а ў сакавіку яе перавязуць")? A plan by
    its date, as a whole sentence with a day ahead is."""
    spans = timex.find_dates([part], pack, src)
    return bool(spans), any(_is_future(sp, pack, ref) for sp in spans)


def _dated_back(part: str, pack, src, ref) -> bool:
    """Does one half of a split sentence hold dates, none of them ahead ("The council planned the works last
    year")? Its cue is a plan already past."""
    dated, ahead = _dates_ahead(part, pack, src, ref)
    return dated and not ahead


def _current(span, ref) -> bool:
    """Does the span's month or period hold the publication date (a month named in that month)?"""
    if ref is None or not span.date:
        return False
    first, _, last = span.date.partition("/")
    iso = ref.isoformat()
    return len(first) == 7 and not last and first == iso[:7] or bool(last) and first <= iso <= last


def _tense_ahead(span, sentence: str, pack) -> bool:
    """A month or season written without its year that the sentence's tense places ahead ("жюри объявит в конце
    мая"): as sure a date as one with its year."""
    return span.kind in DIRECTED_KINDS and \
        tense.direction(sentence, span.start, span.end, timex.rules(pack)) > 0


def _is_future(span, pack, ref) -> bool:
    """A date after the source date; without one, a span that points ahead by its words ("next year")."""
    if ref is not None and span.date:
        start = span.date.split("/")[0]
        return start > ref.isoformat()[: len(start)]
    r = timex.rules(pack)
    key = " ".join(span.text.lower().split())
    if span.kind == "rel_day":
        return r.rel_days.get(key, 0) > 0
    if span.kind == "rel_period":
        return any(v[1] > 0 for k, v in r.rel_periods.items() if re.search(rf"(?<!\w){re.escape(k)}$", key))
    if span.kind == "weekday":
        return any(w in key for w in r.next_words)
    if span.kind in ("ahead", "ahead_cued"):
        return True
    if span.kind == "season":
        return r.seasons.get(key, (0, 0))[1] > 0
    return False


def _compress(text: str, pack) -> str:
    """Drop parentheses and a short trailing attribution (", police said.") from a lead sentence."""
    return _without_attribution(re.sub(r"\s*\([^()]*\)", "", text).strip(), pack)


def _without_attribution(text: str, pack) -> str:
    """The sentence without a short trailing attribution (", паведаміла ў пятніцу прэс-служба."): a step's
    dates are then its own, not the day it was reported."""
    verbs, lead = quotes.rules(pack).verb, step_asides.lead_source(text, pack)
    text = step_clauses.opening_capital(text[lead:], pack) if lead else text  # "Как сообщил X, первый этап …": a step's who names X
    head, sep, tail = text.rpartition(",")
    short = len(tokens.words(tail)) <= 6 or step_asides.edge_attribution(tail, verbs, _cues(pack)[0], pack)
    if sep and verbs.search(tail) and short and len(tokens.words(head)) >= MIN_WORDS:
        text = head.rstrip() + "."
    return text


def _supporting(title: str, sentences, pack, min_share: float = 0.25) -> list[int]:
    """The body sentence that says most of what the headline says (shared content-word stems), as evidence."""
    from .. import stem

    stemmer, stop = stem.for_pack(pack), pack.words("stopwords")
    seen: dict[str, str] = {}  # an article repeats its words: each is stemmed once

    def stems(text):
        out = set()
        for w in tokens.words(text):
            low = w.lower()
            if low not in stop and not w.isdigit():
                if low not in seen:
                    seen[low] = stemmer(low)
                out.add(seen[low])
        return out

    head = stems(title)
    if not head:
        return []
    share, best = max(((len(head & stems(s)) / len(head), -i) for i, s in enumerate(sentences)), default=(0, 0))
    return [-best] if share >= min_share else []


def extract_what(sentences, pack, ents, title=None, spans=None) -> list[Statement]:
    """The main event: the headline (the editor's own "who did what"), then the lead sentence, compressed.

    Measured on en_5w1h_dev (scripts/eval_5w1h.py): the headline matches the annotated "what" in 0.93 of the
    articles, the lead sentence in 0.65. Without a headline the lead comes first.
    """
    sentences = list(sentences)
    quoted = by_sentence(quotes.find_quotes(tuple(sentences), pack) if spans is None else spans)
    starts = _starts(sentences)
    pronouns = pack.words("pronouns")
    out: list[Statement] = []
    if title and len(tokens.words(title)) >= 3:
        out.append(Statement(text=" ".join(title.split()), evidence=_supporting(title, sentences, pack)))
    for i, s in enumerate(sentences):
        if i in quoted or s.lstrip()[:1] in quotes.rules(pack).openers:
            continue
        words = tokens.words(s)
        if len(words) < MIN_WORDS or words[0].lower() in pronouns:
            continue
        if step_asides.short_line(s):
            continue  # a short line without a stop is a byline or a label ("By Daniel Okafor, Court Correspondent")
        out.append(Statement(text=_compress(clean_sentence(i, sentences, quoted.get(i, ()), starts, pack), pack), evidence=[i]))
        break
    return out[:2]
