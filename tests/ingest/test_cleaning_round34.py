"""Import, thirty-fourth round (issue 13, on holdout112-114's failures, read after their blind
score): buttons in the reader's voice, into a platform and at a chat widget, a reading tip, a
course's and a writing service's pitches, a certificate desk glued after a phone, a column's
latest item and a collection's neighbour, a staff-only notice, opening in the app, buttons and
reactions glued before a line, previous/next links and menu rows glued after the last sentence,
a quoted addressee under forum junk, a post's closing question under junk, a column label
before a bar, a writer's credit, no caption read in a clause that ends in a full stop, dates (a rule adopted by a
council, an editor's credit after the date, an account named 在线, a netizen's submission, a
share stamp) and a headline opened by an exclamation label.

Every input is written for this test (places, people, sites and numbers invented); none is
taken from bench/clean_eval or the issue.
"""

from __future__ import annotations

import pytest

from haowen.ingest.clean import _scene_caption, clean_document, page_tail_items
from haowen.ingest.cleaning import chrome, dates
from haowen.ingest.cleaning.glued import strip_glued_actions
from haowen.ingest.cleaning.titles import strip_decoration


@pytest.mark.parametrize(
    "line",
    [
        "我要入会",
        "进入“青禾先锋”学习平台",
        "需要原创方案请点右侧客服",
        "阅读提示：点击文中图片可放大查看",
        "考研高分班9月开课，名师带你拆解真题，报名戳主页",
        "写总结找小周，专人一对一，微信 qh_xiaozhou",
        "协会动态：第二届技能大赛报名启动",
        "合集下一篇：橡胶林里的黄昏",
        "温馨提示：本文含内部经营数据，仅限公司员工阅读",
        "在APP内查看本段批注（8）",
        "文｜法律事务部 周明律师　2025-06-02",
    ],
)
def test_these_classes_are_chrome(line):
    assert chrome.strong_reason(line) is not None


@pytest.mark.parametrize("line", ["我要说的是，工作还要抓细。", "进入汛期，各村要加强巡查。", "三、精准施策助力提分", "文化站：负责活动场地。"])
def test_document_lines_like_them_stay(line):
    assert chrome.strong_reason(line) is None


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("接受消费者和社会监督。我要入会", "接受消费者和社会监督。"),
        ("祝大家新春愉快！下一篇：元宵节灯谜晚会主持词", "祝大家新春愉快！"),
        ("颁发结业证书。需要原创方案请点右侧客服", "颁发结业证书。"),
        ("咨询电话0832-8812456。在线问诊｜预约挂号｜智能导诊", "咨询电话0832-8812456。"),
        ("联系人：周工，电话：0832-6510933电子招投标CA锁办理：400-992-5000", "联系人：周工，电话：0832-6510933"),
        ("一键AI改写本段二是加强设备维护。全年检修四次。", "二是加强设备维护。全年检修四次。"),
        ("👍 喜欢 镇图书馆开了个“种子图书馆”，可以免费借种子。", "镇图书馆开了个“种子图书馆”，可以免费借种子。"),
        ("阅读提示：点击文中图片可放大查看三、抓阵地。更新公众号栏目。", "三、抓阵地。更新公众号栏目。"),
    ],
)
def test_pieces_glued_to_a_line_go(line, kept):
    assert strip_glued_actions(line) == kept


def test_a_byline_row_keyed_by_its_source_stays_whole():
    line = "来源：县林业局机关党委　时间：2025-12-16　编辑：周明"
    assert strip_glued_actions(line) == line
    assert dates.document_date([line], []).isoformat() == "2025-12-16"


def test_a_quoted_addressee_above_forum_junk_stays():
    text = "\n".join([
        "青禾在线 » 问政青禾",
        "[民生] 关于网友反映夜市烧烤油烟扰民问题的回复",
        "青禾城管发布　发布于 2025-8-15 16:40",
        "网友“住在桥边”：",
        "S$ y@ Lp # 03",
        "您反映的桥头夜市烧烤油烟扰民问题，我局已于8月13日派员现场核查，情况属实。",
        "执法人员已责令其限期整改。",
        "青禾县城市管理局",
        "2025年8月14日",
    ])
    assert clean_document(text, title="关于网友反映夜市烧烤油烟扰民问题的回复").paragraphs[0] == "网友“住在桥边”："


def test_a_posts_closing_question_under_forum_junk_is_no_related_item():
    paragraphs = ["上个月换了智能电表，电费一下子翻了一倍。", "我把电器全关了，电表还在走。", "想问问大家，有没有遇到同样情况的？电表到底准不准？"]
    page = "\n".join(["青禾论坛 › 民生", *paragraphs[:2], "M6 S0; 60 S$ 16", paragraphs[2], "支持 12　反对 0　收藏"])
    assert page_tail_items(paragraphs, page) == 0


def test_a_column_label_before_a_bar_leaves_the_title():
    assert strip_decoration("法律提示丨使用老字号字样要注意什么？") == "使用老字号字样要注意什么？"


@pytest.mark.parametrize(
    "line",
    ["有关部门在安全生产工作中依法行使相关职权。", "城市人民政府鼓励企业招收本地职工。", "同学们在工坊内观察，老师在旁讲解。"],
)
def test_a_clause_ending_in_a_full_stop_is_no_scene(line):
    # (A law's short article reads like a caption; a caption that keeps its full stop is left.)
    assert not _scene_caption(line)


def test_dates_of_the_fifth_round():
    assert dates.document_date([], ["第五条　本规则经2025年3月16日理事会通过，自通过之日起施行。"]).isoformat() == "2025-03-16"
    assert dates.document_date(["青禾康复在线 2025年04月20日 19:30 湖南"], []).isoformat() == "2025-04-20"
    assert dates.is_upload_line("2025-06-20　范文来源：网友投稿")
    assert dates.is_upload_line("2025-03-12 14:06 分享　失效时间：永久有效")
    assert not dates.is_upload_line("时间：2025-12-16　编辑：周明")


def test_a_headline_opened_by_an_exclamation_label_is_the_title():
    text = "\n".join([
        "号外镜像 · 公众号文章存档",
        "最新监测！青禾湖越冬天鹅达1200只",
        "原创　青禾湿地　2026年01月18日 20:05",
        "1月16日，青禾湖湿地保护中心开展了本年度第三次越冬水鸟同步调查。",
        "此次共记录天鹅一千二百只，比去年同期增加三百余只。",
    ])
    result = clean_document(text)
    assert result.title == "最新监测！青禾湖越冬天鹅达1200只"
    assert result.paragraphs[0].startswith("1月16日")


def test_an_exclamation_alone_opens_the_text():
    # (Found by the property test: a text opening on a bare exclamation keeps its field lines.)
    out = clean_document("好消息！\n时间：20XX年X月X日上午9时", title="在全县工作会议上的讲话").paragraphs
    assert out == ["好消息！", "时间：20XX年X月X日上午9时"]
