"""Import, hundred-and-fifth round (issue 13, on holdout322-324's failures, read after their blind
score): chrome by class: a signature card of an organisation and its phone set off by a bar, an
invitation to message the firm (glued after the last sentence too), a row of short cells and a
counter, a topic's link, a tap on the page's reaction so that others see it (glued after the last
sentence too); a follow prompt ending on "不走散" or "不漏看" run into the text, or on the
account's bare name before a news lead's time word; a named prompt after a counter of who took it
up, run into the addressee; a reprint ban and a bracketed writing service's pitch between two
sentences; page markers with the letter P in its compatibility forms (⒫, Ⓟ, Ｐ); a numbered item
under a course's trial-class offer kept as the text's; a Q&A page's other answers under the
heading the extractor left out; titles: whom a model suits, its kind of draft, a course's class
and cohort, a thread's board tag before a question found on the page.

Every input is written for this test (places, people, sites and numbers invented); none is
taken from bench/clean_eval or the issue.
"""

from __future__ import annotations

import pytest

from haowen.ingest.clean import clean_document
from haowen.ingest.cleaning import chrome, titles
from haowen.ingest.cleaning.glued import strip_glued_actions, strip_leading_chrome
from haowen.ingest.cleaning.lines import PAGE_MARKER
from haowen.ingest.parsers.base import clean_title
from haowen.ingest.parsers.html import drop_tail_box


@pytest.mark.parametrize(
    "line",
    [
        "某某职业学院后勤服务中心 | 电话 0571-5550123",
        "有合同纠纷问题，欢迎私信某某律师团队。",
        "讲话稿 · 会议类　｜　收藏 207",
        "编辑　讨论　收藏　赞 41",
        "专题链接：文明城市创建进行时",
        "顺手点个“在看”，让楼里街坊都看到",
        "点亮「推荐」，让更多家长看见",
    ],
)
def test_new_chrome_classes(line: str) -> None:
    assert chrome.strong_reason(line), line


@pytest.mark.parametrize(
    "line",
    [
        "联系人：某某，电话：0571-5550123。",
        "如有疑问，请联系社区居委会，电话：0571-5550123。",
        "有相同经历的朋友可以私信我，谢谢大家。",
        "阅读　12　15　18",
        "专业阅读量　320",
        "让孩子们在阅读中看到更大的世界。",
    ],
)
def test_what_stays_text(line: str) -> None:
    assert chrome.strong_reason(line) is None, line


def test_a_star_prompt_ending_on_not_lost_goes_before_the_text() -> None:
    line = "轻点上方“某某健康”，设为星标不走散不少人习惯躺着看手机，一看就是一两个小时。"
    assert strip_glued_actions(line) == "不少人习惯躺着看手机，一看就是一两个小时。"


def test_a_star_prompt_ending_on_what_it_never_misses_goes_before_the_text() -> None:
    line = "点上方蓝字“某某疾控”加个星标，健康提醒不漏看入冬以来，流感进入高发期。"
    assert strip_glued_actions(line) == "入冬以来，流感进入高发期。"


def test_a_react_prompt_after_the_last_sentence_goes() -> None:
    line = "四、传开来。欢迎大家把这份倡议转给家人和邻居。顺手点个“推荐”，让楼里邻居都看到"
    assert strip_glued_actions(line) == "四、传开来。欢迎大家把这份倡议转给家人和邻居。"


def test_an_invitation_to_message_after_the_last_sentence_goes() -> None:
    line = "建议公司在员工入职时签收工牌，离职时按清单交接。有劳动用工问题，欢迎私信某某律师团队。"
    assert strip_glued_actions(line) == "建议公司在员工入职时签收工牌，离职时按清单交接。"


def test_a_reprint_ban_between_two_sentences_goes() -> None:
    line = "二是改造压装工位，工时缩短到28秒。本文为会员原创，未经授权禁止转载。三是新开发3个型号。"
    assert strip_glued_actions(line) == "二是改造压装工位，工时缩短到28秒。三是新开发3个型号。"


def test_a_bracketed_pitch_between_two_sentences_goes() -> None:
    line = "刚才，几个村作了交流发言，讲得很实在。〔写材料找某某，微信号 abc_2024〕下面，我讲三点意见。"
    assert strip_glued_actions(line) == "刚才，几个村作了交流发言，讲得很实在。下面，我讲三点意见。"


def test_a_bracketed_note_of_the_text_between_two_sentences_stays() -> None:
    line = "各村要按时上报名单。（名单格式见附件1）请各村于月底前报送。"
    assert strip_glued_actions(line) == line


def test_a_named_prompt_after_a_counter_goes_before_the_addressee() -> None:
    line = "已有52家会员单位响应本倡议，点此一键响应全市各养殖场和广大养殖户："
    assert strip_glued_actions(line) == "全市各养殖场和广大养殖户："


def test_a_bare_follow_prompt_ends_after_the_account_before_a_news_lead() -> None:
    rest, cut = strip_leading_chrome("戳上方蓝字，关注某某公安近日，城关派出所接到一名市民报警，称钥匙被人复制。")
    assert rest.startswith("近日，城关派出所") and cut == "戳上方蓝字，关注某某公安"


