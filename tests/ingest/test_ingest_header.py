"""Ingest, the top of an article: title, byline, date line, wire dateline."""

from __future__ import annotations

import pytest

from pipeline.ingest import parse_header


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
        # AP, NYT, UPI and tokenized Reuters forms (issue 12)
        ("GREENVILLE, N.C. (AP) -- The mayor spoke.", "Greenville", "AP", None, "The mayor"),
        ("HARTFORD, Conn. _ The mayor spoke.", "Hartford", None, None, "The mayor"),
        ("TEHRAN (AP)_ Officials spoke.", "Tehran", "AP", None, "Officials"),
        ("DAMASCUS, Syria (AP) _ Officials spoke.", "Damascus", "AP", None, "Officials"),
        ("ST. PAUL (UPI) -- The governor spoke.", "St. Paul", "UPI", None, "The governor"),
        ("MADISON , Wisconsin ( Reuters ) - The governor spoke .", "Madison", "Reuters", None, "The governor"),
        ("TOLEDO, Jan 9 (AFP) - Officials met.", "Toledo", "AFP", "Jan 9", "Officials"),
        ("CHICAGO _ A judge ruled.", "Chicago", None, None, "A judge"),
        # the Reuters layout of the 1990s: a line of its own with an ISO date
        ("MILAN 1996-08-30\nShares fell .", "Milan", None, "1996-08-30", "Shares"),
        ("ORLANDO , Florida 1996-08-30\nRain fell .", "Orlando", None, "1996-08-30", "Rain"),
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


@pytest.mark.parametrize("text, agency, date_text, body", [
    # Reuters company news of the 2010s: a date and the agency, no place
    ("Aug 12 (Reuters) - Vantor Games Inc said on Monday it would buy a rival.", "Reuters", "Aug 12", "Vantor"),
    ("March 3 (AP) -- Police said the road was closed.", "AP", "March 3", "Police"),
])
def test_a_dateline_with_no_place(text, agency, date_text, body):
    header = parse_header(text)
    dateline = header["dateline"]
    assert (dateline.place, dateline.agency, dateline.date_text) == (None, agency, date_text)
    assert text[header["body_start"]:].startswith(body)
    assert text[dateline.date_start:dateline.date_end] == date_text


@pytest.mark.parametrize(
    "text",
    [
        "May 5 (weather permitting) - the fair opens.",
        "The US economy grew. It is big.",
        "NASA said on Monday it would launch.",
        "THE END of the story came early.",
        "I went home. Then I slept.",
    ],
)
def test_no_dateline_in_ordinary_prose(text):
    assert parse_header(text).get("dateline") is None


@pytest.mark.parametrize(
    "text, region",
    [
        ("GREENVILLE, N.C. (AP) -- The mayor spoke.", "N.C."),
        ("HARTFORD, Conn. _ The mayor spoke.", "Conn."),
        ("DAMASCUS, Syria (AP) _ Officials spoke.", "Syria"),
        ("MADISON , Wisconsin ( Reuters ) - The governor spoke .", "Wisconsin"),
        ("PARMA, W. Va. (AP) -- Rain fell.", "W. Va."),
        ("TOLEDO, Jan 9 (AFP) - Officials met.", None),
    ],
)
def test_dateline_region_and_its_offsets(text, region):
    dateline = parse_header(text)["dateline"]
    assert dateline.region == region
    if region:
        assert text[dateline.region_start:dateline.region_end] == region


@pytest.mark.parametrize(
    "heading",
    ["SOCCER - LEAGUE RESULTS .", "NHL ICE HOCKEY - STANDINGS", "GOLF - LEADING SCORES", "OIL - OUTPUT SEEN RISING"],
)
def test_a_section_heading_is_no_dateline_but_the_title(heading):
    header = parse_header(f"{heading}\nLONDON 1996-08-30\nResults of the day .")
    assert header["title"] == heading
    assert header["dateline"].place == "London"
    assert header["published"] == "1996-08-30"


def test_a_headline_with_a_final_period_above_a_dateline_is_the_title():
    text = "Rebels accuse army of shelling border town .\nKAMPALA 1996-10-24\nRebels said ."
    header = parse_header(text)
    assert header["title"] == "Rebels accuse army of shelling border town ."
    assert header["dateline"].place == "Kampala"
    assert text[header["body_start"]:] == "Rebels said ."


def test_a_dateline_is_never_the_title():
    text = "GREENVILLE, N.C. (AP) -- The mayor spoke on Monday.\nShe left."
    header = parse_header(text)
    assert header.get("title") is None
    assert header["dateline"].agency == "AP"


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


@pytest.mark.parametrize("text, published, title, body", [
    # archive layouts: a document number, then a date line that may give a clock time or a two-digit year
    ("ABC19980108.1830.0711\n01/08/1998 18:30:00.00\n\nThe Pope arrived in Cuba today.",
     "1998-01-08", None, "The Pope arrived"),
    ("wsj_0781\n11/02/89\nWALL STREET JOURNAL (J)\n\nNorthrop said yesterday its profit fell.",
     "1989-11-02", None, "WALL STREET"),
    ("NEWS STORY\nAPW19980227.0468\n1998-02-27 10:13:00\n\nWASHINGTON (AP) -- The Senate voted today.",
     "1998-02-27", "NEWS STORY", "The Senate voted"),
])
def test_archive_headers_give_the_publication_date(text, published, title, body):
    header = parse_header(text)
    assert (header["published"], header.get("title")) == (published, title)
    assert text[header["body_start"]:].lstrip().startswith(body)


def test_a_code_in_the_first_line_of_prose_is_no_document_number():
    header = parse_header("Model X2000 sales rose.\n\nThe company said sales of the X2000 rose 5%.")
    assert "published" not in header


def test_the_line_above_the_dateline_is_the_title_under_an_archive_label():
    text = ("NEWS STORY\nAPW19980301.0720\n1998-03-01 18:20:00\n\nUN chief heads to Baghdad\n\n"
            "UNITED NATIONS (AP) _ Secretary-General Kofi Annan left for Baghdad on Sunday.")
    header = parse_header(text)
    assert (header["title"], header["published"]) == ("UN chief heads to Baghdad", "1998-03-01")
    assert text[header["body_start"]:].lstrip().startswith("Secretary-General")


def test_a_deck_above_the_dateline_leaves_the_headline_the_title():
    text = "Storm batters coast\nThousands flee as winds reach 150 mph\nMIAMI (AP) -- A hurricane hit on Monday."
    assert parse_header(text)["title"] == "Storm batters coast"
