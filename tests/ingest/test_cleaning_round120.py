"""Import, hundred-and-twentieth round (issue 13, on holdout367-369's failures, read after their blind
score): chrome by class: a prompt to join led by a question with a messenger id, a paywall's top-up
prompt, a prompt to scan a code to read the page, a link to a board of rankings, a netizen's remark
under a Q&A, a note that answers are their answerers' own view, links to the pieces before and after,
where to write to the author, an author's reprint terms, a bracketed next-piece link, a series' earlier
pieces, a shop's boxed buttons, a study platform's prompt, a named copy button, a tutor's pitch with a
messenger number, an online booking prompt, a newspaper's tip line, a sign-up prompt led by a question,
a lone previous / next link, a volume's contents link and label, a volunteer's call with a phone,
mirror links, an uploader's note, a lawyer's note on the asker's account, a bracketed course link, a
forum floor's edit stamp; glued: a wiki heading's unbracketed edit link, a 长按 copy button between
sentences, a pitch's lead question, a closing circled reference mark, a follow prompt before a short
salutation, a jammer run before a closing quote; a site's menu rendered as a list above the text;
hard-wrapped items at the full width over the short last line of their sentence; titles: a forward
label with a dot, a plea inside a dotted bracket, 见附件, a site's mirror name, a download centre run on
after a bracket, a contract's 范本-2024 in a file's name; an encyclopaedia's gloss after the entry's name
beside a spaced reference work's segment (an underscored one keeps it: the labels differ there).

Every input is written for this test (places, people, sites and numbers invented); none is
taken from bench/clean_eval or the issue.
"""

from __future__ import annotations

import pytest

from haowen.ingest.clean import clean_document
from haowen.ingest.cleaning import chrome
from haowen.ingest.cleaning.glued import strip_glued_actions, strip_reference_marks
from haowen.ingest.parsers.base import clean_title, file_name_headline


@pytest.mark.parametrize(
    "line",
    [
        "想加入“护河”志愿小队？加社区志愿者微信 hh_zyz01",
        "需要 3 点书豆　余额不足？充值",
        "手机扫码，随时查看本通知",
        "查看“清河行动”志愿者服务时长排行",
        "网友“小满妈”：我家用的是卡扣式，两年了没坏",
        "网友“老陈”：推拉窗那种卡扣锁很便宜",
        "本站所有回答仅代表答主个人意见，请结合实际判断。",
        "〈 第七篇　村口的老槐树　｜　第九篇　外婆的蒲扇 〉",
        "来信请寄：laoli_wenji@163.com",
        "拙作欢迎转载，但请注明作者姓名。",
        "〔本辑下一篇：一只旧饭盒〕",
        "▸ 本系列往期：《田埂上的脚印》《一盏马灯》",
        "〔旗舰店购买〕〔申请样品〕",
        "学习提示：本文已纳入“周四夜读”篇目，学完请在系统中打卡。",
        "喜欢就点“复制全文”带走吧",
        "结构化面试一对一陪练，QQ 2213 4456 7",
        "需改约复查时间的患者请在线预约",
        "都市报热线 0731-8899001 欢迎提供新闻线索",
        "还没报名？周日下午有试听名额",
        "〈 上一篇",
        "第三卷目录",
        "第三卷 · 中年时",
        "愿意帮独居老人检查电器的志愿者，请找社区小陈报名：13900001111",
        "下载不了？换一个通道：备用地址一 ｜ 备用地址二",
        "以下条款系上传者根据本单位制度整理，引用前请自行核对",
        "以上分析基于提问者单方陈述，个案结论以证据为准",
        "〔焊工实操课程介绍〕",
        "（本楼最后编辑于 3 天前）",
    ],
)
def test_new_chrome_classes(line: str) -> None:
    assert chrome.strong_reason(line), line


@pytest.mark.parametrize(
    "line",
    [
        "想加入志愿服务队的同学，请于周五前到团委报名。",
        "第三卷收录了作者中年时期的作品。",
        "需要帮助的群众可拨打12345热线。",
        "本规定由上传系统自动生成编号。",
        "群众反映的问题要及时回应。",
        "网友“城南老住户”：",
        "网友“城南老住户”：您反映的问题收悉。",
        "网友“城南老住户”：我家是拆迁户，安置协议上写的是",
    ],
)
def test_what_stays_text(line: str) -> None:
    assert chrome.strong_reason(line) is None, line


