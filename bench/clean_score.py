"""How well the importer cleans scraped pages: titles, chrome left in bodies, body sentences lost, dates.

Runs the evaluation cases of ``bench/clean_eval/`` (pages we wrote in the styles of many
kinds of site and labelled by hand; see its README) and the shared pages
(``../shared/corpus/scraped_pages.jsonl``) through the real import and compares what the
importer stores with the labels. A figure to watch, not a test: nothing is asserted.

The import path (``--via``):

* ``command`` (default): each part is written as one JSON Lines file and imported with
  ``manage.py import_documents FILE --no-tags`` in a child process, into a fresh SQLite
  database and index under ``bench/out/clean-score-*/`` (git-ignored; removed afterwards
  unless ``--keep``). Title, body and ``published_on`` are read back from the database.
  Everything the command does is measured, cross-document steps included.
* ``parse``: in this process, no database: ``ingest.parsers.parse_path`` on the same
  file, then ``ingest.services.draft_from`` and ``library.services.analyse_draft`` (what
  the import's worker processes run); a few seconds faster.

Figures per part (``dev``, ``holdout``, ``holdout2``, ``holdout3``, ``holdout4``, ``holdout5``, ``holdout6``, ``holdout7``, ``holdout8``, ``holdout9``, ``holdout10``, ``holdout11``, ``holdout12``, ``holdout13``, ``holdout14``, ``holdout15``, ``holdout16``, ``holdout17``, ``holdout18``, ``holdout19``, ``holdout20``, ``holdout21``, ``holdout22``, ``holdout23``, ``holdout24``, ``holdout25``, ``holdout26``, ``holdout27``, ``holdout28``, ``holdout29``, ``holdout30``, ``holdout31``, ``holdout32``, ``holdout33``, ``holdout34``, ``holdout35``, ``holdout36``, ``holdout37``, ``holdout38``, ``holdout39``, ``holdout40``, ``holdout41``, ``holdout42``, ``holdout43``, ``holdout44``, ``holdout45``, ``holdout46``, ``holdout47``, ``holdout48``, ``holdout49``, ``holdout50``, ``holdout51``, ``holdout52``, ``holdout53``, ``holdout54``, ``holdout55``, ``holdout56``, ``holdout57``, ``holdout58``, ``holdout59``, ``holdout60``, ``holdout61``, ``holdout62``, ``holdout63``, ``holdout64``, ``holdout65``, ``holdout66``, ``holdout67``, ``holdout68``, ``holdout69``, ``holdout70``, ``holdout71``, ``holdout72``, ``holdout73``, ``holdout74``, ``holdout75``, ``holdout76``, ``holdout77``, ``holdout78``, ``holdout79``, ``holdout80``, ``holdout81``, ``holdout82``, ``holdout83``, ``holdout84``, ``holdout85``, ``holdout86``, ``holdout87``, ``holdout88``, ``holdout89``, ``holdout90``, ``holdout91``, ``holdout92``, ``holdout93``, ``holdout94``, ``holdout95``, ``holdout96``, ``holdout97``, ``holdout98``, ``holdout99``, ``holdout100``, ``holdout101``, ``holdout102``, ``holdout103``, ``holdout104``, ``holdout105``, ``holdout106``, ``holdout107``, ``holdout108``, ``holdout109``, ``holdout110``, ``holdout111``, ``holdout112``, ``holdout113``, ``holdout114``, ``holdout115``, ``holdout116``, ``holdout117``, ``holdout118``, ``holdout119``, ``holdout120``, ``holdout121``, ``holdout122``, ``holdout123``, ``holdout124``, ``holdout125``, ``holdout126``, ``holdout127``, ``holdout128``, ``holdout129``, ``holdout130``, ``holdout131``, ``holdout132``, ``holdout133``, ``holdout134``, ``holdout135``, ``holdout136``, ``holdout137``, ``holdout138``, ``holdout139``, ``holdout140``, ``holdout141``, ``holdout142``, ``holdout143``, ``holdout144``, ``holdout145``, ``holdout146``, ``holdout147``, ``holdout148``, ``holdout149``, ``holdout150``, ``holdout151``, ``holdout152``, ``holdout153``, ``holdout154``, ``holdout155``, ``holdout156``, ``holdout157``, ``holdout158``, ``holdout159``, ``holdout160``, ``holdout161``, ``holdout162``, ``holdout163``, ``holdout164``, ``holdout165``, ``holdout166``, ``holdout167``, ``holdout168``, ``holdout169``, ``holdout170``, ``holdout171``, ``holdout172``, ``holdout173``, ``holdout174``, ``holdout175``, ``holdout176``, ``holdout177``, ``holdout178``, ``holdout179``, ``holdout180``, ``holdout181``, ``holdout182``, ``holdout183``, ``holdout184``, ``holdout185``, ``holdout186``, ``holdout187``, ``holdout188``, ``holdout189``, ``holdout190``, ``holdout191``, ``holdout192``, ``holdout193``, ``holdout194``, ``holdout195``, ``holdout196``, ``holdout197``, ``holdout198``, ``holdout199``, ``holdout200``, ``holdout201``, ``holdout202``, ``holdout203``, ``holdout204``, ``holdout205``, ``holdout206``, ``holdout207``, ``holdout208``, ``holdout209``, ``holdout210``, ``holdout211``, ``holdout212``, ``holdout213``, ``holdout214``, ``holdout215``, ``holdout216``, ``holdout217``, ``holdout218``, ``holdout219``, ``holdout220``, ``holdout221``, ``holdout222``, ``holdout223``, ``holdout224``, ``holdout225``, ``holdout226``, ``holdout227``, ``holdout228``, ``holdout229``, ``holdout230``, ``holdout231``, ``holdout232``, ``holdout233``, ``holdout234``, ``holdout235``, ``holdout236``, ``holdout237``, ``holdout238``, ``holdout239``, ``holdout240``, ``holdout241``, ``holdout242``, ``holdout243``, ``holdout244``, ``holdout245``, ``holdout246``, ``holdout247``, ``holdout248``, ``holdout249``, ``holdout250``, ``holdout251``, ``holdout252``, ``holdout253``, ``holdout254``, ``holdout255``, ``holdout256``, ``holdout257``, ``holdout258``, ``holdout259``, ``holdout260``, ``holdout261``, ``holdout262``, ``holdout263``, ``holdout264``, ``holdout265``, ``holdout266``, ``holdout267``, ``holdout268``, ``holdout269``, ``holdout270``, ``holdout271``, ``holdout272``, ``holdout273``, ``holdout274``, ``holdout275``, ``holdout276``, ``holdout277``, ``holdout278``, ``holdout279``, ``holdout280``, ``holdout281``, ``holdout282``, ``holdout283``, ``holdout284``, ``holdout285``, ``holdout286``, ``holdout287``, ``holdout288``, ``holdout289``, ``holdout290``, ``holdout291``, ``holdout292``, ``holdout293``, ``holdout294``, ``holdout295``, ``holdout296``, ``holdout297``, ``holdout298``, ``holdout299``, ``holdout300``, ``holdout301``, ``holdout302``, ``holdout303``, ``holdout304``, ``holdout305``, ``holdout306``, ``holdout307``, ``holdout308``, ``holdout309``, ``holdout310``, ``holdout311``, ``holdout312``, ``holdout313``, ``holdout314``, ``holdout315``, ``holdout316``, ``holdout317``, ``holdout318``, ``holdout319``, ``holdout320``, ``holdout321``, ``holdout322``, ``holdout323``, ``holdout324``, ``holdout325``, ``holdout326``, ``holdout327``, ``holdout328``, ``holdout329``, ``holdout330``, ``holdout331``, ``holdout332``, ``holdout333``, ``holdout334``, ``holdout335``, ``holdout336``, ``holdout337``, ``holdout338``, ``holdout339``, ``holdout340``, ``holdout341``, ``holdout342``; texts are compared after NFKC
and with all whitespace removed, so line breaks, indents and full/half-width forms do not count):

* titles: the stored title equals the labelled one (or one of its ``title_also``);
  broken down by where the title comes from (the record, a decorated record title, a
  file name, missing from the record);
* chrome left in bodies: labelled chrome strings found in the stored body (as a
  substring; a label that also occurs in the expected body counts only where the
  chrome stood — before the first body sentence, after the last one, or as a whole
  output paragraph / at a paragraph's edge; see ``clean_eval/build.py``), by class;
* body sentences lost: labelled body sentences (split after 。！？) not found in the
  stored body, not even once the chrome left in it is taken out (the cleaner ate them);
  sentences found only once that chrome is taken out are counted apart as "cut in two
  by chrome left inside" (e.g. a page marker left between two halves: that marker is
  already counted as chrome left);
* body paragraphs whole: labelled paragraphs that are exactly one stored paragraph
  (hard wraps and cut pages joined again, nothing glued on);
* dates: ``published_on`` equals the labelled date (``None`` included), by where the
  date is (the record, only the document, nowhere);
* edges: the body starts with the first body sentence / ends with the last one (neutral
  lines such as a speaker line under a speech title may stand before or after it).

The shared pages carry no hand labels; what is measured there is derived from the
records themselves and printed with the figures (see :func:`score_shared`).

``--corpus-baseline save`` imports the whole real corpus (``documents.jsonl`` and
``scraped_pages.jsonl``) and writes every stored sentence per document to
``bench/out/clean_corpus_baseline.json.gz``; ``--corpus-baseline check`` imports it again
with the current code and lists every sentence of the baseline that is no longer found
in its document's body (exit status 1 when any is lost), so a cleaner change can show
that the real corpus lost nothing (or which chrome sentences it dropped on purpose).

    .venv/bin/python bench/clean_score.py                    # dev, holdout … holdout6 and shared pages
    .venv/bin/python bench/clean_score.py --parts dev -v     # per-case failures on dev
    .venv/bin/python bench/clean_score.py --corpus-baseline save    # before a cleaner change
    .venv/bin/python bench/clean_score.py --corpus-baseline check   # after it
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import gzip
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
EVAL = HERE / "clean_eval"
OUT = HERE / "out"
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus"
BASELINE = OUT / "clean_corpus_baseline.json.gz"

_WS = re.compile(r"\s+")
_SENTENCE_END = re.compile(r"(?<=[。!?])")
_HAS_WORD = re.compile(r"\w")


def norm(text: str) -> str:
    """``text`` compared the scorer's way: NFKC, all whitespace removed."""
    return _WS.sub("", unicodedata.normalize("NFKC", text or ""))


