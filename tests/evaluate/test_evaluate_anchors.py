"""The event–date anchor scorer (``factbox evaluate --anchors``), on hand-made gold and predictions."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.evaluate import anchors

TEXT = "Title\n\nMay 2, 2010\n\nGM said Friday it cut jobs. Sales rose in March."
SAID, FRIDAY, CUT, ROSE, MARCH = (23, 27), (28, 34), (38, 41), (54, 58), (62, 67)
GOLD_DOC = {"doc_id": "d1", "text": TEXT}
TRUTH = {"d1": {
    "events": [{"eid": "e1", "start": 23, "end": 27}, {"eid": "e2", "start": 38, "end": 41},
               {"eid": "e3", "start": 48, "end": 53}, {"eid": "e4", "start": 54, "end": 58}],
    "anchors": [
        {"event_start": 23, "event_end": 27, "timex_start": 28, "timex_end": 34, "type": "DATE", "value": "2010-04-30"},
        {"event_start": 54, "event_end": 58, "timex_start": 62, "timex_end": 67, "type": "DATE", "value": "2010-03"},
        {"event_start": 54, "event_end": 58, "timex_start": 0, "timex_end": 5, "type": "DURATION", "value": "P1D"},
    ],
}}


def event(trigger, date, value, *, start=21, end=48, type_="statement"):
    return {"start": start, "end": end, "trigger_start": trigger[0], "trigger_end": trigger[1],
            "date_start": date[0], "date_end": date[1], "date": value, "trigger": "x", "type": type_}


def test_text_offsets_are_right():
    assert [TEXT[a:b] for a, b in (SAID, FRIDAY, CUT, ROSE, MARCH)] == ["said", "Friday", "cut", "rose", "March"]


def test_all_found_with_right_values():
    record = {"events": [event(SAID, FRIDAY, "2010-04-30"), event(ROSE, MARCH, "2010-03", start=48, end=68)]}
    got = anchors.score([GOLD_DOC], [record], anchors=TRUTH)
    assert got["anchors"]["r"] == 1.0 and got["anchors"]["p"] == 1.0  # the DURATION anchor does not count
    assert got["value"]["f1"] == 1.0
    assert got["timexes"]["r"] == 1.0


def test_wrong_date_counts_against_precision_and_wrong_value_against_value():
    record = {"events": [event(SAID, MARCH, "2010-03"), event(ROSE, MARCH, "2011-03", start=48, end=68)]}
    got = anchors.score([GOLD_DOC], [record], anchors=TRUTH)
    assert (got["anchors"]["tp"], got["anchors"]["fn"]) == (1, 1)
    assert got["anchors"]["p"] == 0.5
    assert got["value"]["f1"] == 0.0


def test_events_on_unanchored_words_are_not_counted_and_types_are_reported():
    record = {"events": [event(CUT, FRIDAY, "2010-04-30", type_="other"),
                         {**event((48, 53), MARCH, "2010-03"), "trigger": "be"}]}
    got = anchors.score([GOLD_DOC], [record], anchors=TRUTH)
    assert got["anchors"]["p"] == 0.0 and got["anchors"]["tp"] == 0
    assert got["types"]["events"] == 2 and got["types"]["other_share"] == 0.5
    assert got["types"]["light_triggers"] == 1


def test_documents_without_anchors_are_skipped():
    got = anchors.score([{"doc_id": "zz", "text": TEXT}], [{"events": [event(SAID, FRIDAY, "x")]}], anchors=TRUTH)
    assert got["anchors"]["tp"] == got["anchors"]["fn"] == 0 and got["types"]["events"] == 0


def test_project_anchors_file_is_well_formed():
    path = Path(__file__).parents[1] / "data" / "meantime.anchors.jsonl"
    docs = anchors.load_anchors(path)
    assert len(docs) == 120
    for doc in docs.values():
        eids = {e["eid"] for e in doc["events"]}
        spans = {(e["start"], e["end"]) for e in doc["events"]}
        for a in doc["anchors"]:
            assert a["eid"] in eids and (a["event_start"], a["event_end"]) in spans
            assert a["type"] in ("DATE", "TIME") and a["value"]
    json.dumps(docs)


@pytest.mark.parametrize("name, count", [("events_dev", 11605), ("events_kept_out", 80)])
def test_invented_development_set_is_well_formed(name, count):
    # tests/data/events_dev*.jsonl (and the kept-out set beside it): the article records and their anchors agree,
    # offset by offset
    data = Path(__file__).parents[1] / "data"
    records = {r["doc_id"]: r for r in map(json.loads, (data / f"{name}.jsonl").read_text("utf-8").splitlines())}
    docs = anchors.load_anchors(data / f"{name}.anchors.jsonl")
    assert len(records) == len(docs) == count
    for doc_id, doc in docs.items():
        text = records[doc_id]["text"]
        for t in records[doc_id]["timexes"]:
            assert text[t["start"]:t["end"]] == t["text"] and t["type"] in ("DATE", "TIME", "DURATION", "SET")
        for a in doc["anchors"]:
            assert text[a["event_start"]:a["event_end"]] == a["event_text"]
            assert text[a["timex_start"]:a["timex_end"]] == a["timex_text"] and a["type"] in ("DATE", "TIME")
