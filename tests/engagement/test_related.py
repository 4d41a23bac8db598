"""Related documents (相关内容): TF-IDF keywords with the library's own IDF, through the index."""

from __future__ import annotations

import json

import pytest

from haowen.engagement.related import related_articles
from haowen.engagement.models import RelatedCache
from haowen.library.services import ArticleDraft, save_draft, update_article
from haowen.search.related import keywords, related_article_ids

RURAL = [
    ("乡村振兴工作方案", "全面推进乡村振兴，发展乡村特色产业，壮大村集体经济。\n加强农村人居环境整治，推进高标准农田建设。"),
    ("乡村振兴调研报告", "围绕乡村振兴开展调研，村集体经济薄弱，特色产业规模小。\n农村人居环境仍有短板，高标准农田建设需要加快。"),
    ("在乡村振兴推进会上的讲话", "乡村振兴是重大任务，要发展特色产业，壮大村集体经济，改善农村人居环境。"),
]
SAFETY = [
    ("关于开展安全生产大检查的通知", "各单位要开展安全生产大检查，排查消防隐患，落实企业主体责任。"),
    ("安全生产工作总结", "今年安全生产形势总体平稳，消防隐患排查整治有力，企业主体责任进一步落实。"),
]


@pytest.fixture
def library(make_article):
    rural = [make_article(t, b, kind="plan") for t, b in RURAL]
    safety = [make_article(t, b, kind="notice") for t, b in SAFETY]
    return rural, safety


def test_it_weights_keywords_by_the_librarys_own_idf(library):
    rural, _ = library
    words = {k.term: k for k in keywords(rural[0].title, rural[0].body)}
    assert {"乡村", "振兴", "特色产业"} <= set(words)
    # Document frequencies are the library's: 乡村 is in the three rural documents only.
    assert words["乡村"].df == 3 and words["特色产业"].df == 3
    # Words only this document has cannot link it to another one and are left out.
    assert all(k.df >= 2 for k in words.values())
    # Rarer in the library → heavier, at the same count.
    same_tf = [k for k in words.values() if k.tf == 1]
    by_df = sorted(same_tf, key=lambda k: k.df)
    assert by_df[0].weight > by_df[-1].weight or by_df[0].df == by_df[-1].df


def test_it_finds_documents_on_the_same_topic_first(library):
    rural, safety = library
    related = related_article_ids(rural[0])
    assert rural[0].pk not in related
    assert set(related[:2]) == {rural[1].pk, rural[2].pk}
    assert all(pk not in related[:2] for pk in (s.pk for s in safety))


def test_it_leaves_out_near_duplicates(library, make_article):
    rural, _ = library
    copy = make_article("乡村振兴工作方案（转载）", RURAL[0][1] + "\n转载自某网站。", canonical=rural[0])
    assert copy.pk not in related_article_ids(rural[0])
    assert rural[0].pk not in related_article_ids(copy)


def test_it_caches_and_recomputes_when_the_article_changes(library, index_now, django_assert_max_num_queries):
    rural, _ = library
    first = related_articles(rural[0])
    assert [a.pk for a in first][:2] and RelatedCache.objects.filter(article=rural[0]).exists()
    with django_assert_max_num_queries(2):  # cache row + titles; no index work
        assert related_articles(rural[0]) == first
    update_article(rural[0], title="消防安全检查方案", body="安全生产大检查，排查消防隐患，落实企业主体责任。")
    index_now()
    changed = related_articles(rural[0])
    assert changed[0].title in {t for t, _ in SAFETY}


def test_it_returns_nothing_from_an_empty_index_and_stores_nothing(make_article):
    lonely = make_article("孤立的文章", "没有任何相似的文档。", index=False)
    assert related_articles(lonely) == []
    assert not RelatedCache.objects.exists()


def test_it_shows_related_articles_on_the_article_page(browser, library):
    rural, _ = library
    html = browser.get(rural[0].get_absolute_url()).content.decode()
    section = html.split('id="related"', 1)[1].split("</section>", 1)[0]
    assert "相关内容" in section and rural[1].title in section and rural[2].title in section


