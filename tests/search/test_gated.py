"""Search reads no gated part out by substring for a reader who may not read it (issue 12).

For a reader who may not read an article in full, substring matching — quoted clauses,
1–2-character clauses, placeholder clauses, their exclusions and the zero-results fallback —
looks at its title and preview only; whole words still find it. Results, totals, facet
counts and scores then say nothing about the order of characters in its gated part.
The attack itself, through the search page and the API as each persona, is in
tests/test_leaks.py (test_it_is_no_oracle_for_the_gated_part).
"""

from __future__ import annotations

import json
from types import SimpleNamespace

import pytest

from haowen.accounts.entitlement import is_entitled, readable_levels, visible_text
from haowen.library.preview import preview_paragraphs
from haowen.library.services import update_article
from haowen.search.engine import ACCESS_LEVELS, SCHEMA_VERSION, Engine, IndexedDoc, WriterBusy, make_document
from haowen.search.follower import PreparedTerms, apply_pending, get_engine, index_level
from haowen.search.services import search_articles
from haowen.text.normalize import fold
from haowen.text.segment import index_text
from tests.personas import PERSONAS

PUBLIC = [
    "各单位要坚持稳中求进工作总基调，扎实推动高质量发展，切实把各项部署落到实处。",
    "要聚焦主责主业，统筹发展和安全，持续优化营商环境，不断增强人民群众获得感。",
    "各级领导干部要以身作则，真抓实干，确保各项工作取得实效，以优异成绩迎接检查。",
]
GATED = ["紫檀风铃协议规定夜航灯塔必须彻夜常亮。", "根据紫檀风铃协议，XX区要在X月X日前抓好落实。"]
TITLE = "关于夜航安全的工作方案"
#: Readable index levels of an anonymous reader, a signed-in reader and a member
#: (DEFAULT_ACCESS_LEVEL "login").
ANONYMOUS, READER, MEMBER = frozenset({"free"}), frozenset({"free", "login", "default"}), None

#: Queries that match the gated part only as a substring: quoted, a pair of characters across
#: two words, one character inside a word, a placeholder clause, and a plain clause that
#: segmentation cuts into words the body does not have (the zero-results fallback).
SUBSTRING_QUERIES = ['"紫檀风铃协议规"', "铃协", "檀", "x日前抓", "风铃协议规定夜"]


def anonymous(q: str):
    """``q`` searched as an anonymous reader does on the search page."""
    return search_articles(q, visible_text=visible_text(None), readable=readable_levels(None))


def ids(results) -> list[int]:
    return [r.article.pk for r in results.results]


@pytest.mark.parametrize("q", SUBSTRING_QUERIES)
def test_it_matches_a_gated_part_by_substring_only_for_readers_entitled_to_it(gated_article, q):
    assert ids(search_articles(q, readable=MEMBER)) == [gated_article.pk]
    assert ids(search_articles(q)) == [gated_article.pk]  # trusted callers: everything
    for readable in (ANONYMOUS, READER):
        results = search_articles(q, readable=readable)
        assert ids(results) == [] and results.total == 0 and not results.genres and not results.years, (q, readable)


@pytest.mark.parametrize("q", ["灯塔", "紫檀 灯塔", "协议规定夜航", "xx区要在"])
def test_it_still_finds_a_gated_article_by_whole_words(gated_article, q):
    hit = anonymous(q).results
    assert [h.article.pk for h in hit] == [gated_article.pk], q
    assert hit[0].in_gated_part and "灯塔" not in hit[0].snippet_html


@pytest.mark.parametrize("q", ['"坚持稳中求进"', "稳中", "求", '"夜航安"', "航安"])
def test_it_matches_the_title_and_preview_by_substring_for_everyone(gated_article, q):
    for readable in (ANONYMOUS, READER, MEMBER):
        results = search_articles(q, readable=readable)
        assert ids(results) == [gated_article.pk], (q, readable)
        assert not results.results[0].in_gated_part


def test_a_substring_across_the_preview_end_is_gated(gated_article):
    """The preview's bigrams end with the preview: a string running on into the gated part
    is not in the preview."""
    across = PUBLIC[-1][-4:] + GATED[0][:3]
    assert ids(search_articles(f'"{across}"', readable=ANONYMOUS)) == []
    assert ids(search_articles(f'"{across}"', readable=MEMBER)) == [gated_article.pk]