def sentences(paragraphs: list[str]) -> list[str]:
    """Normalised sentences of ``paragraphs`` (split after 。！？; a paragraph end ends one too)."""
    out = []
    for p in paragraphs:
        for piece in _SENTENCE_END.split(norm(p)):
            if _HAS_WORD.search(piece):
                out.append(piece)
    return out


# --- running the importer ------------------------------------------------------------------


@dataclass
class Stored:
    """What the importer stored for one record."""

    title: str
    body: str
    date: str | None


@dataclass
class Run:
    """The outcome of importing one JSON Lines file: stored records by id, problems by id."""

    stored: dict[str, Stored] = field(default_factory=dict)
    problems: dict[str, str] = field(default_factory=dict)
    seconds: float = 0.0


def _write_jsonl(path: Path, records: list[dict]) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


def _problem_ids(lines: list[str], name: str, records: list[dict]) -> dict[str, str]:
    """Problem lines ``FILE:LINE: reason`` → ``{record id: reason}``."""
    out = {}
    pat = re.compile(re.escape(name) + r":(\d+): (.*)")
    for line in lines:
        m = pat.search(line)
        if m and 1 <= int(m.group(1)) <= len(records):
            out[str(records[int(m.group(1)) - 1].get("id"))] = m.group(2)
    return out


