"""The money grammar: find amounts of money in plain text and read them (no spaCy).

Text is cut into small tokens (numbers, words, ``U.S.``-style abbreviations, single signs), and a
hand-written recursive-descent parser reads, at each token that can start one::

    money    := ["between"] [qualifier] amount [range]
    amount   := [currency] number [currency] [and? minor-amount]     (at least one currency overall)
    number   := digits [scale...] | number-words | vague-words ("billions of", "several million")
    range    := ("-" | "to" | "and" after "between") amount
    currency := symbol ($, US$, C$, €, Rs) | ISO code (USD) | name (dollars, Finnish markka) | subunit (cents)

Everything it knows about currencies comes from the :class:`~.lexicon.Lexicon`; the rules here are about
shape only: where a sign may stand, what may be glued to what, how ranges and subunits combine.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import NamedTuple

from .lexicon import RE_TOKEN, Lexicon, Phrases, Unit, default_lexicon, key

DASHES = frozenset("-‐‑‒–—")
RANGE_WORDS = frozenset({"to"})
RANGE_VERBS = frozenset({"range", "ranges", "ranged", "ranging", "vary", "varies", "varied", "varying"})
YEAR_WORDS = frozenset({"in", "constant", "real", "nominal", "fiscal"})
WEIGHT_HINTS = ("weigh", "heav", "lighter", "lbs")
MAX_AMOUNT = Decimal(10) ** 18
LOOKAHEAD = 8  # tokens within which a word that opens an amount must meet its number
ONE_LETTER_WORDS = frozenset({"a", "i"})
APOSTROPHES = frozenset("'’")
RATE_WORDS = frozenset({"to", "per", "against"})  # "92 yen to the dollar", "1.35 dollars per euro"
WEIGHT_NAMES = frozenset({"pound"})  # "78 cents per pound" is a price by weight, not an exchange rate
RATE_DETERMINERS = frozenset({"the", "one", "each", "every"})


class Tok(NamedTuple):
    kind: str  # num, abbr, word, sign
    text: str
    low: str  # lower case, dots dropped
    start: int
    end: int


@dataclass(frozen=True)
class Parsed:
    """One amount of money read from text.

    Attributes:
        start, end: Character offsets of the whole expression (qualifier and range included).
        core_start: Offset after a leading qualifier or "between" (where the amount itself starts).
        amount: The value in the currency's main unit (``50 cents`` -> 0.50); None for vague amounts.
        amount_high: Upper bound of a range (``$5-6 million``), else None.
        unit: The currency form; ``unit.codes[0]`` is the reading; None when no currency was written.
        mod: APPROX, LESS_THAN, MORE_THAN, EQUAL_OR_LESS or EQUAL_OR_MORE from a qualifier, else None.
        vague: True for amounts without a number ("billions of dollars").
        qualifier: The qualifier's text (``about``), if any, and ``qualifier_start`` its offset.
    """

    start: int
    end: int
    core_start: int
    amount: Decimal | None
    amount_high: Decimal | None
    unit: Unit | None
    mod: str | None = None
    vague: bool = False
    qualifier: str | None = None
    qualifier_start: int | None = None


@dataclass(frozen=True)
class _Amount:
    i: int  # first token
    j: int  # token after the last
    value: Decimal | None
    bare: Decimal | None  # the number before any scale word
    scale: Decimal | None  # the scale applied (million...), if any
    unit: Unit | None
    prefixed: bool
    vague: bool = False


def tokenize(text: str) -> list[Tok]:
    """Cut ``text`` into the grammar's tokens."""
    out: list[Tok] = []
    for m in RE_TOKEN.finditer(text):
        kind, word = m.lastgroup, m.group()
        low = word.lower() if kind == "word" else word.replace(".", "").lower() if kind == "abbr" else word
        out.append(Tok(kind, word, low if word != "." else "", m.start(), m.end()))
    return out


