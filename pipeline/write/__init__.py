"""Stage 5: records -> the JSON record and the CSV/JSONL datasets.

``record_to_dict`` is the canonical JSON form of a :class:`Record` (what ``factbox extract`` prints, what
the schema describes and what the golden tests check). The table writers take those dicts, so cached
records never need to be rebuilt as dataclasses. Every column list lives in ``COLUMNS``, which the
README's column table is tested against. Output is byte-stable: fixed columns, rows sorted, JSON with
sorted keys, ``\\n`` line ends, numbers rendered one way. Files are written to a temporary name and
renamed into place, so a killed run never leaves half a table.
"""

from __future__ import annotations

import csv
import functools
import io
import json
import os
import tempfile
from contextlib import contextmanager
from dataclasses import asdict, fields
from decimal import Decimal
from pathlib import Path
from typing import Any, Iterable, Iterator, Mapping, Sequence

from ..errors import Errors, OutputError
from ..records import SCHEMA_VERSION, Failure, MoneyAmount, Record
from ..version import __version__
from .identities import EntityIndex, ordered


# ------------------------------------------------------------------------------------------- the record
def number(value: Decimal | float | int | None) -> int | float | None:
    """A JSON number for an amount: an int when whole, else a float with the Decimal's digits."""
    if value is None:
        return None
    d = Decimal(value)
    return int(d) if d == d.to_integral_value() else float(d)


_PLAIN = (str, int, float, Decimal, type(None))


@functools.lru_cache(maxsize=32)
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls))


def _flat_dict(obj: Any) -> dict[str, Any]:
    """``dataclasses.asdict`` of a flat record (MoneyAmount, TimeExpression, Event, ArticleWarning).

    Their fields hold strings, numbers, None and tuples of those, which ``asdict`` deep-copies one by one
    (it took a third of ``record_to_dict``); being immutable, they can be shared. A record with any other
    field value (a nested record, a dict) goes through ``asdict``.
    """
    out = {}
    for name in _field_names(type(obj)):
        value = getattr(obj, name)
        if not isinstance(value, _PLAIN) and not (
                type(value) is tuple and all(isinstance(v, _PLAIN) for v in value)):
            return asdict(obj)
        out[name] = value
    return out


def money_to_dict(m: MoneyAmount) -> dict[str, Any]:
    out = _flat_dict(m)
    out["amount"], out["amount_high"] = number(m.amount), number(m.amount_high)
    return out


def _mention(m) -> dict[str, Any]:
    out = {"start": m.start, "end": m.end, "text": m.text}
    if getattr(m, "extent_start", None) is not None:
        out["extent_start"], out["extent_end"] = m.extent_start, m.extent_end
    return out


def _mentions(ms) -> list[dict[str, Any]]:
    return [_mention(m) for m in ms]


def record_to_dict(record: Record) -> dict[str, Any]:
    """The JSON-ready dict of one article's record (plain str/int/float/bool/None/list/dict)."""
    a = record.article
    dl = a.dateline
    return {
        "schema_version": SCHEMA_VERSION,
        "doc_id": a.doc_id,
        "source": a.source,
        "url": a.url,
        "sha256": a.sha256,
        "encoding": a.encoding,
        "title": a.title,
        "published": a.published,
        "published_from": a.published_from,
        "dateline": None if dl is None else {
            "place": dl.place, "agency": dl.agency, "date_text": dl.date_text, "start": dl.start, "end": dl.end,
        },
        "byline": a.byline,
        "body_start": a.body_start,
        "text": a.text,
        "model": dict(record.model),
        "pipeline_version": __version__,
        "people": [
            {"name": p.name, "aliases": list(p.aliases), "roles": list(p.roles), "mentions": _mentions(p.mentions)}
            for p in record.people
        ],
        "places": [
            {"name": p.name, "kind": p.kind, "country_code": p.country_code, "latitude": p.latitude,
             "longitude": p.longitude, "aliases": list(p.aliases), "geonames_id": p.geonames_id,
             "unresolved": p.unresolved, "mentions": _mentions(p.mentions)}
            for p in record.places
        ],
        "organizations": [
            {"name": o.name, "aliases": list(o.aliases), "mentions": _mentions(o.mentions)}
            for o in record.organizations
        ],
        "money": [{k: v for k, v in money_to_dict(m).items() if k != "sentence"} for m in record.money],
        "dates": [{k: v for k, v in _flat_dict(d).items() if k != "sentence"} for d in record.dates],
        "events": [
            {**_flat_dict(e), **{k: list(getattr(e, k)) for k in (
                "people", "places", "organizations", "money", "money_ids", "context_people", "context_places",
                "context_organizations", "also_triggers")}}
            for e in record.events
        ],
        "warnings": [_flat_dict(w) for w in record.warnings],
    }


