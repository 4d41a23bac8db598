"""Import, ninety-fifth round (issue 13, on holdout292-294's failures, read after their blind score):
chrome by class: a writing service that drafts one to one, a prompt to open a photo larger, an
asker's supplement under the asker's name, a host's note that users wrote the content, a menu
between dashed box-drawing bars, a like given to someone, a membership's first-month price, a
firm's offer to check a contract, a service's button alone, a hospital's round-the-clock
emergency line, a collection's piece row with its volume in brackets; what stays: a brochure's
numbered fee item that mentions a referral discount; a pinned state glued before the salutation;
a forwarded mail's quoted subject above the addressee; related links carrying the site's
version label; titles: an encyclopaedia's category and kind segments, a collection and the
piece's place after a dot, a dotted collection label in angle brackets, pleas for comments,
a board's name, a lawyer-reviewed edition, a kind of thing before an entry's short name, and a
piece's title over its volume row on a page without a title.

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
        "述职报告量身代拟，老笔杆一对一",
        "图已压缩，点图看大图",
        "题主补充：家里是老式木窗，不想换铝合金。",
        "问答内容由用户生成，请理性参考。",
        "首 页 ┆ 工作总结 ┆ 讲话致辞 ┆ 心得体会",
        "看到这里，给爷爷点个小红心吧",
        "解锁全文需开通墨香年卡，首月仅需9元",
        "合同条款不放心可找律师逐项把关",
        "在线挂号",
        "急诊24小时服务：0123-4567890",
        "〔卷二·师友〕第十一篇　本篇已被翻阅 356 次",
    ],
)
def test_new_chrome_classes(line: str) -> None:
    assert chrome.strong_reason(line) or chrome.edge_reason(line) or chrome.notice_reason(line, len(line)), line


@pytest.mark.parametrize(
    "line",
    [
        "三、收费标准：每人每期600元；老学员介绍新学员，双方各减50元。",
        "急诊科咨询电话：0123-4567891。",
        "今年以来，我们为企业量身定制服务方案十二套。",
        "让我们为他们点个赞！",
    ],
)
def test_what_stays_text(line: str) -> None:
    assert chrome.strong_reason(line) is None, line


def test_a_pinned_state_glued_before_the_salutation_goes() -> None:
    assert strip_glued_actions("置顶｜各位业主朋友：") == "各位业主朋友："


def test_a_forwarded_mails_quoted_subject_is_no_title_over_the_addressee() -> None:
    body = _body(
        [
            "发件人：某某 <a@example.cn>",
            "收件人：各会员单位 <b@example.cn>",
            "各位：转发市馆来函，请按要求报送。",
            "---------- 转发的邮件 ----------",
            "发件人：“某某” <c@example.cn>",
            "发送时间：2025年4月2日 09:30",
            "主题：关于征集老照片的函（请转各会员）",
            "各会员单位：",
            "为筹办城市记忆展，现面向社会征集老照片，有关事项函告如下：",
            "一、征集时间：即日起至5月31日。",
        ],
        "关于征集老照片参加城市记忆展的函",
    )
    assert body[0] == "各会员单位："


def test_related_links_with_the_sites_version_label_go_after_a_rules_last_article() -> None:
    body = _body(
        [
            "第一条　为规范陶艺工坊管理，制定本制度。",
            "第二条　工坊内严禁使用明火。",
            "第三条　本制度自印发之日起施行。",
            "陶艺教室日常管理办法",
            "手工作坊用电安全制度（通用）",
        ],
        "陶艺工坊安全管理制度",
    )
    assert body[-1] == "第三条　本制度自印发之日起施行。"


def test_a_pieces_title_over_its_volume_row_is_the_title() -> None:
    doc = clean_document(
        "\n".join(
            [
                "竹里馆文存 · 某某个人文集",
                "卷一 乡土　卷二 师友　留言",
                "那口老水缸",
                "〔卷一·乡土〕第三篇　　本篇已被翻阅 512 次",
                "　　我家那口水缸是爷爷从镇上挑回来的，缸沿有一道",
                "细细的裂纹。",
                "每天清早，母亲都要把缸挑满。",
            ]
        )
    )
    assert doc.title == "那口老水缸"
    assert doc.paragraphs[0].startswith("我家那口水缸")


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("搪瓷缸_生活器物_某某百科", "搪瓷缸"),
        ("砚台 - 某某志 · 文房词条", "砚台"),
        ("灯下记 ·《竹影集》之三 - 某某文存", "灯下记"),
        ("〈竹影集·乡土篇〉母亲的针线笸箩", "母亲的针线笸箩"),
        ("从一盏路灯看基层治理（望不吝赐教）", "从一盏路灯看基层治理"),
        ("从一盏路灯看基层治理（求各位老师指点）", "从一盏路灯看基层治理"),
        ("老挂钟为什么走不准？（钟表维修板块）", "老挂钟为什么走不准？"),
        ("木门加工承揽合同（执业律师审定版）", "木门加工承揽合同"),
        ("【器物】马扎", "马扎"),
        ("【通知】会议", "【通知】会议"),
    ],
)
def test_titles(title: str, expected: str) -> None:
    assert clean_title(title) == expected
