"""Import, twenty-fourth round (issue 13, the failures of the spent parts holdout79-81 that
were left): the rest of a text gated behind an account, an app's open-here prompt, a reporter's
byline glued before the lead, the page's chrome glued before the first sentence (a button, the
site's name and a reading-time box), a reading-time box, a rating before a readers' counter, a
counter that names what was used, a broken-download link, a question to the reader before how
to reach the site, a page word without a colon, a stamp glued after the last sentence, a
caption that lost its photo and its label, and a short line under a preview's state.

Every input is written for this test (places, people, sites and numbers invented); none is
taken from bench/clean_eval or the issue.
"""

from __future__ import annotations

import pytest

from haowen.ingest.clean import clean_document
from haowen.ingest.cleaning import chrome
from haowen.ingest.cleaning.glued import strip_glued_actions, strip_leading_chrome
from haowen.text.segment import person_name_prefix

NEWS = [
    "9月12日，柘川县第三届稻田音乐节在下垟村开幕，来自周边县市的游客两万余人参加。",
    "本届音乐节为期三天，设置了稻田舞台、农产品市集和农耕体验区，村民自产的大米和土鸡蛋十分抢手。",
    "县文旅局负责人介绍，音乐节期间全县民宿入住率达到九成，带动农副产品销售三百余万元。",
]


@pytest.mark.parametrize(
    "line",
    [
        "后面的部分要登录后阅读",
        "其余内容须开通VIP方可查看",
        "剩余的正文请购买后继续",
        "在笔友App里打开，修改更便捷",
        "用客户端查看，阅读更流畅",
        "全文共3200字，预计阅读8分钟",
        "（阅读时长：约6分钟）",
        "4.2分 | 866人已读",
        "已有 3.4 万人套用此范文",
        "链接失效？点此反馈",
        "文件打不开，请报错",
        "还没找到合适的模板？私信编辑定制",
        "问题仍未解决？立即留言，专家当天回复",
    ],
)
def test_these_classes_are_chrome_wherever_they_stand(line):
    assert chrome.strong_reason(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "剩余部分由各乡镇自行安排。",  # the document's own "the rest"
        "如何办理？到政务大厅窗口预约",  # a guide's question and its answer
        "全县阅读推广活动共开展86场",
        "县图书馆今年新增读者3200人",
        "请各单位于9月30日前反馈",
    ],
)
def test_lines_of_a_document_like_them_stay(line):
    assert chrome.strong_reason(line) is None


@pytest.mark.parametrize(
    ("text", "name"),
    [("汤予安9月12日，柘川县", "汤予安"), ("蔡文10日上午，", "蔡文"), ("从县文旅局获悉，", ""), ("近日，全县", ""), ("", "")],
)
def test_a_personal_name_opening_a_text_is_read_by_its_tags(text, name):
    assert person_name_prefix(text) == name


def test_a_reporters_byline_glued_before_the_lead_goes():
    assert strip_glued_actions("本报记者 汤予安9月12日，柘川县第三届稻田音乐节在下垟村开幕。") == "9月12日，柘川县第三届稻田音乐节在下垟村开幕。"
    assert strip_glued_actions("通讯员　蔡文　姜禾 10日上午，柘川县召开秋粮收购工作会议。") == "10日上午，柘川县召开秋粮收购工作会议。"


@pytest.mark.parametrize(
    "line",
    [
        "记者 从县文旅局获悉，今年全县接待游客同比增长两成。",  # no name after the role: a sentence
        "记者 汤予安",  # a byline alone: nothing follows it to keep
    ],
)
def test_a_reporter_without_a_name_or_without_a_lead_is_left_alone(line):
    assert strip_glued_actions(line) == line


