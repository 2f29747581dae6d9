"""Stage 1: decoding, cleaning, header parsing, files and JSONL lines."""

from __future__ import annotations

import codecs
import hashlib
import json
from pathlib import Path

import pytest

from pipeline.errors import ConfigError, IngestError
from pipeline.ingest import (
    clean,
    decode,
    iter_articles,
    make_article,
    parse_header,
    read_file,
    read_jsonl_line,
)
from pipeline.records import Article, Failure

TEXT = "Café owners in Zürich said on Tuesday the “crème brûlée” tax — 5 € per dish — was unfair."


# -------------------------------------------------------------------------------------------- decoding
@pytest.mark.parametrize(
    "data, encoding",
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8-sig"),
        (TEXT.encode("utf-16"), "utf-16-le"),
        (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16-be"),
        (TEXT.encode("utf-16-le"), "utf-16-le"),
        (TEXT.encode("utf-16-be"), "utf-16-be"),
        (TEXT.encode("cp1252"), "cp1252"),
    ],
)
def test_decode_encodings(data, encoding):
    text, used, warnings = decode(data, "x.txt")
    assert text == TEXT
    assert used == encoding
    assert [w.code for w in warnings] == ([] if encoding.startswith("utf-8") else ["W001"])


def test_decode_latin1():
    text, used, warnings = decode("Señor Muñoz visited Málaga.".encode("latin-1"), "x.txt")
    assert text == "Señor Muñoz visited Málaga."
    assert [w.code for w in warnings] == ["W001"]


@pytest.mark.parametrize(
    "data, code",
    [
        (b"", "E101"),
        (b"   \n\t\r\n  ", "E101"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "E102"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "E102"),
        (b"some text\x00\x00\x01\x02\xff\xfe binary \x00 junk \x00\x00\x00", "E102"),
    ],
)
def test_decode_rejects(data, code):
    with pytest.raises(IngestError, match=code):
        decode(data, "bad.txt")


@pytest.mark.parametrize(
    "raw, expected, codes",
    [
        ("line one\r\nline two\rline three", "line one\nline two\nline three", []),
        ("The Kremlinâ€™s response", "The Kremlin\u2019s response", ["W002"]),
        ("Price\u00a0rose", "Price rose", []),
        ("zero\u200bwidth", "zerowidth", []),
        ("bell\x07here", "bell here", ["W005"]),
    ],
)
def test_clean(raw, expected, codes):
    text, warnings = clean(raw)
    assert text == expected
    assert [w.code for w in warnings] == codes


def test_clean_keeps_replacement_characters_with_a_warning():
    text, warnings = clean("universities\ufffd 40 students")
    assert text == "universities\ufffd 40 students"  # offsets stay true to the input
    assert [w.code for w in warnings] == ["W003"]


def test_clean_warns_about_a_very_long_line():
    _, warnings = clean("word " * 10_000)
    assert "W008" in [w.code for w in warnings]


# ---------------------------------------------------------------------------------------------- header
@pytest.mark.parametrize(
    "text, place, agency, date_text, body",
    [
        ("WASHINGTON (Reuters) - The Senate voted.", "Washington", "Reuters", None, "The Senate"),
        ("LONDON, March 3 (AFP) -- Britain said no.", "London", "AFP", "March 3", "Britain"),
        ("NEW YORK, April 5, 2019 /PRNewswire/ -- Acme Corp said.", "New York", "PRNewswire", "April 5, 2019", "Acme"),
        ("BEIJING, Jan. 5 (Xinhua) -- China said.", "Beijing", "Xinhua", "Jan. 5", "China"),
        ("KABUL, Afghanistan \u2014 A bomb exploded.", "Kabul", None, None, "A bomb"),
        ("SAN FRANCISCO (AP) \u2014 Apple said.", "San Francisco", "AP", None, "Apple"),
        ("MOSCOW (Agency News / Wire - 26th April, 2019) Officials met.", "Moscow", "Agency News / Wire",
         "26th April, 2019", "Officials"),
    ],
)
def test_dateline_forms(text, place, agency, date_text, body):
    header = parse_header(text)
    dateline = header["dateline"]
    assert (dateline.place, dateline.agency, dateline.date_text) == (place, agency, date_text)
    assert text[header["body_start"]:].startswith(body)
    assert text[dateline.place_start:dateline.place_end].lower() == place.lower()
    if date_text:
        assert text[dateline.date_start:dateline.date_end] == date_text


@pytest.mark.parametrize(
    "text",
    [
        "The US economy grew. It is big.",
        "NASA said on Monday it would launch.",
        "THE END of the story came early.",
        "I went home. Then I slept.",
    ],
)
def test_no_dateline_in_ordinary_prose(text):
    assert parse_header(text).get("dateline") is None


def test_header_title_byline_repeat_and_dateline():
    text = ("Markets slide on rate fears\n\n(@reporter1)\n\nMarkets slide on rate fears\n\n"
            "PARIS (Wire Service - 3rd May, 2021) Shares fell on Monday.")
    header = parse_header(text)
    assert header["title"] == "Markets slide on rate fears"
    assert header["title_span"] == (0, 27)
    assert header["byline"] == "@reporter1"
    assert header["dateline"].place == "Paris"
    assert header["published"] == "2021-05-03"
    assert header["published_from"] == "dateline"
    assert text[header["body_start"]:].startswith("Shares fell")


