"""Money normalization: ``"$77.9 million"`` -> 77900000 USD, ``"50 cents"`` -> 0.50 USD.

- :func:`normalize` reads one string (or :class:`~pipeline.records.Mention`) without spaCy or context;
- :func:`money` normalizes an article's MONEY mentions with its context (places, dateline, dates);
- :func:`render` writes an amount back as text (used by the property tests).

How the currency is chosen is :mod:`.currency`'s job (the forms that name one currency, the last currency
written explicitly, the dateline and the places of the article, the date). This module adds:

- ``currency_source`` (symbol, code, name, context, default) and ``currency_assumed``: true exactly when the
  source is ``context`` or ``default``, i.e. the text did not say the currency and factbox chose one;
- an amount without any currency that spaCy tagged MONEY (``four billion`` after ``US$5 billion``) takes
  the currency of the amount just before it in the same or the previous sentence (source ``context``), and
  is dropped when there is none (``200 million per aircraft``);
- ``per``: the unit of a per-unit price, from the grammar (``$2.22 a share``) or, for ``each``, from the
  extractor, which reads in the parse what each is (``1,850 francs each for the shares`` -> ``share``);
- ``id``: ``m1``, ``m2``... in text order, and ``equivalent_of``: the id of the amount another converts,
  "4.7 billion francs ($754.4 million)", ", or about $1.7 billion", ", equivalent to $280,000" (in another
  currency, not a per-unit figure: "$381 million, or $0.67 a share" is no conversion);
- in a story datelined where a decimal comma is written, ``3.500 euros`` in the local currency is 3,500.
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace
from decimal import Decimal
from typing import Sequence

from .. import tables
from ..lang.money import Lexicon, Parsed, default_lexicon, first
from ..records import Article, Mention, MoneyAmount, Place, TimeExpression
from .currency import Context, Reading, context

RE_PARENS = re.compile(r"\s*\([^)]*\)")
# A bare amount borrows the currency of an amount at most this many sentences before it.
BORROW_SENTENCES = 1
ASSUMED_SOURCES = frozenset({"context", "default"})
UNCLUED_MONEY = Decimal(10) ** 6  # "20 billion crowns" without a clue is money of unknown currency
# Text between an amount and one that converts it: "X ($Y)", "X, or about $Y", "X, equivalent to $Y".
RE_EQUIVALENT = re.compile(
    r"\s*(?:\(|[,;]?\s*(?:or|i\.e\.|equivalent to|the equivalent of|equal to|worth)\s)\s*", re.IGNORECASE)
RE_COMMA = re.compile(r"\s*,\s*")  # "5,000 euros, roughly $5,400": with a qualifier on the second
RE_NEXT_IN_PARENS = re.compile(r"\s*[,;/]\s*$")  # "($1.2 billion, €1.1 billion)": both convert the first
RE_NUMBER = re.compile(r"\d[\d.,'’]*")
RE_DOT_THOUSANDS = re.compile(r"\d{1,3}\.\d{3}")


@functools.lru_cache(maxsize=8192)
def _first_default(text: str) -> Parsed | None:
    return first(text, default_lexicon())


def parse(text: str, *, lexicon: Lexicon | None = None) -> Parsed | None:
    """The first amount of money in ``text`` (else a bare amount without a unit), or None."""
    if not isinstance(text, str) or not text:
        return None
    return _first_default(text) if lexicon is None else first(text, lexicon)


def read(mention: Mention, *, lexicon: Lexicon | None = None) -> Parsed | None:
    """The grammar's reading of a mention: the extractor's (``Mention.parse``) when it has one and the
    shipped tables are asked for, else :func:`parse` of its text."""
    if lexicon is None and isinstance(mention.parse, Parsed):
        return mention.parse
    return parse(mention.text, lexicon=lexicon)


def _clean(value: Decimal | None) -> Decimal | None:
    if value is None:
        return None
    return Decimal(int(value)) if value == value.to_integral_value() else value.normalize()


def _record(parsed: Parsed, text: str, offset: int, sentence: int, reading: Reading) -> MoneyAmount:
    return MoneyAmount(
        text=text[parsed.start : parsed.end],
        start=offset + parsed.start,
        end=offset + parsed.end,
        amount=_clean(parsed.amount),
        currency=reading.code,
        amount_high=_clean(parsed.amount_high),
        approximate=parsed.mod == "APPROX" or parsed.vague,
        currency_assumed=reading.code is not None and reading.source in ASSUMED_SOURCES,
        sentence=sentence,
        mod=parsed.mod,
        currency_source=reading.source if reading.code is not None else None,
        per=parsed.per,
        role=parsed.role,
    )


def normalize(
    value: str | Mention, *, currency: str | None = None, lexicon: Lexicon | None = None
) -> MoneyAmount | None:
    """Read one amount of money from a string or a Mention; None when there is none.

    Args:
        value: Text such as ``"$1.2bn"``, ``"about US$ 40 billion"``, ``"5 billion roubles"``; the first
            amount in it is read. A Mention's offsets are carried over to the result.
        currency: ISO code for an amount written without one (``"four billion"``); without it such an
            amount gives None. The result then has ``currency_assumed`` set (source ``context``).
        lexicon: Tables to read with (default: the shipped ones).

    Returns:
        A MoneyAmount with ``amount`` in the currency's main unit (Decimal), ``currency`` (ISO 4217),
        ``amount_high`` for ranges, ``mod``/``approximate`` from qualifiers, or None.
    """
    text, offset, sentence = (value.text, value.start, value.sentence) if isinstance(value, Mention) else (value, 0, -1)
    parsed = read(value, lexicon=lexicon) if isinstance(value, Mention) else parse(text, lexicon=lexicon)
    if parsed is None:
        return None
    if parsed.unit is None:
        if currency is None or parsed.amount is None:
            return None
        return _record(parsed, text, offset, sentence, Reading(currency, "context"))
    reading = _unclued(parsed, Context(lexicon or default_lexicon()).resolve(parsed.unit))
    return None if reading is None else _record(parsed, text, offset, sentence, reading)


def _unclued(parsed: Parsed, reading: Reading | None) -> Reading | None:
    """A word that is money only in context ("marks", "crowns") and has none is still an amount of unknown
    currency when it is too large to be a score or a level: "20 billion crowns" (not "the 10,000 mark")."""
    if reading is None and parsed.amount is not None and parsed.amount >= UNCLUED_MONEY:
        return Reading(None, None)
    return reading


def money(
    mentions: Sequence[Mention],
    article: Article,
    *,
    places: Sequence[Place] = (),
    dates: Sequence[TimeExpression] = (),
    lexicon: Lexicon | None = None,
) -> list[MoneyAmount]:
    """Normalize an article's MONEY mentions, in text order, with the context of its record: ``places``
    (resolved, with country codes; the dateline's place among them) and ``dates`` (normalized, with their
    sentences). See the module docstring and :mod:`.currency` for the rules."""
    lx = lexicon or default_lexicon()
    readings: list[tuple[Mention, Parsed]] = []
    for mention in sorted(mentions, key=lambda m: (m.start, -m.end)):
        if readings and mention.start < readings[-1][0].end:
            continue  # overlaps the amount before it
        parsed = read(mention, lexicon=lexicon)
        if parsed is not None:
            readings.append((mention, parsed))
    marked = frozenset(p.unit.codes[0] for _, p in readings  # explicit forms, and signs like C$ (CAD, NIO)
                       if p.unit is not None and (p.unit.explicit or p.unit.kind == "symbol" and not p.unit.sticky))
    ctx = context(article, lx, places=places, dates=dates, marked=marked)
    out: list[MoneyAmount] = []
    explicit: str | None = None  # the currency last written explicitly in the article
    for mention, parsed in readings:
        unit = parsed.unit
        if unit is None:
            prev = out[-1] if out else None
            if (
                parsed.amount is None
                or prev is None
                or prev.currency is None
                or (
                    mention.sentence >= 0 and prev.sentence >= 0 and mention.sentence - prev.sentence > BORROW_SENTENCES
                )
            ):
                continue
            reading: Reading | None = Reading(prev.currency, "context")
        else:
            reading = _unclued(parsed, ctx.resolve(unit, mention.sentence, explicit))
            if reading is None:
                continue  # a word that is money only in context, without one ("the 10,000 mark")
            if unit.explicit:
                explicit = reading.code
        record = _record(parsed, mention.text, mention.start, mention.sentence, reading)
        if parsed.per == "each" and mention.features.get("per"):
            record = replace(record, per=mention.features["per"])
        out.append(_decimal_comma(record, ctx))
    return _link(out, article.text)


def _decimal_comma(m: MoneyAmount, ctx: Context) -> MoneyAmount:
    """``3.500 euros`` in a story from Berlin: the dot groups thousands where a decimal comma is written,
    for the local currency (``$1.085`` from Frankfurt is no thousand dollars)."""
    territory = ctx.decimal_comma
    if territory is None or m.amount is None or m.amount_high is not None or m.currency is None:
        return m
    numbers = RE_NUMBER.findall(m.text)
    if len(numbers) != 1 or not RE_DOT_THOUSANDS.fullmatch(numbers[0]) or m.amount != Decimal(numbers[0]):
        return m
    day = ctx.day(m.sentence)
    if not any(t.code == m.currency and t.valid(day) for t in ctx.lexicon.territories.get(territory, ())):
        return m
    return replace(m, amount=_clean(m.amount * 1000))


def _link(amounts: list[MoneyAmount], text: str) -> list[MoneyAmount]:
    """Give the amounts their ids (``m1``... in text order) and link conversions (``equivalent_of``)."""
    out = [replace(m, id=f"m{i}") for i, m in enumerate(amounts, 1)]
    for i in range(1, len(out)):
        a, b = out[i - 1], out[i]
        source = None
        if RE_EQUIVALENT.fullmatch(text, a.end, b.start) or b.mod and RE_COMMA.fullmatch(text, a.end, b.start):
            source = a
        elif a.equivalent_of is not None and RE_NEXT_IN_PARENS.fullmatch(text, a.end, b.start):
            source = next(m for m in out if m.id == a.equivalent_of)
        if (
            source is not None
            and b.currency is not None
            and b.currency != source.currency
            and b.per == source.per
            and b.role is None
        ):
            out[i] = replace(b, equivalent_of=source.id)
    return out


@functools.cache
def _spellings() -> tuple[dict[str, str], dict[str, str]]:
    """For each code, a symbol and an English name that name it alone (for :func:`render`)."""
    lx = default_lexicon()
    symbols: dict[str, str] = {}
    for symbol, unit in sorted(lx.symbols.items(), key=lambda kv: (len(kv[0]), not kv[0][0].isalpha(), kv[0])):
        if unit.explicit:
            symbols.setdefault(unit.codes[0], symbol.upper())
    names: dict[str, str] = {}
    for code, info in tables.load_json("generated/currency_names.json")["codes"].items():
        name = RE_PARENS.sub("", info["name"]).strip().lower()
        if lx.names.get(name) is not None and lx.names[name].codes == (code,):
            names[code] = name
    return symbols, names


def render(amount: Decimal, code: str, *, style: str = "code") -> str:
    """Write ``amount`` of ``code`` as news would: ``USD 1,234.56`` (code), ``1,234.56 USD``
    (code_after), ``€1,234.56`` (symbol) or ``1,234.56 euros`` (name); falls back to the code."""
    number = format(amount, ",f")
    symbols, names = _spellings()
    if style == "symbol" and code in symbols:
        return f"{symbols[code]}{number}"
    if style == "name" and code in names:
        return f"{number} {names[code]}"
    if style == "code" and code not in default_lexicon().postfix_only_codes:
        return f"{code} {number}"
    return f"{number} {code}"


__all__ = ["money", "normalize", "parse", "read", "render"]
