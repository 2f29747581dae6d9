"""Numbers in money expressions: digits with their scale words (``5.2 bn``, ``$3m``, ``five-million``),
number words (``two million``, ``one hundred and twenty``, ``half a billion``) and vague amounts
(``billions of``, ``several million``).
"""

from __future__ import annotations

from decimal import Decimal

from .tokens import DASHES, Tokens, parse_number

# Unicode fractions written against a number: "$2½ million".
VULGAR = {"¼": Decimal("0.25"), "½": Decimal("0.5"), "¾": Decimal("0.75"), "⅛": Decimal("0.125"),
          "⅜": Decimal("0.375"), "⅝": Decimal("0.625"), "⅞": Decimal("0.875")}
# Spaces that group thousands: "1 000 000 euros" (plain, no-break, narrow no-break, thin).
GROUP_SPACES = frozenset({" ", "\u00a0", "\u202f", "\u2009"})
# Denominators of a price in fractions after a whole number: "$27 3/8" (old stock quotes).
EIGHTHS = frozenset({2, 4, 8, 16, 32, 64})


class Numbers(Tokens):
    """The number readers of the money parser."""

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
        j = i + 1
        if tok.text.isdigit() and len(tok.text) <= 3:
            while self._group_after(j):  # "1 000 000"
                value = value * 1000 + int(self.toks[j].text)
                j += 1
        if self.glued(j) and self.toks[j].text in VULGAR:
            value += VULGAR[self.toks[j].text]  # "2½"
            j += 1
        elif value == value.to_integral_value() and (frac := self._eighths(j)) is not None:
            value, j = value + frac[0], frac[1]  # "27 3/8"
        bare, scale = value, None
        while (found := self.scale_after(j)) is not None:
            factor, j = found
            scale = factor * (scale or 1)
            value *= factor
        return value, bare, scale, j

    def _group_after(self, j: int) -> bool:
        """Is token ``j`` three digits that group thousands with the number before it, apart by one space?"""
        if j >= len(self.toks) or self.toks[j].kind != "num" or not self.toks[j].text.isdigit():
            return False
        return len(self.toks[j].text) == 3 and self.text[self.toks[j - 1].end : self.toks[j].start] in GROUP_SPACES

    def _eighths(self, j: int) -> tuple[Decimal, int] | None:
        """``3/8`` after a whole number and a space: the fraction and the token after it."""
        if j + 2 >= len(self.toks) or self.glued(j) or not self.near(j):
            return None
        num, slash, den = self.toks[j : j + 3]
        if num.kind != "num" or slash.text != "/" or den.kind != "num":
            return None
        if not self.glued(j + 1) or not self.glued(j + 2):
            return None
        if not (num.text.isdigit() and den.text.isdigit()) or int(den.text) not in EIGHTHS:
            return None
        if not 0 < int(num.text) < int(den.text) or self.is_alnum(j + 3) and self.glued(j + 3):
            return None
        return Decimal(int(num.text)) / Decimal(int(den.text)), j + 3

    def fraction_of(self, i: int) -> tuple[Decimal, int] | None:
        """A fraction of a scale: ``a quarter of a million``, ``three-quarters of a million``, ``half of a
        billion``: ``(value, next)``."""
        lx = self.lx
        j, count = i, Decimal(1)
        if self.low(j) in ("a", "an", "one"):
            j += 1
        elif self.low(j) in lx.units and 1 < lx.units[self.low(j)] < 10:
            count = Decimal(lx.units[self.low(j)])
            j += 1
            if self.low(j) in DASHES and self.glued(j) and self.glued(j + 1):
                j += 1
        if self.low(j) not in lx.fractions:
            return None
        fraction = lx.fractions[self.low(j)] * count
        if not (self.low(j + 1) == "of" and self.low(j + 2) in ("a", "an") and self.low(j + 3) in lx.multipliers):
            return None
        if self.low(j + 3).endswith("s") or not all(self.near(k) for k in range(i + 1, j + 4)):
            return None
        return fraction * lx.multipliers[self.low(j + 3)], j + 4

    def words(self, i: int) -> tuple[Decimal, Decimal, Decimal | None, int] | None:
        """Number words at ``i``: ``two million``, ``one hundred and twenty``, ``half a billion``."""
        lx = self.lx
        found = self.fraction_of(i)
        if found is not None:
            value, j = found
            return value, value, None, j
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
            elif w in lx.fractions and not seen and self.low(j + 1) in ("a", "an") and self.unit_at(j + 2):
                current, seen = lx.fractions[w], True  # "half a cent", "half a dollar"
                j += 2
                break
            elif w in ("a", "an") and not seen and self.unit_at(j + 1, single=True):
                current, seen = Decimal(1), True  # "rise by a dollar"
                j += 1
                break
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
