"""Outline (提纲): heading levels by the numbering style's usual order (GB/T 9704 and speeches)."""

from __future__ import annotations

import functools
import json
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from haowen.text.outline import outline

SEED = "seed/haowensou-detail-3578.txt"


def seed_paragraphs(shared_dir: Path) -> tuple[str, list[str]]:
    """Title and body paragraphs of the scraped seed page (between 同志们 and 阅读全文)."""
    lines = [line.strip() for line in (shared_dir / SEED).read_text(encoding="utf-8").splitlines()]
    lines = [line for line in lines if line]
    return lines[0], lines[lines.index("同志们:") : lines.index("阅读全文")]


@functools.lru_cache(maxsize=1)
def _corpus(path: str) -> dict[str, dict]:
    rows = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            rows[row["id"]] = row
    return rows


def corpus_document(shared_dir: Path, doc_id: str) -> tuple[str, list[str]]:
    row = _corpus(str(shared_dir / "corpus" / "documents.jsonl"))[doc_id]
    paragraphs = [p.strip().lstrip("#").strip() for p in row["text"].split("\n")]
    return row["title"], [p for p in paragraphs if p and not p.startswith("<!--")]


def test_it_puts_the_five_questions_of_the_seed_at_level_1(shared_dir):
    title, paragraphs = seed_paragraphs(shared_dir)
    items = outline(paragraphs, title)
    top = [i.title for i in items if i.level == 1]
    assert top == [
        "第一个问题:加快发展的信心要更加坚定",
        "第二个问题:加快发展的思路要更加清晰",
        "第三个问题:加快发展的举措要更加有效",
        "第四个问题:加快发展的氛围要更加浓厚",
        "第五个问题:加快发展的合力要更加强大",
    ]
    assert all(paragraphs[i.paragraph].startswith(i.title) for i in items if i.level == 1)


def test_it_puts_the_dash_titles_of_the_seed_at_level_2(shared_dir):
    title, paragraphs = seed_paragraphs(shared_dir)
    dashes = [(i.level, i.title) for i in outline(paragraphs, title) if i.style == "dash"]
    assert dashes == [(2, "——三大战略行动"), (2, "——三件大事"), (2, "——四条新路"), (2, "——六个攻坚战")]


def test_it_nests_the_seed_ordinals_under_their_dash_title(shared_dir):
    title, paragraphs = seed_paragraphs(shared_dir)
    items = outline(paragraphs, title)
    after = items[[i.title for i in items].index("——四条新路") + 1 :][:4]
    assert [(i.level, i.title) for i in after] == [
        (3, "一是山地特色产业生态路"),
        (3, "二是山地特色现代农业路"),
        (3, "三是山地特色健康旅游路"),
        (3, "四是山地特色城乡一体路"),
    ]


def test_it_marks_run_in_headings_and_where_they_end(shared_dir):
    title, paragraphs = seed_paragraphs(shared_dir)
    item = next(i for i in outline(paragraphs, title) if i.title == "——三大战略行动")
    assert not item.whole_paragraph
    assert paragraphs[item.paragraph][: item.heading_end] == "——三大战略行动。"
    whole = next(i for i in outline(paragraphs, title) if i.title == "——四条新路")
    assert whole.whole_paragraph and whole.heading_end == len(paragraphs[whole.paragraph])


def test_it_orders_levels_by_the_gb9704_sequence():
    paragraphs = ["一、总体要求", "（一）指导思想", "1.坚持党的领导", "（1）加强组织领导", "二、主要任务"]
    assert [(i.level, i.style) for i in outline(paragraphs)] == [
        (1, "cn"),
        (2, "cn_paren"),
        (3, "arabic"),
        (4, "arabic_paren"),
        (1, "cn"),
    ]


def test_it_keeps_the_order_when_a_document_starts_lower():
    # A notice that only uses （一） and 1.: （一） is its top level, 1. stays below it.
    paragraphs = ["（一）工作目标", "1.完成改造", "2.提高效率。具体内容如下。", "（二）保障措施"]
    assert [(i.level, i.title) for i in outline(paragraphs)] == [
        (1, "（一）工作目标"),
        (2, "1.完成改造"),
        (2, "2.提高效率"),
        (1, "（二）保障措施"),
    ]


def test_it_outlines_a_government_work_report(shared_dir):
    title, paragraphs = corpus_document(shared_dir, "gwr-bb1396daea8d")  # 2025 政府工作报告
    items = outline(paragraphs, title)
    assert [i.title for i in items if i.level == 1][:3] == [
        "一、2024年工作回顾",
        "二、2025年经济社会发展总体要求和政策取向",
        "三、2025年政府工作任务",
    ]
    sections = [i for i in items if i.style == "cn_paren"]
    assert len(sections) == 10 and all(i.level == 2 for i in sections)
    assert sections[0].title == "（一）大力提振消费、提高投资效益，全方位扩大国内需求"
    ordinals = [i for i in items if i.style == "ordinal"]
    assert [i.title[:2] for i in ordinals] == ["一是", "二是", "三是", "四是", "五是", "六是", "七是"]
    assert all(i.level == 2 for i in ordinals)


