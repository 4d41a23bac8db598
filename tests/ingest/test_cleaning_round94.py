"""Import, ninety-fourth round (issue 13, on holdout289-291's failures, read after their blind score):
chrome by class: a copy lock naming who unlocks it, a collapsed rest opened in the app, a prompt at
the page's chat widget by any of its names, a bare 来稿 byline, a membership by its brand name, an
edit link alone in its box, a mail client's note that it shows the attachment, a button to enrol, a
host's note that users shared the file; prompts run into the text (a reaction prompt by its class,
a service's pitch ending on its contact id, a chat pointer with who answers); a jammer's sign and
digit pairs; page numbers framed by tall-parenthesis pieces; a previous/next link under a list
bullet; a poster's name above the medals at the page's top; a question printed twice under its
board's tag; titles: a numbered daily drill in tortoise-shell brackets, a column and the site's
grade in one bracket, a contributor's aside, a plea for comments, a bare genre column after a headline.

Every input is written for this test (places, people, sites and numbers invented); none is
taken from bench/clean_eval or the issue.
"""

from __future__ import annotations

import pytest

from haowen.ingest.clean import clean_document, is_strong_chrome
from haowen.ingest.cleaning import chrome
from haowen.ingest.cleaning.glued import strip_glued_actions
from haowen.ingest.cleaning.lines import strip_inline_junk
from haowen.ingest.parsers.base import clean_title


def _body(lines: list[str], title: str | None = None) -> list[str]:
    return clean_document("\n".join(lines), title).paragraphs


@pytest.mark.parametrize(
    "line",
    [
        "本页文字已锁定，选中复制请先联系站长",
        "下半篇已折叠，在App内展开",
        "同类问题可点右侧留言，律师当天回复",
        "来稿：某某村茶农 周某某　三天前",
        "竹简会员可查看本文配套的发言提纲",
        "【我来改】",
        "[附件已自动转为纯文本显示]",
        "春季插花班正在报名，点此填表",
        "本文件由网友自行上传，仅作排版参考，使用前请核对原文。",
    ],
)
def test_new_chrome_classes(line: str) -> None:
    assert chrome.strong_reason(line) or chrome.edge_reason(line) or chrome.notice_reason(line, len(line)), line


@pytest.mark.parametrize(
    "line",
    [
        "三、库房钥匙由保管员统一保管，库门上锁后方可离岗。",
        "请各村在附件所列时间内报名参加。",
        "会员大会每年召开一次。",
        "本文件自印发之日起施行。",
    ],
)
def test_what_stays_text(line: str) -> None:
    assert chrome.strong_reason(line) is None, line


def test_a_reaction_prompt_after_the_last_sentence_goes() -> None:
    line = "如果孩子用后出现皮疹、红肿，请停止使用并及时就医。点个在看，让更多家长看到"
    assert strip_glued_actions(line) == "如果孩子用后出现皮疹、红肿，请停止使用并及时就医。"


def test_a_services_pitch_ending_on_its_contact_id_goes_from_between_two_sentences() -> None:
    body = _body(
        ["同志们：", "刚才几位同志的发言都很实在，我都同意。写材料找某某文秘，加Q 3344556677下面我讲两点意见。", "一是抓落实。"],
        "在全镇冬季防火工作会上的讲话",
    )
    assert body[1] == "刚才几位同志的发言都很实在，我都同意。下面我讲两点意见。"


def test_a_chat_pointer_and_who_answers_go_from_between_two_sentences() -> None:
    line = "依法应当由业主承担赔偿责任。同类问题可点右侧留言，律师当天回复平时要定期检查阳台上的花架。"
    assert strip_glued_actions(line) == "依法应当由业主承担赔偿责任。平时要定期检查阳台上的花架。"


def test_a_header_rows_slogan_and_buttons_go_the_site_name_stays() -> None:
    line = "青灯文苑\u3000材料憋不出来？来苑里找一找\u3000苑友登录 ｜ 新苑友报到 ｜ 把本苑存进收藏夹"
    assert strip_glued_actions(line) == "青灯文苑"


def test_a_jammers_sign_and_digit_pairs_go() -> None:
    assert strip_inline_junk("第二步，统一采购。# 47 16各村按名单领取。") == "第二步，统一采购。各村按名单领取。"
    assert strip_inline_junk("共检查了 35 户。") == "共检查了 35 户。"


def test_page_numbers_framed_by_tall_parenthesis_pieces_go() -> None:
    body = _body(
        [
            "关于做好冬季取暖安全工作的通知",
            "各村要在十一月底前完成排查，对老旧炉具登⎛2⎞记造册，逐户签订安全承诺书。",
            "⎛3⎞请各村于十二月五日前报送排查情况。",
        ],
        "关于做好冬季取暖安全工作的通知",
    )
    joined = "".join(body)
    assert "⎛" not in joined and "登记造册" in joined and "请各村于十二月五日前报送排查情况。" in joined


def test_a_previous_link_under_a_list_bullet_is_chrome() -> None:
    assert is_strong_chrome("- 上一篇：山里的桐油灯")
    assert not is_strong_chrome("- 上一步操作完成后关闭阀门")


def test_a_posters_name_above_the_medals_at_the_top_goes() -> None:
    body = _body(
        [
            "竹影清风",
            "🏅 热心网友 🏅 老会员",
            "我们楼下的健身器材坏了两个多月，扶手都松了，老人不敢用。",
            "希望物业尽快安排维修。",
        ],
        "楼下健身器材坏了两个月没人修",
    )
    assert body[0].startswith("我们楼下的健身器材")


def test_a_question_printed_twice_under_its_boards_tag_is_the_title() -> None:
    doc = clean_document(
        "\n".join(
            [
                "某某论坛 › 家居 › 厨房",
                "[灶台闲话] 铁锅到底要不要开锅？聊聊我用坏的两口锅",
                "铁锅到底要不要开锅？聊聊我用坏的两口锅",
                "老灶台　发表于 前天 20:15",
                "我家前后用过两口铁锅，第一口没开锅，用了半年就锈得厉害。",
                "第二口按老师傅说的开了锅，用到现在还是黑亮的。",
            ]
        )
    )
    assert doc.title == "铁锅到底要不要开锅？聊聊我用坏的两口锅"
    assert doc.paragraphs[0].startswith("我家前后用过两口铁锅")


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("〔结构化日练·第12题〕村里的老水井要不要填埋，请你谈谈看法 - 面试交流 - 某某论坛", "村里的老水井要不要填埋，请你谈谈看法"),
        ("社区网格员年度工作心得体会（基层心得·精选）", "社区网格员年度工作心得体会"),
        ("学做竹编的三个月（网友来稿）", "学做竹编的三个月"),
        ("学做竹编的三个月（学员投稿）", "学做竹编的三个月"),
        ("一只旧陶罐里的乡愁（请老师批改）", "一只旧陶罐里的乡愁"),
        ("暑期书法兴趣班：从握好一支毛笔开始｜招生简章 · 某某书院", "暑期书法兴趣班：从握好一支毛笔开始"),
        ("律师函（商标侵权·家具类）", "律师函（商标侵权·家具类）"),
        ("关于某某县2025年度工作的报告｜工作报告", "关于某某县2025年度工作的报告"),
    ],
)
def test_titles(title: str, expected: str) -> None:
    assert clean_title(title) == expected
