"""Ingest, one Article from text and metadata: publication date, title given apart, --day-first."""

from __future__ import annotations

import json

import pytest

from pipeline.ingest import iter_articles, make_article


@pytest.mark.parametrize(
    "text",
    [
        "LONDON, March 3 (AFP) -- Britain said no.",  # no year: not a publication date
        "Plain story with no date at all. It continues.",
        "Officials met on Thursday. They said so.",
    ],
)
def test_publication_date_is_never_invented(text):
    article = make_article(text, source="x", doc_id="x")
    assert article.published is None
    assert "W007" in [w.code for w in article.warnings]


def test_metadata_date_wins_over_dateline():
    article = make_article("PARIS (AFP - 3rd May, 2021) Shares fell.", source="x", doc_id="x", published="2021-05-04")
    assert (article.published, article.published_from) == ("2021-05-04", "input")


def test_unreadable_metadata_date_is_a_warning():
    article = make_article("Shares fell. Then rose.", source="x", doc_id="x", published="not a date")
    assert article.published is None
    assert "W006" in [w.code for w in article.warnings]


def test_title_given_apart_is_put_in_front_of_the_text():
    article = make_article("Shares fell on Monday.", source="x", doc_id="x", title="Markets  slide")
    assert article.text.startswith("Markets slide\n\n")
    start, end = article.title_span
    assert article.text[start:end] == "Markets slide"


@pytest.mark.issue(9)
@pytest.mark.parametrize("day_first, expected", [(False, "2019-04-05"), (True, "2019-05-04")])
def test_issue9_day_first_reaches_the_header_date_line(tmp_path, day_first, expected):
    text = "Markets rally on trade hopes\n04/05/2019\n\nShares rose on Friday, traders said.\n"
    assert make_article(text, source="a.txt", doc_id="a", day_first=day_first).published == expected
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "b.jsonl").write_text(json.dumps({"id": "b", "text": "Shares rose.", "published": "04/05/2019"})
                                      + "\n", encoding="utf-8")
    found = {a.doc_id: a.published for a in iter_articles([tmp_path], day_first=day_first)}
    assert found == {"a": expected, "b": expected}
