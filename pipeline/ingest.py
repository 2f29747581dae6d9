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
import unicodedata
from dataclasses import replace
from pathlib import Path
from typing import Any, Iterable, Iterator, Mapping

from .errors import Errors, IngestError
from .lang.dates import month_words, parse_complete_date
from .records import Article, ArticleWarning, Dateline, Failure

log = logging.getLogger(__name__)

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


def decode(data: bytes, source: str) -> tuple[str, str, list[ArticleWarning]]:
    """Decode bytes to text; return ``(text, encoding, warnings)``; raise IngestError when impossible."""
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


def parse_date(text: str) -> str | None:
    """A complete calendar date (day, month and year) as YYYY-MM-DD, else None. Month-first for 01/02/2019."""
    return parse_complete_date(text)


def parse_header(text: str) -> dict[str, Any]:
    """Find title, byline, a date line and the dateline at the top of ``text``.

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
            day = parse_date(m.group("date"))
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
                day = parse_date(dateline.date_text)
                if day:
                    found["published"], found["published_from"] = day, "dateline"
        else:
            found["body_start"] = lines[i][0]
    return found


# ------------------------------------------------------------------------------------------------ build
RE_ID = re.compile(r"[^\w.\-]+")


def _check_published(value: Any, source: str) -> tuple[str | None, list[ArticleWarning]]:
    if value in (None, ""):
        return None, []
    day = parse_date(str(value)) if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(value)[:10]) else str(value)[:10]
    try:
        import datetime as dt

        return dt.date.fromisoformat(day).isoformat(), []  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None, [ArticleWarning("W006", Errors.W006.format(value=value))]


def make_article(
    raw: str | bytes,
    *,
    source: str,
    doc_id: str,
    title: str | None = None,
    published: str | None = None,
    url: str | None = None,
) -> Article:
    """Build an Article from raw bytes or text plus optional metadata (which wins over the header)."""
    if isinstance(raw, bytes):
        text, encoding, warnings = decode(raw, source)
    else:
        if not raw.strip():
            raise IngestError(Errors.E101.format(source=source))
        text, encoding, warnings = raw, "utf-8", []
    text, more = clean(text)
    warnings += more
    if not text.strip():
        raise IngestError(Errors.E101.format(source=source))
    if title:
        title = " ".join(str(title).split())
        if not text.lstrip().startswith(title):
            text = f"{title}\n\n{text}"  # so entities in the title get offsets into the text
    header = parse_header(text)
    if title:
        start = text.index(title)
        header["title"], header["title_span"] = title, (start, start + len(title))
    day, more = _check_published(published, source)
    warnings += more
    if day:
        header["published"], header["published_from"] = day, "input"
    if not header.get("published"):
        warnings.append(ArticleWarning("W007", Errors.W007))
    return Article(
        doc_id=doc_id, source=source, text=text, url=url, encoding=encoding, warnings=tuple(warnings),
        **{k: header.get(k) for k in ("title", "title_span", "published", "published_from", "dateline",
                                      "byline")},
        body_start=header["body_start"],
    )


# ------------------------------------------------------------------------------------------------ files
def iter_paths(paths: Iterable[str | os.PathLike]) -> Iterator[Path]:
    """Expand files and folders (recursively, sorted) into input files; raise ConfigError for missing ones.

    Folders yield every visible file: articles by their suffix, anything else so it can be reported.
    """
    from .errors import ConfigError

    for p in paths:
        path = Path(p)
        if str(p) == "-":
            yield path
        elif path.is_dir():
            for child in sorted(path.rglob("*")):
                rel = child.relative_to(path).parts
                if any(part.startswith(".") for part in rel):
                    continue
                if child.is_file() or (child.is_symlink() and not child.exists()):  # a dangling link is reported
                    yield child
        elif path.exists():
            yield path
        else:
            raise ConfigError(Errors.E005.format(path=p))


def _doc_id(stem: str) -> str:
    return RE_ID.sub("_", stem).strip("_") or "article"


def read_jsonl_line(line: bytes | str, *, source: str, lineno: int, default_id: str) -> Article:
    """Turn one JSONL line into an Article (raises IngestError E105/E106)."""
    where = f"{source}:{lineno}"
    try:
        obj = json.loads(line)
    except ValueError as exc:
        raise IngestError(Errors.E105.format(source=where, reason=exc)) from exc
    if not isinstance(obj, Mapping):
        raise IngestError(Errors.E105.format(source=where, reason="not an object"))
    text = obj.get("text")
    if not isinstance(text, str):
        raise IngestError(Errors.E106.format(source=where))
    doc_id = obj.get("id")
    doc_id = _doc_id(str(doc_id)) if doc_id not in (None, "") else default_id
    return make_article(
        text, source=where, doc_id=doc_id, title=obj.get("title") or None,
        published=obj.get("published") or obj.get("date") or None,
        url=obj.get("url") or obj.get("source") or None,
    )


def read_file(path: str | os.PathLike, *, doc_id: str | None = None, published: str | None = None) -> Article:
    """Read one text article file (or ``-`` for stdin)."""
    import sys

    source = str(path)
    try:
        data = sys.stdin.buffer.read() if source == "-" else Path(path).read_bytes()
    except OSError as exc:
        raise IngestError(Errors.E103.format(source=source, reason=exc.strerror or exc)) from exc
    return make_article(data, source=source, doc_id=doc_id or _doc_id(Path(source).stem if source != "-" else "stdin"),
                        published=published)


def iter_articles(
    paths: Iterable[str | os.PathLike], *, published: str | None = None
) -> Iterator[Article | Failure]:
    """Yield an Article (or a Failure) for every article in the given files and folders, in a stable order.

    doc_ids are unique within the run: a repeated file stem gets a suffix from a hash of its path;
    a repeated JSONL ``id`` is a Failure (E107).
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

    for path in iter_paths(paths):
        source = str(path)
        suffix = path.suffix.lower()
        if suffix in JSONL_SUFFIXES:
            try:
                handle = open(path, "rb")
            except OSError as exc:
                yield failure(IngestError(Errors.E103.format(source=source, reason=exc.strerror)), source, None)
                continue
            with handle:
                for lineno, line in enumerate(handle, 1):
                    if not line.strip():
                        continue
                    default = f"{_doc_id(path.stem)}-{lineno}"
                    try:
                        article = read_jsonl_line(line, source=source, lineno=lineno, default_id=default)
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
                article = read_file(path, published=published)
            except IngestError as exc:
                yield failure(exc, source, None)
                continue
            yield replace(article, doc_id=unique(article.doc_id, source))
