"""Hard titles, buttons glued to a line and page numbers left over, in forms of our own
(issue 13): a title under a site or column name, over a ——subtitle, under its speaker,
glued to its first sentence, decorated with | site, 丨account, - organisation, 第N篇, 范文N;
buttons glued to a line's start or end; bare page numbers that count the pages; end marks
(（完）). Each with the body lines that look like them and must stay.

Every input is written for this test (places, people, sites and numbers invented); none
is taken from bench/clean_eval or the issue.
"""

from __future__ import annotations

import pytest

from haowen.ingest.clean import clean_document, clean_text
from haowen.ingest.cleaning import chrome, lines, titles
from haowen.ingest.cleaning.glued import strip_glued_actions

SENT_A = "今年以来，镇农业服务中心围绕粮食稳产增收目标，扎实推进春耕备耕各项工作。"
SENT_B = "全镇落实早稻种植面积一万二千亩，完成机耕作业面积九千亩，为全年丰收打下了基础。"
SENT_C = "下一步，中心将继续做好技术指导服务，确保各项任务落到实处。"
OPENING = "为做好今年的农业生产工作，现将全镇春耕生产情况报告如下。"


# --- titles ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "decorated, title",
    [
        ("关于做好2026年汛期值班工作的通知 | 白河县应急管理局", "关于做好2026年汛期值班工作的通知"),
        ("【荐读】基层干部要会算“三笔账”丨晨钟说", "基层干部要会算“三笔账”"),
        ("学院召开2026年就业工作推进会 - 西岭职业技术学院", "学院召开2026年就业工作推进会"),
        ("我院成功开展首例微创手术-清源县人民医院", "我院成功开展首例微创手术"),
        ("第3篇：2026年团支部工作计划", "2026年团支部工作计划"),
        ("篇二：社区志愿服务活动总结", "社区志愿服务活动总结"),
        ("2026年团支部工作计划范文2", "2026年团支部工作计划"),
    ],
)
def test_site_names_after_a_bar_or_dash_and_collection_ordinals_are_decoration(decorated, title):
    assert titles.strip_decoration(decorated) == title


@pytest.mark.parametrize(
    "title",
    [
        "全镇粮食生产三年行动方案（2026—2028年）",
        "一季度经济运行情况分析-初稿说明",  # a dash before words that name no site or organisation
        "打好“组合拳”——在全区招商引资大会上的讲话",  # a subtitle's double dash
        "城乡供水一体化的实践与思考",
    ],
)
def test_real_titles_keep_their_brackets_dashes_and_endings(title):
    assert titles.strip_decoration(title) == title


NOTICE_TITLE = "关于做好2026年春季学期学生资助工作的通知"
NOTICE = ["各中小学校：为做好本学期学生资助工作，现将有关事项通知如下。", "一、各校要在开学后两周内完成家庭经济困难学生认定工作。",
          "二、各校要严格资金管理，确保资助资金按时足额发放到位。"]


@pytest.mark.parametrize(
    "shown",
    [
        NOTICE_TITLE + "（组图）", NOTICE_TITLE + "（1/2）", NOTICE_TITLE + "（第1页）", NOTICE_TITLE + "（点击查看）",
        NOTICE_TITLE + " 2026-02-20", NOTICE_TITLE + "　发布时间：2026-02-20", NOTICE_TITLE + " ——白沙区教育局",
        NOTICE_TITLE + "_通知公告", NOTICE_TITLE + "丨白沙教育", "标题：" + NOTICE_TITLE,
        "Re: " + NOTICE_TITLE, "原创　" + NOTICE_TITLE, "【" + NOTICE_TITLE + "】", "★" + NOTICE_TITLE + "★",
    ],
)
def test_a_decorated_repeat_of_the_title_is_neither_glued_to_the_text_nor_taken_with_its_decoration(shown):
    # Under the record's title (a short page a wrap guess would join), and as the page's only title.
    got = clean_document("\n".join(["白沙区教育局", NOTICE_TITLE, shown, *NOTICE]), NOTICE_TITLE)
    assert got.paragraphs == NOTICE
    got = clean_document("\n".join(["白沙区教育局", shown, *NOTICE]))
    assert (got.title, got.paragraphs) == (NOTICE_TITLE, NOTICE)


