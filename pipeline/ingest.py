"""Stage 1: files and JSONL lines -> :class:`Article` records.

Decoding (BOMs, UTF-8, UTF-16, legacy code pages through charset-normalizer, mojibake repair through
ftfy, line-break normalization), binary-file detection, and header parsing: title, byline, repeated
title, a date line, and the wire dateline (``MOSCOW (Sputnik - 26th April, 2019)``,
``WASHINGTON (Reuters) -``, ``LONDON, March 3 (AFP) --``) that gives the place, the agency and, when it
has a full date, the publication date. A publication date is never guessed: no "today" fallback.

Problems with one input become :class:`Failure` records; the other inputs go on.
"""

from __future__ import annotations

import codecs
import hashlib
import json
import logging
import os
import re
import stat
import threading
import unicodedata
from dataclasses import replace
from pathlib import Path
from typing import Any, Iterable, Iterator, Mapping

from .config import DEFAULTS
from .errors import Errors, IngestError
from .lang.dates import month_words, parse_complete_date
from .records import Article, ArticleWarning, Dateline, Failure

log = logging.getLogger(__name__)

# No encoding takes more than 4 bytes per character (UTF-32), a JSON string escape no more than 6 (\uXXXX),
# so these many bytes always hold an article of max_chars characters: reading stops there.
BYTES_PER_CHAR = 4
JSON_BYTES_PER_CHAR = 6
JSON_OVERHEAD = 1 << 20  # a JSONL line's other fields (title, url, ...)

TEXT_SUFFIXES = frozenset({".txt", ".md"})
JSONL_SUFFIXES = frozenset({".jsonl"})
ARTICLE_SUFFIXES = TEXT_SUFFIXES | JSONL_SUFFIXES
LONG_LINE = 20_000

# fmt: off
MAGIC = (
    (b"%PDF", "PDF"), (b"\x89PNG", "PNG image"), (b"GIF8", "GIF image"), (b"\xff\xd8\xff", "JPEG image"),
    (b"PK\x03\x04", "ZIP archive or Office document"), (b"\x1f\x8b", "gzip archive"),
    (b"\xd0\xcf\x11\xe0", "MS Office document"), (b"\x7fELF", "executable"), (b"BZh", "bzip2 archive"),
    (b"RIFF", "RIFF media file"), (b"\x00\x00\x01\x00", "icon"), (b"SQLite format 3", "SQLite database"),
)
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"), (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# fmt: on


# --------------------------------------------------------------------------------------------- decoding
def sniff_binary(data: bytes) -> str | None:
    """Name the kind of binary file ``data`` starts like, or None for text."""
    for magic, kind in MAGIC:
        if data.startswith(magic):
            return kind
    return None