class Importer:
    """Imports lists of records through ``--via command`` or ``--via parse`` (see the module docstring)."""

    def __init__(self, via: str, workers: int | None, keep: bool):
        self.via = via
        self.workers = workers
        self.keep = keep
        OUT.mkdir(exist_ok=True)
        self.root = Path(tempfile.mkdtemp(prefix="clean-score-", dir=OUT))
        self.env = dict(os.environ)
        for name in ("DATABASE_URL", "REDIS_URL"):  # always a private SQLite database, no shared cache
            self.env.pop(name, None)
        self.env.update(DJANGO_SETTINGS_MODULE="haowen.settings", SEARCH_INDEX_FOLLOWER="off")
        self._template: Path | None = None
        self._django = False

    def close(self) -> None:
        if not self.keep:
            shutil.rmtree(self.root, ignore_errors=True)
        else:
            print(f"(kept {self.root})")

    def _data_env(self, data: Path) -> dict:
        return dict(self.env, HAOWEN_DATA_DIR=str(data), SEARCH_INDEX_DIR=str(data / "index"))

    def _migrated(self) -> Path:
        if self._template is None:
            data = self.root / "template"
            data.mkdir()
            subprocess.run(
                [sys.executable, str(ROOT / "manage.py"), "migrate", "--noinput", "-v", "0"],
                env=self._data_env(data), cwd=ROOT, check=True,
            )  # fmt: skip
            self._template = data / "haowen.sqlite3"
        return self._template

    def run(self, name: str, records: list[dict]) -> Run:
        """Import ``records`` as one file ``<name>.jsonl``; return what was stored, by record id."""
        data = self.root / name
        data.mkdir()
        path = data / f"{name}.jsonl"
        _write_jsonl(path, records)
        started = time.perf_counter()
        run = self._run_command(data, path, records) if self.via == "command" else self._run_parse(data, path, records)
        run.seconds = time.perf_counter() - started
        return run

    def _run_command(self, data: Path, path: Path, records: list[dict]) -> Run:
        shutil.copy(self._migrated(), data / "haowen.sqlite3")
        cmd = [sys.executable, str(ROOT / "manage.py"), "import_documents", str(path), "--no-tags", "--no-progress"]
        if self.workers:
            cmd += ["--workers", str(self.workers)]
        proc = subprocess.run(cmd, env=self._data_env(data), cwd=ROOT, capture_output=True, text=True)
        if proc.returncode not in (0, 1):
            raise SystemExit(f"import_documents failed ({proc.returncode}):\n{proc.stderr[-3000:]}")
        run = Run(problems=_problem_ids(proc.stdout.splitlines(), str(path), records))
        with sqlite3.connect(data / "haowen.sqlite3") as db:
            for ext_id, title, body, published in db.execute(
                "SELECT external_id, title, body, published_on FROM library_article"
            ):
                run.stored[ext_id] = Stored(title, body, str(published) if published else None)
        return run

    def _run_parse(self, data: Path, path: Path, records: list[dict]) -> Run:
        if not self._django:
            os.environ.update(self._data_env(self.root / "template"))
            for name in ("DATABASE_URL", "REDIS_URL"):
                os.environ.pop(name, None)
            sys.path.insert(0, str(ROOT))
            import django

            django.setup()
            self._django = True
        from haowen.ingest.parsers import parse_path
        from haowen.ingest.problems import ImportProblem
        from haowen.library.services import DraftError, analyse_draft

        try:
            from haowen.ingest.services import draft_from
        except ImportError:  # once the parsed document is the draft itself (issue 13, section 4)
            def draft_from(doc):
                return doc

        run = Run()
        for item in parse_path(path):
            if isinstance(item, ImportProblem):
                rid = str(records[item.line_no - 1].get("id")) if item.line_no else str(path)
                run.problems[rid] = item.reason
                continue
            draft = draft_from(item)
            try:
                analysis = analyse_draft(draft)
            except DraftError as exc:
                run.problems[draft.external_id] = str(exc)
                continue
            date = draft.published_on.isoformat() if draft.published_on else None
            run.stored[draft.external_id] = Stored(analysis.title, analysis.body, date)
        return run


