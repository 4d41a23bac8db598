"""Import, seventieth round (issue 13, on holdout217-219's failures, read after their blind
score): titles lose a series' name and piece number before a colon, a collection's piece place
after a bar, a label before a spaced arrow of any arrow block, a lead bracket with a day count, a
shop's bracket of words apart by dots, and asides that say what is attached, which class wrote
it, what is shared or where the steps are; chrome by class: reaction counts, reply-to-see locks,
reaction prompts, reprint notes naming the site, bracketed sources, a mirror's archive note, a
seller's registration, trials before signing up, read-on-phone prompts, typists' credits, video
prompts, messenger handles, ask-the-expert links, next-piece prompts, photo placeholders, links
back to the contents and readers' replies; glued chrome: a follow prompt ending on what it
brings, the site's name before a step of the text; what stays: a department's contact field
ended by a full stop under a site's booking line, a numbered step that scans a code, a law's
article on registrations; a page marker alone on a line between an article's pieces or before a
template's blank.

Every input is written for this test (places, people, sites and numbers invented); none is
taken from bench/clean_eval or the issue.
"""

from __future__ import annotations

import pytest

from haowen.ingest.clean import clean_document
from haowen.ingest.cleaning import chrome
from haowen.ingest.cleaning.glued import strip_glued_actions
from haowen.ingest.parsers.base import clean_title

LETTER = ["各位同学：", "本周五下午学校将举行消防疏散演练，请大家听从老师指挥，有序撤离。"]


def _body(lines: list[str], title: str | None = None) -> list[str]:
    return clean_document("\n".join(lines), title).paragraphs


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        ("山居随笔（七）：后院那口老井", "后院那口老井"),
        ("外婆的针线笸箩｜旧巷旧事·第三篇 —— 某某斋文集", "外婆的针线笸箩"),
        ("工作提醒 ⟹ 关于做好冬季校园防火工作的通知 · 某某学院", "关于做好冬季校园防火工作的通知"),
        ("〔打卡Day7〕结构化面试：群众排队办事情绪激动怎么办？- 面试交流 - 某某论坛", "结构化面试：群众排队办事情绪激动怎么办？"),
        ("房屋租赁合同【docx格式·含使用说明】- 某某文库", "房屋租赁合同"),
        ("三款电热水壶烧水速度对比（内附视频）- 装备区 - 某某论坛", "三款电热水壶烧水速度对比"),
        ("插花培训结业感想（第五期学员）- 某某学校", "插花培训结业感想"),
        ("阳台种番茄一年，说说我的经验（施肥方法在最后）", "阳台种番茄一年，说说我的经验"),
        ("窗口排长队你怎么处理？（思路分享）", "窗口排长队你怎么处理？"),
    ],
)
def test_page_decoration_leaves_the_title(raw, title):
    assert clean_title(raw) == title


@pytest.mark.parametrize(
    "line",
    [
        "赞一个（41）",
        "楼主隐藏了部分内容，回复后刷新可见",
        "觉得有帮助就点个赞吧",
        "本文为原创，转载请注明来自某某律师网。",
        "（本文转自某某社区微信公众号）",
        "某某文摘仅作存档，侵删。",
        "某某大药房　药品网络交易服务备案号：（某）网药销备字〔2024〕第0012号",
        "先来体验一节，满意再报名",
        "扫一扫，在手机上继续读",
        "王某　录入",
        "打开某某新闻看直播",
        "上门维修，微信搜 weixiu8899",
        "遇到类似问题？点这里咨询律师",
        "本篇为第1篇，展开第2篇请点此处",
        "（此处原有图片一张）",
        "〖返回目录〗",
        "回复：楼主说得对，我家也是这样",
        "［修订此段］",
    ],
)
def test_these_classes_are_chrome_between_paragraphs(line):
    assert chrome.strong_reason(line) is not None, line
    assert _body([LETTER[0], line, LETTER[1]]) == LETTER, line


@pytest.mark.parametrize(
    "line",
    [
        "1.请提前扫描文末二维码报名，每人限报一项；",  # a numbered step of the text's own instructions
        "（二）已经取得互联网药品信息服务资格证书，但超出范围提供服务的；",  # a law's item
        "回复：关于商请借用会议场地的函",  # a mail's subject replying to a letter
        "如有歧义，以原文为准。",  # a translation's own note
    ],
)
def test_a_documents_own_lines_on_these_subjects_stay(line):
    assert _body([LETTER[0], line, LETTER[1]]) == [LETTER[0], line, LETTER[1]], line


def test_a_follow_prompt_ending_on_what_it_brings_goes():
    text = "点上方蓝字“某某消防”，第一时间收到安全提示天气干燥，家中用火用电要格外小心。"
    assert strip_glued_actions(text) == "天气干燥，家中用火用电要格外小心。"


def test_the_sites_name_before_a_step_of_the_text_goes():
    lines = [
        "某某范文网 · 写作好帮手",
        "参加消防培训的心得体会",
        "第一，要掌握灭火器的使用方法。拔销、握管、压把、喷射，四步要记牢。",
        "某某范文网第二，要熟悉疏散路线。平时就要留意安全出口的位置。",
        "第三，要定期检查消防设施。发现问题及时报修。",
    ]
    out = clean_document("\n".join(lines), "参加消防培训的心得体会").paragraphs
    assert out[1] == "第二，要熟悉疏散路线。平时就要留意安全出口的位置。"


def test_a_departments_contact_field_under_a_booking_line_stays():
    lines = [
        "入冬后，心脑血管疾病进入高发期，老年人要注意保暖。",
        "出现胸闷、胸痛等症状时，要及时就医，不要硬扛。",
        "预约挂号请拨医院总机 0101-5120120",
        "心血管内科咨询电话：0101-5121386（工作日8:00-17:30）。",
    ]
    out = clean_document("\n".join(lines), None).paragraphs
    assert out == [lines[0], lines[1], lines[3]]


def test_a_page_marker_between_an_articles_pieces_is_dropped_and_the_pieces_joined():
    lines = ["第四条　乙方应在约定期限内完成维修。", "第五条　甲方超过约定日期六十日未", "⛶ 3", "取件的，乙方应以电话方式催告。"]
    out = clean_document("\n".join(lines), None).paragraphs
    assert out == ["第四条　乙方应在约定期限内完成维修。", "第五条　甲方超过约定日期六十日未取件的，乙方应以电话方式催告。"]


def test_a_page_marker_before_a_templates_blank_is_dropped_and_the_pieces_joined():
    lines = ["第二条　服务费用合计人民币", "⛶ 2", "＿＿元，签约时预付＿＿元。", "第三条　本合同一式两份。"]
    out = clean_document("\n".join(lines), None).paragraphs
    assert out == ["第二条　服务费用合计人民币＿＿元，签约时预付＿＿元。", "第三条　本合同一式两份。"]


def test_a_prompt_glued_after_a_wrapped_lines_short_sentence_goes():
    lines = ["往年一到六月，教室像个蒸笼，孩子们的作业本被汗水洇得皱巴巴的。我讲得口干舌", "燥，效果却不好。手机扫一扫，在手机上接着读", "有了空调，班里订了一个规矩：温度只开到二十六度。"]
    out = clean_document("\n".join(lines), None).paragraphs
    assert "手机" not in "".join(out)
    assert "效果却不好。" in "".join(out)


def test_a_reprint_note_glued_after_a_lead_in_leaves_the_lead_in():
    assert chrome.strong_reason("现将有关事项请示如下：（本文由某某范文网整理，转载请注明出处）") is None
