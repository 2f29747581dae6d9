"""The money vocabulary: currency symbols, codes, names and subunits, scale words, number words and
qualifiers, built once from the tables in ``pipeline/data`` and checked while building.

Sources (all read through :mod:`pipeline.tables`):

- ``generated/currency_names.json``: generated from Unicode CLDR (Babel) and ISO 4217 (pycountry) by
  ``scripts/build_currency_tables.py``: codes, English names and plurals, unit words, symbols;
- ``currency_aliases.json``: hand-kept news forms (``roubles``, ``Deutschmarks``, ``Rs``, ``C$``), the
  reading of ambiguous forms (``$`` -> USD), and the words that are not money on their own;
- ``currency_minor_units.json``: ``cents``, ``pence``, ``kopecks``... with their factor;
- ``money_multipliers.json``, ``money_number_words.json``, ``money_change_words.json``,
  ``money_per_units.json``;
- ``qualifiers.json``, the qualifiers both grammars read (:mod:`pipeline.lang.qualifiers`).

Lookup keys are normalized the way :func:`key` does it, so ``U.S. $``, ``US$`` and ``us $`` meet.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation
from typing import Any, Iterable, Mapping, NamedTuple

import regex

from ... import tables
from ...errors import Errors, TableError
from ..qualifiers import MODS, qualifiers

# fmt: off
RE_TOKEN = regex.compile(r"""
    (?P<num>\d{1,3}(?:['’]\d{3})+(?:\.\d+)?   # 1'250'000 (Swiss grouping)
      | \d+(?:[.,]\d+)*|\.\d+)                # 1,234.56  0.67  .50
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
        sticky: True for an ambiguous sign that only a dateline can read otherwise than its default
            (``$``, ``¥``): wire copy marks other dollars (C$, A$), whatever places the story names.
        guess: False for an ambiguous form with no reading of its own (``francs``, ``pesos``): without a
            clue in the article its currency is unknown (null), not ``codes[0]``.
        established: True for an ambiguous form whose default is how English news uses it (``$``,
            ``dollars``, ``pounds``, ``cents``): read that way, the text said the currency.
        context_only: True for a word that is money only where the article's places or dateline use a
            currency of that name (``marks``: "the 10,000 mark" is no amount, "20 billion marks" from Bonn is).
        written: How the text wrote the currency, for ``currency_source``: ``symbol``, ``code`` or ``name``
            (``kind`` except for subunits: ``cents`` is a name, ``¢`` and the ``p`` of ``50p`` symbols).
        local: For a sticky sign, the codes a dateline may read it as (``$``: the dollars, not the pesos).
    """

    codes: tuple[str, ...]
    kind: str
    factor: Decimal = Decimal(1)
    sticky: bool = False
    guess: bool = True
    established: bool = False
    context_only: bool = False
    written: str = ""
    local: tuple[str, ...] = ()

    @property
    def explicit(self) -> bool:
        return len(self.codes) == 1

    @property
    def source(self) -> str:
        """``symbol``, ``code`` or ``name``: how the text wrote the currency."""
        return self.written or ("name" if self.kind == "minor" else self.kind)

    def meet(self, other: "Unit") -> "Unit | None":
        """The unit both forms can name (``$`` and ``US dollars`` -> USD), or None if they disagree."""
        common = [c for c in self.codes if c in other.codes]
        if not common:
            return None
        if other.explicit or other.codes[0] in common:
            common.remove(other.codes[0])
            common.insert(0, other.codes[0])
        guess = self.guess or other.guess or len(common) == 1
        return replace(self, codes=tuple(common), guess=guess, context_only=self.context_only and other.context_only)


class Tender(NamedTuple):
    """A currency in use somewhere from ``start`` to ``end`` (ISO dates; None for open ends)."""

    code: str
    start: str | None
    end: str | None

    def valid(self, day: str | None) -> bool:
        """In use on ``day`` (YYYY-MM-DD); with no day, in use today."""
        if day is None:
            return self.end is None
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


class Redenomination(NamedTuple):
    """The code a currency had in ``territory`` from ``start`` to ``end``, before it was redenominated."""

    code: str
    territory: str
    start: str | None
    end: str | None


@dataclass(frozen=True)
class PerUnits:
    """What reads per-unit prices (``money_per_units.json``; see its ``_doc``)."""

    adverbs: Mapping[str, str]
    unit_words: Mapping[str, str]
    time_units: frozenset[str]
    not_after_time: frozenset[str]
    measure_words: frozenset[str]
    boundary: frozenset[str]
    each: frozenset[str]
    metrics: frozenset[str]
    not_units: frozenset[str]

    def unit(self, word: str) -> str:
        """The unit as ``per`` writes it: ``annum`` -> year, ``tons`` -> ton, else the word."""
        return self.unit_words.get(word, word)


class Phrases(dict):
    """A lookup table of phrases (keys made by :func:`key`) that knows its first words and its longest
    phrase in tokens, so the grammar tries only the lengths and the places that can match."""

    def __init__(self, entries: Mapping[str, Any], *, fold: bool = True):
        super().__init__(entries)
        words = [[m.group().replace(".", "") for m in RE_TOKEN.finditer(k)] for k in self]
        self.heads = frozenset(w[0].lower() if fold else w[0] for w in words if w)
        self.longest = max((len(w) for w in words), default=0)


@dataclass(frozen=True, eq=False)  # compared and hashed by identity: one per set of tables
class Lexicon:
    """Every lookup table the money grammar uses (see the module docstring for the sources)."""

    symbols: Phrases  # sign symbols, keyed case-insensitively: "$", "us$", "hk$", "€"
    letter_symbols: Phrases  # letter-only symbols, case-sensitive: "Rs", "kr", "RM", "R"
    codes: Mapping[str, Unit]  # ISO 4217 codes, upper case
    lower_codes: Mapping[str, Unit]  # current codes that are no English word, in lower case: "usd"
    postfix_only_codes: frozenset[str]
    names: Phrases  # "us dollars", "dollars", "finnish markka", "czech crowns"
    minor: Phrases  # "cents", "pence", "¢"
    glued_minor: Mapping[str, Unit]  # "p" in "50p"
    multipliers: Mapping[str, Decimal]  # "million", "bn", "mln" (lower case)
    glued_multipliers: Mapping[str, Decimal]  # "m", "bn"-like single letters, case-sensitive
    units: Mapping[str, int]  # number words: "one".."nineteen", "dozen"
    tens: Mapping[str, int]
    fractions: Mapping[str, Decimal]
    vague: Phrases  # "billions of"-style words: amounts without a number
    qualifiers: Phrases  # "about" -> APPROX
    change_words: frozenset[str]  # "rose", "from": "X to Y" after them is a change, not a range
    places: Mapping[str, tuple[Tender, ...]]  # "argentina", "mexican" -> the currencies they point to
    territories: Mapping[str, tuple[Tender, ...]]  # ISO 3166 code -> the currencies tendered there, when
    redenominated: Mapping[str, tuple[Redenomination, ...]]  # "TRY" -> TRL in TR until 2005-12-31
    per: PerUnits
    decimal_comma: frozenset[str]  # territories that write 3.500 for three thousand five hundred
    openers: frozenset[str]  # first words of what can open an amount: signs, qualifiers, number words
    numerals: frozenset[str]  # words that can stand for a number: number words, scales, vague words

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
        raise TableError(Errors.E301.format(name=name, reason=f"{where}: unknown currency codes {bad or out}"))
    return out


class _Readings(NamedTuple):
    """The hand-kept readings of ambiguous forms (``currency_aliases.json``)."""

    defaults: Mapping[str, str | None]
    sticky: frozenset[str]
    established: frozenset[str]
    context_only: frozenset[str]


def _unit(
    table_key: str,
    codes: Iterable[str],
    kind: str,
    readings: _Readings,
    used: set[str],
    factor: Decimal = Decimal(1),
) -> Unit:
    codes = sorted(set(codes))
    defaults = readings.defaults
    guess = True
    if len(codes) > 1:
        default = defaults.get(table_key)
        if table_key not in defaults and kind != "minor":
            raise TableError(
                Errors.E301.format(
                    name="currency_aliases.json",
                    reason=f"'{table_key}' names {codes}: give its reading under 'defaults' (null: none)",
                )
            )
        if table_key in defaults and default is None:
            used.add(table_key)
            guess = False
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
    return Unit(tuple(codes), kind, factor, sticky=table_key in readings.sticky, guess=guess,
                established=table_key in readings.established, context_only=table_key in readings.context_only)


def build(
    names_table: Mapping[str, Any],
    aliases: Mapping[str, Any],
    minor_table: Mapping[str, Any],
    multipliers: Mapping[str, Any],
    number_words: Mapping[str, Any],
    qualifiers: Mapping[str, str | None],
    change_words: Mapping[str, Any],
    per_units: Mapping[str, Any],
) -> Lexicon:
    """Build and check a :class:`Lexicon` from the parsed tables; raise TableError (E301) on bad data."""
    known = set(names_table["codes"])
    readings = _Readings(aliases["defaults"], frozenset(aliases["sticky_defaults"]),
                         frozenset(aliases["established_defaults"]), frozenset(aliases["context_only_units"]))
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
    names = {n: _unit(n, c, "name", readings, used) for n, c in merged.items()}

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
            target[k] = set(_check_codes(codes, known, source, symbol))  # the hand-kept reading wins
    sign_units = {s: _unit(s, c, "symbol", readings, used) for s, c in symbols.items()}
    for sign, word in aliases["sticky_defaults"].items():
        named = names.get(word)
        if sign not in sign_units or named is None:
            raise TableError(Errors.E301.format(name="currency_aliases.json",
                                                reason=f"sticky sign {sign!r}: no symbol or no name {word!r}"))
        sign_units[sign] = replace(sign_units[sign], local=tuple(c for c in sign_units[sign].codes
                                                                 if c in named.codes))
    letter_units = {s: _unit(s.lower(), c, "symbol", readings, used) for s, c in letter_symbols.items()}
    for symbol, unit in list(letter_units.items()):  # "RMB", "NIS": long enough to read in any case
        if len(symbol) >= 3 and symbol.isascii():
            letter_units.setdefault(symbol.lower(), unit)

    minor = {}
    for section in ("units", "glued"):
        for name, entry in minor_table[section].items():
            codes = _check_codes(entry["codes"], known, "currency_minor_units.json", name)
            written = "name" if section == "units" and name.replace(" ", "").isalpha() else "symbol"
            unit = Unit(tuple(dict.fromkeys(codes)), "minor", _decimal(entry["factor"], "currency_minor_units.json"),
                        established=name in readings.established, written=written)
            minor[(section, name)] = unit

    unused = set(readings.defaults) - used
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
    not_lower = (
        set(_check_codes(aliases["not_lowercase_codes"], known, "currency_aliases.json", "not_lowercase_codes"))
        | postfix_only
    )
    lower_codes = {c.lower(): u for c, u in codes.items() if names_table["codes"][c]["current"] and c not in not_lower}
    word_mult = {k.lower(): _decimal(v, "money_multipliers.json") for k, v in multipliers["words"].items()}
    glued_mult = {k: _decimal(v, "money_multipliers.json") for k, v in multipliers["glued"].items()}
    quals = {key(k.split()): v for k, v in qualifiers.items()}
    if set(quals.values()) - MODS:
        raise TableError(Errors.E301.format(name="qualifiers.json", reason=f"mods must be among {sorted(MODS)}"))
    minor_names = {key(n.split()): u for (section, n), u in minor.items() if section == "units"}
    minor_names.update(_qualified_minor(minor_names, names))
    # what an amount can open with: a sign, a qualifier, "between", a number word, a vague word
    # (codes and letter symbols are looked up directly); names come after the number, never first
    opening = [
        *quals,
        *number_words["vague"],
        *number_words["units"],
        *number_words["tens"],
        *number_words["fractions"],
        *sign_units,
        *(w for w in word_mult if w.endswith("s")),  # "billions of dollars"
        "a",
        "an",
        "between",
    ]
    openers = {m.group().replace(".", "").lower() for p in opening if (m := RE_TOKEN.search(p))}
    numerals = {
        *number_words["units"],
        *number_words["tens"],
        *number_words["fractions"],
        *word_mult,
        *(v.split()[0] for v in number_words["vague"]),
    } - {"a", "an"}  # "a few million": the scale word is the numeral
    return Lexicon(
        symbols=Phrases(sign_units),
        letter_symbols=Phrases(letter_units, fold=False),
        codes=codes,
        lower_codes=lower_codes,
        postfix_only_codes=postfix_only,
        names=Phrases(names),
        minor=Phrases(minor_names),
        glued_minor={n: u for (section, n), u in minor.items() if section == "glued"},
        multipliers=word_mult,
        glued_multipliers=glued_mult,
        units={k: int(v) for k, v in number_words["units"].items()},
        tens={k: int(v) for k, v in number_words["tens"].items()},
        fractions={k: _decimal(v, "money_number_words.json") for k, v in number_words["fractions"].items()},
        vague=Phrases(dict.fromkeys((key(v.split()) for v in number_words["vague"]), True)),
        qualifiers=Phrases(quals),
        change_words=frozenset(w.lower() for w in change_words["change_words"]),
        places=_places(names, names_table),
        territories=_territories(names_table),
        redenominated={code: tuple(Redenomination(*r) for r in rows)
                       for code, rows in names_table.get("redenominated", {}).items()},
        per=_per_units(per_units),
        decimal_comma=frozenset(names_table.get("decimal_comma", ())),
        openers=frozenset(openers),
        numerals=frozenset(numerals),
    )


def _qualified_minor(minor: Mapping[str, Unit], names: Mapping[str, Unit]) -> dict[str, Unit]:
    """Subunits named with their currency's adjective: "us cents", "australian cents", "hong kong cents"
    (from "us dollar", "australian dollar", ... whenever the subunit can belong to that currency)."""
    out: dict[str, Unit] = {}
    for name, unit in names.items():
        words = name.split()
        if not unit.explicit or len(words) < 2:
            continue
        adjective, code = " ".join(words[:-1]), unit.codes[0]
        for sub, sub_unit in minor.items():
            if sub.isalpha() and code in sub_unit.codes:
                out.setdefault(f"{adjective} {sub}", Unit((code,), "minor", sub_unit.factor))
    return {k: v for k, v in out.items() if k not in minor}


def _places(names: Mapping[str, Unit], names_table: Mapping[str, Any]) -> dict[str, tuple[Tender, ...]]:
    """Words that point to a currency, lower case: territory names ("argentina" -> ARS, and FRF until
    2002 for "france") and the adjectives of currency names ("swiss" from "swiss franc" -> CHF)."""
    out: dict[str, set[Tender]] = {}
    for code, info in names_table["codes"].items():
        for territory, start, end in info["tender"]:
            for name in names_table["territory_names"].get(territory, ()):
                out.setdefault(name.lower(), set()).add(Tender(code, start, end))
    for name, unit in names.items():
        words = name.split()
        if unit.explicit and len(words) > 1 and len(words[0]) > 2:
            out.setdefault(" ".join(words[:-1]), set()).add(Tender(unit.codes[0], None, None))
    return {k: tuple(sorted(v, key=lambda t: (t.code, t.start or ""))) for k, v in out.items()}


def _territories(names_table: Mapping[str, Any]) -> dict[str, tuple[Tender, ...]]:
    """ISO 3166 territory -> the currencies tendered there, with their dates (from the CLDR history)."""
    out: dict[str, set[Tender]] = {}
    for code, info in names_table["codes"].items():
        for territory, start, end in info["tender"]:
            out.setdefault(territory, set()).add(Tender(code, start, end))
    return {k: tuple(sorted(v, key=lambda t: (t.start or "", t.code))) for k, v in sorted(out.items())}


def _per_units(table: Mapping[str, Any]) -> PerUnits:
    def words(name: str) -> frozenset[str]:
        return frozenset(w.lower() for w in table[name])

    return PerUnits(
        adverbs={k.lower(): v for k, v in table["adverbs"].items()},
        unit_words={k.lower(): v for k, v in table["unit_words"].items()},
        time_units=words("time_units"),
        not_after_time=words("not_after_time"),
        measure_words=words("measure_words"),
        boundary=words("boundary"),
        each=words("each"),
        metrics=words("metrics"),
        not_units=words("not_units"),
    )


@functools.cache
def default_lexicon() -> Lexicon:
    """The lexicon built from the shipped tables (once per process)."""
    return build(
        tables.load_json("generated/currency_names.json"),
        tables.load_json("currency_aliases.json"),
        tables.load_json("currency_minor_units.json"),
        tables.load_json("money_multipliers.json"),
        tables.load_json("money_number_words.json"),
        qualifiers("money"),
        tables.load_json("money_change_words.json"),
        tables.load_json("money_per_units.json"),
    )
