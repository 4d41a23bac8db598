"""Import files into the library, and re-clean stored articles (the Django side of ingest).

Parsing is pure (``parsers``); every parsed document is a library ``ArticleDraft``
and goes through ``library.services.save_draft``, each in its own transaction, so one
bad document never stops or undoes the others.
"""

from __future__ import annotations

import glob
import logging
import os
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from django.conf import settings
from django.db import DatabaseError, IntegrityError, transaction

from haowen.library.models import Article
from haowen.library.near_duplicates import link_near_duplicate
from haowen.library.services import (
    ArticleDraft,
    DraftAnalysis,
    DraftError,
    analyse_draft,
    body_digest,
    is_body_edited,
    save_draft,
    update_article,
)

from .clean import cleaning_context
from .decode import sniff_head
from .parsers import (
    FORMAT_BY_SUFFIX,
    ImportProblem,
    is_jsonl_file,
    jsonl_chunks,
    parse_jsonl_chunk,
    parse_path,
    parse_raw,
    printable,
)
from .sites import BatchTemplates, batch_templates

log = logging.getLogger(__name__)

__all__ = [
    "AnalysedDoc",
    "ChunkTask",
    "FileTask",
    "ImportReport",
    "ProblemLine",
    "RecleanReport",
    "expand_paths",
    "import_paths",
    "reclean",
]

# Folders are searched for these suffixes only; a file named on the command line is
# imported whatever its suffix (its format is then sniffed from its content).
IMPORTABLE_SUFFIXES = frozenset(FORMAT_BY_SUFFIX)
# Documentation that lives beside data (shared/corpus/README.md) is not a document.
_SKIPPED_NAMES = ("readme", "license", "licence", "changelog", "contributing")
# Show a progress bar only when there is enough work for one to help.
PROGRESS_MIN_ITEMS = 5


@dataclass
class ImportReport:
    """Outcome of one import run: counts per status and one line per problem.

    ``problems`` are strings ``path[:line]: reason``; ``failed`` counts documents (or
    whole files) that were not imported.
    """

    imported: int = 0
    unchanged: int = 0
    updated: int = 0
    failed: int = 0
    problems: list[str] = field(default_factory=list)
    article_ids: list[int] = field(default_factory=list)
    #: ``(title, canonical title, canonical id)`` for each new or updated article that
    #: is a near-duplicate of an article already in the library (see library.near_duplicates).
    near_duplicates: list[tuple[str, str, int]] = field(default_factory=list)
    #: Image and embedded-object placeholders (``［图］``) in the documents imported or
    #: updated (``extra["figures"]`` of the .docx, .doc, .wps and .rtf parsers).
    figures: int = 0
    #: Files found in folders and not imported because no parser reads their suffix,
    #: as paths (hidden files and README/LICENSE-style documentation are not listed).
    skipped: list[Path] = field(default_factory=list)

    @property
    def total(self) -> int:
        """Documents (and unreadable files) seen: every status counted once."""
        return self.imported + self.unchanged + self.updated + self.failed

    def summary(self) -> str:
        """``imported N, unchanged N, updated N, failed N``, then when any: ``, near-duplicates
        N``, ``, image placeholders N`` and ``; skipped N files: .xls 2, .png 1`` (see
        :meth:`skipped_by_suffix`)."""
        line = f"imported {self.imported}, unchanged {self.unchanged}, updated {self.updated}, failed {self.failed}"
        if self.near_duplicates:
            line += f", near-duplicates {len(self.near_duplicates)}"
        if self.figures:
            line += f", image placeholders {self.figures}"
        if self.skipped:
            counts = ", ".join(f"{suffix} {n}" for suffix, n in self.skipped_by_suffix())
            line += f"; skipped {len(self.skipped)} file{'s' if len(self.skipped) > 1 else ''}: {counts}"
        return line

    def skipped_by_suffix(self) -> list[tuple[str, int]]:
        """``(suffix, count)`` of the skipped files, most first (``(no suffix)`` for none)."""
        counts = Counter(p.suffix.lower() or "(no suffix)" for p in self.skipped)
        return sorted(counts.items(), key=lambda item: (-item[1], item[0]))

    def fail(self, problem: ImportProblem | str) -> None:
        """Count one failure and keep its ``path[:line]: reason`` line (always printable)."""
        self.failed += 1
        self.problems.append(printable(str(problem)))


