"""Stage 5: the record dict, the CSV rows, byte-stable and atomic writing."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from pipeline.records import Article, EntityMention, Failure, MoneyAmount, Person, Record, TimeExpression
from pipeline.write import COLUMNS, DatasetWriter, atomic_open, number, record_to_dict, rows, to_csv

TEXT = "Jane Doe paid $5 million on May 3, 2020."


def small_record(doc_id="d1") -> dict:
    article = Article(doc_id=doc_id, source=f"{doc_id}.txt", text=TEXT, published="2020-05-04")
    record = Record(
        article=article,
        model={"name": "en_test", "version": "1.0"},
        people=(Person("Jane Doe", mentions=(EntityMention(0, 8, "Jane Doe"),)),),
        money=(MoneyAmount("$5 million", 14, 24, Decimal("5000000"), "USD", currency_assumed=True, id="m1",
                           currency_source="context", per="share"),),
        dates=(TimeExpression("May 3, 2020", 28, 39, "DATE", "2020-05-03", "2020-05-03", "2020-05-03", "day"),),
    )
    return record_to_dict(record)


@pytest.mark.parametrize("value, expected", [(Decimal("5000000"), 5000000), (Decimal("0.67"), 0.67), (None, None),
                                             (Decimal("1.50"), 1.5)])
def test_number(value, expected):
    assert number(value) == expected and type(number(value)) is type(expected)


def test_record_dict_has_the_documented_keys():
    record = small_record()
    assert {"schema_version", "doc_id", "source", "sha256", "title", "published", "dateline", "byline", "text",
            "model", "pipeline_version", "people", "places", "organizations", "money", "dates", "events",
            "warnings"} <= set(record)
    assert record["money"][0]["amount"] == 5000000 and record["money"][0]["currency"] == "USD"


def test_rows_cover_every_table_but_errors_and_entities():
    out = rows(small_record())
    assert set(out) == set(COLUMNS) - {"errors", "entities"}
    assert out["people"][0]["person_id"] == "d1:p1"
    assert out["mentions"][0] == {"doc_id": "d1", "kind": "person", "item_id": "d1:p1", "entity_id": None,
                                  "name": "Jane Doe", "start": 0, "end": 8, "text": "Jane Doe"}
    assert out["dates"][0]["value"] == "2020-05-03"


@pytest.mark.issue(12)
def test_the_writer_gives_corpus_level_entity_ids(tmp_path):
    with DatasetWriter(tmp_path) as writer:
        for doc_id in ("a", "b"):
            writer.add(small_record(doc_id))
    people = (tmp_path / "people.csv").read_text().splitlines()
    assert people[0].startswith("doc_id,person_id,entity_id,name")
    assert [line.split(",")[:3] for line in people[1:]] == [["a", "a:p1", "person:jane-doe"],
                                                            ["b", "b:p1", "person:jane-doe"]]
    assert (tmp_path / "entities.csv").read_text() == (
        "entity_id,kind,name,aliases,articles,mentions\nperson:jane-doe,person,Jane Doe,,2,2\n")
    mentions = (tmp_path / "mentions.csv").read_text().splitlines()
    assert mentions[1] == "a,person,a:p1,person:jane-doe,Jane Doe,0,8,Jane Doe"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")) == []


def test_to_csv_renders_cells_one_way():
    csv_text = to_csv("money", rows(small_record())["money"])
    assert csv_text == ("doc_id,money_id,start,end,text,amount,amount_high,currency,approximate,mod,currency_assumed,"
                        "currency_source,per,equivalent_of,role\n"
                        "d1,d1:m1,14,24,$5 million,5000000,,USD,false,,true,context,share,,\n")


def test_dataset_writer_is_deterministic(tmp_path):
    def write(out: Path) -> dict[str, bytes]:
        with DatasetWriter(out) as writer:
            for doc_id in ("a", "b"):
                writer.add(small_record(doc_id))
            writer.add_failures([Failure("z.txt", None, "ingest", "E101", "[E101] empty"),
                                 Failure("b.jsonl:2", 2, "ingest", "E105", "[E105] bad")])
        return {p.name: p.read_bytes() for p in sorted(out.iterdir())}

    first, second = write(tmp_path / "one"), write(tmp_path / "two")
    assert first == second
    assert set(first) == {"documents.jsonl", *(f"{t}.csv" for t in COLUMNS)}
    assert first["errors.csv"].decode().splitlines()[1].startswith("b.jsonl:2,2,ingest,E105")


def test_atomic_open_leaves_nothing_on_failure(tmp_path):
    target = tmp_path / "table.csv"
    target.write_text("old\n")
    with pytest.raises(RuntimeError):
        with atomic_open(target) as handle:
            handle.write("half a ta")
            raise RuntimeError("killed")
    assert target.read_text() == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["table.csv"]


@pytest.mark.issue(9)
def test_issue9_errors_are_sorted_by_input_then_line_number(tmp_path):
    lines = [11, 4, 100, 2]
    failures = [Failure(f"b.jsonl:{n}", n, "ingest", "E105", "m") for n in lines]
    failures += [Failure("a.txt", None, "ingest", "E101", "m"), Failure("b.jsonl", None, "ingest", "E103", "m")]
    with DatasetWriter(tmp_path) as writer:
        writer.add_failures(failures)
    import csv

    with open(tmp_path / "errors.csv", encoding="utf-8", newline="") as handle:
        order = [row["input"] for row in csv.DictReader(handle)]
    assert order == ["a.txt", "b.jsonl", "b.jsonl:2", "b.jsonl:4", "b.jsonl:11", "b.jsonl:100"]