# --- scoring the hand-labelled parts ------------------------------------------------------


def load_part(part: str) -> list[dict]:
    """The cases of ``bench/clean_eval/<part>/`` (``*.json``, sorted by name)."""
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted((EVAL / part).glob("*.json"))]


@dataclass
class CaseScore:
    case: dict
    stored: Stored | None
    problem: str
    title_ok: bool
    date_ok: bool
    chrome_left: list[dict]
    sentences: list[str]
    lost: list[str]
    cut: list[str]
    paragraphs: int
    paragraphs_whole: int
    starts_right: bool
    ends_right: bool


def _chrome_left(c: dict, body_n: str, paras_n: list[str], first: str, last: str) -> bool:
    """Whether the chrome label ``c`` is left in the output (see ``clean_eval/build.py`` for the match modes)."""
    key = norm(c["text"])
    if c["match"] == "tail":
        at = body_n.rfind(last)
        tail = body_n[at + len(last) :] if at >= 0 else body_n[-(len(key) + 200) :]
        return key in tail
    if c["match"] == "paragraph":
        return key in paras_n
    if c["match"] == "line":
        return any(p == key or p.startswith(key) or p.endswith(key) for p in paras_n)
    if c["match"] == "head":
        at = body_n.find(first)
        head = body_n[:at] if at >= 0 else body_n[: len(key) + 200]
        return key in head
    return key in body_n


def _trim_neutral(body_n: str, neutral: list[str]) -> str:
    """``body_n`` without neutral lines (neither body nor chrome) at its start and end."""
    changed = True
    while changed:
        changed = False
        for x in neutral:
            if x and body_n.startswith(x):
                body_n, changed = body_n[len(x) :], True
            if x and body_n.endswith(x):
                body_n, changed = body_n[: -len(x)], True
    return body_n


def score_case(case: dict, stored: Stored | None, problem: str) -> CaseScore:
    """Compare what the importer stored for ``case`` with its labels (see the module docstring)."""
    exp = case["expect"]
    titles = {norm(t) for t in [exp["title"], *exp.get("title_also", [])]}
    dates = {exp["date"], *exp.get("date_also", [])}
    body = stored.body if stored else ""
    body_n = norm(body)
    paras_n = [norm(p) for p in body.split("\n") if p.strip()]
    sents = sentences(exp["body"])
    first, last = sents[0], sents[-1]
    left = [c for c in exp["chrome"] if stored and _chrome_left(c, body_n, paras_n, first, last)]
    missing = [s for s in sents if s not in body_n]
    without = body_n
    for c in sorted(left, key=lambda c: -len(c["text"])):
        if c["match"] == "substring":
            without = without.replace(norm(c["text"]), "")
    out_paras = set(paras_n)
    trimmed = _trim_neutral(body_n, [norm(x) for x in exp.get("neutral", [])])
    return CaseScore(
        case=case,
        stored=stored,
        problem=problem,
        title_ok=bool(stored) and norm(stored.title) in titles,
        date_ok=bool(stored) and stored.date in dates,
        chrome_left=left,
        sentences=sents,
        lost=[s for s in missing if s not in without],
        cut=[s for s in missing if s in without],
        paragraphs=len(exp["body"]),
        paragraphs_whole=sum(norm(p) in out_paras for p in exp["body"]),
        starts_right=trimmed.startswith(first),
        ends_right=trimmed.endswith(last),
    )


def _pct(n: int, d: int) -> str:
    return f"{n}/{d} {100 * n / d:5.1f} %" if d else f"{n}/0     –  "


def _pct2(n: int, d: int) -> str:
    return f"{n}/{d} {100 * n / d:5.2f} %" if d else f"{n}/0     –  "


def summarise(part: str, scores: list[CaseScore]) -> dict:
    """The figures of one part as a dict (also what ``--json`` writes)."""
    chrome_total = sum(len(s.case["expect"]["chrome"]) for s in scores)
    chrome_left = sum(len(s.chrome_left) for s in scores)
    sents = sum(len(s.sentences) for s in scores)
    lost = sum(len(s.lost) for s in scores)
    by_class_total: collections.Counter = collections.Counter()
    by_class_left: collections.Counter = collections.Counter()
    for s in scores:
        by_class_total.update(c["class"] for c in s.case["expect"]["chrome"])
        by_class_left.update(c["class"] for c in s.chrome_left)
    by_title: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
    by_date: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
    for s in scores:
        t = by_title[s.case["expect"]["title_in"]]
        t[0] += s.title_ok
        t[1] += 1
        d = by_date[s.case["expect"]["date_in"]]
        d[0] += s.date_ok
        d[1] += 1
    return {
        "part": part,
        "cases": len(scores),
        "failed_to_import": sum(1 for s in scores if not s.stored),
        "titles_ok": sum(s.title_ok for s in scores),
        "chrome_labels": chrome_total,
        "chrome_left": chrome_left,
        "body_sentences": sents,
        "body_sentences_lost": lost,
        "body_sentences_cut_by_chrome": sum(len(s.cut) for s in scores),
        "body_paragraphs": sum(s.paragraphs for s in scores),
        "body_paragraphs_whole": sum(s.paragraphs_whole for s in scores),
        "dates_ok": sum(s.date_ok for s in scores),
        "starts_right": sum(s.starts_right for s in scores),
        "ends_right": sum(s.ends_right for s in scores),
        "chrome_by_class": {k: [by_class_left[k], v] for k, v in sorted(by_class_total.items())},
        "titles_by_source": {k: v for k, v in sorted(by_title.items())},
        "dates_by_source": {k: v for k, v in sorted(by_date.items())},
    }


