"""The parallel import pipeline: worker processes give the same library as one process."""

from __future__ import annotations

import json
import os

import pytest

from haowen.ingest import services
from haowen.ingest.parsers import jsonl_chunks, parse_jsonl_chunk
from haowen.ingest.problems import ImportProblem
from haowen.ingest.services import import_paths
from haowen.library.models import Article, FingerprintBand, IndexLogEntry

SENTENCES = [
    "全县上下要坚定信心，真抓实干，确保各项目标任务圆满完成。",
    "要坚持以人民为中心的发展思想，切实保障和改善民生。",
    "各乡镇、各部门要把思想和行动统一到县委的决策部署上来。",
    "要加快推进乡村振兴，持续巩固拓展脱贫攻坚成果。",
    "要深化放管服改革，持续优化营商环境，激发市场主体活力。",
]


def _doc(i: int) -> dict:
    # Each document is distinct (its number is in every paragraph) yet shares sentences.
    paragraphs = [f"第{i}号文件第{k}部分。" + SENTENCES[(i + k) % 5] + SENTENCES[(i * 7 + k) % 5] for k in range(4)]
    return {
        "id": f"doc-{i}",
        "source": "pipeline-test",
        "kind": "speech",
        "title": f"在第{i}次会议上的讲话",
        "date": "2024-03-%02d" % (i % 28 + 1),
        "text": "\n".join(paragraphs),
    }


def _write_corpus(tmp_path, n: int, bad_lines: dict[int, str] | None = None):
    lines = [json.dumps(_doc(i), ensure_ascii=False) for i in range(n)]
    for position, line in (bad_lines or {}).items():
        lines.insert(position, line)
    path = tmp_path / "corpus.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _library() -> list[tuple]:
    return list(
        Article.objects.order_by("pk").values_list(
            "title", "body", "content_hash", "char_count", "fingerprint", "published_on", "external_id", "raw"
        )
    )


def _reset() -> None:
    FingerprintBand.objects.all().delete()
    IndexLogEntry.objects.all().delete()
    Article.objects.all().delete()


@pytest.mark.django_db
def test_workers_give_the_same_library_and_report_as_one_process(tmp_path, monkeypatch):
    monkeypatch.setattr(services, "PARALLEL_MIN_DOCUMENTS", 10)
    path = _write_corpus(tmp_path, 150, bad_lines={40: "{not json", 90: json.dumps({"title": "空", "text": "  "})})
    # A copy of document 3 under another title: a near-duplicate in both runs.
    copy = dict(_doc(3), id="copy-3", title="转载：在第3次会议上的讲话")
    copy["text"] += "\n以上意见，请结合实际认真贯彻落实。"
    with path.open("a", encoding="utf-8") as fh:
        fh.write(json.dumps(copy, ensure_ascii=False) + "\n")

    one = import_paths([path], workers=1)
    library_one = _library()
    _reset()
    two = import_paths([path], workers=2)

    assert (two.imported, two.failed, two.unchanged) == (one.imported, one.failed, one.unchanged) == (151, 2, 0)
    assert two.problems == one.problems
    assert two.problems[0].startswith(f"{path}:41: ") and "JSON" in two.problems[0]
    assert two.problems[1].startswith(f"{path}:91: ")
    assert _library() == library_one
    assert [t for t, _, _ in two.near_duplicates] == [t for t, _, _ in one.near_duplicates]
    assert any("转载" in copy_title for copy_title, _, _ in two.near_duplicates)
    assert IndexLogEntry.objects.count() == 151


@pytest.mark.django_db
def test_on_batch_receives_the_words_of_every_new_article(tmp_path, monkeypatch):
    monkeypatch.setattr(services, "PARALLEL_MIN_DOCUMENTS", 10)
    path = _write_corpus(tmp_path, 30)
    batches: list[dict] = []
    report = import_paths([path], workers=2, on_batch=batches.append, batch_size=12)
    assert [len(b) for b in batches] == [12, 12, 6]
    seen = {pk: analysis for batch in batches for pk, analysis in batch.items()}
    assert set(seen) == set(report.article_ids)
    article = Article.objects.get(pk=report.article_ids[0])
    analysis = seen[article.pk]
    assert (analysis.title, analysis.body, analysis.content_hash) == (article.title, article.body, article.content_hash)
    assert "讲话" in analysis.title_terms.split()
    # A second run changes nothing and hands nothing to the index.
    batches.clear()
    again = import_paths([path], workers=2, on_batch=batches.append, batch_size=12)
    assert again.unchanged == 30 and batches == []


_PARENT = {"pid": 0}
_REAL_RUN_TASK = services.run_task


def _dies_in_a_worker(task, max_bytes):
    """run_task, except that a worker process dies on the chunks after line 64."""
    if os.getpid() != _PARENT["pid"] and isinstance(task, services.ChunkTask) and task.lines[0][0] > 64:
        os._exit(3)  # a worker killed mid-import (out of memory, a crash in native code)
    return _REAL_RUN_TASK(task, max_bytes)


@pytest.mark.django_db
def test_a_broken_worker_pool_finishes_the_import_in_process(tmp_path, monkeypatch):
    monkeypatch.setattr(services, "PARALLEL_MIN_DOCUMENTS", 10)
    monkeypatch.setitem(_PARENT, "pid", os.getpid())
    monkeypatch.setattr(services, "run_task", _dies_in_a_worker)
    path = _write_corpus(tmp_path, 200)
    report = import_paths([path], workers=2)
    assert (report.imported, report.failed) == (200, 0)
    assert Article.objects.count() == 200


