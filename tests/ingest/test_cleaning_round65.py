"""Import, sixty-fifth round (issue 13, on holdout202-204's failures, read after their blind
score): titles under white tortoise-shell brackets, an encyclopaedia entry's gloss, a series'
piece number, a collection and its part before or after a middle dot, a poster's asides, a print
label before a symbol, a tender's number, a column label before a bar and an organisation's name
as the site; unzip passwords in any words, circulation steps, study time, trial lessons after a
question, experts' free offers, prompts to add an account, to scan, under a pointer glyph or to a
site's section, download glyphs, validity states, clinic rows and bracketed edit stamps; a prompt
before the text with a notice after it; and what stays: a poster's offer to lend, a table's row
under the score and beside a points word, a department's signature above the page's links.

Every input is written for this test (places, people, sites and numbers invented); none is
taken from bench/clean_eval or the issue.
"""

from __future__ import annotations

import pytest

from haowen.ingest.clean import clean_document
from haowen.ingest.cleaning import chrome
from haowen.ingest.cleaning.glued import strip_glued_actions
from haowen.ingest.parsers.base import clean_title

LETTER = ["各位居民：", "本周六上午社区将在广场开展免费量血压服务，欢迎大家前来。"]


def _body(lines: list[str], title: str | None = None) -> list[str]:
    return clean_document("\n".join(lines), title).paragraphs


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        ("〘通知公告〙关于开展冬季消防演练的通知_某某街道办", "关于开展冬季消防演练的通知"),
        ("〘打印〙门卫值班管理制度（前台张贴版）", "门卫值班管理制度"),
        ("订书机（办公用品）_知识百科", "订书机"),
        ("口琴【乐器】- 某某百科", "口琴"),
        ("老屋的那口水缸（乡居琐记之七）— 某某文存", "老屋的那口水缸"),
        ("《灯下集》第二辑·外公的算盘", "外公的算盘"),
        ("外公的算盘 ·《灯下集》卷三", "外公的算盘"),
        ("[邻里] 小区门口的快递柜又坏了（有图）- 某某论坛", "小区门口的快递柜又坏了"),
        ("打印预览▸关于调整夏季作息时间的通知", "关于调整夏季作息时间的通知"),
        ("某某县图书馆数字化设备采购项目成交结果公告（项目编号：ZC-2026-031）", "某某县图书馆数字化设备采购项目成交结果公告"),
        ("学员日记｜第一次独立完成接线 - 某某电工培训学校", "第一次独立完成接线"),
        ("培训心得 ‣ 三天学会看懂电路图 - 某某职业技能培训中心", "三天学会看懂电路图"),
        ("门禁系统管理办法（2026修订稿）", "门禁系统管理办法"),
        ("学员日记｜第一次独立完成接线 - 某某电工技能学校", "第一次独立完成接线"),
    ],
)
def test_page_decoration_leaves_the_title(raw, title):
    assert clean_title(raw) == title


@pytest.mark.parametrize(
    "title",
    [
        "请示（公文文种）",  # a gloss naming no kind of thing is the entry's own
        "关于印发某某县住房保障办法（2026年修订）的通知",
        "今年观潮，这五个位置千万别站",
    ],
)
def test_these_titles_stay(title):
    assert clean_title(title) == title


@pytest.mark.parametrize(
    "line",
    [
        "解压口令：abc2026",
        "如解压需要密码，请输入：dl8899",
        "06-11 08:40 办公室 起草",
        "06-12 10:05 财务部 已分发",
        "本篇学习时长计入个人学习档案",
        "想体验一节真实的插花课？免费试听名额仅剩5个",
        "房屋漏水找谁赔？某某律师一对一帮你分析",
        "物业纠纷可先找某某律师免费评估案情",
        "需要同类述职报告请加小笔QQ 3344556677",
        "打开手机扫一扫，随时重温这篇文章",
        "▶ 进入直播间，观看开幕现场",
        "了解新款空调详细参数，请进入产品中心",
        "⇩ 保存到手机（12 积分）",
        "效力状态：已废止",
        "王晓明　主任医师　周一、周三上午",
        "（本帖最后由 小树 于 昨天 21:07 编辑）",
    ],
)
def test_these_classes_are_chrome_between_paragraphs(line):
    assert chrome.strong_reason(line) is not None, line
    assert _body([LETTER[0], line, LETTER[1]]) == LETTER, line