def print_part(f: dict) -> None:
    n = f["cases"]
    print(f"\n== {f['part']}: {n} cases" + (f", {f['failed_to_import']} not imported" if f["failed_to_import"] else ""))
    print(f"  titles correct          {_pct(f['titles_ok'], n)}")
    print(f"  chrome lines in bodies  {_pct(f['chrome_left'], f['chrome_labels'])}")
    print(
        f"  body sentences lost     {_pct2(f['body_sentences_lost'], f['body_sentences'])}"
        f"   (and {f['body_sentences_cut_by_chrome']} cut in two by chrome left inside them)"
    )
    print(f"  body paragraphs whole   {_pct(f['body_paragraphs_whole'], f['body_paragraphs'])}")
    print(f"  dates correct           {_pct(f['dates_ok'], n)}")
    print(f"  body starts at its first sentence {_pct(f['starts_right'], n)}; ends at its last {_pct(f['ends_right'], n)}")
    print("  titles by source:  " + "; ".join(f"{k} {_pct(*v)}" for k, v in f["titles_by_source"].items()))
    print("  dates by source:   " + "; ".join(f"{k} {_pct(*v)}" for k, v in f["dates_by_source"].items()))
    print("  chrome left by class: " + "; ".join(f"{k} {_pct(*v)}" for k, v in f["chrome_by_class"].items()))


def _short(s: str, n: int = 70) -> str:
    s = s.replace("\n", "⏎")
    return s if len(s) <= n else s[: n - 1] + "…"


def print_failures(scores: list[CaseScore]) -> None:
    for s in scores:
        exp = s.case["expect"]
        issues = []
        if s.problem or not s.stored:
            issues.append(f"    not imported: {s.problem or 'no article stored'}")
        else:
            if not s.title_ok:
                issues.append(f"    title: got {s.stored.title!r}, expected {exp['title']!r}")
            if not s.date_ok:
                issues.append(f"    date: got {s.stored.date}, expected {exp['date']}")
            for c in s.chrome_left:
                issues.append(f"    chrome left [{c['class']}]: {_short(c['text'])!r}")
            for x in s.lost:
                issues.append(f"    sentence lost: {_short(x)!r}")
            for x in s.cut:
                issues.append(f"    sentence cut by chrome left inside: {_short(x)!r}")
            if s.paragraphs_whole < s.paragraphs:
                issues.append(f"    body paragraphs not whole: {s.paragraphs - s.paragraphs_whole} of {s.paragraphs}")
            if not s.starts_right and s.stored:
                issues.append(f"    body starts: {_short(norm(s.stored.body), 50)!r}")
            if not s.ends_right and s.stored:
                issues.append(f"    body ends: {_short(norm(s.stored.body)[-50:], 50)!r}")
        if issues:
            print(f"  {s.case['id']} [{s.case['style']} · {s.case['genre']} · {s.case['form']}]")
            print("\n".join(issues))


# --- the shared pages: labels derived from the records --------------------------------------

_DATE_FORMS = ("{y}-{m:02d}-{d:02d}", "{y}年{m}月{d}日", "{y}年{m:02d}月{d:02d}日", "{y}/{m}/{d}", "{y}.{m}.{d}")


_CJK = re.compile(r"[\u3400-\u9fff]")


def _bigrams(text: str) -> set[str]:
    """Pairs of adjacent CJK characters of ``text``, other characters skipped."""
    chars = _CJK.findall(text)
    return {a + b for a, b in zip(chars, chars[1:])}


def _date_in_text(date: str, text: str) -> bool:
    y, m, d = (int(x) for x in date.split("-"))
    t = norm(text)
    return any(norm(f.format(y=y, m=m, d=d)) in t for f in _DATE_FORMS)


