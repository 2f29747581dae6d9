"""Corpus-wide figures for the report, gathered one record at a time (the corpus is never held in memory).

:class:`Collector` takes record dicts (from ``documents.jsonl``) in order and builds the compact JSON the
page's script reads: an index of articles, every event, people / places / organizations merged across
articles by canonical name, money amounts, errors and warnings. Rows are lists, not objects (the column
names are in ``COLUMNS``), which keeps a few thousand articles to a few megabytes. Everything is sorted so
the same outputs always give the same bytes.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping

from ..write import rows as table_rows

# Longest sentence text kept in the events list (the full sentence is highlighted in the article view).
SENTENCE_CHARS = 300

# fmt: off
# The columns of each list in the page data, in order; report.js reads rows by these positions.
COLUMNS: dict[str, tuple[str, ...]] = {
    "docs": ("doc_id", "title", "published", "people", "places", "organizations", "money", "dates", "events",
             "warnings", "source"),
    "events": ("doc", "n", "start_date", "end_date", "precision", "date", "date_text", "type", "trigger",
               "sentence", "inherited", "people", "places", "negated"),
    "people": ("name", "roles", "aliases", "mentions", "docs"),
    "places": ("name", "kind", "country_code", "latitude", "longitude", "mentions", "docs"),
    "organizations": ("name", "aliases", "mentions", "docs"),
    "money": ("doc", "text", "amount", "amount_high", "currency", "approximate", "currency_assumed",
              "currency_source", "per", "equivalent_of", "id"),
    "errors": ("input", "line", "stage", "code", "message", "doc_id"),
    "warnings": ("code", "articles", "message"),
}
# fmt: on


def _event_key(e: Mapping[str, Any]) -> tuple:
    return (e.get("start"), e.get("end"), e.get("date"), e.get("date_text"), e.get("trigger"))


def event_when(e: Mapping[str, Any]) -> str | None:
    """An event's date as the page shows it: its value, or both ends of a range ("2009 – 2011"), the end it is
    dated by first ("2011 (from 2009)" for the event of a range's second end)."""
    date, to, since = e.get("date"), e.get("date_to"), e.get("date_from")
    if date and since:
        return f"{date} (from {since})"
    return f"{date} – {to}" if date and to else date or None


def numbered_events(record: Mapping[str, Any]) -> list[tuple[int, dict[str, Any]]]:
    """The record's events, numbered and ordered as events.csv numbers them (event_id ``doc_id:eN``).

    Each event is its ``events.csv`` row completed with every field of the record's event (fields the
    table leaves out, such as a continuation's ``context_end``, are kept), so the report and the tables
    always agree on which event is ``eN``.
    """
    pool: dict[tuple, list[Mapping[str, Any]]] = defaultdict(list)
    for e in record.get("events") or ():
        pool[_event_key(e)].append(e)
    out = []
    for row in table_rows(record)["events"]:
        n = int(str(row["event_id"]).rsplit(":e", 1)[1])
        matches = pool.get(_event_key(row))
        out.append((n, {**row, **(matches.pop(0) if matches else {})}))
    return out


def _error_order(row: list[Any]) -> tuple[str, int, str]:
    """As errors.csv is sorted: by input, then line number as a number (``b.jsonl:4`` before ``b.jsonl:11``)."""
    source, line = str(row[0]), row[1]
    if line is not None and source.endswith(f":{line}"):
        source = source[: -len(f":{line}")]
    return source, line or 0, str(row[3])


def _ordered(counter: Counter) -> list[str]:
    """Keys by falling count, then alphabetically (stable across runs)."""
    return [k for k, _ in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))]


@dataclass
class _Entity:
    mentions: int = 0
    docs: set[int] = field(default_factory=set)
    roles: Counter = field(default_factory=Counter)
    aliases: Counter = field(default_factory=Counter)
    kinds: Counter = field(default_factory=Counter)
    coords: Counter = field(default_factory=Counter)


def _number(value: Any) -> str | None:
    """Amounts travel as strings so large or fractional values keep every digit in JavaScript."""
    return None if value is None or isinstance(value, bool) else str(value)


def _coord(value: Any) -> float | None:
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None