def _is_skipped(path: Path) -> bool:
    if any(part.startswith(".") for part in path.parts if part not in (".", "..")):
        return True
    return path.stem.lower().startswith(_SKIPPED_NAMES)


def _walk(folder: Path, problems: list[ImportProblem], skipped: list[Path] | None = None) -> list[Path]:
    """Importable files under ``folder``, sorted; an unreadable subfolder becomes a problem.

    Files with a suffix no parser reads are added to ``skipped`` (when given), sorted.
    """

    def unreadable(exc: OSError) -> None:
        problems.append(ImportProblem(f"cannot read folder: {exc.strerror or exc}", path=exc.filename or str(folder)))

    found = []
    passed: list[Path] = []
    for root, dirs, names in os.walk(folder, onerror=unreadable):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in names:
            p = Path(root) / name
            if _is_skipped(p.relative_to(folder)) or not p.is_file():
                continue
            (found if p.suffix.lower() in IMPORTABLE_SUFFIXES else passed).append(p)
    if skipped is not None:
        skipped.extend(sorted(passed))
    return sorted(found)


def _not_a_file(path: Path) -> ImportProblem:
    """The problem for a path that exists but is neither a regular file nor a folder."""
    if path.is_symlink() and not path.exists():
        return ImportProblem("broken symbolic link: its target does not exist", path=str(path))
    return ImportProblem("not a regular file or folder (a pipe, socket or device?)", path=str(path))


def expand_paths(
    paths: Iterable[str | Path], skipped: list[Path] | None = None
) -> tuple[list[Path], list[ImportProblem]]:
    """Expand files, folders (recursively) and glob patterns into a list of files.

    Folders yield files with a known suffix (``.txt .md .html .htm .docx .doc .wps .rtf
    .pdf .jsonl`` …), skipping hidden files and README/LICENSE-style documentation; the
    files of other suffixes are appended to ``skipped`` when it is given. A path that does not
    exist and matches no glob becomes an :class:`ImportProblem`. Each file appears once,
    in the order given (folders sorted).
    """
    files: list[Path] = []
    problems: list[ImportProblem] = []
    seen: set[Path] = set()

    def add(p: Path) -> None:
        key = p.resolve()
        if key not in seen:
            seen.add(key)
            files.append(p)

    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for p in _walk(path, problems, skipped):
                add(p)
        elif path.is_file():
            add(path)
        elif os.path.lexists(path):
            problems.append(_not_a_file(path))
        else:
            matches = sorted(glob.glob(str(raw), recursive=True))
            if not matches:
                problems.append(ImportProblem("no such file or directory", path=str(raw)))
            for m in matches:
                mp = Path(m)
                if mp.is_dir():
                    for p in _walk(mp, problems, skipped):
                        add(p)
                elif mp.is_file():
                    add(mp)
                else:
                    problems.append(_not_a_file(mp))
    return files, problems


def _count_documents(files: list[Path], enough: int | None = None) -> int:
    """Rough number of documents: non-blank lines of JSON Lines files, one per other file.

    Reads in blocks of 1 MiB, so a file without line ends (a ``.jsonl`` of NUL bytes) is
    never held whole; one that :func:`~haowen.ingest.decode.sniff_head` calls UTF-16 or
    binary counts once (it is one problem). Stops reading once the count reaches
    ``enough`` (when only a threshold matters, a large file is not read twice).
    """
    total = 0
    for f in files:
        if enough is not None and total >= enough:
            break
        if FORMAT_BY_SUFFIX.get(f.suffix.lower()) == "jsonl":
            try:
                total += _count_lines(f, None if enough is None else enough - total)
            except OSError:
                total += 1
        else:
            total += 1
    return total


def _count_lines(path: Path, enough: int | None) -> int:
    """Non-blank lines of ``path`` (at least 1; at most ``enough`` when given), read in blocks."""
    count = 0
    with path.open("rb") as fh:
        block = fh.read(1 << 20)
        if sniff_head(block[:4096])[0] != "text":
            return 1
        pending = False  # the line being read so far holds more than whitespace
        while block:
            lines = block.split(b"\n")
            for part in lines[:-1]:
                if pending or part.strip():
                    count += 1
                    if enough is not None and count >= enough:
                        return count
                pending = False
            pending = pending or bool(lines[-1].strip())
            block = fh.read(1 << 20)
        return max(1, count + pending)


