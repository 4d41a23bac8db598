"""Peak memory of ``manage.py import_documents`` on two hostile inputs, as an operator runs it.

The inputs (generated under ``bench/out/import-memory/``, git-ignored):

* ``nul.jsonl`` — ``--nul-mb`` MiB (default 1,024: 1 GiB) of NUL bytes with a ``.jsonl``
  name: no newline anywhere, so a line-by-line reader that trusts the file holds it
  all at once. Written as a sparse file (no disk space, read back as zeros).
* ``one-paragraph.txt`` — a title line and one paragraph of ``--txt-mb`` MB (default
  19; MB = 10⁶ bytes of UTF-8) of Chinese sentences with no line break, drawn with
  seed 20220311 from the sentences of ``haowen/ingest/samples/``: one document as
  large as ``IMPORT_MAX_BYTES`` lets through (the default, 20 MiB, is used unless
  ``--max-bytes`` says otherwise; the bench raises it when the file would not fit).
* ``mixed.jsonl`` (not part of the target; ``--no-mixed`` skips it) — 300 records of
  3,000 characters with the same 19 MB paragraph as one more record in the middle:
  enough documents for the command to parse and analyse them in its worker processes,
  so this one shows the pipeline with workers (the two above run in one process).

For each input it makes a fresh data folder (``HAOWEN_DATA_DIR``: SQLite, tantivy
index), migrates it, then runs, as a child process::

    manage.py import_documents <input> --no-progress [--workers N] --verbosity 2

and prints the command's wall time and CPU time (its own and its workers'), its exit
status, summary and problem lines, and its peak memory three ways:

* **largest process**: the peak resident set size of the command or of any of its
  worker processes, whichever is largest (``os.wait4`` → ``ru_maxrss``, which Linux
  keeps over the child and every descendant it waited for);
* **tree RSS**: the largest sum of the resident set sizes of the command and all its
  descendants at one moment, polled from ``/proc/<pid>/smaps_rollup`` every 20 ms
  (pages a forked worker still shares with its parent count once per process, so this
  over-states what the machine gives them);
* **tree PSS**: the same sum of proportional set sizes (a shared page split between
  the processes sharing it): what the command and its workers cost the machine.

The target (issue 12) is ≤ 600 MB for both ``nul.jsonl`` and ``one-paragraph.txt``,
for the largest process and for the tree (PSS). MB here are 10⁶ bytes.

    .venv/bin/python bench/import_memory_bench.py
    .venv/bin/python bench/import_memory_bench.py --nul-mb 64 --txt-mb 5   # a quick look
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import re
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out" / "import-memory"
SAMPLES = ROOT / "haowen" / "ingest" / "samples"
SEED = 20220311
TARGET_MB = 600
DEFAULT_MAX_BYTES = 20 * 1024 * 1024

_SENTENCE = re.compile(r"[^。！？；\n]{6,}[。！？；]")
_TAG = re.compile(r"<[^>]*>")


def sample_sentences() -> list[str]:
    """Distinct sentences (ending in 。！？；) of the repository's sample documents."""
    seen: dict[str, None] = {}
    for path in sorted(SAMPLES.iterdir()):
        text = _TAG.sub("", path.read_text(encoding="utf-8"))
        for m in _SENTENCE.finditer(text):
            s = m.group().strip(' \t"{}:,')
            if s and '"' not in s:
                seen.setdefault(s, None)
    return list(seen)


def make_nul_jsonl(path: Path, mib: int) -> None:
    """A sparse file of ``mib`` MiB of NUL bytes (reads as zeros, takes no disk space)."""
    if path.exists() and path.stat().st_size == mib << 20:
        return
    with open(path, "wb") as fh:
        fh.truncate(mib << 20)


def make_one_paragraph(path: Path, megabytes: float) -> int:
    """Title line + one paragraph of about ``megabytes`` × 10⁶ UTF-8 bytes; returns the file size."""
    target = int(megabytes * 1e6)
    if path.exists() and abs(path.stat().st_size - target) < 1000:
        return path.stat().st_size
    rng = random.Random(SEED)
    pool = sample_sentences()
    parts = ["关于一段超长文本的测试文档\n"]
    size = len(parts[0].encode("utf-8"))
    while size < target:
        s = rng.choice(pool)
        parts.append(s)
        size += len(s.encode("utf-8"))
    path.write_text("".join(parts) + "\n", encoding="utf-8")
    return path.stat().st_size


