"""Import, hundred-and-fifteenth round (issue 13, on holdout352-354's failures, read after their blind
score): chrome by class: a cost in the site's coins to copy, a note that a page is for reference only,
a ghost-writer's offer with a messenger, a download station's channel, a prompt to report a broken link,
buttons expanding the paragraphs left, QQ by its nickname, a button closing the page in brackets, a
prompt to pass the page on, an encyclopaedia's disambiguation note, a registration upsell, a Q&A
site's related question under its key, a site's note that its content is for reference only, a law
firm's pitch after a question, a prompt to click for a booking; glued: a related template's link, a
pitch naming QQ by its nickname between two sentences; titles: what a course's fee includes, a
column after a double dash or after >>, a forwarding label with a request, an office system's state
before the title, a column's name in brackets, an entry's kind of tableware.

Every input is written for this test (places, people, sites and numbers invented); none is
taken from bench/clean_eval or the issue.
"""

from __future__ import annotations

import pytest

from haowen.ingest.clean import clean_document
from haowen.ingest.cleaning import chrome
from haowen.ingest.parsers.base import clean_title


@pytest.mark.parametrize(
    "line",
    [
        "整理成Word需消耗2个文豆，签到可领",
        "本页内容仅作写作参考，请勿原样照搬",
        "会议讲话代写，当天交稿，QQ 1234 5678",
        "↓ 联通备用通道",
        "打不开？点这里报告死链，两小时内修复",
        "⊕ 展开剩余 4 段 ⊕",
        "急稿找我，加企鹅1234567890",
        "〔关掉此页〕",
        "转给家里的老人看看",
        "本词条介绍的是器具。关于同名的地方小吃，请见“某某（小吃）”。",
        "注册会员即可查看另外三篇同题范文",
        "网友还问：旧菜板怎么去霉斑？",
        "某某问答内容仅供生活参考。",
        "类似纠纷拿不准？可预约某某律师当面沟通",
        "想找儿科医生当面聊聊，点这里预约",
    ],
)
def test_new_chrome_classes(line: str) -> None:
    assert chrome.strong_reason(line), line


@pytest.mark.parametrize(
    "line",
    [
        "移动公司将在村委会设立便民服务点。",
        "本条例所称内容，仅指公开的部分。",
        "他把写好的讲话稿交给了办公室。",
    ],
)
def test_what_stays_text(line: str) -> None:
    assert chrome.strong_reason(line) is None, line


def _body(text: str, title: str | None = None) -> list[str]:
    return clean_document(text, title=title).paragraphs


def test_a_pitch_naming_qq_by_its_nickname_between_two_sentences_goes() -> None:
    text = (
        "　　第一段是正文的开头，它在这里结束。\n"
        "　　刚才，三位代表作了发言，讲得很实在。讲话稿赶时间？某某写手一对一改稿，加企鹅1234567890下面，我讲三点意见。\n"
        "　　第二段是正文的另一句话，它在这里结束。\n"
    )
    assert _body(text)[1] == "刚才，三位代表作了发言，讲得很实在。下面，我讲三点意见。"


def test_a_related_templates_link_after_the_last_sentence_goes() -> None:
    text = (
        "　　第一段是正文的开头，它在这里结束。\n"
        "　　本次活动到此结束，谢谢大家！类似模板：运动会主持词（两套）\n"
        "　　第二段是正文的另一句话，它在这里结束。\n"
    )
    assert _body(text)[1] == "本次活动到此结束，谢谢大家！"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("关于开设“手工布艺”周末班的通知（材料包已含）", "关于开设“手工布艺”周末班的通知"),
        ("文明烧烤自律倡议书——会员之声", "文明烧烤自律倡议书"),
        ("某某中学食堂餐具采购询价公告 >>询价采购", "某某中学食堂餐具采购询价公告"),
        ("转发（请后勤处留存）：关于餐具订货数量的确认函", "关于餐具订货数量的确认函"),
        ("已归档◎关于更换食堂餐具供应商的专题会议纪要", "关于更换食堂餐具供应商的专题会议纪要"),
        ("面点班学员心得：一块擀面杖的学问（学员园地）", "面点班学员心得：一块擀面杖的学问"),
        ("味碟（食器）- 某某百科", "味碟"),
    ],
)
def test_titles(title: str, expected: str) -> None:
    assert clean_title(title) == expected