# A fixed small library of four topics, three documents each, in the boilerplate every
# official document shares (全面贯彻, 加强组织领导, 落到实处 …), some of it repeated: the
# ranking must see through it. It passed with the related lists' own weighting (BM25's
# idf) before the lists took the library's one TF-IDF (haowen.text.keywords.tfidf).
_BOILER = "要全面贯彻落实会议精神，切实加强组织领导，压实工作责任，确保各项工作落到实处。"
TOPICS = {
    "rural": [
        ("乡村振兴工作方案", "全面推进乡村振兴，发展乡村特色产业，壮大村集体经济。加强农村人居环境整治，推进高标准农田建设。" + _BOILER * 3),
        ("乡村振兴调研报告", "围绕乡村振兴开展调研，村集体经济薄弱，特色产业规模小。农村人居环境仍有短板，高标准农田建设需要加快。" + _BOILER),
        ("在乡村振兴推进会上的讲话", "乡村振兴是重大任务，要发展特色产业，壮大村集体经济，改善农村人居环境，守牢耕地红线。" + _BOILER * 2),
    ],
    "safety": [
        ("关于开展安全生产大检查的通知", "各单位要开展安全生产大检查，排查消防隐患，落实企业主体责任，严防重特大事故。" + _BOILER * 3),
        ("安全生产工作总结", "今年安全生产形势总体平稳，消防隐患排查整治有力，企业主体责任进一步落实，事故起数下降。" + _BOILER),
        ("在安全生产会议上的讲话", "安全生产责任重于泰山，要盯紧危险化学品、道路交通和消防隐患，严防重特大事故。" + _BOILER * 2),
    ],
    "school": [
        ("义务教育优质均衡发展实施方案", "推进义务教育优质均衡，加强教师队伍建设，改善学校办学条件，落实课后服务。" + _BOILER * 3),
        ("教育工作总结", "义务教育巩固率保持稳定，教师队伍结构优化，学校办学条件改善，课后服务全覆盖。" + _BOILER),
        ("在全县教育大会上的讲话", "办好人民满意的教育，建设高素质教师队伍，推进义务教育优质均衡，减轻学生课业负担。" + _BOILER * 2),
    ],
    "green": [
        ("大气污染防治工作方案", "打好蓝天保卫战，压减燃煤消费，治理工业废气和扬尘污染，改善空气质量。" + _BOILER * 3),
        ("生态环境保护工作总结", "空气质量优良天数比例提高，扬尘污染和工业废气治理成效明显，河长制全面落实。" + _BOILER),
        ("在生态环境保护大会上的讲话", "坚持绿水青山就是金山银山，打好污染防治攻坚战，持续改善空气质量，治理扬尘污染。" + _BOILER * 2),
    ],
}


def test_it_ranks_a_fixed_library_by_topic_through_the_boilerplate(make_article):
    made = {topic: [make_article(t, b, kind="other", index=False) for t, b in docs] for topic, docs in TOPICS.items()}
    make_article("索引", "触发一次索引。")  # index_now() once for all of them
    for topic, articles in made.items():
        for article in articles:
            related = related_article_ids(article, limit=8)
            same = {a.pk for a in articles} - {article.pk}
            # Both other documents of the topic first, then only the other topics.
            assert set(related[:2]) == same, (article.title, related)


REPORTS = ["gwr-bb1396daea8d", "gwr-30e4da4ac614", "gwr-10603ad5ea40", "gwr-deebd0c05f66", "gwr-2e1cd31af63e"]
NEWS = [
    "xwlb-f4be5f07d759", "xwlb-d667f3c13299", "xwlb-87d9bdadbc6b", "xwlb-8a57ca8a4e82", "xwlb-206c22c95571",
    "rmrb2020-c546f526e151", "rmrb2020-2797aa01742d", "rmrb2020-7080f44a8698", "rmrb2020-7dfd7382662d",
]


def test_it_relates_government_work_reports_to_each_other_not_to_news(shared_dir, db, index_now):
    wanted = set(REPORTS) | set(NEWS)
    rows = {}
    with open(shared_dir / "corpus" / "documents.jsonl", encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            if row["id"] in wanted:
                rows[row["id"]] = row
    assert set(rows) == wanted, "corpus rows moved"
    articles = {}
    for doc_id, row in rows.items():
        draft = ArticleDraft(
            title=row["title"] or row["text"].strip().split("\n", 1)[0][:60],
            paragraphs=[p for p in row["text"].split("\n") if p.strip()],
            kind=row["kind"] if row["kind"] in {"report", "news"} else "other",
            source="corpus",
            external_id=doc_id,
        )
        articles[doc_id] = save_draft(draft)[1]
    index_now()
    report_ids = {articles[i].pk for i in REPORTS}
    for doc_id in REPORTS:
        related = related_article_ids(articles[doc_id], limit=8)
        others = report_ids - {articles[doc_id].pk}
        # The other four reports come first, before any news.
        assert set(related[:4]) == others, (doc_id, related)