def _children(pid: int) -> list[int]:
    try:
        with open(f"/proc/{pid}/task/{pid}/children") as fh:
            return [int(x) for x in fh.read().split()]
    except OSError:
        return []


def _rss_pss_kib(pid: int) -> tuple[int, int]:
    """``(Rss, Pss)`` of one process in KiB (0, 0 once it is gone)."""
    rss = pss = 0
    try:
        with open(f"/proc/{pid}/smaps_rollup") as fh:
            for line in fh:
                if line.startswith("Rss:"):
                    rss = int(line.split()[1])
                elif line.startswith("Pss:"):
                    pss = int(line.split()[1])
    except OSError:
        pass
    return rss, pss


def tree_kib(pid: int) -> tuple[int, int]:
    """Sums of Rss and of Pss (KiB) over ``pid`` and all its descendants right now."""
    rss = pss = 0
    stack = [pid]
    while stack:
        p = stack.pop()
        r, q = _rss_pss_kib(p)
        rss, pss = rss + r, pss + q
        stack.extend(_children(p))
    return rss, pss


def manage(env: dict, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "manage.py"), *args], env=env, cwd=ROOT, capture_output=True, text=True)


def run_import(name: str, path: Path, max_bytes: int, workers: int | None) -> dict:
    """Migrate a fresh data folder and run the import of ``path`` in it; measure it."""
    base = OUT / f"data-{name}"
    shutil.rmtree(base, ignore_errors=True)
    base.mkdir(parents=True)
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "haowen.settings",
        "HAOWEN_DATA_DIR": str(base),
        "SEARCH_INDEX_DIR": str(base / "index"),
        "SEARCH_INDEX_FOLLOWER": "off",
        "IMPORT_MAX_BYTES": str(max_bytes),
        "PYTHONHASHSEED": "0",
    }
    env.pop("DATABASE_URL", None)
    env.pop("REDIS_URL", None)
    migrated = manage(env, "migrate", "--noinput")
    if migrated.returncode:
        raise SystemExit(f"migrate failed:\n{migrated.stderr}")
    args = [sys.executable, str(ROOT / "manage.py"), "import_documents", str(path), "--no-progress", "--verbosity", "2"]
    if workers is not None:
        args += ["--workers", str(workers)]
    out_path, err_path = base / "stdout.txt", base / "stderr.txt"
    peak_tree = peak_pss = 0
    done = threading.Event()
    with open(out_path, "w") as out, open(err_path, "w") as err:
        started = time.perf_counter()
        proc = subprocess.Popen(args, env=env, cwd=ROOT, stdout=out, stderr=err)

        def poll() -> None:
            nonlocal peak_tree, peak_pss
            while not done.is_set():
                rss, pss = tree_kib(proc.pid)
                peak_tree, peak_pss = max(peak_tree, rss), max(peak_pss, pss)
                done.wait(0.02)

        poller = threading.Thread(target=poll, daemon=True)
        poller.start()
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - started
        done.set()
        poller.join()
        proc.returncode = os.waitstatus_to_exitcode(status)
    stdout = out_path.read_text(errors="replace")
    stderr = err_path.read_text(errors="replace")
    summary = next((ln for ln in stdout.splitlines() if ln.startswith("imported ")), "")
    problems = [ln for ln in stdout.splitlines() if ln.startswith(str(path))]
    return {
        "wall": wall,
        "cpu": usage.ru_utime + usage.ru_stime,
        "exit": proc.returncode,
        "largest_mb": usage.ru_maxrss * 1024 / 1e6,
        "tree_mb": peak_tree * 1024 / 1e6,
        "pss_mb": peak_pss * 1024 / 1e6,
        "summary": summary or (stderr.strip().splitlines() or ["(no output)"])[-1],
        "problems": problems,
        "timing": next((ln for ln in stdout.splitlines() if ln.startswith("timing:")), ""),
    }


