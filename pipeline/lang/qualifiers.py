"""Qualifiers: the words before an amount of money or a duration that bound or blur it ("about", "at least").

One table, ``pipeline/data/qualifiers.json``, read by both grammars: each word gives the TIMEX3-style mod
that the date grammar (``dates``) and the money grammar (``money``) read it as, and only the grammars it
names read it. The table's ``_doc`` states what each mod means, and why "almost", "nearly" and "close to"
are still read differently by the two (LESS_THAN for a duration, APPROX for money).
"""

from __future__ import annotations

import functools
from typing import Mapping

from .. import tables
from ..errors import Errors, TableError

MODS = frozenset({"APPROX", "LESS_THAN", "MORE_THAN", "EQUAL_OR_LESS", "EQUAL_OR_MORE"})
READERS = frozenset({"dates", "money"})
TABLE = "qualifiers.json"


@functools.cache
def qualifiers(reader: str) -> Mapping[str, str | None]:
    """The qualifiers the ``reader`` grammar (``"dates"`` or ``"money"``) reads: word -> mod (None: the word
    belongs to the expression but sets no mod, as "just" in "just 5 years"). Raise TableError (E301)."""
    if reader not in READERS:
        raise ValueError(f"reader must be one of {sorted(READERS)}, not {reader!r}")
    rows = tables.load_json(TABLE).get("qualifiers")
    if not isinstance(rows, dict) or not rows:
        raise TableError(Errors.E301.format(name=TABLE, reason="no 'qualifiers' object"))
    out: dict[str, str | None] = {}
    for word, readings in rows.items():
        if not isinstance(readings, dict) or not readings or set(readings) - READERS:
            reason = f"'{word}': give its mod for some of the grammars {sorted(READERS)}"
            raise TableError(Errors.E301.format(name=TABLE, reason=reason))
        for mod in readings.values():
            if mod is not None and mod not in MODS:
                reason = f"'{word}': mod {mod!r} is not one of {sorted(MODS)}"
                raise TableError(Errors.E301.format(name=TABLE, reason=reason))
        if reader in readings:
            out[word] = readings[reader]
    return out
