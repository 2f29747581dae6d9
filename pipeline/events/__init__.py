"""Stage 4b: dated events, GDELT/ACLED-style records built from dated sentences.

``build(article, sentences, dates, *, people, places, organizations, money)`` is the entry point; the rules
are listed in :mod:`pipeline.events.builder`, which uses :mod:`.syntax` (where a date attaches in the
parse), :mod:`.companions` (what else that date dates), :mod:`.dating` (which dates count, ranges, lists),
:mod:`.participants` (names, pronouns) and :mod:`.classify` (type, tense; its sense rules in
:mod:`.senses`). The event vocabulary of the base layer (:mod:`pipeline.lang.events`) maps triggers to the
documented event types of ``pipeline/data/events_types.json``.
"""

from __future__ import annotations

from ..lang.events import event_type, types
from .builder import build

__all__ = ["build", "event_type", "types"]
