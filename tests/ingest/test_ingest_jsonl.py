"""Ingest, one JSONL line -> one Article: fields, their types, the coded errors."""

from __future__ import annotations

import json

import pytest

from pipeline.errors import IngestError
from pipeline.ingest import iter_articles, read_jsonl_line
from pipeline.records import Article

from helpers import write_jsonl


def test_read_jsonl_line():
    line = json.dumps({"id": "abc 1", "text": "Shares fell on Monday.", "title": "Slide",
                       "published": "2020-02-03", "url": "http://example.com/a"})
    article = read_jsonl_line(line, source="batch.jsonl", lineno=3, default_id="batch-3")
    assert isinstance(article, Article)
    assert (article.doc_id, article.source, article.published, article.url) == (
        "abc 1", "batch.jsonl:3", "2020-02-03", "http://example.com/a")  # the id exactly as given


@pytest.mark.parametrize(
    "line, code",
    [("{not json", "E105"), ('["a list"]', "E112"), ('{"title": "no text"}', "E106"), ('{"text": 5}', "E106"),
     ('{"text": "   "}', "E113")],
)
def test_read_jsonl_line_errors(line, code):
    with pytest.raises(IngestError, match=code):
        read_jsonl_line(line, source="b.jsonl", lineno=1, default_id="b-1")


@pytest.mark.issue(9)
@pytest.mark.parametrize("line, kind", [('["a", "b"]', "an array"), ('"just text"', "a string"), ("42", "a number"),
                                        ("null", "null")])
def test_issue9_a_json_line_that_is_not_an_object_says_each_line_must_be_one(line, kind):
    with pytest.raises(IngestError, match="E112") as caught:
        read_jsonl_line(line, source="b.jsonl", lineno=3, default_id="b-3")
    message = str(caught.value)
    assert kind in message and "each line must be one JSON object" in message and "b.jsonl:3" in message


@pytest.mark.issue(9)
@pytest.mark.parametrize("text", ["", "   ", "\n\t\n", "\x00\x01"])
def test_issue9_an_empty_text_field_has_its_own_message(text):
    with pytest.raises(IngestError, match="E113") as caught:
        read_jsonl_line(json.dumps({"id": "x", "text": text}), source="b.jsonl", lineno=2, default_id="b-2")
    assert "'text' field" in str(caught.value) and "file is empty" not in str(caught.value)


@pytest.mark.issue(9)
@pytest.mark.parametrize("field, value", [("title", 5), ("title", ["a"]), ("url", 5), ("url", {"href": "x"}),
                                          ("source", 3.5), ("title", True)])
def test_issue9_a_non_string_title_or_url_is_refused_with_e114(field, value):
    line = json.dumps({"id": "x", "text": "Officials met in Oslo.", field: value})
    with pytest.raises(IngestError, match="E114") as caught:
        read_jsonl_line(line, source="b.jsonl", lineno=1, default_id="b-1")
    assert f"'{field}'" in str(caught.value)


@pytest.mark.issue(9)
def test_issue9_string_title_and_url_still_pass():
    line = json.dumps({"id": "x", "text": "Officials met in Oslo.", "title": "Oslo talks", "url": None,
                       "source": "https://example.com/x"})
    article = read_jsonl_line(line, source="b.jsonl", lineno=1, default_id="b-1")
    assert (article.title, article.url) == ("Oslo talks", "https://example.com/x")


@pytest.mark.issue(9)
@pytest.mark.parametrize("doc_id", [4.5, True, ["a"], {"x": 1}])
def test_issue9_an_id_that_is_not_a_string_or_an_integer_is_refused(tmp_path, doc_id):
    path = write_jsonl(tmp_path / "batch.jsonl", [{"id": doc_id, "text": "Officials met in Oslo."}])
    [failure] = iter_articles([path])
    assert failure.code == "E114" and "'id'" in failure.message
