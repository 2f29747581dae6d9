"""Assemble ``OUTDIR/report.html`` from a run's outputs: one file, no network, opens in any browser.

The page is written as a stream, one article at a time, so the corpus is never held in memory:

1. the head, with the stylesheet (``assets/report.css``) and the highlight colours;
2. one inert ``<script type="text/x-factbox-article">`` block per article holding its pre-rendered view
   (displaCy-highlighted text, its entities, dates, money and events). The browser does not parse these
   into elements until an article is opened, which keeps a corpus of thousands of articles quick to open;
3. the corpus-wide data (``collect.Collector``) as one JSON block, the world outlines as an inline SVG,
   and the script (``assets/report.js``) that draws the overview, the timeline, the map and the tables.

Nothing in the page depends on the time or the machine it was built on: the same outputs give the same
bytes.
"""

from __future__ import annotations

import csv
import functools
import html
import json
import os
import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Mapping
from urllib.parse import urlsplit

import jinja2

from .. import tables
from ..errors import ConfigError, Errors, OutputError
from ..version import __version__
from ..write import atomic_open
from .collect import Collector, event_when, numbered_events
from .highlight import KINDS, date_tip, money_tip, org_tip, person_tip, place_tip, render, spans

REPORT_NAME = "report.html"


@dataclass(frozen=True)
class ReportSummary:
    """What :func:`write_report` wrote: the CLI prints it, tests assert on it."""

    path: Path
    articles: int
    events: int
    bytes: int


def _asset(name: str) -> str:
    return (resources.files("pipeline.report") / "assets" / name).read_text(encoding="utf-8")


@functools.cache
def _environment() -> jinja2.Environment:
    loader = jinja2.FunctionLoader(lambda name: _asset(name))
    return jinja2.Environment(
        loader=loader, autoescape=True, undefined=jinja2.StrictUndefined, keep_trailing_newline=True
    )


@functools.cache
def world_svg_paths() -> str:
    """The country outlines as SVG ``<path>`` elements (x = longitude, y = -latitude), keyed by ISO code."""
    world = tables.load_json("generated/world.json")
    out = []
    for c in world["countries"]:
        cc = f' data-cc="{html.escape(c["cc"])}"' if c.get("cc") else ""
        out.append(f'<path{cc} d="{c["d"]}"><title>{html.escape(c["name"])}</title></path>')
    return "".join(out)


def script_json(value: Any) -> str:
    """JSON safe to put inside a ``<script>`` element: no ``</script>`` or ``<!--`` can appear in it."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def _inert(markup: str) -> str:
    """Article markup for a ``<script type=text/x-...>`` block; everything in it is already escaped, so this
    only guards against a ``</script`` or ``<!--`` that would end or confuse the block."""
    return markup.replace("</script", "&lt;/script").replace("<!--", "&lt;!--")


def _esc(value: Any) -> str:
    return html.escape("" if value is None else str(value), quote=True)


RE_UNSAFE_URL = re.compile(r"[\x00-\x20\x7f\\]")  # spaces, controls and backslashes: browsers rewrite them


def _url(url: Any) -> str:
    """An article's URL: a link only for a plain ``http(s)://host...`` URL; anything else (``javascript:``,
    ``data:``, relative or odd URLs) is shown as text, so the page never links to script."""
    url = str(url).strip()
    parts = urlsplit(url) if not RE_UNSAFE_URL.search(url) else None
    if parts is None or parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return f"<span class=\"url\">{_esc(url)}</span>"
    return f'<a href="{_esc(url)}" rel="noreferrer">{_esc(url)}</a>'


def _items(title: str, entries: list[str], *, css: str = "") -> str:
    if not entries:
        return ""
    cls = f' class="{css}"' if css else ""
    return f"<h3>{_esc(title)} <small>{len(entries)}</small></h3><ul{cls}>" + "".join(entries) + "</ul>"


def _header(record: Mapping[str, Any], dropped: int) -> str:
    """Title, provenance line, and the article's warnings."""
    meta = [f"<code>{_esc(record.get('doc_id'))}</code>"]
    if record.get("published"):
        meta.append(f"published {_esc(record['published'])} ({_esc(record.get('published_from') or '?')})")
    else:
        meta.append("no publication date")
    dl = record.get("dateline") or {}
    if dl.get("place") or dl.get("agency"):
        meta.append("dateline " + _esc(" / ".join(str(x) for x in (dl.get("place"), dl.get("agency")) if x)))
    if record.get("byline"):
        meta.append(f"by {_esc(record['byline'])}")
    meta.append(_esc(record.get("source")))
    if record.get("url"):
        meta.append(_url(record["url"]))
    notes = [f'<li class="warn"><b>{_esc(w.get("code"))}</b> {_esc(w.get("message"))}</li>'
             for w in record.get("warnings") or ()]
    if dropped:
        notes.append(f'<li class="note">{dropped} overlapping or out-of-range mention(s) not highlighted; '
                     "the lists on the right have them all.</li>")
    title = record.get("title") or record.get("doc_id") or "(untitled)"
    return (f'<h2>{_esc(title)}</h2><p class="meta">{" · ".join(meta)}</p>'
            + (f'<ul class="notes">{"".join(notes)}</ul>' if notes else ""))


