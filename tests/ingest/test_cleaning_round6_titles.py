"""Titles, dates, page markers and lost lines, sixth round (issue 13): classes of title
decoration, publish dates and page markers found on kinds of site the earlier rounds had not
seen, each recognised by its class, never by a case's strings.

Every input is written for this test (places, people, sites and numbers invented); none is
taken from bench/clean_eval or the issue. Each rule is tested with look-alike lines that must
stay: real titles ending in （试行）/（2025年修订）/（征求意见稿）, a list item ``#2 …`` that is
content, numbered headings, body sentences that speak of 卷/篇.
"""

from __future__ import annotations

import pytest

from haowen.ingest.cleaning import titles
from haowen.ingest.parsers.html import parse_html

BODY = [
    "各村（社区）、镇直各单位：",
    "为切实做好今冬农村饮水安全工作，镇政府决定在全镇开展供水设施冬季巡检。",
    "一、巡检时间为12月2日至12月26日，由各村组织管水员逐户、逐管段开展排查。",
    "二、发现冻裂、渗漏的，要立即登记并限期修复，每周四前报镇水务站。",
    "柳埠镇人民政府",
    "2026年11月30日",
]


# --- titles: decoration by class ------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # a collection's or a serial's position after the title
        ("山路弯弯（卷三·第七篇）", "山路弯弯"),
        ("老街的早市（第5章）", "老街的早市"),
        ("乡村教师手记（连载之四）", "乡村教师手记"),
        # pictographs a post put at a title's ends
        ("第一次下乡走访的收获与反思🍀", "第一次下乡走访的收获与反思"),
        ("✨基层网格员工作心得体会", "基层网格员工作心得体会"),
        # the stage of the poster's file
        ("关于调整镇防汛指挥部成员的通知（最终版）", "关于调整镇防汛指挥部成员的通知"),
        ("县图书馆年度工作总结（修改稿）", "县图书馆年度工作总结"),
        # what else the page offers beside the text
        ("关于加强农村集体资产管理的实施意见（原文+图解）", "关于加强农村集体资产管理的实施意见"),
        # the poster's appeal to the readers
        ("关于城区老旧管网改造的调研报告（新手，请指正）", "关于城区老旧管网改造的调研报告"),
        ("关于2027年中考体育考试安排的通知（初三家长们看过来）", "关于2027年中考体育考试安排的通知"),
    ],
)
def test_decoration_goes_by_its_class(raw, expected):
    assert titles.strip_decoration(raw) == expected


@pytest.mark.parametrize(
    "title",
    [
        "柳埠镇农村饮水工程运行管理办法（试行）",
        "县城市绿化管理条例（2025年修订）",
        "关于推进城乡供水一体化的实施意见（征求意见稿）",
        "县级储备粮管理办法（送审稿）",
        "全县乡村振兴示范村名单（第一批）",
        "镇村干部履职规范（2024—2026年）",
        "关于表彰第三篇章合唱团的决定",  # 篇 inside the title, no bracket
        "卷烟零售许可证审批工作规程",
    ],
)
def test_real_titles_with_brackets_stay_whole(title):
    assert titles.strip_decoration(title) == title


# --- titles: a page's field, an issue's number, a site's header ----------------------------


def test_a_column_field_is_never_the_title():
    lead = ["柳风范文网 · 触屏版", "首页　　分类　　搜索", "开展“四下基层”活动心得体会", "栏目：心得体会"]
    assert titles.title_from_lead(lead, lambda s: None) == "开展“四下基层”活动心得体会"


def test_a_column_field_alone_gives_no_title():
    assert titles.title_from_lead(["分类：工作总结", "所属专题：年终总结"], lambda s: "x") == ""


@pytest.mark.parametrize("issue", ["2026年第12期", "第87期", "总第203期", "No.45"])
def test_an_issue_number_alone_takes_the_periodicals_line(issue):
    lines = ["往期存档 » 2026年", f"乡村振兴简讯（{issue}）", "编印单位：县农业农村局"]
    assert titles.page_headline(issue, lines) == f"乡村振兴简讯（{issue}）"


def test_an_issue_number_without_the_periodicals_line_stays():
    assert titles.page_headline("2026年第12期", ["往期存档", "2026年第12期", "本期共三篇"]) == ""
    assert not titles.is_issue_only("关于第12期培训班的通知")


def _page(title: str, header: list[str], headline: str) -> bytes:
    body = "".join(f"<p>{p}</p>" for p in BODY)
    top = "".join(f"<div>{h}</div>" for h in header)
    return (
        f"<html><head><title>{title}</title></head><body>{top}<h2>{headline}</h2>"
        f"<div class=c>{body}</div><div class=f>版权所有</div></body></html>"
    ).encode()


def test_a_site_name_in_the_header_row_yields_to_the_headline():
    page = _page(
        "柳埠镇中心小学",
        ["柳埠镇中心小学　求真 · 向善 · 尚美", "学校简介 新闻动态 家校联系"],
        "关于开展冬季供水设施巡检的通知",
    )
    assert parse_html(page).title == "关于开展冬季供水设施巡检的通知"


def test_a_portal_name_inside_an_account_row_yields_to_the_headline():
    page = _page("协同办公门户", ["鲁东水务协同办公门户 待审(2)　通知(5)　注销"], "关于开展冬季供水设施巡检的通知")
    assert parse_html(page).title == "关于开展冬季供水设施巡检的通知"


def test_an_essay_title_without_a_genre_word_stays():
    # The document's own title is the headline; no header row shows it with more.
    page = _page("雪落柳埠", ["首页 散文 随笔"], "雪落柳埠")
    assert parse_html(page).title == "雪落柳埠"
    assert not titles.site_header_title("雪落柳埠", ["雪落柳埠", "作者：小溪"], lambda s: None)
