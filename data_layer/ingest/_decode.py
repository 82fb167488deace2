"""Bytes -> text: size and binary checks, BOMs, strict UTF-8, then charset detection.

Every failure is an :class:`IngestError` with a message meant for a person.
"""

from __future__ import annotations

import codecs

from ..config import DEFAULT_MAX_FILE_MB, settings
from ._errors import IngestError

DEFAULT_MAX_MB = DEFAULT_MAX_FILE_MB
ENV_MAX_MB = "NEWSDASH_MAX_FILE_MB"  # read by data_layer.config

# (magic prefix, what it is): files that are binary whatever their extension says
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "a PDF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"PK\x05\x06", "a ZIP archive"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office document"),
    (b"\x7fELF", "a program (ELF executable)"),
    (b"MZ", "a Windows program"),
    (b"RIFF", "a media file"),
    (b"ID3", "an MP3 audio file"),
    (b"\x00\x00\x00\x18ftyp", "an MP4 video"),
    (b"\x00\x00\x00\x20ftyp", "an MP4 video"),
    (b"SQLite format 3\x00", "a SQLite database"),
    (b"PAR1", "a Parquet file"),
)

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Encodings charset-normalizer may name that we read as Windows-1252 instead: for Western news text
# a "latin-1" guess is nearly always cp1252 (curly quotes and dashes live in 0x80-0x9F).
_WESTERN = {"latin_1", "iso8859_1", "iso8859_15", "cp1252", "windows_1252", "ascii", "cp850", "mac_roman"}

# Mojibake of UTF-8 read as cp1252 ("â€™" for "’", "Ã©" for "é").
_MOJIBAKE_MARKERS = ("â€", "Ã©", "Ã¨", "Ã¼", "Ã¶", "Ã¤", "Ã±", "Â£", "Â ", "Ã ")


def max_bytes(max_mb: float | None = None) -> int:
    """The size limit in bytes: the argument, else ``$NEWSDASH_MAX_FILE_MB``, else 20 MB.

    >>> max_bytes(1)
    1048576
    """
    if max_mb is None:
        max_mb = settings().max_file_mb  # read per call, so a changed environment takes effect
    return int(max_mb * 1024 * 1024)


def check_size(n: int, max_mb: float | None = None) -> None:
    limit = max_bytes(max_mb)
    if n > limit:
        raise IngestError(f"file is too large: {n / 1048576:.1f} MB (the limit is {limit / 1048576:g} MB)")


def decode(data: bytes, max_mb: float | None = None) -> tuple[str, str]:
    """``(text, encoding)``; raises :class:`IngestError` for empty, oversized or binary input.

    >>> decode("Caf\\u00e9 \\u2019".encode("cp1252"))
    ('Café ’', 'cp1252')
    >>> decode(b"\\xef\\xbb\\xbfHi")
    ('Hi', 'utf-8')
    """
    check_size(len(data), max_mb)
    if not data.strip():
        raise IngestError("file is empty")
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return _finish(data[len(bom) :].decode(enc), enc)
            except UnicodeDecodeError as e:
                raise IngestError(f"file starts with a {enc} byte-order mark but is not valid {enc}") from e
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise IngestError(f"this is {what}, not a text article")
    utf16 = _utf16_without_bom(data)
    if utf16:
        return _finish(data.decode(utf16), utf16)
    if b"\x00" in data[:65536]:
        raise IngestError("file looks binary (it contains NUL bytes), not a text article")
    if b"\x00" in data:  # NUL bytes past the sniffed head are dropped, never stored
        data = data.replace(b"\x00", b"")
    try:
        return _finish(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    enc = _guess(data)
    try:
        text = data.decode(enc)
    except (UnicodeDecodeError, LookupError):
        enc, text = "latin-1", data.decode("latin-1")
    return _finish(text, enc)


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text without a BOM has a NUL in every other byte (for Latin text)."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
        enc = "utf-16-le"
    elif even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
        enc = "utf-16-be"
    else:
        return None
    try:
        data.decode(enc)
    except UnicodeDecodeError:
        return None
    return enc


def _guess(data: bytes) -> str:
    """Best encoding for non-UTF-8 bytes: cp1252 unless the detector is sure of something non-Western."""
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data[:200_000]).best()
    except Exception:  # the detector is an aid, never a reason to fail
        best = None
    if best is None:
        return _cp1252_or_latin1(data)
    name = best.encoding.lower().replace("-", "_")
    # short samples fool the detector, and UTF-16/32 without NULs is impossible
    if name in _WESTERN or name.startswith(("utf_16", "utf_32")) or len(data) < 1000 or _mostly_ascii(data):
        return _cp1252_or_latin1(data)
    return best.encoding


def _mostly_ascii(data: bytes) -> bool:
    return sum(b < 0x80 for b in data) >= 0.9 * len(data)


def _cp1252_or_latin1(data: bytes) -> str:
    try:
        data.decode("cp1252")
        return "cp1252"
    except UnicodeDecodeError:  # 0x81, 0x8D, 0x8F, 0x90, 0x9D are undefined in cp1252
        return "latin-1"


def _finish(text: str, enc: str) -> tuple[str, str]:
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    if any(m in text for m in _MOJIBAKE_MARKERS):
        text = fix_mojibake(text)
    if not text.strip():
        raise IngestError("file is empty")
    return text, enc


def fix_mojibake(text: str) -> str:
    """Undo UTF-8 that was read as cp1252 once, where that round-trips cleanly.

    >>> fix_mojibake("Amazonâ€™s shares")
    'Amazon’s shares'
    >>> fix_mojibake("plain")
    'plain'
    """
    try:
        fixed = text.encode("cp1252").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return text
    return fixed if len(fixed) < len(text) else text