@pytest.mark.parametrize(
    "line",
    [
        "请各单位于3月10日前下载附件，解压后按模板填写。",  # a notice's own step
        "本办法自2026年3月1日起施行，学习时长按实际参训时间计算。",
        "扫一扫门口的二维码即可登记，不需要排队。",
        "律师提醒，签订合同前应仔细核对条款，必要时可咨询专业人士。",
    ],
)
def test_a_documents_own_sentences_on_these_subjects_stay(line):
    assert _body([LETTER[0], line, LETTER[1]]) == [LETTER[0], line, LETTER[1]], line


def test_a_posters_offer_to_lend_with_a_phone_stays():
    line = "小区里的邻居如果临时需要梯子，可以找我借，我家有两把，电话13900001111。"
    assert chrome.own_contact_sentence(line)
    assert _body([LETTER[0], line, LETTER[1]]) == [LETTER[0], line, LETTER[1]]


def test_a_notice_after_the_text_goes_when_a_follow_prompt_came_before_it():
    line = "点击上方蓝字“某某医院”关注我们入冬以来，感冒发热的孩子明显多了。（图片来自网络，如有侵权请联系删除）"
    assert strip_glued_actions(line) == "入冬以来，感冒发热的孩子明显多了。"


def test_a_tables_last_row_after_forum_junk_stays():
    lines = [
        "孩子学琴两年了，这学期老师要求每天都要开着节拍器练，刚开始孩子很抵触，后来慢慢习惯了。",
        "我的体会是速度一定要循序渐进，稳了再加，不要急。",
        "我把这学期的练习安排贴在下面，供大家参考：",
        "第1～3周　每天20～30分钟",
        "第4～6周　每天30～40分钟",
        "x7 Kq 3& p",
        "第7～9周　每天40～50分钟",
        "本帖来自某某论坛手机客户端",
        "沙发　琴童妈妈：收藏了",
    ]
    out = clean_document("\n".join(lines), "练琴安排").paragraphs
    assert out[-1] == "第7～9周　每天40～50分钟"


def test_a_course_tables_row_with_a_points_word_stays():
    rows = ["模块　课时　内容", "收银操作　8课时　开机、登录、退款", "会员管理　6课时　会员积分、储值、查询", "日结对账　4课时　交班、对账、报表"]
    assert _body(["一、课程安排", *rows, "二、报名方式"]) == ["一、课程安排", *rows, "二、报名方式"]


def test_a_departments_signature_above_the_pages_links_stays():
    lines = [
        "各位患者：",
        "自下周一起，门诊收费窗口可使用医保电子凭证缴费，现金和银行卡缴费方式继续保留。",
        "如有疑问，请咨询门诊收费处，电话：0700-1234567。",
        "某某县人民医院财务科",
        "在线预约",
        "报告查询",
        "预约挂号：0700-1234000",
    ]
    assert clean_document("\n".join(lines), "关于启用医保电子凭证缴费的通知").paragraphs[-1] == "某某县人民医院财务科"


def test_a_star_prompt_promising_every_update_leaves_the_salutation():
    out = _body(["星标本号，第一时间收到推送不错过每一条通知各位家长：", "下周一起学校将调整放学时间，请家长按时接孩子。"])
    assert out[0] == "各位家长："


def test_a_headline_ending_like_a_school_stays_whole_in_a_two_part_title():
    assert clean_title("非遗进校园｜剪纸艺人走进城关十所中小学") == "剪纸艺人走进城关十所中小学"
