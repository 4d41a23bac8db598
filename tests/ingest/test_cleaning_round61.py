"""Import, sixty-first round (issue 13, on holdout190-192's failures, read after their blind
score): captions and photo sources in any bracket, alone or glued; a news column's label glued
before the lead; one button in its brackets; a model-text disclaimer under a caution's label; a
related explainer; an office system's approval stamp; a reply-to-see prompt; an AI-polish note;
posters' signatures named as someone's; a mail client's attachment bar; a follow prompt with
what it brings; view modes; a reader's comment under a user id; a membership offer; a host's
disclaimer of liability; a prompt to pass the page on; a prompt to ask elsewhere; page markers
framing a sheet (‖第2幅‖) or a fraction (⸰2/3⸰); the title again as a running head inside the
text; and what must stay: a post's last sentence asking for criticism, a trainee's name under
the text, a letter's salutation with a slash, the text's own follow instruction.

Every input is written for this test (places, people, sites and numbers invented); none is
taken from bench/clean_eval or the issue.
"""

from __future__ import annotations

import pytest

from haowen.ingest.clean import clean_document, is_site_name
from haowen.ingest.cleaning import chrome
from haowen.ingest.cleaning.glued import strip_glued_actions
from haowen.ingest.cleaning.lines import _marker
from haowen.ingest.cleaning.titles import strip_collection_place, strip_decoration
from haowen.ingest.parsers.base import clean_title

NEWS = [
    "5月3日上午，椋川县第二中学举行春季运动会开幕式，全校1200余名师生参加。",
    "本届运动会设田径、跳绳、拔河等18个项目，将持续两天。",
    "校长在开幕式上勉励同学们赛出风格、赛出水平。",
]


def _body(lines: list[str], title: str | None = None) -> list[str]:
    return clean_document("\n".join(lines), title).paragraphs


@pytest.mark.parametrize(
    "line",
    [
        "〔放大阅读〕",
        "【温馨提示】本模板仅供参考，请结合实际修改",
        "相关解读：一图看懂新学期作息调整",
        "〔审核：办公室主任 邹一帆 已同意〕",
        "【隐藏内容】考官点评与高分作答框架全文，回复本帖后可见",
        "【本段由AI改写，仅供参考】",
        "阿满的签名：每天进步一点点",
        "读书不觉春已深。——竹林小周的签名",
        "附件：3 个（报名表.xlsx；照片.jpg；说明.docx）",
        "附件（1个）：课程表.pdf",
        "关注本号，每周推送育儿知识",
        "阅读模式：单栏｜双栏　放大　缩小",
        "网友lin2019：说得对，我家也是这样。",
        "本文为精编版，开通椋川会员即可免费导出Word。",
        "本平台发布的招标信息由招标人负责",
        "转发给同事，让更多人知道",
        "对这篇范文有疑问？去“椋川问答”提问",
        "近期开班在即，报满即止 ＞＞ 立即报名",
        "请勿分享违法违规文件，一经发现将封禁账号。",
    ],
)
def test_these_classes_are_chrome_wherever_they_stand(line):
    assert chrome.strong_reason(line) is not None, line


@pytest.mark.parametrize(
    "line",
    [
        "有不同意见的欢迎拍砖。",  # a post's own last sentence
        "关注本公众号，回复“课表”可查看完整的作息时间表。",  # the text tells its reader how to use it
        "请把这份倡议转发给身边的人，让更多人了解垃圾分类。",
        "附件：1.报名表　2.课程表",  # a document's own annexes
        "网友您好：您反映的问题已转交街道办理。",  # an official reply addresses a netizen
        "学员：石小川",  # a trainee's name signs the text under it
    ],
)
def test_these_lines_are_no_such_chrome(line):
    assert chrome.strong_reason(line) is None, line


@pytest.mark.parametrize(
    ("caption", "glued"),
    [("（本文配图来源：宣传部）", True), ("（图源：校团委）", True), ("〔配图：操场上的接力赛〕", False), ("〔图2：两种不合格的跑鞋〕", False)],
)
def test_a_photos_source_or_caption_in_brackets_goes(caption, glued):
    assert chrome.edge_reason(caption) is not None
    assert _body([NEWS[0], caption, NEWS[1], NEWS[2]]) == NEWS
    if glued:
        assert strip_glued_actions(NEWS[0] + caption) == NEWS[0]


