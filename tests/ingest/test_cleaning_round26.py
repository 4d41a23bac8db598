"""Import, twenty-sixth round (issue 13, on holdout85-87's failures): a dated instruction to
download a tender's documents, a platform's helpdesk, a contact field with its hours and an
outline item with a phone under a promotion, a standard's code over its text, a keyword-reply
giveaway, a procurement notice's fields, a poster's offer to answer, a corner widget, an
entry's counters, an exam site's tip box, a hospital's emergency line, a ban on reprinting, a
previous / next row glued after a one-line text, a site's menu with its brand, the title's
button, a page's note on its own format, people at work as a caption, and the record title's
segment the page prints as its headline.

Every input is written for this test (places, people, sites and numbers invented); none is
taken from bench/clean_eval or the issue.
"""

from __future__ import annotations

import json

import pytest

from haowen.ingest.clean import clean_document
from haowen.ingest.cleaning import chrome
from haowen.ingest.cleaning.glued import strip_glued_actions
from haowen.ingest.parsers.jsonl import parse_jsonl_record

NEWS = [
    "11月3日，桦川县第一届木雕技艺大赛在县文化馆举行，来自全县的四十二名木雕艺人参赛。",
    "比赛设置了浮雕、圆雕和根雕三个组别，评委从造型、刀法和创意三个方面进行打分。",
    "县文化馆负责人表示，今后将每两年举办一次大赛，推动木雕技艺传承。",
]


def test_a_dated_instruction_to_download_a_tenders_documents_is_the_texts():
    text = "\n".join([
        "桦川县文化馆展厅改造项目竞争性磋商公告",
        "发布日期：2025年11月04日　浏览：66",
        "项目概况：桦川县文化馆展厅改造项目，预算金额三十五万元。",
        "请于11月5日至11月11日登录本网站免费下载磋商文件。",
        "采购人：桦川县文化馆，联系人：严青，电话：0451-5120336。",
        "平台技术支持及CA办理：0451-5127700",
        "同类公告：县图书馆书架采购公告",
    ])
    paragraphs = clean_document(text, title="桦川县文化馆展厅改造项目竞争性磋商公告").paragraphs
    assert paragraphs[-2:] == ["请于11月5日至11月11日登录本网站免费下载磋商文件。", "采购人：桦川县文化馆，联系人：严青，电话：0451-5120336。"]


def test_a_procurement_notices_short_fields_stay():
    text = "\n".join([
        "桦川县文化馆展厅改造项目竞争性磋商公告",
        "项目名称：桦川县文化馆展厅改造项目",
        "预算金额：三十五万元",
        "采购需求：改造展厅一处，面积约四百平方米，含展柜和灯光。",
    ])
    assert clean_document(text, title="桦川县文化馆展厅改造项目竞争性磋商公告").paragraphs[1] == "预算金额：三十五万元"


def test_a_brochures_own_contact_lines_stay_under_its_promotion():
    text = "\n".join([
        "桦川木雕研学营招生简章",
        "研学营带孩子走进木雕作坊，亲手雕一件属于自己的作品。",
        "一、招生对象：八至十四周岁儿童。",
        "名额有限，先到先得，扫码锁定学位",
        "二、报名方式：到中心前台或拨打报名电话0451-5139920登记。",
        "报名电话：0451-5139920（周一至周五）。",
        "👉 添加课程顾问微信 hcmd_kefu，领取体验券",
    ])
    paragraphs = clean_document(text, title="桦川木雕研学营招生简章").paragraphs
    assert paragraphs[-2:] == ["二、报名方式：到中心前台或拨打报名电话0451-5139920登记。", "报名电话：0451-5139920（周一至周五）。"]
    assert not any("锁定学位" in p for p in paragraphs)


def test_a_standards_code_over_its_text_is_the_documents():
    text = "\n".join([
        "木雕工艺品质量要求",
        "下载本文档（需3积分）　收藏　举报",
        "T/HCMD 002—2025",
        "1 范围",
        "本文件规定了木雕工艺品的术语、技术要求和检验方法。",
    ])
    assert clean_document(text, title="木雕工艺品质量要求").paragraphs[0] == "T/HCMD 002—2025"


