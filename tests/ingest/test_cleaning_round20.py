"""Import, twentieth round (issue 13, on holdout70-72's failures): an article's sentence on the
public domain, a call button after a phone, a caption and a copy counter glued after a sentence,
a site's points programme, a news site's tip line, a writing offer that says 撰写, a question
with a link to click inside the text, a numbered item an extractor left out, an entry's headword
as its title, more title decoration, a forwarder's note above a forwarded 纪要, an answerer's
card above the answer's stamp, a notice's closing 公告日期, a wrapped line ending in a semicolon,
a reposter's note, an intranet's processing fields, a post's IP location, a text's place in a
collection and a rule's day of 制定.

Every input is written for this test (places, people, sites and numbers invented); none is
taken from bench/clean_eval or the issue.
"""

from __future__ import annotations

import datetime as dt

import pytest

from haowen.ingest.clean import clean_document
from haowen.ingest.cleaning import chrome, titles
from haowen.ingest.cleaning.glued import strip_glued_actions
from haowen.ingest.cleaning.dates import document_date
from haowen.ingest.parsers.html import restore_dropped_lines

BODY = [
    "为做好今年夏季防溺水工作，切实保障中小学生生命安全，现将有关事项通知如下。",
    "一、加强宣传教育。各校要在放假前开展一次防溺水专题教育，并向家长发放告知书。",
    "二、加强巡查管控。各村要组织人员对辖区内河道、水塘开展巡查，设置警示标志。",
    "三、加强应急处置。各乡镇要配齐救生设备，发现险情第一时间组织施救并报告。",
]


def _body(text: str, title: str | None = None) -> list[str]:
    return clean_document(text, title=title).paragraphs


# --- sentences that stay ----------------------------------------------------------------------


def test_an_articles_sentence_on_the_public_domain_stays():
    last = "需要说明的是，民间剪纸的传统纹样属于公有领域，任何人都可以使用；受保护的是作者独创的构图。"
    page = [*BODY[:3], last, "本文仅为法律知识分享，不构成法律意见。", "推荐阅读：短视频搬运侵权｜图片被盗用怎么办"]
    assert _body("\n".join(page))[-1] == last


def test_a_libraries_licence_notice_still_goes():
    assert _body("\n".join([*BODY, "本作品在全世界都属于公有领域，因为作者逝世已经超过100年。"])) == BODY


# --- glued chrome -----------------------------------------------------------------------------


@pytest.mark.parametrize("button", ["点击拨打", "一键呼叫", "立即致电"])
def test_a_call_button_glued_after_a_phone_goes(button):
    line = f"报名电话：0593-7712056（王老师）{button}"
    assert strip_glued_actions(line) == "报名电话：0593-7712056（王老师）"


def test_a_word_after_a_phone_that_is_no_button_stays():
    line = "报名电话：0593-7712056（王老师）"
    assert strip_glued_actions(line) == line


@pytest.mark.parametrize(
    ("glued", "kept"),
    [
        ("各校共开展专题教育四十余场。图为某某小学的防溺水课堂。", "各校共开展专题教育四十余场。"),
        ("各村设置警示标志一百二十块。图为河道边新立的警示牌。林某 摄", "各村设置警示标志一百二十块。"),
        ("这次活动让我收获很多。已有2.6万人复制", "这次活动让我收获很多。"),
        ("这次活动让我收获很多。3100人已下载", "这次活动让我收获很多。"),
    ],
)
def test_a_caption_or_a_copy_counter_glued_after_a_sentence_goes(glued, kept):
    assert strip_glued_actions(glued) == kept


def test_a_sentence_that_starts_with_a_figure_reference_stays_whole():
    line = "如图所示，全年防溺水教育覆盖率达到百分之百。"
    assert strip_glued_actions(line) == line


# --- chrome lines -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "每天签到可得积分，积分可兑换备考资料",
        "积分可抵扣会员费用",
        "新闻爆料请拨打：0593-6112233　或发邮件至 tips@example.com",
        "报料热线：0593-6112233",
        "专业撰写各类讲话材料，有需要请联系微信 wb_xiezuo88",
        "想成为志愿者？点这里在线报名",
        "拟稿：办公室 林某",
        "流程编号：OA-2025-0415",
        "紧急程度：一般",
        "IP属地：福建",
        "湖北",
        "卷三·杂记　第十二篇",
    ],
)
def test_chrome_of_these_classes_is_recognised(line):
    assert chrome.edge_reason(line) is not None


@pytest.mark.parametrize(
    "line",
    ["各村要组织签到，参会人员领取学习材料。", "紧急程度：特急", "湖北省防汛抗旱指挥部", "第三章　附则"],
)
def test_lines_of_a_document_like_them_stay(line):
    assert chrome.edge_reason(line) is None


def test_a_question_with_a_link_to_click_between_paragraphs_goes():
    page = [*BODY[:2], "想成为志愿者？点这里在线报名", *BODY[2:]]
    assert _body("\n".join(page)) == BODY


