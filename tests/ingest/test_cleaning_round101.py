"""Import, hundred-and-first round (issue 13, on holdout310-312's failures, read after their blind
score): chrome by class: a repost's source line, a reader's view buttons, an entry's stub note, a
headline under a hot label, when the page was printed, a byline of its own, who posted it and a
relative time, a round-the-clock service line, a row of buttons behind icons, a rater's score, a
follow prompt with the account's weekly show, a copy for inside use only, a phone page's prompt to
pass the page on, a breadcrumb joined by triangles, a preview state alone; the page's credits
glued after the last sentence, a box's tip glued before a paragraph, a writing advisor's id and
the question leading it in, an account's name between a prompt and the salutation; titles: a
leading bracketed aside, an asker's note after a question, who revised the text, where it was
copied from, a label hidden behind an aside, a "全文" aside, a net that is no site, a row of
buttons never a headline; a wrapped first line joined in a document of blank-line paragraphs.

Every input is written for this test (places, people, sites and numbers invented); none is
taken from bench/clean_eval or the issue.
"""

from __future__ import annotations

import pytest

from haowen.ingest.clean import _cut_service_sentences, clean_document, is_site_name
from haowen.ingest.cleaning import chrome
from haowen.ingest.cleaning.glued import strip_glued_actions
from haowen.ingest.parsers.base import clean_title


@pytest.mark.parametrize(
    "line",
    [
        "转自小区业主公告栏，原文照录：",
        "翻页模式　│　双页模式　│　日间",
        "本词条内容待完善，欢迎补充",
        "【热】东湖公园下月起夜间限流",
        "本页生成于 3 小时前（打印版）",
        "文　小满",
        "某某App用户 阿青 分享于 前天　｜　1,204人读过",
        "物业24小时报修：0571-2233 4455",
        "⊕ 存进我的文件夹　　⊕ 导成思维导图",
        "竹币 +8 老周：实用，收藏了",
        "关注陈老师，每周五晚直播答疑",
        "（本纪要仅限公司内部传阅）",
        "〔温馨提示〕长按本页可转发给亲友",
        "全文已展开。",
    ],
)
def test_new_chrome_classes(line: str) -> None:
    assert chrome.strong_reason(line), line


def test_a_breadcrumb_joined_by_triangles_is_chrome() -> None:
    assert chrome.edge_reason("位置：首页 ▸ 工作总结 ▸ 单位总结") == "meta: breadcrumb"


@pytest.mark.parametrize(
    "line",
    [
        # A sentence naming a mode, a notice's own number in its sentence, a place-bound rule.
        "新显示器支持护眼模式，信息科将统一指导使用。",
        "如发现漏水，请拨打热力公司24小时服务热线0571-1234567报修。",
        "二、借用方式：投影仪只限在会议室内使用，不外借。",
    ],
)
def test_what_stays_text(line: str) -> None:
    assert chrome.strong_reason(line) is None, line


def test_the_page_credits_glued_after_the_last_sentence_go() -> None:
    line = "学校还将为每间教室配备湿式板擦。来源：某某县融媒体中心　编辑：王小丫"
    assert strip_glued_actions(line) == "学校还将为每间教室配备湿式板擦。"
    own = "会议在三楼召开。时间：3月5日　地点：会议室"
    assert strip_glued_actions(own) == own


def test_a_tip_box_glued_before_a_paragraph_goes() -> None:
    line = "〔小贴士〕长按本页可转发到家人群安装由社区委托的施工队负责，不收取任何费用。"
    assert strip_glued_actions(line) == "安装由社区委托的施工队负责，不收取任何费用。"


def test_a_writing_advisor_and_its_lead_question_go_from_between_two_sentences() -> None:
    line = "一块泥要反复捶打才能排净气泡。总结不会写？某某写作顾问微信 ab_wenan12 帮你理思路。这让我想到工作也是一样。"
    assert _cut_service_sentences(line, None) == "一块泥要反复捶打才能排净气泡。这让我想到工作也是一样。"


def test_an_account_name_between_a_prompt_and_the_salutation_goes() -> None:
    assert strip_glued_actions("设为星标，每天第一时间看东篱全镇广大居民朋友们：") == "全镇广大居民朋友们："


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("（内部参考）2024年某某市竹编企业调研报告_某某行业协会", "2024年某某市竹编企业调研报告"),
        ("阳台晾衣架选哪种好？（家里有老人）｜问问看", "阳台晾衣架选哪种好？"),
        ("手术室清洁用具管理规程（护理部修订）｜某某医院", "手术室清洁用具管理规程"),
        ("关于小区新增共享工具屋的通知（照录公告栏）- 某某论坛", "关于小区新增共享工具屋的通知"),
        ("函件样稿：关于贵司产品存在质量问题的律师函（已隐去当事人信息）- 某某律所", "关于贵司产品存在质量问题的律师函"),
        ("某某县钓鱼协会比赛规则（规则全文）", "某某县钓鱼协会比赛规则"),
        # (An edition and an answer's label stay; an outline number is no aside.)
        ("某某管理办法（2025年修订）", "某某管理办法（2025年修订）"),
        ("面试真题：活动遇冷，你怎么办？（参考答案）", "面试真题：活动遇冷，你怎么办？（参考答案）"),
        ("从县城到省城：我的备考心得", "从县城到省城：我的备考心得"),
    ],
)
def test_titles(title: str, expected: str) -> None:
    assert clean_title(title) == expected


def test_a_net_that_is_a_thing_names_no_site() -> None:
    assert not is_site_name("爷爷的竹柄渔网")
    assert is_site_name("东篱新闻网")


def test_a_row_of_icon_buttons_is_no_headline() -> None:
    doc = clean_document(
        "\n".join(
            [
                "某某范文库 · 心得体会频道",
                "参加竹编技艺培训班的心得体会",
                "收录于 3 天前　｜　字数 约600　｜　已被借鉴 21 次",
                "⊕ 收进我的素材夹　　⊕ 转成PPT提纲",
                "这个月，我报名参加了县文化馆举办的竹编技艺培训班，在老师的指导下编成了第一只小篮子。",
                "今后，我想利用周末时间继续练习，争取明年能带着孩子们一起编。",
            ]
        )
    )
    assert doc.title == "参加竹编技艺培训班的心得体会"


def test_a_wrapped_first_line_joins_in_a_document_of_blank_line_paragraphs() -> None:
    text = "\n".join(
        [
            "小木屋",
            "首页 / 周末木工 / 正文",
            "阳台花架自己做：三层的那种",
            "小木 · 更新于 3 天前 · 阅读 512 · 评论 7",
            "家里阳台窄，花盆一直摆在地上，我妈来住了一阵，弯腰浇水总说",
            "腰疼。上个月我下决心做一个花架，顺便把散在地上的花盆收起来。",
            "",
            "架子用的是二十毫米厚的松木指接板，长九十厘米，高一百厘米，",
            "深三十厘米。上下分成三层，上层放多肉，下层放绿萝和吊兰。",
            "",
            "前后花了两个周末，材料一共两百来块。我妈现在每天早上都坐着",
            "慢慢浇花，说比原来舒服多了。",
        ]
    )
    assert clean_document(text, "阳台花架自己做：三层的那种").paragraphs[0].startswith("家里阳台窄")
