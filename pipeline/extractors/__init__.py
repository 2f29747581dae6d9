"""Stage 3 (extract): spaCy Doc -> plain Mentions: dates, money, sentences, and people, places and
organizations (``entities/``, one pass over the Doc in steps).

(The package is ``extractors`` rather than ``extract`` because ``pipeline.extract`` is the public
function ``from pipeline import extract``; a subpackage of the same name would replace it on import.)

After this stage nothing imports spaCy: each extractor turns Spans into :class:`~pipeline.records.Mention`
records at once. ``EXTRACTORS`` maps the names of ``pipeline.config.EXTRACTOR_NAMES`` (what settings are
checked against, without loading spaCy) to the extractors; a test keeps the two equal.
"""

from __future__ import annotations

from typing import Callable

from spacy.tokens import Doc

from ..records import Article, Mention
from . import dates, entities, money
from .sentences import sentences

Extractor = Callable[[Doc, Article], list[Mention]]

EXTRACTORS: dict[str, Extractor] = {
    "dates": dates.dates,
    "money": money.money,
    "people": entities.people,
    "places": entities.places,
    "organizations": entities.organizations,
}

__all__ = ["EXTRACTORS", "Extractor", "sentences"]
