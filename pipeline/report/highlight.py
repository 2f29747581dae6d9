"""One article's text with its mentions highlighted, rendered with spaCy's displaCy (``style="ent"``).

Works on the JSON record dict (what ``documents.jsonl`` holds), not on spaCy objects: the report is built
from a run's outputs, long after the Docs are gone. Every highlight carries a ``title`` tooltip with the
normalized value (a person's canonical name and roles, a place's name, country code and coordinates, a
date's TIMEX3 value and range, an amount and its currency), and a ``data-k`` kind the page styles and
filters on. displaCy cannot nest marks, so where mentions overlap the longer one is kept (ties go to the
kind listed first in ``KINDS``); :func:`spans` reports how many were left out.
"""

from __future__ import annotations

import html
from decimal import Decimal, InvalidOperation
from typing import Any, Iterable, Mapping, NamedTuple

from spacy import displacy
from spacy.displacy.render import DEFAULT_LABEL_COLORS

from .collect import event_when

# fmt: off
# kind -> (displaCy label, colour). Colours are displaCy's own, except money, whose default (#e4e7d2)
# is too close to the date colour to tell apart on a screen.
KINDS: dict[str, tuple[str, str]] = {
    "money": ("MONEY", "#b6e880"),
    "date": ("DATE", DEFAULT_LABEL_COLORS["DATE"]),
    "person": ("PERSON", DEFAULT_LABEL_COLORS["PERSON"]),
    "place": ("GPE", DEFAULT_LABEL_COLORS["GPE"]),
    "org": ("ORG", DEFAULT_LABEL_COLORS["ORG"]),
    "trigger": ("EVENT", DEFAULT_LABEL_COLORS["EVENT"]),
}
# fmt: on
PRIORITY = {kind: i for i, kind in enumerate(KINDS)}
# One line, no inline style: colours and the label tag come from the page's CSS, keyed on data-k, so
# thousands of articles share one stylesheet instead of repeating it on every mark, and the element's text is
# exactly the mention's text (character offsets map onto the rendered DOM).
TEMPLATE = '<mark data-k="{kind}" title="{tip}">{text}</mark>'


class Span(NamedTuple):
    """A highlight: half-open character offsets into the article text, a kind from KINDS and a tooltip."""

    start: int
    end: int
    kind: str
    tip: str


def _fmt_amount(value: Any) -> str | None:
    """``77900000`` -> ``77,900,000``; keeps decimals; None for what is not a number."""
    if value is None or isinstance(value, bool):
        return None
    try:
        d = Decimal(str(value))
    except (InvalidOperation, ValueError):
        return None
    if not d.is_finite():
        return None
    return f"{d:,f}" if d != d.to_integral_value() else f"{int(d):,}"


def money_tip(m: Mapping[str, Any]) -> str:
    """Tooltip of a money entry: ``77,900,000 USD (per share, currency assumed from context)``, ranges as
    ``5,000,000-6,000,000``."""
    amount, high = _fmt_amount(m.get("amount")), _fmt_amount(m.get("amount_high"))
    if amount is None:
        return "money: not normalized"
    value = f"{amount}-{high}" if high else amount
    notes = ["approximate"] if m.get("approximate") else []
    if m.get("mod") and m["mod"] != "APPROX":  # MORE_THAN, LESS_THAN, ...: "more than"
        notes.append(str(m["mod"]).lower().replace("_", " "))
    if m.get("per"):
        notes.append(f"per {m['per']}")
    if m.get("equivalent_of"):
        notes.append(f"converts {m['equivalent_of']}")
    if m.get("currency_assumed"):
        notes.append(f"currency assumed from {m['currency_source']}" if m.get("currency_source") else
                     "currency assumed")
    prefix = "~" if m.get("approximate") else ""
    suffix = f" ({', '.join(notes)})" if notes else ""
    return f"{prefix}{value} {m.get('currency') or '(no currency)'}{suffix}"


def date_tip(d: Mapping[str, Any]) -> str:
    """Tooltip of a dates[] entry: ``DATE 2019-04 · 2019-04-01..2019-04-30 · month``, or ``not resolved``."""
    kind = d.get("type") or "DATE"
    if not d.get("value"):
        return f"{kind}: not resolved"
    parts = [f"{kind} {d['value']}"]
    if d.get("start_date") and d.get("end_date") and d["start_date"] != d["end_date"]:
        parts.append(f"{d['start_date']}..{d['end_date']}")
    for key in ("precision", "mod", "anchor"):
        if d.get(key):
            parts.append(f"{key} {d[key]}" if key != "precision" else str(d[key]))
    return " · ".join(parts)


