"""Placeholder: filled in below."""
from .graph import TextRankSummarizer


class NewsSummarizer(TextRankSummarizer):
    def __init__(self, stemmer, pack):
        super().__init__(stemmer)
        self.stop_words = pack.words("stopwords")
