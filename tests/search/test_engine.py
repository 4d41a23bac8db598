import datetime as dt

import pytest

from haowen.search.services import search_articles

SPEECH = "同志们：\n这次会议的主要任务是谋划今后一个时期的工作。\n第一个问题：加快发展的信心要更加坚定。XX区要抓住机遇。\n北大领导力培训班的经验值得借鉴。"
NOTICE = "各乡镇、各部门：\n为切实做好安全生产工作，现将有关事项通知如下。\n一、××区各单位要高度重视。"
REPORT = "各位代表：\n现在，我代表区人民政府，向大会报告工作。过去一年，务虚会提出的目标基本实现。"


@pytest.fixture
def library(make_article):
    return {
        "speech": make_article("在区委务虚会上的讲话", SPEECH, kind="speech", published_on=dt.date(2022, 3, 11), views=185),
        "notice": make_article("关于开展安全生产大检查的通知", NOTICE, kind="notice", published_on=dt.date(2021, 5, 1), views=3),
        "report": make_article("政府工作报告", REPORT, kind="report", published_on=dt.date(2023, 1, 5), views=50),
    }


def ids(results):
    return [r.article.pk for r in results.results]


def test_it_ranks_title_match_first(library):
    res = search_articles("务虚会")
    assert ids(res)[0] == library["speech"].pk
    assert library["report"].pk in ids(res)  # body-only match still found
    assert res.total == 2


def test_it_highlights_original_text_in_snippets(library):
    res = search_articles("安全生产")
    hit = res.results[0]
    assert "<mark>安全生产</mark>" in hit.snippet_html
    assert "<mark>" in hit.title_html


def test_it_folds_placeholders(library):
    for q in ("XX区", "xx区", "××区", "＊＊区"):
        found = ids(search_articles(q))
        assert library["speech"].pk in found and library["notice"].pk in found, q


def test_it_finds_exact_strings_segmentation_splits(library):
    res = search_articles('"北大领导力"')
    assert ids(res) == [library["speech"].pk]
    # unquoted too: the exact fallback keeps a string that is in the text findable
    assert library["speech"].pk in ids(search_articles("大领导力培"))


@pytest.mark.parametrize("q", ["党", "乡", "导力", "大领"])
def test_it_finds_one_and_two_character_strings(library, q):
    from haowen.library.models import Article

    expected = {a.pk for a in Article.objects.all() if q in a.body or q in a.title}
    assert set(ids(search_articles(q))) == expected


def test_it_excludes_negated_terms(library):
    found = ids(search_articles("区 -通知"))
    assert library["notice"].pk not in found


def test_it_filters_and_counts_genre_and_year(library):
    res = search_articles("区")
    assert res.genres.get("speech") == 1 and res.genres.get("official") == 1 and res.subgenres.get("notice") == 1
    assert res.years.get(2022) == 1
    only = search_articles("区", genre="official", subgenre="notice")
    assert ids(only) == [library["notice"].pk]
    assert ids(search_articles("区", year=2023)) == [library["report"].pk]


def test_it_sorts_by_newest_and_views(library):
    newest = ids(search_articles("区", sort="newest"))
    assert newest[0] == library["report"].pk
    views = ids(search_articles("区", sort="views"))
    assert views[0] == library["speech"].pk


@pytest.mark.parametrize(
    "q",
    [
        '"', '"""', "((", "AND OR NOT", "+-*^:~[]{}", "务虚会\"", "a" * 2000, "😀🎉", "\x00\x01\x1b[31m",
        "\u202e讲话", "*", "-", "--", "-\"\"", "title:务虚会", "\\", "/.*/", "%", "' OR 1=1 --", "　",
    ],
)
def test_it_never_raises_on_hostile_queries(library, q):
    res = search_articles(q)
    assert res.total >= 0


def test_it_indexes_updates_and_deletes_from_the_log(library, index_now):
    from haowen.library.services import delete_article, update_article

    speech = library["speech"]
    update_article(speech, body="全新的内容：生态文明建设。")
    index_now()
    assert ids(search_articles("务虚会"))[0] == speech.pk  # title still matches
    assert ids(search_articles("生态文明")) == [speech.pk]
    assert speech.pk not in ids(search_articles("北大领导力"))
    delete_article(speech)
    index_now()
    assert speech.pk not in ids(search_articles("务虚会"))


def test_it_reapplies_the_log_idempotently(library):
    from haowen.search.follower import apply_pending, get_engine

    engine = get_engine()
    total = engine.num_docs()
    engine.set_position(0)  # as if the process died before storing its position
    apply_pending(engine)
    assert engine.num_docs() == total
    assert search_articles("务虚会").total == 2