def _utf16_without_bom(data: bytes) -> str | None:
    """Detect BOM-less UTF-16 by the NUL bytes of ASCII characters at even or odd positions."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


def _legacy(data: bytes) -> str | None:
    """Pick a legacy encoding with charset-normalizer, preferring cp1252 (the commonest for English news)
    when it reads the bytes at least as cleanly as the detector's first choice: short Western texts are
    otherwise often taken for cp1250 ("crème" read as "crčme")."""
    from charset_normalizer import from_bytes
    from charset_normalizer.md import mess_ratio

    best = from_bytes(data).best()
    try:
        western = data.decode("cp1252")
    except UnicodeDecodeError:
        western = None
    if western is not None and (best is None or mess_ratio(western) <= best.chaos + 0.02):
        return "cp1252"
    return best.encoding if best is not None else None


# Well-formed multi-byte UTF-8 sequences (RFC 3629): a text that has some is UTF-8, even where a few bytes
# are not (a paragraph pasted from a cp1252 document).
RE_UTF8_MULTIBYTE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}|"
    rb"\xed[\x80-\x9f][\x80-\xbf]|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}|\xf4[\x80-\x8f][\x80-\xbf]{2}"
)
CP1252_REPAIR = "factbox-cp1252"
_REPAIRS = threading.local()


def _cp1252_repair(error: UnicodeError) -> tuple[str, int]:
    """A codecs error handler: read the bytes that are not UTF-8 as cp1252 (latin-1 for the five bytes
    cp1252 leaves undefined), and count them in ``_REPAIRS``."""
    if not isinstance(error, UnicodeDecodeError):
        raise error
    bad = error.object[error.start:error.end]
    _REPAIRS.found.append(bad)
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in bad), error.end


codecs.register_error(CP1252_REPAIR, _cp1252_repair)


def _utf8_repaired(data: bytes) -> tuple[str, list[bytes]] | None:
    """``data`` read as UTF-8 with the bytes that are not UTF-8 read as cp1252, and those bytes; None when
    the text has no multi-byte UTF-8 at all (then it is wholly in some legacy code page)."""
    if not RE_UTF8_MULTIBYTE.search(data):
        return None
    _REPAIRS.found = []
    try:
        return data.decode("utf-8", errors=CP1252_REPAIR), _REPAIRS.found
    finally:
        del _REPAIRS.found


def decode(data: bytes, source: str) -> tuple[str, str, list[ArticleWarning]]:
    """Decode bytes to text; return ``(text, encoding, warnings)``; raise IngestError when impossible.

    Order: a BOM; UTF-16 without BOM; UTF-8; UTF-8 with a few bytes that are not (read as cp1252, W010) when
    that reads at least as cleanly as the best legacy code page; a legacy code page (charset detection, W001).
    """
    warnings: list[ArticleWarning] = []
    if not data.strip():
        raise IngestError(Errors.E101.format(source=source))
    kind = sniff_binary(data)
    if kind:
        raise IngestError(Errors.E102.format(source=source, kind=kind))
    encoding = next((enc for bom, enc in BOMS if data.startswith(bom)), None)
    if encoding is None and b"\x00" in data[:4096]:
        encoding = _utf16_without_bom(data)
        if encoding is None:
            raise IngestError(Errors.E102.format(source=source, kind="NUL bytes"))
    if encoding is None:
        try:
            data.decode("utf-8")
            encoding = "utf-8"
        except UnicodeDecodeError:
            encoding = _legacy(data)
            repaired = _utf8_repaired(data)
            if repaired is not None and _cleaner(repaired[0], data, encoding):
                text, bad = repaired
                sample = ", ".join(dict.fromkeys(b.decode("cp1252", errors="replace") for b in bad[:20]))
                warnings.append(ArticleWarning("W010", Errors.W010.format(count=sum(map(len, bad)), sample=sample)))
                return text.lstrip("\ufeff"), "utf-8+cp1252", warnings
    if encoding is None:
        raise IngestError(Errors.E104.format(source=source, tried="UTF-8, UTF-16 and charset detection"))
    try:
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError) as exc:
        raise IngestError(Errors.E104.format(source=source, tried=f"{encoding}: {exc}")) from exc
    text = text.lstrip("\ufeff")
    if encoding not in ("utf-8", "utf-8-sig"):
        warnings.append(ArticleWarning("W001", Errors.W001.format(encoding=encoding)))
    return text, encoding.replace("_", "-").lower(), warnings


def _cleaner(repaired: str, data: bytes, legacy: str | None) -> bool:
    """Whether the UTF-8 reading with repairs is at least as clean as the legacy code page's (by
    charset-normalizer's mess ratio): a Cyrillic cp1251 text that happens to hold a valid UTF-8 pair is
    still read as cp1251."""
    if legacy is None:
        return True
    from charset_normalizer.md import mess_ratio

    try:
        other = data.decode(legacy)
    except (UnicodeDecodeError, LookupError):
        return True
    return mess_ratio(repaired) <= mess_ratio(other)


RE_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
RE_SPACES = re.compile(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000]")
RE_ZERO_WIDTH = re.compile(r"[\u200b-\u200d\u2060\ufeff]")


def clean(text: str) -> tuple[str, list[ArticleWarning]]:
    """Repair mojibake, normalize line breaks and odd spaces, drop control characters (with warnings)."""
    import ftfy

    warnings: list[ArticleWarning] = []
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    # Mojibake only: quotes, ligatures and widths are the author's, and offsets point into this text.
    config = ftfy.TextFixerConfig(
        unescape_html=False, uncurl_quotes=False, fix_latin_ligatures=False, fix_character_width=False,
        remove_control_chars=False, fix_line_breaks=False, normalization=None, explain=True,
    )
    fixed, steps = ftfy.fix_and_explain(text, config=config)
    if fixed != text:
        how = ", ".join(f"{action} {arg}" for action, arg in steps or ()) or "ftfy"
        warnings.append(ArticleWarning("W002", Errors.W002.format(steps=how)))
        text = fixed
    text = unicodedata.normalize("NFC", text)
    controls = len(RE_CONTROL.findall(text))
    if controls:
        text = RE_CONTROL.sub(" ", text)
        warnings.append(ArticleWarning("W005", Errors.W005.format(count=controls)))
    text = RE_ZERO_WIDTH.sub("", RE_SPACES.sub(" ", text))
    lost = text.count("\ufffd")
    if lost:
        warnings.append(ArticleWarning("W003", Errors.W003.format(count=lost)))
    longest = max((len(line) for line in text.split("\n")), default=0)
    if longest > LONG_LINE:
        warnings.append(ArticleWarning("W008", Errors.W008.format(length=longest)))
    return text, warnings


# ----------------------------------------------------------------------------------------------- header
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
RE_DATE_LINE = re.compile(rf"^(?:(?:Published|Posted|Updated|Date)\s*:?\s*)?(?P<date>{DATE_RE})"
                          r"(?:\s*[,|]?\s*\d{1,2}:\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s*[A-Z]{2,4})?)?$")
# A dateline place: words in capitals ("NEW YORK", "WASHINGTON", "SAN FRANCISCO/LONDON"), optionally
# followed by a region in normal case ("KABUL, Afghanistan").
PLACE = (r"(?P<place>[A-Z][A-Z'.\-]+(?:[ /][A-Z][A-Z'.\-]+){0,4})"
         rf"(?:,\s*(?!{MONTHS}\s+\d)(?P<region>[A-Z][a-z.]+(?:\s[A-Z][a-z.]+)?))?")
RE_DATELINE = re.compile(
    rf"{PLACE}"
    rf"(?:,\s*(?P<date>{DATE_RE}))?"
    r"(?:\s*(?:\((?P<agency>[^()\n]{2,100})\)|/(?P<wire>[A-Za-z][^/\n]{1,40})/))?"
    r"\s*(?P<dash>--|[-\u2013\u2014:]|\u2015)?\s*"
)
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


def _looks_like_title(line: str) -> bool:
    words = line.split()
    return 0 < len(words) <= 30 and len(line) <= 250 and not line.endswith((".", "?", "!", ":", ";", ",")) \
        or (0 < len(words) <= 20 and line.endswith(("?", "!")))


def _parse_dateline(text: str, start: int) -> tuple[Dateline, int] | None:
    """Parse a wire dateline at ``start``; return it and the offset where the story begins."""
    m = RE_DATELINE.match(text, start)
    if not m or not (m.group("agency") or m.group("wire") or m.group("dash")):
        return None
    place = m.group("place")
    # "THE", "A" or a shouting sentence is not a place; a dateline place is short and followed by prose.
    if len(place) < 2 or place in {"THE", "A", "AN", "I", "BREAKING", "UPDATE", "FACTBOX", "FACT BOX"}:
        return None
    if not m.group("agency") and not m.group("wire") and m.group("dash") in (None, ":"):
        return None
    rest = text[m.end(): m.end() + 2]
    if not rest or not (rest[0].isupper() or rest[0] in "\"'\u201c\u2018(" or rest[0].isdigit()):
        return None
    agency = m.group("agency") or m.group("wire")
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
    dateline = Dateline(
        start=m.start(), end=m.end(), place=place_name, place_start=m.start("place"), place_end=m.end("place"),
        agency=agency, date_text=date_text,
        date_start=date_start, date_end=date_start + len(date_text) if date_text and date_start is not None else None,
    )
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
    if len(lines) > 1 and _looks_like_title(lines[0][2]) and not _parse_dateline(text, lines[0][0]):
        found["title"], found["title_span"] = lines[0][2], (lines[0][0], lines[0][1])
        found["body_start"] = lines[0][1]
        i = 1
    while i < len(lines):
        start, end, line = lines[i]
        if found.get("title") and line == found["title"]:  # repeated title
            pass
        elif (m := RE_HANDLE.match(line)) or (m := RE_BYLINE.match(line)):
            found.setdefault("byline", m.group(1) if m.re is RE_HANDLE else m.group("name"))
        elif m := RE_DATE_LINE.match(line):
            day = parse_date(m.group("date"), day_first=day_first)
            if day and "published" not in found:
                found["published"], found["published_from"] = day, "header"
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


# ------------------------------------------------------------------------------------------------ build

def _check_published(value: Any, source: str, day_first: bool = False) -> tuple[str | None, list[ArticleWarning]]:
    if value in (None, ""):
        return None, []
    text = str(value)
    day = text[:10] if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text[:10]) else parse_date(text, day_first=day_first)
    try:
        import datetime as dt

        return dt.date.fromisoformat(day).isoformat(), []  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None, [ArticleWarning("W006", Errors.W006.format(value=value))]


# Relative dates reach about a century from the publication date ("last century", "in 100 years"); nearer
# than that to the ends of Python's calendar (years 1 and 9999) some of them cannot be counted.
CALENDAR_MARGIN = 100


def make_article(
    raw: str | bytes,
    *,
    source: str,
    doc_id: str,
    title: str | None = None,
    published: str | None = None,
    url: str | None = None,
    max_chars: int = DEFAULTS.max_chars,
    day_first: bool = False,
) -> Article:
    """Build an Article from raw bytes or text plus optional metadata (which wins over the header).
    ``day_first`` reads an ambiguous numeric date (04/05/2019) in the header or ``published`` as 4 May.

    Raises:
        IngestError: empty (E101), binary (E102), undecodable (E104), or longer than ``max_chars`` (E109).
    """
    if isinstance(raw, bytes):
        text, encoding, warnings = decode(raw, source)
    else:
        if not raw.strip():
            raise IngestError(Errors.E101.format(source=source))
        text, encoding, warnings = raw, "utf-8", []
    if len(text) > max_chars:
        raise too_long(source, f"{len(text):,} characters", max_chars, len(text))
    text, more = clean(text)
    warnings += more
    if not text.strip():
        raise IngestError(Errors.E101.format(source=source))
    if title:
        title = " ".join(str(title).split())
        if not text.lstrip().startswith(title):
            text = f"{title}\n\n{text}"  # so entities in the title get offsets into the text
    header = parse_header(text, day_first=day_first)
    if title:
        start = text.index(title)
        header["title"], header["title_span"] = title, (start, start + len(title))
    day, more = _check_published(published, source, day_first)
    warnings += more
    if day:
        header["published"], header["published_from"] = day, "input"
    if not header.get("published"):
        warnings.append(ArticleWarning("W007", Errors.W007))
    elif not CALENDAR_MARGIN < int(header["published"][:4]) < 10_000 - CALENDAR_MARGIN:
        warnings.append(ArticleWarning("W011", Errors.W011.format(value=header["published"])))
    return Article(
        doc_id=doc_id, source=source, text=text, url=url, encoding=encoding, warnings=tuple(warnings),
        **{k: header.get(k) for k in ("title", "title_span", "published", "published_from", "dateline",
                                      "byline")},
        body_start=header["body_start"],
    )


# ------------------------------------------------------------------------------------------------ files
def iter_paths(
    paths: Iterable[str | os.PathLike], *, outdir: str | os.PathLike | None = None
) -> Iterator[Path | Failure]:
    """Expand files and folders (recursively, sorted) into input files; raise ConfigError for missing ones.

    Folders yield every visible entry that is not a folder: articles by their suffix, anything else (other
    file types, FIFOs, devices, dangling links) so it can be reported. Linked folders are followed, each
    folder read once. A folder that cannot be read, or a link back to a folder already read (a loop), is
    yielded as a :class:`Failure` (E111), never skipped in silence. The output folder ``outdir`` is never
    read back as input: a folder being read skips it when it meets it inside, and when it is the output
    folder itself, skips the files a run writes there.
    """
    from .errors import ConfigError

    out = os.path.realpath(outdir) if outdir is not None else None
    for p in paths:
        path = Path(p)
        if str(p) == "-":
            yield path
        elif path.is_dir():
            yield from _walk(path, out, set())
        elif path.exists() or _special(path):
            yield path
        else:
            raise ConfigError(Errors.E005.format(path=p))


def output_inside(inputs: Iterable[str | os.PathLike], outdir: str | os.PathLike) -> str | None:
    """The first input folder that holds (or is) the output folder, else None."""
    out = Path(os.path.realpath(outdir))
    for p in inputs:
        if str(p) != "-" and Path(p).is_dir() and out.is_relative_to(os.path.realpath(p)):
            return str(p)
    return None


def _skipped(folder: Path, reason: str) -> Failure:
    return Failure(str(folder), None, "ingest", "E111", Errors.E111.format(source=folder, reason=reason))


def _walk(folder: Path, out: str | None, seen: set[tuple[int, int]]) -> Iterator[Path | Failure]:
    """The visible entries under ``folder``, depth first in name order (the order of ``sorted(rglob("*"))``),
    folder links followed; ``seen`` holds the folders read so far (device, inode)."""
    from .write import OUTPUT_FILES

    try:
        st = os.stat(folder)
        if (st.st_dev, st.st_ino) in seen:
            yield _skipped(folder, "a link to a folder that is already being read (a loop, or a second link)")
            return
        seen.add((st.st_dev, st.st_ino))
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as exc:
        yield _skipped(folder, f"it cannot be read: {exc.strerror or exc}")
        return
    is_out = out is not None and os.path.realpath(folder) == out
    for entry in entries:
        if entry.name.startswith("."):
            continue
        child = folder / entry.name
        try:
            is_dir = entry.is_dir()  # follows links: a linked folder is read too
        except OSError as exc:
            yield _skipped(child, f"it cannot be read: {exc.strerror or exc}")
            continue
        if is_dir:
            if out is None or os.path.realpath(child) != out:
                yield from _walk(child, out, seen)
        elif not (is_out and entry.name in OUTPUT_FILES):  # not this run's own outputs
            yield child


# fmt: off
SPECIAL_FILES = ((stat.S_ISFIFO, "a FIFO (named pipe)"), (stat.S_ISCHR, "a character device"),
                 (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"), (stat.S_ISDIR, "a folder"))
# fmt: on


def _special(path: str | os.PathLike) -> str | None:
    """What ``path`` is when it exists and is not a regular file (a FIFO, a device, a socket), else None.

    Looked up with ``stat`` before anything is opened: opening a FIFO blocks until someone writes to it,
    and a device such as /dev/zero never ends."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return None  # missing or unreadable: reported when it is opened
    return next((kind for test, kind in SPECIAL_FILES if test(mode)), None)


