"""The top of an article: title, byline, a date line, and the wire dateline (``MOSCOW (Sputnik - 26th April,
2019)``, ``WASHINGTON (Reuters) -``, ``LONDON, March 3 (AFP) --``) that gives the place, the agency and, when
it has a full date, the publication date. A publication date is never guessed: no "today" fallback."""

from __future__ import annotations

import re
from typing import Any

from ..lang.dates import month_words, parse_complete_date
from ..records import Dateline

RE_HANDLE = re.compile(r"^\(?\s*(@\w{1,30})\s*\)?$")
RE_BYLINE = re.compile(
    r"^(?:By|BY|From)\s+(?P<name>[A-Z][\w.'\-]+(?:\s+(?:[A-Z][\w.'\-]+|and|&|de|van|von|al|bin|la|le|du)){0,8})"
    r"(?:\s*[,|/]\s*(?P<org>[^\n]{2,60}))?$"
)
MONTHS = rf"{month_words()}\.?"  # "Jan", "January", "Sept." (the words of dates_months.json)
WEEKDAY = r"(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?\s+)?"
DAY = r"\d{1,2}(?:st|nd|rd|th)?"
DATE_RE = (
    rf"{WEEKDAY}(?:{MONTHS}\s+{DAY}(?:,?\s+\d{{4}})?|{DAY}(?:\s+of)?\s+{MONTHS},?(?:\s+\d{{4}})?|"
    rf"\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}/\d{{1,2}}/\d{{4}})"
)
# a date line may give the time too ("01/08/1998 18:30:00.00", "1998-02-27 10:13:00"), and, on a line of its
# own, a two-digit year ("11/02/89" under the document number of 1980s wire and newspaper archives)
RE_DATE_LINE = re.compile(rf"^(?:(?:Published|Posted|Updated|Date)\s*:?\s*)?"
                          rf"(?P<date>{DATE_RE}|\d{{1,2}}/\d{{1,2}}/\d{{2}})"
                          r"(?:\s*[,|]?\s*\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s*[AaPp]\.?[Mm]\.?)?"
                          r"(?:\s*[A-Z]{2,4})?)?$")
# an archive's document number on a line of its own ("wsj_0781", "APW19980227.0468", "ABC19980108.1830.0711")
RE_DOC_ID = re.compile(r"^[A-Za-z]{2,10}[_-]?\d[\w.\-]*$")
# A dateline place: words in capitals ("NEW YORK", "WASHINGTON", "ST. LOUIS", "SAN FRANCISCO/LONDON"),
# optionally followed by a region in normal case or an AP abbreviation ("KABUL, Afghanistan", "BUFFALO,
# N.Y.", "SHARJAH , United Arab Emirates": wire copy of the 1990s was often tokenized, with spaced commas).
REGION = r"(?:[A-Z]\.\s?[A-Z][a-z]\.|(?:[A-Z]\.){1,3}|[A-Z][a-z]+\.?(?:\s[A-Z][a-z]+\.?){0,2})"
PLACE = (r"(?P<place>[A-Z][A-Z'.\-]+(?:[ /][A-Z][A-Z'.\-]+){0,4})"
         rf"(?:\s?,\s*(?!{MONTHS}\s+\d)(?P<region>{REGION}))?")