def test_a_news_columns_label_glued_before_the_lead_goes_but_a_newsletters_labels_stay():
    assert _body(["【校园快讯】" + NEWS[0], NEWS[1], NEWS[2]]) == NEWS
    letter = [
        "【协会动态】5月3日，协会组织会员参观椋川县第二中学运动会。",
        "【会员提示】近期有人冒用协会名义收费，请会员提高警惕。",
    ]
    assert _body(letter) == letter


def test_an_approval_stamp_glued_after_the_last_sentence_goes():
    line = "第五条　本规定自印发之日起施行。"
    assert strip_glued_actions(line + "〔审批：后勤部经理 宋启 已同意〕") == line


def test_a_site_name_after_a_headline_is_no_title_of_a_site():
    assert not is_site_name("椋川二中运动会开幕 千余师生同场竞技 · 椋川融媒")
    assert is_site_name("椋川融媒")
    title = "椋川二中运动会开幕 千余师生同场竞技 · 椋川融媒"
    assert _body(["椋川二中运动会开幕 千余师生同场竞技", *NEWS], title) == NEWS


def test_a_headline_with_a_quoted_clause_ending_in_a_site_word_is_no_site_name():
    title = "旧书换新书　阅读“漂流”进社区"
    assert not is_site_name(title)


def test_a_blogs_name_and_column_after_a_dot_are_no_title():
    assert clean_title("祖父的那把旧算盘 — 竹林小周的院子 · 杂记") == "祖父的那把旧算盘"
    assert clean_title("在“4·23”读书日活动上的讲话") == "在“4·23”读书日活动上的讲话"


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        ("《竹林杂记》之七：祖父的旧算盘", "祖父的旧算盘"),
        ("《竹林杂记》卷二·第7篇｜祖父的旧算盘", "祖父的旧算盘"),
    ],
)
def test_a_pieces_place_in_a_collection_goes(raw, title):
    assert strip_collection_place(raw) == title


def test_what_a_copy_lets_its_user_do_is_decoration():
    assert strip_decoration("学生宿舍卫生检查表（可直接打印）") == "学生宿舍卫生检查表"
    assert strip_decoration("实验室安全承诺书（直接套用）") == "实验室安全承诺书"


def test_the_title_again_inside_the_text_is_a_running_head():
    title = "椋川县第二中学实验室危险化学品管理制度"
    text = [
        "第一条　为加强实验室危险化学品管理，保障师生安全，制定本制度。",
        "第二条　本制度适用于学校化学、生物实验室。",
        title,
        "第三条　危险化学品实行双人双锁管理，领用须登记。",
    ]
    assert _body(text, title) == [text[0], text[1], text[3]]


def test_a_view_mode_row_over_a_page_marker_is_not_joined_to_the_first_sentence():
    text = [
        "阅读模式：单栏｜双栏　放大　缩小",
        "◇1◇",
        "为做好新学期学生体质监测工作，现将有关事项通知如下。",
        "一、监测对象为全体在校学生。",
    ]
    assert _body(text) == text[2:]


@pytest.mark.parametrize(("line", "rest"), [("‖第2幅‖", ""), ("⸰2/5⸰和有效期，一律拒收。", "和有效期，一律拒收。")])
def test_page_markers_of_sheets_and_framed_fractions(line, rest):
    m = _marker(line)
    assert m is not None and m.group("rest") == rest


def test_a_framed_fraction_that_is_no_page_of_a_total_is_left():
    assert _marker("⸰7/3⸰和有效期") is None


def test_a_letters_salutation_with_a_slash_starts_the_text():
    text = ["椋川律师事务所", "首页 > 文书范本 > 律师函", "×××先生/女士：", "本所接受×××的委托，就您拖欠货款一事致函如下："]
    assert _body(text, "催告律师函") == text[2:]


def test_a_question_over_its_askers_note_is_the_title():
    text = [
        "椋川问答 > 法律咨询 > 劳动纠纷",
        "问：下班路上摔伤算工伤吗？",
        "补充说明：骑电动车回家时在小区门口摔倒。",
        "回答于 2026-03-02 09:15",
        "根据《工伤保险条例》第十四条，在上下班途中受到非本人主要责任的交通事故伤害的，应当认定为工伤。",
    ]
    assert clean_document("\n".join(text)).title == "下班路上摔伤算工伤吗？"


def test_a_trainees_name_under_the_text_stays_and_above_it_goes():
    body = ["这次培训让我学会了规范操作。", "感谢老师们的耐心指导。"]
    assert _body([*body, "学员：石小川"]) == [*body, "学员：石小川"]


def test_an_encyclopedias_page_kind_is_no_title():
    assert clean_title("雨伞_百科词条 - 椋川百科问答") == "雨伞"