def _refuse_special(path: str | os.PathLike) -> None:
    kind = _special(path)
    if kind:
        raise IngestError(Errors.E110.format(source=path, kind=kind))


def _doc_id(stem: str) -> str:
    """The id of a text file's article: its name without the suffix, exactly (ids are never rewritten)."""
    return stem or "article"


def _json_type(value: Any) -> str:
    return {bool: "true/false", int: "a number", float: "a number", str: "a string", list: "an array",
            dict: "an object"}.get(type(value), "null")


def _jsonl_id(value: Any, where: str, default: str) -> str:
    """A JSONL ``id`` as the record's doc_id: a string exactly as given, an integer as its decimal string
    (so ``42`` and ``"42"`` are the same id, and the second is a duplicate), missing or empty: ``default``."""
    if value is None or value == "":
        return default
    if isinstance(value, str):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    raise IngestError(Errors.E114.format(source=where, field="id", expected="a string or an integer",
                                         got=_json_type(value)))


def too_long(source: str, size: str, limit: int, needed: int) -> IngestError:
    """E109: an article over ``--max-chars`` (``size`` says by how much, in characters or bytes)."""
    return IngestError(Errors.E109.format(source=source, size=size, limit=f"{limit:,}", needed=needed))


def read_jsonl_line(
    line: bytes | str,
    *,
    source: str,
    lineno: int,
    default_id: str,
    max_chars: int = DEFAULTS.max_chars,
    day_first: bool = False,
) -> Article:
    """Turn one JSONL line into an Article.

    Raises:
        IngestError: not JSON (E105), JSON but not an object (E112), no ``text`` string (E106), an empty
            ``text`` (E113), a field of the wrong type (E114: ``id``, ``title``, ``url``/``source``), too long
            (E109).
    """
    where = f"{source}:{lineno}"
    try:
        obj = json.loads(line)
    except ValueError as exc:
        raise IngestError(Errors.E105.format(source=where, reason=exc)) from exc
    if not isinstance(obj, Mapping):
        raise IngestError(Errors.E112.format(source=where, kind=_json_type(obj)))
    text = obj.get("text")
    if not isinstance(text, str):
        raise IngestError(Errors.E106.format(source=where))
    doc_id = _jsonl_id(obj.get("id"), where, default_id)
    title, url = (_string_field(obj, name, where) for name in ("title", "url"))
    url = url or _string_field(obj, "source", where)
    try:
        return make_article(
            text, source=where, doc_id=doc_id, title=title, url=url,
            published=obj.get("published") or obj.get("date") or None, max_chars=max_chars, day_first=day_first,
        )
    except IngestError as exc:
        if exc.code == "E101":  # nothing left of the text: say so of the field, not of "the file"
            raise IngestError(Errors.E113.format(source=where)) from None
        raise