def _event_items(i: int, record: Mapping[str, Any]) -> list[str]:
    """One list item per event, linking to ``#a/DOC/N`` (the page then marks the sentence)."""
    items = []
    for n, e in numbered_events(record):
        label = f"{event_when(e) or 'undated'} · {e.get('type') or 'other'}"
        if e.get("trigger"):
            label += f" · {e['trigger']}"
        flags = [flag for flag, on in (("inherited date", e.get("date_inherited")), ("negated", e.get("negated")))
                 if on]
        if e.get("tense"):
            flags.append(str(e["tense"]))
        # a continuation (following sentences without a date of their own) is marked with the sentence
        context = e.get("context_end")
        late = isinstance(context, int) and isinstance(e["end"], int) and context > e["end"]
        context_attr = f' data-ce="{_esc(context)}"' if late else ""
        items.append(f'<li id="ev-{i}-{n}"><a href="#a/{i}/{n}" data-s="{_esc(e["start"])}" data-e="{_esc(e["end"])}"'
                     f"{context_attr}>{_esc(label)}</a>"
                     + (f" <small>({_esc(', '.join(flags))})</small>" if flags else "")
                     + f'<div class="ctx">{_esc(e.get("date_text"))}</div></li>')
    return items


def _entity_items(i: int, entities: Iterable[Mapping[str, Any]], tip: Callable[[Any], str]) -> list[str]:
    """People, places or organizations, most mentioned first, each linking to its mentions."""
    items = []
    for e in sorted(entities, key=lambda e: (-len(e.get("mentions") or ()), e.get("name") or "")):
        mentions = e.get("mentions") or ()
        # the link marks every mention of the entity in the text
        ranges = ",".join(f"{m['start']}-{m['end']}" for m in sorted(mentions, key=lambda m: m["start"]))
        target = _esc(f"#a/{i}/@{ranges}" if ranges else f"#a/{i}")
        roles = f'<div class="ctx">{_esc("; ".join(e["roles"]))}</div>' if e.get("roles") else ""
        text = tip(e)
        title = f' title="{_esc(text)}"' if text != e.get("name") else ""  # only when it adds something
        items.append(f'<li><a href="{target}"{title}>{_esc(e.get("name"))}</a> '
                     f"<small>{len(mentions)}</small>{roles}</li>")
    return items


def _value_items(i: int, values: Iterable[Mapping[str, Any]], tip: Callable[[Any], str]) -> list[str]:
    """Dates or money in text order: as written, then the normalized value."""
    return [f'<li><a href="#a/{i}/@{_esc(v["start"])}-{_esc(v["end"])}">{_esc(v.get("text"))}</a> '
            f'<span class="val">{_esc(tip(v))}</span></li>'
            for v in sorted(values, key=lambda v: (v.get("start", 0), v.get("end", 0)))]