@pytest.mark.parametrize("title", ["2026年工作要点（2026年）", "乡村振兴规划图", "县城总体规划（2021—2035年）", "转型发展中的县域经济——以白沙区为例"])
def test_titles_that_end_like_decoration_keep_it(title):
    assert titles.strip_decoration(title) == title


def test_a_speech_whose_first_line_is_its_speaker_gets_its_title_not_the_speaker():
    text = "\n".join(
        ["青禾党建网 > 讲话选登", "县委常委、组织部部长　欧阳明", "在全县村级组织换届工作会议上的讲话", "（2026年2月9日）", "同志们：", SENT_A, SENT_C]
    )
    got = clean_document(text)
    assert got.title == "在全县村级组织换届工作会议上的讲话"
    assert got.paragraphs[-2:] == [SENT_A, SENT_C]


def test_a_main_title_without_a_genre_word_over_a_subtitle_is_the_title():
    text = "\n".join(
        [
            "西川市人民政府门户网站",
            "领导讲话",
            "稳字当头抓发展　实干为先谋新篇",
            "——在全市2026年一季度经济运行调度会上的讲话",
            "副市长　龙小川",
            "来源：市政府办公室　发布时间：2026-04-03 10:12",
            "同志们：",
            SENT_A,
            SENT_C,
        ]
    )
    got = clean_document(text)
    assert got.title == "稳字当头抓发展　实干为先谋新篇"
    assert got.paragraphs[-2:] == [SENT_A, SENT_C]


def test_a_title_glued_to_a_purpose_clause_or_a_news_lead_is_read_and_cut_off():
    plan = "关于推进全镇庭院经济发展的实施方案为进一步拓宽农民增收渠道，结合本镇实际，制定本方案。"
    got = clean_document("\n".join(["某某范文 · 方案", plan, SENT_B, SENT_C]))
    assert got.title == "关于推进全镇庭院经济发展的实施方案"
    assert got.paragraphs[0] == "为进一步拓宽农民增收渠道，结合本镇实际，制定本方案。"
    news = "县医院专家团队送医下乡本报讯（记者　吴晓）3月6日，县人民医院组织十二名专家到白沙镇开展义诊。"
    got = clean_document("\n".join([news, SENT_B]))
    assert got.title == "县医院专家团队送医下乡"
    assert got.paragraphs[0].startswith("本报讯（记者　吴晓）3月6日")


def test_a_first_sentence_is_never_taken_for_a_glued_title():
    # A purpose clause with no title before it, and a sentence that names 本报讯 after a comma.
    for first in ["为进一步加强农村道路管护，镇政府决定开展专项整治行动，现将有关事项通知如下。",
                  "据统计，今年以来本报讯息平台共推送各类惠农信息三百余条，点击量超过十万次。"]:
        got = clean_document("\n".join([first, SENT_B, SENT_C]))
        assert got.title == ""
        assert got.paragraphs[0] == first


def test_a_speech_title_with_its_date_glued_on_stays_in_the_text():
    line = "在全县教育工作会议上的讲话（2026年1月8日）同志们：今天召开全县教育工作会议，主要任务是总结工作、部署任务。"
    got = clean_document("\n".join([line, SENT_C]))
    assert got.title == "在全县教育工作会议上的讲话"
    assert got.paragraphs[0] == line


# --- buttons glued to a line -------------------------------------------------------------------


