"""Import, thirtieth round (issue 13, on holdout100 and holdout102's failures read in session 21):
page numbers in the P or 第N页 form behind a converter's frame symbols, a photo's caption run into
the paragraph after it, a site keeper's service prompt, a column's name for a page title, a
poster's note in a title's brackets, a column after a closed title, a portal's masthead, a mail's
reply signed by its client and its quoted lines, a speech's occasion the record title left out
and a poster's headline over the document they repost.

Every input is written for this test (places, people, sites and numbers invented); none is
taken from bench/clean_eval or the issue.
"""

from __future__ import annotations

import json

import pytest

from haowen.ingest.clean import clean_document
from haowen.ingest.cleaning import chrome
from haowen.ingest.cleaning.glued import strip_glued_actions
from haowen.ingest.cleaning.lines import PAGE_MARKER
from haowen.ingest.parsers.base import clean_title
from haowen.ingest.parsers.jsonl import parse_jsonl_record


@pytest.mark.parametrize("marker", ["▌P3", "☰第4页☰", "◈第2页", "╋P 5╋", "♣第6面♣", "⊙第2页/共5页⊙"])
def test_framed_page_numbers_cutting_a_sentence_go_and_the_pieces_join(marker):
    text = "\n".join([
        "三、保障措施",
        "为参加巡护的队员统一配发头灯、对讲机",
        marker + "和急救包，每次巡护不少于两人同行。",
        "四、本方案自印发之日起施行。",
    ])
    paragraphs = clean_document(text).paragraphs
    assert "为参加巡护的队员统一配发头灯、对讲机和急救包，每次巡护不少于两人同行。" in paragraphs


@pytest.mark.parametrize("text", ["★P2P网贷风险提示", "※第2面旗帜挂在东门", "◆第3章 总则"])
def test_a_symbol_before_words_that_are_no_page_number_is_no_marker(text):
    assert PAGE_MARKER.match(text) is None


def test_a_photos_caption_run_into_the_next_sentence_goes():
    line = "图为队员在河滩上清点候鸟数量。截至目前，保护站已记录越冬候鸟四十二种、一万一千余只。"
    assert strip_glued_actions(line) == "截至目前，保护站已记录越冬候鸟四十二种、一万一千余只。"


def test_a_sentence_that_only_starts_like_a_caption_stays():
    line = "图为基础，文为补充，展板要突出现场照片。"  # no caption: it runs on with a comma
    assert strip_glued_actions(line) == line


@pytest.mark.parametrize(
    "line",
    [
        "全年回收废旧农膜三百二十吨，回收率达到百分之八十五。要范文可以找小编，微信 qmfw2025",
        "全年回收废旧农膜三百二十吨，回收率达到百分之八十五。材料定制联系本站站长vx：zz_fanwen8",
    ],
)
def test_the_site_keepers_service_prompt_glued_after_the_last_sentence_goes(line):
    assert strip_glued_actions(line) == "全年回收废旧农膜三百二十吨，回收率达到百分之八十五。"


def test_a_documents_own_station_master_stays():
    line = "请各村联系水文站站长，电话：0832-5561023。"
    assert chrome.strong_reason(line) is None


def _parse(title: str, lines: list[str]):
    record = json.dumps({"id": "t", "title": title, "text": "\n".join(lines)}, ensure_ascii=False).encode()
    return parse_jsonl_record(record, 1)


def test_a_columns_name_as_the_record_title_gives_way_to_the_pages_headline():
    doc = _parse("工作动态", [
        "首页 · 工作动态 · 办事服务",
        "关于暂停使用南门临时停车场的通知",
        "各位车主：",
        "因南门道路改造施工，南门临时停车场自6月3日起暂停使用，请车主将车辆停放至北门停车场。",
        "青禾街道办事处",
        "2025年5月30日",
    ])
    assert doc.title == "关于暂停使用南门临时停车场的通知"


def test_a_short_title_of_a_notice_stays():
    doc = _parse("停水通知", ["停水通知", "因管道检修，6月5日8时至18时全镇停水，请居民提前储水。", "青禾镇自来水厂"])
    assert doc.title == "停水通知"


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        ("“青禾杯”街舞大赛报名须知（评分细则另帖发布）", "“青禾杯”街舞大赛报名须知"),
        ("社区停车难，你有什么好办法？（附参考答案） - 结构化面试", "社区停车难，你有什么好办法？"),
        ("青禾县林业局关于森林防火的通告（2025年修订） - 政务公开", "青禾县林业局关于森林防火的通告（2025年修订）"),
    ],
)
def test_a_posters_note_and_a_column_after_a_closed_title_go(raw, title):
    assert clean_title(raw) == title


@pytest.mark.parametrize("line", ["青禾县林业局　政务公开", "青禾镇人民政府 · 通知公告", "收到，马上安排。——李洁（发自我的华为手机）", "> 请审核附件，谢谢。"])
def test_a_portals_masthead_and_a_mails_reply_and_quote_are_chrome(line):
    assert chrome.strong_reason(line) is not None