# The dash after a dateline: "--", "-", an em dash, ":" or the underscore of AP and NYT copy ("NEWARK, N.J. _").
DASH = r"(?P<dash>--|[-_\u2013\u2014:]|\u2015)"
RE_DATELINE = re.compile(
    rf"{PLACE}"
    rf"(?:\s?,\s*(?P<date>{DATE_RE}))?"
    r"(?:\s*(?:\(\s*(?P<agency>[^()\n]{2,100}?)\s*\)|/(?P<wire>[A-Za-z][^/\n]{1,40})/))?"
    rf"[ \t]*{DASH}?\s*"
)
# The Reuters layout of the 1990s: the dateline is a line of its own, the place and an ISO date
# ("LONDON 1996-08-31", "VAIL , Colorado 1996-08-15").
RE_DATELINE_LINE = re.compile(rf"{PLACE}\s+(?P<date>\d{{4}}-\d{{2}}-\d{{2}})[ \t]*(?=\n|$)\s*")
# Reuters company news of the 2010s has no place: "Jan 9 (Reuters) - Solvera Networks Inc forecast ..."
RE_DATE_AGENCY = re.compile(rf"(?P<date>{DATE_RE})\s*\(\s*(?P<agency>[A-Z][\w.&' -]{{1,40}}?)\s*\)[ \t]*{DASH}\s*")
RE_AGENCY_DATE = re.compile(rf"^(?P<agency>.*?)\s*[-\u2013\u2014,]\s*(?P<date>{DATE_RE})$")


def _lines(text: str, limit: int = 8) -> list[tuple[int, int, str]]:
    """The first ``limit`` non-empty lines as ``(start, end, stripped text)``."""
    out = []
    for m in re.finditer(r"[^\n]+", text):
        line = m.group()
        if line.strip():
            lead = len(line) - len(line.lstrip())
            out.append((m.start() + lead, m.start() + len(line.rstrip()), line.strip()))
            if len(out) >= limit:
                break
    return out


def _doc_id(line: str) -> bool:
    return bool(RE_DOC_ID.match(line)) and sum(c.isdigit() for c in line) >= 4


def _looks_like_title(line: str) -> bool:
    words = line.split()
    return 0 < len(words) <= 30 and len(line) <= 250 and not line.endswith((".", "?", "!", ":", ";", ",")) \
        or (0 < len(words) <= 20 and line.endswith(("?", "!")))


def _known_place(name: str) -> bool:
    """Does the gazetteer know ``name`` as a place? (A word in capitals before a dash is a section heading,
    "SOCCER -", "NHL ICE HOCKEY -", unless it is a place.)"""
    from ..lang.gazetteer import gazetteer

    return bool(gazetteer().candidates(name))


def _parse_dateline(text: str, start: int) -> tuple[Dateline, int] | None:
    """Parse a wire dateline at ``start``; return it and the offset where the story begins."""
    m = RE_DATELINE_LINE.match(text, start)
    own_line = m is not None
    if not own_line:
        m = RE_DATELINE.match(text, start)
        if not m or not (m.group("agency") or m.group("wire") or m.group("dash")):
            return _date_agency(text, start)
    place = m.group("place").rstrip()
    # "THE", "A" or a shouting sentence is not a place; a dateline place is short and followed by prose.
    if len(place) < 2 or place in {"THE", "A", "AN", "I", "BREAKING", "UPDATE", "FACTBOX", "FACT BOX"}:
        return None
    if not own_line:
        if not m.group("agency") and not m.group("wire") and m.group("dash") in (None, ":"):
            return None
        # only a dash: the words before it are a place the gazetteer knows, or a heading ("SOCCER - ...")
        if not m.group("agency") and not m.group("wire") and not m.group("date") and not (
            _known_place(place) or (m.group("region") and _known_place(m.group("region")))
        ):
            return None
        rest = text[m.end(): m.end() + 2]
        if not rest or not (rest[0].isupper() or rest[0] in "\"'\u201c\u2018(" or rest[0].isdigit()):
            return None
    agency = None if own_line else m.group("agency") or m.group("wire")
    date_text, date_start = m.group("date"), m.start("date") if m.group("date") else None
    if agency:
        agency_start = m.start("agency") if m.group("agency") else m.start("wire")
        inner = RE_AGENCY_DATE.match(agency)
        if inner:
            date_text = inner.group("date")
            date_start = agency_start + inner.start("date")
            agency = inner.group("agency")
        agency = agency.strip(" -\u2013\u2014,") or None
    place_name = place.title() if place.isupper() else place
    region = m.group("region")
    dateline = Dateline(
        start=m.start(), end=m.end(), place=place_name, place_start=m.start("place"),
        place_end=m.start("place") + len(place), agency=agency, date_text=date_text,
        date_start=date_start, date_end=date_start + len(date_text) if date_text and date_start is not None else None,
        region=region, region_start=m.start("region") if region else None,
        region_end=m.end("region") if region else None,
    )
    return dateline, m.end()


