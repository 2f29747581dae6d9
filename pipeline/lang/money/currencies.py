"""Currencies in money expressions: a sign or code before the number (``$``, ``US$``, ``U.S. $``, ``USD``,
``Rs.``), a name, code or subunit after it (``dollars``, ``Finnish markka``, ``USD``, ``cents``, ``50p``),
and a nationality after an ambiguous sign (``$100 Canadian``).
"""

from __future__ import annotations

from .lexicon import Unit
from .tokens import DASHES, Tokens

ONE_LETTER_WORDS = frozenset({"a", "i"})
APOSTROPHES = frozenset("'’")
WEIGHT_NAMES = frozenset({"pound"})  # "a pound of flour", "78 cents per pound": a weight, not money
# Words before a currency name that make it a noun of its own, not the currency of a number after it:
# "the euro 1.2% higher", "its dollars 5 years ago".
NAME_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "its", "their", "his", "her", "our", "per", "each"})
AFTER_A_UNIT = frozenset({"a", "an", "per", "each", "more", "less"})  # "a dollar a day", "a dollar more"


class Currencies(Tokens):
    """The currency readers of the money parser."""

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
        if code is None and prefix and len(tok.text) == 3 and tok.text[0].isupper() and tok.text[1:].islower():
            number = self.toks[i + 1].text if i + 1 < len(self.toks) else ""
            if not (number.isdigit() and len(number) >= 4):  # "Ron 5000 series": a name and a model number
                code = self.lx.lower_codes.get(tok.low)  # "Eur 20", "Usd 5 million"
        if best is None and tok.kind == "word" and code is not None:
            if prefix and tok.text in self.lx.postfix_only_codes:
                return None
            best = (code, i + 1)
            sign = self.symbol_only(i + 1) if prefix and self.glued(i + 1) else None
            if sign is not None and (met := best[0].meet(sign[0])) is not None:
                best = (met, sign[1])  # "USD$", "AUD$"
        return best

    def name_before(self, i: int) -> tuple[Unit, int] | None:
        """A currency name before its number: ``Kenyan shillings 5 billion``, ``US dollars 3.5 million``,
        ``rupees 1,200 crore``. Only a plural or a qualified name, with a number that cannot be a count or a
        year (a scale word after it or separators in it), and not after a determiner ("the euro 1.2% higher")."""
        found = self.phrase(i, self.lx.names)
        if found is None or self.low(i - 1) in NAME_DETERMINERS:
            return None
        unit, j = found
        words = self.toks[i:j]
        if len(words) == 1 and not words[0].low.endswith("s"):
            return None  # "won 5 million votes", "Euro 2024": a lone singular name is a word of its own
        if unit.context_only or j >= len(self.toks) or self.toks[j].kind != "num" or self.glued(j) or not self.near(j):
            return None
        read = self.digits(j)
        if read is None or read[2] is None and not any(c in self.toks[j].text for c in ",.'’"):
            return None
        after = read[3]
        if after < len(self.toks) and self.low(after) in ("%", "percent", "per"):
            return None
        return unit, j

    def unit_at(self, j: int, *, single: bool = False) -> bool:
        """Does a currency name or subunit start at token ``j``? With ``single``, only one that reads as one
        unit of money after "a" ("by a dollar", "a euro a day"; not "a dollar store", "a pound of")."""
        if j >= len(self.toks) or not self.near(j):
            return False
        found = self.phrase(j, self.lx.names) or self.phrase(j, self.lx.minor)
        if found is None:
            return False
        unit, e = found
        if not single:
            return True
        name = self.low(e - 1)
        if name.endswith("s") or name in WEIGHT_NAMES or unit.context_only or not (unit.explicit or unit.established):
            return False
        return self._boundary(e) or self.low(e) in AFTER_A_UNIT

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