@pytest.mark.parametrize(
    "line, kept",
    [
        ("【保存本段】（二）加强技术服务。组织农技人员进村入户开展指导。", "（二）加强技术服务。组织农技人员进村入户开展指导。"),
        ("〔打印〕〔转发〕三、强化督查考核，将任务完成情况纳入年度考核。", "三、强化督查考核，将任务完成情况纳入年度考核。"),
        ("展开阅读全文会议强调，要压实责任，确保各项任务按时完成。", "会议强调，要压实责任，确保各项任务按时完成。"),
        ("点击展开各村要建立台账，逐户登记，确保不漏一户。", "各村要建立台账，逐户登记，确保不漏一户。"),
        ("全镇共完成改厕八百户。收藏本页", "全镇共完成改厕八百户。"),
        ("群众满意度明显提升。点击查看更多>>", "群众满意度明显提升。"),
        ("活动取得圆满成功。分享到：朋友圈 QQ空间", "活动取得圆满成功。"),
        ("要切实加强组织领导。复制全文", "要切实加强组织领导。"),
    ],
)
def test_buttons_glued_to_a_lines_start_or_end_go(line, kept):
    assert strip_glued_actions(line) == kept


@pytest.mark.parametrize(
    "line",
    [
        "【注】表中数据截至2026年3月底，以统计部门公布为准。",
        "【案例】某村通过土地流转，实现集体经济收入翻番。",
        "查看全文件目录后，请各单位逐项核对并于五日内反馈意见。",
        "点击率是衡量宣传效果的一项指标，但不是唯一的指标。",
        "要引导群众下载并使用政务服务应用，在手机上办理社保业务。",
        "各位党员要带头转发学习资料。分享心得",  # no button: a verb and an object of the text
        "报名截止后另行通知。联系电话：0736-5512347",
        "我们要把经验总结好。复制推广",
    ],
)
def test_body_lines_that_start_or_end_with_action_words_stay(line):
    assert strip_glued_actions(line) == line


def test_a_button_glued_in_the_middle_of_the_body_goes_and_a_paragraph_on_sharing_stays():
    share = "我们鼓励各村分享经验做法，群众可以在公众号上下载办事指南。"
    text = "\n".join([SENT_A, "展开全文" + SENT_B, share, SENT_C + "下载本文"])
    assert clean_text(text) == [SENT_A, SENT_B, share, SENT_C]


# --- page numbers and end marks -----------------------------------------------------------------


def test_bare_page_numbers_that_count_the_pages_go_at_line_ends_and_inside_lines():
    text = "\n".join(
        [
            SENT_A + "2",
            "二、主要做法",
            "全镇组织农技人员深入田间地头，推广3水稻集中育秧技术，受到群众欢迎。",
            "同时加强农资市场监管，开展专项检查两次，查处违法案件一起，4",
            "有效维护了农民合法权益。",
            SENT_C,
        ]
    )
    out = clean_text(text)
    assert out == [
        SENT_A,
        "二、主要做法",
        "全镇组织农技人员深入田间地头，推广水稻集中育秧技术，受到群众欢迎。",
        "同时加强农资市场监管，开展专项检查两次，查处违法案件一起，有效维护了农民合法权益。",
        SENT_C,
    ]


def test_lone_page_numbers_between_paragraphs_go_when_they_count_the_pages():
    text = "\n".join([SENT_A, "2", SENT_B, "3", "全镇共发放良种补贴资金三百二十万元，惠及农户", "4", "四千二百户，群众积极性明显提高。", SENT_C])
    assert clean_text(text) == [SENT_A, SENT_B, "全镇共发放良种补贴资金三百二十万元，惠及农户四千二百户，群众积极性明显提高。", SENT_C]


@pytest.mark.parametrize("marker", ["-3-", "— 3 —", "～3～", "·3·", "— 第3页 —", "第3页/共8页", "第3页，共8页", "第3/8页", "Page 3 of 8"])
@pytest.mark.parametrize("where", ["end", "inside"])
def test_an_explicit_marker_glued_to_a_lines_end_or_inside_it_goes(marker, where):
    first, second = "全镇共发放良种补贴资金三百二十万元，惠及农户", "四千二百户，群众积极性明显提高。"
    text = "\n".join([SENT_A, first + marker, second, SENT_C] if where == "end" else [SENT_A, first + marker + second, SENT_C])
    assert clean_text(text) == [SENT_A, first + second, SENT_C]