def _where(doc: ArticleDraft, path: Path | str) -> str:
    return f"{path}:{doc.line_no}" if doc.line_no else str(path)


# --- the pipeline ----------------------------------------------------------------------
#
# Reading, parsing, cleaning, validation, hashing, word segmentation and fingerprints are
# pure: they run in worker processes on tasks (a FileTask: one non-JSON-Lines file; a
# ChunkTask: up to 64 lines of a JSON Lines file) and send back outcomes (an AnalysedDoc
# per document, a ProblemLine per failure). The messages are small frozen dataclasses:
# they cross the pipe pickled, and a field read by name cannot silently shift. The parent
# writes each document to the database in its own transaction, in input order, and hands
# the words it segmented to the search index (``on_batch``). With one worker everything
# runs in this process through the same functions.


@dataclass(frozen=True, slots=True)
class FileTask:
    """A task: parse one file that is not JSON Lines (one or more documents, e.g. a scraped page)."""

    #: The file's path as given (``str``: it is pickled to a worker, and named in problem lines).
    path: str
    #: List each document's dropped lines with their reasons (``import_documents -v 2``).
    explain: bool = False
    #: Template line keys of the file's site (see ``ingest.sites``), dropped at the page's edges.
    template: frozenset[int] = frozenset()


@dataclass(frozen=True, slots=True)
class ChunkTask:
    """A task: parse up to 64 records of a JSON Lines file (see ``parsers.jsonl_chunks``)."""

    #: The JSON Lines file the records come from (named in problem lines).
    path: str
    #: ``(line_no, line)`` pairs: the 1-based line number in ``path`` and the line's raw bytes.
    lines: list[tuple[int, bytes]]
    #: As for :class:`FileTask`; ``template`` holds the template lines of the records' sites.
    explain: bool = False
    template: frozenset[int] = frozenset()


@dataclass(frozen=True, slots=True)
class ProblemLine:
    """A document (or file) that cannot be imported: one line of the report.

    It is an outcome of a task, and also a task of its own when the problem is found
    while the tasks are made (an unreadable JSON Lines file): it then passes the
    workers unchanged, so it keeps its place in the input order.
    """

    #: ``path[:line]: reason``, printable (see ``parsers.printable``).
    line: str


@dataclass(frozen=True, slots=True)
class AnalysedDoc:
    """An outcome: one document parsed and analysed, ready for ``save_draft`` in the parent."""

    #: ``path[:line]`` of the document, printable, for the problem line if saving fails.
    where: str
    #: The parsed document as the parser produced it (the library's record: every field,
    #: ``line_no`` and the ``raw`` bytes), but without its paragraphs (``analysis.body``
    #: carries the body; a 20 MB document crosses the pipe once, not twice).
    draft: ArticleDraft
    #: Title, body, hashes, segmented words and fingerprint, computed in the worker.
    analysis: DraftAnalysis


#: What the parent hands a worker.
Task = FileTask | ChunkTask | ProblemLine
#: What a worker hands back, one per document (or per unreadable file), in input order.
Outcome = ProblemLine | AnalysedDoc

#: Below this many documents a pool costs more than it saves.
PARALLEL_MIN_DOCUMENTS = 200


def _tasks(files: list[Path], max_bytes: int | None, explain: bool = False, templates: BatchTemplates | None = None) -> Iterator[Task]:
    templates = templates or BatchTemplates()
    for f in files:
        if is_jsonl_file(f):
            for chunk in jsonl_chunks(f, max_bytes=max_bytes):
                if isinstance(chunk, ImportProblem):
                    yield ProblemLine(str(chunk))
                else:
                    yield ChunkTask(str(f), chunk, explain, templates.for_lines(chunk))
        else:
            yield FileTask(str(f), explain, templates.for_file(f))


def _outcome(item: ArticleDraft | ImportProblem, name: str) -> Outcome:
    if isinstance(item, ImportProblem):
        return ProblemLine(str(item.located(name)))
    where = printable(_where(item, name))
    try:
        analysis = analyse_draft(item)
    except DraftError as exc:
        return ProblemLine(f"{where}: {exc}")
    except Exception as exc:  # a bug must cost one document, not the import
        log.exception("analysing %s failed", where)
        return ProblemLine(f"{where}: cannot analyse the document: {type(exc).__name__}: {exc}")
    item.paragraphs = []  # the analysis carries the body; keep what crosses the pipe small
    return AnalysedDoc(where, item, analysis)


