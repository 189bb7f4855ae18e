"""Bytes to text: encoding detection, binary detection and text normalisation.

Decoding order, and why:

1. a UTF-16/UTF-32 byte-order mark decides (those files are full of NUL bytes,
   so this comes before the binary check);
2. NUL bytes in the first 8 KB mean a binary file (PDF, image, archive ...);
3. UTF-8, with a byte-order mark removed;
4. Windows-1252, when it decodes and the result is mostly ASCII letters: it is
   the usual legacy encoding of English and Western European news archives,
   and charset_normalizer guesses wrongly on short texts of that kind (it
   reads a one-line cp1252 sentence as cp775);
5. charset_normalizer's best guess (Cyrillic, Arabic, Greek ... code pages);
6. nothing plausible: the file is treated as binary.

:func:`normalise` only changes what does not carry meaning (line endings,
trailing spaces, Unicode composition); every later offset refers to its output.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

from sitrep.errors import IngestError

#: How much of the start of a file is searched for NUL bytes.
SNIFF_BYTES = 8192
# Control characters other than tab/newline/carriage return/form feed: a
# decoded text with more than 1 % of them is not text.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_MAX_CONTROL_SHARE = 0.01
# cp1252 is accepted when at most this share of letters is non-ASCII: French or
# German news stays far below it, Cyrillic read as cp1252 is far above it.
_MAX_NON_ASCII_LETTERS = 0.3
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_TRAILING_SPACE = re.compile(r"[ \t\f\v\u00a0]+$", re.MULTILINE)


def decode(data: bytes, name: str) -> str:
    """``data`` as text, or :class:`IngestError` naming ``name`` when it is not text."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError as exc:
                raise IngestError(name, f"broken {codec.upper()} text ({exc.reason})") from exc
    if b"\x00" in data[:SNIFF_BYTES]:
        raise IngestError(
            name, "file is binary (NUL bytes); convert it to text, HTML, CSV or JSON Lines"
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = _legacy(data, name)
    if text and len(_CONTROL.findall(text)) > _MAX_CONTROL_SHARE * len(text):
        raise IngestError(name, "file is binary (control characters); convert it to text")
    return text


def _legacy(data: bytes, name: str) -> str:
    """Text in some encoding other than UTF-8."""
    try:
        western = data.decode("cp1252")
    except UnicodeDecodeError:
        western = None
    if western is not None and _mostly_ascii_letters(western):
        return western
    # Imported here: charset_normalizer builds tables on import and most inputs
    # are UTF-8, so most runs never need it.
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise IngestError(
            name, "file is binary or in an unknown encoding; convert it to UTF-8 text"
        )
    return str(best)


def _mostly_ascii_letters(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return False
    non_ascii = sum(1 for ch in letters if not ch.isascii())
    return non_ascii <= _MAX_NON_ASCII_LETTERS * len(letters)


def normalise(text: str) -> str:
    """NFC, ``\\n`` line endings, no trailing spaces, no blank lines at the ends.

    Leading spaces of the first line go too (the seed report starts with one);
    paragraph breaks and every other character are kept as they are.
    """
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _TRAILING_SPACE.sub("", text)
    return text.strip()