def make_mixed(path: Path, paragraph: Path, records: int = 300) -> int:
    """``records`` small records with the one-paragraph file's text as one more record in the middle."""
    title, body = paragraph.read_text(encoding="utf-8").split("\n", 1)
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(records):
            if i == records // 2:
                fh.write(json.dumps({"id": "big", "title": title, "text": body}, ensure_ascii=False) + "\n")
            fh.write(json.dumps({"id": f"s{i}", "title": f"关于第{i}次安全检查的通知", "text": body[i * 3000 : (i + 1) * 3000]}, ensure_ascii=False) + "\n")
    return max(len(line) for line in open(path, "rb"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--nul-mb", type=int, default=1024, help="MiB of NUL bytes in nul.jsonl (default 1024)")
    parser.add_argument("--txt-mb", type=float, default=19.0, help="MB (10⁶ bytes) of the one-paragraph .txt (default 19)")
    parser.add_argument("--max-bytes", type=int, default=None, help="IMPORT_MAX_BYTES for the runs (default: the setting's default, raised to fit the .txt)")
    parser.add_argument("--workers", type=int, default=None, help="--workers for the command (default: the command's default)")
    parser.add_argument("--only", choices=("nul", "txt", "mixed"), default=None, help="run one input only")
    parser.add_argument("--no-mixed", action="store_true", help="skip mixed.jsonl")
    args = parser.parse_args()

    OUT.mkdir(parents=True, exist_ok=True)
    nul = OUT / "nul.jsonl"
    txt = OUT / "one-paragraph.txt"
    mixed = OUT / "mixed.jsonl"
    make_nul_jsonl(nul, args.nul_mb)
    txt_size = make_one_paragraph(txt, args.txt_mb)
    max_bytes = args.max_bytes or max(DEFAULT_MAX_BYTES, txt_size)
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True).stdout.strip()
    dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no", "haowen"], cwd=ROOT, capture_output=True, text=True).stdout
    print(f"machine: {os.cpu_count()} CPUs, Python {platform.python_version()}; code: commit {commit}{' + uncommitted changes' if dirty.strip() else ''}")
    print(f"load average at the start (1, 5, 15 min): {', '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print(f"IMPORT_MAX_BYTES={max_bytes:,}; workers: {args.workers or 'the default (IMPORT_WORKERS, else one per CPU)'}")
    inputs = [
        ("nul", nul, max_bytes, f"{nul.name}: {args.nul_mb:,} MiB of NUL bytes, no newline", True),
        ("txt", txt, max_bytes, f"{txt.name}: {txt_size:,} bytes, a title line and one paragraph of Chinese text", True),
    ]
    if not args.no_mixed or args.only == "mixed":
        longest = make_mixed(mixed, txt)
        inputs.append(
            ("mixed", mixed, max(max_bytes, longest), f"{mixed.name} (not in the target): 300 records of 3,000 characters and that paragraph as record 151, through the workers (IMPORT_MAX_BYTES={max(max_bytes, longest):,})", False)
        )
    worst = 0.0
    for name, path, limit, what, counted in inputs:
        if args.only and name != args.only:
            continue
        r = run_import(name, path, limit, args.workers)
        if counted:
            worst = max(worst, r["largest_mb"], r["pss_mb"])
        print(f"\n{what}")
        print(f"  exit {r['exit']}: {r['summary']}")
        for line in r["problems"][:5]:
            print(f"  problem: {line[:300]}")
        if r["timing"]:
            print(f"  {r['timing']}")
        print(f"  wall {r['wall']:.1f} s, CPU {r['cpu']:.1f} s (the command and its workers)")
        print(f"  peak memory: largest process {r['largest_mb']:,.0f} MB; tree RSS {r['tree_mb']:,.0f} MB; tree PSS {r['pss_mb']:,.0f} MB")
    print(f"\nload average at the end (1, 5, 15 min): {', '.join(f'{x:.2f}' for x in os.getloadavg())}")
    if not args.only or args.only in ("nul", "txt"):
        verdict = "PASS" if worst <= TARGET_MB else "MISS"
        print(f"target: peak ≤ {TARGET_MB} MB for nul.jsonl and one-paragraph.txt (largest process, tree PSS): {verdict} (worst {worst:,.0f} MB)")


if __name__ == "__main__":
    main()