@pytest.mark.parametrize("line", ["五、政务公开", "青禾县林业局", "发自内心的感谢送给每一位护林员。"])
def test_lines_of_a_document_like_them_stay(line):
    assert chrome.strong_reason(line) is None


def test_a_mail_chain_above_a_request_leaves_it_whole():
    text = "\n".join([
        "主题：回复：关于申请添置护林巡逻摩托车的请示",
        "发件人：县林业局计财股 刘峰",
        "好的，已报局长。——刘峰（发自我的iPhone）",
        "在 2025-03-04 09:20，青禾林场 写道：",
        "> 刘股长，请示见下，请审阅。",
        "县林业局：",
        "我场管护林地四万二千亩，现有巡逻摩托车三辆，已使用九年，故障频发。特申请添置巡逻摩托车两辆。",
        "妥否，请批示。",
        "青禾县国有林场",
        "2025年3月3日",
    ])
    paragraphs = clean_document(text, title="关于申请添置护林巡逻摩托车的请示").paragraphs
    assert paragraphs[0] == "县林业局："
    assert paragraphs[-1] == "2025年3月3日"


def test_the_pages_headline_with_a_speechs_occasion_is_the_title():
    doc = _parse("法治讲堂｜物业服务合同常见纠纷", [
        "明正律师事务所 · 法治讲堂",
        "物业服务合同常见纠纷——在青禾小区业主代表培训会上的讲稿",
        "（2025年4月12日）",
        "各位业主代表：",
        "今天和大家聊一聊物业服务合同中的几类常见纠纷。",
    ])
    assert doc.title == "物业服务合同常见纠纷——在青禾小区业主代表培训会上的讲稿"


def test_a_subtitle_that_is_no_occasion_is_not_taken_into_the_title():
    doc = _parse("物业服务合同常见纠纷", [
        "物业服务合同常见纠纷——以青禾小区为例",
        "今天和大家聊一聊物业服务合同中的几类常见纠纷。",
    ])
    assert doc.title == "物业服务合同常见纠纷"


def test_a_posters_headline_gives_way_to_the_document_they_repost():
    doc = _parse("扩散！明天东街停电一整天，大家提前准备", [
        "青禾生活网 › 便民信息",
        "扩散！明天东街停电一整天，大家提前准备",
        "楼主：东街老王　2025-08-11 21:05　浏览 3021",
        "供电所发的，我转一下",
        "关于东街片区计划停电的通知",
        "因线路改造，8月12日7时至19时东街片区停电，请用户提前做好准备。",
        "青禾供电所",
        "2025年8月10日",
    ])
    assert doc.title == "关于东街片区计划停电的通知"


def test_a_page_marker_under_a_banji_printing_line_joins_nothing_to_it():
    text = "\n".join([
        "关于做好汛期值班工作的通知",
        "各科室：",
        "请各科室严格落实汛期二十四小时值班制度。",
        "青禾县水利局",
        "2025年6月2日",
        "抄送：县应急管理局",
        "青禾县水利局办公室　2025年6月2日印发",
        "═ 第1页 / 共1页 ═",
        "打印于 2025/06/05 10:12",
    ])
    paragraphs = clean_document(text, title="关于做好汛期值班工作的通知").paragraphs
    assert "青禾县水利局办公室　2025年6月2日印发" in paragraphs


@pytest.mark.parametrize(
    "line",
    [
        "流转记录",
        "【审批记录】",
        "加盟代理请拨打 400-615-2280 洽谈",
        "招商合作欢迎致电：800-220-7711",
        "本届赛事合作伙伴：青禾运动护具",
        "独家赞助：青禾乳业",
    ],
)
def test_a_workflow_log_a_partner_call_and_a_sponsor_are_chrome_anywhere(line):
    assert chrome.strong_reason(line) is not None


@pytest.mark.parametrize(
    "line",
    ["赞助单位：青禾县体育总会", "主办单位：青禾县文化馆", "服务热线：0832-5561023", "三、审批流程", "合作社社员大会记录"],
)
def test_an_events_own_fields_and_a_local_hotline_stay(line):
    assert chrome.strong_reason(line) is None


def test_an_office_systems_log_under_a_minutes_cc_goes():
    text = "\n".join([
        "青禾公司总经理办公会议纪要",
        "会议议定：一、各部门5月底前完成年中盘点。",
        "二、财务部牵头清理应收账款。",
        "抄送：公司领导，各部门",
        "流转记录",
        "2025-05-12 09:30 综合部 张敏 发起",
        "2025-05-12 11:02 总经理 已签发",
    ])
    assert clean_document(text, title="青禾公司总经理办公会议纪要").paragraphs[-1] == "抄送：公司领导，各部门"