def run_task(task: Task, max_bytes: int | None) -> list[Outcome]:
    """Parse and analyse one task; return its outcomes in input order. Pure: no database.

    Every failure comes back as a :class:`ProblemLine` outcome (``path[:line]: reason``), so
    a worker process never raises for bad input; a :class:`ProblemLine` task comes back as is.
    """
    if isinstance(task, ProblemLine):
        return [task]
    name = task.path
    try:
        with cleaning_context(explain=task.explain, template=task.template):
            if isinstance(task, ChunkTask):
                items = parse_jsonl_chunk(name, task.lines, max_bytes=max_bytes)
            else:
                items = list(parse_path(name, max_bytes=max_bytes))
    except Exception as exc:  # the parsers turn bad input into problems; this is a last resort
        log.exception("parsing %s failed", name)
        return [ProblemLine(printable(f"{name}: cannot parse: {type(exc).__name__}: {exc}"))]
    return [_outcome(item, name) for item in items]


def _in_process(tasks: Iterable[Task], max_bytes: int | None) -> Iterator[list[Outcome]]:
    for task in tasks:
        yield run_task(task, max_bytes)


def _in_pool(tasks: Iterator[Task], max_bytes: int | None, workers: int) -> Iterator[list[Outcome]]:
    """``run_task`` over ``tasks`` in ``workers`` forked processes, results in input order.

    At most ``3 × workers`` tasks are in flight, and no more than ``workers`` once they
    hold over IN_FLIGHT_BYTES of input (tasks of 20 MB documents), so memory stays
    proportional to ``workers`` documents. If the pool breaks (a worker killed), the
    tasks not yet done run in this process.
    """
    import multiprocessing
    from collections import deque
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    from django.db import connections

    # Children never use the parent's database connections; close them so none is
    # shared across fork (Django reopens them on the next query).
    if not any(conn.in_atomic_block for conn in connections.all()):
        connections.close_all()
    pending: deque = deque()  # (task, future, bytes), oldest first; a task leaves it once its result is out
    in_flight = 0

    def oldest() -> list[Outcome]:
        nonlocal in_flight
        result = pending[0][1].result()
        in_flight -= pending.popleft()[2]
        return result

    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"), initializer=_die_with_parent) as pool:
        try:
            for task in tasks:
                size = _task_bytes(task)
                pending.append((task, None, 0))
                pending[-1] = (task, pool.submit(run_task, task, max_bytes), size)
                in_flight += size
                while len(pending) >= 3 * workers or (len(pending) >= workers and in_flight > IN_FLIGHT_BYTES):
                    yield oldest()
            while pending:
                yield oldest()
        except BrokenProcessPool:
            log.warning("import worker pool broke; finishing the import in this process")
            while pending:
                yield run_task(pending.popleft()[0], max_bytes)
            yield from _in_process(tasks, max_bytes)


#: Input bytes in flight in the pool beyond which only ``workers`` tasks are (see _in_pool).
IN_FLIGHT_BYTES = 8 << 20


def _task_bytes(task: Task) -> int:
    """Input bytes of a task: its JSON lines, or its file's size."""
    if isinstance(task, ChunkTask):
        return sum(len(line) for _, line in task.lines)
    if isinstance(task, FileTask):
        try:
            return os.path.getsize(task.path)
        except OSError:
            return 0
    return 0


def _die_with_parent() -> None:
    """In a worker: ask Linux to kill this process when the importing process dies.

    Without it a ``kill -9`` of the import leaves its workers waiting on their pipes
    forever. Elsewhere (no ``prctl``) this does nothing.
    """
    try:
        import ctypes
        import signal

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def default_workers() -> int:
    """``settings.IMPORT_WORKERS`` (default: the number of CPUs), at least 1."""
    value = settings.IMPORT_WORKERS or os.cpu_count() or 1
    return max(1, int(value))


