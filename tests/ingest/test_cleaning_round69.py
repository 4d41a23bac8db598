"""Import, sixty-ninth round (issue 13, on holdout214-216's failures, read after their blind
score): titles lose a book a piece was copied from (——录自《…》), a furniture entry's gloss, a
thread's full or answered state and a newcomer's aside, and a column's name before a spaced
middle dot; chrome by class: share bars after an arrow, bracketed edit buttons in full-width
brackets, study hours and points for reading, more reading after an arrow, a writing service's
key, a wiki's revision counts and licence, a blogger's shop plug, posts the reader may like, a
share through the app's menu, a cheap first lesson, another forum edit stamp and an adviser
online; glued chrome: a messenger id between two sentences, an edit button after a wiki's section
heading, a study box before a speech's "第一，", a banner before a minutes' field; what stays: a
poster's own first-person invitation to reply; dates: a headline over a byline on a page whose
<title> line is not in its text.

Every input is written for this test (places, people, sites and numbers invented); none is
taken from bench/clean_eval or the issue.
"""

from __future__ import annotations

import pytest

from haowen.ingest.clean import clean_document, page_date
from haowen.ingest.cleaning import chrome
from haowen.ingest.cleaning.glued import strip_glued_actions
from haowen.ingest.parsers.base import clean_title

LETTER = ["各位同学：", "本周五下午学校将举行消防疏散演练，请大家听从老师指挥，有序撤离。"]


def _body(lines: list[str], title: str | None = None) -> list[str]:
    return clean_document("\n".join(lines), title).paragraphs


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        ("老屋门前的石磨——录自《村居杂记》", "老屋门前的石磨"),
        ("书报架（客厅收纳家具）", "书报架"),
        ("小区团购净水滤芯，要的邻居回帖登记（已满30人）", "小区团购净水滤芯，要的邻居回帖登记"),
        ("第一次养多肉，说说我的浇水心得（萌新向）", "第一次养多肉，说说我的浇水心得"),
        ("电动车电池能用几年？（有最佳答案）", "电动车电池能用几年？"),
        ("维权课堂 · 网购退货被拒怎么办？｜某某律所", "网购退货被拒怎么办？"),
    ],
)
def test_page_decoration_leaves_the_title(raw, title):
    assert clean_title(raw) == title


@pytest.mark.parametrize(
    "line",
    [
        "分享到 ▸ 朋友圈 · QQ空间",
        "［编辑本节］",
        "理论学习：读完本篇可记学时0.5",
        "相关阅读 → 基层宣讲工作经验交流材料",
        "讲稿代写：0101-4455 6677（周一至周五）",
        "本条目最近修订：3 天前　贡献者 9 人",
        "本词典内容以知识共享署名协议发布",
        "（文中的量角器，我放在小店“文具杂货”里了）",
        "觉得不错的话，可能也会喜欢：《巷口的修车铺》",
        "点击右上角“…”，分享给家人",
        "首节体验课19.9元，限前30名",
        "本帖于 前天 08:15 被 老街坊 重新编辑过",
        "专属顾问在线",
    ],
)
def test_these_classes_are_chrome_between_paragraphs(line):
    assert chrome.strong_reason(line) is not None, line
    assert _body([LETTER[0], line, LETTER[1]]) == LETTER, line


@pytest.mark.parametrize(
    "line",
    [
        "有问题可以跟帖交流，我看到都会回。",  # a poster's own first-person invitation
        "本周课表已更新，我们将按新课表上课。",  # the text's own notice of an update
        "活动首课免费，欢迎家长带孩子参加。",  # a school's own notice names no price of a first lesson
    ],
)
def test_a_documents_own_lines_on_these_subjects_stay(line):
    assert _body([LETTER[0], line, LETTER[1]]) == [LETTER[0], line, LETTER[1]], line


def test_a_messenger_id_between_two_sentences_goes():
    text = "培训让我受益匪浅。找范文加V：fanwen_88老师说，基础要打牢。"
    assert strip_glued_actions(text) == "培训让我受益匪浅。老师说，基础要打牢。"


def test_a_documents_own_messenger_id_after_a_sentence_stays():
    text = "报名请联系王老师。微信：wang_laoshi2024，电话：0101-2233445。"
    assert strip_glued_actions(text) == text


def test_an_edit_button_after_a_wiki_section_heading_goes():
    assert strip_glued_actions("结构与原理［编辑此段］") == "结构与原理"


def test_a_study_box_before_a_speechs_first_point_goes():
    text = "【学习提示】读完本文可获3学习积分第一，要把群众的事放在心上。办实事要从小处着手。"
    assert strip_glued_actions(text) == "第一，要把群众的事放在心上。办实事要从小处着手。"


def test_a_banner_glued_before_a_minutes_field_leaves_the_field():
    assert strip_glued_actions("【内部资料 严禁外传】时间：2025年3月4日上午9:00") == "时间：2025年3月4日上午9:00"


def test_a_headline_over_a_byline_dates_the_page():
    text = "某某搜 公众号文章随时看\n小区篮球场修好了！周末开放\n原创 某某社区 2025-06-14 18:20 发表于江西\n各位居民朋友：\n小区篮球场已经修好，周末全天开放。"
    assert str(page_date(text)) == "2025-06-14"


def test_the_askers_question_over_the_answers_label_goes():
    lines = [
        "家里的电饭锅内胆掉涂层了，还能继续用吗？",
        "5 个回答　·　3.4万 浏览",
        "最佳回答　｜　家电维修师傅老陈",
        "涂层脱落面积不大的话可以短期使用，但建议尽快更换内胆。",
        "脱落的涂层本身不会被人体吸收，但破损处容易粘锅。",
    ]
    out = clean_document("\n".join(lines), "电饭锅内胆掉涂层还能用吗？").paragraphs
    assert out == lines[3:]


def test_a_question_in_the_text_stays():
    lines = ["各位家长：", "孩子在家是否按时完成作业？", "请家长每天检查孩子的作业完成情况，并在记录本上签字。"]
    assert clean_document("\n".join(lines), None).paragraphs == lines


def test_a_poster_leading_into_a_prompt_with_a_short_question_goes_whole():
    assert chrome.strong_reason("想让孩子参加下期夏令营？添加课程顾问微信 abc-camp01") is not None
    assert strip_glued_actions("想让孩子参加下期夏令营？添加课程顾问微信 abc-camp01") == "想让孩子参加下期夏令营？添加课程顾问微信 abc-camp01"