@dataclass
class Collector:
    """Accumulates records (``add``) and errors (``add_errors``), then gives the page data (``data``)."""

    docs: list[list[Any]] = field(default_factory=list)
    events: list[list[Any]] = field(default_factory=list)
    money: list[list[Any]] = field(default_factory=list)
    errors: list[list[Any]] = field(default_factory=list)
    people: dict[str, _Entity] = field(default_factory=lambda: defaultdict(_Entity))
    places: dict[tuple[str, str | None], _Entity] = field(default_factory=lambda: defaultdict(_Entity))
    organizations: dict[str, _Entity] = field(default_factory=lambda: defaultdict(_Entity))
    warnings: dict[str, tuple[int, str]] = field(default_factory=dict)
    totals: Counter = field(default_factory=Counter)

    def add(self, record: Mapping[str, Any]) -> int:
        """Take one record; return its index in the article list (what the page's links use)."""
        i = len(self.docs)
        codes = sorted({w.get("code", "?") for w in record.get("warnings") or ()})
        self.docs.append(
            [
                record.get("doc_id"),
                record.get("title"),
                record.get("published"),
                *(
                    len(record.get(k) or ())
                    for k in ("people", "places", "organizations", "money", "dates", "events")
                ),
                " ".join(codes),
                record.get("source"),
            ]
        )
        for key in ("people", "places", "organizations", "money", "dates", "events"):
            self.totals[key] += len(record.get(key) or ())
        for w in record.get("warnings") or ():
            code = w.get("code", "?")
            n, message = self.warnings.get(code, (0, w.get("message", "")))
            self.warnings[code] = (n + 1, message)
        self.totals["warnings"] += len(record.get("warnings") or ())

        # events numbered as events.csv numbers them (event_id = doc_id:eN), so the two can be matched
        for n, row in numbered_events(record):
            sentence = " ".join((row.get("sentence") or "").split())
            if len(sentence) > SENTENCE_CHARS:
                sentence = sentence[: SENTENCE_CHARS - 1] + "\u2026"
            self.events.append(
                [
                    i,
                    n,
                    row.get("start_date"),
                    row.get("end_date"),
                    row.get("precision"),
                    event_when(row),
                    row.get("date_text"),
                    row.get("type"),
                    row.get("trigger"),
                    sentence,
                    bool(row.get("date_inherited")),
                    list(row.get("people") or ()),
                    list(row.get("places") or ()),
                    bool(row.get("negated")),
                ]
            )
        for p in record.get("people") or ():
            e = self.people[p.get("name") or "?"]
            self._mention(e, i, p)
            e.roles.update(p.get("roles") or ())
        for p in record.get("places") or ():
            e = self.places[(p.get("name") or "?", p.get("country_code"))]
            self._mention(e, i, p)
            if p.get("kind"):
                e.kinds[p["kind"]] += 1
            lat, lon = _coord(p.get("latitude")), _coord(p.get("longitude"))
            if lat is not None and lon is not None:
                e.coords[(lat, lon)] += 1
        for o in record.get("organizations") or ():
            self._mention(self.organizations[o.get("name") or "?"], i, o)
        for m in sorted(record.get("money") or (), key=lambda m: (m.get("start", 0), m.get("end", 0))):
            self.money.append(
                [
                    i,
                    m.get("text"),
                    _number(m.get("amount")),
                    _number(m.get("amount_high")),
                    m.get("currency"),
                    bool(m.get("approximate")),
                    bool(m.get("currency_assumed")),
                    m.get("currency_source"),
                    m.get("per"),
                    m.get("equivalent_of"),
                    m.get("id"),
                ]
            )
        return i

    @staticmethod
    def _mention(e: _Entity, doc: int, entity: Mapping[str, Any]) -> None:
        e.mentions += len(entity.get("mentions") or ()) or 1
        e.docs.add(doc)
        e.aliases.update(a for a in entity.get("aliases") or () if a != entity.get("name"))

    def add_errors(self, errors: Iterable[Mapping[str, Any]]) -> None:
        """Take the rows of errors.csv (dicts with its columns)."""
        for row in errors:
            line = row.get("line")
            self.errors.append(
                [
                    row.get("input"),
                    int(line) if str(line or "").isdigit() else None,
                    row.get("stage"),
                    row.get("code"),
                    row.get("message"),
                    row.get("doc_id") or None,
                ]
            )

    def data(self, meta: Mapping[str, Any]) -> dict[str, Any]:
        """The page data: plain JSON values, deterministic order."""
        by_mentions = lambda item: (-item[1].mentions, str(item[0]))  # noqa: E731
        people = [
            [name, _ordered(e.roles), _ordered(e.aliases), e.mentions, sorted(e.docs)]
            for name, e in sorted(self.people.items(), key=by_mentions)
        ]
        places = []
        for (name, cc), e in sorted(self.places.items(), key=by_mentions):
            lat, lon = min(e.coords.items(), key=lambda kv: (-kv[1], kv[0]))[0] if e.coords else (None, None)
            kind = _ordered(e.kinds)[0] if e.kinds else None
            places.append([name, kind, cc, lat, lon, e.mentions, sorted(e.docs)])
        organizations = [
            [name, _ordered(e.aliases), e.mentions, sorted(e.docs)]
            for name, e in sorted(self.organizations.items(), key=by_mentions)
        ]
        events = sorted(self.events, key=lambda e: (e[2] is None, e[2] or "", e[3] or "", e[0], e[1]))
        counts = {
            "articles": len(self.docs),
            "events": self.totals["events"],
            "people": len(people),
            "places": len(places),
            "organizations": len(organizations),
            "money": self.totals["money"],
            "dates": self.totals["dates"],
            "errors": len(self.errors),
            "warnings": self.totals["warnings"],
            "person_mentions": sum(p[3] for p in people),
            "place_mentions": sum(p[5] for p in places),
            "dated_events": sum(1 for e in events if e[2]),
        }
        return {
            "meta": dict(meta),
            "columns": {k: list(v) for k, v in COLUMNS.items()},
            "counts": counts,
            "docs": self.docs,
            "events": events,
            "people": people,
            "places": places,
            "organizations": organizations,
            "money": self.money,
            "errors": sorted(self.errors, key=_error_order),
            "warnings": [[code, n, message] for code, (n, message) in sorted(self.warnings.items())],
        }