def import_paths(
    paths: Iterable[str | Path],
    *,
    progress: bool = False,
    stdout: TextIO | None = None,
    max_bytes: int | None = None,
    workers: int | None = None,
    on_batch: Callable[[dict[int, DraftAnalysis]], None] | None = None,
    batch_size: int = 1000,
    on_dropped: Callable[[str, str, list[tuple[str, str]]], None] | None = None,
) -> ImportReport:
    """Import every document found under ``paths``; return an :class:`ImportReport`.

    ``paths`` are files, folders (searched recursively) or glob patterns. Each
    document is saved by ``save_draft`` in its own transaction: ``imported``
    (new), ``updated`` (same source and external id, new text) or ``unchanged``
    (same text already in the library). A parse problem, a ``DraftError`` or a
    database error becomes one ``path[:line]: reason`` line in ``report.problems``
    and the run goes on. ``progress`` shows a tqdm bar on ``stdout`` (default
    stderr) when there are more than a few documents. ``max_bytes`` defaults to
    ``settings.IMPORT_MAX_BYTES`` (per document; see ``parsers.parse_path``).

    ``workers`` processes (default :func:`default_workers`) parse and analyse the
    documents when there are at least ``PARALLEL_MIN_DOCUMENTS``; the results are saved
    in input order, so the outcome does not depend on ``workers``. ``on_batch``
    receives ``{article id: DraftAnalysis}`` for every ``batch_size`` new or updated
    articles and once at the end, after they are committed (``import_documents`` hands
    them to :class:`haowen.search.feed.IndexFeed`, so the index uses the words
    segmented already).

    Before the documents are parsed, the lines each site repeats on its pages in this
    batch are found (:func:`haowen.ingest.sites.batch_templates`) and the cleaner drops
    them at the pages' edges. ``on_dropped`` (``import_documents -v 2``) is called for
    each document saved with its ``path[:line]``, its title and the ``(line, reason)``
    pairs the cleaner dropped.
    """
    report = ImportReport()
    if max_bytes is None:
        max_bytes = settings.IMPORT_MAX_BYTES
    workers = default_workers() if workers is None else max(1, int(workers))
    files, problems = expand_paths(paths, report.skipped)
    for problem in problems:
        report.fail(problem)

    if progress:
        total = _count_documents(files)
    else:  # only the pool threshold matters
        total = _count_documents(files, enough=PARALLEL_MIN_DOCUMENTS) if workers > 1 else 0
    bar = None
    if progress and (total > PROGRESS_MIN_ITEMS or len(files) > PROGRESS_MIN_ITEMS):
        from tqdm import tqdm

        stream = stdout or sys.stderr
        # Redrawn ten times a second on a terminal; in a log file a line every 10 s is plenty.
        interactive = getattr(stream, "isatty", lambda: False)()
        bar = tqdm(
            total=total, unit="doc", file=stream, dynamic_ncols=True, leave=True, mininterval=0.1 if interactive else 10
        )
    parallel = workers > 1 and total >= PARALLEL_MIN_DOCUMENTS and _can_fork()
    tasks = _tasks(files, max_bytes, explain=on_dropped is not None, templates=batch_templates(files, max_bytes))
    results = _in_pool(tasks, max_bytes, workers) if parallel else _in_process(tasks, max_bytes)
    batch: dict[int, DraftAnalysis] = {}
    try:
        for outcomes in results:
            for outcome in outcomes:
                if bar is not None:
                    bar.update(1)
                if isinstance(outcome, ProblemLine):
                    report.fail(outcome.line)
                    continue
                if not isinstance(outcome, AnalysedDoc):  # a bug in a worker, not bad input
                    raise TypeError(f"not an import outcome: {type(outcome).__name__} {outcome!r:.200}")
                article = _save(report, outcome.where, outcome.draft, outcome.analysis)
                if on_dropped is not None:
                    on_dropped(outcome.where, outcome.analysis.title, outcome.draft.extra.get("dropped", []))
                if article is not None:
                    report.figures += int(outcome.draft.extra.get("figures", 0))
                    batch[article.pk] = outcome.analysis
                    if on_batch is not None and len(batch) >= batch_size:
                        on_batch(batch)
                        batch = {}
        if on_batch is not None and batch:
            on_batch(batch)
    finally:
        if bar is not None:
            bar.close()
    return report


def _can_fork() -> bool:
    import multiprocessing

    return "fork" in multiprocessing.get_all_start_methods()


