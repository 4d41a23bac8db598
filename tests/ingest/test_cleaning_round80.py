"""Import, eightieth round (issue 13, on holdout247-249's failures, read after their blind score):
titles lose a forwarding label after a dash, a print label in corner brackets, a reader's aside
before the title, a fill-in shop aside, a collection's volume and piece after a dot, an issuer
after a dot and a portal's genre label after a complete title; a piece's title over its
collection's row is the title, however short; chrome by class: an issuer with reads, a piece's
number with its counters, a collection's previous and next piece, related lists by their key,
prompts to improve an entry, compilers' credits (alone or glued after the last sentence), notes
that an example hides its parties, follow and top-right-menu prompts, services by their id, a
thread's handling states, contributors, popular-science disclaimers, links to the page in
traditional characters; the author's pen name over the text goes when the site is named after
it; what stays: a poster who says where to find them, a speech's "根据录音整理".

Every input is written for this test (places, people, sites and numbers invented); none is
taken from bench/clean_eval or the issue.
"""

from __future__ import annotations

import pytest

from haowen.ingest.clean import clean_document
from haowen.ingest.cleaning import chrome
from haowen.ingest.parsers.base import clean_title

LETTER = ["各位居民：", "小区将于本周六上午开展楼道清理，请各户提前把杂物搬回家中。"]


def _doc(lines: list[str], title: str | None = None):
    return clean_document("\n".join(lines), title)


def _body(lines: list[str], title: str | None = None) -> list[str]:
    return _doc(lines, title).paragraphs


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        ("转发-关于调整春季作息时间的函", "关于调整春季作息时间的函"),
        ("『打印』关于全镇农贸市场秤具抽查情况的通报", "关于全镇农贸市场秤具抽查情况的通报"),
        ("（请各班主任阅）关于做好秋季运动会安全工作的通知", "关于做好秋季运动会安全工作的通知"),
        ("房屋租赁合同（范本）（填空即可签）", "房屋租赁合同（范本）"),
        ("外婆的针线笸箩（旧影集·卷二之九）", "外婆的针线笸箩"),
        ("文明养犬倡议书·某某养犬协会", "文明养犬倡议书"),
        ("某某镇卫生院救护车采购项目中标结果公告（成交公示）", "某某镇卫生院救护车采购项目中标结果公告"),
        ("律师说法 ‖ 楼上漏水泡坏了我家地板，能要求赔偿吗？", "楼上漏水泡坏了我家地板，能要求赔偿吗？"),
    ],
)
def test_page_decoration_leaves_the_title(raw, title):
    assert clean_title(raw) == title


@pytest.mark.parametrize(
    "raw",
    [
        "关于转发市局通知的通知",  # a 公文 that forwards, no dash
        "关于某某的公告（第二号）",  # the notice's own number
        "转发-",  # nothing after the label
    ],
)
def test_a_titles_own_words_stay(raw):
    assert clean_title(raw) == raw


@pytest.mark.parametrize(
    "line",
    [
        "发布：某某家纺品牌部　阅读 2,108",
        "第15篇　阅读 207　·　某某老人 著",
        "本辑下一篇：《灶台边的年夜饭》",
        "同类词条：医用口罩　防尘口罩",
        "本类其他规程：高处作业安全规程　／　临时用电管理办法",
        "发现错误？帮我们完善这个词条",
        "（某某律所劳动争议团队　某某律师整理）",
        "本文书已隐去当事人真实信息，仅供参考。",
        "还没关注某某社区的居民，记得点一下",
        "点击右上角，收藏到我的资料",
        "本篇可按贵校名称改写，微信 abc_fw01",
        "转交职能部门处理　等待官方回复",
        "本词条贡献者：某某、某某 等6人",
        "内容仅供科普参考，身体不适请及时就医",
        "某某文存 一个退休教师的小园子　繁體 简体",
    ],
)
def test_these_classes_are_chrome_between_paragraphs(line):
    assert chrome.strong_reason(line) is not None, line
    assert _body([LETTER[0], line, LETTER[1]]) == LETTER, line


@pytest.mark.parametrize(
    "line",
    [
        "有兴趣的直接到村委会找我，或者打电话：王师傅 13800000000。",  # the poster's own contact
        "（根据录音整理）",  # a speech's own note
        "第二篇是关于安全生产的内容，阅读时请注意对照附件。",  # a sentence opening on 第二篇
    ],
)
def test_a_documents_own_lines_on_these_subjects_stay(line):
    assert _body([LETTER[0], line, LETTER[1]]) == [LETTER[0], line, LETTER[1]], line


def test_a_compilers_credit_glued_after_the_last_sentence_goes():
    lines = ["问：邻居装修把我家墙面震裂了，能要求赔偿吗？", "答：可以。建议先拍照固定证据，再与对方协商。（某某律所 某某律师整理）"]
    assert _body(lines)[-1] == "答：可以。建议先拍照固定证据，再与对方协商。"


def test_a_pieces_short_title_over_its_collections_row_is_the_title():
    lines = [
        "某某拾忆 · 一个老会计的文字角落",
        "目录 ｜ 上一篇 ｜ 下一篇",
        "那把算盘",
        "第12篇　阅读 264　·　某某老人 著",
        "我这辈子用过的第一把算盘，是父亲留下的。",
        "算盘珠子磨得发亮，每一颗都记着一笔账。",
    ]
    doc = _doc(lines)
    assert doc.title == "那把算盘"
    assert doc.paragraphs == lines[4:]


def test_the_authors_pen_name_goes_when_the_site_is_named_after_it():
    lines = [
        "石翁文存 退休老船工的笔墨角落　繁體 简体",
        "文存首页 ｜ 江上篇 ｜ 岸边篇 ｜ 留言簿",
        "石翁",
        "江上的冬天，是被汽笛声叫醒的。",
        "那时候我在渡口撑船，一天要来回二十几趟。",
    ]
    assert _body(lines, "江上的冬天") == lines[3:]
