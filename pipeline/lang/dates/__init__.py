"""Temporal expressions: the grammar that finds them in text and reads them, and its word tables.

:func:`grammar` is the grammar of the shipped tables (``pipeline/data/dates_*.json``, see :mod:`.lexicon`);
its ``scan`` finds expressions (the date extractor's span finder), its ``parse`` reads one into a
:class:`~.spec.Spec` (what the words say, before anchoring). :func:`parse_complete_date` reads a full
calendar date (ingest uses it for header dates).
"""

from __future__ import annotations

from .grammar import Found, Grammar, Reading, grammar, paired_day_text, parse_complete_date
from .lexicon import Lexicon, lexicon, month_names, month_words
from .rules import word_before
from .spec import Spec

__all__ = [
    "Found", "Grammar", "Lexicon", "Reading", "Spec", "grammar", "lexicon", "month_names", "month_words",
    "paired_day_text", "parse_complete_date", "word_before",
]
