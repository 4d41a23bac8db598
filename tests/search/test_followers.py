"""Several nodes, each with its own index, follow one database's index log and converge."""

import pytest

from haowen.library.services import delete_article, update_article
from haowen.search.engine import Engine, WriterBusy
from haowen.search.follower import apply_pending
from haowen.text.normalize import fold
from haowen.text.query import parse_query
from haowen.text.segment import index_text

QUERIES = ["务虚会", "安全生产", "乡村振兴", '"领导力"', "讲话", "通知 -安全"]


def results(engine):
    return {q: [h.id for h in engine.search(parse_query(q), limit=50).hits] for q in QUERIES}


@pytest.fixture
def two_nodes(tmp_path):
    a, b = Engine(tmp_path / "node-a"), Engine(tmp_path / "node-b")
    yield a, b
    a.release_writer()
    b.release_writer()


def test_it_catches_up_a_node_that_was_down(make_article, two_nodes, tmp_path):
    node_a, node_b = two_nodes
    first = make_article("在区委务虚会上的讲话", "同志们：务虚会的任务是谋划工作。", kind="speech", index=False)
    make_article("关于安全生产的通知", "各单位要抓好安全生产。", kind="notice", index=False)
    apply_pending(node_a)
    apply_pending(node_b)
    assert results(node_a) == results(node_b)

    # node B goes down; the library keeps changing
    make_article("乡村振兴调研报告", "乡村振兴是全党工作的重中之重，领导力是关键。", kind="report", index=False)
    update_article(first, body="同志们：这次讲话谈领导力。")
    third = make_article("再次关于安全生产的通知", "安全生产无小事，讲话精神要落实。", kind="notice", index=False)
    delete_article(third)
    apply_pending(node_a)
    assert results(node_a) != results(node_b)

    # node B comes back and catches up from its stored position
    assert node_b.position < node_a.position
    apply_pending(node_b)
    assert node_b.position == node_a.position
    assert results(node_a) == results(node_b)

    # a brand-new node builds its replica from scratch and agrees too
    node_c = Engine(tmp_path / "node-c")
    try:
        apply_pending(node_c)
        assert results(node_c) == results(node_a)
        assert node_c.num_docs() == node_a.num_docs() == 3
    finally:
        node_c.release_writer()


def test_it_allows_only_one_writer_per_index(tmp_path, make_article):
    make_article("讲话", "内容。", index=False)
    first = Engine(tmp_path / "shared-index")
    second = Engine(tmp_path / "shared-index")
    try:
        apply_pending(first)
        make_article("讲话二", "更多内容。", index=False)
        with pytest.raises(WriterBusy):
            apply_pending(second)
    finally:
        first.release_writer()
        second.release_writer()


def test_it_resumes_from_the_stored_position_after_a_restart(tmp_path, make_article):
    make_article("讲话一", "第一篇。", index=False)
    node = Engine(tmp_path / "node")
    apply_pending(node)
    position = node.position
    node.release_writer()
    restarted = Engine(tmp_path / "node")
    try:
        assert restarted.position == position
        make_article("讲话二", "第二篇。", index=False)
        assert apply_pending(restarted) == 1
        assert restarted.num_docs() == 2
    finally:
        restarted.release_writer()


def test_it_uses_prepared_words_only_while_they_belong_to_the_article(tmp_path, make_article):
    from haowen.library.models import Article
    from haowen.search.follower import PreparedTerms

    engine = Engine(tmp_path / "node")
    try:
        article = make_article("关于安全生产的通知", "各单位要抓好安全生产。", kind="notice", index=False)
        fresh = Article.objects.get(pk=article.pk)
        # Words that are not in the text: used as given, the importer's segmentation is trusted.
        planted = index_text(fold("防汛抗旱"))
        apply_pending(engine, terms={fresh.pk: PreparedTerms(fresh.title, fresh.content_hash, "通知", planted)})
        assert [h.id for h in engine.search(parse_query("防汛抗旱")).hits] == [fresh.pk]

        # After an edit the prepared words are stale: the article's own text is indexed.
        update_article(fresh, title="关于安全检查的通知")
        apply_pending(engine, terms={fresh.pk: PreparedTerms("关于安全生产的通知", fresh.content_hash, "通知", planted)})
        assert engine.search(parse_query("防汛抗旱")).hits == []
        assert [h.id for h in engine.search(parse_query("安全检查")).hits] == [fresh.pk]
    finally:
        engine.release_writer()


