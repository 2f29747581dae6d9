"""Records and output folders made by hand for the report's tests (``from report_records import ...``)."""

from __future__ import annotations

import html
import json
import re
from decimal import Decimal
from pathlib import Path

from pipeline.records import (
    Article,
    EntityMention,
    Event,
    MoneyAmount,
    Organization,
    Person,
    Place,
    Record,
    TimeExpression,
)
from pipeline.write import record_to_dict

TEXT = "Ann Lee met Bo Kim in Paris on May 3, 2020.\n\nThey agreed a $5 million deal with Acme Corp in 2019."


def event(
    sentence_start: int,
    sentence_end: int,
    date: str,
    start: str,
    end: str,
    precision: str,
    date_text: str,
    trigger: str,
    trigger_start: int,
    kind: str = "meeting",
) -> Event:
    return Event(
        sentence=TEXT[sentence_start:sentence_end],
        start=sentence_start,
        end=sentence_end,
        date=date,
        start_date=start,
        end_date=end,
        precision=precision,
        date_text=date_text,
        date_start=TEXT.index(date_text),
        date_end=TEXT.index(date_text) + len(date_text),
        date_inherited=False,
        trigger=trigger,
        trigger_start=trigger_start,
        trigger_end=trigger_start + len(trigger),
        type=kind,
    )


def make_record(doc_id: str = "d1", *, coords: bool = True, warnings: tuple = ()) -> dict:
    """A complete record built from the record dataclasses (so it has the exact shape `run` writes)."""

    def at(s: str, nth: int = 0) -> EntityMention:
        start = TEXT.index(s) if nth == 0 else TEXT.index(s, TEXT.index(s) + 1)
        return EntityMention(start, start + len(s), s)

    article = Article(
        doc_id=doc_id,
        source=f"{doc_id}.txt",
        text=TEXT,
        published="2020-05-04",
        published_from="input",
        title=f"Title of {doc_id}",
        warnings=warnings,
    )
    record = Record(
        article=article,
        model={"name": "en_test", "version": "1.0"},
        people=(
            Person("Ann Lee", roles=("Minister",), mentions=(at("Ann Lee"),)),
            Person("Bo Kim", mentions=(at("Bo Kim"),)),
        ),
        places=(
            Place(
                "Paris",
                kind="city",
                country_code="FR",
                latitude=48.85 if coords else None,
                longitude=2.35 if coords else None,
                mentions=(at("Paris"),),
            ),
        ),
        organizations=(Organization("Acme Corp", aliases=("Acme",), mentions=(at("Acme Corp"),)),),
        money=(
            MoneyAmount(
                "$5 million",
                TEXT.index("$5"),
                TEXT.index("$5") + 10,
                Decimal("5000000"),
                "USD",
                currency_assumed=True,
                id="m1",
                currency_source="context",
            ),
        ),
        dates=(
            TimeExpression(
                "May 3, 2020",
                TEXT.index("May"),
                TEXT.index("May") + 11,
                "DATE",
                "2020-05-03",
                "2020-05-03",
                "2020-05-03",
                "day",
            ),
            TimeExpression(
                "2019",
                TEXT.index("2019"),
                TEXT.index("2019") + 4,
                "DATE",
                "2019",
                "2019-01-01",
                "2019-12-31",
                "year",
            ),
        ),
        events=(
            event(0, 43, "2020-05-03", "2020-05-03", "2020-05-03", "day", "May 3, 2020", "met", 8),
            event(
                45, len(TEXT), "2019", "2019-01-01", "2019-12-31", "year", "2019", "agreed", 50, "agreement"
            ),
        ),
        warnings=warnings,
    )
    return record_to_dict(record)


def make_outdir(folder: Path, records: list[dict], errors: str = "") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / "documents.jsonl", "w", encoding="utf-8") as handle:
        for r in records:
            handle.write(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n")
    (folder / "errors.csv").write_text("input,line,stage,code,message,doc_id\n" + errors, encoding="utf-8")
    (folder / "manifest.json").write_text(
        json.dumps(
            {
                "model": {"name": "en_test", "version": "1.0"},
                "pipeline_version": "0.0",
                "settings": {"day_first": False},
            }
        )
    )
    return folder


def visible_text(markup: str) -> str:
    """What a browser's textContent gives for displaCy markup: tags dropped, <br> as newline, unescaped."""
    return html.unescape(re.sub(r"<[^>]+>", "", markup.replace("<br>", "\n")))


def record_with(text: str, found) -> dict:
    """A bare record holding ``text`` and mentions ``(start, end, kind)`` of any highlight kind."""
    kinds = ("people", "places", "organizations", "dates", "events", "money")
    record: dict = {"text": text, **{k: [] for k in kinds}}
    key = {"person": "people", "place": "places", "org": "organizations"}
    for start, end, kind in found:
        if kind in key:
            record[key[kind]].append({"name": kind, "mentions": [{"start": start, "end": end, "text": ""}]})
        elif kind == "trigger":
            record["events"].append({"trigger_start": start, "trigger_end": end, "type": "other"})
        else:
            record["money" if kind == "money" else "dates"].append({"start": start, "end": end, "text": ""})
    return record


def hand_edited(tmp_path: Path, edit) -> Path:
    record = make_record("a")
    edit(record)
    return make_outdir(tmp_path / "out", [make_record("b"), record])


INJECTION = '1" onmouseover="alert(1)" x="'
