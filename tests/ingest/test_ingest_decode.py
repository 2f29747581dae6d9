"""Ingest, bytes -> text: encodings, BOMs, binary files, mixed UTF-8 and cp1252, cleaning."""

from __future__ import annotations

import codecs

import pytest

from pipeline.errors import IngestError
from pipeline.ingest import clean, decode

TEXT = "Café owners in Zürich said on Tuesday the “crème brûlée” tax — 5 € per dish — was unfair."


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
