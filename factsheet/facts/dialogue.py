"""Speech set off by dashes and by speaker labels, without quotation marks.

- Direct speech led by a dash with the attribution after a second dash, the Belarusian and Russian convention:
  "— Мы скончым да восені, — кажа майстар." (the speech may run over several sentences before the attribution,
  and go on after it: "…, — сказаў ён. — Потым …"). The speaker is found as for a marked quote (speakers.py).
- Lines opened by a speaker label: "Ковальчук: Мост откроем в июне." (a person the text names), "A: …" /
  "Адказ: …" (the interviewee; the pack's ``answer_labels``); "Q: …" / "Карэспандэнт: …" (any other label)
  are the interviewer's and no quote.
Both run before the dash-led interview answers (reported.answers), since an explicit attribution is surer.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .. import tokens
from ..model import Quote
from ..patterns import LABEL, SPEAKER_LABEL
from .mention_view import mentions_between
from .reported import guest_before
from .speakers import same_stem, speaker

LEAD = re.compile(r"^\s*[-–—]\s+(?=\S)")
# a short label before the dash ("Ответ: — …, — говорит Анна Лис."): the attribution after the speech names the speaker
LABELLED_LEAD = re.compile(rf"^\s*{LABEL}\s*:\s*[-–—]\s+(?=\S)")
# the speech's end and the attribution's dash: "…, — сказаў", "…! — усклікнуў", "…? — спытаў"
INNER = re.compile(r"([,!?…])\s*[-–—]\s+(?=\w)")
GOES_ON = re.compile(r"[.:]\s*[-–—]\s+(?=\S)")  # "…, — сказаў ён. — Потым …": the speech goes on
LABEL_ALONE = re.compile(rf"^\s*({LABEL})\s*:\s*$")  # "MARSH:" alone
# "Виталий Ермак, заместитель председателя горисполкома: …", "СИНХРОН, Ольга Дубовик, жительница района: …": a
# broadcast script's sound bite, labelled by the speaker's name and title (a rubric in capitals may come first)
DESCRIBED = re.compile(r"^\s*((?:[^\W\d_]+,\s*)?[^,:.!?]{3,60},[^:.!?]{3,100}?)\s*:\s+(?=\S)")
INITIALS = re.compile(r"(?:[^\W\d_]\.\s*){2}")  # "Н.Л.", "P. O.": a given name's and a surname's first letters
MAX_SENTENCES = 6  # sentences of one speech before its attribution at most
TAIL_WORDS = 10  # an attribution is short


@dataclass
class _Span:
    start: int
    end: int


def dash_speech(sentences, r, view, starts, text, taken: set[int], paragraphs=None) -> list[Quote]:
    """Dash-led direct speech with its attribution after a second dash (see the module note)."""
    out, k = [], 0
    while k < len(sentences):
        found = None if k in taken or not opening(sentences[k]) else _attributed(sentences, k, r, paragraphs)
        if found is None:
            k += 1
            continue
        j, m, window = found
        body = [sentences[i] for i in range(k, j)] + [sentences[j][:m.start()] + (m[1] if m[1] != "," else "")]
        span = _Span(starts[k], starts[j] + m.start())
        a = starts[j] + m.end()
        who = speaker(span, a, a + len(window), window, r, view, starts, text)
        rest = sentences[j][m.end() + len(window):]
        on = GOES_ON.match(rest)
        cut = m[1] == ","  # the comma before the attribution's dash ends a clause ("— A, — сказаў ён, — b")
        if on:
            body[-1] += "," if cut else ""
            body.append(rest[on.end():])
        end = j + 1
        if not on and _resumes(sentences, j, window, r, taken, paragraphs):
            on = True  # "…, — говорит Анна Лис." / "— Воду дадут к пятнице." cut apart by the splitter
            body[-1] += "." if cut else ""  # (or a sentence, when the attribution ends one: "— A, — сказаў ён. — B")
            body.append(LEAD.sub("", sentences[end], count=1))
            end += 1
        while on and paragraphs is not None and end < len(sentences) and end not in paragraphs \
                and end not in taken and end - k < MAX_SENTENCES and not _attributed(sentences, end, r):
            body.append(sentences[end])  # the rest of the paragraph is the same speech
            end += 1
        words = " ".join(s.strip() for s in body)
        out.append(Quote(speaker=who, text=words[opening(words).end():].strip(), evidence=list(range(k, end))))
        taken.update(range(k, end))
        k = end
    return out


def _attributed(sentences, k: int, r, paragraphs=None):
    """(sentence, match, attribution) of the dash-led speech opening at sentence ``k``, or None: the first
    "…, — verb …" within a few sentences, before another dash-led line or a new paragraph (a list item led by a
    dash ends with its line: "– контроль возложен на …" is no speech of the quote two paragraphs on)."""
    for j in range(k, min(len(sentences), k + MAX_SENTENCES)):
        s = sentences[j]
        if j > k and (opening(s) or _label(s) or paragraphs is not None and j in paragraphs):
            return None  # another speech, the next "Вопрос: …" of a column, or another paragraph
        lead = opening(s) if j == k else None
        for m in INNER.finditer(s, lead.end() if lead else 0):
            window = s[m.end():]
            stop = GOES_ON.search(window)
            window = window[:stop.start()] if stop else window
            words = tokens.words(_before_aside(window))
            if words and words[0][:1].islower() and len(words) <= TAIL_WORDS and r.verb.search(window):
                return j, m, window
    return None


def _before_aside(window: str) -> str:
    """The attribution up to the comma that sets off an aside after the speaker ("сказаў Алег Навіцкі, звяртаючыся
    да свайго першага настаўніка, 87-гадовага Мікалая Жука."): its length is the verb's and the speaker's."""
    comma = window.find(", ")
    return window[:comma] if comma > 0 else window


def opening(s: str):
    """The dash opening a line of speech, with a short label before it or none ("— …", "Ответ: — …")."""
    return LEAD.match(s) or LABELLED_LEAD.match(s)


def _resumes(sentences, j: int, window: str, r, taken: set[int], paragraphs) -> bool:
    """Does the dash-led sentence after the attribution in sentence ``j`` go on with the same speech: it stands in
    the same paragraph (known paragraphs only), the attribution ended the sentence, and it has no attribution of
    its own?"""
    n = j + 1
    return paragraphs is not None and n < len(sentences) and n not in paragraphs and n not in taken \
        and window.rstrip()[-1:] == "." and bool(LEAD.match(sentences[n])) and not _attributed(sentences, n, r)


def labelled(sentences, r, view, starts, taken: set[int], paragraphs=None) -> list[Quote]:
    """Lines opened by a speaker label: a person the text names, or the pack's answer label (the guest, the
    first person named before the first such line)."""
    out, k = [], 0
    while k < len(sentences):
        who = None if k in taken else _label_speaker(sentences[k], k, r, view, starts)
        if not who:
            k += 1
            continue
        alone = LABEL_ALONE.match(sentences[k])  # "ЛИСОВСКАЯ:" on its own line, the answer below it
        first = k + 1 if alone else k
        end = first + 1
        while end < len(sentences) and end - k < MAX_SENTENCES and end not in taken \
                and (paragraphs is None or end not in paragraphs) and not _label(sentences[end]) \
                and not sentences[end].rstrip().endswith("?"):
            end += 1  # the answer goes on to the next label, question or paragraph
        body = " ".join(s.strip() for s in sentences[first:end])
        text = body if alone else body[_label(body).end():]
        if text and first < len(sentences):
            out.append(Quote(speaker=who, text=text, evidence=list(range(first, end))))
        taken.update(range(k, end))
        k = end
    return out


def _label_speaker(s: str, i: int, r, view, starts) -> str | None:
    """The speaker a line's label names: the answer label is the guest; a label that is exactly a person's
    mention is that person; a question label, or anything else, is nobody."""
    m = _label(s)
    if m is None or s.rstrip().endswith("?"):
        return None
    if m.re is DESCRIBED:
        return _described_speaker(s, m, i, view, starts)
    label = " ".join(m[1].lower().split())
    if label in r.answer_labels:
        return guest_before(view, i)
    named = mentions_between(view, starts[i] + m.start(1), starts[i] + m.end(1), ("person",))
    if len(named) == 1 and named[0][1].start == m.start(1) and named[0][1].end == m.end(1):
        return named[0][1].name
    return _label_surname(_without_honorific(m[1], r), view) or _label_initials(m[1], view)


def _without_honorific(label: str, r) -> str:
    """A transcript's label with its courtesy title dropped ("MR OKAFOR", "Dr. Lee"): the surname is the label."""
    words = label.split()
    return " ".join(words[1:]) if len(words) > 1 and words[0].lower().rstrip(".") in r.honorifics else label


def is_label(s: str) -> bool:
    """Does a speaker label open the line, or make it ("Вопрос: …", "ЛИСОВСКАЯ:")?"""
    return bool(_label(s))


def _label(s: str):
    """The speaker label opening a line ("Ковальчук: …"), or making the whole line ("ЛИСОВСКАЯ:"), or a name with
    its title ("Виталий Ермак, заместитель председателя горисполкома: …")."""
    return SPEAKER_LABEL.match(s) or LABEL_ALONE.match(s) or DESCRIBED.match(s)


def _described_speaker(s: str, m, i: int, view, starts) -> str | None:
    """The person a name-and-title label opens with, after a rubric in capitals ("СИНХРОН, …") if any; nobody
    when the label does not open with a person the text names ("В Минске, как сообщили в министерстве: …")."""
    at = m.start(1)
    first, comma, _ = s[at:m.end(1)].partition(",")
    if first.strip().isupper() and len(first.split()) == 1:
        at += len(first) + len(comma)
    at += len(s[at:]) - len(s[at:].lstrip())
    named = mentions_between(view, starts[i] + at, starts[i] + m.end(1), ("person",))
    return named[0][1].name if named and named[0][1].start == at else None


def _label_initials(label: str, view) -> str | None:
    """A label of initials ("Н.Л.:", "P. O.:") is the one listed person whose given name and surname open with
    those letters, in that order or surname first."""
    if not INITIALS.fullmatch(label.strip()):
        return None
    letters = [c.lower() for c in label if c.isalpha()]
    people = set()
    for p in view.who:
        words = p.name.split()
        if p.type == "person" and len(words) > 1:
            given, last = words[0][:1].lower(), words[-1][:1].lower()
            if letters in ([given, last], [last, given]):
                people.add(p.name)
    return people.pop() if len(people) == 1 else None


def _label_surname(label: str, view) -> str | None:
    """A label that is one listed person's surname, in any case ("ЛИСОВСКАЯ: …", "Zhdanovich: …" after "Yuri
    Zhdanovich" in the lead), whatever the entity layer made of the label's own word (an all-capital surname reads
    like an abbreviation); two people of that surname, or none, leave the line to the other rules."""
    words = label.split()
    if len(words) > 2 or not words[-1][:1].isupper():
        return None
    last = words[-1].lower()
    people = {p.name for p in view.who if p.type == "person" and len(p.name.split()) > 1
              and same_stem(p.name.split()[-1].lower(), last)
              and (len(words) == 1 or same_stem(p.name.split()[0].lower(), words[0].lower()))}
    return people.pop() if len(people) == 1 else None