def score_shared(importer: Importer, path: Path, verbose: bool) -> dict | None:
    """Figures on the shared pages, from labels derived from the records (no hand labels).

    * title withheld: each record with a title is imported again with ``title`` and
      ``date`` set to null; the title found must equal the title the importer stores
      when the record gives it;
    * date withheld: the date found in the page must equal the record's date (and how
      many of those dates appear in the text at all);
    * input sentences gone: sentences of the record's ``text`` ending in 。！？ (at
      least 8 distinct CJK bigrams) of which fewer than half the CJK bigrams (pairs of
      adjacent CJK characters, other characters skipped) occur in the stored body — an
      upper bound on body sentences lost, since chrome sentences dropped on purpose count
      too; bigrams rather than whole sentences, because the cleaner legitimately cuts a
      repeated title or a converter's pinyin out of a sentence;
    * chrome lines: not labelled, so not measured here.
    """
    if not path.is_file():
        print(f"\n== shared: {path} not found; skipped")
        return None
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    given = importer.run("shared", records)
    withheld = importer.run("shared-withheld", [dict(r, title=None, date=None) for r in records])
    titled = [r for r in records if r.get("title") and r["id"] in given.stored]
    dated = [r for r in records if r.get("date")]
    title_ok = [
        r for r in titled
        if r["id"] in withheld.stored and norm(withheld.stored[r["id"]].title) == norm(given.stored[r["id"]].title)
    ]  # fmt: skip
    date_ok = [r for r in dated if r["id"] in withheld.stored and withheld.stored[r["id"]].date == r["date"]]
    findable = [r for r in dated if _date_in_text(r["date"], r.get("text") or "")]
    given_date_ok = [r for r in dated if r["id"] in given.stored and given.stored[r["id"]].date == r["date"]]
    total = lost = 0
    lost_lines = []
    for r in records:
        body = _bigrams(given.stored[r["id"]].body) if r["id"] in given.stored else set()
        for s in sentences((r.get("text") or "").split("\n")):
            grams = _bigrams(s)
            if len(grams) >= 8 and s[-1] in "。!?":
                total += 1
                if len(grams & body) < len(grams) / 2:
                    lost += 1
                    lost_lines.append((r["id"], s))
    print(f"\n== shared: {len(records)} pages of {path} (labels derived from the records, none by hand)")
    problems = f"; problems: {given.problems}" if given.problems else ""
    print(f"  imported                {_pct(len(given.stored), len(records))}{problems}")
    print(f"  titles, title withheld  {_pct(len(title_ok), len(titled))}   (expected: the title stored when the record gives it)")
    print(
        f"  dates, date withheld    {_pct(len(date_ok), len(dated))}"
        f"   (the record's date appears in the text of {len(findable)} of them)"
    )
    print(f"  dates, date given       {_pct(len(given_date_ok), len(dated))}")
    print(
        f"  input sentences gone    {_pct2(lost, total)}"
        "   (。！？ sentences of `text` with most of their CJK bigrams not in the body; chrome sentences count too)"
    )
    print("  chrome lines in bodies  not measured (the shared pages carry no chrome labels)")
    if verbose:
        for r in titled:
            if r not in title_ok:
                got = withheld.stored[r["id"]].title if r["id"] in withheld.stored else "(not imported)"
                print(f"  {r['id']} title withheld: got {got!r}, expected {given.stored[r['id']].title!r}")
        for r in dated:
            if r not in date_ok:
                got = withheld.stored[r["id"]].date if r["id"] in withheld.stored else "(not imported)"
                where = "" if r in findable else " (not in the text)"
                print(f"  {r['id']} date withheld: got {got}, expected {r['date']}{where}")
        for rid, s in lost_lines:
            print(f"  {rid} gone from the body: {_short(s)!r}")
    return {
        "part": "shared",
        "pages": len(records),
        "titles_withheld_ok": [len(title_ok), len(titled)],
        "dates_withheld_ok": [len(date_ok), len(dated), len(findable)],
        "input_sentences_gone": [lost, total],
    }


# --- the real corpus keeps its sentences ----------------------------------------------------


def corpus_baseline(importer: Importer, corpus: Path, mode: str, path: Path, verbose: bool) -> int:
    """Save or check the sentences the real corpus keeps (see the module docstring). Returns the exit status."""
    files = [p for p in (corpus / "documents.jsonl", corpus / "scraped_pages.jsonl") if p.is_file()]
    if not files:
        print(f"no corpus files in {corpus}")
        return 2
    records = []
    for p in files:
        records.extend(json.loads(line) for line in p.read_text(encoding="utf-8").splitlines() if line.strip())
    run = importer.run("corpus", records)
    print(f"corpus: {len(records)} records from {', '.join(p.name for p in files)}; {len(run.stored)} stored, "
          f"{len(run.problems)} problems ({run.seconds:.0f} s)")  # fmt: skip
    current = {rid: sentences(s.body.split("\n")) for rid, s in run.stored.items()}
    if mode == "save":
        path.parent.mkdir(parents=True, exist_ok=True)
        payload = {"saved": dt.datetime.now().isoformat(timespec="seconds"), "commit": _commit(), "docs": current}
        with gzip.open(path, "wt", encoding="utf-8") as fh:
            json.dump(payload, fh, ensure_ascii=False)
        print(f"baseline saved: {sum(len(v) for v in current.values())} sentences of {len(current)} documents → {path}")
        return 0
    if not path.is_file():
        print(f"no baseline at {path}: run with --corpus-baseline save first (on the code to compare against)")
        return 2
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        base = json.load(fh)
    total = lost = 0
    losses: dict[str, list[str]] = {}
    for rid, sents in base["docs"].items():
        body = norm(run.stored[rid].body) if rid in run.stored else ""
        gone = [s for s in sents if s not in body]
        total += len(sents)
        lost += len(gone)
        if gone:
            losses[rid] = gone
    gained = sum(len(v) for k, v in current.items() if k not in base["docs"])
    print(f"baseline of {base['saved']} (commit {base['commit']}): {total} sentences of {len(base['docs'])} documents")
    print(f"sentences lost since: {_pct2(lost, total)} in {len(losses)} documents"
          + (f"; {gained} sentences of documents new since the baseline" if gained else ""))  # fmt: skip
    shown = 0
    for rid, gone in losses.items():
        for s in gone if verbose else gone[:3]:
            if not verbose and shown >= 40:
                break
            print(f"  {rid}: {_short(s, 90)!r}")
            shown += 1
    if not verbose and lost > shown:
        print(f"  … {lost - shown} more (-v lists all)")
    return 1 if lost else 0


