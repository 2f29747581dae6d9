"""The money grammar: find amounts of money in plain text and read them (no spaCy).

Text is cut into small tokens (numbers, words, ``U.S.``-style abbreviations, single signs), and a
hand-written recursive-descent parser reads, at each token that can start one::

    money    := ["between" | "from"] [qualifier] amount [range] [per-unit]
    amount   := [currency] number [currency] [and? minor-amount]     (at least one currency overall)
    number   := digits [scale...] | number-words | vague-words ("billions of", "several million")
    range    := ("-" | "to" | "and" after "between") amount          (no "to" after a change word)
    currency := symbol ($, US$, C$, €, Rs) | ISO code (USD) | name (dollars, Finnish markka) | subunit (cents)
    per-unit := "a" | "per" | "/" unit-word | adverb ("annually")     (read, not part of the span)

A change word before an amount ("rose", "fell a further", "by") makes "X to Y" a change and a level (two
amounts, ``role`` change and level; so does "X at Y": "ended down 12 cents at $8.40"), and "from X to Y" a
range only without a change word in its clause. A scale or subunit written once belongs to both ends of a
range ("$5-6 million", "30 to 35 cents").

Everything it knows about currencies comes from the :class:`~.lexicon.Lexicon`; the rules are about shape
only: where a sign may stand, what may be glued to what, how ranges and subunits combine. The parser reads
tokens (:mod:`.tokens`), numbers (:mod:`.numbers`), currencies (:mod:`.currencies`) and per-unit phrases
(:mod:`.perunit`); this module puts them together into amounts, qualified amounts, ranges and changes.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, replace
from decimal import Decimal

from .currencies import WEIGHT_NAMES, Currencies
from .lexicon import Lexicon, Unit, default_lexicon
from .numbers import Numbers
from .perunit import CLAUSE_STOPS, PerUnitReader
from .tokens import DASHES, parse_number

RANGE_WORDS = frozenset({"to"})
LEVEL_WORDS = frozenset({"to", "at"})  # after a change, the level it reached: "fell 5 cents to/at $4.20"
RANGE_VERBS = frozenset({"range", "ranges", "ranged", "ranging", "vary", "varies", "varied", "varying"})
YEAR_WORDS = frozenset({"in", "constant", "real", "nominal", "fiscal"})
WEIGHT_HINTS = ("weigh", "heav", "lighter", "lbs")
MAX_AMOUNT = Decimal(10) ** 18
LOOKAHEAD = 8  # tokens within which a word that opens an amount must meet its number
RATE_WORDS = frozenset({"to", "per", "against"})  # "92 yen to the dollar", "1.35 dollars per euro"
RATE_DETERMINERS = frozenset({"the", "one", "each", "every"})
# Words between a change word and the change: "fell a further 75 cents", "rose by just $2", "cut another $5".
CHANGE_FILLERS = frozenset({"a", "an", "another", "additional", "extra", "further", "just", "only", "some",
                            "nearly", "almost", "about", "around", "roughly", "by", "more", "than", "over"})
# Change words that do not make "from X to Y" a change when they stand anywhere in the clause before it.
LOCAL_CHANGE_WORDS = frozenset({"from", "by", "up", "down", "higher", "lower"})
CLAUSE_LOOKBACK = 40  # tokens back to the start of a clause, at most


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
        per: The unit of a per-unit price (``$2.22 a share`` -> ``share``; ``each`` when only the sentence
            can say what each is), else None. The per-unit phrase is not in the span.
        role: ``change`` for an amount a change word leads to ("fell 75 cents", "up $2", "by $5"),
            ``level`` for the amount a change ends or starts at ("to $16.25", "from $3 billion"), else None.
        per_end: Offset of the end of the per-unit phrase (where "each" ends), else None.
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
    per: str | None = None
    role: str | None = None
    per_end: int | None = None

    def alone(self, start: int) -> Parsed:
        """This reading as the grammar reads ``text[start:end]`` alone: offsets counted from ``start``, which
        is ``self.start`` or, when the qualifier is left out of the mention ("a dispute over [$5 million]"),
        ``self.core_start`` (the amount then has no qualifier)."""
        per_end = None if self.per_end is None else self.per_end - start
        if start == self.start:
            qualifier_start = None if self.qualifier_start is None else self.qualifier_start - start
            return replace(self, start=0, end=self.end - start, core_start=self.core_start - start,
                           qualifier_start=qualifier_start, per_end=per_end)
        return replace(self, start=0, end=self.end - start, core_start=0, mod=None, qualifier=None,
                       qualifier_start=None, per_end=per_end)


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


class Parser(Numbers, Currencies, PerUnitReader):
    """Reads money expressions from one text with a lexicon (a new Parser per text; cheap)."""

    # -- amounts -------------------------------------------------------------------------------------
    def amount(self, i: int) -> _Amount | None:
        """One amount at ``i``: an optional currency before, a number, an optional currency after."""
        if i >= len(self.toks):
            return None
        prefix = self.symbol(i, prefix=True)
        if prefix is None and self.toks[i].kind == "word" and self.toks[i].low in self.lx.names.heads:
            prefix = self.name_before(i)
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
        if vague and self.toks[k - 1].text in DASHES:
            return None  # "multibillion-dollar", "multimillion-pound": an adjective, no amount
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
        prev = self.low(i - 1)
        if prev == "from":  # "from $3bn to $4bn" is a range, "rose from $3bn to $4bn" a change and a level
            from_range = self.low(i - 2) in RANGE_VERBS or not self.change_in_clause(i - 2)
            change = not from_range
        else:
            from_range, change = False, self.change_before(i)
        ranged = self.range_after(a, between=between, change=change)
        low, high, unit, end = ranged if ranged is not None else (a.value, None, a.unit, a.j)
        if unit is None and require_currency:
            return None
        start = i if between and ranged is not None else q_start  # "between" belongs to a range only
        if from_range and ranged is not None:
            start = i - 1  # "from $3 billion to $4 billion"
        role = None
        if ranged is None and change and prev != "from" and self.is_change(i, end):
            role = "change"
        elif ranged is None and prev in ("to", "from") and self.change_in_clause(i - 2):
            role = "level"
        found_per = self.per_after(end)
        per, per_end = (found_per[0], self.toks[found_per[1] - 1].end) if found_per else (self.per_before(i), None)
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
            per=per,
            role=role,
            per_end=per_end,
        )
        return parsed, end

    def change_before(self, i: int) -> bool:
        """Is the amount at token ``i`` led to by a change word ("rose $2", "fell a further 75 cents")?"""
        j = i - 1
        while j >= 0 and self.near(j + 1):
            w = self.low(j)
            if w in self.lx.change_words and w != "from":
                return not (w == "by" and self.low(j - 1) in RANGE_VERBS)
            if w not in CHANGE_FILLERS:
                return False
            j -= 1
        return False

    def is_change(self, i: int, end: int) -> bool:
        """Is the amount at ``i`` (after a change word) a change, not a result ("lost $6 billion" is a loss,
        "fell $2 to $40" and "rose by $5" are changes)? By "by", "up", "down", or a level after "to"."""
        if self.low(end) in LEVEL_WORDS and end + 1 < len(self.toks) and self.amount(end + 1) is not None:
            return True  # "fell $2 to $40", "closed down 5 cents at $4.20"
        j = i - 1
        while j >= 0 and self.low(j) in CHANGE_FILLERS - {"by"}:
            j -= 1
        return self.low(j) in ("by", "up", "down")

    def change_in_clause(self, j: int) -> bool:
        """Is there a change word ("rose", "increase", "cut") in the clause up to token ``j``?"""
        for k in range(j, max(j - CLAUSE_LOOKBACK, -1), -1):
            tok = self.toks[k]
            if tok.text in CLAUSE_STOPS:
                return False
            if tok.low in self.lx.change_words and tok.low not in LOCAL_CHANGE_WORDS:
                return True
        return False

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
        if a.unit is None and b.unit is not None and b.unit.factor != 1:
            low = a.value * b.unit.factor  # "50 to 60 cents": the subunit belongs to both
        elif (
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
        if tok.low in ("a", "an") and self.unit_at(i + 1, single=True):
            return True  # "by a dollar"
        lows, texts = _opening_words(lx)
        if tok.low not in lows and tok.text not in texts:
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
                    at_level = out and out[-1].role == "change" and self.between(out[-1], parsed) == "at"
                    if at_level and parsed.role is None:
                        parsed = replace(parsed, role="level")  # "closed down 5 cents at $4.20"
                    if out and parsed.role == "level" and out[-1].role == "change":
                        out[-1] = self.same_currency(out[-1], parsed)
                    out.append(parsed)
                    continue
            i += 1
        return out

    def between(self, a: Parsed, b: Parsed) -> str:
        """The text between two amounts, lower case, stripped."""
        return self.text[a.end : b.start].strip().lower()

    def same_currency(self, change: Parsed, level: Parsed) -> Parsed:
        """A change takes the currency its level names: "rose half a cent to 74.10 U.S. cents" (US cents);
        with an ambiguous level, the readings both can have: "fell 75 cents to $16.25" (dollar cents)."""
        if change.unit is None or level.unit is None or change.unit.explicit:
            return change
        if self.between(change, level) not in ("to", "to a", "to an", "at"):
            return change
        met = change.unit.meet(level.unit)
        return change if met is None else replace(change, unit=met)


@functools.lru_cache(maxsize=8)
def _opening_words(lx: Lexicon) -> tuple[frozenset[str], frozenset[str]]:
    """What may open an amount (:meth:`Parser.opens`), as two sets, asked once per token of every text: the
    lower-case words (openers, lower-case codes, first words of currency names) and the words as written
    (ISO codes, letter symbols)."""
    return (frozenset(lx.openers) | frozenset(lx.lower_codes) | frozenset(lx.names.heads),
            frozenset(lx.codes) | frozenset(lx.letter_symbols))


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