def test_it_stops_at_until(tmp_path, make_article):
    from haowen.search.follower import last_seq

    engine = Engine(tmp_path / "node")
    try:
        make_article("关于安全生产的通知", "各单位要抓好安全生产。", index=False)
        first_seq = last_seq()
        make_article("乡村振兴调研报告", "乡村振兴是重中之重。", index=False)
        assert apply_pending(engine, until=first_seq) == 1
        assert engine.position == first_seq
        assert engine.search(parse_query("乡村振兴")).hits == []
        assert apply_pending(engine) == 1 and engine.position == last_seq()
    finally:
        engine.release_writer()


def test_it_applies_an_entry_that_commits_after_a_later_one(tmp_path, make_article):
    """PostgreSQL: seq 2 may commit after seq 3; the follower must not skip it for good."""
    from haowen.library.models import IndexLogEntry

    engine = Engine(tmp_path / "node")
    try:
        make_article("关于安全生产的通知", "各单位要抓好安全生产。", index=False)
        slow = make_article("关于防汛抗旱的通知", "各单位要做好防汛抗旱。", index=False)
        make_article("乡村振兴调研报告", "乡村振兴是重中之重。", index=False)
        late = IndexLogEntry.objects.get(article_id=slow.pk)
        late_seq = late.seq
        late.delete()  # not committed yet when the follower looks
        apply_pending(engine)
        assert engine.search(parse_query("防汛抗旱")).hits == []
        assert late_seq in engine.log_gaps

        IndexLogEntry.objects.create(seq=late_seq, article_id=slow.pk, op="upsert")  # now it commits
        assert apply_pending(engine) == 1
        assert [h.id for h in engine.search(parse_query("防汛抗旱")).hits] == [slow.pk]
        assert engine.log_gaps == {}
    finally:
        engine.release_writer()


def test_it_stops_watching_a_gap_after_a_while(tmp_path, make_article, monkeypatch):
    from haowen.library.models import IndexLogEntry
    from haowen.search import follower

    engine = Engine(tmp_path / "node")
    try:
        make_article("甲", "第一篇。", index=False)
        rolled_back = make_article("乙", "第二篇。", index=False)
        make_article("丙", "第三篇。", index=False)
        IndexLogEntry.objects.filter(article_id=rolled_back.pk).delete()  # a rolled-back transaction
        apply_pending(engine)
        assert len(engine.log_gaps) == 1
        monkeypatch.setattr(follower, "GAP_SECONDS", -1.0)
        apply_pending(engine)
        assert engine.log_gaps == {}
    finally:
        engine.release_writer()


def test_a_restarted_follower_reapplies_the_recent_log(tmp_path, make_article):
    """After a restart the watched gaps are forgotten: the last minutes of the log are applied again."""
    from haowen.library.models import IndexLogEntry

    node = Engine(tmp_path / "node")
    make_article("甲", "第一篇。", index=False)
    slow = make_article("关于防汛抗旱的通知", "各单位要做好防汛抗旱。", index=False)
    make_article("丙", "第三篇。", index=False)
    late = IndexLogEntry.objects.get(article_id=slow.pk)
    late_seq = late.seq
    late.delete()
    apply_pending(node)
    node.release_writer()
    IndexLogEntry.objects.create(seq=late_seq, article_id=slow.pk, op="upsert")  # committed while down
    restarted = Engine(tmp_path / "node")
    try:
        apply_pending(restarted)
        assert [h.id for h in restarted.search(parse_query("防汛抗旱")).hits] == [slow.pk]
    finally:
        restarted.release_writer()