def article_view(i: int, record: Mapping[str, Any]) -> str:
    """The pre-rendered view of article ``i``: header, highlighted text and a side panel of what was found."""
    kept, dropped = spans(record)
    aside = "".join([
        _items("Events", _event_items(i, record), css="events"),
        _items("People", _entity_items(i, record.get("people") or (), person_tip)),
        _items("Places", _entity_items(i, record.get("places") or (), place_tip)),
        _items("Organizations", _entity_items(i, record.get("organizations") or (), org_tip)),
        _items("Dates", _value_items(i, record.get("dates") or (), date_tip)),
        _items("Money", _value_items(i, record.get("money") or (), money_tip)),
    ])
    return (_header(record, dropped)
            + f'<div class="doc"><div class="doc-text">{render(record.get("text") or "", kept)}</div>'
            f"<aside>{aside}</aside></div>")


def _read_records(path: Path) -> Iterator[dict[str, Any]]:
    """The records of ``documents.jsonl``, each checked against the record schema (and its offsets) before
    anything of it is rendered: a hand-edited or damaged line stops the report with E452."""
    from ..schema import is_valid, problems

    with open(path, encoding="utf-8") as handle:
        for line_no, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except ValueError as exc:
                raise OutputError(Errors.E452.format(path=path, line=line_no, reason=exc)) from None
            if not isinstance(record, dict):
                raise OutputError(Errors.E452.format(path=path, line=line_no, reason="not a JSON object"))
            if not is_valid(record):
                found = problems(record)
                reason = "; ".join(found[:3]) + (f"; and {len(found) - 3} more" if len(found) > 3 else "")
                raise OutputError(Errors.E452.format(path=path, line=line_no, reason=reason))
            yield record


def _read_errors(path: Path) -> list[dict[str, Any]]:
    if not path.exists():
        return []
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _meta(outdir: Path) -> dict[str, Any]:
    try:
        manifest = json.loads((outdir / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        manifest = {}
    return {
        "model": manifest.get("model") or {},
        "pipeline_version": manifest.get("pipeline_version"),
        "report_version": __version__,
        "settings": manifest.get("settings") or {},
        "inputs": len(manifest.get("inputs") or ()),
        "kinds": {kind: list(value) for kind, value in KINDS.items()},
    }


def write_report(outdir: str | os.PathLike, *, path: str | os.PathLike | None = None) -> ReportSummary:
    """Write the review report of the run in ``outdir`` (``documents.jsonl`` and friends) to one HTML file.

    Args:
        outdir: A folder written by ``factbox run``.
        path: Where to write the report (default ``OUTDIR/report.html``).

    Raises:
        ConfigError: ``outdir`` holds no ``documents.jsonl`` (E451).
        OutputError: a line of ``documents.jsonl`` is not a record (E452), or the report cannot be written.
    """
    out = Path(outdir)
    documents = out / "documents.jsonl"
    if not documents.is_file():
        raise ConfigError(Errors.E451.format(path=outdir))
    target = Path(path) if path is not None else out / REPORT_NAME
    collector = Collector()
    meta = _meta(out)

    def articles() -> Iterator[str]:
        for record in _read_records(documents):
            i = collector.add(record)
            yield (
                f'<script type="text/x-factbox-article" id="a-{i}">{_inert(article_view(i, record))}'
                "</script>\n"
            )

    result: dict[str, Any] = {}

    def data() -> str:
        """Called by the template after the last article block, when the collector has seen them all."""
        collector.add_errors(_read_errors(out / "errors.csv"))
        result.update(collector.data(meta))
        return script_json(result)

    template = _environment().get_template("report.html")
    colours = "".join(
        f'mark[data-k="{kind}"]{{--c:{colour}}}mark[data-k="{kind}"]::after{{content:"{label}"}}'
        f".k-{kind}{{--c:{colour}}}"
        for kind, (label, colour) in KINDS.items()
    )
    try:
        with atomic_open(target) as handle:
            for chunk in template.generate(
                css=_asset("report.css") + colours,
                js=_asset("report.js"),
                world=world_svg_paths(),
                articles=articles(),
                data=data,
                version=__version__,
            ):
                handle.write(chunk)
    except OSError as exc:
        raise OutputError(Errors.E401.format(path=target, reason=exc.strerror or exc)) from exc
    counts = result["counts"]
    return ReportSummary(
        path=target, articles=counts["articles"], events=counts["events"], bytes=target.stat().st_size
    )
