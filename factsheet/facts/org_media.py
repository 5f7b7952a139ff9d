"""Publications and broadcasters named by a media noun beside them ("агентству Рейтер", "the official newspaper
Granma", "Itar-Tass news agency") or by their media head ("the China Daily said", "Radio Red quoted"), and an
organisation after one of the pack's ``org_nouns`` ("the consulting firm X").

A pass over ``doc``, the ``Extraction`` (document.py), read-only; ``used`` marks the tokens earlier passes claimed;
it returns candidates (candidates.py).
"""
from __future__ import annotations

from . import org_frames, subject
from .candidates import Candidate, mark

LISTED_RULE = "org_media.listed_agencies"


def _media(doc, word: str) -> bool:
    """A media noun of the pack (media_heads.txt), inflected too where the language inflects ("агентству")."""
    return word.lower() in doc.R.subject.media or doc.R.is_noun(word, doc.R.media_heads)


def _run_end(doc, toks, used, i: int) -> int:
    j = i  # (a date word ends it: "agency Saturday launched"; a legal form after the name is part of it: "Bremmer AG")
    while j < len(toks) and not used[j] and toks[j].word and toks[j].cap and j - i < 5 \
            and (not toks[j].abbr or (j > i and doc.R.is_noun(toks[j].text, doc.R.heads))) \
            and (j == i or (toks[j].text.lower() not in doc.R.month_words
                            and toks[j].text.lower() not in doc.R.weekday_words)):
        j += 1
    return j


def _media_run(doc, s, toks, used, i: int, j: int) -> bool:
    """Does the capitalised run toks[i:j] name a publication: a lower-case media noun right before or after it
    ("the newspaper Granma", "Itar-Tass news agency"), or a media head closing or opening it ("China Daily",
    "Radio Red") beside a reporting cue? Or an organisation after one of the pack's ``org_nouns`` ("the
    consulting firm X")?"""
    R, words = doc.R, [t.text for t in toks[i:j]]
    if R.morph.first_name(words[0]) and (j - i >= 2 or not R.media_names) and not _media(doc, words[0]) \
            and not _apposed_title(doc, toks, i, j):
        return False  # "the newspaper editor John Smith" is a person; "агентство Ивана …"
    if any(w.lower() in R.stopwords for w in words) or all(w.lower() in R.demonyms for w in words) \
            or (words[0].lower() in R.not_place_words and not (j - i >= 2 and _media(doc, words[-1]))):
        return False  # "A British newspaper" names none; "the agency Friday started": a date, no name (but
        # "the Sunday Telegraph" is one)
    before = i > 0 and toks[i - 1].word and not toks[i - 1].cap and (_media(doc, toks[i - 1].text)
                                                                     or toks[i - 1].text in R.org_nouns)
    if j + 1 < len(toks) and toks[j + 1].cap and (toks[j].text in R.connectors or toks[j].text in R.locative) \
            and not (before and toks[j].text in R.list_conjunctions):  # "the publishers Azbuka and Eksmo": a list
        return False  # "Human Rights in China": the name goes on past a connector
    if before and (R.role_len(words) or words[0].lower() in R.titles):
        return False  # "the party Chairman X": a title
    if before and j - i >= 2 and (hit := R.gaz.lookup(words[:1])) and R.key(hit) != R.key(words[0]):
        return False  # "банк России Сбербанк": an inflected place belongs to the noun, the name follows it
    # "Yeltsin's press office": an owner in the possessive, no publication
    after = j < len(toks) and toks[j].word and not toks[j].cap and _media(doc, toks[j].text) \
        and not words[-1].endswith(R.possessive) and not _names_follow(doc, toks, i, j)
    if before or (after and R.media_names):
        return not R.gaz.lookup(words) and words[-1].lower() not in R.stopwords  # not "газета Минска"
    headed = R.media_names and j - i >= 2 and (_media(doc, words[-1]) or _media(doc, words[0])) \
        and words[0].lower() not in R.stopwords and not R.gaz.lookup(words) \
        and not R.role_len(words[-1:])  # "Press Secretary X": a title, no paper
    # "for the Daily Telegraph", "the Nihon Keizai Shimbun": a name of two words or more closed or opened by a media
    # head after an article is a paper's title even with no reporting cue beside it
    titled = i > 0 and toks[i - 1].text.lower() in R.articles  # ("the Gazeta Wyborcza": opened by one)
    return headed and (titled or subject.near_source_cue(s, toks[i].start, toks[j - 1].end, R.subject, 25))


