"""The one error type of the import pipeline (pure Python, no Django)."""

from __future__ import annotations

__all__ = ["ImportProblem"]


class ImportProblem(Exception):
    """A document (or a whole file) that cannot be imported, with a reason a person can act on.

    ``reason`` says what is wrong ("empty file", "line is not valid JSON: …");
    ``path`` and ``line_no`` (1-based, JSON Lines only) say where. ``str()`` gives the
    one-line form printed by ``import_documents``: ``path:line: reason``.
    """

    def __init__(self, reason: str, *, path: str = "", line_no: int | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.path = path
        self.line_no = line_no

    def located(self, path: str, line_no: int | None = None) -> "ImportProblem":
        """Return a copy that names ``path`` (and ``line_no`` unless one is already set)."""
        return ImportProblem(self.reason, path=path or self.path, line_no=self.line_no or line_no)

    @property
    def where(self) -> str:
        """``path`` or ``path:line`` (empty when the problem has no location yet)."""
        if self.path and self.line_no:
            return f"{self.path}:{self.line_no}"
        return self.path

    def __str__(self) -> str:
        # A file name that is not UTF-8 must still print (undecodable bytes as U+FFFD).
        return printable(f"{self.where}: {self.reason}" if self.where else self.reason)


def printable(text: str) -> str:
    """``text`` with undecodable bytes (file names that are not UTF-8, such as GBK names
    unpacked from a zip made on Windows) shown as U+FFFD, so it can be stored and printed."""
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