@pytest.mark.parametrize("marker", ["[第5页]", "【第5页】", "〔第5页 共9页〕", "《第5页》", "第5页（共9页）", "（5/9）", "==5==", "< 5 >",
                                    "— Page 5 —", "5 of 9", "5/9页", "页码：5"])
@pytest.mark.parametrize("glued", [False, True])
def test_more_marker_forms_at_a_line_start_inside_a_sentence_go(marker, glued):
    first, second = "全镇共发放良种补贴资金三百二十万元，惠及农户", "四千二百户，群众积极性明显提高。"
    lines_ = [SENT_A, first, marker + second] if glued else [SENT_A, first, marker, second]
    assert clean_text("\n".join([*lines_, SENT_C])) == [SENT_A, first + second, SENT_C]


def test_a_title_line_with_a_page_label_is_not_joined_to_the_text():
    got = clean_document("\n".join(["白沙区教育局", NOTICE_TITLE + "（第1页）", *NOTICE]))
    assert got.paragraphs == NOTICE


def test_reference_numbers_and_fractions_in_sentences_stay():
    refs = ["参考文献", "[1] 白沙区统计局．2025年统计年鉴．", "[2] 白沙区教育局．学生资助工作手册．"]
    assert clean_text("\n".join([SENT_A, *refs])) == [SENT_A, *refs]
    said = "全镇已有三分之二（2/3）的村完成改厕任务，剩余村庄将于年底前完成。"
    assert clean_text("\n".join([SENT_A, said, SENT_C])) == [SENT_A, said, SENT_C]


def test_a_page_named_in_a_sentence_and_dashes_between_numbers_stay():
    for line in ["请对照评估报告第3页列出的问题逐项整改，确保按期完成。",
                 "详见附件第2页",
                 "本周气温-2-5℃，请各村做好防冻工作，确保群众安全过冬。",
                 "比分定格在3-2-1的局面，比赛十分精彩，观众热情高涨。"]:
        assert "".join(clean_text("\n".join([SENT_A, line, SENT_C]))) == SENT_A + line + SENT_C


def test_numbers_that_do_not_count_pages_stay():
    # Section numbers over headings, one number alone, numbers of the text.
    sections = "\n".join([OPENING, "1", "总体要求", SENT_A, "2", "主要任务", SENT_B, "3", "保障措施", SENT_C])
    assert clean_text(sections) == [OPENING, "1", "总体要求", SENT_A, "2", "主要任务", SENT_B, "3", "保障措施", SENT_C]
    counted = "\n".join(["全镇今年计划实施3项民生工程，新建村级文化广场2", "个，改造农村公路12公里。", SENT_C])
    assert "".join(clean_text(counted)) == "全镇今年计划实施3项民生工程，新建村级文化广场2个，改造农村公路12公里。" + SENT_C
    ends = "\n".join(["全镇农村公路总里程达到312", SENT_B, "其中硬化道路比例提高到98", SENT_C])
    assert "312" in "".join(clean_text(ends)) and "98" in "".join(clean_text(ends))
    # Numbered sections with prose after them start at 1: they are no page sequence.
    numbered = "\n".join([OPENING, "1", SENT_A, "2", SENT_B, "3", SENT_C])
    assert clean_text(numbered) == [OPENING, "1", SENT_A, "2", SENT_B, "3", SENT_C]


def test_a_list_item_ending_in_a_comma_is_not_glued_to_the_next_item():
    items = ["（1）加强组织领导，", "（2）落实工作责任，", "（3）强化督促检查。"]
    assert clean_text("\n".join([SENT_A, *items, SENT_C])) == [SENT_A, *items, SENT_C]
    # A line ending in a comma under an item goes on when the next is no next item.
    assert clean_text("\n".join([SENT_A, "（1）加强组织领导，", "明确专人负责。"])) == [SENT_A, "（1）加强组织领导，明确专人负责。"]


@pytest.mark.parametrize("mark", ["（完）", "（全文完）", "【完】", "- 完 -", "(完)"])
def test_an_end_mark_under_the_text_goes_and_the_word_stays(mark):
    assert clean_text("\n".join([SENT_A, SENT_B, "各项工作已全部完成。", mark, "【打印本页】"])) == [SENT_A, SENT_B, "各项工作已全部完成。"]
    assert chrome.edge_reason("完成情况") is None and chrome.edge_reason("（完成）") is None


