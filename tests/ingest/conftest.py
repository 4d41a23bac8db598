"""Fixtures for the import pipeline tests: paths to ../shared and small file makers."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

#: ``../shared`` beside the repository (the seed page and the real-document corpus).
SHARED = Path(__file__).resolve().parents[2].parent / "shared"
SEED_PAGE = SHARED / "seed" / "haowensou-detail-3578.txt"
CORPUS = SHARED / "corpus"


@pytest.fixture
def seed_page() -> Path:
    """The scraped seed page; skips cleanly when ../shared is absent."""
    if not SEED_PAGE.is_file():
        pytest.skip("../shared/seed is not present")
    return SEED_PAGE


@pytest.fixture
def corpus_dir() -> Path:
    """``../shared/corpus``; skips cleanly when absent."""
    if not (CORPUS / "documents.jsonl").is_file():
        pytest.skip("../shared/corpus is not present")
    return CORPUS


def read_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


@pytest.fixture
def corpus_rows(corpus_dir):
    """``{id: row}`` for every row of documents.jsonl and scraped_pages.jsonl."""
    rows = {}
    for name in ("documents.jsonl", "scraped_pages.jsonl"):
        for row in read_jsonl(corpus_dir / name):
            rows[row["id"]] = row
    return rows


SPEECH = (
    "在全县经济工作会议上的讲话\n"
    "\n"
    "同志们：\n"
    "\n"
    "这次会议的主要任务是总结去年工作，部署今年任务。\n"
    "\n"
    "一、认清形势\n"
    "\n"
    "今年以来，全县经济运行总体平稳，主要指标好于预期。\n"
)


@pytest.fixture
def write(tmp_path):
    """``write(name, data)`` creates ``tmp_path/name`` from bytes or str (UTF-8) and returns its path."""

    def _write(name: str, data: bytes | str) -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        return path

    return _write


@pytest.fixture
def make_docx():
    """``make_docx(title, paragraphs, heading=None, table=None) -> bytes`` built with python-docx."""
    import io

    import docx

    def _make(title: str = "", paragraphs: list[str] = (), heading: str | None = None, table=None) -> bytes:
        document = docx.Document()
        if title:
            document.core_properties.title = title
        if heading:
            document.add_heading(heading, level=1)
        for p in paragraphs:
            document.add_paragraph(p)
        if table:
            t = document.add_table(rows=len(table), cols=len(table[0]))
            for r, row in enumerate(table):
                for c, value in enumerate(row):
                    t.cell(r, c).text = value
        buf = io.BytesIO()
        document.save(buf)
        return buf.getvalue()

    return _make
