"""The money vocabulary: currency symbols, codes, names and subunits, scale words, number words and
qualifiers, built once from the tables in ``pipeline/data`` and checked while building.

Sources (all read through :mod:`pipeline.tables`):

- ``currency_names.json``: generated from Unicode CLDR (Babel) and ISO 4217 (pycountry) by
  ``scripts/build_currency_tables.py``: codes, English names and plurals, unit words, symbols;
- ``currency_aliases.json``: hand-kept news forms (``roubles``, ``Deutschmarks``, ``Rs``, ``C$``), the
  reading of ambiguous forms (``$`` -> USD), and the words that are not money on their own;
- ``currency_minor_units.json``: ``cents``, ``pence``, ``kopecks``... with their factor;
- ``money_multipliers.json``, ``money_number_words.json``, ``money_qualifiers.json``.

Lookup keys are normalized the way :func:`key` does it, so ``U.S. $``, ``US$`` and ``us $`` meet.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any, Iterable, Mapping

import regex

from ... import tables
from ...errors import Errors, TableError

# fmt: off
RE_TOKEN = regex.compile(r"""
    (?P<num>\d+(?:[.,]\d+)*|\.\d+)            # 1,234.56  0.67  .50
  | (?P<abbr>\p{L}(?:\.\p{L}(?!\p{L}))+\.?)   # U.S.  u.s  U.K.
  | (?P<word>\p{L}[\p{L}\p{M}]*)              # words in any script, with combining marks
  | (?P<sign>\S)                              # any other single character: $ € - ( ,