def _string_field(obj: Mapping[str, Any], name: str, where: str) -> str | None:
    """An optional string field of a JSONL line: its value, None when missing, null or empty; E114 when it is
    anything but a string (so every record written passes the record schema)."""
    value = obj.get(name)
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise IngestError(Errors.E114.format(source=where, field=name, expected="a string", got=_json_type(value)))
    return value


def read_file(
    path: str | os.PathLike,
    *,
    doc_id: str | None = None,
    published: str | None = None,
    max_chars: int = DEFAULTS.max_chars,
    day_first: bool = False,
) -> Article:
    """Read one text article file (or ``-`` for stdin), never more than an article of ``max_chars``
    characters can take (E109 beyond)."""
    source = str(path)
    data = read_bytes(path, max_chars=max_chars)
    return make_article(data, source=source, doc_id=doc_id or _doc_id(Path(source).stem if source != "-" else "stdin"),
                        published=published, max_chars=max_chars, day_first=day_first)


def read_bytes(path: str | os.PathLike, *, max_chars: int = DEFAULTS.max_chars) -> bytes:
    """The bytes of a file (``-``: standard input), read only up to what ``max_chars`` characters can take.

    Raises:
        IngestError: unreadable (E103), not a regular file (E110), or bigger than an article of ``max_chars``
            characters can be (E109).
    """
    import sys

    source = str(path)
    cap = BYTES_PER_CHAR * max_chars + len(codecs.BOM_UTF32)
    try:
        if source == "-":
            data = sys.stdin.buffer.read(cap + 1)
        else:
            _refuse_special(path)
            with open(path, "rb") as handle:
                size = os.fstat(handle.fileno()).st_size
                if size > cap:  # known from the file system: not read at all
                    raise too_long(source, f"{size:,} bytes", max_chars, size)
                data = handle.read(cap + 1)
    except OSError as exc:
        raise IngestError(Errors.E103.format(source=source, reason=exc.strerror or exc)) from exc
    if len(data) > cap:
        raise too_long(source, f"more than {cap:,} bytes", max_chars, len(data))
    return data


