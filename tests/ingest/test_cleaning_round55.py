"""Import, fifty-fifth round (issue 13, on holdout175-177's failures, read after their blind
score): a knowledge base's or a dictionary's name for a page title, comment prompts with a question,
a service prompt glued between two sentences, a paywall's "以下内容需开通会员查看", a stray cell that
trafilatura flattened over the same lines, a portal's index table, a platform's ban on its users, an
account's own instruction opening its clause with 可, a Q&A question's label and the answer's day
under the text, a collection's filing stamp, a related link keyed by a colon before a list item, a
column's "更多…请点击进入专栏", and a machine's-transcription notice that must speak of the page.

Every input is written for this test (places, people, sites and numbers invented); none is
taken from bench/clean_eval or the issue.
"""

from __future__ import annotations

import datetime as dt

import pytest

from haowen.ingest.clean import clean_document, is_site_name
from haowen.ingest.cleaning import chrome, dates
from haowen.ingest.cleaning.glued import strip_glued_actions
from haowen.ingest.parsers.html import _drop_flattened_copies


@pytest.mark.parametrize(
    "line",
    [
        "欢迎在下方留言，说说你的家乡",
        "请勿上传涉及违法违规的文件，违者将被封号",
        "更多党建动态请点击进入专栏",
        "AI识别结果可能有误，请以原件为准",
    ],
)
def test_these_classes_are_chrome_wherever_they_stand(line):
    assert chrome.strong_reason(line) is not None, line


@pytest.mark.parametrize(
    "line",
    [
        "扫描文末二维码，可下载“樟溪电力”App查询每日用电量。",
        "现在设备自动识别刻度位置，误差超限的产品会被自动剔除。",
        "以下内容需要各单位认真落实。",
    ],
)
def test_these_lines_are_no_such_chrome(line):
    assert chrome.strong_reason(line) is None, line
    assert chrome.edge_reason(line) is None, line


def test_a_knowledge_bases_or_a_dictionarys_name_is_no_title():
    assert is_site_name("樟溪知识库")
    assert is_site_name("百科词典")


def test_pieces_glued_to_a_line_go_and_its_text_stays():
    line = "学会系鞋带是孩子自理的一大步。需要本文Word版请联系客服在过去一个月里，老师们手把手地教。"
    assert strip_glued_actions(line) == "学会系鞋带是孩子自理的一大步。在过去一个月里，老师们手把手地教。"
    assert strip_glued_actions("各村要及时上报。如需帮助请联系镇农办。") == "各村要及时上报。如需帮助请联系镇农办。"
    assert strip_glued_actions("二是建设村级服务站点，布设监测设备。以下内容需开通会员查看") == "二是建设村级服务站点，布设监测设备。"
    assert strip_glued_actions("三是抓服务，帮助牧户制定草畜平衡计划。更多党建动态请点击进入专栏") == "三是抓服务，帮助牧户制定草畜平衡计划。"
    assert strip_glued_actions("往期回顾：2023年度文明家庭风采5. 柳青家庭（热心公益）") == "5. 柳青家庭（热心公益）"
    # (A prompt followed by its id is cut whole by the glued tail, never left as "微信 …".)
    assert "微信" not in strip_glued_actions("全年获得金牌三枚、银牌五枚。需要原创总结可联系客服微信 zxfw2024")
    # (A related link over a piece's number and a dot, "（一） · …", is no outline heading.)
    assert strip_glued_actions("推荐阅读：读书班学员心得选登（一） · 青年理论学习小组活动侧记").startswith("推荐阅读")


def test_a_flattened_copy_of_the_lines_under_it_goes():
    text = "\n".join([
        "樟溪论坛 › 新手入门",
        "入门这几年，问得最多的就是对频。k3 @ E* 总结了五个原因。 A3 r 一是协议不一致。 二是距离太近。 | 回复 支持 反对 举报",
        "入门这几年，问得最多的就是对频。总结了五个原因。",
        "一是协议不一致。",
        "二是距离太近。",
    ])
    kept = _drop_flattened_copies(text).split("\n")
    assert kept == ["樟溪论坛 › 新手入门", "入门这几年，问得最多的就是对频。总结了五个原因。", "一是协议不一致。", "二是距离太近。"]
    plain = "第一段写的是春耕的准备工作，包括种子、化肥和农机。\n第二段。\n第三段。"
    assert _drop_flattened_copies(plain) == plain


def test_a_portals_index_table_goes():
    assert chrome.edge_reason("索 引 号：MB1720433-0305-2025-0099　发文机关：樟溪县市场监督管理局") is not None
    # (Alone on its line too, session 36: all 340 such labelled lines are a portal's index field.)
    assert chrome.edge_reason("发文机关：樟溪县市场监督管理局") is not None


def test_a_qa_pages_question_and_its_answers_day():
    text = "\n".join([
        "问答百科 > 农业 > 茶叶种植",
        "问：茶树修剪分哪几种方式？",
        "提问于 2024-03-29",
        "最佳回答",
        "茶树修剪主要有以下几种：",
        "1. 轻修剪：每年采茶后进行，剪去树冠面突出的枝叶。",
        "2. 深修剪：树冠面枝条细弱时进行，一般五年一次。",
        "回答于 2024-03-30 08:17　　回答者：茶技员老柳",
        "有帮助(12)　　评论　　分享",
    ])
    cleaned = clean_document(text)
    assert cleaned.title == "茶树修剪分哪几种方式？"
    assert cleaned.published_on == dt.date(2024, 3, 30)


def test_a_collections_filing_stamp_is_no_date():
    assert dates.is_upload_line("作者：柳岸　　收入文集：2022-08-14")