@pytest.mark.parametrize("exclusion", ['-"紫檀风铃协议规"', "-铃协", "-檀", "-x日前抓"])
def test_it_excludes_by_a_gated_part_only_for_readers_entitled_to_it(gated_article, make_article, exclusion):
    other = make_article("另一份工作方案", "\n".join(PUBLIC), kind="plan", access_level="free")
    q = "工作方案 " + exclusion
    assert ids(search_articles(q, readable=MEMBER)) == [other.pk]
    for readable in (ANONYMOUS, READER):
        results = search_articles(q, readable=readable)
        assert set(ids(results)) == {gated_article.pk, other.pk} and results.total == 2 and results.genres == {"plan": 2}


def test_it_excludes_by_whole_words_and_the_preview_for_everyone(gated_article):
    for q in ("工作方案 -灯塔", '工作方案 -"稳中求进"', "工作方案 -夜航"):  # a gated word, the preview, the title
        assert ids(search_articles(q, readable=ANONYMOUS)) == [], q


def test_scores_totals_and_facets_do_not_depend_on_gated_text(make_article, gated_article):
    """The BM25 statistics a restricted search uses come from text that reader may read:
    adding a string to a members-only gated part changes nothing of what an anonymous
    reader's search answers, scores of free articles included."""
    free = make_article("公开的通知", "\n".join(PUBLIC[:1] + ["夜航灯塔必须常亮，确保安全。"]), kind="notice", access_level="free")
    queries = ['"夜航灯塔"', '"灯塔夜航"', '"确保安全"', '"稳中求进"', "灯塔", "航灯"]

    def answers(readable):
        out = {}
        for q in queries:
            r = search_articles(q, readable=readable)
            out[q] = ([(h.article.pk, round(h.score, 6)) for h in r.results], r.total, r.genres, r.years)
        return out

    before = answers(ANONYMOUS)
    assert before['"夜航灯塔"'][0][0][0] == free.pk  # the checks below look at real hits
    # The gated part now holds the same strings many more times, in another order, and one it
    # did not hold (so the document frequencies of its bigrams change).
    more = [GATED[0]] * 5 + ["常亮必须灯塔夜航规定协议风铃紫檀，确保安全。"]
    update_article(gated_article, body="\n".join(PUBLIC + GATED + more))
    apply_pending()
    assert preview_paragraphs(gated_article.paragraphs) == PUBLIC
    after = answers(ANONYMOUS)
    for q in ('"夜航灯塔"', '"灯塔夜航"', '"确保安全"', '"稳中求进"', "航灯"):  # substring clauses: nothing changes
        assert after[q] == before[q], q
    # "灯塔" is also a whole word of the gated part: it finds the article (allowed), by words.
    assert {pk for pk, _ in after["灯塔"][0]} == {free.pk, gated_article.pk}
    # Staff see the difference (so the change above reached the index).
    assert search_articles('"夜航灯塔"').total == 2 and search_articles('"灯塔夜航"').total == 1


def test_the_site_default_level_is_resolved_per_query(settings, make_article):
    """Articles at the site default are indexed as ``default``: changing DEFAULT_ACCESS_LEVEL
    needs no re-index."""
    article = make_article(TITLE, "\n".join(PUBLIC + GATED), kind="plan")
    assert article.access_level == ""
    settings.DEFAULT_ACCESS_LEVEL = "login"
    assert ids(search_articles('"紫檀风铃协议规"', readable=readable_levels(None))) == []
    settings.DEFAULT_ACCESS_LEVEL = "free"
    assert ids(search_articles('"紫檀风铃协议规"', readable=readable_levels(None))) == [article.pk]


def test_it_reindexes_when_the_access_level_changes(gated_article, index_now):
    """Access levels change through library.services, which appends to the index log."""
    q = '"紫檀风铃协议规"'
    update_article(gated_article, access_level="free")
    index_now()
    assert ids(search_articles(q, readable=ANONYMOUS)) == [gated_article.pk]
    update_article(gated_article, access_level="login")
    index_now()
    assert ids(search_articles(q, readable=ANONYMOUS)) == []
    assert ids(search_articles(q, readable=READER)) == [gated_article.pk]