def _save(report: ImportReport, where: str, draft: ArticleDraft, analysis: DraftAnalysis) -> Article | None:
    """Save one analysed document and count it; return the article when it is new or changed."""
    try:
        # One transaction per document: the row, its index-log entry, its fingerprint
        # bands and near-duplicate links commit together (one commit, not two).
        with transaction.atomic():
            status, article = save_draft(draft, analysis)
            if status != "unchanged":
                _link_near_duplicate(report, article, analysis.fingerprint, new=status == "imported")
    except DraftError as exc:
        report.fail(f"{where}: {exc}")
        return None
    except DatabaseError as exc:  # one bad row (too long for a column …) must not stop the run
        log.exception("saving %s failed", where)
        report.fail(f"{where}: database error: {exc}")
        return None
    except Exception as exc:  # e.g. a value the database driver cannot convert: this document only
        log.exception("saving %s failed", where)
        report.fail(f"{where}: cannot save: {type(exc).__name__}: {exc}")
        return None
    report.article_ids.append(article.pk)
    if status == "unchanged":
        report.unchanged += 1
        return None
    if status == "imported":
        report.imported += 1
    else:
        report.updated += 1
    return article


def _link_near_duplicate(
    report: ImportReport, article: Article, fingerprint: bytes | None = None, new: bool = False
) -> None:
    """Link a new or updated article to its near-duplicates; note it when it copies an earlier one."""
    try:
        original = link_near_duplicate(article, fingerprint, new=new)
    except DatabaseError:  # the article is saved; find_near_duplicates can link it later
        log.exception("near-duplicate linking failed for article %s", article.pk)
        return
    if original is not None:
        canonical = original if article.canonical_id == original.pk else article
        copy = article if canonical is original else original
        report.near_duplicates.append((copy.title, canonical.title, canonical.pk))


@dataclass
class RecleanReport:
    """Outcome of :func:`reclean`: articles looked at, changed, skipped (no raw), failed, and
    ``kept`` (bodies staff edited after import, left as they are)."""

    checked: int = 0
    changed: int = 0
    skipped: int = 0
    failed: int = 0
    kept: int = 0
    problems: list[str] = field(default_factory=list)

    def summary(self) -> str:
        """``checked N, changed N, skipped N, failed N`` (``, kept N edited`` when any)."""
        line = f"checked {self.checked}, changed {self.changed}, skipped {self.skipped}, failed {self.failed}"
        if self.kept:
            line += f", kept {self.kept} edited"
        return line


def reclean(queryset: Iterable[Article], force: bool = False) -> RecleanReport:
    """Re-run the parser and cleaner on each article's stored ``raw`` input.

    ``raw`` is decoded and parsed with the parser named by ``raw_format``; when the
    cleaned body differs from the stored one the article is updated through
    ``library.services.update_article`` (which recomputes the word count and content
    hash and logs the change for the search index). Articles without ``raw`` are
    skipped. A parse failure, an empty result or a body that now duplicates another
    article becomes one problem line ``article <id>: reason``; the run goes on.

    A body edited after import (``library.services.is_body_edited``: it is not the text
    the cleaner produced at import or at the last reclean) is kept and listed
    (``article <id>: the body was edited after import; kept …``) unless ``force``;
    with ``force`` it is overwritten and listed too. A body that already is the
    cleaner's text has its ``cleaned_body_hash`` recorded.
    """
    report = RecleanReport()
    # Small chunks: each row carries its raw input, which may be megabytes.
    articles = queryset.iterator(chunk_size=100) if hasattr(queryset, "iterator") else iter(queryset)
    for article in articles:
        report.checked += 1
        raw = bytes(article.raw or b"")
        if not raw or not article.raw_format:
            report.skipped += 1
            continue
        try:
            doc = parse_raw(raw, article.raw_format)
        except ImportProblem as exc:
            report.failed += 1
            report.problems.append(f"article {article.pk}: {exc.reason}")
            continue
        body = doc.body
        if body == article.body:
            digest = body_digest(body)
            if article.cleaned_body_hash != digest:  # the cleaner's text after all
                Article.objects.filter(pk=article.pk).update(cleaned_body_hash=digest)
            continue
        edited = is_body_edited(article)
        if edited and not force:
            report.kept += 1
            report.problems.append(
                f"article {article.pk}: the body was edited after import; kept (reclean --force overwrites it)"
            )
            continue
        try:
            update_article(article, body=body, cleaned=True)
        except DraftError as exc:
            report.failed += 1
            report.problems.append(f"article {article.pk}: {exc}")
            continue
        except IntegrityError:
            report.failed += 1
            report.problems.append(f"article {article.pk}: the re-cleaned text duplicates another article")
            continue
        report.changed += 1
        if edited:
            report.problems.append(f"article {article.pk}: the body was edited after import; overwritten (--force)")
    return report
