"""Chrome by its class in forms of our own (issue 13): bare page markers, lists, meta lines,
notices, contact prompts, title decoration, trailing data tables — and the body lines that
look like them and must stay.

Every input is written for this test (places, people, sites and numbers invented); none
is taken from bench/clean_eval or the issue.
"""

from __future__ import annotations

import datetime as dt

import pytest

from haowen.ingest.clean import clean_document, clean_text
from haowen.ingest.cleaning import chrome, titles

LEAD = "今年以来，区水务局围绕城乡供水一体化目标，扎实推进各项重点工作。"
FIRST, SECOND = "全区新建改造供水管网四十二公里，农村自来水普及率达到", "百分之九十九，群众饮水安全得到有效保障。"
LAST = "下一步，我们将继续加大投入，确保城乡居民喝上放心水。"
TITLE = "区水务局2024年城乡供水工作总结"


def _cut(marker_lines: list[str]) -> str:
    return "\n".join([LEAD, FIRST, *marker_lines, LAST])


# --- page markers --------------------------------------------------------------------------


@pytest.mark.parametrize("marker", ["7", "（7）", "(7)", "12"])
def test_a_lone_page_number_inside_a_sentence_goes_and_the_halves_are_joined(marker):
    out = clean_text(_cut([marker, SECOND]))
    assert out == [LEAD, FIRST + SECOND, LAST]


@pytest.mark.parametrize("marker", ["P7", "p.7", "p. 7", "（7）", "(7)"])
def test_a_p_numbered_or_bracketed_marker_glued_to_a_line_start_goes(marker):
    out = clean_text(_cut([marker + SECOND]))
    assert out == [LEAD, FIRST + SECOND, LAST]


@pytest.mark.parametrize("marker", ["- 7 -", "— 7 —", "第 7 页 共 12 页", "Page 7 of 12", "·7·", "7/12"])
def test_a_marker_in_the_middle_of_a_line_goes_and_the_halves_are_joined(marker):
    # (N/M counts as a page only with the document's page total: the last page's marker.)
    text = "\n".join([LEAD, f"{FIRST} {marker} {SECOND}", LAST, "第 12 页 共 12 页"])
    out = clean_text(text)
    assert out == [LEAD, FIRST + SECOND, LAST]


def test_numbered_lists_section_numbers_and_page_mentions_stay():
    items = ["（1）供水管网改造", "（2）水质检测能力提升", "（3）农村水厂标准化建设"]
    assert clean_text("\n".join([LEAD, "重点推进以下三项工程", *items, LAST])) == [LEAD, "重点推进以下三项工程", *items, LAST]
    # The next item under an item that ends open keeps its number (is no page marker).
    listed = ["主要做法如下：", "（1）建立水质月报制度，每月向社会公布检测结果，", "（2）开展农村水厂规范化管理，全面落实消毒设施。"]
    assert "".join(clean_text("\n".join([LEAD, *listed]))) == LEAD + "".join(listed)
    # A section number between paragraphs (after a sentence end) stays.
    assert clean_text("\n".join([LEAD, "2", LAST])) == [LEAD, "2", LAST]
    # Page numbers named in a sentence, a ratio with spaces, a data cell.
    said = "请各单位对照评估报告第3页的问题清单逐项整改，完成 3/5 以上的单位予以通报表扬。"
    assert clean_text("\n".join([LEAD, said, LAST])) == [LEAD, said, LAST]
    cells = ["项目", "完成数", "改造管网", "42"]
    assert clean_text("\n".join([LEAD, *cells, LAST]))[1:5] == cells
    # "P2P" at a line start after an open line is a word, not a page.
    lines = [LEAD, "开展非法集资风险排查，重点整治", "P2P网贷平台违规经营问题。"]
    assert clean_text("\n".join(lines)) == lines


# --- lists, meta, notices, contact prompts -------------------------------------------------