def _date_agency(text: str, start: int) -> tuple[Dateline, int] | None:
    """A dateline with no place, the date and the agency alone ("Aug 12 (Reuters) - "), before prose."""
    m = RE_DATE_AGENCY.match(text, start)
    rest = text[m.end(): m.end() + 1] if m else ""
    if m is None or not rest or not (rest.isupper() or rest.isdigit() or rest in "\"'\u201c\u2018"):
        return None
    dateline = Dateline(start=m.start(), end=m.end(), agency=m.group("agency").strip(), date_text=m.group("date"),
                        date_start=m.start("date"), date_end=m.end("date"))
    return dateline, m.end()


def parse_date(text: str, *, day_first: bool = False) -> str | None:
    """A complete calendar date (day, month and year) as YYYY-MM-DD, else None. 01/02/2019 is month first
    unless ``day_first`` (``--day-first``)."""
    return parse_complete_date(text, day_first=day_first)


def parse_header(text: str, *, day_first: bool = False) -> dict[str, Any]:
    """Find title, byline, a date line and the dateline at the top of ``text`` (``day_first``: read
    04/05/2019 in a date line or dateline as 4 May).

    Returns a dict of Article fields (``title``, ``title_span``, ``byline``, ``dateline``, ``published``,
    ``published_from``, ``body_start``).
    """
    found: dict[str, Any] = {"body_start": 0}
    lines = _lines(text)
    i = 0
    while i < len(lines) and _doc_id(lines[i][2]):
        found["body_start"] = lines[i][1]  # a document number above everything: no title, no body
        i += 1
    # A headline is never a dateline; a line above a dateline is the headline, even ending in a period
    # (Reuters: "Zaire accuses Rwanda of shelling border town .").
    if len(lines) > i + 1 and not _parse_dateline(text, lines[i][0]) and not RE_DATE_LINE.match(lines[i][2]) and (
        _looks_like_title(lines[i][2]) or (len(lines[i][2]) <= 250 and _parse_dateline(text, lines[i + 1][0]))
    ):
        found["title"], found["title_span"] = lines[i][2], (lines[i][0], lines[i][1])
        found["body_start"] = lines[i][1]
        i += 1
    while i < len(lines):
        start, end, line = lines[i]
        if found.get("title") and line == found["title"]:  # repeated title
            pass
        elif (m := RE_HANDLE.match(line)) or (m := RE_BYLINE.match(line)):
            found.setdefault("byline", m.group(1) if m.re is RE_HANDLE else m.group("name"))
        elif _doc_id(line):
            pass
        elif m := RE_DATE_LINE.match(line):
            day = parse_date(m.group("date"), day_first=day_first)
            if day and "published" not in found:
                found["published"], found["published_from"] = day, "header"
        elif i + 1 < len(lines) and len(line) <= 250 and _parse_dateline(text, lines[i + 1][0]) \
                and (not found.get("title") or found["title"].isupper()):
            # the line right above the dateline is the headline, even under a label taken for one ("NEWS STORY");
            # under a headline it is a deck, and the headline stays
            found["title"], found["title_span"] = line, (start, end)
        else:
            break
        found["body_start"] = end
        i += 1
    if i < len(lines):
        parsed = _parse_dateline(text, lines[i][0])
        if parsed:
            dateline, body = parsed
            found["dateline"], found["body_start"] = dateline, body
            if dateline.date_text and "published" not in found:
                day = parse_date(dateline.date_text, day_first=day_first)
                if day:
                    found["published"], found["published_from"] = day, "dateline"
        else:
            found["body_start"] = lines[i][0]
    return found