def _commit() -> str:
    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True).stdout.strip()
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--", "haowen"], cwd=ROOT, capture_output=True, text=True
        ).stdout.strip()
    except OSError:
        return "unknown"
    if not head:
        return "unknown (not a git checkout)"
    return head + (" + uncommitted changes in haowen/" if dirty else "")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--parts", nargs="+", default=["dev,holdout,holdout2,holdout3,holdout4,holdout5,holdout6,holdout7,holdout8,holdout9,holdout10,holdout11,holdout12,holdout13,holdout14,holdout15,holdout16,holdout17,holdout18,holdout19,holdout20,holdout21,holdout22,holdout23,holdout24,holdout25,holdout26,holdout27,holdout28,holdout29,holdout30,holdout31,holdout32,holdout33,holdout34,holdout35,holdout36,holdout37,holdout38,holdout39,holdout40,holdout41,holdout42,holdout43,holdout44,holdout45,holdout46,holdout47,holdout48,holdout49,holdout50,holdout51,holdout52,holdout53,holdout54,holdout55,holdout56,holdout57,holdout58,holdout59,holdout60,holdout61,holdout62,holdout63,holdout64,holdout65,holdout66,holdout67,holdout68,holdout69,holdout70,holdout71,holdout72,holdout73,holdout74,holdout75,holdout76,holdout77,holdout78,holdout79,holdout80,holdout81,holdout82,holdout83,holdout84,holdout85,holdout86,holdout87,holdout88,holdout89,holdout90,holdout91,holdout92,holdout93,holdout94,holdout95,holdout96,holdout97,holdout98,holdout99,holdout100,holdout101,holdout102,holdout103,holdout104,holdout105,holdout106,holdout107,holdout108,holdout109,holdout110,holdout111,holdout112,holdout113,holdout114,holdout115,holdout116,holdout117,holdout118,holdout119,holdout120,holdout121,holdout122,holdout123,holdout124,holdout125,holdout126,holdout127,holdout128,holdout129,holdout130,holdout131,holdout132,holdout133,holdout134,holdout135,holdout136,holdout137,holdout138,holdout139,holdout140,holdout141,holdout142,holdout143,holdout144,holdout145,holdout146,holdout147,holdout148,holdout149,holdout150,holdout151,holdout152,holdout153,holdout154,holdout155,holdout156,holdout157,holdout158,holdout159,holdout160,holdout161,holdout162,holdout163,holdout164,holdout165,holdout166,holdout167,holdout168,holdout169,holdout170,holdout171,holdout172,holdout173,holdout174,holdout175,holdout176,holdout177,holdout178,holdout179,holdout180,holdout181,holdout182,holdout183,holdout184,holdout185,holdout186,holdout187,holdout188,holdout189,holdout190,holdout191,holdout192,holdout193,holdout194,holdout195,holdout196,holdout197,holdout198,holdout199,holdout200,holdout201,holdout202,holdout203,holdout204,holdout205,holdout206,holdout207,holdout208,holdout209,holdout210,holdout211,holdout212,holdout213,holdout214,holdout215,holdout216,holdout217,holdout218,holdout219,holdout220,holdout221,holdout222,holdout223,holdout224,holdout225,holdout226,holdout227,holdout228,holdout229,holdout230,holdout231,holdout232,holdout233,holdout234,holdout235,holdout236,holdout237,holdout238,holdout239,holdout240,holdout241,holdout242,holdout243,holdout244,holdout245,holdout246,holdout247,holdout248,holdout249,holdout250,holdout251,holdout252,holdout253,holdout254,holdout255,holdout256,holdout257,holdout258,holdout259,holdout260,holdout261,holdout262,holdout263,holdout264,holdout265,holdout266,holdout267,holdout268,holdout269,holdout270,holdout271,holdout272,holdout273,holdout274,holdout275,holdout276,holdout277,holdout278,holdout279,holdout280,holdout281,holdout282,holdout283,holdout284,holdout285,holdout286,holdout287,holdout288,holdout289,holdout290,holdout291,holdout292,holdout293,holdout294,holdout295,holdout296,holdout297,holdout298,holdout299,holdout300,holdout301,holdout302,holdout303,holdout304,holdout305,holdout306,holdout307,holdout308,holdout309,holdout310,holdout311,holdout312,holdout313,holdout314,holdout315,holdout316,holdout317,holdout318,holdout319,holdout320,holdout321,holdout322,holdout323,holdout324,holdout325,holdout326,holdout327,holdout328,holdout329,holdout330,holdout331,holdout332,holdout333,holdout334,holdout335,holdout336,holdout337,holdout338,holdout339,holdout340,holdout341,holdout342,shared"],
        help=(
            "parts, space- or comma-separated: dev, holdout, holdout2, holdout3, holdout4, holdout5, holdout6, holdout7,"
            " holdout8, holdout9, holdout10, holdout11, holdout12, holdout13, holdout14, holdout15, holdout16, holdout17, holdout18, holdout19, holdout20, holdout21, holdout22, holdout23, holdout24, holdout25, holdout26, holdout27, holdout28, holdout29, holdout30, holdout31, holdout32, holdout33, holdout34, holdout35, holdout36, holdout37, holdout38, holdout39, holdout40, holdout41, holdout42, holdout43, holdout44, holdout45, holdout46, holdout47, holdout48, holdout49, holdout50, holdout51, holdout52, holdout53, holdout54, holdout55, holdout56, holdout57, holdout58, holdout59, holdout60, holdout61, holdout62, holdout63, holdout64, holdout65, holdout66, holdout67, holdout68, holdout69, holdout70, holdout71, holdout72, holdout73, holdout74, holdout75, holdout76, holdout77, holdout78, holdout79, holdout80, holdout81, holdout82, holdout83, holdout84, holdout85, holdout86, holdout87, holdout88, holdout89, holdout90, holdout91, holdout92, holdout93, holdout94, holdout95, holdout96, holdout97, holdout98, holdout99, holdout100, holdout101, holdout102, holdout103, holdout104, holdout105, holdout106, holdout107, holdout108, holdout109, holdout110, holdout111, holdout112, holdout113, holdout114, holdout115, holdout116, holdout117, holdout118, holdout119, holdout120, holdout121, holdout122, holdout123, holdout124, holdout125, holdout126, holdout127, holdout128, holdout129, holdout130, holdout131, holdout132, holdout133, holdout134, holdout135, holdout136, holdout137, holdout138, holdout139, holdout140, holdout141, holdout142, holdout143, holdout144, holdout145, holdout146, holdout147, holdout148, holdout149, holdout150, holdout151, holdout152, holdout153, holdout154, holdout155, holdout156, holdout157, holdout158, holdout159, holdout160, holdout161, holdout162, holdout163, holdout164, holdout165, holdout166, holdout167, holdout168, holdout169, holdout170, holdout171, holdout172, holdout173, holdout174, holdout175, holdout176, holdout177, holdout178, holdout179, holdout180, holdout181, holdout182, holdout183, holdout184, holdout185, holdout186, holdout187, holdout188, holdout189, holdout190, holdout191, holdout192, holdout193, holdout194, holdout195, holdout196, holdout197, holdout198, holdout199, holdout200, holdout201, holdout202, holdout203, holdout204, holdout205, holdout206, holdout207, holdout208, holdout209, holdout210, holdout211, holdout212, holdout213, holdout214, holdout215, holdout216, holdout217, holdout218, holdout219, holdout220, holdout221, holdout222, holdout223, holdout224, holdout225, holdout226, holdout227, holdout228, holdout229, holdout230, holdout231, holdout232, holdout233, holdout234, holdout235, holdout236, holdout237, holdout238, holdout239, holdout240, holdout241, holdout242, holdout243, holdout244, holdout245, holdout246, holdout247, holdout248, holdout249, holdout250, holdout251, holdout252, holdout253, holdout254, holdout255, holdout256, holdout257, holdout258, holdout259, holdout260, holdout261, holdout262, holdout263, holdout264, holdout265, holdout266, holdout267, holdout268, holdout269, holdout270, holdout271, holdout272, holdout273, holdout274, holdout275, holdout276, holdout277, holdout278, holdout279, holdout280, holdout281, holdout282, holdout283, holdout284, holdout285, holdout286, holdout287, holdout288, holdout289, holdout290, holdout291, holdout292, holdout293, holdout294, holdout295, holdout296, holdout297, holdout298, holdout299, holdout300, holdout301, holdout302, holdout303, holdout304, holdout305, holdout306, holdout307, holdout308, holdout309, holdout310, holdout311, holdout312, holdout313, holdout314, holdout315, holdout316, holdout317, holdout318, holdout319, holdout320, holdout321, holdout322, holdout323, holdout324, holdout325, holdout326, holdout327, holdout328, holdout329, holdout330, holdout331, holdout332, holdout333, holdout334, holdout335, holdout336, holdout337, holdout338, holdout339, holdout340, holdout341, holdout342, shared (default all: every part is spent; a new blind part stays out of the default)"
        ),
    )
    parser.add_argument("--via", choices=("command", "parse"), default="command", help="import path (default command)")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="folder of the shared corpus")
    parser.add_argument("--corpus-baseline", choices=("save", "check"), help="save or check the real corpus's sentences")
    parser.add_argument("--baseline-file", type=Path, default=BASELINE)
    parser.add_argument("--workers", type=int, default=None, help="import workers (default: the command's)")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    parser.add_argument("--keep", action="store_true", help="keep the import folders under bench/out/")
    parser.add_argument("-v", "--verbose", action="store_true", help="per-case failures")
    args = parser.parse_args(argv)

    importer = Importer(args.via, args.workers, args.keep)
    try:
        print(f"clean_score: via {args.via}, code at {_commit()}")
        if args.corpus_baseline:
            return corpus_baseline(importer, args.corpus, args.corpus_baseline, args.baseline_file, args.verbose)
        figures = []
        for part in [p.strip() for arg in args.parts for p in arg.split(",") if p.strip()]:
            if part == "shared":
                f = score_shared(importer, args.corpus / "scraped_pages.jsonl", args.verbose)
                if f:
                    figures.append(f)
                continue
            cases = load_part(part)
            if not cases:
                print(f"\n== {part}: no cases in {EVAL / part}")
                continue
            run = importer.run(part, [c["record"] for c in cases])
            scores = [score_case(c, run.stored.get(c["id"]), run.problems.get(c["id"], "")) for c in cases]
            f = summarise(part, scores)
            print_part(f)
            if args.verbose:
                print_failures(scores)
            figures.append(f)
        if args.json:
            args.json.write_text(json.dumps(figures, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        return 0
    finally:
        importer.close()


if __name__ == "__main__":
    raise SystemExit(main())
