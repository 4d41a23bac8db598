"""guess_kind: the genre keyword that ends last in the title decides."""

import pytest

from haowen.text.kinds import KINDS, guess_kind, kind_from_title


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("在区委务虚会上的讲话", "speech"),
        ("在2024年新春团拜会上的致辞", "speech"),
        ("在全市组织工作会议上的发言", "speech"),
        ("全县组织工作会议主持词", "speech"),
        ("2026年上海市政府工作报告", "report"),
        ("万载县2015年国民经济和社会发展统计公报", "report"),
        ("关于乡村振兴的调研报告", "report"),
        ("关于开展安全生产大检查的通知", "notice"),
        ("关于2023年度考核结果的通报", "notice"),
        ("XX县优化营商环境实施方案", "plan"),
        ("XX市“十五五”规划纲要", "plan"),
        ("关于加快发展新质生产力的实施意见", "plan"),
        ("XX县20XX年度工作总结", "summary"),
        ("个人述职报告", "summary"),
        ("领导干部述廉报告", "summary"),
        ("上海市中小学校外实践教育促进规定", "law"),
        ("中华人民共和国宪法", "law"),
        ("XX市物业管理条例", "law"),
        ("XX省政府信息公开实施细则", "law"),
        ("最高人民法院关于审理劳动争议案件适用法律问题的解释", "law"),
        ("《新闻联播》 (20220926)", "news"),
        ("xx镇202x年年鉴", "other"),
        ("参加青年干部培训班学习心得体会", "other"),
    ],
)
def test_it_guesses_the_kind_from_the_title(title, kind):
    assert guess_kind(title) == kind


def test_it_lets_the_outer_genre_win_over_an_inner_one():
    # 通知 wraps a plan, 讲话 is given at a 总结 meeting, a 决议 is about a 报告.
    assert guess_kind("关于印发XX县安全生产大检查实施方案的通知") == "notice"
    assert guess_kind("在全县工作总结表彰大会上的讲话") == "speech"
    assert guess_kind("第十四届全国人民代表大会第三次会议关于政府工作报告的决议") == "other"


def test_it_does_not_take_fa_in_ordinary_words_for_a_law():
    assert kind_from_title("改进工作方法的几点体会") == ""
    assert guess_kind("XX区人民法院2023年工作报告") == "report"


def test_it_falls_back_to_the_opening_of_the_text():
    assert guess_kind("", "同志们：\n今天我们召开会议。") == "speech"
    assert guess_kind(None, "第一条 为了规范管理，制定本办法。") == "law"
    assert guess_kind("", "随便写的一段话。") == "other"


def test_it_always_returns_a_known_kind():
    for title in ["", "报告讲话通知", "法", "???", "x" * 1000]:
        assert guess_kind(title) in KINDS
