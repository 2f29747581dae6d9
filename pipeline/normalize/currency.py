"""Which currency an ambiguous form names in one article: ``francs`` in a 1989 story from Paris is FRF,
``dollars`` from Sydney AUD, ``lira`` from Ankara in 2003 TRL (no spaCy; the rules of the README's "Money").

:class:`Context` gathers once per article what points to a country, each with a weight:

- the dateline's country (``DATELINE_WEIGHT``): the place of the record whose mention is the dateline, else
  the gazetteer's best reading of the dateline's place;
- the places of the record (their ``country_code``), the demonyms of the text ("the Senegalese ministry")
  and the names of territories and currencies the lexicon knows ("Swiss", "Argentina"), one point a mention,
  at most ``MENTION_CAP`` per country or name.

:meth:`Context.resolve` reads a currency form with it:

1. a form that names one currency is that currency (``€``, ``Swiss francs``, ``USD``);
2. an ambiguous form takes the currency written explicitly last in the article when it is one of its
   readings ("5 million Swiss francs ... 3 million francs");
3. a sticky sign (``$``, ``¥``) is its default unless the dateline's country uses a local currency of the
   sign's name (a Toronto dateline: ``$`` is CAD) that the article does not also mark (``C$``: then the bare
   ``$`` is the US dollar, as wire copy writes it);
4. another ambiguous form takes the reading with the most weight: each country points to the currency of
   that name it used on the amount's date (the first date written in the sentence, else the publication
   date; failing one in use then, the nearest earlier one: "francs" in France in 2012 are FRF, never a later
   one: "cents" in France in 1989 are no euro cents), the default
   reading adds ``DEFAULT_WEIGHT`` as a tie-breaker; without any clue the default reading (``Rs`` -> INR),
   or no currency for a form without one (``francs``, ``pesos``); a word that is money only in context
   (``marks``) is then no amount (the normalizer keeps it, currency unknown, from a million up);
5. a currency dated before its redenomination in its country is the old code (TRY -> TRL before 2005).

The ``source`` of a reading is ``symbol``/``code``/``name`` when the text wrote the currency (for an
ambiguous form with an established reading, ``$`` -> USD, ``dollars`` -> USD, when nothing in the article
points elsewhere), ``context`` when the article chose it, ``default`` for a default reading without any
clue.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from typing import NamedTuple, Sequence

from ..lang.gazetteer import Gazetteer, gazetteer
from ..lang.money import Lexicon, Unit
from ..lang.money.lexicon import Tender
from ..records import Article, Place, TimeExpression

DATELINE_WEIGHT = 4.0  # the dateline's country outweighs any other country the article names
MENTION_CAP = 3.0  # a country or name counts at most this much, however often it is named
DEFAULT_WEIGHT = 0.5  # the default reading's head start: it wins ties
RE_CAPITALIZED = re.compile(r"\b[A-Z][a-z]+\b")
RE_WORD = re.compile(r"[^\W\d_][\w'’.\-]*|&")  # the words of a place name: "St. Kitts & Nevis", "Côte d’Ivoire"


class Reading(NamedTuple):
    """A currency read for an amount: the ISO code (None: unknown) and how it was chosen."""

    code: str | None
    source: str | None


class Clue(NamedTuple):
    """Something in the article that points to currencies: their tender at a place, with a weight."""

    weight: float
    tenders: tuple[Tender, ...]
    territory: str | None


@functools.cache
def _current_territories(lexicon: Lexicon) -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for territory, tenders in lexicon.territories.items():
        for t in tenders:
            if t.end is None:
                out.setdefault(t.code, set()).add(territory)
    return {k: frozenset(v) for k, v in out.items()}


@functools.cache
def _longest_name(lexicon: Lexicon) -> int:
    return max((len(RE_WORD.findall(name)) for name in lexicon.places), default=1)


def _days(a: str, b: str) -> int:
    return abs((date.fromisoformat(a) - date.fromisoformat(b)).days)


def _distance(day: str, tender: Tender) -> int:
    """Days between ``day`` and the time ``tender`` was in use (0 inside it)."""
    if tender.start is not None and day < tender.start:
        return _days(day, tender.start)
    if tender.end is not None and day > tender.end:
        return _days(day, tender.end)
    return 0


@dataclass
class Context:
    """What one article says about its currencies (build it with :func:`context`)."""

    lexicon: Lexicon
    published: str | None = None
    dateline: Clue | None = None
    sentence_days: dict[int, str] = field(default_factory=dict)
    marked: frozenset[str] = frozenset()  # currencies the article writes explicitly (C$ -> CAD)
    text: str = ""
    places: Sequence[Place] = ()
    gaz: Gazetteer | None = None
    skip: tuple[tuple[int, int], ...] = ()  # the dateline's span: its place is counted once, as the dateline
    _clues: list[Clue] | None = None

    def day(self, sentence: int) -> str | None:
        """The date an amount in ``sentence`` is dated by: the sentence's first date, else the publication's."""
        return self.sentence_days.get(sentence, self.published)

    @property
    def decimal_comma(self) -> str | None:
        """The dateline's country when it writes a decimal comma (``3.500 euros`` is 3,500 there)."""
        territory = self.dateline.territory if self.dateline else None
        return territory if territory in self.lexicon.decimal_comma else None

    def clues(self) -> list[Clue]:
        """The places, demonyms and currency names of the article (computed on first use)."""
        if self._clues is None:
            self._clues = self._gather()
        return self._clues

    def _gather(self) -> list[Clue]:
        lx = self.lexicon
        weights: Counter = Counter()
        tenders: dict[str, tuple[tuple[Tender, ...], str | None]] = {}
        taken: list[tuple[int, int]] = list(self.skip)

        def add(key: str, clue_tenders: tuple[Tender, ...], territory: str | None) -> None:
            if clue_tenders and weights[key] < MENTION_CAP:
                weights[key] += 1
                tenders[key] = (clue_tenders, territory)

        def free(start: int, end: int) -> bool:
            return not any(s < end and start < e for s, e in taken)

        for place in self.places:
            for m in place.mentions:
                if place.country_code and free(m.start, m.end):
                    add(place.country_code, lx.territories.get(place.country_code, ()), place.country_code)
                taken.append((m.start, m.end))
        if self.gaz is not None:
            words = list(RE_CAPITALIZED.finditer(self.text))
            for k, m in enumerate(words):
                spans = [(m.start(), m.end())]
                if k + 1 < len(words) and words[k + 1].start() == m.end() + 1:
                    spans.insert(0, (m.start(), words[k + 1].end()))  # "South African" before "African"
                for start, end in spans:
                    code = self.gaz.demonym(self.text[start:end])
                    if code and free(start, end):
                        add(code, lx.territories.get(code, ()), code)
                        taken.append((start, end))
                        break
        words = list(RE_WORD.finditer(self.text))
        longest = _longest_name(lx)
        k = 0
        while k < len(words):
            if not words[k].group()[:1].isupper():  # "china" the porcelain, "turkey" the bird
                k += 1
                continue
            for n in range(min(longest, len(words) - k), 0, -1):
                name = " ".join(w.group() for w in words[k : k + n]).lower().rstrip(".")
                start, end = words[k].start(), words[k + n - 1].end()
                if name in lx.places and free(start, end):
                    add(name, lx.places[name], None)
                    k += n - 1
                    break
            k += 1
        return [Clue(weights[k], *tenders[k]) for k in weights]

    # -- readings --------------------------------------------------------------------------------------
    def reading(self, tenders: Sequence[Tender], codes: Sequence[str], day: str | None) -> str | None:
        """The currency among ``codes`` used at a place on ``day`` (the nearest in time if none was; never
        one that came only later: "cents" in a 1989 story from Paris are no euro cents)."""
        found = [t for t in tenders if t.code in codes and not self._later(t, day)]
        if not found:
            return None
        valid = [t for t in found if t.valid(day)]
        if valid:
            return min(valid, key=lambda t: codes.index(t.code)).code
        if day is None:
            return max(found, key=lambda t: (t.end or "9999", -codes.index(t.code))).code
        return min(found, key=lambda t: (_distance(day, t), codes.index(t.code))).code

    def _later(self, tender: Tender, day: str | None) -> bool:
        """Did ``tender`` come into use only after ``day`` (and is no redenomination of a currency in use
        then, which :meth:`dated` turns back into the old code)?"""
        if day is None or tender.start is None or tender.start <= day:
            return False
        return not any(Tender(old.code, old.start, old.end).valid(day)
                       for old in self.lexicon.redenominated.get(tender.code, ()))

    def dated(self, code: str, day: str | None, territory: str | None) -> str:
        """``code``, or the code it replaced in ``territory`` when ``day`` is before the redenomination."""
        if day is None:
            return code
        for old in self.lexicon.redenominated.get(code, ()):
            if territory is not None and old.territory != territory:
                continue
            if territory is None and _current_territories(self.lexicon).get(code) != {old.territory}:
                continue
            own = [t for t in self.lexicon.territories.get(old.territory, ()) if t.code == code]
            if own and own[0].start and day < own[0].start and Tender(old.code, old.start, old.end).valid(day):
                return old.code
        return code

    def resolve(self, unit: Unit, sentence: int = -1, last_explicit: str | None = None) -> Reading | None:
        """The currency of an amount written with ``unit`` in ``sentence``; None when the form is no money
        here (a context-only word without a clue). See the module docstring for the rules."""
        day = self.day(sentence)
        default = unit.codes[0]
        if unit.explicit:
            return Reading(self.dated(default, day, None), unit.source)
        if not unit.sticky and last_explicit in unit.codes:
            return Reading(last_explicit, unit.source if last_explicit == default and unit.established else "context")
        if unit.sticky:
            local = self.reading(self.dateline.tenders, unit.local, day) if self.dateline and unit.local else None
            if local is not None and local != default and local not in self.marked:
                return Reading(self.dated(local, day, self.dateline.territory), "context")
            return Reading(self.dated(default, day, None), unit.source if unit.established else "default")
        scores: Counter = Counter()
        where: dict[str, str | None] = {}
        for clue in ([self.dateline] if self.dateline else []) + self.clues():
            code = self.reading(clue.tenders, unit.codes, day)
            if code is not None:
                scores[code] += clue.weight
                where.setdefault(code, clue.territory)
        if scores:
            if unit.guess:
                scores[default] += DEFAULT_WEIGHT
            code = max(scores, key=lambda c: (scores[c], -unit.codes.index(c)))
            source = unit.source if code == default and unit.established else "context"
            return Reading(self.dated(code, day, where.get(code)), source)
        if unit.context_only:
            return None
        if not unit.guess:
            return Reading(None, None)
        return Reading(self.dated(default, day, None), unit.source if unit.established else "default")


