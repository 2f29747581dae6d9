"""Per-unit prices: the unit an amount is a price of (``$2.22 a share``, ``$300 per ton``, ``€0.40/kWh``,
``$15-an-hour``, ``$3 billion annually``, ``1,850 francs each``; ``earnings per share rose to $1.46``).

The unit is read after the amount (or, for ``<metric> per <unit>``, before it) and never enters the span.
What counts is in ``money_per_units.json`` (:class:`~.lexicon.PerUnits`); the rules here are about shape:

- ``per``/``/`` + a word: always a unit (``per transaction``, ``/kWh``), with a measure word taken along
  (``per square metre``); ``per cent`` is no unit;
- ``a``/``an``/``every`` + a word: a unit when the word ends the phrase (punctuation, the end, or a word of
  ``boundary`` follows: ``₺25 a loaf in Istanbul``); a time unit always, but not before ``ago``/``earlier``
  (``$5 million a year earlier`` is a comparison, not a price per year);
- glued ``-a-year``/``-an-hour`` after the number; adverbs (``annually`` -> year);
- ``each``/``apiece``: the unit is the thing the sentence counts, which the grammar cannot see: it says
  ``each`` and the extractor, which has the parse, names it (``share``), else it stays ``each``.
"""

from __future__ import annotations

from .tokens import DASHES, Tokens

PER_WORDS = frozenset({"per", "/"})
A_WORDS = frozenset({"a", "an", "every"})
SENTENCE_PUNCT = frozenset(".,;:!?)]}\"'”’")
CLAUSE_STOPS = frozenset(".;:!?")
ADVERB_ENDINGS = ("ly", "wide")
METRIC_GAP = 6  # tokens between "earnings per share" and the amount it carries its unit to


class PerUnitReader(Tokens):
    """The per-unit readers of the money parser."""

    def per_after(self, k: int) -> tuple[str, int] | None:
        """The unit of a per-unit phrase starting at token ``k`` (right after an amount) and the token after it."""
        per = self.lx.per
        if k >= len(self.toks) or not self.near(k):
            return None
        w = self.low(k)
        if w in DASHES and self.glued(k) and self.low(k + 1) in A_WORDS | {"per"} and self.glued(k + 1):
            if self.low(k + 2) in DASHES and self.glued(k + 2) and self.glued(k + 3) and self._word(k + 3):
                return per.unit(self.low(k + 3)), k + 4  # "$15-an-hour", "$50 million-a-year"
            return None
        if w in per.adverbs and self.toks[k].kind == "word":
            return per.adverbs[w], k + 1
        if w in PER_WORDS and (w != "/" or self.glued(k)):
            return self._unit_word(k + 1, after_a=False)
        if w in A_WORDS and self.toks[k].kind == "word":
            return self._unit_word(k + 1, after_a=True)
        return None

    def _word(self, i: int) -> bool:
        return i < len(self.toks) and self.toks[i].kind == "word" and self.near(i)

    def _unit_word(self, i: int, *, after_a: bool) -> tuple[str, int] | None:
        per = self.lx.per
        if not self._word(i):
            return None
        parts = [self._as_written(i)]
        last = i
        if self.low(i) in per.measure_words and self._word(i + 1):
            last = i + 1  # "per square metre"
            parts.append(" " + self._as_written(last))
        if self.low(last + 1) in DASHES and self.glued(last + 1) and self.glued(last + 2) and self._word(last + 2):
            parts.append("-" + self._as_written(last + 2))  # "per kilowatt-hour", "a man-day"
            last += 2
        head = self.low(last)
        if head in per.not_units or head in self.lx.qualifiers.heads:
            return None
        if head in self.lx.numerals and per.unit(head) not in per.time_units:  # "a quarter" is a time unit
            return None
        text = self.toks[last].text
        if not after_a and last == i and text[:1].isupper() and text[1:].islower():
            return None  # "per Reuters"
        nxt = last + 1
        timed = per.unit(head) in per.time_units
        if timed and self.low(nxt) in per.not_after_time:
            return None  # "$5 million a year earlier"
        if after_a and not timed and not self._boundary(nxt):
            return None  # "$5bn a record high": 'a' opens a noun phrase of its own
        return per.unit("".join(parts)), nxt

    def _as_written(self, j: int) -> str:
        """A unit word in lower case, unless written with inner capitals (``kWh``, ``MWh``)."""
        text = self.toks[j].text
        return text if any(c.isupper() for c in text[1:]) else text.lower()

    def _boundary(self, i: int) -> bool:
        """Does token ``i`` end the noun phrase a unit word stands in?"""
        if i >= len(self.toks) or not self.near(i):
            return True
        tok = self.toks[i]
        if tok.kind == "sign":
            return tok.text in SENTENCE_PUNCT or tok.text in DASHES
        return tok.low in self.lx.per.boundary or tok.low.endswith(ADVERB_ENDINGS)  # "a gallon nationwide"

    def per_before(self, i: int) -> str | None:
        """The unit of ``<metric> per <unit>`` a few words before the amount at token ``i`` ("earnings per
        share rose to $1.46"), in the same clause, with no other amount between."""
        per = self.lx.per
        for j in range(i - 1, max(i - 1 - METRIC_GAP, 0), -1):
            tok = self.toks[j]
            if tok.text in CLAUSE_STOPS or tok.text == "," or tok.kind == "num":
                return None
            if tok.low == "per" and self.low(j - 1) in per.metrics and self._word(j + 1):
                found = self._unit_word(j + 1, after_a=False)
                return found[0] if found else None
        return None
