"""Import, sixty-second round (issue 13, on holdout193-195's failures, read after their blind
score): a blog's headline printed under its header; more title separators (a double bar, a
one-eighth block, a spaced path arrow, a spaced dot) and a short collection's or category's name
among the segments; a column label in tortoise-shell brackets; a piece's number alone; a source
line with its address, alone or glued between sentences; credits keyed 文/图; a like button under a
heart; a course's seats left; a shop's card; a forum's disclaimer of its users' deals; a
countdown in a box; a follow prompt naming what to tap; a link glued before a 公文's own clause;
and what stays: a template's placeholder fields at the top, a model's name after forum junk, a
poster's appeal with its phone, a paragraph whose last clause gives a 400 line, a lead-in ending
如下：, a form's blanks next to a page marker, a question headline with the poster's clause after it.

Every input is written for this test (places, people, sites and numbers invented); none is
taken from bench/clean_eval or the issue.
"""

from __future__ import annotations

import pytest

from haowen.ingest.clean import clean_document
from haowen.ingest.cleaning import chrome
from haowen.ingest.cleaning.glued import strip_glued_actions
from haowen.ingest.cleaning.lines import _marker, strip_inline_junk
from haowen.ingest.cleaning.titles import strip_decoration
from haowen.ingest.parsers.base import clean_title
from haowen.ingest.parsers.html import _headline_below_header


def _body(lines: list[str], title: str | None = None) -> list[str]:
    return clean_document("\n".join(lines), title).paragraphs


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        ("学员必读 ‖ 青年教师粉笔字提升班课程安排", "青年教师粉笔字提升班课程安排"),
        ("学员心声 ▏第一次站上讲台", "第一次站上讲台"),
        ("椋川杂忆 › 第三辑 › 母亲的针线筐", "母亲的针线筐"),
        ("织了四十年毛衣 · 老周笔记", "织了四十年毛衣"),
        ("搪瓷缸 - 椋川百科·器物分类", "搪瓷缸"),
        ("小小快递柜，照见社区治理的温度（求老师点评）", "小小快递柜，照见社区治理的温度"),
    ],
)
def test_title_segments_and_asides(raw, title):
    assert clean_title(raw) == title


def test_a_column_label_in_tortoise_shell_brackets_is_decoration():
    assert strip_decoration("〔招聘公告·后勤岗位〕椋川县2026年公开招聘食堂工作人员公告") == "椋川县2026年公开招聘食堂工作人员公告"


def test_a_blogs_headline_under_its_header_is_the_title():
    plain = "\n".join(["母亲的针线筐 | 竹影斋随笔", "竹影斋随笔", "记些旧事", "首页 / 随笔", "母亲的针线筐", "2026-01-03", "母亲的针线筐放在床头……"])
    assert _headline_below_header("母亲的针线筐 | 竹影斋随笔", "竹影斋随笔", plain) == "母亲的针线筐"
    # (A title in a document's form stays, though the owner's name is printed under it.)
    plain2 = "\n".join(["新闻中心", "关于召回部分批次电热毯的公告", "……", "椋川电器有限公司"])
    assert _headline_below_header("关于召回部分批次电热毯的公告 | 椋川电器有限公司", "关于召回部分批次电热毯的公告", plain2) == ""


@pytest.mark.parametrize(
    "line",
    [
        "第二则",
        "第三则",
        "本文来源：椋川范文 lcfanwen.cn",
        "（文/图：郑一鸣　审核：孔令和）",
        "♡ 喜欢这篇",
        "本期剩余名额 4 个，报名从速",
        "【店铺】椋川老搪瓷专卖，现货包邮，进店领券",
        "交易提醒：当面交易，谨防诈骗，本论坛不对交易承担责任",
        "【报名截止倒计时：3天5小时】",
    ],
)
def test_these_classes_are_chrome_wherever_they_stand(line):
    assert chrome.strong_reason(line) is not None or chrome.edge_reason(line) is not None, line
    assert _body(["各位家长：", line, "本学期家长会定于周五下午三点召开，请准时参加。"]) == ["各位家长：", "本学期家长会定于周五下午三点召开，请准时参加。"]


@pytest.mark.parametrize("line", ["第一篇　总则", "目前仅剩3个名额，请抓紧报名。"])
def test_a_documents_own_part_or_sentence_is_no_such_chrome(line):
    assert chrome.strong_reason(line) is None


def test_a_source_glued_between_sentences_and_a_link_before_a_clause_go():
    line = "她在这里干了十年。本文来源：椋川范文 lcfanwen.cn她告诉我，服务没有大小之分。"
    assert strip_glued_actions(line) == "她在这里干了十年。她告诉我，服务没有大小之分。"
    line = "共抽查30批次，不合格4批次。点击查看抽查细则现将不合格产品通报如下："
    assert strip_glued_actions(line) == "共抽查30批次，不合格4批次。现将不合格产品通报如下："


def test_a_follow_prompt_naming_what_to_tap_glued_before_the_text_goes():
    assert strip_glued_actions("轻点标题下方蓝色名称，关注我们不迷路冬天手脚冰凉，很多人会用暖宝宝。") == "冬天手脚冰凉，很多人会用暖宝宝。"
    assert strip_glued_actions("点击上方蓝字，关注我们家里老人用药多，子女要多留心。") == "家里老人用药多，子女要多留心。"


def test_a_templates_placeholder_fields_at_the_top_start_the_text():
    text = ["椋川教研网 › 教案", "授课教师：××　授课班级：五年级（×）班", "教学目标：会用量角器量角。", "教学过程：先示范，再练习。"]
    assert _body(text, "量角器的使用教学设计") == text[1:]


def test_a_models_name_after_forum_junk_stays():
    assert strip_inline_junk("第一看材质。K7# $CR12钢更耐磨，不容易崩口。") == "第一看材质。CR12钢更耐磨，不容易崩口。"


def test_a_posters_appeal_with_its_phone_stays():
    line = "想问问有经验的朋友，这种情况该谁赔？有相同经历的可以私信我，或者打我电话138 0000 1234，谢谢大家。"
    assert chrome.own_contact_sentence(line)
    body = ["租的房子插线板烧了，房东让我赔。", line]
    assert _body(body) == body


def test_a_paragraph_ending_with_a_400_line_stays():
    body = ["新品已于本月上市。", "目前，该产品已在直营门店上架。消费者如有疑问，可拨打客服电话400-800-1234咨询。"]
    assert _body(body) == body


@pytest.mark.parametrize(("line", "rest"), [("⏣p3⏣＿年＿＿月＿＿日", "＿年＿＿月＿＿日")])
def test_a_forms_blanks_are_no_frame_of_a_page_marker(line, rest):
    m = _marker(line)
    assert m is not None and m.group("rest") == rest


def test_a_question_headline_with_the_posters_clause_is_the_title():
    text = [
        "椋川宠物论坛 | 狗狗用品",
        "[用品经验]",
        "猫砂到底选豆腐砂还是膨润土？说说我换了四种猫砂的经历",
        "楼主：橘子妈　　发表于 3 天前　　浏览 1204",
        "家里两只猫，这几年猫砂换了四种，踩过不少坑，写出来给新手参考。",
    ]
    assert clean_document("\n".join(text)).title == "猫砂到底选豆腐砂还是膨润土？说说我换了四种猫砂的经历"
