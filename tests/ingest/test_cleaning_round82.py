"""Import, eighty-second round (issue 13, on holdout253-255's failures, read after their blind score):
titles lose a book's piece after a dash (第九则), a cache's mark with its engine, a Party site after a
double dash, a practice round, a poster's plea, a product's new-model aside, a revision's count and
an entry's gloss of protective gear; a column's name and a bar before a question's title make a
repeat of the title; chrome by class: a row of cells each chrome by its own class (above the
text), a fetched-page
banner, a lawyer's years in practice, a link's validity, sites' notes on what they collect, example
and personal-view notes, an entry's note, guessing headers, boxes in white lenticular brackets,
"I will edit" prompts, workflow chains, an outlet's app prompt (alone or run into a news lead), an
entry's makers, a writing service reached by sending the request to an id.

Every input is written for this test (places, people, sites and numbers invented); none is
taken from bench/clean_eval or the issue.
"""

from __future__ import annotations

import pytest

from haowen.ingest.clean import clean_document
from haowen.ingest.cleaning import chrome, titles
from haowen.ingest.parsers.base import clean_title

LETTER = ["各位老师：", "本学期期末考试定于下周三开始，请各教研组提前做好命题和监考安排。"]


def _body(lines: list[str], title: str | None = None) -> list[str]:
    return clean_document("\n".join(lines), title).paragraphs


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        ("外公的旱烟袋 ——《某某杂记》第五则", "外公的旱烟袋"),
        ("关于游泳馆开放时间调整的温馨提示（文字缓存·某某搜）", "关于游泳馆开放时间调整的温馨提示"),
        ("在全镇老党员座谈会上的讲话——某某党建", "在全镇老党员座谈会上的讲话"),
        ("一盏路灯照亮回家路（第三次练笔）", "一盏路灯照亮回家路"),
        ("小水壶里的大民生（砖头轻点扔）", "小水壶里的大民生"),
        ("某某竹编产品手册（2025新款）", "某某竹编产品手册"),
        ("配料车间设备清洁操作规程（第二次修订）", "配料车间设备清洁操作规程"),
        ("护膝（运动护具）", "护膝"),
    ],
)
def test_page_decoration_leaves_the_title(raw, title):
    assert clean_title(raw) == title


@pytest.mark.parametrize(
    "raw",
    [
        "某某县防汛应急预案（2025年修订）",  # an edition by its year stays (the labels split on it)
        "关于做好第三次全国土壤普查工作的通知",  # 第三次 inside the title
    ],
)
def test_a_titles_own_words_stay(raw):
    assert clean_title(raw) == raw


def test_a_columns_name_and_a_bar_before_a_questions_title_is_a_repeat():
    key = titles.title_key("晚自习该不该取消？一个老教师的看法")
    assert titles.is_title_repeat("教育随笔丨晚自习该不该取消？一个老教师的看法", key)
    assert not titles.is_title_repeat("晚自习取消以后，学生们的作业怎么办？", key)


@pytest.mark.parametrize(
    "line",
    [
        "这是 某某搜 于 2025-10-02 08:15 抓取的网页文本，原网页可能已经更新。",
        "主办律师：某某　执业年限 9 年",
        "链接有效期：剩余 12 天",
        "某某范文网所载范文只供学习借鉴，引用时请注明出处。",
        "本站文书仅作示例，具体案件请咨询执业律师。",
        "博文系个人观点，与所在单位无关。",
        "某某百科词条内容仅供参考。",
        "猜你还要找：",
        "〖扫码收听本篇音频〗",
        "词条有误？我来修改",
        "2025-03-01 10:20 某某 起草 → 某某 审核",
        "打开某某融媒，本地新闻一手看",
        "本词条由某某百科志愿编者协作完成，欢迎补充。",
        "总结不会写？把要求发给小编，微信 abc_fw0915",
    ],
)
def test_these_classes_are_chrome_between_paragraphs(line):
    assert chrome.strong_reason(line) is not None, line
    assert _body([LETTER[0], line, LETTER[1]]) == LETTER, line


@pytest.mark.parametrize(
    "line",
    [
        "联系人：某某　电话：0731-5562810",  # a document's row of its own fields
        "产品名称　规格　生产批号",  # a table's header row
        "参考书目仅作阅读建议，同学们可按兴趣选读。",  # no site speaks of itself
    ],
)
def test_a_documents_own_lines_on_these_subjects_stay(line):
    assert _body([LETTER[0], line, LETTER[1]]) == [LETTER[0], line, LETTER[1]], line


@pytest.mark.parametrize(
    "row",
    ["文件类型：WPS文字　文件大小：31.2KB　添加于 3 个月前", "【文字 大 中 小】　【转发到：】　【关闭窗口】"],
)
def test_a_row_of_cells_each_chrome_by_its_class_goes_above_the_text(row):
    assert chrome.edge_reason(row) is not None, row
    assert _body([row, *LETTER]) == LETTER


def test_an_outlets_app_prompt_run_into_a_news_lead_goes():
    lead = "初冬时节，走进某某镇某某村，老匠人正坐在院子里打磨竹篮。"
    lines = ["打开某某新闻App，看更多乡镇新鲜事" + lead, "他说，这门手艺已经传了四代。"]
    assert _body(lines, "老匠人的竹篮") == [lead, lines[1]]
