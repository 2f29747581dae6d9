"""Amounts of money: the grammar that finds and reads them in plain text, and its currency vocabulary.

:func:`find` lists every amount with a currency in a text (the money extractor's span finder) as
:class:`~.grammar.Parsed` readings (value, currency forms, qualifier, range); :func:`first` reads one.
The vocabulary (:class:`~.lexicon.Lexicon`: symbols, codes, names, scales, number words, qualifiers) is
built once from the tables in ``pipeline/data`` by :func:`default_lexicon`.
"""

from __future__ import annotations

from .grammar import Parsed, find, first
from .lexicon import Lexicon, Unit, default_lexicon
from .tokens import parse_number

# a currency sign written before an amount, for patterns outside the money grammar ("$5", "A$212", "HK$3")
CURRENCY_SIGN = r"(?:(?:[A-Z]{1,2}|US|HK|NZ)\$|[$\u20ac\u00a3\u00a5])"

__all__ = ["CURRENCY_SIGN", "Lexicon", "Parsed", "Unit", "default_lexicon", "find", "first", "parse_number"]
