"""People (with roles), organisations and places, found by rules the language pack supplies as data.

The entry point: ``extract_entities`` and the types other stages read (``Mention``, ``Entities``). Passes over
each sentence, most certain first, each claiming its tokens (document.py runs them): organisations named in
quotes after a marker, web sites and names in another script, and organisation phrases (organisations.py);
persons in capitalised runs (persons.py) with the role before or after the name (roles.py); places and
abbreviations (places_in_text.py). Single capitalised words left over are resolved at the end against what the
whole document named (leftovers.py). Ranking (who's main actor first, places where the story happens first) is
ranking.py, the unnamed lead subject ("Several people died") subject.py; the pack's data is compiled once per
pack by resources.py; every pass reads one analysis of the document (analysis.py). See README.md here.
"""
from __future__ import annotations

from . import resolve
from .analysis import analyse
from .document import Extraction
from .records import Entities, Mention
from .resources import Resources, resources
from .tokens import QUOTE_CHARS, TOKEN, Tok, tokenize

# also importable from here: a pack's resources (scripts/eval_be_names.py) and the tokens other stages may share
__all__ = ["Entities", "Mention", "extract_entities", "trace_entities", "Resources", "resources", "QUOTE_CHARS",
           "TOKEN", "Tok", "tokenize"]


def extract_entities(sentences, pack, title: str | None = None, analysis=None) -> Entities:
    """Who (persons with roles, organisations) and where (places) in ``sentences``, names in base form.

    ``title`` (the headline), when given, is read too: its subject ranks as the story's main actor, but evidence
    and mentions point only at ``sentences``. ``analysis``: the document's analysis, when already built."""
    analysis = analysis or analyse(sentences, title, pack)
    doc = Extraction(analysis, pack)
    doc.run()
    return doc.result(off=analysis.offset)


def trace_entities(sentences, pack, title: str | None = None):
    """Why each entity was found: (the analysed sentences, headline first when given; [(entity, the candidates and
    changes that made it, in order)]), before ranking merges and keeps them (scripts/why.py prints it)."""
    analysis = analyse(sentences, title, pack)
    doc = Extraction(analysis, pack)
    doc.run()
    return analysis.sentences, resolve.trace(doc)
