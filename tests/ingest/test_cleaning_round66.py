"""Import, sixty-sixth round (issue 13, on holdout205-207's failures, read after their blind
score): titles lose an entry's gloss in any bracket, a book and its part after a double dash and
a seller's aside; chrome by class: taps to star or follow the account, circulation steps with
what they did, forum medals and rating rows, an outside-mail banner, bracketed credits, a
lawyer's card, countdowns, listing states, download tips, links under an emoji or to an
infographic, bracketed font sizes, fold buttons, script switches, a contents row, a relative time
with its counter, confidentiality stamps in brackets and membership offers; prompts run into the
text without a break (a star prompt, points for reading, a prompt before an outline heading, a
prompt before the addressee) and an edit stamp after the last sentence; disclaimers of what the
site collects.

Every input is written for this test (places, people, sites and numbers invented); none is
taken from bench/clean_eval or the issue.
"""

from __future__ import annotations

import pytest

from haowen.ingest.clean import clean_document
from haowen.ingest.cleaning import chrome
from haowen.ingest.cleaning.glued import strip_glued_actions
from haowen.ingest.parsers.base import clean_title

LETTER = ["各位业主：", "本周六上午物业将对小区二次供水设施进行清洗消毒，届时停水四小时，请提前储水。"]


def _body(lines: list[str], title: str | None = None) -> list[str]:
    return clean_document("\n".join(lines), title).paragraphs


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        ("电钻 [电动工具词条] · 某某百科", "电钻"),
        ("水龙头【厨卫五金】- 某某知识库", "水龙头"),
        ("旋耕机（农业机械）_某某百科", "旋耕机"),
        ("祖父的旧收音机——《槐荫杂记》第三辑", "祖父的旧收音机"),
        ("房屋租赁合同（拿来就能用）免费下载 - 某某文档", "房屋租赁合同"),
    ],
)
def test_page_decoration_leaves_the_title(raw, title):
    assert clean_title(raw) == title


@pytest.mark.parametrize(
    "line",
    [
        "▲点击上方蓝色小字，把某某应急设为星标",
        "戳上方蓝色小字，一键关注某某社区",
        "04-02 15:20 王某某 审核通过",
        "04-03 09:00 办公室 归档分发",
        "勋章：优秀版主 · 老会员",
        "参与人数 3　金币 +12　收起 理由：很给力",
        "此邮件来自外部发件人，请注意识别",
        "（撰稿：宣传科 李某　审核：院办）",
        "张某某　执业律师",
        "擅长：劳动争议、合同纠纷",
        "公示期剩余：3天 12时 40分",
        "招生状态：报名中　已报 9 人",
        "提示：本资料请用电脑下载，手机端无法预览",
        "🔗 查看往期活动回顾",
        "政策图解：一张图看懂新规",
        "字号：〔大〕〔中〕〔小〕",
        "〔关怀版〕",
        "展开余下三条",
        "繁體",
        "本集目录：一、老井　二、石磨　三、打谷场",
        "本篇发布于 3 个月前　　阅读 2048",
        "【内部资料　请勿外传】",
        "开通会员，全站范文随心看",
    ],
)
def test_these_classes_are_chrome_between_paragraphs(line):
    assert chrome.strong_reason(line) is not None, line
    assert _body([LETTER[0], line, LETTER[1]]) == LETTER, line


@pytest.mark.parametrize(
    "line",
    [
        "请各党支部把学习平台置顶，每天坚持学习。",
        "本月全县人均积8分以上的支部有12个。",
        "全体党员要带头遵守规定，不得复制外传涉密文件。",
        "律师建议，遇到此类纠纷应及时固定证据。",
    ],
)
def test_a_documents_own_sentences_on_these_subjects_stay(line):
    assert _body([LETTER[0], line, LETTER[1]]) == [LETTER[0], line, LETTER[1]], line


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("▲点击上方蓝色小字，把某某消防设为星标入冬以来，不少家庭用上了取暖器。", "入冬以来，不少家庭用上了取暖器。"),
        ("点上方「某某水务」一键星标，停水通知不错过家里的净水器滤芯多久换一次？这是近期问得最多的问题。", "家里的净水器滤芯多久换一次？这是近期问得最多的问题。"),
        ("学习打卡：读完本篇可在“某某先锋”积3分三、抓好阵地建设。活动室要常开常用。", "三、抓好阵地建设。活动室要常开常用。"),
        ("📱 用手机扫一扫，随时查看本文三、下一步打算", "三、下一步打算"),
        ("大家注意：动手前一定要断电，不会接线的别硬来。（本帖最后由 某某 于 昨天 21:05 编辑）", "大家注意：动手前一定要断电，不会接线的别硬来。"),
    ],
)
def test_a_prompt_run_into_the_text_goes_and_the_text_stays(line, kept):
    assert strip_glued_actions(line) == kept


def test_a_prompt_run_into_the_addressee_leaves_the_addressee():
    out = _body(["戳上方蓝色小字，一键关注某某社区全体居民朋友们：", "暑假到了，小区里骑滑板车的孩子多了起来，请家长提醒孩子注意安全。"])
    assert out[0] == "全体居民朋友们："


@pytest.mark.parametrize(
    "line",
    [
        "本站所收范文均为网友分享，只供写作参考，不得整篇照搬。",
        "合同范本仅供参考，签订前请咨询专业人士。",
        "以上回答由网友提供，涉及用电安全请找专业人员处理。",
    ],
)
def test_a_sites_disclaimer_of_what_it_collects_goes_after_the_text(line):
    assert _body([*LETTER, line]) == LETTER


@pytest.mark.parametrize(
    "line",
    [
        "☐3月8日前完成脚手架拆除专项方案（负责人：王某）",  # a minutes' to-do item under its ballot box
        "便民超市每月逢五、逢十开放，村民凭积分卡兑换生活用品。",  # days of a month, no outline heading
    ],
)
def test_a_documents_own_items_stay(line):
    assert _body([LETTER[0], line, LETTER[1]]) == [LETTER[0], line, LETTER[1]], line
    assert strip_glued_actions(line) == line
