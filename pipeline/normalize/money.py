"""Money normalization: ``"$77.9 million"`` -> 77900000 USD, ``"50 cents"`` -> 0.50 USD.

- :func:`normalize` reads one string (or :class:`~pipeline.records.Mention`) without spaCy;
- :func:`money` normalizes an article's MONEY mentions, with the context rules below;
- :func:`render` writes an amount back as text (used by the property tests).

How the currency is chosen (``currency_assumed`` is set whenever the text did not name it alone):

1. A form that names one currency is used as written: ``US$``, ``C$``, ``HK$``, ``€``, ``£``, ``USD``,
   ``Finnish markka``, ``roubles``. A sign and a word that meet are read together: ``$9.99 US dollars``,
   ``$100 Canadian``.
2. A sticky sign (``$``, ``¥``; ``sticky_defaults`` in ``currency_aliases.json``) always reads as its
   default: ``$`` -> USD, ``¥`` -> JPY. Wire copy writes ``C$5 million ($3.8 million)``, where the ``$``
   is the US dollar, and a Reuters story from Sydney writes A$ for Australian dollars, so neither the
   article's other dollars nor its dateline say what a bare ``$`` is.
3. Another ambiguous form (``dollars``, ``francs``, ``pesos``, ``cents``, ``Rs``, ``kr``) takes, in order:
   the currency last written explicitly in the article when it is one of its readings (``5 million Swiss
   francs ... 3 million francs``); the currency of the place named closest before it (400 characters) or
   in the dateline, as of the publication date (``Argentina's ... 100 pesos`` -> ARS; ``francs`` after
   ``France`` -> FRF in 1995); else its default (``dollars`` -> USD, ``francs`` -> CHF, ``Rs`` -> INR).
4. An amount without any currency that spaCy tagged MONEY (``four billion`` after ``US$5 billion``) takes
   the currency of the amount just before it in the same or the previous sentence, and is dropped when
   there is none (``200 million per aircraft``).
"""

from __future__ import annotations

import functools
import re
from decimal import Decimal
from typing import Sequence

from .. import tables
from ..lang.money import Lexicon, Parsed, default_lexicon, first
from ..records import Article, Mention, MoneyAmount

RE_PARENS = re.compile(r"\s*\([^)]*\)")
# A bare amount borrows the currency of an amount at most this many sentences before it.
BORROW_SENTENCES = 1
# An ambiguous currency word looks this many characters back for a place that tells which it is.
PLACE_WINDOW = 400


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


def _record(parsed: Parsed, text: str, offset: int, sentence: int, currency: str | None, assumed: bool) -> MoneyAmount:
    return MoneyAmount(
        text=text[parsed.start : parsed.end],
        start=offset + parsed.start,
        end=offset + parsed.end,
        amount=_clean(parsed.amount),
        currency=currency,
        amount_high=_clean(parsed.amount_high),
        approximate=parsed.mod == "APPROX" or parsed.vague,
        currency_assumed=assumed,
        sentence=sentence,
        mod=parsed.mod,
    )


def normalize(
    value: str | Mention, *, currency: str | None = None, lexicon: Lexicon | None = None
) -> MoneyAmount | None:
    """Read one amount of money from a string or a Mention; None when there is none.

    Args:
        value: Text such as ``"$1.2bn"``, ``"about US$ 40 billion"``, ``"5 billion roubles"``; the first
            amount in it is read. A Mention's offsets are carried over to the result.
        currency: ISO code for an amount written without one (``"four billion"``); without it such an
            amount gives None. The result then has ``currency_assumed`` set.
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
        return _record(parsed, text, offset, sentence, currency, True)
    return _record(parsed, text, offset, sentence, parsed.unit.codes[0], not parsed.unit.explicit)


@functools.lru_cache(maxsize=4)
def _place_pattern(lexicon: Lexicon) -> re.Pattern:
    terms = sorted(lexicon.places, key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(re.escape(t) for t in terms) + r")\b", re.IGNORECASE)


def place_currency(
    article: Article, offset: int, codes: Sequence[str], *, lexicon: Lexicon | None = None
) -> str | None:
    """The currency among ``codes`` of the place named closest before ``offset`` (within ``PLACE_WINDOW``
    characters, else in the dateline), as of the publication date: "Argentina's central bank ... 100
    pesos" -> ARS; "francs" after "France" -> FRF in a 1995 article, nothing (the euro) in 2015."""
    lx = lexicon or default_lexicon()
    pattern = _place_pattern(lx)
    window = article.text[max(0, offset - PLACE_WINDOW) : offset]
    dateline = article.dateline.place if article.dateline and article.dateline.place else ""
    for text in (window, dateline):
        for m in reversed(list(pattern.finditer(text))):
            if not m.group()[:1].isupper():
                continue  # "china" the porcelain, "turkey" the bird
            tender = lx.places[m.group().lower()]
            found = [c for c in codes if any(t.code == c and t.valid(article.published) for t in tender)]
            if found:
                return found[0]
    return None


def money(mentions: Sequence[Mention], article: Article, *, lexicon: Lexicon | None = None) -> list[MoneyAmount]:
    """Normalize an article's MONEY mentions, in text order, with the context rules of this module."""
    out: list[MoneyAmount] = []
    explicit: str | None = None  # the currency last written explicitly in the article
    for mention in sorted(mentions, key=lambda m: (m.start, -m.end)):
        if out and mention.start < out[-1].end:
            continue  # overlaps the amount before it
        parsed = read(mention, lexicon=lexicon)
        if parsed is None:
            continue
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
            currency, assumed = prev.currency, True
        elif unit.explicit:
            currency, assumed = unit.codes[0], False
            explicit = currency
        elif not unit.sticky and explicit in unit.codes:
            currency, assumed = explicit, True
        else:
            near = None if unit.sticky else place_currency(article, mention.start, unit.codes, lexicon=lexicon)
            currency, assumed = near or unit.codes[0], True
        out.append(_record(parsed, mention.text, mention.start, mention.sentence, currency, assumed))
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


__all__ = ["money", "normalize", "parse", "place_currency", "read", "render"]
