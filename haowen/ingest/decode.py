"""Bytes → text for imported files, refusing anything that would come out as mojibake.

Pure Python, no Django. Chinese documents in the wild are UTF-8 (with or without a
BOM), UTF-16 (Windows "Unicode" text, usually with a BOM) or GB18030/GBK (older
Windows and many government sites). We try strict decodes in that order and only
accept a result that reads as text; charset-normalizer breaks the tie when more than
one candidate decodes cleanly. Binary files (images, PDFs, old Word ``.doc``,
anything with NUL bytes outside UTF-16) raise :class:`ImportProblem` with a reason.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

from .problems import ImportProblem

__all__ = ["decode_bytes", "check_text", "sniff_head", "ImportProblem"]

# Magic numbers of binary formats people drop into an import folder by mistake.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "a PDF file; export it as .docx, .html or .txt first"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old binary Word/Excel (.doc/.xls) file; save it as .docx first"),
    (b"PK\x03\x04", "a ZIP container (only .docx files of that kind can be imported)"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"{\\rtf", "an RTF file; save it as .docx first"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"Rar!", "a RAR archive"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
)

# Share of control characters (other than tab, newline, carriage return, form feed)
# above which a "successful" decode is really binary data.
_MAX_CONTROL_SHARE = 0.002
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")

# Share of "ordinary" characters (CJK, ASCII, punctuation, whitespace) a decode
# candidate without a BOM needs to be believed.
_MIN_PLAUSIBLE_SHARE = 0.97


def _is_ordinary(ch: str) -> bool:
    """True for characters that make up normal Chinese/English text."""
    cp = ord(ch)
    if cp < 0x80:
        return ch.isprintable() or ch in "\t\n\r\f"
    if 0x4E00 <= cp <= 0x9FFF or 0x3400 <= cp <= 0x4DBF:  # CJK unified ideographs
        return True
    if 0x3000 <= cp <= 0x303F or 0xFF00 <= cp <= 0xFFEF:  # CJK punctuation, full-width forms
        return True
    if 0x2000 <= cp <= 0x206F or 0x2150 <= cp <= 0x27BF:  # general punctuation, symbols, ①
        return True
    if cp in (0x00A0, 0x00B7, 0x00D7, 0x00F7, 0xFEFF) or 0x00B0 <= cp <= 0x00BF:
        return True
    cat = unicodedata.category(ch)
    # Letters of other scripts (Latin accents, Greek, Cyrillic) are fine in small doses.
    return cat[0] in "LNP" and cp < 0x2000


def _plausible_share(text: str, sample: int = 4000) -> float:
    """Share (0–1) of ordinary characters in the first ``sample`` characters of ``text``."""
    head = text[:sample]
    if not head:
        return 0.0
    return sum(1 for ch in head if _is_ordinary(ch)) / len(head)


def check_text(text: str, *, what: str = "file") -> str:
    """Return ``text`` unchanged if it looks like text; raise :class:`ImportProblem` if not.

    Refuses NUL characters and more than 0.2 % control characters (binary data that
    happened to decode). ``what`` names the thing in the message ("file", "line").
    """
    if "\x00" in text:
        raise ImportProblem(f"binary data: the {what} contains NUL characters")
    controls = len(_CONTROL_RE.findall(text))
    if controls and controls > max(2, len(text) * _MAX_CONTROL_SHARE):
        raise ImportProblem(f"binary data: the {what} contains {controls} control characters")
    return text


def _strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _looks_like_utf16(data: bytes) -> str | None:
    """Return ``"utf-16-le"``/``"utf-16-be"`` when BOM-less ``data`` reads as UTF-16 text.

    Only data with NUL bytes on one side of the byte pairs qualifies: real text has
    newlines, digits or spaces, whose high byte is 0. Without that test any run of
    byte pairs in 0x4E–0x9F would "decode" to CJK characters.
    """
    if len(data) < 4 or len(data) % 2:
        return None
    even_nuls = data[0::2].count(0)
    odd_nuls = data[1::2].count(0)
    if not (even_nuls or odd_nuls):
        return None
    # ASCII in little-endian UTF-16 puts the 0 byte second (odd positions).
    candidates = ("utf-16-le", "utf-16-be") if odd_nuls >= even_nuls else ("utf-16-be", "utf-16-le")
    for encoding in candidates:
        text = _strict(data, encoding)
        if text is not None and "\x00" not in text and _plausible_share(text) >= _MIN_PLAUSIBLE_SHARE:
            return encoding
    return None


def sniff_head(head: bytes) -> tuple[str, str]:
    """What the first bytes of a file say it is, before the rest is read.

    ``head`` is the file's first few kilobytes (4,096 is plenty). Returns one of:

    * ``("utf-16", encoding)`` — a UTF-16 byte-order mark, or NUL bytes on one side of
      the byte pairs that read as UTF-16 text (``utf-16``, ``utf-16-le`` or ``utf-16-be``);
    * ``("binary", reason)`` — a known binary format (PDF, .doc, images, archives) by
      its magic number, or NUL bytes (a tenth of ``head`` or more) that are not UTF-16
      text (``reason`` is the
      sentence for the problem line, e.g. ``binary data: 4,096 of the first 4,096 bytes
      are NUL bytes, not text``);
    * ``("text", "")`` — nothing against reading it as text (it may still not decode).

    JSON Lines are read line by line without decoding a whole file, so this is how a
    ``.jsonl`` of zeros or a UTF-16 file is recognised as one problem, not as one
    enormous "line" or as many broken ones.
    """
    if head.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return "text", ""
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16", "utf-16"
    for magic, description in _MAGIC:
        if head.startswith(magic):
            return "binary", f"not a text document: this is {description}"
    nuls = head.count(0)
    if not nuls:
        return "text", ""
    if nuls * 10 < len(head):
        return "text", ""  # a stray NUL: the line or record holding it is the problem
    even = head[: len(head) - len(head) % 2]
    # The head may end inside a surrogate pair: try it one code unit shorter too.
    encoding = _looks_like_utf16(even) or _looks_like_utf16(even[:-2])
    if encoding:
        return "utf-16", encoding
    return "binary", f"binary data: {nuls:,} of the first {len(head):,} bytes are NUL bytes, not text"


def _normalizer_guess(data: bytes) -> str:
    """charset-normalizer's best encoding for ``data`` (lower-case codec name) or ``""``."""
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - hard dependency
        return ""
    best = from_bytes(data[:65536]).best()
    if best is None:
        return ""
    return codecs.lookup(best.encoding).name


