"""The report's corpus figures: entities merged across articles, events numbered as in events.csv."""

from __future__ import annotations

from report_records import make_record

from pipeline.records import (
    ArticleWarning,
)
from pipeline.report.collect import COLUMNS, Collector


def test_collector_merges_entities_across_articles():
    c = Collector()
    c.add(make_record("a"))
    c.add(make_record("b", coords=False, warnings=(ArticleWarning("W007", "[W007] No publication date."),)))
    data = c.data({})
    people = {p[0]: p for p in data["people"]}
    assert people["Ann Lee"] == ["Ann Lee", ["Minister"], [], 2, [0, 1]]
    paris = data["places"][0]
    assert paris[:6] == ["Paris", "city", "FR", 48.85, 2.35, 2] and paris[6] == [0, 1]
    assert data["organizations"] == [["Acme Corp", ["Acme"], 2, [0, 1]]]
    assert data["warnings"] == [["W007", 1, "[W007] No publication date."]]
    assert data["counts"]["articles"] == 2 and data["counts"]["events"] == 4
    assert data["docs"][1][COLUMNS["docs"].index("warnings")] == "W007"
    assert data["money"][0] == [0, "$5 million", "5000000", None, "USD", False, True, "context", None, None, "m1"]


def test_events_are_in_date_order_and_numbered_as_in_events_csv():
    c = Collector()
    c.add(make_record("a"))
    events = c.data({})["events"]
    at = {k: i for i, k in enumerate(COLUMNS["events"])}
    assert [(e[at["start_date"]], e[at["n"]], e[at["precision"]]) for e in events] == [
        ("2019-01-01", 2, "year"),
        ("2020-05-03", 1, "day"),
    ]


def test_errors_rows_are_kept_in_order():
    c = Collector()
    c.add_errors(
        [
            {"input": "b.pdf", "line": "", "stage": "ingest", "code": "E102", "message": "m", "doc_id": ""},
            {
                "input": "a.jsonl:3",
                "line": "3",
                "stage": "ingest",
                "code": "E105",
                "message": "m2",
                "doc_id": "",
            },
        ]
    )
    assert c.data({})["errors"] == [
        ["a.jsonl:3", 3, "ingest", "E105", "m2", None],
        ["b.pdf", None, "ingest", "E102", "m", None],
    ]
