"""Import, eighty-eighth round (issue 13, on holdout271-273's failures, read after their blind score):
chrome by class: shop redirects, excerpt labels, photo news links, links to watch, a collection's
interludes, previous / next links by the piece's place, links back to the contents, same-topic
samples, calls to those in a hurry, login walls over the rest, notes that a paragraph was added,
read-receipt prompts, wiki edit links, phone readers' hints, listen buttons, "打开「…」，听更多…";
glued: an icon button before a salutation, a wiki edit link after a heading, a listen button and
its arrow before the lead, a follow prompt naming the account in quotes, a paragraph note after
the last sentence; what stays: a poster's lead-in to their own answer, an issuer under the last
paragraph over the page's chrome (restored from the page), a postscript naming only where;
titles: a collection's place before the title, deadlines and class sizes, pleas to those who
know, a news site and its column after a dash, a reply label with its aside, a board's tag on a
thread's subject.

Every input is written for this test (places, people, sites and numbers invented); none is
taken from bench/clean_eval or the issue.
"""

from __future__ import annotations

import pytest

from haowen.ingest.clean import clean_document
from haowen.ingest.cleaning import chrome
from haowen.ingest.cleaning.dates import is_written_on
from haowen.ingest.cleaning.glued import strip_glued_actions, strip_leading_chrome
from haowen.ingest.parsers.base import clean_title
from haowen.ingest.parsers.html import parse_html
from haowen.library.services import analyse_draft

NOTICE = [
    "各位居民：",
    "本周六上午小区将停水检修，请提前储水。",
    "检修结束后管道可能有少量锈水，放水两分钟即可。",
]


def _body(lines: list[str], title: str | None = None) -> list[str]:
    return clean_document("\n".join(lines), title).paragraphs


@pytest.mark.parametrize(
    "line",
    [
        "想买同款，请移步官方旗舰店选购",
        "正文预览：",
        "图片新闻：志愿者夜巡掠影",
        "戳这里看老师傅的演示视频",
        "〔插播〕本文集第三册已整理成电子书",
        "◁ 之五：晒谷　　之七：挑水 ▷",
        "返回「乡居杂记」目录",
        "此处还有3篇同题范文，点开可切换阅读",
        "急用材料找某某，微信 abc_xiezuo",
        "登录后继续阅读余下三段",
        "（本段由楼主于昨天补充）",
        "阅后请点击“确认已阅”",
        "编辑本节",
        "表格较宽，手机上请横屏查看",
        "听新闻 ▷",
        "打开「某某发布」，听更多乡音",
    ],
)
def test_these_classes_are_chrome_wherever_they_stand(line):
    assert chrome.strong_reason(line) is not None
    assert line not in _body(NOTICE[:2] + [line] + NOTICE[2:])


@pytest.mark.parametrize(
    "line",
    [
        "请各部门负责人组织学习，并在系统中确认已阅。",  # a circular's own sentence
        "我的作答，请各位指正：",  # a poster's lead-in
    ],
)
def test_a_documents_own_lines_on_these_subjects_stay(line):
    assert chrome.strong_reason(line) is None


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("🔈朗读各位居民朋友：", "各位居民朋友："),
        ("形制编辑本节", "形制"),
        ("点击上方蓝字，关注“某某社区”每周二上午，网格员都会背着药包出门。", "每周二上午，网格员都会背着药包出门。"),
        ("铆钉一定要用铝的，过不了多久又漏。（本段于今早补充）", "铆钉一定要用铝的，过不了多久又漏。"),
        ("打开「某某发布」，听更多乡音“嘣——嘣——”初冬的早晨，老街又传出了弓弦声。", "“嘣——嘣——”初冬的早晨，老街又传出了弓弦声。"),
        ("平时刷锅别用钢丝球，用洗碗布就行。＋关注答主", "平时刷锅别用钢丝球，用洗碗布就行。"),
    ],
)
def test_glued_chrome_goes_and_the_text_stays(line, kept):
    assert strip_glued_actions(line) == kept