def test_jsonl_chunks_split_by_records_and_bytes_and_skip_blank_lines(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_bytes(b'{"a": 1}\n\n   \n{"a": 2}\n{"a": 3}\n' + b'{"long": "' + b"x" * 200 + b'"}\n{"a": 5}\n')
    chunks = list(jsonl_chunks(path, records=2, max_chunk_bytes=100))
    assert [[n for n, _ in c] for c in chunks] == [[1, 4], [5, 6], [7]]


@pytest.mark.parametrize(
    ("content", "reason"),
    [(b"", "empty file: 0 bytes"), (b"\n  \n\t\n", "empty file: no JSON lines, only whitespace")],
)
def test_jsonl_chunks_report_an_empty_file(tmp_path, content, reason):
    path = tmp_path / "empty.jsonl"
    path.write_bytes(content)
    (problem,) = list(jsonl_chunks(path))
    assert isinstance(problem, ImportProblem)
    assert str(problem) == f"{path}: {reason}"


def test_jsonl_chunks_report_an_unreadable_file(tmp_path):
    (problem,) = list(jsonl_chunks(tmp_path / "missing.jsonl"))
    assert str(problem).startswith(f"{tmp_path / 'missing.jsonl'}: cannot read")


def test_parse_jsonl_chunk_names_the_line_of_each_bad_record():
    good = json.dumps({"title": "关于开展检查的通知", "text": "各单位：现决定开展安全检查。"}, ensure_ascii=False).encode()
    out = parse_jsonl_chunk("in.jsonl", [(3, good), (7, b"[1, 2]"), (9, good + b" " * 50)], max_bytes=len(good) + 10)
    assert out[0].title == "关于开展检查的通知" and out[0].line_no == 3
    assert isinstance(out[1], ImportProblem) and str(out[1]).startswith("in.jsonl:7: ")
    assert isinstance(out[2], ImportProblem) and str(out[2]).startswith("in.jsonl:9: ") and "limit" in str(out[2])


def test_run_task_turns_every_failure_into_a_problem_line(tmp_path):
    binary = tmp_path / "blob.txt"
    binary.write_bytes(b"\x00\x01\x02" * 100)
    outcomes = services.run_task(services.FileTask(str(binary)), max_bytes=None)
    assert [type(o) for o in outcomes] == [services.ProblemLine]
    assert outcomes[0].line.startswith(str(binary))
    empty_body = json.dumps({"title": "标题", "text": "。。。"}, ensure_ascii=False).encode()
    outcomes = services.run_task(services.ChunkTask("x.jsonl", [(5, empty_body)]), max_bytes=None)
    assert [type(o) for o in outcomes] == [services.ProblemLine] and outcomes[0].line.startswith("x.jsonl:5: ")
    # A problem found while the tasks were made passes through as it is.
    unreadable = services.ProblemLine("gone.jsonl: cannot read: no such file")
    assert services.run_task(unreadable, max_bytes=None) == [unreadable]


# --- the worker messages -----------------------------------------------------------------------


def test_the_worker_messages_cross_the_pipe_pickled_with_every_field(tmp_path):
    """Tasks and outcomes are pickled to and from the workers: each arrives whole, fields by name."""
    import pickle
    from dataclasses import FrozenInstanceError

    record = json.dumps(_doc(7), ensure_ascii=False).encode()
    chunk = services.ChunkTask("in.jsonl", [(3, record)])
    page = tmp_path / "page.txt"
    page.write_text("关于开展安全检查的通知\n各单位：现决定开展安全生产大检查。请认真组织实施。\n", encoding="utf-8")
    tasks = [services.FileTask(str(page)), chunk, services.ProblemLine("gone.jsonl: cannot read")]
    for task in tasks:
        assert pickle.loads(pickle.dumps(task)) == task
    assert pickle.loads(pickle.dumps(chunk)).lines == [(3, record)]

    (outcome,) = services.run_task(pickle.loads(pickle.dumps(chunk)), max_bytes=None)
    assert isinstance(outcome, services.AnalysedDoc)
    back = pickle.loads(pickle.dumps(outcome))
    assert back.where == "in.jsonl:3"
    assert (back.draft.title, back.draft.external_id, back.draft.source) == ("在第7次会议上的讲话", "doc-7", "pipeline-test")
    assert back.draft.raw == record and back.draft.raw_format == "jsonl"
    # The body crosses once, in the analysis; the draft leaves its paragraphs behind.
    assert back.draft.paragraphs == [] and "第7号文件第0部分" in back.analysis.body
    assert back.analysis.content_hash == outcome.analysis.content_hash and back.analysis.fingerprint
    (from_file,) = services.run_task(tasks[0], max_bytes=None)
    assert from_file.where == str(page) and from_file.draft.title == "关于开展安全检查的通知"

    with pytest.raises(FrozenInstanceError):
        chunk.path = "other.jsonl"
    assert not hasattr(chunk, "__dict__")  # slots: no per-message dict for thousands of chunks


def test_import_paths_refuses_a_message_it_does_not_know(tmp_path, monkeypatch):
    """A tuple (the old shape) or any other stray message is a bug, not a document: it fails loudly."""
    monkeypatch.setattr(services, "run_task", lambda task, max_bytes: [("doc", "x", None, None)])
    path = _write_corpus(tmp_path, 1)
    with pytest.raises(TypeError, match="tuple"):
        import_paths([path], workers=1)
