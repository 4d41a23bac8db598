"""Import, fifty-first round (issue 13, on holdout163-165's failures, read after their blind score):
a rule dated by its effective date after a clause on who drafted it, a divider naming the part of
the text that follows, a Q&A question pleading for a sample without a measure word, a letter's
signer fields and an activity plan's fields that stay, a bracketed view counter, a company's call
to order glued after a news item, a click prompt after a dash, the page crediting who put the text
up, a bracketed photo caption without its credit, a sign-off framed by dashes under the text, a
page number between box-drawing frames, a hard-wrapped regulation whose articles are set off by an
ideographic space, and a WeChat article telling its readers to follow its own account.

Every input is written for this test (places, people, sites and numbers invented); none is
taken from bench/clean_eval or the issue.
"""

from __future__ import annotations

import datetime as dt

import pytest

from haowen.ingest.clean import clean_document
from haowen.ingest.cleaning import chrome, dates
from haowen.ingest.cleaning.glued import strip_glued_actions


# --- dates ----------------------------------------------------------------------------------


def test_a_rule_is_dated_by_its_effective_date_after_a_clause_on_who_drafted_it():
    tail = ["第九条　本办法由县林业站提出并负责解释，自2025年6月18日起施行。"]
    assert dates.effective_date(tail) == dt.date(2025, 6, 18)
    assert dates.effective_date(["第九条　本办法自2025年6月18日起施行。"]) == dt.date(2025, 6, 18)


def test_a_sentence_that_names_another_days_effect_is_no_rules_date():
    # (No rule names itself: a sentence about another text's day.)
    assert dates.effective_date(["省里的新标准由质监局起草，自2025年6月18日起施行。"]) is None


# --- chrome, wherever it stands --------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "【以下是正文第三部分】",
        "〔接上页〕",
        "［正文第2页］",
        "【本帖已被浏览318次】",
        "（已阅读57次）",
        "本文由杏林范文网整理，想要原创稿件请联系小编。",
        "（本文由会员“青禾”上传分享）",
        "知农惠农　服务三农——点击进入政策问答专区",
    ],
)
def test_these_classes_are_chrome_wherever_they_stand(line):
    assert chrome.strong_reason(line) is not None, line


@pytest.mark.parametrize(
    "line",
    [
        "（此页无正文）",
        "【以下为附件】",
        "本文件由县民政局负责解释。",
        "阅读量的统计口径以平台后台数据为准。",
        "时间：2025年5月——点击进入下一环节前，请先核对材料。",
    ],
)
def test_these_lines_are_no_such_chrome(line):
    assert chrome.strong_reason(line) is None, line


def test_a_companys_call_to_order_is_chrome_under_the_text_and_glued_after_it():
    assert chrome.edge_reason("欢迎广大客商致电选购优质竹笋！") is not None
    assert (
        strip_glued_actions("厂长表示，将把好每一道工序。欢迎新老客户来电订购礼盒装！")
        == "厂长表示，将把好每一道工序。"
    )
    # (A speech's welcome and a shop's invitation to watch it name no order.)
    assert chrome.edge_reason("欢迎各位客商到樟溪投资兴业。") is None
    assert strip_glued_actions("价格已全部公示。欢迎广大顾客监督。") == "价格已全部公示。欢迎广大顾客监督。"


def test_the_page_crediting_its_uploader_goes_when_glued_after_a_sentence():
    line = "三是建立台账，每月通报进度。本文由杏林范文网整理，想要原创稿件请联系小编。"
    assert strip_glued_actions(line) == "三是建立台账，每月通报进度。"


def test_a_bracketed_caption_without_its_credit_goes_when_glued_after_a_sentence():
    line = "医生为老人测量血压，讲解用药常识。（图为义诊现场的测血压台）"
    assert strip_glued_actions(line) == "医生为老人测量血压，讲解用药常识。"
    # (A document's own bracket after a sentence stays.)
    kept = "请各村按时上报。（附件略）"
    assert strip_glued_actions(kept) == kept


# --- fields of the document that stay -----------------------------------------------------------