def dumps(obj: Any, *, indent: int | None = None) -> str:
    """Canonical JSON: sorted keys, UTF-8 kept, no trailing spaces."""
    return json.dumps(obj, ensure_ascii=False, sort_keys=True, indent=indent,
                      separators=(",", ": ") if indent else (",", ":"))


# --------------------------------------------------------------------------------------------- tables
def _join(values: Iterable[Any]) -> str:
    return "; ".join(str(v) for v in values)


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, (list, tuple)):
        return _join(value)
    return value


# fmt: off
COLUMNS: dict[str, tuple[str, ...]] = {
    "documents": ("doc_id", "source", "url", "sha256", "title", "published", "published_from",
                  "dateline_place", "dateline_agency", "byline", "encoding", "chars", "people", "places",
                  "organizations", "money", "dates", "events", "warnings", "model", "model_version",
                  "pipeline_version"),
    "events": ("doc_id", "event_id", "date", "date_from", "date_to", "start_date", "end_date", "precision", "mod",
               "date_text", "date_inherited", "type",
               "type_code", "trigger", "also_triggers",
               "tense", "negated", "people", "places", "organizations",
               "money", "money_id", "context_people", "context_places", "context_organizations", "start", "end",
               "context_end", "sentence"),
    "people": ("doc_id", "person_id", "entity_id", "name", "aliases", "roles", "mentions", "first_start"),
    "places": ("doc_id", "place_id", "entity_id", "name", "kind", "country_code", "latitude", "longitude",
               "aliases", "geonames_id", "unresolved", "mentions", "first_start"),
    "organizations": ("doc_id", "organization_id", "entity_id", "name", "aliases", "mentions", "first_start"),
    "money": ("doc_id", "money_id", "start", "end", "text", "amount", "amount_high", "currency", "approximate",
              "mod", "currency_assumed", "currency_source", "per", "equivalent_of", "role"),
    "dates": ("doc_id", "start", "end", "text", "type", "value", "start_date", "end_date", "precision", "mod",
              "anchor"),
    "mentions": ("doc_id", "kind", "item_id", "entity_id", "name", "start", "end", "text"),
    "entities": ("entity_id", "kind", "name", "aliases", "articles", "mentions"),
    "errors": ("input", "line", "stage", "code", "message", "doc_id"),
}
# fmt: on
TABLES = tuple(COLUMNS)
# Tables whose rows carry the corpus-level entity_id: spooled until every record is indexed (see DatasetWriter).
ENTITY_TABLES = ("people", "places", "organizations", "mentions")
# Every file a run writes at the top of its output folder (report.html: `--report` / `factbox report`). Only
# these names (and their temporary files, ``.NAME.*.tmp``) and the ``.factbox`` store are ever touched.
OUTPUT_FILES = ("documents.jsonl", *(f"{table}.csv" for table in TABLES), "manifest.json", "report.html")