def parse_number(digits: str) -> Decimal | None:
    """Read digits with thousands separators and a decimal point (``1,234.56``, ``1.234.567``, ``3,5``)."""
    if digits.startswith("."):
        digits = "0" + digits
    commas, dots = digits.count(","), digits.count(".")
    if commas and dots:
        first_sep = min(digits.index(","), digits.index("."))
        thousands, decimal = (",", ".") if digits[first_sep] == "," else (".", ",")
    elif commas > 1 or (commas == 1 and len(digits.split(",")[1]) == 3):
        thousands, decimal = ",", "."
    elif dots > 1:
        thousands, decimal = ".", ","
    elif commas == 1:
        thousands, decimal = ".", ","  # "3,5": a decimal comma
    else:
        thousands, decimal = ",", "."
    whole, _, frac = digits.partition(decimal)
    groups = whole.split(thousands)
    if decimal in frac or thousands in frac:
        return None
    western = all(len(g) == 3 for g in groups[1:])  # 1,234,567
    indian = thousands == "," and len(groups[-1]) == 3 and all(len(g) == 2 for g in groups[1:-1])  # 12,34,567
    if len(groups) > 1 and (not 1 <= len(groups[0]) <= 3 or not (western or indian)):
        return None
    try:
        return Decimal("".join(groups) + ("." + frac if frac else ""))
    except InvalidOperation:
        return None