def test_a_listen_button_and_its_arrow_go_before_the_lead():
    rest, cut = strip_leading_chrome("听新闻 ▷本报讯（记者某某）1月7日，某某民俗展在市博物馆开展。")
    assert rest.startswith("本报讯")
    assert cut == "听新闻 ▷"


def test_a_quoted_account_in_a_sentence_of_the_text_stays():
    line = "请广大群众关注“平安某某”公众号，及时了解汛情信息。"
    assert strip_glued_actions(line) == line


def test_a_posters_lead_in_to_their_answer_starts_the_text():
    lines = [
        "某某论坛 › 面试交流",
        "〔每日一练〕有人说老手艺应该让它自然消失，你怎么看？",
        "楼主：上岸的阿禾　｜　发表于 昨天 07:02",
        "我的作答，请各位指正：",
        "这种说法我不认同。老手艺在机器面前失去了效率优势，但它承载的工匠精神不会过时。",
        "第一，老手艺有文化价值，消失了就很难再找回来。",
    ]
    assert _body(lines, "有人说老手艺应该让它自然消失，你怎么看？")[0] == "我的作答，请各位指正："


def test_an_issuer_under_the_last_paragraph_over_the_pages_chrome_is_restored():
    page = """<html><head><meta charset="utf-8"><title>进山不带火种</title></head><body>
<div class="rich">
<section><span>各位游客、村民朋友：</span></section>
<section><span>3月以来，我县持续晴好少雨，林区可燃物干燥，森林火险等级长期处于四级以上。现将清明前后林区用火管理有关事项提示如下。</span></section>
<section><span>一、3月25日至5月15日为森林高火险期，进入林区一律不得携带火种，不得在林区吸烟、烧纸。</span></section>
<section><span>二、发现林区冒烟起火，请立即拨打森林火警电话12119。</span></section>
<section><span>防火就是防小火种。一根火柴迸出的火星，都可能酿成大灾。感谢大家的理解和配合！</span></section>
<section><span>某某县林业局</span></section>
</div>
<div class="tools">阅读原文 阅读 2816 分享 点赞 在看</div>
<div class="qr">长按下方二维码，把“某某林草”加进常读</div>
</body></html>"""
    draft = analyse_draft(parse_html(page.encode("utf-8")))
    assert draft.body.rstrip().endswith("某某县林业局")


@pytest.mark.parametrize("postscript", ["写于某某老屋", "写于清明前夜"])
def test_a_postscript_naming_only_where_or_when_is_the_texts(postscript):
    assert is_written_on(postscript)


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        ("随笔二十一则之七：母亲的竹绷", "母亲的竹绷"),
        ("某某县文化馆公开招聘非遗传习员公告（报名截止4月26日）", "某某县文化馆公开招聘非遗传习员公告"),
        ("老火镰怎么打不出火星？蹲一个懂行的", "老火镰怎么打不出火星？"),
        ("沙包游戏感统训练课程介绍（每班6人）", "沙包游戏感统训练课程介绍"),
        ("七旬老匠人带出六个徒弟 弹棉弓声又响老街—某某新闻网·乡镇传真", "七旬老匠人带出六个徒弟 弹棉弓声又响老街"),
        ("回复（已同意）：关于借用竹笛参加演出的函", "关于借用竹笛参加演出的函"),
    ],
)
def test_page_decoration_leaves_the_title(raw, title):
    assert clean_title(raw) == title


def test_a_dash_between_two_years_is_the_titles_own():
    assert clean_title("从1949年到2019年—新中国七十年") == "从1949年到2019年—新中国七十年"


def test_a_boards_tag_on_a_threads_subject_is_no_part_of_the_title():
    text = "\n".join(
        [
            "某某论坛 · 某某人的网上家园",
            "首页 › 某某生活 › 求助问答",
            "[求助问答] 老街那家弹棉铺还开着吗？想翻新两床老棉被",
            "楼主 雨巷　发表于 昨天 20:16　查看 1208",
            "家里有两床结婚时打的棉被，盖了二十多年，已经板结发硬了，扔了舍不得。",
            "听说老街有家弹棉铺，不知道还开着没有，有去过的朋友说一声。",
        ]
    )
    assert clean_document(text, None).title == "老街那家弹棉铺还开着吗？想翻新两床老棉被"