def person_tip(p: Mapping[str, Any]) -> str:
    """Tooltip of a person: canonical name, roles and other names."""
    parts = [p.get("name") or "?"]
    if p.get("roles"):
        parts.append("role: " + "; ".join(p["roles"]))
    if p.get("aliases"):
        parts.append("also: " + "; ".join(p["aliases"]))
    return " · ".join(parts)


def place_tip(p: Mapping[str, Any]) -> str:
    """Tooltip of a place: canonical name, kind, country code and coordinates when known."""
    parts = [p.get("name") or "?"]
    if p.get("kind"):
        parts.append(str(p["kind"]))
    if p.get("country_code"):
        parts.append(str(p["country_code"]))
    if isinstance(p.get("latitude"), (int, float)) and isinstance(p.get("longitude"), (int, float)):
        parts.append(f"{p['latitude']:.2f}, {p['longitude']:.2f}")
    else:
        parts.append("no coordinates")
    return " · ".join(parts)


def org_tip(o: Mapping[str, Any]) -> str:
    """Tooltip of an organization: canonical name and other names (acronyms)."""
    parts = [o.get("name") or "?"]
    if o.get("aliases"):
        parts.append("also: " + "; ".join(o["aliases"]))
    return " · ".join(parts)


def event_tip(e: Mapping[str, Any]) -> str:
    """Tooltip of an event trigger: type, date and precision."""
    when = event_when(e) or e.get("start_date") or "undated"
    inherited = " (inherited)" if e.get("date_inherited") else ""
    return f"event: {e.get('type') or 'other'} · {when}{inherited} · {e.get('precision') or '?'}"


def spans(record: Mapping[str, Any]) -> tuple[list[Span], int]:
    """The non-overlapping highlights of a record, in text order, and how many overlapping ones were dropped.

    Offsets outside the text or empty spans are skipped (counted as dropped), so a malformed record still
    renders.
    """
    size = len(record.get("text") or "")
    found: list[Span] = []
    found += [Span(m["start"], m["end"], "money", money_tip(m)) for m in record.get("money") or ()]
    found += [Span(d["start"], d["end"], "date", date_tip(d)) for d in record.get("dates") or ()]
    for key, kind, tip in (
        ("people", "person", person_tip),
        ("places", "place", place_tip),
        ("organizations", "org", org_tip),
    ):
        for entity in record.get(key) or ():
            text = tip(entity)
            found += [Span(m["start"], m["end"], kind, text) for m in entity.get("mentions") or ()]
    for e in record.get("events") or ():
        if isinstance(e.get("trigger_start"), int) and isinstance(e.get("trigger_end"), int):
            found.append(Span(e["trigger_start"], e["trigger_end"], "trigger", event_tip(e)))
    valid = [
        s
        for s in found
        if isinstance(s.start, int) and isinstance(s.end, int) and 0 <= s.start < s.end <= size
    ]
    # longest first, then by kind priority, then position: the greedy pass keeps the best non-overlapping set
    ranked = sorted(set(valid), key=lambda s: (-(s.end - s.start), PRIORITY[s.kind], s.start, s.tip))
    kept: list[Span] = []
    taken: list[tuple[int, int]] = []
    for s in ranked:
        if all(s.end <= a or b <= s.start for a, b in taken):
            kept.append(s)
            taken.append((s.start, s.end))
    kept.sort()
    return kept, len(found) - len(kept)


def render(text: str, highlights: Iterable[Span]) -> str:
    """``text`` as HTML with each highlight as a displaCy ``<mark>`` (newlines become ``<br>``)."""
    # an HTML parser reads a carriage return as a line feed; make that explicit so offsets stay exact
    text = text.replace("\r", "\n")
    ents = [
        {
            "start": s.start,
            "end": s.end,
            "label": KINDS[s.kind][0],
            "params": {"kind": s.kind, "tip": html.escape(s.tip, quote=True)},
        }
        for s in highlights
    ]
    return displacy.render(
        {"text": text, "ents": ents, "title": None},
        style="ent",
        manual=True,
        jupyter=False,
        options={"template": TEMPLATE},
    )


def article_html(record: Mapping[str, Any]) -> str:
    """The highlighted text of one record (displaCy markup), as the report shows it."""
    kept, _ = spans(record)
    return render(record.get("text") or "", kept)