def context(
    article: Article | None,
    lexicon: Lexicon,
    *,
    places: Sequence[Place] = (),
    dates: Sequence[TimeExpression] = (),
    marked: frozenset[str] = frozenset(),
) -> Context:
    """The currency context of ``article`` (an empty one for None) from its record's places and dates."""
    if article is None:
        return Context(lexicon)
    days: dict[int, str] = {}
    for d in sorted(dates, key=lambda d: d.start):
        if d.type == "DATE" and d.start_date and d.sentence >= 0 and d.start_date[:4].isdigit():
            days.setdefault(d.sentence, d.start_date)
    gaz = gazetteer()
    dateline, skip = None, ()
    dl = article.dateline
    if dl is not None and dl.place:
        territory = None
        for place in places:
            if place.country_code and any(dl.start <= m.start < max(dl.end, dl.start + 1) for m in place.mentions):
                territory = place.country_code
                break
        if territory is None:
            first = re.split(r"[/,]", dl.place)[0].strip()
            territory = next((c.entry.country_code for c in gaz.candidates(first) if c.entry.country_code), None)
        if territory is not None:
            dateline = Clue(DATELINE_WEIGHT, lexicon.territories.get(territory, ()), territory)
            skip = ((dl.start, dl.end),)
    return Context(lexicon, published=article.published, dateline=dateline, sentence_days=days, marked=marked,
                   text=article.text, places=places, gaz=gaz, skip=skip)