# --- titles -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("given", "title"),
    [
        ("小河边的守护者（可背诵）", "小河边的守护者"),
        ("某某县2025年防溺水工作总结——工作动态——某某县教育局", "某某县2025年防溺水工作总结"),
    ],
)
def test_more_title_decoration_goes(given, title):
    assert titles.strip_decoration(given) == title


def test_an_entrys_headword_over_its_definition_is_its_title():
    lead = ["某某百科　|　人人可编辑", "词条　讨论　编辑", "溺水"]
    after = "溺水，又称淹溺，是指人淹没于水中，呼吸道被水堵塞而引起的窒息。"
    assert titles.title_from_lead(lead, chrome.edge_reason, after) == "溺水"
    # (A short line that the text does not define is no headword.)
    assert titles.title_from_lead(lead, chrome.edge_reason, "夏季是溺水事故的高发期。") != "溺水"


# --- dates ------------------------------------------------------------------------------------


def test_a_rules_day_of_making_under_its_issuer_dates_it():
    assert document_date(["打印时间：2025-09-01 10:22"], ["某某游泳馆", "2025年5月6日制定"]) == dt.date(2025, 5, 6)


def test_a_notices_closing_announcement_date_closes_its_text():
    page = [*BODY, "公告日期：2025年6月3日", "分享：微信　微博　复制链接", "上一条：某某游泳池开放公告"]
    out = clean_document("\n".join(page))
    assert out.paragraphs == [*BODY, "公告日期：2025年6月3日"]
    assert out.published_on == dt.date(2025, 6, 3)


# --- notes above the text ---------------------------------------------------------------------


def test_a_forwarders_note_above_a_forwarded_minutes_goes():
    text = "\n".join(
        [
            "主题：转发：防溺水工作会议纪要",
            "发件人：办公室 林某 <lin@example.gov.cn>",
            "时间：2025-06-05 08:40",
            "各校：纪要转发，请抓好落实，6月10日前反馈。",
            "附件：纪要.pdf（96KB）",
            "-------- 原始邮件 --------",
            "时间：2025年6月3日上午9时",
            "地点：县教育局三楼会议室",
            "主持：副局长 某某",
            "会议要求各校在放假前完成防溺水专题教育，各村加强河道巡查。",
            "某某县教育局办公室",
            "2025年6月4日印发",
        ]
    )
    assert _body(text)[0] == "时间：2025年6月3日上午9时"


def test_a_reposters_note_above_the_addressee_goes():
    text = "\n".join(
        [
            "某某生活网 › 乡镇频道 › 某某镇",
            "【转】关于加强暑期防溺水工作的通知",
            "发表于 2025-6-5 07:48 | 只看楼主 | 倒序浏览",
            "楼主：河边的老周",
            "镇里微信群看到的，转过来给大家看看",
            "各位家长：",
            *BODY[1:],
        ]
    )
    assert _body(text, "关于加强暑期防溺水工作的通知")[0] == "各位家长："


def test_an_answerers_card_above_the_answers_stamp_goes():
    text = "\n".join(["某某问答 › 生活", "孩子暑假学游泳，多大合适？", "3 个回答", "河畔老何　游泳教练，执教十年", "回答于 2天前", *BODY[1:]])
    assert _body(text, "孩子暑假学游泳，多大合适？") == BODY[1:]


def test_an_answers_last_line_over_its_stamp_stays():
    text = "\n".join([*BODY[1:], "希望对你有帮助", "回答于 2天前"])
    assert "希望对你有帮助" in _body(text)


# --- joins and restored lines -----------------------------------------------------------------


def test_a_wrapped_line_ending_in_a_semicolon_goes_on_in_the_next():
    text = "\n".join(
        [
            "为做好今年夏季防溺水工作，县教育局于五月至六月对全县中小学开展",
            "了专项督查，共抽查学校二十六所、村组四十个，走访学生家长一百余",
            "人，查阅台账资料三百余份，督查发现各校普遍重视，但仍存在一些不",
            "容忽视的问题。",
            "存在的主要问题：一是部分学校宣传教育形式单一，学生参与不多；",
            "二是个别村组河道警示标志缺失；三是应急救生设备配备不足。",
            "建议各乡镇统筹安排专项资金，在六月底前补齐救生设备和警示标志。",
        ]
    )
    out = _body(text, "关于全县防溺水工作的督查报告")
    assert "存在的主要问题：一是部分学校宣传教育形式单一，学生参与不多；二是个别村组河道警示标志缺失；三是应急救生设备配备不足。" in out


def test_a_numbered_item_the_extractor_left_out_comes_back():
    main = "\n".join(["为落实防溺水工作要求，制定本方案。", "1.1 使学生掌握防溺水基本知识，每人至少学会两种自救方法。", "学校每学期安排专项经费，组织一次应急演练。"])
    plain = "\n".join(
        ["为落实防溺水工作要求，制定本方案。", "1.工作目标", "1.1 使学生掌握防溺水基本知识，每人至少学会两种自救方法。", "1.2 培养学生珍爱生命、遵守规则的安全意识。", "2.保障措施", "学校每学期安排专项经费，组织一次应急演练。"]
    )
    assert "1.2 培养学生珍爱生命、遵守规则的安全意识。" in restore_dropped_lines(main, plain).split("\n")