def test_it_rebuilds_the_index_from_the_database(library):
    from django.core.management import call_command

    from haowen.search.follower import get_engine, reset_engine

    get_engine().release_writer()
    call_command("rebuild_index")
    reset_engine()
    assert get_engine().num_docs() == 3
    assert ids(search_articles("务虚会"))[0] == library["speech"].pk


def test_it_says_the_match_is_in_the_full_text_when_only_part_is_visible(library):
    from haowen.search.services import search_articles as search

    def preview_only(article):
        return article.paragraphs[0], False

    # "北大领导力" lies in the last paragraph; "同志们" is visible in the first
    hit = search("同志们 北大领导力", visible_text=preview_only).results[0]
    assert hit.in_gated_part
    assert "领导力" not in hit.snippet_html
    visible = search("同志们", visible_text=preview_only).results[0]
    assert not visible.in_gated_part


def test_it_does_not_send_readers_to_the_full_text_for_a_title_match(library):
    def preview_only(article):
        return article.paragraphs[0], False

    hit = search_articles("务虚会", visible_text=preview_only).results[0]
    assert hit.article.pk == library["speech"].pk
    assert not hit.in_gated_part


def _docs(first, count, word):
    from haowen.search.engine import IndexedDoc

    return [IndexedDoc(i, f"{word}文件{i}", f"{word}正文第{i}段。", "other", 2022, 0, 0) for i in range(first, first + count)]


def test_a_rebuild_leaves_the_old_index_searchable_until_it_commits(tmp_path):
    from haowen.search.engine import Engine

    engine = Engine(tmp_path / "index")
    engine.apply(_docs(1, 30, "旧版"), [], position=9)
    seen = []

    def batches():
        for start in (100, 200, 300):
            yield _docs(start, 50, "新版")
            # A web worker searching meanwhile (reader reloaded): the old library, whole.
            engine.index.reload()
            seen.append((engine.num_docs(), engine.position))

    assert engine.replace_all(batches(), position=12) == 150
    assert seen == [(30, 9)] * 3
    assert engine.num_docs() == 150
    assert engine.position == 12
    import tantivy

    old = tantivy.Query.term_query(engine.schema, "id", 1)
    assert engine.index.searcher().search(old, limit=1, count=True).count == 0


def test_a_failed_rebuild_keeps_the_old_index_and_its_position(tmp_path):
    from haowen.search.engine import Engine

    engine = Engine(tmp_path / "index")
    engine.apply(_docs(1, 30, "旧版"), [], position=9)

    def batches():
        yield _docs(100, 50, "新版")
        raise RuntimeError("database connection lost")

    with pytest.raises(RuntimeError, match="connection lost"):
        engine.replace_all(batches(), position=12)
    engine.index.reload()
    assert (engine.num_docs(), engine.position) == (30, 9)
    # The writer is still usable: the follower goes on applying the log after it.
    engine.apply(_docs(31, 1, "旧版"), [], position=10)
    assert (engine.num_docs(), engine.position) == (31, 10)


def test_a_search_for_no_hits_per_page_is_a_clear_error_not_a_panic(library):
    from haowen.search.follower import get_engine
    from haowen.text.query import parse_query

    with pytest.raises(ValueError, match="limit must be at least 1"):
        get_engine().search(parse_query("务虚会"), limit=0)
    with pytest.raises(ValueError, match="offset at least 0"):
        get_engine().search(parse_query("务虚会"), offset=-10)


def test_a_rebuild_writes_with_the_larger_buffer_and_the_log_with_the_usual_one(tmp_path):
    # Fewer, larger segments after a rebuild: at 1,000,000 documents the 256 MB buffer left 14
    # segments that searched slower and mapped more of the index (docs/benchmarks.md).
    from haowen.search import engine as engine_module

    heaps = []
    real = engine_module.tantivy.Index.writer

    class Spy:
        def __init__(self, index):
            self.index = index

        def __getattr__(self, name):
            return getattr(self.index, name)

        def writer(self, heap_size, num_threads):
            heaps.append(heap_size)
            return real(self.index, heap_size=heap_size, num_threads=num_threads)

    rebuilt = engine_module.Engine(tmp_path / "a")
    rebuilt.index = Spy(rebuilt.index)
    assert rebuilt.replace_all([_docs(1, 5, "新版")], position=3) == 5
    rebuilt.release_writer()
    logged = engine_module.Engine(tmp_path / "b")
    logged.index = Spy(logged.index)
    logged.apply(_docs(1, 5, "旧版"), [], position=1)
    assert heaps == [engine_module.REBUILD_HEAP_BYTES, engine_module.WRITER_HEAP_BYTES]
    assert engine_module.REBUILD_HEAP_BYTES > engine_module.WRITER_HEAP_BYTES