@pytest.mark.parametrize(("line", "rest"), [("⒫ 2/3", ""), ("⒫ 3/3 下旬配送到校", "下旬配送到校"), ("Ⓟ4 继续施工", "继续施工"), ("【Ｐ2】", "")])
def test_page_markers_with_the_letter_p_in_its_compatibility_forms(line: str, rest: str) -> None:
    m = PAGE_MARKER.match(line)
    assert m is not None and m.group("rest").strip() == rest


def test_a_page_marker_with_a_parenthesized_p_inside_a_sentence_is_joined() -> None:
    text = "关于书法教室桌垫配备的方案\n一、进度安排。9月上旬完成采购，9月\n⒫ 3/3 下旬配送到校，国庆节后投入使用。\n二、管理要求。各校要建立台账，专室专用。"
    paragraphs = clean_document(text).paragraphs
    assert "一、进度安排。9月上旬完成采购，9月下旬配送到校，国庆节后投入使用。" in paragraphs
    assert not any("⒫" in p for p in paragraphs)


def test_a_numbered_item_under_a_trial_class_offer_stays() -> None:
    text = "\n".join(
        [
            "某某插花培训中心",
            "插花实操课招生简章",
            "插花看似简单，做好却要讲究方法。本课程用一天时间，带你把这件事做对。",
            "课程内容：",
            "1.花材选择：常见花材的季节与搭配方法。",
            "2.花器选用：陶器、玻璃、竹器各适合什么风格。",
            "不确定适不适合？可预约一节免费体验课",
            "3.养护要点：花材保鲜的注意事项，如何延长观赏期。",
            "上课时间：每月第一个周日　9:00—16:00",
            "添加课程顾问微信：chahua_gw01，领取课程表",
            "全国服务热线：400-555-0199",
            "其他课程：花艺入门　｜　节日花束　｜　婚礼布置",
        ]
    )
    paragraphs = clean_document(text, title="插花实操课招生简章").paragraphs
    assert "3.养护要点：花材保鲜的注意事项，如何延长观赏期。" in paragraphs
    assert not any("体验课" in p or "400-555" in p for p in paragraphs)


def test_other_answers_under_a_heading_the_extractor_left_out_go() -> None:
    text = "\n".join(
        [
            "建议穿完就放进去，一直放着也没问题。",
            "木头的吸潮防异味，比塑料的好。",
            "长期不穿的鞋，隔一两个月拿出来透透气。",
            "老周：塑料的没用，一定要买木头的。",
            "小卢：我一直放着，三年了鞋型还很好。",
        ]
    )
    plain = "\n".join(["问题：鞋撑要一直放着吗？", text.split("\n老周")[0], "▲ 赞同 86", "其他 2 个回答", "老周：塑料的没用，一定要买木头的。", "小卢：我一直放着，三年了鞋型还很好。", "相关问题"])
    assert drop_tail_box(text, plain) == "\n".join(text.splitlines()[:3])


def test_a_signature_under_a_bare_heading_kept_in_the_text_stays() -> None:
    text = "各位同事：\n本周五下午开展消防演练，请各部门准时参加。\n综合办公室\n2025年3月4日"
    plain = "通知\n" + text
    assert drop_tail_box(text, plain) == text


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("护理组长2024年度述职报告（社区卫生服务站适用）", "护理组长2024年度述职报告"),
        ("仓库主任2024年度述职报告（仓储述职样稿）-某某坊", "仓库主任2024年度述职报告"),
        ("插花班打卡｜插花班学习第20天：一把剪刀的学问（花艺全科班第8期）", "插花班学习第20天：一把剪刀的学问"),
        ("某某协会工作简报（第12期）", "某某协会工作简报（第12期）"),
    ],
)
def test_titles(title: str, expected: str) -> None:
    assert clean_title(title) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("【失物招领】某某路口捡到一个发卡，谁家孩子丢的？", "某某路口捡到一个发卡，谁家孩子丢的？"),
        ("【2025】某某路口捡到一个发卡，谁家孩子丢的？", "【2025】某某路口捡到一个发卡，谁家孩子丢的？"),
        ("【求助】坏了？", "【求助】坏了？"),
    ],
)
def test_a_board_tag_before_a_question(line: str, expected: str) -> None:
    assert titles.without_board_tag(line) == expected


def test_a_thread_subject_found_on_the_page_loses_its_board_tag() -> None:
    text = "\n".join(
        [
            "某某生活网论坛 › 便民信息 › 失物招领",
            "【失物招领】某某路口捡到一个发卡，谁家孩子丢的？",
            "发帖人：晚风　|　发表于 昨天 17:02　|　浏览 392",
            "今天下午四点多，在某某路和某某街交叉口的公交站旁边捡到一个发卡。",
            "发卡我先放在路口的便利店，来领的时候报我的网名就行。",
            "顶一下　踩一下　分享给好友",
        ]
    )
    assert clean_document(text).title == "某某路口捡到一个发卡，谁家孩子丢的？"
