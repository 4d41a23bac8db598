"""Import, sixty-eighth round (issue 13, on holdout211-213's failures, read after their blind
score): titles lose a photo aside (（九宫格实拍）), a marked edition (（老师点评版）), a book a piece
was chosen from after a double dash (——选自《…》), an entry's gloss of a part (（自行车部件）), a
column's name before a crumb or a heavy or dashed bar, and a page title split at its bars prefers
the headline to a column's short name; chrome by class: buttons named in quotes, star prompts
with what they bring, phone-reading prompts, audio buttons, bracketed offers, trial lessons,
online service keys, comment counts, forum edit stamps, no-screenshot banners, an intranet's
access note, similar questions, an organisation's hotline after its name, uploaders' and
carriers' rights notes, policy interpretation links, community adverts and bracketed credits;
glued chrome: a follow prompt run into the first sentence or into a salutation, an AI button
run into a sentence, a prompt between two sentences, an edit stamp in brackets between two
sentences and a prompt before a speech's "二是".

Every input is written for this test (places, people, sites and numbers invented); none is
taken from bench/clean_eval or the issue.
"""

from __future__ import annotations

import pytest

from haowen.ingest.clean import clean_document
from haowen.ingest.cleaning import chrome
from haowen.ingest.cleaning.glued import strip_glued_actions, strip_leading_chrome
from haowen.ingest.parsers.base import clean_title

LETTER = ["各位同学：", "本周五下午学校将举行消防疏散演练，请大家听从老师指挥，有序撤离。"]


def _body(lines: list[str], title: str | None = None) -> list[str]:
    return clean_document("\n".join(lines), title).paragraphs


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        ("巷子里的修鞋摊又开张了（九宫格实拍）- 某某论坛", "巷子里的修鞋摊又开张了"),
        ("从一棵老槐树看乡村振兴（考官点评版）", "从一棵老槐树看乡村振兴"),
        ("外婆的竹针线篮——选自《灯下集》", "外婆的竹针线篮"),
        ("刹车线（自行车配件）", "刹车线"),
        ("企业文化 ┆ 一把卷尺的三十年", "一把卷尺的三十年"),
        ("工作动态 » 某某中学举办校园消防技能比武-某某教育网", "某某中学举办校园消防技能比武"),
    ],
)
def test_page_decoration_leaves_the_title(raw, title):
    assert clean_title(raw) == title


@pytest.mark.parametrize(
    "raw",
    [
        "某某县2025年工作动态",  # a title that names the genre stays whole
        "在全县安全生产会议上的讲话（2026年版）",  # the text's own edition
    ],
)
def test_a_titles_own_words_stay(raw):
    assert clean_title(raw) == raw


@pytest.mark.parametrize(
    "line",
    [
        "看完有收获？点“在看”让更多人看到",
        "别忘了点个星标，推送不错过",
        "星标“某某街道”，活动早知道",
        "手机扫码阅读本文",
        "【听全文】",
        "〔免费领取全套复习笔记〕",
        "✆ 预约试听两节，不满意全额退款",
        "在线咨询：关注“某某律所”服务号，律师当天回复",
        "（已有 48 位读者留言）",
        "（某某网友于 3 小时前 编辑了帖子）",
        "【涉密资料，严禁截屏外传】",
        "办公平台仅限本单位职工登录使用",
        "相似问题：邻居装修噪音怎么办？ / 物业不作为如何投诉？",
        "某某会计师事务所　咨询热线：0101-4455667",
        "本资料由网友自行上传，如有侵权请联系删除",
        "某某日报客户端所发稿件，未经授权不得转载。",
        "政策解读：一图读懂新规",
        "【广告】家电清洗上门服务，电话预约",
        "（某某中学 供稿　摄影 王某　审核 李某）",
    ],
)
def test_these_classes_are_chrome_between_paragraphs(line):
    assert chrome.strong_reason(line) is not None, line
    assert _body([LETTER[0], line, LETTER[1]]) == LETTER, line


@pytest.mark.parametrize(
    "line",
    [
        "请参加的家长到校后在校门口扫码签到。",  # scanning as the text's own step
        "第五条　乐谱由团长统一保管，不得外传。",  # a rule's own ban is a sentence
        "如有疑问，请拨打本公司客户服务专线：0101-66778899。",  # the text's own service line
        "市民可关注“某某公交”公众号查询实时到站信息。",  # following as the text's own advice
        "解读：本条所称的“经营场所”包括临时摊点。",  # an article's own explanation is a sentence
    ],
)
def test_a_documents_own_lines_on_these_subjects_stay(line):
    assert _body([LETTER[0], line, LETTER[1]]) == [LETTER[0], line, LETTER[1]], line


def test_a_follow_prompt_run_into_the_first_sentence_goes():
    out = _body(["戳上方蓝色名字，关注我们入冬以来，不少居民家中的暖气片出现不热的情况。", "请大家先检查阀门是否打开。"])
    assert out[0] == "入冬以来，不少居民家中的暖气片出现不热的情况。"


def test_a_star_prompt_run_into_the_salutation_leaves_the_salutation():
    out = _body(["星标“某某社区”，通知不错过各位业主朋友：", "本周六上午小区将进行二次供水水箱清洗，届时停水四小时。"])
    assert out[0] == "各位业主朋友："


def test_an_ai_button_run_into_a_sentence_goes():
    text = "某某写作AI帮你续写希望全体同志以这次会议为新的起点，把各项工作抓实抓细。"
    assert strip_glued_actions(text) == "希望全体同志以这次会议为新的起点，把各项工作抓实抓细。"


def test_a_points_prompt_between_two_sentences_goes():
    text = "本次竞赛共设三个组别。点赞本文得积分比赛期间请各队服从裁判安排，注意安全。"
    assert strip_glued_actions(text) == "本次竞赛共设三个组别。比赛期间请各队服从裁判安排，注意安全。"


def test_an_edit_stamp_in_brackets_between_two_sentences_goes():
    text = "这家早点铺已经开了二十年。（楼主于 5 小时前 修改了帖子）每天清晨五点，店门口就排起了长队。"
    assert strip_glued_actions(text) == "这家早点铺已经开了二十年。每天清晨五点，店门口就排起了长队。"


def test_a_study_prompt_before_a_speechs_second_point_goes():
    text = "〔理论学习〕本文可计入党员学习时长二是抓好队伍建设。要加强业务培训，提升服务能力。"
    assert strip_glued_actions(text) == "二是抓好队伍建设。要加强业务培训，提升服务能力。"


def test_a_sentences_own_one_is_no_heading():
    text = "这是全县唯一是由村民自己筹资修建的图书室。它已经开放了十年。"
    assert strip_glued_actions(text) == text


def test_an_audio_button_glued_before_a_news_lead_goes():
    rest, cut = strip_leading_chrome("【听新闻】记者从县交通运输局获悉，城区至某某镇的公交线路将于下月开通。")
    assert rest.startswith("记者从县交通运输局获悉")
    assert cut == "【听新闻】"


def test_a_follow_prompt_naming_the_account_from_the_header_goes():
    text = "▲ 点击上方蓝字，订阅某某消防天气干燥，家中用火用电要格外小心。"
    rest, cut = strip_leading_chrome(text, {"某某消防"})
    assert rest == "天气干燥，家中用火用电要格外小心。"
    assert strip_leading_chrome(text)[0] == text  # without the header's name, no boundary is known
