"""Bytes of a text file -> text: Unicode by its byte-order mark or as UTF-8, else the best-fitting legacy encoding.

Order: a byte-order mark (UTF-8, UTF-16, UTF-32) decides; then strict UTF-8 (a legacy file is almost never valid
UTF-8 by chance); then charset-normalizer (a well-kept detector) restricted to the encodings the installed packs
declare in ``pack.toml`` (``encodings``). Left to guess among all encodings it misreads short texts (a one-line
KOI8-R headline as cp932, an English cp1252 paragraph as cp1250; ``scripts/eval_encodings.py``); restricted to
the packs' own encodings it reads them all. A few stray control characters (a NUL or an escape from a bad
export) are dropped; many of them mean the file is not text at all.
"""
from __future__ import annotations

import re

from . import langpack
from .errors import FactsheetError

# what XML 1.0 cannot hold (C0 controls but tab/newline/CR, DEL, lone surrogates, U+FFFE/U+FFFF): dropped from
# every text read, so that no output format can break on them
CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")
# a stress mark (combining acute or grave accent) over a Cyrillic letter: dictionaries and some texts mark the
# stressed vowel ("Шма́каў"); no Cyrillic letter is spelled with one, so it is dropped and the word reads whole
STRESS = re.compile("(?<=[\u0400-\u04ff])[\u0300\u0301]")
_CONTROL_BYTES = bytes(b for b in range(0x20) if b not in (0x09, 0x0A, 0x0C, 0x0D))
_BINARY_MIN, _BINARY_SHARE = 4, 0.01  # this many control bytes, and this share of all bytes, make a file binary
_UTF8_MAJORITY = 20  # valid multi-byte characters per broken byte that make a file UTF-8 with damage
_BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),
         (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))


def decode(data: bytes, path: str) -> str:
    """The text of a file's bytes, with LF line ends and without control characters; FactsheetError if it is
    empty, binary or in no encoding the packs know."""
    if not data.strip():
        raise FactsheetError("is empty (no text to brief)", path)
    text = _by_bom(data, path)
    if text is None:
        _refuse_binary(data, path)
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = _mostly_utf8(data) or _legacy(data, path)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return CONTROL.sub("", text)


def _by_bom(data: bytes, path: str) -> str | None:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError as exc:
                raise FactsheetError(f"starts as {codec.upper()} but is not valid {codec.upper()} "
                                     f"(offset {exc.start})", path) from None
    return None


def _refuse_binary(data: bytes, path: str) -> None:
    controls = len(data) - len(data.translate(None, _CONTROL_BYTES))
    if controls >= _BINARY_MIN and controls >= _BINARY_SHARE * len(data):
        raise FactsheetError("is a binary file, not text (or UTF-16 without a byte-order mark)", path)


def _mostly_utf8(data: bytes) -> str | None:
    """UTF-8 with a few damaged bytes (a file cut mid-character, one stray byte): the text without them.

    Legacy Cyrillic or Latin text almost never forms valid multi-byte UTF-8 sequences, so many valid sequences and
    few broken ones mean UTF-8."""
    text = data.decode("utf-8", errors="replace")
    broken = text.count("\ufffd") - data.count("\ufffd".encode())
    valid = sum(1 for ch in text if ord(ch) > 0x7F) - broken
    return text.replace("\ufffd", "") if valid >= _UTF8_MAJORITY * broken else None


def legacy_encodings() -> list[str]:
    """The legacy encodings the installed packs declare, in pack order, each once."""
    codes = (e for c in langpack.available() for e in langpack.load(c).config.get("encodings", ()))
    return list(dict.fromkeys(codes))


def _legacy(data: bytes, path: str) -> str:
    import charset_normalizer

    encodings = legacy_encodings()
    best = charset_normalizer.from_bytes(data, cp_isolation=encodings).best() if encodings else None
    if best is None:
        tried = ", ".join(["UTF-8", "UTF-16", *encodings])
        raise FactsheetError(f"is not text in an encoding factsheet reads (tried {tried}); save it as UTF-8", path)
    return str(best)


def xml_safe(value):
    """``value`` (a brief dict, list or string) without the characters XML cannot hold."""
    if isinstance(value, str):
        return CONTROL.sub("", value)
    if isinstance(value, dict):
        return {key: xml_safe(item) for key, item in value.items()}
    if isinstance(value, list):
        return [xml_safe(item) for item in value]
    return value