@pytest.mark.parametrize(
    "line, byline",
    [("By Jane Doe", "Jane Doe"), ("By JOHN SMITH and Ann Lee", "JOHN SMITH and Ann Lee"),
     ("By Jane Doe, Reuters", "Jane Doe")],
)
def test_byline(line, byline):
    header = parse_header(f"Title of the story\n\n{line}\n\nBody text starts here. It goes on.")
    assert header["byline"] == byline


def test_date_line_under_title_gives_publication_date():
    header = parse_header("Airbus wins order\n\nMarch 01, 2008\n\nAirbus has won an order.")
    assert (header["published"], header["published_from"]) == ("2008-03-01", "header")


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


# -------------------------------------------------------------------------------------- files and JSONL
def test_read_file_seed(seed_path):
    article = read_file(seed_path)
    assert article.doc_id == seed_path.stem
    assert article.published == "2019-04-26"
    assert article.dateline.place == "Moscow"
    assert article.byline and "people" not in article.byline
    assert article.text[article.body_start:].startswith("Russian President")


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


def test_iter_articles_mixed_folder(tmp_path):
    (tmp_path / "good.txt").write_text("Shares fell on Monday. They rose later.", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("  \n", encoding="utf-8")
    (tmp_path / "legacy.txt").write_bytes("Café prices rose in Zürich.".encode("cp1252"))
    (tmp_path / "wide.md").write_bytes("Prices rose in Berlin on Friday.".encode("utf-16"))
    (tmp_path / "scan.pdf").write_bytes(b"%PDF-1.4 binary")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (tmp_path / "notes.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("ignored", encoding="utf-8")
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "missing-target.txt")
    (tmp_path / "batch.jsonl").write_text(
        '{"id": "a", "text": "One story here."}\n{broken\n\n{"id": "b"}\n{"id": "a", "text": "Same id again."}\n'
        '{"text": "No id here."}\n', encoding="utf-8")
    items = list(iter_articles([tmp_path]))
    ok = {i.doc_id: i for i in items if isinstance(i, Article)}
    bad = {(Path(i.source).name, i.code) for i in items if isinstance(i, Failure)}
    no_id = "batch-" + hashlib.sha256(b'{"text": "No id here."}').hexdigest()[:10]  # named by its content
    assert set(ok) == {"a", no_id, "good", "legacy", "wide"}
    assert ok["legacy"].text == "Café prices rose in Zürich."
    assert "W001" in [w.code for w in ok["wide"].warnings]
    assert bad == {("empty.txt", "E101"), ("scan.pdf", "E102"), ("image.txt", "E102"), ("notes.csv", "E108"),
                   ("dangling.txt", "E103"), ("batch.jsonl:2", "E105"), ("batch.jsonl:4", "E106"),
                   ("batch.jsonl:5", "E107")}


def test_iter_articles_unreadable_file(tmp_path, monkeypatch):
    path = tmp_path / "locked.txt"
    path.write_text("Some text here.", encoding="utf-8")

    def deny(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("pipeline.ingest.open", deny, raising=False)  # root reads any file: deny by hand
    [failure] = list(iter_articles([path]))
    assert failure.code == "E103" and "Permission denied" in failure.message


def test_iter_articles_duplicate_file_stems_get_unique_ids(tmp_path):
    for sub in ("a", "b"):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "story.txt").write_text(f"Story from {sub}. It is short.", encoding="utf-8")
    ids = [i.doc_id for i in iter_articles([tmp_path])]
    assert ids[0] == "story" and ids[1].startswith("story~") and len(set(ids)) == 2


def test_iter_articles_missing_path_is_a_usage_error(tmp_path):
    with pytest.raises(ConfigError, match="E005"):
        list(iter_articles([tmp_path / "nope"]))


# ---------------------------------------------------------------------- issue 9: mixed UTF-8 and cp1252
MIXED_CASES = [
    ("Café owners met on Monday.\n\n", "Prices in Zürich rose – again, officials said.\n"),
    ("Le Monde’s report named José Müller.\n", "Señor Núñez paid €5 million for the château.\n"),
    ("Plain ASCII first paragraph.\n\nThen “smart quotes” in UTF-8.\n", "And a cp1252 naïve café.\n"),
]


@pytest.mark.issue(9)
@pytest.mark.parametrize("utf8_part, cp1252_part", MIXED_CASES)
def test_issue9_mixed_utf8_and_cp1252_repairs_only_the_bytes_that_are_not_utf8(utf8_part, cp1252_part):
    data = utf8_part.encode("utf-8") + cp1252_part.encode("cp1252") + utf8_part.encode("utf-8")
    text, encoding, warnings = decode(data, "mixed.txt")
    assert text == utf8_part + cp1252_part + utf8_part
    assert [w.code for w in warnings] == ["W010"]
    assert encoding == "utf-8+cp1252"


@pytest.mark.issue(9)
@pytest.mark.parametrize("text, codec", [
    ("Café prices rose in Zürich – again.", "cp1252"),
    ("Цены в Москве выросли в понедельник, сообщили чиновники.", "cp1251"),
])
def test_issue9_a_file_wholly_in_a_legacy_code_page_is_still_read_as_such(text, codec):
    decoded, encoding, warnings = decode(text.encode(codec), "legacy.txt")
    assert decoded == text and [w.code for w in warnings] == ["W001"]


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
