"""Import, hundred-and-thirteenth round (issue 13, on holdout346-348's failures, read after their blind
score): chrome by class: a grader's bracketed comment and a grading course's ad, a site's owner with its
mailbox, a prompt to download the app, a breadcrumb of two items, a writer's terms for reprinting, an
author's byline, a cookie notice, a button saving the text to a list, points for reading, a membership's
upsell, a prompt to open the app, an intranet's count of readers, a post's vote buttons, a note that an
analysis is one person's view, a search cache's note on marked words; glued: a members' discount before
the text, an app prompt before a salutation to teachers and pupils, a star prompt before the first
sentence; what stays: a script's stage direction in round brackets, an account's lead of three
sentences; a contract's title with its model label again inside the text is a running head; titles:
how often it was revised, a contract's sale words, a student's version, a column after a dash, a plea to
forward or to come along, the lots a result covers.

Every input is written for this test (places, people, sites and numbers invented); none is
taken from bench/clean_eval or the issue.
"""

from __future__ import annotations

import pytest

from haowen.ingest.clean import clean_document
from haowen.ingest.cleaning import chrome
from haowen.ingest.parsers.base import clean_title


@pytest.mark.parametrize(
    "line",
    [
        "【点评】立意清楚，结构完整，结尾再收紧一些，35/40",
        "报名某某批改营，每周三篇小作文精改",
        "某某读书会　站务邮箱 admin@dushuhui.example.org",
        "下载某某宝，上万篇会议讲话随时用",
        "某某县住房和城乡建设局 > 通知公告",
        "文字都是我一个字一个字敲的，转载请先联系我。",
        "李守拙　著",
        "本网站使用Cookie改善体验，继续浏览即视为同意",
        "收藏本文到“我的书架”",
        "本文计入支部学习积分，读完请点“已读”",
        "本篇已展示全部内容，开通某某月卡可批量下载同类范文。",
        "打开“掌上某某”查看全部图片",
        "发布部门：综合办公室　阅读人数：128",
        "支持(12)　反对(1)　转交县住建局",
        "以下解读仅为作者个人观点，具体问题请咨询专业人士",
        "您搜索的关键词已用红色标出：晾衣架 投诉",
    ],
)
def test_new_chrome_classes(line: str) -> None:
    assert chrome.strong_reason(line), line


@pytest.mark.parametrize(
    "line",
    [
        "各班要组织学生认真学习，读完后写一篇心得。",
        "转载本通知时请注明出处。",
        "学校支持老师们参加业务培训。",
        "（分享）",
        "（致辞）",
    ],
)
def test_what_stays_text(line: str) -> None:
    assert chrome.strong_reason(line) is None, line


def _body(text: str, title: str | None = None) -> list[str]:
    return clean_document(text, title=title).paragraphs


def test_a_members_discount_before_the_text_goes() -> None:
    text = (
        "某某家居　｜　收纳专家\n"
        "首页 ／ 产品 ／ 收纳\n"
        "会员下单享八折一只收纳箱，装下一家人的换季衣物。箱体采用加厚材料，承重可达三十公斤。\n"
        "箱盖设有透气孔，衣物放久了也不会有异味。\n"
    )
    assert _body(text, title="某某折叠收纳箱")[0].startswith("一只收纳箱，装下一家人的换季衣物。")


def test_an_app_prompt_before_a_salutation_to_teachers_and_pupils_goes() -> None:
    text = (
        "某某讲稿 · 校园频道\n"
        "守时，是对别人的尊重\n"
        "初一（3）班　某某\n"
        "下载某某讲稿App，海量范文随时改老师们、同学们：\n"
        "大家早上好！我今天演讲的题目是《守时，是对别人的尊重》。\n"
        "上周的班会上，有三位同学迟到，大家等了他们十分钟，这件事让我想了很久。\n"
        "我的演讲完了，谢谢大家！\n"
    )
    body = _body(text, title="守时，是对别人的尊重")
    assert "老师们、同学们：" in body, body


def test_a_star_prompt_glued_before_the_first_sentence_goes() -> None:
    text = (
        "设为星标★，推送不再错过很多人做完面包，随手把刮板往水槽里一丢就算洗过了。其实刮板的缝隙最容易藏面渣。\n"
        "正确的做法是用完马上用温水冲洗，再用软刷刷净缝隙，晾干后收纳。\n"
    )
    assert _body(text)[0].startswith("很多人做完面包"), _body(text)


def test_a_scripts_stage_direction_stays() -> None:
    text = (
        "主持人：下面有请志愿者代表某某分享她的经历，大家欢迎！\n"
        "（分享）\n"
        "主持人：谢谢某某的精彩分享。本次活动到此结束，谢谢大家！\n"
    )
    assert "（分享）" in _body(text)


def test_an_accounts_lead_of_three_sentences_stays() -> None:
    text = (
        "某某应急\n"
        "天气一热，不少家庭又把电风扇搬了出来。风扇方便，但用不好，轻则夹伤手指，重则引发火灾。今天整理了几条安全提醒，请大家转给家里的老人。\n"
        "一、风扇要放稳。不要放在床头、沙发扶手等容易碰倒的地方。\n"
        "二、出门要断电。长时间不用时请拔下插头。\n"
    )
    body = _body(text, title="夏天用风扇，这几件事要记牢")
    assert any(p.startswith("天气一热") for p in body), body


def test_a_contracts_title_again_inside_the_text_is_a_running_head() -> None:
    text = (
        "甲方（采购方）：××学校\n"
        "乙方（供货方）：××文具有限公司\n"
        "第一条　产品名称及数量：塑料收纳箱，数量＿＿个。\n"
        "第二条　质量要求：箱体无裂纹、无异味，箱盖开合顺畅。\n"
        "收纳箱采购合同（范本）\n"
        "第三条　验收：甲方收货后＿＿日内验收。\n"
        "第四条　本合同一式两份，甲乙双方各执一份。\n"
    )
    body = _body(text, title="收纳箱采购合同（范本）")
    assert "收纳箱采购合同（范本）" not in body, body


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("一只旧书包里的成长账（改到第三遍）", "一只旧书包里的成长账"),
        ("收纳箱采购合同（范本）【甲乙双方通用·条款自定】", "收纳箱采购合同（范本）"),
        ("守时，是对别人的尊重（运动会发言·学生稿）", "守时，是对别人的尊重"),
        ("孩子总揉眼睛是近视了吗？医生来解答-科普专栏", "孩子总揉眼睛是近视了吗？医生来解答"),
        ("某某小区门口捡到一串钥匙，失主速来认领（速转）", "某某小区门口捡到一串钥匙，失主速来认领"),
        ("周日给社区图书角刷书架，缺人手（有空的来）", "周日给社区图书角刷书架，缺人手"),
        ("某某县老旧小区屋面维修工程中标结果公告（一、三标段）", "某某县老旧小区屋面维修工程中标结果公告"),
        ("某某县老旧小区屋面维修工程（二标段）中标候选人公示", "某某县老旧小区屋面维修工程（二标段）中标候选人公示"),
    ],
)
def test_titles(title: str, expected: str) -> None:
    assert clean_title(title) == expected