def _names_follow(doc, toks, i: int, j: int) -> bool:
    """"Ratings agency Moody's …", "News agency Ukrinform reported": one capitalised word opening the sentence, the
    media noun, then a capitalised name: the word says what kind of agency, the name after the noun is its name."""
    k = j + 1
    return j - i == 1 and toks[i].initial and k < len(toks) and toks[k].word and toks[k].cap \
        and toks[k].text.lower() not in doc.R.month_words and toks[k].text.lower() not in doc.R.weekday_words


def _apposed_title(doc, toks, i: int, j: int) -> bool:
    """"агентство Франс Пресс", "агентства Франс Пресс": a lower-case media noun, then two or more words the first
    of which a given name reads in its base form (the noun's owner would take the genitive, "агентство Ивана
    Петрова") and no surname after it: the publication's own name, in apposition."""
    R = doc.R
    if R.media_names or j - i < 2 or i == 0 or not toks[i - 1].word or toks[i - 1].cap \
            or not _media(doc, toks[i - 1].text):
        return False  # (where media heads name outlets themselves, "Formula One star Max Verstappen" is a person)
    first = R.morph.first_name(toks[i].text)
    return bool(first) and first[2] and not any(R.morph.surname_like(t.text) for t in toks[i + 1:j])


def listed_agencies(doc, si, s, toks, used, taken) -> list[Candidate]:
    """"сообщает РИА Новости", "паводле Радыё Свабода": a listed agency (agencies.txt) of two or more words, written
    as the list writes it, is one name (its first word alone reads as an abbreviation: "РИА")."""
    out, agencies = [], doc.R.long_agencies
    if not agencies:
        return out
    for i, t in enumerate(toks):  # each token asks the agencies its word opens, not every agency each token
        for words in agencies.get(t.text.lower(), ()) if t.cap else ():
            if i + len(words) <= len(toks) and not any(used[i:i + len(words)]) \
                    and all(toks[i + k].text.lower() == w for k, w in enumerate(words)):
                end = toks[i + len(words) - 1].end
                out.append(Candidate("organization", s[toks[i].start:end], si, toks[i].start, end, LISTED_RULE,
                                     claims=tuple(range(i, i + len(words)))))
    return out


def media_orgs(doc, si, s, toks, used, taken) -> list[Candidate]:
    """Publications and broadcasters named by a lower-case media noun before them (media_heads.txt: "агентству
    Рейтер", "the official newspaper Granma"; the noun is no part of the name), and, where the pack says so
    (``media_names``), by a media noun after them or their media head: "the China Daily said", "Radio Red
    quoted"."""
    shared, out = used, []
    i = 0
    while i < len(toks):
        t = toks[i]
        if used[i] or not (t.word and t.cap) or t.abbr:
            i += 1
            continue
        a = org_frames.past_opener(doc, toks, used, i)
        j = _run_end(doc, toks, used, a)
        # a given name after the first word starts a person's name: "оператор Аль-Арабии Халид аль-Масри"
        j = next((k for k in range(a + 1, j) if doc.R.morph.first_name(toks[k].text)), j)
        if j > a and _media_run(doc, s, toks, used, a, j):
            a, name, k = org_frames.publication_name(doc, s, toks, i, a, j)
            out.append(Candidate("organization", name, si, toks[a].start, toks[j - 1].end, "org_media.media_orgs",
                                 key=k, claims=tuple(range(a, j))))
            used = mark(used, shared, range(a, j))
        i = max(j, i + 1)
    return out
