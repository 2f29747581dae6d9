"""Stage 1: files and JSONL lines -> :class:`Article` records.

Decoding (BOMs, UTF-8, UTF-16, legacy code pages through charset-normalizer, mojibake repair through
ftfy, line-break normalization), binary-file detection, and header parsing: title, byline, repeated
title, a date line, and the wire dateline (``MOSCOW (Sputnik - 26th April, 2019)``,
``WASHINGTON (Reuters) -``, ``LONDON, March 3 (AFP) --``) that gives the place, the agency and, when it
has a full date, the publication date. A publication date is never guessed: no "today" fallback.

Problems with one input become :class:`Failure` records; the other inputs go on.

Modules, in the order they import each other:

- ``decode``: bytes -> text (encodings, repairs, :func:`clean`)
- ``header``: title, byline, date line and wire dateline at the top of a text
- ``build``: text or bytes and metadata -> one Article (:func:`make_article`)
- ``files``: finding inputs in files and folders; bounded reading of bytes and lines
- ``jsonl``: one JSONL line -> one Article
- ``articles``: files and folders -> Articles and Failures (:func:`iter_articles`)
"""

from __future__ import annotations

from .articles import iter_articles, read_file
from .build import make_article, too_long
from .decode import clean, decode, sniff_binary
from .files import JSONL_SUFFIXES, TEXT_SUFFIXES, iter_paths, output_inside, read_bytes
from .header import parse_date, parse_header
from .jsonl import read_jsonl_line

__all__ = [
    "JSONL_SUFFIXES", "TEXT_SUFFIXES", "clean", "decode", "iter_articles", "iter_paths", "make_article",
    "output_inside", "parse_date", "parse_header", "read_bytes", "read_file", "read_jsonl_line", "sniff_binary",
    "too_long",
]
