"""Titles, dates, page markers and lost lines, sixth round (issue 13): classes of title
decoration, publish dates and page markers found on kinds of site the earlier rounds had not
seen, each recognised by its class, never by a case's strings.

Every input is written for this test (places, people, sites and numbers invented); none is
taken from bench/clean_eval or the issue. Each rule is tested with look-alike lines that must
stay: real titles ending in （试行）/（2025年修订）/（征求意见稿）, a list item ``#2 …`` that is
content, numbered headings, body sentences that speak of 卷/篇.
"""

from __future__ import annotations

import json

import pytest

from haowen.ingest.clean import Line, clean_text
from haowen.ingest.cleaning import titles
from haowen.ingest.cleaning.dates import date_from_address, document_date
from haowen.ingest.cleaning.lines import repair_lines, strip_inline_junk
from haowen.ingest.parsers.html import parse_html
from haowen.ingest.parsers.jsonl import parse_jsonl_record

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


# --- page markers in new forms --------------------------------------------------------------

SPEECH = [
    "这次会议的主要任务是，总结今年以来全镇农村饮水安全工作，安排部署冬季供水设施巡检和",
    "管护工作。",
    "今年以来，全镇新建改建供水管网二十三公里，新增入户水表一千四百余块，农村自来水普及率",
    "稳定在百分之九十八以上。",
]


@pytest.mark.parametrize("marker", ["Pg 4", "pg.4", "4 ▸", "◂ 4", "【幻灯片 4】", "[Slide 4]"])
def test_a_marker_inside_a_sentence_goes_and_the_halves_join(marker):
    text = "\n".join([SPEECH[0], marker, *SPEECH[1:]])
    out = clean_text(text)
    assert SPEECH[0] + SPEECH[1] in out
    assert not any(marker in p for p in out)


def test_slide_markers_between_sentences_go():
    text = "\n".join(["【幻灯片 1】", "同志们：", "【幻灯片 2】", SPEECH[0] + SPEECH[1], "【幻灯片 3】", "谢谢大家！"])
    out = clean_text(text)
    assert out[-1] == "谢谢大家！"
    assert not any("幻灯片" in p for p in out)
    assert "同志们：" in out


def test_a_weak_marker_between_paragraphs_stays():
    # "3 ▸" after a finished sentence is no page break inside a sentence: it stays.
    text = "\n".join([SPEECH[0] + SPEECH[1], "3 ▸", SPEECH[2] + SPEECH[3]])
    assert "3 ▸" in clean_text(text)


_LONG = "全镇各村按照统一部署，逐户核查入户管道、水表井和阀门的保温情况，对发现的问题建立台账、明确责任人和整改时限，"


def test_hash_page_numbers_glued_inside_sentences_go():
    text = (
        "镇水务站：" + _LONG * 2 + "确保#2冬季供水不断不冻。" + _LONG * 2 + "确保群众正常用水。柳埠镇#3供水服务中心"
    )
    out = "".join(clean_text(text))
    assert "#2" not in out and "#3" not in out
    assert "确保冬季供水不断不冻。" in out and "柳埠镇供水服务中心" in out


@pytest.mark.parametrize(
    "text",
    [
        # a list of items numbered with hashes: content
        "检修任务如下：\n#2 更换一号泵站的出水阀门。\n#3 清洗二号蓄水池并消毒。",
        # machines named by a number: #1 is there too
        "完成#1机组大修后，" + _LONG * 2 + "又对#2机组开展检修，" + _LONG * 2 + "#3机组下月检修。",
        # two hash numbers close together name things, not pages
        "本周完成#2泵房和#3泵房的保温改造，下周验收。",
    ],
)
def test_hash_numbers_that_are_content_stay(text):
    # (The page-marker repair alone: whether a forum's floor rule takes "#2 …" lines is
    # the chrome rules' business.)
    lines = [Line(t) for t in text.split("\n")]
    out = "".join(ln.text for ln in repair_lines(lines, lambda t, like: Line(t, blank_before=like.blank_before)))
    assert "#2" in out and "#3" in out


def test_a_numbered_heading_after_a_marker_like_line_stays():
    text = "\n".join([SPEECH[0] + SPEECH[1], "2 ▸", "二、加强管护队伍建设", SPEECH[2] + SPEECH[3]])
    out = clean_text(text)
    assert "二、加强管护队伍建设" in out


# --- dates written in the document --------------------------------------------------------


@pytest.mark.parametrize(
    ("lead", "tail", "expected"),
    [
        # a postscript: when (and where) the text was written
        ([], ["那年冬天的水，我一直记得。", "（二〇二五年一月八日夜，写于柳埠）"], "2025-01-08"),
        ([], ["这便是我的一点感想。", "2026年3月2日于镇政府宿舍"], "2026-03-02"),
        # a regulation's 题注: the day it was issued, not the day it takes effect
        (["柳埠镇农村饮水工程运行管理办法", "（2026年6月9日镇政府常务会议通过，自2026年7月1日起施行）"], [], "2026-06-09"),
        (["（2025年11月3日县水利局印发）"], [], "2025-11-03"),
        # a periodical's issue line
        (["乡村振兴简讯（2026年第4期）", "县农业农村局　2026年2月27日编印"], [], "2026-02-27"),
    ],
)
def test_a_documents_own_date_is_read(lead, tail, expected):
    assert str(document_date(lead, tail)) == expected