def test_it_rebuilds_the_index_when_the_preview_settings_change(settings, gated_article):
    """The preview is indexed: an index built under other PREVIEW_* values is emptied when a
    process takes its writer, and rebuilt from the index log."""
    q = '"紫檀风铃协议规"'
    assert ids(search_articles(q, readable=ANONYMOUS)) == []
    settings.PREVIEW_PERCENT, settings.PREVIEW_MAX_CHARS = 100, 5000
    assert GATED[0] in preview_paragraphs(gated_article.paragraphs)
    engine = get_engine()
    assert engine.num_docs() == 1 and engine.position > 0  # readable, not rebuilt yet
    apply_pending(engine)
    assert ids(search_articles(q, readable=ANONYMOUS)) == [gated_article.pk]
    marker = json.loads((settings.SEARCH_INDEX_DIR / "haowen-schema.json").read_text())
    assert marker == {"version": SCHEMA_VERSION, "derived": {"preview_percent": 100, "preview_max_chars": 5000}}


def test_an_outdated_index_is_rebuilt_once_and_never_under_a_running_writer(tmp_path):
    old = Engine(tmp_path, derived={"preview_percent": 30})
    old.apply([IndexedDoc(1, "标题", "正文内容", "other", 2022, 0, 0)], [], position=7)
    new = Engine(tmp_path, derived={"preview_percent": 50})  # another process, new settings
    assert new.num_docs() == 1  # nothing deleted while the old process writes
    with pytest.raises(WriterBusy):
        new.writer()
    old.release_writer()
    new.writer()
    assert new.num_docs() == 0 and new.position == 0  # the follower applies the whole log again
    new.apply([IndexedDoc(2, "标题", "正文内容", "other", 2022, 0, 0)], [], position=3)
    new.release_writer()
    again = Engine(tmp_path, derived={"preview_percent": 50})
    again.writer()  # the marker is current: nothing is emptied twice
    assert again.num_docs() == 1 and again.position == 3
    again.release_writer()


def test_it_discards_an_index_of_an_older_schema(tmp_path):
    old = Engine(tmp_path)
    old.apply([IndexedDoc(1, "标题", "正文内容", "other", 2022, 0, 0)], [], position=7)
    (tmp_path / "haowen-schema.json").write_text(json.dumps({"version": SCHEMA_VERSION - 1}))
    with pytest.raises(WriterBusy, match="stop that process"):
        Engine(tmp_path)  # not under a process that still writes it
    old.release_writer()
    new = Engine(tmp_path)
    assert new.num_docs() == 0 and new.position == 0  # the follower re-applies the whole log
    assert json.loads((tmp_path / "haowen-schema.json").read_text())["version"] == SCHEMA_VERSION


def test_prepared_terms_from_the_importer_index_the_same(settings, make_article):
    """The importer's path (words segmented in its workers) indexes the preview and level too."""
    settings.PREVIEW_PERCENT, settings.PREVIEW_MAX_CHARS = 95, len("".join(PUBLIC))
    article = make_article(TITLE, "\n".join(PUBLIC + GATED), kind="plan", access_level="members", index=False)
    terms = {article.pk: PreparedTerms(article.title, article.content_hash, index_text(fold(article.title)),
                                       index_text(fold(article.body)))}
    apply_pending(terms=terms)
    assert ids(search_articles('"紫檀风铃协议规"', readable=ANONYMOUS)) == []
    assert ids(search_articles('"坚持稳中求进"', readable=ANONYMOUS)) == [article.pk]
    assert ids(search_articles("灯塔", readable=ANONYMOUS)) == [article.pk]
    assert ids(search_articles('"紫檀风铃协议规"', readable=MEMBER)) == [article.pk]


@pytest.mark.parametrize("default", ["free", "login", "members"])
@pytest.mark.parametrize("persona", PERSONAS)
def test_readable_levels_agree_with_the_entitlement(request, settings, persona, default):
    settings.DEFAULT_ACCESS_LEVEL = default
    user = None if persona == "anonymous" else request.getfixturevalue(persona)
    readable = readable_levels(user)
    assert readable <= set(ACCESS_LEVELS)
    for value in ("", "free", "login", "members", "bogus", "default"):
        article = SimpleNamespace(access_level=value)
        assert (index_level(value) in readable) == is_entitled(article, user), (persona, default, value)


def test_it_rejects_unknown_access_levels():
    engine = Engine(None)
    from haowen.text.query import parse_query

    with pytest.raises(ValueError, match="bogus"):
        engine.search(parse_query("稳中求进"), readable={"free", "bogus"})
    with pytest.raises(ValueError, match="bogus"):
        make_document(IndexedDoc(1, "标题", "正文", "other", 0, 0, 0, access="bogus"))
