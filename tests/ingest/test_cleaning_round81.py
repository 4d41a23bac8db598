"""Import, eighty-first round (issue 13, on holdout250-252's failures, read after their blind score):
what stays: a Q&A's long question and answer under their labels whatever disclaimer words they
hold, a notice's own caution (温馨提示：…请勿…), an author's postscript at the end, the date of a
document with a share row run into it, a poster who says where to find them, an outline heading
after a prompt under an emoji; titles lose a class's name, an answer's aside with a plea, a
collection's piece before a dot and a book's selection after a dash; chrome by class: a series'
place, points an app credits (alone or run into the text), who made an entry, prices in points,
an app's better view, picture notes, online-message callbacks, trainees' bylines, lone marks, a Q&A
site's note on its answers, cards to buy to read on, tip prompts after a lead question; a file
page's table of fields, one cell a line, goes whatever its keys are called, and its update stamp is
no date; reference marks between a wiki's sentences and a button after a lead question between two
sentences go.

Every input is written for this test (places, people, sites and numbers invented); none is
taken from bench/clean_eval or the issue.
"""

from __future__ import annotations

import pytest

from haowen.ingest.clean import clean_document
from haowen.ingest.cleaning import chrome
from haowen.ingest.parsers.base import clean_title

LETTER = ["各位会员：", "协会定于下月初召开年度会员大会，请各会员单位按时派员参加。"]


def _doc(lines: list[str], title: str | None = None):
    return clean_document("\n".join(lines), title)


def _body(lines: list[str], title: str | None = None) -> list[str]:
    return _doc(lines, title).paragraphs


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        ("学剪纸的两个月（剪纸提高班）", "学剪纸的两个月"),
        ("《某某旧事》之三·修伞的老周", "修伞的老周"),
        ("群众排队办事时插队起争执，你怎么处理？（我的作答，欢迎指正）", "群众排队办事时插队起争执，你怎么处理？"),
        ("织网四十年——《渔村岁月》选篇", "织网四十年"),
    ],
)
def test_page_decoration_leaves_the_title(raw, title):
    assert clean_title(raw) == title


@pytest.mark.parametrize(
    "line",
    [
        "随笔·之三",
        "参加活动可在“某某志愿”小程序累计积分",
        "拼音：mén huán　　本词条由“某某”创建",
        "剩余内容需消耗3个金豆查看",
        "在某某新闻客户端看，视频更清晰",
        "［此处为示意图：正确的搬运姿势］",
        "具体问题可在线留言，律师当日回电",
        "第9期面点基础班学员　某某",
        "[3]",
        "以上回答仅供参考，不构成专业建议",
        "后面三段需开通某某季卡才能阅读",
        "觉得有用？点个赞，再转给同事",
    ],
)
def test_these_classes_are_chrome_between_paragraphs(line):
    assert chrome.strong_reason(line) is not None, line
    assert _body([LETTER[0], line, LETTER[1]]) == LETTER, line


@pytest.mark.parametrize(
    "line",
    [
        "以上意见仅供参考。",  # a lawyer's letter closes so
        "温馨提示：参观时请勿触摸展品，爱护文物，文明参观。",  # a notice's own caution
        "有意参加的晚上直接来文化广场找我，也可以打电话报名：13900000000。",  # the poster's own contact
    ],
)
def test_a_documents_own_lines_on_these_subjects_stay(line):
    assert _body([LETTER[0], line, LETTER[1]]) == [LETTER[0], line, LETTER[1]], line


def test_a_qa_turn_under_its_label_stays_whatever_disclaimer_words_it_holds():
    lines = [
        "答网友问 · 别人照着我的剪纸开模印刷，算侵权吗？",
        "网友问：我是做剪纸的，发现有网店把我发在网上的原创剪纸印成贴纸卖，这算侵权吗？",
        "律师答：算。具有独创性的剪纸属于美术作品，未经许可复制发行侵犯了著作权。",
        "建议先保存创作过程的照片和最早的发布记录。",
    ]
    assert _body(lines, "别人照着我的剪纸开模印刷，算侵权吗？") == lines[1:]


def test_an_authors_postscript_at_the_end_stays():
    lines = ["那把秤后来随父亲下葬了。我写下这些，是怕自己老了，把这句话也忘了。", "癸卯年冬月记于某某老屋"]
    assert _body(lines, "父亲的秤") == lines


def test_a_share_row_run_into_the_date_goes_and_the_date_stays():
    lines = ["街坊邻居们：", "请大家爱护老街的门环，发现松动及时告知社区。", "某某社区居民委员会", "2024年10月8日分享给街坊：微信｜朋友圈｜复制链接"]
    doc = _doc(lines, "守护老街门环倡议书")
    assert doc.paragraphs[-1] == "2024年10月8日"


def test_an_outline_heading_after_a_prompt_under_an_emoji_stays():
    lines = [
        "一、基本情况",
        "支部共组织党员志愿者30人次，走访老人家庭40户。",
        "👍 觉得这件实事办得好，点这里为支部加油二、主要体会",
        "一是需求摸得准，事情才办得实。",
    ]
    assert _body(lines, "某某支部志愿服务活动总结")[2] == "二、主要体会"


def test_a_file_pages_table_of_fields_goes_and_its_update_stamp_is_no_date():
    lines = [
        "文件名称：",
        "仓库防火管理规程.wps",
        "文件体积：",
        "16.2 KB",
        "入库更新：",
        "2025-03-02 21:15",
        "下载人气：",
        "本周 31　总计 902",
        "第一条 为加强仓库防火管理，制定本规程。",
        "第二条 仓库内严禁吸烟和使用明火。",
    ]
    doc = _doc(lines, "仓库防火管理规程")
    assert doc.paragraphs == lines[8:]
    assert doc.published_on is None


def test_reference_marks_between_a_wikis_sentences_go():
    lines = ["门钹多为铜制，兽面铺首寓意镇宅辟邪。[2]如今，门钹多作为装饰出现在仿古建筑中。", "[2] 某某器物小考．某某出版社"]
    assert _body(lines, "门钹")[0] == "门钹多为铜制，兽面铺首寓意镇宅辟邪。如今，门钹多作为装饰出现在仿古建筑中。"


def test_a_button_after_a_lead_question_between_two_sentences_goes():
    lines = ["律师答：算。具有独创性的作品自创作完成之日起就享有著作权。想让律师帮您写律师函？点此预约未经许可复制发行，侵犯了复制权。"]
    assert _body(lines) == ["律师答：算。具有独创性的作品自创作完成之日起就享有著作权。未经许可复制发行，侵犯了复制权。"]


def test_points_an_app_credits_run_into_the_text_go():
    lines = ["参加志愿活动可在“某某志愿”小程序累计积分缝好的围裙请于周五前送到社区服务站，由志愿者统一清洗。", "感谢大家的支持！"]
    assert _body(lines, "为环卫工人缝围裙倡议书")[0].startswith("缝好的围裙")
