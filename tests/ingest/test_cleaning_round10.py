"""Import, tenth round (issue 13): the lines of an HTML page's document that trafilatura's
precision mode drops (outline headings, the salutation, the issuer and its 成文日期) are put
back; a page label with its total (页码：3/5); a counsellor (辅导员) is no paid-writing help; a
service prompt in brackets after the last sentence; a row of keyed cells beside its kept
siblings; a 公示日期 dates the document; a title's year-stamped decoration.

Every input is written for this test (places, people, sites and numbers invented); none is
taken from bench/clean_eval or the issue.
"""

from __future__ import annotations

import datetime as dt

import pytest

from haowen.ingest.clean import clean_document, clean_text
from haowen.ingest.cleaning import chrome
from haowen.ingest.cleaning.glued import strip_glued_actions
from haowen.ingest.cleaning.titles import strip_decoration
from haowen.ingest.parsers.html import parse_html, restore_dropped_lines

PARAS = [
    "为进一步做好全市城市社区网格化管理，经研究，决定在全市组织开展网格员业务技能比武活动。现将有关事项通知如下。",
    "全市各街道在岗专职网格员，每个街道选派代表队一支，每队三人，由街道党工委统一组织报名。",
    "比武分为理论测试和实操演练两个环节，理论测试采取闭卷笔试，实操演练模拟入户走访和事件上报。",
    "请各街道于六月二十日前将报名表报送市委社会工作部，逾期不再受理，联系人：方洁，电话：0731-5550123。",
]

