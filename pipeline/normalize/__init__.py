"""Stage 4: Mentions -> typed, normalized records. No spaCy here: plain strings in, records out."""

from __future__ import annotations

from .dates import dates
from .entities import entities
from .money import money

__all__ = ["dates", "entities", "money"]
