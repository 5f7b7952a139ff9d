"""The dates of a text (the ``when`` fact): kept as the name other modules import; the work is in ``dates/``."""
from .dates import DateRules, Span, extract_when, find_dates, parse_source_date, rules

__all__ = ["DateRules", "Span", "extract_when", "find_dates", "parse_source_date", "rules"]
