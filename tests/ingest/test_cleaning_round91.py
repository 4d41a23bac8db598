"""Import, ninety-first round (issue 13, on holdout280-282's failures, read after their blind score):
chrome by class: a download site's mirror lines, a forum attachment with its size, unlock buttons,
share-target rows, QR placeholders, pointers to download the site's app, clipboard buttons, links
to collect the text, bans on reprinting, points for sharing, listen buttons, tap prompts at the
account above or the card below, a writing app's prompt to say what to write, standing enrolment,
a collection's note on its texts, ghost-writers who "代为拟写", a paragraph revised by the admin;
glued: a like button and its count, a link to collect, a chat-widget prompt and a weekly follow
prompt run into the next sentence; structure: a row of chrome cells under a form's blanks, a
mail's sending time with its weekday among its headers, readers' comments over related questions,
related headlines under one bracketed label; titles: a collection's piece after a dash, a spaced
"Word文档", a column of notes before a dot, an entry's gloss naming a kind of object.

Every input is written for this test (places, people, sites and numbers invented); none is
taken from bench/clean_eval or the issue.
"""

from __future__ import annotations

import pytest

from haowen.ingest.clean import clean_document
from haowen.ingest.cleaning import chrome
from haowen.ingest.cleaning.glued import strip_glued_actions
from haowen.ingest.parsers.base import clean_title


def _body(lines: list[str], title: str | None = None) -> list[str]:
    return clean_document("\n".join(lines), title).paragraphs


@pytest.mark.parametrize(
    "line",
    [
        "移动线路极速下载",
        "[附件] 铜壶底部.png (88.1 KB, 下载次数: 7)",
        "余下3段需2金币，点击解锁",
        "分享到朋友圈　分享到微博",
        "［扫码报名二维码］",
        "学生请下载“某某校园”查看成绩",
        "〔复制到剪贴板〕〔发到手机〕",
        "点此收入我的素材夹",
        "本文为原创内容，未经授权禁止转载",
        "金币不够？分享本页可得5币",
        "♪ 收听本文",
        "戳下方卡片，了解更多秋季养生知识",
        "点击上方“某某文旅”，一起看风景",
        "没找到想要的？告诉我们你要写什么",
        "电工培训班常年招生，报名电话 0731-1234567",
        "本辑文章由作者亲自整理，转载请联系",
        "各类汇报材料可代为拟写，加微信 abc_xie2025",
        "（本段已由版主修订）",
    ],
)
def test_new_chrome_classes(line: str) -> None:
    assert chrome.strong_reason(line) or chrome.edge_reason(line), line


@pytest.mark.parametrize(
    "line",
    [
        "报名电话：0731-1234567，报名时间为每周一至周五。",
        "请点击右侧的“提交”按钮完成报名。",
        "本集由十二篇散文组成，写的都是童年的事。",
    ],
)
def test_what_stays_text(line: str) -> None:
    assert chrome.strong_reason(line) is None, line


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("外婆把锁挂在我脖子上。♡ 喜欢(8)后来我上了学，就把它收进了抽屉。", "外婆把锁挂在我脖子上。后来我上了学，就把它收进了抽屉。"),
        ("烙铁头停留两三秒就要移开。点这里收进我的素材夹我在练习板上焊了三百个焊点。", "烙铁头停留两三秒就要移开。我在练习板上焊了三百个焊点。"),
        ("这种做法构成欺诈。类似问题可点右侧免费咨询建议您先保存好购物凭证，再向市场监管部门投诉。", "这种做法构成欺诈。建议您先保存好购物凭证，再向市场监管部门投诉。"),
        ("轻点上方“某某文化”，每周看精彩活动为丰富居民生活，文化馆开设书法公益班。", "为丰富居民生活，文化馆开设书法公益班。"),
    ],
)
def test_glued_prompts_go(text: str, expected: str) -> None:
    assert strip_glued_actions(text) == expected


def test_a_row_of_chrome_cells_under_a_forms_blanks_goes() -> None:
    body = _body(
        [
            "第五条　本合同一式两份，双方各执一份。",
            "甲方（签字）：＿＿＿＿　乙方（签字）：＿＿＿＿",
            "签订日期：＿＿＿＿年＿＿月＿＿日",
            "移动线路极速下载　备用线路下载",
            "解压密码：abc123　链接失效？点此报错",
        ],
        "铜壶加工合同",
    )
    assert body[-1] == "签订日期：＿＿＿＿年＿＿月＿＿日"


def test_a_mails_sending_time_with_its_weekday_goes() -> None:
    body = _body(
        [
            "发件人：某某 <a@example.cn>",
            "收件人：某某县文化馆 <b@example.cn>",
            "时　间：2025年5月6日 (星期二) 下午3:20",
            "某某县文化馆：",
            "我馆拟于今年夏季举办民俗展，特商借贵馆藏品参展。",
        ],
        "关于商借藏品的函",
    )
    assert body[0] == "某某县文化馆："


def test_a_notices_own_time_field_stays() -> None:
    body = _body(
        ["各位居民：", "社区将举办旧物改造讲座。", "时间：2025年6月7日（星期六）上午9:30", "地点：社区活动室"],
        "关于举办旧物改造讲座的通知",
    )
    assert "时间：2025年6月7日（星期六）上午9:30" in body


def test_readers_comments_over_related_questions_go() -> None:
    body = _body(
        [
            "铜壶第一次用，先用淘米水煮一遍，再烧两壶开水倒掉。",
            "平时用完擦干，别用钢丝球刷。",
            "山里人：我家就是这么弄的，好用",
            "铜壶发黑了怎么办？",
            "铜壶能直接放电磁炉上吗？",
        ],
        "新买的铜壶怎么开壶？",
    )
    assert body[-1] == "平时用完擦干，别用钢丝球刷。"


def test_related_headlines_under_one_label_go() -> None:
    body = _body(
        [
            "活动结束后，志愿者们还将走进乡村小学上美术课。",
            "〔某某文化〕美术馆冬季公益课程开始报名",
            "〔某某文化〕乡村美育教师培训班顺利结业",
        ],
        "美术馆志愿者走进乡村",
    )
    assert body[-1] == "活动结束后，志愿者们还将走进乡村小学上美术课。"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("一把旧算盘 ——《某某小品》之九", "一把旧算盘"),
        ("仪表使用与保管规定 Word文档", "仪表使用与保管规定"),
        ("维权随笔·网购铜壶漏水，商家要担什么责任 - 某某律所", "网购铜壶漏水，商家要担什么责任"),
        ("铜壶（传统器物）", "铜壶"),
        ("文明驾驶·记录仪伴我行倡议书", "文明驾驶·记录仪伴我行倡议书"),
    ],
)
def test_titles(title: str, expected: str) -> None:
    assert clean_title(title) == expected


def test_readers_remarks_closing_a_qa_page_go() -> None:
    body = _body(
        [
            "新铜壶先用淘米水煮一遍，再烧两壶开水倒掉就能用了。",
            "平时用完擦干，放在通风处。",
            "茶小满：我直接烧了三遍水就用了，没啥问题",
            "山茶坊：别用洗洁精，记住这个就行",
        ],
        "新买的铜壶第一次怎么用？",
    )
    assert body[-1] == "平时用完擦干，放在通风处。"


def test_a_notes_last_field_on_a_question_titled_page_stays() -> None:
    body = _body(["报名参加铜壶修复体验课，请带好身份证。", "时间：每周六上午", "地点：社区活动室"], "想学修铜壶吗？")
    assert body[-1] == "地点：社区活动室"
