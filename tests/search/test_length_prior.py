"""The length prior (issue 15 §3): "length does not let a long report outrank a short model
text that is about the query". tantivy's BM25 normalises by length per term already; the
index also stores each body's length and a prior that multiplies relevance scores
(``haowen.search.engine.length_prior``)."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from haowen.search import engine as engine_module
from haowen.search.engine import SCHEMA_VERSION, Engine, IndexedDoc, length_prior
from haowen.search.services import search_articles

FILLER = "会议强调，各级各部门要认真落实工作责任，确保各项任务按期完成。"


def ids(results) -> list[int]:
    return [r.article.pk for r in results.results]


def _pair(make_article):
    """A short notice about 乡村振兴 (about 800 characters, the word twice) and a long
    transcript (about 20,000 characters) that mentions it forty times among everything else."""
    short_body = "乡村振兴是当前的重点工作。\n" + FILLER * 24 + "\n扎实推进乡村振兴。"
    long_body = "\n".join(FILLER * 12 + "乡村振兴" for _ in range(40))
    short = make_article("关于做好春耕生产的通知", short_body, kind="notice", published_on=dt.date(2021, 3, 1))
    long = make_article("新闻联播全文", long_body, kind="news", published_on=dt.date(2023, 3, 1))
    return short, long


def test_the_prior_is_full_for_short_texts_and_none_for_very_long_ones():
    assert length_prior(0) == length_prior(800) == length_prior(2000) == pytest.approx(1.3)
    assert length_prior(4000) == pytest.approx(1.225)
    assert 1.0 < length_prior(20000) < length_prior(8000) < 1.3
    assert length_prior(32000) == length_prior(400_000) == 1.0


def test_bm25_alone_ranks_the_long_transcript_first(make_article, monkeypatch):
    # What the issue describes: the prior switched off at index time (every factor 1).
    monkeypatch.setattr(engine_module, "LENGTH_PRIOR_WEIGHT", 0.0)
    short, long = _pair(make_article)
    assert ids(search_articles("乡村振兴")) == [long.pk, short.pk]


def test_a_short_text_about_the_query_outranks_a_long_transcript(make_article):
    short, long = _pair(make_article)
    res = search_articles("乡村振兴")
    assert ids(res) == [short.pk, long.pk]
    assert res.total == 2
    # The sort by date does not use it.
    assert ids(search_articles("乡村振兴", sort="newest")) == [long.pk, short.pk]


def test_partial_matches_still_rank_by_the_clauses_they_match(make_article):
    # The long one matches two of the three clauses, the short one only one: the prior
    # (at most 1.3×) must not lift the short one above it.
    short = make_article("乡村振兴的通知", "乡村振兴。" + FILLER * 10, kind="notice")
    long = make_article("会议纪要", "\n".join(FILLER * 12 + "乡村振兴 产业发展" for _ in range(40)), kind="news")
    res = search_articles("乡村振兴 产业发展 不存在的词语甲乙丙")
    assert res.partial
    assert ids(res) == [long.pk, short.pk]


def test_an_index_of_the_previous_schema_version_is_discarded_and_rebuilt(tmp_path):
    path = tmp_path / "index"
    old = Engine(path)
    old.apply([IndexedDoc(id=1, title="标题", body="正文", genre="other", year=2022, date_ordinal=0, views=0)], [], 7)
    assert old.num_docs() == 1
    old.release_writer()
    del old
    marker = json.loads((path / Engine.MARKER).read_text())
    assert marker["version"] == SCHEMA_VERSION
    (path / Engine.MARKER).write_text(json.dumps({**marker, "version": SCHEMA_VERSION - 1}))
    reopened = Engine(path)
    # Empty at position 0: the follower applies the whole index log again.
    assert reopened.num_docs() == 0
    assert reopened.position == 0
    assert json.loads((path / Engine.MARKER).read_text())["version"] == SCHEMA_VERSION