def test_it_outlines_a_law_by_chapter_and_article(shared_dir):
    title, paragraphs = corpus_document(shared_dir, "law-db06f7c9202a")  # 上海市人民代表大会议事规则
    items = outline(paragraphs, title)
    chapters = [i for i in items if i.style == "chapter"]
    articles = [i for i in items if i.style == "article"]
    assert chapters[0].title == "第一章 总 则" and chapters[0].level == 1
    assert chapters[1].title == "第二章 会议的举行"
    assert articles[0].title.startswith("第一条") and all(a.level == 2 for a in articles)
    assert len(articles) >= 60
    # （一）…；（二）…； inside an article is an enumeration, not a heading.
    assert not any(i.title.startswith("（一）提出会议议程草案") for i in items)


def test_it_skips_the_repeated_title_dates_and_clause_lines():
    paragraphs = ["关于做好春耕工作的通知", "各乡镇：", "现将有关事项通知如下。", "工作安排", "按时完成。", "XX县人民政府", "2022年3月11日"]
    items = outline(paragraphs, "关于做好春耕工作的通知")
    assert [(i.title, i.style) for i in items] == [("工作安排", "plain")]


def test_it_gives_an_empty_outline_for_no_text():
    assert outline([]) == []
    assert outline(["", "   "]) == []


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet="一二三、（）()1.．——是第章条个问题。，XX区 \u3000正文", max_size=40), max_size=25))
def test_it_never_raises_and_levels_step_down_one_at_a_time(paragraphs):
    items = outline(paragraphs)
    previous = 0
    for item in items:
        assert 0 <= item.paragraph < len(paragraphs)
        assert 1 <= item.level <= previous + 1
        assert 0 < item.heading_end <= len(paragraphs[item.paragraph])
        previous = item.level


def test_it_makes_ordinals_going_on_from_a_cn_paren_heading_its_siblings(shared_dir):
    # The seed: （一）要打好… then 二是要打好…, 三是…: one level, not 二是 under （一）.
    title, paragraphs = seed_paragraphs(shared_dir)
    items = outline(paragraphs, title)
    start = [i.title for i in items].index("(一)要打好精准扶贫这场输不起“攻坚战”")
    run = items[start : start + 3]
    assert [i.title[:3] for i in run] == ["(一)", "二是要", "三是要"]
    assert len({i.level for i in run}) == 1 and run[0].level == 3  # under 第二个问题 › ——三大战略行动


def test_ordinals_under_a_cn_paren_heading_are_siblings_at_one_level():
    paragraphs = ["（一）加强组织领导", "一是健全机制。正文。", "二要压实责任。正文。", "三是强化督查。正文。", "（二）强化保障"]
    assert [(i.level, i.title[:2]) for i in outline(paragraphs)] == [
        (1, "（一"), (2, "一是"), (2, "二要"), (2, "三是"), (1, "（二"),
    ]


def test_an_ordinal_going_on_from_an_inline_one_stays_under_its_heading(shared_dir):
    # 2009 政府工作报告: （一）…, 实施积极的财政政策。一是… (inline), 二是… — 二是 belongs to the inline 一是.
    title, paragraphs = corpus_document(shared_dir, "gwr-5eb797ac1a22")
    items = outline(paragraphs, title)
    second = next(i for i in items if i.title.startswith("二是实行结构性减税"))
    parent = next(i for i in reversed(items[: items.index(second)]) if i.level < second.level)
    assert parent.title.startswith("（一）加强和改善宏观调控")


def test_it_takes_shouxian_qici_zaici_zuihou_opening_paragraphs_as_siblings(shared_dir):
    title, paragraphs = corpus_document(shared_dir, "cpcr-6f699a02b012")  # 十二大报告
    items = outline(paragraphs, title)
    run = [i for i in items if i.style == "sequence"]
    assert [i.title[:2] for i in run] == ["首先", "其次", "再次", "最后"]
    assert {i.level for i in run} == {2}
    parent = next(i for i in reversed(items[: items.index(run[0])]) if i.level == 1)
    assert parent.title == "二、促进社会主义经济的全面高涨"


def test_a_lone_zuihou_or_qici_is_no_heading():
    paragraphs = ["一、工作回顾", "今年工作取得成效。", "其次，还要看到不足。", "最后，我再强调几点。"]
    assert [i.title for i in outline(paragraphs)] == ["一、工作回顾"]
    assert [i.style for i in outline(["首先，统一思想。", "其次，压实责任。", "最后，强化保障。"])] == ["sequence"] * 3
