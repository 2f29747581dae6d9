"""Bytes -> text: BOMs, UTF-8, UTF-16 without BOM, legacy code pages (charset-normalizer), UTF-8 mixed with
cp1252 (only the bad bytes repaired), binary-file detection; then :func:`clean`: mojibake (ftfy), line
breaks, odd spaces and control characters. Every repair is an :class:`ArticleWarning`."""

from __future__ import annotations

import codecs
import re
import threading
import unicodedata

from ..errors import Errors, IngestError
from ..records import ArticleWarning

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
