"""Word 97–2003 ``.doc``, WPS ``.wps`` and ``.rtf`` files, converted by LibreOffice.

``raw_format`` is ``doc``, ``wps`` or ``rtf`` (the file's own bytes are kept as
``raw``, so ``reclean`` converts them again). LibreOffice runs headless
(``soffice --headless --convert-to docx``) on a copy of the file in a private
temporary folder, with a private user profile (so conversions in parallel never share
one), for at most CONVERT_TIMEOUT_SECONDS; its ``.docx`` is then read like any other
(:func:`haowen.ingest.parsers.docx.parse_docx`: images become ``［图］``).

Files named ``.doc`` are often something else: a ``.docx`` renamed, an RTF, or a web
page saved by a site's "download Word" button. Those are read as what they are; plain
text or other bytes under a Word name are a problem, never handed to LibreOffice (which
would import them as text). Without LibreOffice on ``PATH`` (``soffice`` or
``libreoffice``) each such file is one problem naming the Debian package to install.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

from ..problems import ImportProblem
from .base import ParsedDoc
from .docx import parse_docx
from .html import parse_html

__all__ = ["OFFICE_FORMATS", "CONVERT_TIMEOUT_SECONDS", "office_binary", "convert_to_docx", "parse_office"]

#: Formats converted by LibreOffice (``raw_format`` values; each is also the file suffix).
OFFICE_FORMATS = ("doc", "wps", "rtf")
#: Longest a conversion may take (seconds) before LibreOffice is stopped.
CONVERT_TIMEOUT_SECONDS = 120
#: The Debian package that provides a headless LibreOffice Writer.
LIBREOFFICE_PACKAGE = "libreoffice-writer-nogui"
#: Compound File Binary (OLE2) signature: Word 97–2003 and WPS files start with it.
OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
#: Bytes of LibreOffice's console output kept for a problem line.
_OUTPUT_TAIL = 300


def office_binary() -> str | None:
    """The LibreOffice program on ``PATH`` (``soffice``, else ``libreoffice``), or None."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def sniff_office(data: bytes) -> str | None:
    """What a file named ``.doc``/``.wps``/``.rtf`` really holds, from its first bytes.

    ``ole2`` (Word 97–2003, WPS), ``rtf``, ``docx`` (a zip with ``word/``), ``html``,
    or None for anything else (plain text, another binary format).
    """
    head = data[:4096]
    if head.startswith(OLE2_MAGIC):
        return "ole2"
    if head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{\\rtf"):
        return "rtf"
    if head.startswith(b"PK\x03\x04") and b"word/" in head:
        return "docx"
    lowered = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if lowered.startswith((b"<!doctype html", b"<html", b"<?xml", b"mime-version:")) or b"<html" in lowered[:1024]:
        return "html"
    return None


def convert_to_docx(data: bytes, fmt: str, *, max_bytes: int | None = None, timeout: float | None = None) -> bytes:
    """Convert ``data`` (a ``.doc``/``.wps``/``.rtf`` file's bytes) to ``.docx`` bytes with LibreOffice.

    ``fmt`` is the suffix LibreOffice is shown (without the dot). ``timeout`` (seconds,
    default CONVERT_TIMEOUT_SECONDS) bounds the conversion: past it the whole
    LibreOffice process group is killed. The converted file is read only when it is at
    most ``max_bytes`` bytes (``IMPORT_MAX_BYTES``). Raises :class:`ImportProblem` when
    LibreOffice is not installed, times out, fails or writes nothing.
    """
    binary = office_binary()
    if binary is None:
        raise ImportProblem(
            f"cannot read .{fmt} files: LibreOffice is not installed "
            f"(install the Debian package {LIBREOFFICE_PACKAGE}, or save the file as .docx)"
        )
    timeout = CONVERT_TIMEOUT_SECONDS if timeout is None else timeout
    with tempfile.TemporaryDirectory(prefix="haowen-convert-") as tmp:
        folder = Path(tmp)
        source = folder / f"input.{fmt}"
        source.write_bytes(data)
        out = folder / "out"
        log_path = folder / "soffice.log"
        command = [
            binary,
            "--headless",
            "--norestore",
            "--nolockcheck",
            "--nologo",
            "--nodefault",
            # A profile of its own: two conversions sharing one would wait for each
            # other or fail, and the operator's own profile stays untouched.
            f"-env:UserInstallation={(folder / 'profile').as_uri()}",
            "--convert-to",
            "docx",
            "--outdir",
            str(out),
            str(source),
        ]
        env = {**os.environ, "HOME": tmp}  # anything it writes outside the profile goes here too
        with log_path.open("wb") as log_file:
            try:
                proc = subprocess.Popen(
                    command, stdin=subprocess.DEVNULL, stdout=log_file, stderr=subprocess.STDOUT,
                    cwd=tmp, env=env, start_new_session=True,
                )  # fmt: skip
            except OSError as exc:
                raise ImportProblem(f"cannot start LibreOffice ({binary}): {exc.strerror or exc}") from exc
            try:
                proc.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                raise ImportProblem(
                    f"LibreOffice did not convert the .{fmt} file within {timeout:g} s "
                    "(CONVERT_TIMEOUT_SECONDS); the conversion was stopped"
                ) from None
            finally:
                # soffice starts soffice.bin in its session: end the whole group, so no
                # converter outlives its file (after a timeout, or a launcher that exits early).
                try:
                    os.killpg(proc.pid, signal.SIGKILL)
                except (ProcessLookupError, PermissionError):
                    pass
                proc.wait()
        result = out / "input.docx"
        if proc.returncode != 0 or not result.is_file():
            tail = log_path.read_bytes()[-_OUTPUT_TAIL:].decode("utf-8", "replace").strip().replace("\n", " | ")
            raise ImportProblem(
                f"LibreOffice could not convert this .{fmt} file (exit status {proc.returncode}"
                + (f"; it said: {tail}" if tail else "")
                + ")"
            )
        size = result.stat().st_size
        if max_bytes is not None and size > max_bytes:
            raise ImportProblem(
                f"the .{fmt} file converts to a .docx of {size:,} bytes, over the import limit "
                f"of {max_bytes:,} bytes (IMPORT_MAX_BYTES)"
            )
        return result.read_bytes()


def parse_office(data: bytes, fmt: str, max_bytes: int | None = None) -> ParsedDoc:
    """Parse a ``.doc``, ``.wps`` or ``.rtf`` file (bytes; ``fmt`` is one of OFFICE_FORMATS).

    A Word 97–2003/WPS (OLE2) or RTF file is converted by :func:`convert_to_docx` and
    read by :func:`~haowen.ingest.parsers.docx.parse_docx`; the document keeps the
    original bytes as ``raw`` and ``fmt`` as ``raw_format``. A renamed ``.docx`` is read
    as one, a saved web page as HTML. Raises :class:`ImportProblem` for any other content
    (``not a .doc file: …``) and for every conversion failure.
    """
    kind = sniff_office(data)
    if kind == "docx":
        return parse_docx(data, max_bytes=max_bytes)
    if kind == "html":
        return parse_html(data)
    if kind is None:
        raise ImportProblem(
            f"not a .{fmt} file: it starts with {data[:12]!r}, which is neither a Word 97-2003/WPS file, "
            "RTF, .docx nor a web page"
        )
    doc = parse_docx(convert_to_docx(data, fmt, max_bytes=max_bytes), max_bytes=max_bytes)
    doc.raw = data
    doc.raw_format = fmt
    return doc