def _read_lines(handle, cap: int) -> Iterator[tuple[int, bytes | int]]:
    """``(line number, line)`` of a binary file; for a line longer than ``cap`` bytes, its length instead:
    it is skipped without being held."""
    lineno = 0
    while True:
        line = handle.readline(cap + 1)
        if not line:
            return
        lineno += 1
        if len(line) > cap and not line.endswith(b"\n"):
            size = len(line)
            while line and not line.endswith(b"\n"):
                line = handle.readline(1 << 20)
                size += len(line)
            yield lineno, size
            continue
        yield lineno, line


def iter_articles(
    paths: Iterable[str | os.PathLike],
    *,
    published: str | None = None,
    max_chars: int = DEFAULTS.max_chars,
    outdir: str | os.PathLike | None = None,
    day_first: bool = False,
) -> Iterator[Article | Failure]:
    """Yield an Article (or a Failure) for every article in the given files and folders, in a stable order
    (the output folder ``outdir`` is not read: see :func:`iter_paths`).

    doc_ids are unique within the run: a repeated file stem gets a suffix from a hash of its path; a JSONL
    line without an id is ``<file stem>-<10 hex digits of the line's SHA-256>`` (a repeated such line, a
    suffix from a hash of its position); a repeated JSONL ``id`` is a Failure (E107).
    """
    seen: dict[str, str] = {}
    paths = list(paths)
    named = {Path(p) for p in paths}

    def from_folder(path: Path) -> bool:
        return path not in named

    def unique(doc_id: str, source: str) -> str:
        if doc_id in seen:
            doc_id = f"{doc_id}~{hashlib.sha1(source.encode()).hexdigest()[:8]}"
        seen[doc_id] = source
        return doc_id

    def failure(exc: IngestError, source: str, line: int | None, doc_id: str | None = None) -> Failure:
        return Failure(source, line, "ingest", exc.code, str(exc), doc_id)

    for path in iter_paths(paths, outdir=outdir):
        if isinstance(path, Failure):
            yield path
            continue
        source = str(path)
        suffix = path.suffix.lower()
        if source != "-" and (kind := _special(path)):
            yield failure(IngestError(Errors.E110.format(source=source, kind=kind)), source, None)
        elif suffix in JSONL_SUFFIXES:
            try:
                handle = open(path, "rb")
            except OSError as exc:
                yield failure(IngestError(Errors.E103.format(source=source, reason=exc.strerror)), source, None)
                continue
            cap = JSON_BYTES_PER_CHAR * max_chars + JSON_OVERHEAD
            with handle:
                for lineno, line in _read_lines(handle, cap):
                    if isinstance(line, int):
                        exc = too_long(f"{source}:{lineno}", f"a line of {line:,} bytes", max_chars, line)
                        yield failure(exc, f"{source}:{lineno}", lineno)
                        continue
                    if not line.strip():
                        continue
                    # a line without an id is named by its content, not its position: deleting or moving
                    # other lines leaves it the same id (and its cached record)
                    default = f"{_doc_id(path.stem)}-{hashlib.sha256(line.strip()).hexdigest()[:10]}"
                    try:
                        article = read_jsonl_line(line, source=source, lineno=lineno, default_id=default,
                                                  max_chars=max_chars, day_first=day_first)
                    except IngestError as exc:
                        yield failure(exc, f"{source}:{lineno}", lineno)
                        continue
                    if article.doc_id in seen and article.doc_id != default:
                        exc = IngestError(Errors.E107.format(source=article.source, doc_id=article.doc_id,
                                                             first=seen[article.doc_id]))
                        yield failure(exc, article.source, lineno, article.doc_id)
                        continue
                    yield replace(article, doc_id=unique(article.doc_id, article.source))
        elif suffix not in TEXT_SUFFIXES and from_folder(path):
            exc = IngestError(Errors.E108.format(source=source, suffix=suffix or path.name))
            try:
                with open(path, "rb") as handle:
                    kind = sniff_binary(handle.read(64))
                if kind:
                    exc = IngestError(Errors.E102.format(source=source, kind=kind))
            except OSError:
                pass
            yield failure(exc, source, None)
        else:
            try:
                article = read_file(path, published=published, max_chars=max_chars, day_first=day_first)
            except IngestError as exc:
                yield failure(exc, source, None)
                continue
            yield replace(article, doc_id=unique(article.doc_id, source))
