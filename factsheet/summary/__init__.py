"""The summariser's parts: a light document model with sumy's interface, vectorised graph rankers, the news ranker.

``factsheet.summarize`` is the entry point; this package holds the pieces it chooses between.
"""