@pytest.mark.parametrize(
    ("lead", "tail"),
    [
        (["（自2026年7月1日起施行）"], []),  # the day it takes effect
        ([], ["（2026年3月2日，镇里召开了动员会，会后各村分头行动。）"]),  # a sentence, no postscript
        (["本办法由镇水务站负责解释，2026年4月1日前各村完成自查。"], []),
        (["2026年第4期简讯将于3月出刊，请各村报送稿件。"], []),
    ],
)
def test_dates_the_text_only_mentions_are_no_publish_date(lead, tail):
    assert document_date(lead, tail) is None


# --- lost sentences: a number the junk was glued to ------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("（一）动员部署。Q ^ 0712月3日召开全镇动员会。", "（一）动员部署。12月3日召开全镇动员会。"),
        ("（二）入户巡检。w5 ~ 9328日前完成入户巡检。", "（二）入户巡检。28日前完成入户巡检。"),
        ("（三）资金保障。b7 &x 0 120万元由镇财政列支。", "（三）资金保障。120万元由镇财政列支。"),
        # junk digits before a word that is no unit stay junk
        ("（四）宣传发动。h3 %e p0 41各村利用广播宣传。", "（四）宣传发动。各村利用广播宣传。"),
    ],
)
def test_a_number_the_junk_was_glued_to_stays(line, expected):
    assert strip_inline_junk(line) == expected


def test_a_file_sharing_rows_date_is_no_publish_date():
    body = "".join(f"<p>{p}</p>" for p in BODY)
    page = (
        "<html><head><title>冬季供水设施巡检通知-资料汇</title></head><body>"
        "<h1>关于开展冬季供水设施巡检的通知</h1><div>上传人：lx_2024　日期：2027-01-15　下载：36</div>"
        f"<div class=c>{body}</div></body></html>"
    ).encode()
    assert str(parse_html(page).published_on) == "2026-11-30"  # the 成文日期 under the signature


def test_a_publish_line_with_a_plain_date_label_still_counts():
    body = "".join(f"<p>{p}</p>" for p in BODY[:4])
    page = (
        "<html><head><title>关于开展冬季供水设施巡检的通知</title></head><body>"
        "<h1>关于开展冬季供水设施巡检的通知</h1><div>作者：镇水务站　日期：2026-12-01　浏览：88</div>"
        f"<div class=c>{body}</div></body></html>"
    ).encode()
    assert str(parse_html(page).published_on) == "2026-12-01"


# --- a text that opens with a month and day, its year in the page's address ----------------


@pytest.mark.parametrize(
    ("first", "address", "expected"),
    [
        ("6月3日上午，柳埠镇召开防汛工作会议。", "https://www.liubu.example.cn/zwdt/2026/0604/88.html", "2026-06-03"),
        ("12月29日，镇水务站组织开展冬季巡检。", "http://liubu.example.cn/news/20270102/5.shtml", "2026-12-29"),
        ("6月3日，会议召开。", "https://liubu.example.cn/a/2026-06-03/1.html", "2026-06-03"),
    ],
)
def test_an_opening_day_takes_its_year_from_the_address(first, address, expected):
    assert str(date_from_address(first, address)) == expected


@pytest.mark.parametrize(
    ("first", "address"),
    [
        ("6月3日上午，柳埠镇召开防汛工作会议。", "https://liubu.example.cn/zwdt/2026/0904/88.html"),  # months later
        ("6月3日上午，柳埠镇召开防汛工作会议。", "https://liubu.example.cn/zwdt/2026/0601/88.html"),  # after the page
        ("6月3日上午，柳埠镇召开防汛工作会议。", "https://liubu.example.cn/zwdt/88.html"),  # no date in the address
        ("今年6月3日，柳埠镇召开防汛工作会议。", "https://liubu.example.cn/zwdt/2026/0604/88.html"),  # not its opening
    ],
)
def test_no_year_is_guessed_without_a_near_dated_address(first, address):
    assert date_from_address(first, address) is None


def test_a_records_address_dates_its_opening_day():
    record = {
        "id": "t1",
        "source": "http://www.liubu.example.cn/sqdt/2026/0605/12.html",
        "title": "柳埠镇防汛工作会议纪要",
        "text": "柳埠镇防汛工作会议纪要\n6月3日上午，镇党委召开防汛工作会议，各村党支部书记参加。\n会议议定：各村6月10日前完成山塘水库巡查。",
    }
    doc = parse_jsonl_record(json.dumps(record, ensure_ascii=False).encode())
    assert str(doc.published_on) == "2026-06-03"