@pytest.mark.parametrize(
    ("glued", "expected"),
    [
        ("工作原理编辑本段", "工作原理"),
        (
            "停电以后楼道漆黑一片，没有一个人慌乱。长按复制本段社区主任说，这样的演练每年都要搞。",
            "停电以后楼道漆黑一片，没有一个人慌乱。社区主任说，这样的演练每年都要搞。",
        ),
        (
            "不能一装了之，也不能一劝了之。整篇讲稿想换成本单位口吻？某某写手一对一改稿，QQ：2233445566",
            "不能一装了之，也不能一劝了之。",
        ),
        ("戳蓝字关注我们，园所动态第一时间知道亲爱的家长朋友们：", "亲爱的家长朋友们："),
    ],
)
def test_glued_pieces_go(glued: str, expected: str) -> None:
    assert strip_glued_actions(glued) == expected


def test_a_circled_mark_closing_the_line_goes_but_one_numbering_the_next_item_stays() -> None:
    assert strip_reference_marks("拉力器主要用于锻炼胸部和手臂肌肉。①") == "拉力器主要用于锻炼胸部和手臂肌肉。"
    assert strip_reference_marks("①加强领导。②完善制度。") == "①加强领导。②完善制度。"


def _body(text: str, title: str | None = None) -> list[str]:
    return clean_document(text, title=title).paragraphs


def test_a_jammer_run_before_a_closing_quote_goes() -> None:
    text = (
        "　　“每天站十分钟，降压又降脂。c@ PJ t3^ D4 sw K”在一些讲座现场，成本几百元的机器被包装成神器卖给老人。\n"
        "　　面对这类陷阱，只贴一张提醒是不够的，还要让老人身边有人陪、有人管。\n"
    )
    assert _body(text)[0].startswith("“每天站十分钟，降压又降脂。”在一些讲座现场"), _body(text)


def test_a_sites_menu_rendered_as_a_list_goes() -> None:
    text = (
        "- 首页\n- 走进某某\n- 政务公开\n- 政务服务\n- 互动交流\n"
        "各街道办事处，区有关单位：\n"
        "为防范冬季取暖电器引发火灾，区市场监管局决定开展专项检查。现将有关事项通知如下。\n"
        "一、检查对象。辖区内销售取暖电器的商场、超市和家电门店。\n"
    )
    assert _body(text, title="关于开展取暖电器质量安全专项检查的通知")[0] == "各街道办事处，区有关单位："


def test_a_full_width_item_over_the_short_end_of_its_sentence_is_joined() -> None:
    text = (
        "　　近期，有家长反映部分校园周边商店销售的文具气味刺鼻，个别学校存在\n"
        "教师向学生推荐购买指定品牌文具的现象。现将有关事项通知如下。\n"
        "　　一、检查内容\n"
        "　　（一）校园周边商店销售的橡皮、修正带等文具是否有合格证和中文\n"
        "标识；\n"
        "　　（二）学校、教师是否存在向学生推销或指定购买文具等用品的行\n"
        "为；\n"
        "　　（三）学校是否建立学生用品进校审核登记制度。\n"
    )
    body = _body(text, title="关于开展校园周边文具质量安全专项检查的通知")
    assert "（一）校园周边商店销售的橡皮、修正带等文具是否有合格证和中文标识；" in body, body
    assert "（二）学校、教师是否存在向学生推销或指定购买文具等用品的行为；" in body, body


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("转·存档：关于开展计算机清洁消毒工作的通知", "关于开展计算机清洁消毒工作的通知"),
        ("一座老车站里的城市记忆（第4篇·欢迎挑错）", "一座老车站里的城市记忆"),
        ("用边角料做了个书立（尺寸图见附件）", "用边角料做了个书立"),
        ("驾校教练车清洁消毒操作规程［可编辑WORD］本站高速通道", "驾校教练车清洁消毒操作规程"),
        ("某某幼儿园午睡管理制度〔原稿·可改〕免费下载中心", "某某幼儿园午睡管理制度"),
        ("插线板（电工附件）_电工百科·某某", "插线板（电工附件）"),
        ("书立（文具与收纳方式）- 某某百科", "书立"),
        ("八角井（某某镇）- 某某百科", "八角井（某某镇）"),
    ],
)
def test_titles(title: str, expected: str) -> None:
    assert clean_title(title) == expected


def test_a_files_name_with_its_kind_and_year_gives_way_to_the_headline() -> None:
    raw = "乐器采购合同范本-2024.docx"
    assert file_name_headline(raw, clean_title(raw), lambda: "乐器采购合同") == "乐器采购合同"