@pytest.mark.parametrize(
    "footer",
    ["上一条：无", "下一条：关于开展校园安全检查的通知", "【责编：石某】", "本站由白沙区教育信息中心维护", "主办单位：白沙区教育局 承办单位：区电教馆",
     "推荐使用谷歌浏览器，分辨率1920×1080", "您是第20871位访客", "访问人数：1234567", "点赞(12)", "在看(3)", "— THE END —"],
)
def test_footer_lines_under_the_text_go_alone_as_the_last_line(footer):
    assert clean_document("\n".join([NOTICE_TITLE, *NOTICE, footer]), NOTICE_TITLE).paragraphs == NOTICE


def test_a_notice_that_ends_with_its_own_contact_and_next_steps_keeps_them():
    last = ["下一阶段，各校要把资助工作与育人工作结合起来。", "联系人：石某", "联系电话：0731-5562210"]
    assert clean_document("\n".join([NOTICE_TITLE, *NOTICE, *last]), NOTICE_TITLE).paragraphs == NOTICE + last


@pytest.mark.parametrize(
    "line",
    ["—— 免费阅读到此 ——", "▼ 查看剩余 65% ▼", "还剩3页未读，继续阅读", "以下内容会员可见", "此处内容需要回复后可见（需回复）", "文章未完，请看下一页",
     "（未完待续）", "¥ 3.50 解锁", "已有1,208人下载", "温馨提示：本文档下载后可编辑", "文件格式：wps　大小：41KB", "全屏阅读", "▼ 收起",
     "本文转载自网络，仅供参考"],
)
def test_preview_pay_and_hidden_content_lines_go_in_the_middle_of_the_body(line):
    assert clean_text("\n".join([*NOTICE[:2], line, NOTICE[2]])) == NOTICE


@pytest.mark.parametrize(
    "line",
    ["（三）需支付的费用", "四、未完成事项及原因", "剩余资金全部用于校舍维修。", "对未读懂政策的家庭，班主任要逐户上门讲解。",
     "收起锋芒，练好内功", "隐藏内容的处理", "需要回复的事项请于3月5日前报送。", "三、温馨提示"],
)
def test_body_lines_with_the_words_of_preview_prompts_stay(line):
    assert clean_text("\n".join([*NOTICE[:2], line, NOTICE[2]])) == [*NOTICE[:2], line, NOTICE[2]]


# --- cost -------------------------------------------------------------------------------------


def test_the_page_sequence_search_is_bounded_on_a_text_made_of_numbers(monkeypatch):
    """20,000 lines that are all candidates (numbers counting 1, 2, 3 … with running text
    between them, and many 1–3 starts): the search takes at most a few steps per candidate."""
    calls = 0
    real = lines.bisect.bisect_right

    def counting(a, x, *args):
        nonlocal calls
        calls += 1
        return real(a, x, *args)

    monkeypatch.setattr(lines.bisect, "bisect_right", counting)

    class L:
        def __init__(self, text):
            self.text = text

    prose = "各单位要认真落实责任，推动各项工作任务按时完成，"
    rows = [L(prose if i % 2 else str(i % 7 + 1)) for i in range(20_000)]
    rows += [L(f"推动{i % 9 + 1}项工作，确保按期完成{i % 5 + 1}") for i in range(20_000)]
    found = lines._page_sequence(rows)
    assert calls <= lines._MAX_SEQUENCE_STARTS * (len(rows) + 1)
    assert isinstance(found, dict)


def test_cleaning_a_two_megabyte_line_and_many_number_lines_finishes():
    out = clean_text("推动3项目建设，确保按期完成4。" * 120_000)
    assert out and sum(map(len, out)) >= 1_900_000
    digits = "\n".join(f"{i % 7} {i % 13}" if i % 3 else str(i % 5 + 1) for i in range(20_000))
    clean_text(digits)  # (returns; its cost is measured by bench/, not timed here)
