"""A JSON line whose escapes encode a lone surrogate is refused with a clear reason; the rest imports."""

import pytest

from haowen.ingest.services import import_paths
from haowen.library.models import Article


@pytest.mark.django_db
def test_it_refuses_unpaired_surrogates_and_imports_the_other_lines(tmp_path):
    path = tmp_path / "mixed.jsonl"
    path.write_text(
        '{"id":"a","source":"t","kind":"speech","title":"讲话\\ud800稿","date":null,"text":"同志们：这是正文。"}\n'
        '{"id":"b","source":"t","kind":"speech","title":"正常的讲话","date":null,"text":"同志们：这是另一篇正文。"}\n',
        encoding="utf-8",
    )
    report = import_paths([str(path)])
    assert report.failed == 1 and report.imported == 1
    problem = str(report.problems[0])
    assert "mixed.jsonl:1" in problem and "unpaired surrogate" in problem
    assert list(Article.objects.values_list("title", flat=True)) == ["正常的讲话"]