def rows(record: Mapping[str, Any], identities: EntityIndex | None = None) -> dict[str, list[dict[str, Any]]]:
    """The CSV rows (one list per table) contributed by one record dict, sorted stably; ``entity_id`` from
    ``identities`` (the corpus's :class:`~pipeline.write.identities.EntityIndex`; empty without one)."""
    doc = record["doc_id"]
    dl = record.get("dateline") or {}
    out: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLES if name not in ("errors", "entities")}
    out["documents"].append({
        "doc_id": doc, "source": record["source"], "url": record.get("url"), "sha256": record["sha256"],
        "title": record.get("title"), "published": record.get("published"),
        "published_from": record.get("published_from"), "dateline_place": dl.get("place"),
        "dateline_agency": dl.get("agency"), "byline": record.get("byline"), "encoding": record.get("encoding"),
        "chars": len(record["text"]),
        **{k: len(record[k]) for k in ("people", "places", "organizations", "money", "dates", "events")},
        "warnings": _join(w["code"] for w in record["warnings"]),
        "model": record["model"].get("name"), "model_version": record["model"].get("version"),
        "pipeline_version": record["pipeline_version"],
    })
    for i, e in enumerate(sorted(record["events"], key=lambda e: (e["start"], e.get("date_start") or 0)), 1):
        out["events"].append({**{k: e.get(k) for k in COLUMNS["events"]}, "doc_id": doc, "event_id": f"{doc}:e{i}",
                              "money_id": [f"{doc}:{m}" for m in e.get("money_ids") or ()]})
    kinds = (("people", "person", "p"), ("places", "place", "l"), ("organizations", "organization", "o"))
    for table, kind, prefix in kinds:
        id_col = f"{kind}_id"
        for i, ent in enumerate(ordered(record[table]), 1):
            ent_id = f"{doc}:{prefix}{i}"
            eid = identities.entity_id(table, ent_id) if identities is not None else None
            starts = [m["start"] for m in ent["mentions"]]
            out[table].append({**{k: ent.get(k) for k in COLUMNS[table]}, "doc_id": doc, id_col: ent_id,
                               "entity_id": eid, "mentions": len(ent["mentions"]),
                               "first_start": min(starts, default=None)})
            for m in ent["mentions"]:
                out["mentions"].append({"doc_id": doc, "kind": kind, "item_id": ent_id, "entity_id": eid,
                                        "name": ent["name"], "start": m["start"], "end": m["end"],
                                        "text": m["text"]})
    out["mentions"].sort(key=lambda r: (r["start"], r["end"], r["kind"], r["item_id"]))
    for table in ("money", "dates"):
        for item in sorted(record[table], key=lambda x: (x["start"], x["end"])):
            out[table].append({**{k: item.get(k) for k in COLUMNS[table]}, "doc_id": doc})
    for row, item in zip(out["money"], sorted(record["money"], key=lambda x: (x["start"], x["end"])), strict=True):
        row["money_id"] = f"{doc}:{item['id']}" if item.get("id") else None
        row["equivalent_of"] = f"{doc}:{item['equivalent_of']}" if item.get("equivalent_of") else None
    return out


def failure_order(f: Failure) -> tuple[str, int, str]:
    """errors.csv order: by input, then line number as a number (``b.jsonl:4`` before ``b.jsonl:11``)."""
    source = f.source
    if f.line is not None and source.endswith(f":{f.line}"):
        source = source[: -len(f":{f.line}")]
    return source, f.line or 0, f.code


def failure_row(f: Failure) -> dict[str, Any]:
    return {"input": f.source, "line": f.line, "stage": f.stage, "code": f.code, "message": f.message,
            "doc_id": f.doc_id}


def to_csv(table: str, table_rows: Iterable[Mapping[str, Any]]) -> str:
    """Render rows of ``table`` as CSV text with the fixed header (used by tests and writers)."""
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=COLUMNS[table], lineterminator="\n", extrasaction="ignore")
    writer.writeheader()
    for row in table_rows:
        writer.writerow({k: _cell(row.get(k)) for k in COLUMNS[table]})
    return buf.getvalue()


# ------------------------------------------------------------------------------------------- writing
_UMASK = os.umask(0o022)
os.umask(_UMASK)


