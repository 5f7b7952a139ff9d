"""Whether a sentence reads well as a key point on its own: the penalties the ``news`` summariser applies.

All words come from the language pack: ``speech_verbs.txt`` (shared with the quote finder),
``summary_attribution.txt`` (other words of an attribution-only sentence: "added", "told", "according"),
``summary_points_back.txt`` (openers that point back at an earlier sentence: "He", "This", "Ён", "Это") and the
quote marks of ``quote_marks.toml``. The engine names no language.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..patterns import SPEAKER_LABEL

SHORT_WORDS, SHORT = 6, 0.5      # fewer words: a heading, a fragment or a dateline, rarely a key point
TINY_WORDS, TINY = 3, 0.1        # fewer words after a speaker label: "Hardacre: Yes." answers nothing alone
LONG_WORDS, LONG = 60, 0.8       # more words: a run-on or a list, hard to read as one point
ATTRIBUTION = 0.2                # "He added:", "- адзначыў ён.": says who speaks, not what
FRAGMENT = 0.7                   # a piece of a quotation spread over several sentences
POINTS_BACK = 0.9                # "He said…" when the sentence naming him is not among the picks
QUESTION = 0.0                   # "— Что дальше?", "What did it cost?" / "— …": an interviewer's question tells nothing
ATTRIBUTION_CONTENT_WORDS = 2    # at most this many other content words in an attribution-only sentence


_OPENS_AFTER = " \t\n([{«„“‘-—–"  # a mark that both opens and closes opens after these (or at the start)


@dataclass(frozen=True)
class Cues:
    speech: frozenset
    attribution: frozenset
    points_back_words: frozenset
    stop_words: frozenset
    opening: frozenset
    closing: frozenset

    @classmethod
    def from_pack(cls, pack) -> "Cues":
        pairs = pack.settings("quote_marks")["pairs"]
        return cls(pack.words("speech_verbs"), pack.words("summary_attribution"),
                   pack.words("summary_points_back"), pack.words("stopwords") | pack.words("pronouns"),
                   frozenset(a for a, _ in pairs), frozenset(b for _, b in pairs))

    def penalty(self, sentence, fragment: bool = False) -> float:
        """The product of the factors that apply to ``sentence`` (1.0 for a sentence that reads on its own);
        ``fragment``: it is part of a quotation that spans sentences (see ``quote_fragments``)."""
        words = [w.lower() for w in sentence.words]
        factor = 1.0
        if len(words) < SHORT_WORDS:
            factor *= SHORT
            label = SPEAKER_LABEL.match(str(sentence))
            if label and len(words) - len(label.group(1).split()) < TINY_WORDS:
                factor *= TINY
        elif len(words) > LONG_WORDS:
            factor *= LONG
        if self.attribution_only(words):
            factor *= ATTRIBUTION
        if fragment:
            factor *= FRAGMENT
        return factor

    @staticmethod
    def interviewer_questions(texts: list[str]) -> list[bool]:
        """Which sentences are an interviewer's questions: dash-led or labelled ones ("— Что дальше?", "Q: Why
        Gomel?", "Карэспандэнт: …?"), and any question a dash-led or labelled answer follows ("What did it cost?" /
        "— About 40 million.", "Hardacre: About four million.")."""
        dashed = [t[:1] in "-–—" or bool(SPEAKER_LABEL.match(t)) for t in texts]
        asks = [t.rstrip().rstrip("»”\"'").endswith("?") for t in texts]
        return [asks[i] and (dashed[i] or (i + 1 < len(texts) and dashed[i + 1])) for i in range(len(texts))]

    def attribution_only(self, words: list[str]) -> bool:
        """A verb of saying and hardly anything else: 'He added:', 'Mr Smith told the BBC.'"""
        if not any(w in self.speech for w in words):
            return False
        content = [w for w in words if w not in self.speech and w not in self.attribution
                   and w not in self.stop_words]
        return len(content) <= ATTRIBUTION_CONTENT_WORDS

    def quote_fragments(self, texts: list[str]) -> list[bool]:
        """For each sentence, whether it begins inside a quotation opened earlier or ends inside one that goes on:
        a piece of a quote that spans sentences. Whether a quotation is open is simply whether the last quote mark
        seen was an opening one, so nested or unclosed marks (``АТ "Група "Алюр"``) cannot leak further."""
        inside, out = False, []
        for text in texts:
            start = inside
            for k, c in enumerate(text):
                if c in self.opening and (c not in self.closing or k == 0 or text[k - 1] in _OPENS_AFTER):
                    inside = True
                elif c in self.closing:
                    inside = False
            out.append(start or inside)
        return out

    def points_back(self, sentence) -> bool:
        """The sentence opens with a word that refers to something said before it."""
        return bool(sentence.words) and sentence.words[0].lower() in self.points_back_words
