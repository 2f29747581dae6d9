"""Stage 4b: dated events, GDELT/ACLED-style records built from dated sentences.

``build(article, sentences, dates, *, people, places, organizations, money)`` is the entry point; the rules
are listed in :mod:`pipeline.events.builder`, which uses :mod:`.syntax` (where a date attaches in the parse),
:mod:`.dating` (which dates count, ranges, lists), :mod:`.participants` (names, pronouns) and
:mod:`.classify` (type, tense). :mod:`.vocabulary` maps triggers to the documented event types of
``pipeline/data/events_types.json``.
"""

from __future__ import annotations

from .builder import build
from .vocabulary import event_type, types

__all__ = ["build", "event_type", "types"]