PAGE = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于开展网格员技能比武活动的通知 | 某某资讯聚合</title></head>
<body><div class="top">某某资讯聚合 · 每日精选</div>
<div class="art"><h2>关于开展网格员技能比武活动的通知</h2>
<div class="byline">市委社会工作部　2026-06-03 09:12</div>
<div class="content">
<section><span>各区街道党工委，市直有关单位：</span></section>
<section><span>{PARAS[0]}</span></section>
<section><span>一、参赛对象</span></section>
<section><span>{PARAS[1]}</span></section>
<section><span>二、比武内容</span></section>
<section><span>{PARAS[2]}</span></section>
<section><span>三、报名方式</span></section>
<section><span>{PARAS[3]}</span></section>
<section><span>中共某某市委社会工作部</span></section>
<section><span>2026年6月2日</span></section>
</div>
<div class="count">阅读 3421　赞 57</div>
<div class="qr">长按识别二维码关注我们 打开原文链接</div>
</div>
<div class="more"><h4>更多文章</h4><p>网格员风采展示｜最美网格员评选揭晓</p></div>
</body></html>"""


def test_an_html_notices_headings_salutation_and_signature_are_kept():
    doc = parse_html(PAGE.encode("utf-8"))
    assert doc.paragraphs[0] == "各区街道党工委，市直有关单位："
    for heading in ("一、参赛对象", "二、比武内容", "三、报名方式"):
        assert heading in doc.paragraphs
    assert doc.paragraphs[-2:] == ["中共某某市委社会工作部", "2026年6月2日"]
    assert doc.published_on == dt.date(2026, 6, 2)
    body = doc.body
    for chrome_word in ("阅读 3421", "二维码", "更多文章", "资讯聚合"):
        assert chrome_word not in body


def test_lines_dropped_between_paragraphs_that_are_no_document_lines_stay_out():
    plain = "\n".join(["首页", PARAS[0], "【 大字版 | 标准版 】 护眼模式", "一、参赛对象", PARAS[1], "分享到：微信 微博"])
    main = "\n".join([PARAS[0], PARAS[1]])
    out = restore_dropped_lines(main, plain).split("\n")
    assert out == [PARAS[0], "一、参赛对象", PARAS[1]]


def test_main_text_not_found_in_the_page_comes_back_unchanged():
    main = "\n".join(["甲乙丙丁戊己庚辛壬癸的第一段正文。", "第二段正文。"])
    assert restore_dropped_lines(main, "完全不同的页面文字\n另一行") == main


def test_a_page_label_with_its_total_inside_a_sentence_goes_whole():
    text = "\n".join(
        [
            "　　（三）资金保障情况。各街道网格化管理经费是否足额纳入本级财政预算，",
            "页码：3/7",
            "是否按时拨付到位。",
        ]
    )
    out = clean_text(text, title="关于开展网格化管理年度考核的通知")
    assert out == ["（三）资金保障情况。各街道网格化管理经费是否足额纳入本级财政预算，是否按时拨付到位。"]


def test_a_counsellor_is_no_paid_writing_help():
    line = "假期中学生遇到困难，应及时与辅导员联系。学校总值班电话：0731-5550199。"
    assert chrome.strong_reason(line) is None
    assert chrome.strong_reason("论文辅导请加微信 lw_fd2026") is not None


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("公开内容每季度更新一次。（要完整版表格的私信小编，vx：gw_helper01）", "公开内容每季度更新一次。"),
        ("全年办结群众诉求一千余件。（代写同类材料请加QQ：38475521）", "全年办结群众诉求一千余件。"),
    ],
)
def test_a_service_prompt_in_brackets_after_the_last_sentence_goes(line, kept):
    assert strip_glued_actions(line) == kept


@pytest.mark.parametrize("line", ["全年办结群众诉求一千余件。（数据来源：市12345热线）", "会议由王明主持。（记录：李华）"])
def test_a_documents_own_brackets_after_the_last_sentence_stay(line):
    assert strip_glued_actions(line) == line


def test_a_row_of_keyed_cells_beside_its_kept_siblings_stays():
    text = "\n".join(
        [
            "现将评审结果公示如下，公示期三个工作日。",
            "投标人对结果有异议的，应在公示期内以书面形式提出。",
            "采购人：某某市园林局　联系人：方先生　电话：0731-5550101",
            "代理机构：某某招标咨询公司　联系人：贺女士　电话：0731-5550102",
            "监督单位：某某市财政局采购监管科　电话：0731-5550103",
            "会员登录后可查看历史中标记录",
            "客服QQ：1234567890",
        ]
    )
    out = clean_text(text, title="某某公园提质改造项目中标结果公示")
    assert out[-1] == "监督单位：某某市财政局采购监管科　电话：0731-5550103"


@pytest.mark.parametrize("label", ["公示日期", "公告日期", "印发日期"])
def test_a_publicity_or_issue_date_line_dates_the_document(label):
    text = "\n".join([f"{label}：2026-03-18", "经评审，现将拟录用人员名单公示如下。", "公示期内如有异议，请向市人社局反映。"])
    assert clean_document(text, title="2026年公开招聘拟录用人员公示").published_on == dt.date(2026, 3, 18)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("关于加强校园食品安全管理的通知 参考范文", "关于加强校园食品安全管理的通知"),
        ("年度述职报告（2026最新）", "年度述职报告"),
        ("社区工作总结（2026年最新版）", "社区工作总结"),
        ("防汛抢险应急预案（2026年版）", "防汛抢险应急预案（2026年版）"),  # the document's own edition
        ("关于印发实施细则的通知（2026年修订）", "关于印发实施细则的通知（2026年修订）"),
        ("党员干部学习参考", "党员干部学习参考"),  # no genre word before the decoration
    ],
)
def test_a_titles_decoration_after_its_genre_word_goes(raw, expected):
    assert strip_decoration(raw) == expected


def test_main_lines_the_page_renders_otherwise_keep_their_place():
    # trafilatura writes a table's row as one line; the page's visible text has a cell per line.
    plain = "\n".join(["一、主要产品产量", PARAS[0], "饮料酒", "千升", "1576", PARAS[1], "二、下一步工作", PARAS[2], PARAS[3]])
    main = "\n".join([PARAS[0], "| 饮料酒 | 千升 | 1576 |", PARAS[1], PARAS[2], PARAS[3]])
    out = restore_dropped_lines(main, plain).split("\n")
    assert out == [PARAS[0], "| 饮料酒 | 千升 | 1576 |", PARAS[1], "二、下一步工作", PARAS[2], PARAS[3]]


def test_a_page_of_many_lines_whose_main_text_it_does_not_hold_comes_back_unchanged():
    # Alignment is a binary search per line: 60,000 unmatched lines against 60,000 page lines
    # would take minutes if each scanned the page.
    page = "\n".join(f"页面第{i}行的文字" for i in range(60_000))
    main = "\n".join(f"正文第{i}段，不在页面中。" for i in range(60_000))
    assert restore_dropped_lines(main, page) == main
