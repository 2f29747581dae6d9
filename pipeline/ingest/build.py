"""Text (or bytes) and metadata -> one :class:`Article`: decode, clean, parse the header, check the
publication date; metadata given apart wins over the header."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from ..config import DEFAULTS
from ..errors import Errors, IngestError
from ..records import Article, ArticleWarning
from .decode import clean, decode
from .header import parse_date, parse_header


def _check_published(value: Any, source: str, day_first: bool = False) -> tuple[str | None, list[ArticleWarning]]:
    if value in (None, ""):
        return None, []
    text = str(value)
    day = text[:10] if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text[:10]) else parse_date(text, day_first=day_first)
    try:
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


def too_long(source: str, size: str, limit: int, needed: int) -> IngestError:
    """E109: an article over ``--max-chars`` (``size`` says by how much, in characters or bytes)."""
    return IngestError(Errors.E109.format(source=source, size=size, limit=f"{limit:,}", needed=needed))

