"""A one-word name right after a title: "Indonesia's foreign minister, Sugiono, said …", "the junta's spokesman,
Zaw, told …", "Глава МИД Индонезии Сугионо заявил …". Some Indonesian, Burmese and Afghan people go by one name;
the person rules want two words or a listed given name, so such a name was missed or, standing alone later, read
as an organisation. Here one unknown capitalised word is a person only between a title the roles rules find for
it (a listed role word heads it) and a comma or a speech verb (pack: ``speech_cues``); the name stays as written
(before a comma or a speech verb it is the subject, in base form). Where nouns decline, a word right after the
title that ends as a genitive is the title's owner ("директор Белшины заявил"), unless commas set it off; where
they do not, only commas set a name off ("the regulator Oftel said" names a body).
"""
from __future__ import annotations

from . import roles
from .candidates import FILL, Candidate

RULE = "titled_single.titled_single"
MIN_LETTERS = 3  # "Zaw", "Ali"; shorter capitalised words are initials or abbreviations


def titled_single(doc, si, s, toks, used, taken) -> list[Candidate]:
    """Persons named by one word between a title and a comma or a speech verb."""
    out = []
    for i, t in enumerate(toks):
        if not t.cap or not _closed(doc, toks, i + 1) or i + 1 < len(toks) and toks[i + 1].cap \
                or not _lone_name(doc, toks, used, i):  # (the cheap tests first: most words are followed by neither)
            continue
        before = i - 1 if toks[i - 1].text != "," else i - 2  # "foreign minister, Sugiono,": set off by commas
        if before < 0 or not toks[before].word or (before < i - 1 and not _comma_after_name(toks, i)) \
                or toks[before].text.lower() in doc.R.particles:  # "Паулу Мораиш да Силва": a name's last part
            continue
        if doc.R.gaz.head_gender(toks[before].text):
            continue  # "депутат … района Отрадное": a place's name after its head noun
        if before == i - 1 and (not doc.R.case_endings or doc.R.genitive_like(t.text)):
            continue  # "Генеральный директор Белшины заявил": the title's owner in the genitive; where nouns do not
            # decline ("regulator Oftel said") only commas set a one-word name off from a firm after its kind
        if toks[before].cap and not (doc.R.placeish(toks[before].text) or toks[before].text.isupper()):
            continue  # a capitalised word before it only as a place or an abbreviation ("министр … Индонезии Сугионо")
        role, _ = roles.role_with_head(doc, s, toks, used, [i], None, taken)
        if role is None or not _listed_title(doc, role) or role.split()[-1].lower() != toks[before].text.lower():
            continue  # the title ends right before the name (not "Edberg, a former champion,"; not "Sundar Pichai")
        out.append(Candidate("person", t.text, si, t.start, t.end, RULE, key=doc.R.key(t.text), claims=(i,),
                             names=(i,), role=role, role_how=FILL, confirmed=True, parts=(doc.R.key(t.text),)))
    return out


def _lone_name(doc, toks, used, i: int) -> bool:
    """Is toks[i] one capitalised word no list knows?"""
    R, t = doc.R, toks[i]
    low = t.text.lower()
    if i == 0 or used[i] or not t.word or not t.cap or t.initial or t.abbr or t.text.isupper() \
            or len(t.text) < MIN_LETTERS:
        return False
    return not R.gaz.lookup([t.text]) and low not in R.stopwords and low not in R.not_names \
        and low not in R.not_person and low not in R.demonyms and low not in R.titles and low not in doc.forms \
        and low not in R.month_words and low not in R.weekday_words and not R.role_len([t.text]) \
        and not R.org_noun(t.text) and not R.plain_word(t.text)


def _closed(doc, toks, j: int) -> bool:
    """Does a comma or a speech verb follow the name?"""
    return j < len(toks) and (toks[j].text == "," or toks[j].word and toks[j].text.lower().startswith(doc.R.speech))


def _comma_after_name(toks, i: int) -> bool:
    """A name set off by a comma before it is closed by one after it ("minister, Sugiono, said")."""
    return i + 1 < len(toks) and toks[i + 1].text == ","


def _listed_title(doc, role: str) -> bool:
    """Does a listed role word or title end the role phrase ("Indonesia's foreign minister") or head it before its
    owner ("глава МИД Индонезии")? Not a title word describing a thing: "the official newspaper, Izvestia,"."""
    words = role.split()
    ends = [k + doc.R.role_len(words[k:]) for k in range(len(words))]
    return len(words) in ends or bool(doc.R.case_endings) and any(e > k for k, e in enumerate(ends))
