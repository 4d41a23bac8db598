"""LocalMemo: values reused for their seconds, re-read after, cleared on demand."""

from __future__ import annotations

import pytest

from haowen.library import memo as memo_module
from haowen.library.memo import LocalMemo


def test_it_reuses_then_rereads(monkeypatch):
    now = [100.0]
    monkeypatch.setattr(memo_module.time, "monotonic", lambda: now[0])
    reads = []
    memo = LocalMemo(2)

    def read():
        reads.append(now[0])
        return len(reads)

    assert memo.get("k", read) == 1
    now[0] += 1.9
    assert memo.get("k", read) == 1
    now[0] += 0.2
    assert memo.get("k", read) == 2
    memo.clear()
    assert memo.get("k", read) == 3
    memo_module.clear_all()
    assert memo.get("k", read) == 4
    assert memo.get("other", read) == 5


def test_a_failing_read_stores_nothing():
    memo = LocalMemo(60)

    def broken():
        raise RuntimeError("cache down")

    with pytest.raises(RuntimeError):
        memo.get("k", broken)
    assert memo.get("k", lambda: "ok") == "ok"


@pytest.mark.django_db
def test_a_synonym_saved_here_is_used_at_once(client):
    from haowen.search.models import Synonym
    from haowen.search.synonyms import synonym_map

    assert "甲乙稿" not in synonym_map()
    Synonym.objects.create(term="甲乙稿", forms="讲话稿", enabled=True)
    assert synonym_map()["甲乙稿"] == ("讲话稿",)
