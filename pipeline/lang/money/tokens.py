"""The money grammar's tokens: text cut into numbers, words, ``U.S.``-style abbreviations and single signs,
and the reader's view of them (which token touches which, which are on one line, which phrase starts where).
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import NamedTuple

from .lexicon import RE_TOKEN, Lexicon, Phrases, key

DASHES = frozenset("-‐‑‒–—")


class Tok(NamedTuple):
    kind: str  # num, abbr, word, sign
    text: str
    low: str  # lower case, dots dropped
    start: int
    end: int


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
    if "'" in digits or "’" in digits:  # 1'250'000.50: the Swiss grouping, a decimal point
        whole, _, frac = digits.partition(".")
        groups = whole.replace("’", "'").split("'")
        if not 1 <= len(groups[0]) <= 3 or any(len(g) != 3 for g in groups[1:]) or "," in digits:
            return None
        return Decimal("".join(groups) + ("." + frac if frac else ""))
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


class Tokens:
    """A text's tokens and the lexicon to read them with; the base of the parser's readers."""

    def __init__(self, text: str, lexicon: Lexicon):
        self.text = text
        self.lx = lexicon
        self.toks = tokenize(text)

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