@contextmanager
def atomic_open(path: Path) -> Iterator[io.TextIOWrapper]:
    """Open a temporary file next to ``path``; rename it over ``path`` only if the block succeeds."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.chmod(tmp, 0o666 & ~_UMASK)
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def check_outdir(outdir: str | os.PathLike) -> Path:
    path = Path(outdir)
    if path.exists() and not path.is_dir():
        raise OutputError(Errors.E006.format(path=outdir))
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(Errors.E401.format(path=outdir, reason=exc.strerror or exc)) from exc
    return path


class DatasetWriter:
    """Streams record dicts (in doc_id order) into documents.jsonl and the CSV tables, all at once.

    Use as a context manager; the files appear (atomically) when the block ends without error. The rows of
    the entity tables (people, places, organizations, mentions) carry the corpus-level ``entity_id``, which
    is known only when every record has been seen: they are spooled to a temporary file (rows, never the
    text) while :class:`~pipeline.write.identities.EntityIndex` indexes the names, and written with their ids,
    followed by ``entities.csv``, when the block ends.
    """

    def __init__(self, outdir: str | os.PathLike):
        self.outdir = check_outdir(outdir)
        self._stack: list[Any] = []
        self._handles: dict[str, Any] = {}
        self._writers: dict[str, csv.DictWriter] = {}
        self._counts: dict[str, int] = dict.fromkeys(TABLES, 0)
        self.identities = EntityIndex()
        self._spool: Any = None

    def __enter__(self) -> "DatasetWriter":
        from contextlib import ExitStack

        self._exit = ExitStack().__enter__()
        try:
            self._handles["documents.jsonl"] = self._exit.enter_context(atomic_open(self.outdir / "documents.jsonl"))
            for table in TABLES:
                handle = self._exit.enter_context(atomic_open(self.outdir / f"{table}.csv"))
                writer = csv.DictWriter(handle, fieldnames=COLUMNS[table], lineterminator="\n",
                                        extrasaction="ignore")
                writer.writeheader()
                self._handles[table], self._writers[table] = handle, writer
            self._spool = self._exit.enter_context(tempfile.TemporaryFile(
                "w+", encoding="utf-8", prefix=".entities.csv.", suffix=".tmp", dir=self.outdir))
        except OSError as exc:
            self._exit.__exit__(type(exc), exc, exc.__traceback__)
            raise OutputError(Errors.E401.format(path=self.outdir, reason=exc.strerror or exc)) from exc
        return self

    def add(self, record: Mapping[str, Any]) -> None:
        self._handles["documents.jsonl"].write(dumps(record) + "\n")
        self.identities.add(record)
        for table, table_rows in rows(record).items():
            for row in table_rows:
                if table in ENTITY_TABLES:
                    self._spool.write(dumps([table, row]) + "\n")
                else:
                    self._writers[table].writerow({k: _cell(row.get(k)) for k in COLUMNS[table]})
            self._counts[table] += len(table_rows)

    @property
    def counts(self) -> dict[str, int]:
        """Rows per table so far (``entities``: the corpus-level entities of the records added)."""
        return {**self._counts, "entities": self.identities.count()}

    def add_failures(self, failures: Sequence[Failure]) -> None:
        ordered_failures = sorted(failures, key=failure_order)
        for f in ordered_failures:
            self._writers["errors"].writerow({k: _cell(v) for k, v in failure_row(f).items()})
        self._counts["errors"] += len(ordered_failures)

    def _write_entity_tables(self) -> None:
        """The spooled rows with their corpus-level ids, then entities.csv."""
        self.identities.resolve()
        tables = {"people": "people", "places": "places", "organizations": "organizations"}
        kinds = {"person": "people", "place": "places", "organization": "organizations"}
        self._spool.seek(0)
        for line in self._spool:
            table, row = json.loads(line)
            if table in tables:
                row["entity_id"] = self.identities.entity_id(table, row[f"{KIND_OF[table]}_id"])
            else:
                row["entity_id"] = self.identities.entity_id(kinds[row["kind"]], row["item_id"])
            self._writers[table].writerow({k: _cell(row.get(k)) for k in COLUMNS[table]})
        for row in self.identities.rows():
            self._writers["entities"].writerow({k: _cell(row.get(k)) for k in COLUMNS["entities"]})

    def __exit__(self, *exc_info: Any) -> None:
        if exc_info[0] is None:
            try:
                self._write_entity_tables()
            except BaseException as exc:
                self._exit.__exit__(type(exc), exc, exc.__traceback__)
                raise
        self._exit.__exit__(*exc_info)


KIND_OF = {"people": "person", "places": "place", "organizations": "organization"}


def write_json(path: Path, obj: Any) -> None:
    with atomic_open(path) as handle:
        handle.write(dumps(obj, indent=2) + "\n")