def test_meta_lines_in_unusual_wordings_go():
    page = [
        "清溪水务在线 :: 工作动态 :: 年度总结",
        "首页 / 政务公开 / 规划计划",
        TITLE,
        "稿源丨区水务局办公室　　责编丨程一帆",
        "已有 2,046 人阅读　　收藏 38 次",
        LEAD,
        LAST,
        "审校 | 聂小禾",
        "分享到：朋友圈　微博",
    ]
    assert clean_text("\n".join(page), title=TITLE) == [LEAD, LAST]


def test_rights_and_confidentiality_notices_go_at_the_edges_and_a_sentence_on_copyright_stays():
    for notice in (
        "本篇系作者独家授权本号刊发，著作权归原作者所有，谢绝转载。",
        "本资料仅限系统内部员工学习使用，不得截图转发。",
    ):
        assert clean_text("\n".join([LEAD, LAST, notice])) == [LEAD, LAST]
    ip = "要加强著作权保护，未经许可使用他人作品的行为将依法查处。"
    assert clean_text("\n".join([LEAD, ip])) == [LEAD, ip]
    assert clean_text("\n".join([LEAD, ip, LAST])) == [LEAD, ip, LAST]


def test_paid_help_and_add_an_account_prompts_go_and_a_notices_own_contact_lines_stay():
    for prompt in ("公文润色改稿，先写后付，v：qingxi_wenmi01", "需要全套总结模板的，添加助理免费领取"):
        assert clean_text("\n".join([LEAD, LAST, prompt])) == [LEAD, LAST]
        assert chrome.edge_reason(prompt) is not None
    own = ["请家长添加班主任微信，备注学生姓名。", "如有疑问，请与区水务局联系，电话：0736-7281234。"]
    assert clean_text("\n".join([LEAD, LAST, *own])) == [LEAD, LAST, *own]


def test_related_lists_and_previous_next_links_in_other_wordings_go():
    tail = [
        "上一则：区水务局召开汛前检查部署会",
        "下一则：全区节水型单位创建工作启动",
        "本栏目更多",
        "区水务局开展世界水日宣传活动",
        "#城乡供水 #民生实事",
    ]
    assert clean_text("\n".join([LEAD, LAST, *tail])) == [LEAD, LAST]


# --- titles, tables, dates -----------------------------------------------------------------


def test_an_attachment_label_after_a_title_is_decoration_and_a_real_bracket_stays():
    assert titles.strip_decoration("关于开展城乡供水安全检查的通知（附检查清单）") == "关于开展城乡供水安全检查的通知"
    assert titles.strip_decoration("区水务局2024年工作要点（试行）") == "区水务局2024年工作要点（试行）"


def test_a_question_as_a_headline_is_the_title_when_chrome_stands_under_it():
    question = "农村自来水水压不足应该找哪个部门？"
    page = ["某某问答 首页 发现", question, "关注问题　　写回答", "268 人赞同了该回答", LEAD, LAST]
    doc = clean_document("\n".join(page))
    assert doc.title == question
    assert doc.paragraphs == [LEAD, LAST]
    # A question that opens the text (no chrome under it) is the text's.
    assert clean_text("\n".join([question, LEAD, LAST])) == [question, LEAD, LAST]


def test_a_data_table_that_ends_the_document_stays_with_chrome_below_it():
    table = ["乡镇　　新建管网（公里）　　受益人口（万人）", "清溪镇　12.5　3.1", "石门乡　8.0　1.6", "合计　20.5　4.7"]
    chrome_lines = ["打印本页　关闭窗口", "热门文章", "区水务局召开汛前检查部署会"]
    out = clean_text("\n".join([LEAD, LAST, *table, *chrome_lines]))
    assert out == [LEAD, LAST, *(row.replace("\u3000\u3000", "\u3000") for row in table)]
    # A page's counters are no table.
    assert not chrome.is_table_row("阅读 2587　赞 96　在看 31")
    assert chrome.is_table_row("清溪镇　12.5　3.1")


def test_a_publish_date_below_the_body_is_read_and_a_related_lists_date_is_not():
    body = [LEAD, FIRST + SECOND, "二、存在问题", "部分老旧管网漏损率偏高，农村水厂管护力量不足。", LAST]
    assert clean_document("\n".join([*body, "发布于 2024-08-09 21:40 · 清溪", "赞同 12　　分享"])).published_on == dt.date(2024, 8, 9)
    assert clean_document("\n".join([*body, "相关阅读", "2024-08-01 区水务局召开汛前检查部署会"])).published_on is None