@pytest.mark.parametrize(
    "line",
    [
        "关注我们，后台回复“木雕”领取图纸",
        "雕了三十年木头，有问题站内私信我",
        "点击右下角，专家在线答疑",
        "本词条浏览 1208 次，最近由 木雕爱好者 编辑",
        "【答题提示】本题属于应急处置类，注意先后顺序",
        "24小时急诊：0451-5120120",
        "本文集由家人整理，谢绝转载。",
        "木雕坊　MUDIAO　｜　首页　作品展示　工艺介绍　联系我们",
        "本页为打印格式，已去除图片。",
    ],
)
def test_these_classes_are_chrome_wherever_they_stand(line):
    assert chrome.strong_reason(line) is not None


def test_a_platforms_helpdesk_is_chrome_at_the_edge():
    assert (chrome.edge_reason("平台技术支持及CA办理：0451-5127700") or "").startswith("contact:")


@pytest.mark.parametrize(
    "line",
    [
        "如有问题请与我们联系。",  # a document's sentence
        "各单位不得转载未公开文件。",  # a rule, not the page's ban
        "24小时值班电话：0451-5120000",  # a notice's own duty line (no emergency room)
        "首页设计要突出木雕特色",
        "请于11月5日至11月11日报名。",
    ],
)
def test_lines_of_a_document_like_them_stay(line):
    assert chrome.strong_reason(line) is None


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("咨询电话：0451-5123316（骨伤科）。24小时急救电话：0451-5120120", "咨询电话：0451-5123316（骨伤科）。"),
        ("上世纪九十年代，木雕传入桦川县。本词条浏览 1208 次，最近由 木雕爱好者 编辑", "上世纪九十年代，木雕传入桦川县。"),
        ("写于二〇二〇年，退休前半年。目录　上一篇：学艺那年　下一篇：作坊搬家", "写于二〇二〇年，退休前半年。"),
        ("那把刻刀，我一直留着。原创文字，谢绝转载，本文集由家人整理。", "那把刻刀，我一直留着。"),
    ],
)
def test_site_rows_glued_after_the_last_sentence_go(line, kept):
    assert strip_glued_actions(line) == kept


def test_the_titles_button_on_its_line_goes():
    text = "\n".join(["木雕刀具怎么保养？分享我的经验 [复制链接]", "楼主 发表于 2025-11-05 20:10", *NEWS])
    assert clean_document(text, title="木雕刀具怎么保养？分享我的经验").paragraphs == NEWS


def test_people_at_work_between_two_paragraphs_is_a_caption_and_a_heading_is_not():
    text = "\n".join([NEWS[0], "参赛选手现场雕刻作品", NEWS[1], NEWS[2]])
    assert clean_document(text).paragraphs == NEWS
    for heading in ("群众满意度显著提升", "党员干部带头冲在一线"):
        text = "\n".join([NEWS[0], heading, NEWS[1], NEWS[2]])
        assert heading in clean_document(text).paragraphs


def _record(title: str, text: str) -> dict:
    line = json.dumps({"id": "t1", "title": title, "text": text}, ensure_ascii=False).encode()
    return parse_jsonl_record(line, 1)


def test_the_segment_the_page_prints_as_its_headline_is_the_title():
    text = "\n".join([
        "刻刀的博客",
        "一个木雕匠人的笔记",
        "首页 | 归档 | 留言",
        "第一件圆雕",
        "[2025-11-02 21:30]",
        *NEWS,
    ])
    doc = _record("第一件圆雕 - 刻刀的博客 - 一个木雕匠人的笔记", text)
    assert doc.title == "第一件圆雕"


def test_a_site_name_on_the_first_line_never_takes_the_title():
    text = "\n".join(["桦川文化网", "关于举办木雕技艺大赛的通知 - 桦川文化网", *NEWS])
    doc = _record("关于举办木雕技艺大赛的通知 - 桦川文化网", text)
    assert doc.title == "关于举办木雕技艺大赛的通知"