def decode_bytes(data: bytes, *, what: str = "file") -> str:
    """Decode imported ``data`` (bytes) to ``str``; never returns mojibake.

    Order: BOM (UTF-8, UTF-32, UTF-16) → strict UTF-8 → BOM-less UTF-16 (only when it
    reads as text) → strict GB18030 (a superset of GBK and GB2312). When both a
    BOM-less UTF-16 and a GB18030 reading are clean, charset-normalizer decides.
    A leading BOM is removed; newlines are left as they are.

    Raises :class:`ImportProblem` for empty input, known binary formats (PDF, .doc,
    images, archives), NUL bytes outside UTF-16, control-character soup and bytes
    that decode in none of the encodings above.
    """
    if not data:
        raise ImportProblem(f"empty {what}: 0 bytes")
    for magic, description in _MAGIC:
        if data.startswith(magic):
            raise ImportProblem(f"not a text document: this is {description}")

    if data.startswith(codecs.BOM_UTF8):
        text = _strict(data[3:], "utf-8")
        if text is None:
            raise ImportProblem("cannot decode: starts with a UTF-8 byte-order mark but is not valid UTF-8")
        return check_text(text, what=what)
    for bom, encoding in ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be")):
        if data.startswith(bom):
            text = _strict(data[4:], encoding)
            if text is not None:
                return check_text(text, what=what)
    for bom, encoding in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            text = _strict(data[2:], encoding)
            if text is None:
                raise ImportProblem(f"cannot decode: starts with a UTF-16 byte-order mark but is not valid {encoding}")
            return check_text(text, what=what)

    text = _strict(data, "utf-8")
    if text is not None:
        return check_text(text, what=what)

    utf16 = _looks_like_utf16(data)
    if b"\x00" in data and utf16 is None:
        raise ImportProblem(f"binary data: the {what} contains NUL bytes and is not UTF-16 text")

    gb = _strict(data, "gb18030")
    gb_ok = gb is not None and _plausible_share(gb) >= _MIN_PLAUSIBLE_SHARE
    if utf16 and gb_ok:
        # Both readings are clean: a rare tie, settled by the statistical detector.
        guess = _normalizer_guess(data)
        chosen = utf16 if guess.startswith("utf_16") else "gb18030"
        return check_text(_strict(data, chosen) or "", what=what)
    if utf16:
        return check_text(_strict(data, utf16) or "", what=what)
    if gb_ok:
        return check_text(gb or "", what=what)

    guess = _normalizer_guess(data)
    detail = f" (charset-normalizer suggests {guess})" if guess else ""
    raise ImportProblem(f"cannot decode: not valid UTF-8, UTF-16 or GB18030 text{detail}")