@pytest.mark.parametrize("marker", ["— 第 7 页 —", "（第7页）", "第7/12页", "[7/12]", "第七页"])
def test_more_page_marker_forms_inside_a_sentence_go(marker):
    assert clean_text(_cut([marker, SECOND])) == [LEAD, FIRST + SECOND, LAST]
    assert clean_text(_cut([marker + SECOND])) == [LEAD, FIRST + SECOND, LAST]


def test_an_explicit_marker_after_a_sentence_end_goes_and_a_list_number_stays():
    nxt = "下一步，我们将继续加大投入。"
    for marker in ("第 7 页", "- 7 -", "Page 7 of 12"):
        assert clean_text("\n".join([LEAD, f"{marker} {nxt}"])) == [LEAD, nxt]
    # "[2] …" and "（2）…" after a sentence may number a list or a reference: they stay.
    for item in ("[2] 区水务局：《城乡供水规划》。", "（2）完善水价形成机制。"):
        assert clean_text("\n".join([LEAD, item])) == [LEAD, item]
    # "第七页" is no word of a sentence's start ("第七页面" is).
    assert clean_text("\n".join([LEAD, "第七页面的设计说明见附件。"])) == [LEAD, "第七页面的设计说明见附件。"]


def test_list_headers_and_links_in_other_wordings_and_messenger_ids_at_the_end_go():
    tail = ["→ 较早的文章：区水务局开展节水宣传周活动", "同栏目资讯", "区水务局召开汛前检查部署会", "全区节水型单位创建启动"]
    assert clean_text("\n".join([LEAD, LAST, *tail])) == [LEAD, LAST]
    for last in ("作者公众号：qingxi_shuiwu", "图片来源网络，侵删", "商务合作 139 0731 8866"):
        assert clean_text("\n".join([LEAD, LAST, last])) == [LEAD, LAST], last
    # A notice's own closing lines with a phone stay.
    own = ["联系人：周明", "联系电话：0736-7281234"]
    assert clean_text("\n".join([LEAD, LAST, *own])) == [LEAD, LAST, *own]


def test_a_lone_page_number_in_a_hard_wrapped_paragraph_goes_after_a_sentence_end_too():
    wrapped = [
        "今年以来，区水务局围绕城乡供水一体化目标，扎实推",
        "进各项重点工作，全区新建改造供水管网四十二公里。",
        "3",
        "农村自来水普及率达到百分之九十九，群众饮水安全得",
        "到有效保障，城乡供水服务水平持续提升，群众满意。",
        "下一步，我们将继续加大投入，完善管护机制，确保城",
        "乡居民喝上放心水，让供水工程长久发挥效益。",
        "部分老旧管网漏损率偏高，农村水厂管护力量仍然不足",
        "，专业技术人员缺乏，需要在今后的工作中加以改进。",
    ]
    out = clean_text("\n".join(wrapped))
    assert "3" not in out and not any(p.startswith("3") for p in out)
    # In text that is not wrapped, a number under a short line ending a paragraph stays.
    short = ["今年以来，区水务局扎实推进各项重点工作。", "3", "农村自来水普及率达到百分之九十九，群众饮水安全得到有效保障。"]
    assert clean_text("\n".join(short)) == short


def test_bylines_reading_lengths_and_counter_rows_go_above_the_body():
    page = ["文 | 聂小禾　图 | 程一帆", "【来源】清溪区融媒体中心", "全文共2,180字，阅读时间约6分钟", "字数 2180 阅读 567 评论 8", LEAD, LAST]
    assert clean_text("\n".join(page)) == [LEAD, LAST]
    assert chrome.edge_reason("一分公司 24 二分公司 25") is None


def test_a_number_set_apart_above_its_unit_is_the_sentences_number():
    lines = [LEAD, "全区农村自来水普及率比上年提高了", "12", "个百分点，群众饮水安全得到有效保障。"]
    assert "".join(clean_text("\n".join(lines))) == "".join(lines)