def test_a_letters_signer_fields_and_an_activity_plans_name_stay():
    letter = "\n".join([
        "县市场监督管理局：",
        "本人发现桐溪路有一家商店长期销售过期食品，多次向店主反映未果，请贵局依法查处。",
        "投诉人：×××　联系电话：×××××××××××",
        "2025年4月2日",
    ])
    assert "投诉人：×××　联系电话：×××××××××××" in clean_document(letter, title="关于某商店销售过期食品的投诉信").paragraphs
    plan = "\n".join([
        "资料名称：小班种植角观察活动方案",
        "活动名称：豌豆发芽了",
        "活动目标：1.观察豌豆发芽的过程。2.学习记录植物的变化。",
        "活动准备：豌豆种子、透明杯、记录表。",
    ])
    assert "活动名称：豌豆发芽了" in clean_document(plan, title="小班种植角观察活动方案").paragraphs


# --- titles ---------------------------------------------------------------------------------


def test_a_question_pleading_for_a_sample_without_a_measure_word_takes_the_answers_headline():
    text = "\n".join([
        "问答天地 > 社区生活",
        "小区成立志愿服务队的通知怎么写？求模板",
        "提问者：热心居民　2天前",
        "最佳答案",
        "樟溪社区　|　回答于 1天前",
        "关于成立樟溪社区志愿服务队的通知",
        "各位居民：",
        "为弘扬志愿精神，社区决定成立志愿服务队，现将有关事项通知如下。",
        "一、服务内容：助老助残、环境整治、文明劝导。",
        "樟溪社区居委会",
        "2025年3月5日",
    ])
    cleaned = clean_document(text, title="小区成立志愿服务队的通知怎么写？求模板")
    assert cleaned.title == "关于成立樟溪社区志愿服务队的通知"
    assert "小区成立志愿服务队的通知怎么写？求模板" not in cleaned.paragraphs


# --- lines under the text, page markers, wraps ----------------------------------------------------


def test_a_sign_off_framed_by_dashes_under_the_text_goes():
    text = "\n".join([
        "樟溪论坛 » 骑行天地 » 浏览帖子",
        "致全体骑友的一封信",
        "骑行老张　发表于 2025-06-01 07:12　楼主",
        "各位骑友：",
        "近期夜骑增多，请大家务必佩戴头盔、开启尾灯，结伴出行。",
        "请大家相互提醒，平安出行。",
        "樟溪骑行俱乐部",
        "k7 Q2 x9",
        "2025年6月1日",
        "——樟溪骑行俱乐部，风雨同行——",
        "顶　｜　回复　｜　分享到朋友圈",
        "最新回复：我家门口的车道也常被占用，支持！",
    ])
    paragraphs = clean_document(text).paragraphs
    assert paragraphs[-1] == "2025年6月1日"


def test_a_page_number_between_box_drawing_frames_goes_at_a_lines_start():
    text = "\n".join([
        "一、工作进展。全镇已完成改厕一千二百户。",
        "二、存在问题。部分农户管护意识不强。",
        "┊3┊2025年将开展回头看专项行动。",
    ])
    paragraphs = clean_document(text, title="樟溪镇农村改厕工作总结").paragraphs
    assert not any("┊" in p for p in paragraphs)
    assert any(p.endswith("2025年将开展回头看专项行动。") for p in paragraphs)


def test_a_hard_wrapped_regulation_with_spaced_article_numbers_is_joined():
    text = "\n".join([
        "第一条　为规范仓库用电管理，防止电气火灾事故，制定本规定。",
        "第二条　仓库内严禁私拉乱接电线，严禁使用电炉、电暖器等大",
        "功率电器。",
        "第三条　仓库照明须使用防爆灯具，下班前由值班人员切断总电",
        "源并做好登记。",
        "第四条　电工每月对仓库线路检查一次，发现隐患立即整改，并",
        "将检查记录打印后交安全科存档。",
        "第五条　本规定自发布之日起施行。",
    ])
    paragraphs = clean_document(text, title="仓库用电安全管理规定").paragraphs
    assert "第三条　仓库照明须使用防爆灯具，下班前由值班人员切断总电源并做好登记。" in paragraphs
    assert "第二条　仓库内严禁私拉乱接电线，严禁使用电炉、电暖器等大功率电器。" in paragraphs


def test_an_article_telling_its_readers_to_follow_its_own_account_keeps_that_sentence():
    assert chrome.edge_reason("关注本公众号，回复“用药”可查看完整的服药时间表。") is None
    assert chrome.edge_reason("想要更多高分范文？关注公众号“笔耕”回复“范文”领取") is not None