@pytest.mark.parametrize(
    ("line", "names", "rest", "cut"),
    [
        ("每日签到点这里2025年，我社认真落实理事会决议。", set(), "2025年，我社认真落实理事会决议。", "每日签到点这里"),
        ("墨林文苑【全文约900字，阅读约需3分钟】2025年，我社认真落实理事会决议。", {"墨林文苑"}, "2025年，我社认真落实理事会决议。", "墨林文苑【全文约900字，阅读约需3分钟】"),
    ],
)
def test_the_pages_chrome_glued_before_the_first_sentence_goes(line, names, rest, cut):
    assert strip_leading_chrome(line, names) == (rest, cut)


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("柘川县稻香农业合作社2025年秋季招收学员，欢迎农户报名。", {"柘川县稻香农业合作社"}),  # the site's name is the subject
        ("扫码关注服务号的群众达到3100人，比去年增加一倍。", set()),  # action words are no class of chrome
        ("点击下载 附件2：报名回执。请各单位认真填写。", set()),  # a numbered attachment
        ("字号：大 中 小九月中旬，我参加了县里的培训班。", set()),  # a row of cells that goes on: no clean cut
    ],
)
def test_a_first_sentence_that_only_looks_glued_stays(line, names):
    assert strip_leading_chrome(line, names) == (line, "")


def test_the_glued_chrome_goes_through_clean_document():
    text = "\n".join(["稻田音乐节顺利举办", "乡村文旅网 > 活动资讯", "学习打卡点此处9月12日，柘川县第三届稻田音乐节在下垟村开幕，来自周边县市的游客两万余人参加。", *NEWS[1:]])
    assert clean_document(text, title="稻田音乐节顺利举办").paragraphs == [NEWS[0], *NEWS[1:]]


def test_a_page_word_without_a_colon_between_two_halves_of_a_sentence_goes():
    text = "\n".join([
        "一、活动安排：县文化馆将组织专业老师到各村",
        "页码3",
        "开展辅导，每期结束时举办一次汇报演出。",
        "二、工作要求：各村要做好场地保障和安全管理工作。",
    ])
    paragraphs = clean_document(text).paragraphs
    assert "一、活动安排：县文化馆将组织专业老师到各村开展辅导，每期结束时举办一次汇报演出。" in paragraphs
    assert not any("页码" in p for p in paragraphs)


@pytest.mark.parametrize(
    "tail",
    ["收录时间：2025-09-14　字数：约300字", "入库日期 2025/9/14 | 浏览 218", "上传于2025年9月14日"],
)
def test_a_stamp_glued_after_the_last_sentence_goes(tail):
    assert strip_glued_actions(NEWS[2] + tail) == NEWS[2]


def test_a_publish_date_glued_after_the_last_sentence_stays():
    # (A 发布日期 may be the day the text was issued: it is left for the date reader.)
    line = NEWS[2] + "发布日期：2025年9月14日"
    assert strip_glued_actions(line) == line


def test_a_caption_that_lost_its_photo_goes_between_two_paragraphs():
    text = "\n".join([NEWS[0], "游客在稻田舞台前观看民乐演出", NEWS[1], NEWS[2]])
    assert clean_document(text).paragraphs == NEWS


@pytest.mark.parametrize(
    "line",
    [
        "代表在闭会期间的履职活动",  # a noun phrase: a heading
        "各村在秋收期间要加强巡查",  # an instruction
        "村民在家门口就业",  # too short for a scene
    ],
)
def test_a_heading_between_two_paragraphs_stays(line):
    text = "\n".join([NEWS[0], line, NEWS[1], NEWS[2]])
    assert line in clean_document(text).paragraphs


def test_run_in_headings_of_one_form_stay_however_like_captions():
    heads = ["游客在田埂上体验插秧乐趣", "村民在家门口卖出土特产品", "民宿主人在旺季增收致富"]
    text = "\n".join([NEWS[0], heads[0], NEWS[1], heads[1], NEWS[2], heads[2], NEWS[0]])
    paragraphs = clean_document(text).paragraphs
    assert all(h in paragraphs for h in heads)


def test_a_short_last_line_under_a_preview_state_is_the_texts():
    text = "\n".join([
        "在柘川县秋粮收购工作会议上的讲话",
        "同志们：",
        "今天召开秋粮收购工作会议，主要任务是部署今年秋粮收购工作，确保种粮农民卖得出、卖得好。",
        "各乡镇要早谋划、早部署，收购网点要在十月上旬前全部开秤。",
        "剩下的内容需开通会员后阅读",
        "预祝今年秋粮收购工作圆满成功！",
        "在笔友App里打开，修改更便捷",
    ])
    paragraphs = clean_document(text, title="在柘川县秋粮收购工作会议上的讲话").paragraphs
    assert paragraphs[-1] == "预祝今年秋粮收购工作圆满成功！"
    assert not any("会员" in p or "App" in p for p in paragraphs)