class Parser:
    """Reads money expressions from one text with a lexicon (a new Parser per text; cheap)."""

    def __init__(self, text: str, lexicon: Lexicon):
        self.text = text
        self.lx = lexicon
        self.toks = tokenize(text)

    # -- token helpers -------------------------------------------------------------------------------
    def low(self, i: int) -> str:
        return self.toks[i].low if 0 <= i < len(self.toks) else ""

    def glued(self, i: int) -> bool:
        """True when token ``i`` touches token ``i - 1`` (no space between)."""
        return 0 < i < len(self.toks) and self.toks[i - 1].end == self.toks[i].start

    def near(self, i: int) -> bool:
        """True when token ``i`` follows token ``i - 1`` on the same or the next line (no paragraph break)."""
        if not 0 < i < len(self.toks):
            return False
        return self.text.count("\n", self.toks[i - 1].end, self.toks[i].start) <= 1

    def is_alnum(self, i: int) -> bool:
        return 0 <= i < len(self.toks) and self.toks[i].kind in ("num", "word", "abbr")

    def phrase(self, i: int, table: Phrases):
        """Longest phrase of ``table`` starting at token ``i``: ``(value, next index)`` or None."""
        if i >= len(self.toks) or self.toks[i].low not in table.heads:
            return None
        for n in range(min(table.longest, len(self.toks) - i), 0, -1):
            if self.toks[i + n - 1].text == "." or (n > 1 and not all(self.near(k) for k in range(i + 1, i + n))):
                continue  # a phrase never ends on a full stop: "6 billion dollars."
            parts = [t.text for t in self.toks[i : i + n]]
            spaced = [not self.glued(k) for k in range(i, i + n)]
            found = table.get(key(parts, spaced=spaced))
            if found is not None:
                return found, i + n
        return None

    # -- currencies ----------------------------------------------------------------------------------
    def symbol(self, i: int, *, prefix: bool) -> tuple[Unit, int] | None:
        """A currency symbol or code at ``i``: ``$``, ``US$``, ``U.S. $``, ``USD``, ``USD$``, ``Rs.``."""
        if i >= len(self.toks) or (prefix and self.glued(i) and self.is_alnum(i - 1)):
            return None  # glued to a word before it: "Ke$ha"
        best = None
        tok = self.toks[i]
        longest = 0
        if tok.low in self.lx.symbols.heads:
            longest = self.lx.symbols.longest
        elif tok.text.replace(".", "") in self.lx.letter_symbols.heads:
            longest = 2  # "Rs" "." or "F" "CFA"
        for n in range(min(longest, len(self.toks) - i), 0, -1):
            toks = self.toks[i : i + n]
            if any(t.kind == "num" for t in toks) or not all(self.near(k) for k in range(i + 1, i + n)):
                continue
            if n > 1 and not self.glued(i + 1) and not self.spaced_head_ok(i):
                continue
            if not prefix and n > 1 and toks[-1].text == ".":
                continue  # "500 Rs." ends a sentence
            compact = "".join(t.text for t in toks).replace(".", "")
            unit = self.lx.symbols.get(compact.lower())
            if unit is None and n <= 2:
                unit = self.lx.letter_symbols.get(compact)
                if unit is not None and not self.letter_symbol_fits(compact, i, i + n, prefix=prefix):
                    unit = None
            if unit is not None:
                best = (unit, i + n)
                break
        code = self.lx.codes.get(tok.text) or self.lx.lower_codes.get(tok.text)
        if best is None and tok.kind == "word" and code is not None:
            if prefix and tok.text in self.lx.postfix_only_codes:
                return None
            best = (code, i + 1)
            sign = self.symbol_only(i + 1) if prefix and self.glued(i + 1) else None
            if sign is not None and (met := best[0].meet(sign[0])) is not None:
                best = (met, sign[1])  # "USD$", "AUD$"
        return best

    def spaced_head_ok(self, i: int) -> bool:
        """May letters apart from a sign open a symbol ("hk $ 10", "c $ 16")? Not "a $5" or "'s $5"."""
        head = self.toks[i]
        if head.kind not in ("word", "abbr"):
            return False
        if len(head.low) > 1:
            return True
        return head.low not in ONE_LETTER_WORDS and not (self.glued(i) and self.toks[i - 1].text in APOSTROPHES)

    def letter_symbol_fits(self, symbol: str, i: int, j: int, *, prefix: bool) -> bool:
        """Letter symbols are words too: "R" only as R500; "DM", "Rs" after a number only as 500DM."""
        if prefix:
            return len(symbol) > 1 or self.glued(j)
        return self.glued(i) or not symbol.isascii() or symbol.islower() or len(symbol) > 2

    def symbol_only(self, i: int) -> tuple[Unit, int] | None:
        if i < len(self.toks) and self.toks[i].kind == "sign":
            unit = self.lx.symbols.get(self.toks[i].text.lower())
            if unit is not None:
                return unit, i + 1
        return None

    def postfix_unit(self, i: int, *, after_prefix: Unit | None) -> tuple[Unit, int] | None:
        """A currency written after the number: ``dollars``, ``Finnish markka``, ``USD``, ``€``, ``cents``."""
        if i >= len(self.toks) or not self.near(i):
            return None
        k = i
        hyphen = self.toks[k].text in DASHES and self.glued(k) and self.glued(k + 1)
        if hyphen:
            k += 1  # "10-dollar", "12-cent", "five-million-euro"
        tok = self.toks[k] if k < len(self.toks) else None
        if tok is None:
            return None
        name = self.phrase(k, self.lx.names)
        minor = self.phrase(k, self.lx.minor) if after_prefix is None else None
        if name is not None or minor is not None:  # the longer wins: "20 euro cents" is not "20 euro"
            return max((f for f in (name, minor) if f is not None), key=lambda f: f[1])
        if tok.kind == "word" and tok.text in self.lx.glued_minor and self.glued(k) and not hyphen:
            if not self.is_alnum(k + 1) or not self.glued(k + 1):
                return self.lx.glued_minor[tok.text], k + 1
        if tok.kind == "sign" and tok.text in self.lx.minor:
            return self.lx.minor[tok.text], k + 1  # 50¢
        if hyphen:
            return None
        found = self.symbol(k, prefix=False)
        if found is not None and self.toks[k].kind == "sign":
            after = found[1]
            if after_prefix is not None or (after < len(self.toks) and self.glued(after) and self.is_alnum(after)):
                return None  # "$ 20,000.00 $ 37,305.97", "1 $10 bill": the sign opens the next amount
        return found

    # -- numbers -------------------------------------------------------------------------------------
    def scale_after(self, j: int) -> tuple[Decimal, int] | None:
        """A scale word after a number at ``j``: ``million``, ``bn``, glued ``m``/``k``, ``-billion``."""
        if j >= len(self.toks) or not self.near(j):
            return None
        tok = self.toks[j]
        if tok.text in DASHES and self.glued(j) and self.glued(j + 1) and j + 1 < len(self.toks):
            after = self.toks[j + 1]
            if after.kind == "word" and after.low in self.lx.multipliers:
                return self.lx.multipliers[after.low], j + 2
            return None
        if tok.kind != "word":
            return None
        if self.glued(j) and tok.text in self.lx.glued_multipliers:
            return self.lx.glued_multipliers[tok.text], j + 1
        if tok.low in self.lx.multipliers and not (tok.low.endswith("s") and self.low(j + 1) == "of"):
            return self.lx.multipliers[tok.low], j + 1
        return None

    def digits(self, i: int) -> tuple[Decimal, Decimal, Decimal | None, int] | None:
        """``(value, bare number, scale, next)`` for digits at ``i`` with their scale words."""
        tok = self.toks[i]
        value = parse_number(tok.text)
        if value is None:
            return None
        bare, scale, j = value, None, i + 1
        while (found := self.scale_after(j)) is not None:
            factor, j = found
            scale = factor * (scale or 1)
            value *= factor
        return value, bare, scale, j

    def words(self, i: int) -> tuple[Decimal, Decimal, Decimal | None, int] | None:
        """Number words at ``i``: ``two million``, ``one hundred and twenty``, ``half a billion``."""
        lx = self.lx
        total, current, seen, j = Decimal(0), Decimal(0), False, i
        scale: Decimal | None = None
        after_group = False
        last = ""  # "unit" or "ten" just read: "one two" and "twenty thirty" are no number
        while j < len(self.toks) and (j == i or self.near(j)):
            w = self.low(j)
            if w in lx.tens and not last:
                current += lx.tens[w]
                j += 1
                last = "ten"
                if self.low(j) in DASHES and self.low(j + 1) in lx.units and lx.units[self.low(j + 1)] < 10:
                    current += lx.units[self.low(j + 1)]  # "forty-five"
                    j += 2
                    last = "unit"
                seen, after_group = True, False
            elif w in lx.units and w != "dozen" and (not last or last == "ten" and lx.units[w] < 10):
                current += lx.units[w]  # "twenty one" as well as "twenty-one"
                seen, after_group, last = True, False, "unit"
                j += 1
            elif w == "dozen":
                current = (current or 1) * 12
                seen = True
                j += 1
            elif (
                w in ("a", "an") and self.low(j + 1) in lx.fractions and self.low(j + 2) in lx.multipliers and not seen
            ):
                current, seen = lx.fractions[self.low(j + 1)], True  # "a half million"
                j += 2
            elif w in ("a", "an") and (self.low(j + 1) in lx.multipliers or self.low(j + 1) == "dozen") and not seen:
                current, seen = Decimal(1), True
                j += 1
            elif (
                w in lx.fractions and not seen and self.low(j + 1) in ("a", "an") and self.low(j + 2) in lx.multipliers
            ):
                current, seen = lx.fractions[w], True  # "half a million"
                j += 2
            elif w in lx.fractions and not seen and self.low(j + 1) in lx.multipliers:
                current, seen = lx.fractions[w], True  # "half million", "quarter million"
                j += 1
            elif w in lx.fractions and seen and not after_group and self.low(j + 1) in lx.multipliers:
                current *= lx.fractions[w]  # "three quarters billion"
                j += 1
            elif w == "and" and seen and self.low(j + 1) in ("a", "an") and self.low(j + 2) in lx.fractions:
                current += lx.fractions[self.low(j + 2)]  # "two and a half million"
                j += 3
            elif w == "and" and seen and after_group and (self.low(j + 1) in lx.units or self.low(j + 1) in lx.tens):
                j += 1  # "one hundred and twenty"
            elif w == "hundred" and seen:
                current = (current or 1) * 100
                after_group, last = True, ""
                j += 1
            elif w in DASHES and seen and self.glued(j) and self.glued(j + 1) and self.low(j + 1) in lx.multipliers:
                j += 1  # "five-million-dollar"
            elif w in lx.multipliers and seen and self.toks[j].kind == "word" and not w.endswith("s"):
                factor = lx.multipliers[w]
                total += current * factor
                scale = factor if scale is None else scale
                current, after_group, last = Decimal(0), True, ""
                j += 1
            else:
                break
        if not seen:
            return None
        value = total + current
        return value, value / scale if scale else value, scale, j

    def vague(self, i: int) -> int | None:
        """Vague amounts: ``billions of``, ``hundreds of millions of``, ``several million``."""
        j, marked = i, False
        while j < len(self.toks):
            found = self.phrase(j, self.lx.vague)
            if found is not None:
                j, marked = found[1], True
                if self.low(j) in DASHES:
                    j += 1
                continue
            w = self.low(j)
            if w in self.lx.multipliers and w.endswith("s") and self.low(j + 1) == "of":
                j, marked = j + 2, True
                continue
            if w in self.lx.multipliers and marked:
                j += 1
                if self.low(j) in DASHES:
                    j += 1
                continue
            break
        return j if marked and j > i else None

    # -- amounts -------------------------------------------------------------------------------------
    def amount(self, i: int) -> _Amount | None:
        """One amount at ``i``: an optional currency before, a number, an optional currency after."""
        if i >= len(self.toks):
            return None
        prefix = self.symbol(i, prefix=True)
        j = prefix[1] if prefix else i
        if prefix is not None and (j >= len(self.toks) or not self.near(j)):
            return None
        tok = self.toks[j] if j < len(self.toks) else None
        if tok is None:
            return None
        vague = False
        if tok.kind == "num":
            if tok.text.startswith(".") and prefix is None:
                return None
            read = self.digits(j)
        else:
            read = self.words(j)
            if read is None:
                end = self.vague(j)
                if end is None:
                    return None
                read, vague = (None, None, None, end), True
        if read is None:
            return None
        value, bare, scale, k = read
        start_tok = i
        if prefix is None and self.glued(j) and self.is_alnum(j - 1):
            return None  # digits glued to a word: "A380", "F-16" is fine (sign)
        unit = prefix[0] if prefix else None
        post = self.postfix_unit(k, after_prefix=unit)
        if post is not None:
            post_unit, k2 = post
            if unit is None:
                if post_unit.kind == "minor" and vague:
                    return None
                unit, k = post_unit, k2
            elif post_unit.kind != "minor" and (met := unit.meet(post_unit)) is not None:
                unit, k = met, k2  # "$5 US dollars", "USD$23 billion dollar", "$249 USD"
        elif unit is not None and not unit.explicit and k < len(self.toks):
            unit, k = self.demonym_after(k, unit)
        if value is not None and unit is not None and unit.factor != 1:
            value, bare = value * unit.factor, bare * unit.factor
            scale = None
        if unit is not None and unit.kind != "minor" and value is not None:
            k, value = self.subunit_after(k, unit, value)
        if k < len(self.toks) and self.glued(k) and self.is_alnum(k) and self.is_alnum(k - 1):
            return None  # "$5xyz", "$4G": the number runs on into a word
        if value is not None and value > MAX_AMOUNT:
            return None
        if unit is not None and self.not_money(start_tok, j, k, unit, prefix is not None):
            return None
        return _Amount(start_tok, k, value, bare, scale, unit, prefix is not None, vague)

    def demonym_after(self, k: int, unit: Unit) -> tuple[Unit, int]:
        """``$100 Canadian``: a nationality after an ambiguous sign picks the currency it names."""
        tok = self.toks[k]
        if tok.kind != "word" or not tok.text[:1].isupper() or self.is_alnum(k + 1) and self.near(k + 1):
            return unit, k
        for name, candidate in self.lx.names.items():
            if (
                name.startswith(tok.low + " ")
                and len(name.split()) == 2
                and candidate.explicit
                and candidate.codes[0] in unit.codes
            ):
                return candidate, k + 1
        return unit, k

    def subunit_after(self, k: int, unit: Unit, value: Decimal) -> tuple[int, Decimal]:
        """``3 dollars 50 cents``, ``thirteen dollars and forty-five cents``, ``10 $ 30 cent``."""
        j = k + 1 if self.low(k) == "and" else k
        if j >= len(self.toks) or not self.near(j) or value != value.to_integral_value():
            return k, value
        read = self.digits(j) if self.toks[j].kind == "num" else self.words(j)
        if read is None or read[2] is not None:
            return k, value
        small, _, _, e = read
        if not (0 < small < 100) or small != small.to_integral_value():
            return k, value
        minor = self.phrase(e, self.lx.minor) if e < len(self.toks) else None
        if minor is not None and unit.meet(minor[0]) is not None:
            return minor[1], value + small * minor[0].factor
        if minor is None and self.toks[j].kind == "word" and unit.kind == "name" and j == k and not self.is_alnum(e):
            return e, value + small / 100  # "thirteen dollars forty five"
        return k, value

    def not_money(self, i: int, j: int, k: int, unit: Unit, prefixed: bool) -> bool:
        """Amounts that look like money but are not: "in 2009 dollars", "5 pounds of flour", and exchange
        rates ("92.27 yen to the dollar", "$1.35 against the euro")."""
        tok = self.toks[j]
        if self.low(k) in RATE_WORDS and self.near(k + 1):
            after = k + 2 if self.low(k + 1) in RATE_DETERMINERS else k + 1
            currency = self.phrase(after, self.lx.names)
            if currency is not None and self.low(k) == "per" and self.low(after) in WEIGHT_NAMES:
                currency = None
            if currency is None and after < len(self.toks):
                currency = self.symbol(after, prefix=False)
                if currency is not None and currency[1] < len(self.toks) and self.toks[currency[1]].kind == "num":
                    currency = None  # "from $5 to $6": the sign opens an amount
            if currency is not None:
                return True
        last = self.toks[k - 1]
        if unit.kind == "minor" and last.text[:1].isupper() and last.text[1:].islower() and not last.low.endswith("s"):
            if tok.kind != "num" or parse_number(tok.text) != 1:
                return True  # "Rapper 50 Cent": a singular subunit in capitals after a plural amount is a name
        if not prefixed and unit.kind == "name":
            if (
                tok.kind == "num"
                and len(tok.text) == 4
                and tok.text.isdigit()
                and 1800 <= int(tok.text) <= 2100
                and self.low(i - 1) in YEAR_WORDS
            ):
                return True
            if last.low in ("pound", "pounds"):
                if self.low(k) == "of" or any(self.low(x).startswith(WEIGHT_HINTS) for x in range(i - 3, i)):
                    return True
                if last.low == "pound" and self.toks[k - 2].text in DASHES:
                    return True  # "a 200-pound man"
        return False

    # -- whole expressions ---------------------------------------------------------------------------
    def qualifier(self, i: int) -> tuple[str, int] | None:
        found = self.phrase(i, self.lx.qualifiers)
        if found is None:
            return None
        mod, j = found
        if j < len(self.toks) and self.toks[j].text == "." and self.glued(j):
            j += 1  # "approx."
        return mod, j

    def money_at(self, i: int, *, require_currency: bool = True) -> tuple[Parsed, int] | None:
        """The money expression starting at token ``i`` and the index after it, or None."""
        between = self.low(i) == "between"
        q_start = i + 1 if between else i
        qual = self.qualifier(q_start)
        mod, core = qual if qual is not None else (None, q_start)
        a = self.amount(core)
        if a is None:
            return None
        change = self.low(i - 1) in self.lx.change_words and self.low(i - 2) not in RANGE_VERBS
        ranged = self.range_after(a, between=between, change=change)
        low, high, unit, end = ranged if ranged is not None else (a.value, None, a.unit, a.j)
        if unit is None and require_currency:
            return None
        start = i if between and ranged is not None else q_start  # "between" belongs to a range only
        parsed = Parsed(
            start=self.toks[start].start,
            end=self.toks[end - 1].end,
            core_start=self.toks[core].start,
            amount=low,
            amount_high=high,
            unit=unit,
            mod=mod,
            vague=a.vague,
            qualifier=self.text[self.toks[q_start].start : self.toks[core - 1].end] if qual else None,
            qualifier_start=self.toks[q_start].start if qual else None,
        )
        return parsed, end

    def range_after(self, a: _Amount, *, between: bool, change: bool):
        """The second half of a range after amount ``a``: ``$5-6 million``, ``between $1 and $2``."""
        j = a.j
        if j >= len(self.toks) or a.vague:
            return None
        w = self.low(j)
        if between and w == "and":
            pass
        elif w in DASHES or (w in RANGE_WORDS and not change and not between):
            pass
        else:
            return None
        if not self.near(j + 1):
            return None
        b = self.amount(j + 1)
        if b is None or b.vague or b.value is None or a.value is None:
            return None
        if b.prefixed and not a.prefixed and a.unit is None:
            return None  # "5 to $6": mixed forms are two amounts, not a range
        unit = a.unit
        if unit is not None and b.unit is not None:
            unit = unit.meet(b.unit)
            if unit is None:
                return None
        unit = unit or b.unit
        low = a.value
        if (
            b.scale is not None
            and a.scale is None
            and a.bare is not None
            and b.bare is not None
            and a.bare < b.bare
            and (a.unit is None or a.unit.factor == 1)
        ):
            low = a.bare * b.scale  # "$5-6 million": the scale belongs to both
        if low > b.value:
            return None
        return low, b.value, unit, b.j

    def opens(self, i: int) -> bool:
        """Can an amount start at token ``i``? A cheap test before the parse: a number, or a word or sign
        that can open one with a number (digits or number words) close behind."""
        tok = self.toks[i]
        if tok.kind == "num":
            return True
        lx = self.lx
        if not (
            tok.low in lx.openers or tok.text in lx.codes or tok.text in lx.lower_codes or tok.text in lx.letter_symbols
        ):
            return False
        return any(t.kind == "num" or t.low in lx.numerals for t in self.toks[i : i + LOOKAHEAD])

    def find(self) -> list[Parsed]:
        """Every money expression with a currency in the text, left to right, not overlapping."""
        out: list[Parsed] = []
        i, n = 0, len(self.toks)
        while i < n:
            if self.opens(i):
                found = self.money_at(i)
                if found is not None:
                    parsed, i = found
                    out.append(parsed)
                    continue
            i += 1
        return out


def find(text: str, lexicon: Lexicon | None = None) -> list[Parsed]:
    """Every money expression with a currency in ``text``, left to right, with character offsets (see
    :class:`Parser`; ``lexicon``: the shipped tables by default)."""
    return Parser(text, lexicon or default_lexicon()).find()


def first(text: str, lexicon: Lexicon | None = None) -> Parsed | None:
    """The first money expression in ``text``; failing that, a bare amount (``four billion``) with no unit."""
    parser = Parser(text, lexicon or default_lexicon())
    found = parser.find()
    if found:
        return found[0]
    for i in range(len(parser.toks)):
        got = parser.money_at(i, require_currency=False)
        if got is not None and got[0].amount is not None:
            return got[0]
    return None