""", regex.VERBOSE)
# fmt: on
RE_CODE = re.compile(r"[A-Z]{3}")
RE_LETTERS = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True)
class Unit:
    """A currency form found in text: the currencies it may name (its reading first) and its value.

    Attributes:
        codes: ISO 4217 codes, the default reading first; one code means the form is explicit.
        kind: ``symbol`` ($, US$, Rs), ``code`` (USD), ``name`` (dollars, Finnish markka), ``minor`` (cents).
        factor: Value of one unit in the main unit of the currency (0.01 for cents).
    """

    codes: tuple[str, ...]
    kind: str
    factor: Decimal = Decimal(1)

    @property
    def explicit(self) -> bool:
        return len(self.codes) == 1

    def meet(self, other: "Unit") -> "Unit | None":
        """The unit both forms can name (``$`` and ``US dollars`` -> USD), or None if they disagree."""
        common = [c for c in self.codes if c in other.codes]
        if not common:
            return None
        if other.explicit or other.codes[0] in common:
            common.remove(other.codes[0])
            common.insert(0, other.codes[0])
        return Unit(tuple(common), self.kind, self.factor)


@dataclass(frozen=True)
class Lexicon:
    """Every lookup table the money grammar uses (see the module docstring for the sources)."""

    symbols: Mapping[str, Unit]  # sign symbols, keyed case-insensitively: "$", "us$", "hk$", "€"
    letter_symbols: Mapping[str, Unit]  # letter-only symbols, case-sensitive: "Rs", "kr", "RM", "R"
    codes: Mapping[str, Unit]  # ISO 4217 codes, upper case
    postfix_only_codes: frozenset[str]
    names: Mapping[str, Unit]  # "us dollars", "dollars", "finnish markka", "czech crowns"
    minor: Mapping[str, Unit]  # "cents", "pence", "¢"
    glued_minor: Mapping[str, Unit]  # "p" in "50p"
    multipliers: Mapping[str, Decimal]  # "million", "bn", "mln" (lower case)
    glued_multipliers: Mapping[str, Decimal]  # "m", "bn"-like single letters, case-sensitive
    units: Mapping[str, int]  # number words: "one".."nineteen", "dozen"
    tens: Mapping[str, int]
    fractions: Mapping[str, Decimal]
    vague: Mapping[str, bool]  # "billions of"-style words: amounts without a number
    qualifiers: Mapping[str, str]  # "about" -> APPROX
    first_words: frozenset[str] = field(default=frozenset())  # first key word of every phrase
    longest: int = 6  # words in the longest phrase

    @property
    def currencies(self) -> frozenset[str]:
        """Every ISO 4217 code the lexicon can return."""
        return frozenset(self.codes)


def key(parts: Iterable[str], *, spaced: Iterable[bool] | None = None, fold: bool = True) -> str:
    """The lookup key of a phrase: dots dropped, words joined by one space where the text had one.

    ``key(["U.S.", "dollars"]) == "us dollars"``; ``key(["US", "$"], spaced=[False, False]) == "us$"``.
    """
    parts = [p.replace(".", "") for p in parts]
    gaps = list(spaced) if spaced is not None else [True] * len(parts)
    out = "".join((" " if gap and i else "") + p for i, (p, gap) in enumerate(zip(parts, gaps, strict=True)))
    return out.lower() if fold else out


def _decimal(value: Any, name: str) -> Decimal:
    try:
        out = Decimal(str(value))
    except InvalidOperation:
        out = Decimal("NaN")
    if not out.is_finite() or out <= 0:
        raise TableError(Errors.E301.format(name=name, reason=f"{value!r} is not a positive number"))
    return out


def _check_codes(codes: Iterable[str], known: set[str], name: str, where: str) -> list[str]:
    out = list(codes)
    bad = [c for c in out if not RE_CODE.fullmatch(c) or c not in known]
    if bad or not out:
        raise TableError(
            Errors.E301.format(name=name, reason=f"{where}: unknown currency codes {bad or out}")
        )
    return out


def _unit(
    table_key: str,
    codes: Iterable[str],
    kind: str,
    defaults: Mapping[str, str],
    used: set[str],
    factor: Decimal = Decimal(1),
) -> Unit:
    codes = sorted(set(codes))
    if len(codes) > 1:
        default = defaults.get(table_key)
        if default is None and kind != "minor":
            raise TableError(
                Errors.E301.format(
                    name="currency_aliases.json",
                    reason=f"'{table_key}' names {codes}: give its reading under 'defaults'",
                )
            )
        if default is not None:
            if default not in codes:
                raise TableError(
                    Errors.E301.format(
                        name="currency_aliases.json",
                        reason=f"default {default} of '{table_key}' is not one of {codes}",
                    )
                )
            used.add(table_key)
            codes.remove(default)
            codes.insert(0, default)
    return Unit(tuple(codes), kind, factor)


def build(
    names_table: Mapping[str, Any],
    aliases: Mapping[str, Any],
    minor_table: Mapping[str, Any],
    multipliers: Mapping[str, Any],
    number_words: Mapping[str, Any],
    qualifiers: Mapping[str, Any],
) -> Lexicon:
    """Build and check a :class:`Lexicon` from the parsed tables; raise TableError (E301) on bad data."""
    known = set(names_table["codes"])
    defaults = aliases["defaults"]
    used: set[str] = set()
    not_bare = set(aliases["not_bare_units"])

    # names: CLDR names, CLDR unit words (minus those that are not money alone), hand-kept aliases,
    # and English "crown(s)" for every krone/krona/koruna name.
    merged: dict[str, set[str]] = {}
    for source, entries in (
        ("currency_names.json", names_table["names"]),
        ("currency_names.json", {u: c for u, c in names_table["units"].items() if u not in not_bare}),
        ("currency_aliases.json", aliases["names"]),
    ):
        for name, codes in entries.items():
            merged.setdefault(key(name.split()), set()).update(_check_codes(codes, known, source, name))
    for crown, originals in aliases["crowns"].items():
        for name, codes in list(merged.items()):
            words = name.split()
            if len(words) > 1 and words[-1] in originals:
                merged.setdefault(" ".join([*words[:-1], crown]), set()).update(codes)
    names = {n: _unit(n, c, "name", defaults, used) for n, c in merged.items()}

    symbols: dict[str, set[str]] = {}
    letter_symbols: dict[str, set[str]] = {}
    for source, entries in (
        ("currency_names.json", names_table["symbols"]),
        ("currency_aliases.json", aliases["symbols"]),
    ):
        for symbol, codes in entries.items():
            compact = symbol.replace(" ", "")
            target = letter_symbols if RE_LETTERS.fullmatch(compact.replace(".", "")) else symbols
            k = key([compact], fold=target is symbols)
            target.setdefault(k, set()).update(_check_codes(codes, known, source, symbol))
    sign_units = {s: _unit(s, c, "symbol", defaults, used) for s, c in symbols.items()}
    letter_units = {s: _unit(s.lower(), c, "symbol", defaults, used) for s, c in letter_symbols.items()}

    minor = {}
    for section in ("units", "glued"):
        for name, entry in minor_table[section].items():
            codes = _check_codes(entry["codes"], known, "currency_minor_units.json", name)
            unit = Unit(
                tuple(dict.fromkeys(codes)), "minor", _decimal(entry["factor"], "currency_minor_units.json")
            )
            minor[(section, name)] = unit

    unused = set(defaults) - used
    if unused:
        raise TableError(
            Errors.E301.format(
                name="currency_aliases.json", reason=f"defaults for forms no table has: {sorted(unused)}"
            )
        )

    codes = {c: Unit((c,), "code") for c in sorted(known)}
    postfix_only = frozenset(
        _check_codes(aliases["postfix_only_codes"], known, "currency_aliases.json", "postfix_only_codes")
    )
    word_mult = {k.lower(): _decimal(v, "money_multipliers.json") for k, v in multipliers["words"].items()}
    glued_mult = {k: _decimal(v, "money_multipliers.json") for k, v in multipliers["glued"].items()}
    quals = {key(k.split()): v for k, v in qualifiers["qualifiers"].items()}
    allowed_mods = {"APPROX", "LESS_THAN", "MORE_THAN", "EQUAL_OR_LESS", "EQUAL_OR_MORE"}
    if set(quals.values()) - allowed_mods:
        raise TableError(
            Errors.E301.format(
                name="money_qualifiers.json", reason=f"mods must be among {sorted(allowed_mods)}"
            )
        )
    minor_names = {key(n.split()): u for (section, n), u in minor.items() if section == "units"}
    phrases = [
        *names,
        *minor_names,
        *quals,
        *number_words["vague"],
        *word_mult,
        *number_words["units"],
        *number_words["tens"],
        *number_words["fractions"],
        *sign_units,
    ]
    tokenized = [[m.group().replace(".", "").lower() for m in RE_TOKEN.finditer(p)] for p in phrases]
    return Lexicon(
        symbols=sign_units,
        letter_symbols=letter_units,
        codes=codes,
        postfix_only_codes=postfix_only,
        names=names,
        minor=minor_names,
        glued_minor={n: u for (section, n), u in minor.items() if section == "glued"},
        multipliers=word_mult,
        glued_multipliers=glued_mult,
        units={k: int(v) for k, v in number_words["units"].items()},
        tens={k: int(v) for k, v in number_words["tens"].items()},
        fractions={k: _decimal(v, "money_number_words.json") for k, v in number_words["fractions"].items()},
        vague=dict.fromkeys((key(v.split()) for v in number_words["vague"]), True),
        qualifiers=quals,
        first_words=frozenset(words[0] for words in tokenized if words),
        longest=max(len(words) for words in tokenized),
    )


@functools.cache
def default_lexicon() -> Lexicon:
    """The lexicon built from the shipped tables (once per process)."""
    return build(
        tables.load_json("currency_names.json"),
        tables.load_json("currency_aliases.json"),
        tables.load_json("currency_minor_units.json"),
        tables.load_json("money_multipliers.json"),
        tables.load_json("money_number_words.json"),
        tables.load_json("money_qualifiers.json"),
    )
