"""Import, hundred-and-twenty-first round (issue 13, on holdout370-372's failures, read after their blind
score): chrome by class: a poster's addendum in brackets, a franchise line, terms for reprinting that keep
the source, a plea to pass the article to the people around, a stamp of the day a piece went up on the
site, an author's 文责自负, a model-text site's takedown notice, a login prompt
naming what it unlocks, a download site's note on the Word original, a volume label 卷二·…; a column's dotted label before a news lead; titles: a column label in single angle
marks, a middle dot right after a closing bracket, a poster's aside closing the whole <title>, 不吹不黑,
a class's lesson number, 院方已答复, a tender's project serial in brackets.

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
        "（楼主补充：人没事，就是手上蹭破点皮，谢谢大家关心）",
        "全国加盟合作：400-8866-101",
        "文中照片由某某站整理，转载须保留出处",
        "转给身边干电工的朋友，多一个人知道多一分安全",
        "卷三·灯下闲话　第十二篇　上载于本站：2025年6月",
        "文责自负，转引请注明出处。",
        "本站所载文章多为网友投稿，如涉及您的权益，请发邮件至 a@b.com，核实后三个工作日内下架。",
        "登录后可编辑本模板中的空格内容",
        "本方案Word原件已排好版，打开即可打印",
        "卷二·灯前絮语",
    ],
)
def test_new_chrome_classes(line: str) -> None:
    assert chrome.strong_reason(line), line


@pytest.mark.parametrize(
    "line",
    [
        "加盟商应遵守总部的各项管理规定。",
        "转给身边的人，是对他们最好的提醒。",
        "卷二收录了作者中年时期的十二篇散文。",
        "登录系统时请使用本人账号。",
        "团体预约电话：0734-8281065",
        "》第五条，本作品不适用于该法，所以属于",
    ],
)
def test_what_stays_text(line: str) -> None:
    assert chrome.strong_reason(line) is None, line


def test_a_columns_dotted_label_before_a_news_lead_goes() -> None:
    text = (
        "　　【健康某某·急救课】近日，医院急诊科接连收治了两名登高作业时坠落受伤的工人。\n"
        "　　医生提醒，高处作业一定要系好安全带，发现器材损坏要及时更换。\n"
    )
    assert clean_document(text).paragraphs[0].startswith("近日，医院急诊科"), clean_document(text).paragraphs


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("常提重物腰疼？康复科教你三招护腰 ‹健康讲座› 某某县中医院", "常提重物腰疼？康复科教你三招护腰"),
        ("测距仪（农业测量仪器）·某某百科词条", "测距仪"),
        ("父亲的泥瓦刀 · 某某拾光（旧文翻新重贴）", "父亲的泥瓦刀"),
        ("三把削皮刀用了两年的真实感受（不吹不黑）", "三把削皮刀用了两年的真实感受"),
        ("冰淇淋课上的一点收获（烘焙初级班第三课）", "冰淇淋课上的一点收获"),
        ("卫生院新楼没有扶手，住院的老人真不方便（院方已答复）", "卫生院新楼没有扶手，住院的老人真不方便"),
        ("某某县疾控中心试剂询价采购公告（询价编号ABC-XJ2501）", "某某县疾控中心试剂询价采购公告"),
        ("关于印发《某某办法（试行）》的通知", "关于印发《某某办法（试行）》的通知"),
    ],
)
def test_titles(title: str, expected: str) -> None:
    assert clean_title(title) == expected
