"""Chrome, sixth round (issue 13): classes found on pages of kinds of site the earlier rounds
had not seen, each recognised by its form or its position, never by a site's words.

Every input is written for this test (places, people, sites and numbers invented); none is
taken from bench/clean_eval or the issue. Each rule is tested with body lines that look
like the chrome and must stay.
"""

from __future__ import annotations

import pytest

from haowen.ingest.clean import clean_text
from haowen.ingest.cleaning import chrome
from haowen.ingest.cleaning.glued import strip_glued_actions

NOTICE = [
    "各社区居委会：",
    "为做好今冬燃气安全工作，街道决定开展燃气安全入户检查，现将有关事项通知如下：",
    "一、检查时间为12月1日至12月20日，由网格员会同燃气公司逐户开展。",
    "二、发现隐患的，要当场告知住户，并于每周五前报街道平安办。",
    "青石街道办事处",
    "2026年11月28日",
]


# --- nothing above the title is the text ---------------------------------------------------


def test_lines_above_the_titles_repeat_go_with_it():
    title = "关于开展冬季燃气安全入户检查的通知"
    text = "\n".join(
        ["青石街道欢迎你　今日多云 3~9℃", "小柯转给大家看看，按时配合哦。", title, *NOTICE]
    )
    assert clean_text(text, title=title) == NOTICE


def test_text_above_a_title_printed_under_it_as_a_teaser_stays():
    # The title under two sentences of text is a footer's link to the page, not its headline.
    title = "关于开展冬季燃气安全入户检查的通知"
    text = "\n".join([*NOTICE[:3], title, NOTICE[3], *NOTICE[4:]])
    assert clean_text(text, title=title)[:3] == NOTICE[:3]


def test_a_salutation_above_the_title_stops_the_anchor():
    # A 主送 line is the document's own: a title below it is no headline to anchor on.
    title = "关于开展冬季燃气安全入户检查的通知"
    text = "\n".join([NOTICE[0], title, *NOTICE[1:]])
    assert clean_text(text, title=title)[0] == NOTICE[0]


# --- under the document's end ------------------------------------------------------------


def test_a_copy_notice_under_the_documents_date_goes():
    text = "\n".join([*NOTICE, "本扫描件仅供内部查阅，请勿外传。"])
    assert clean_text(text) == NOTICE


def test_everything_under_the_imprint_line_goes():
    imprint = ["抄送：区应急管理局，区住建局。", "青石街道党政办公室　2026年11月29日印发"]
    text = "\n".join([*NOTICE, *imprint, "由青禾档案馆数字化加工", "识别有误可反馈，我们会尽快修正。"])
    assert clean_text(text) == NOTICE + imprint


def test_an_attachment_under_the_date_stays():
    attachment = ["附件：入户检查登记表", "请各社区于12月25日前汇总上报，不得漏报。"]
    text = "\n".join([*NOTICE, *attachment])
    assert clean_text(text) == NOTICE + attachment


# --- an app's interface --------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "🗓 11月28日　📍 青石街道　👀 3,208",
        "💗 1.8万　🔁 624　🗨 97",
        "👉 戳这里查看：街道燃气安全宣传手册",
        "📢 提示：点击右上角即可收藏本篇",
    ],
)
def test_icon_rows_and_pointer_links_go_wherever_they_stand(line):
    assert chrome.strong_reason(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "本次检查覆盖住户3,208户，较去年增加624户。",
        "▶ 二、检查内容",
        "全年接待来访群众1.8万人次🙂",
    ],
)
def test_body_lines_with_a_pointer_or_a_pictograph_stay(line):
    assert chrome.strong_reason(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "活动状态：进行中　｜　已报名 126/200 人　｜　累计时长 48 小时",
        "5.6万次播放 · 112条弹幕　　主讲：青禾学堂",
        "已阅读 8 分 12 秒　　+2 积分",
    ],
)
def test_rows_of_the_pages_states_and_counters_go_at_the_edges(line):
    assert chrome.edge_reason(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "参会人员：张三　李四　王五",
        "2025年　1286.4亿元　6.1%",
        "《公共基础知识》 | 10月18日 9:00-11:00",
        "热烈欢迎您的到来。",
    ],
)
def test_table_rows_names_and_schedules_are_no_page_row(line):
    assert chrome.edge_reason(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "街道动态：青石街道召开冬季消防工作推进会｜辖区开展燃气安全宣传进社区活动",
        "【滚动通知】关于2026年度辖区公益性岗位招聘的公告 ┃ 社区卫生服务站春节值班安排",
        "预约参观　｜　团体定制",
        "青石街道办事处欢迎您！　今天是2026年11月28日 星期六",
    ],
)
def test_link_rows_menus_and_greetings_go_at_the_edges(line):
    assert chrome.edge_reason(line) is not None


def test_a_link_row_at_the_end_of_a_speech_goes():
    speech = [
        "同志们：",
        "今年以来，全区安全生产形势总体平稳，各项工作取得了新的进展。",
        "希望大家再接再厉，确保全年安全生产形势持续稳定！",
    ]
    text = "\n".join([*speech, "区内要闻：区政府召开常务会议研究民生实事｜全区秋冬季植树造林工作启动"])
    assert clean_text(text) == speech


# --- credits ---------------------------------------------------------------------------------


@pytest.mark.parametrize("line", ["（文/柯雨桐　图/孟南　审核/邵清）", "撰稿/韩露　编辑/许一"])
def test_credits_with_slashes_go(line):
    assert chrome.strong_reason(line) is not None


@pytest.mark.parametrize("line", ["甲/乙两类", "（一/二季度）"])
def test_slashed_words_are_no_credits(line):
    assert chrome.strong_reason(line) is None



# --- more classes by their form --------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("个性签名：字斟句酌，方得始终", "list"),
        ("点击图片查看大图", "action"),
        ("组图：秋收现场（共8张）", "list"),
        ("附件：报名汇总表.xlsx（18 KB）", "meta"),
        ("如不想再收到这封邮件，请点此取消订阅。", "notice"),
        ("【机器转写】以下内容由AI识别生成，可能有误", "notice"),
        ("青柠 说：2026年3月2日 08:15　写得很实在", "list"),
        ("【冲刺班】2027年国考面试班正在招生，点击咨询 >>", "list"),
    ],
)
def test_more_classes_go_wherever_they_stand(line, kind):
    reason = chrome.strong_reason(line)
    assert reason is not None and reason.startswith(kind)


@pytest.mark.parametrize(
    "line",
    [
        "签名：",
        "局长说：2026年要重点抓好三件事。",
        "附件：2026年度预算调整表.xlsx",
        "本办法仅供内部学习使用。",
        "点击进入下一环节前，请先核对材料。",
    ],
)
def test_their_look_alikes_stay(line):
    assert chrome.strong_reason(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "全国客服热线：400-818-2266",
        "编辑部　2026年3月6日出刊",
        "下载内容仅供个人学习参考，不得用于商业用途。",
        "【专家点评】立意准确，结构完整，对策部分可再具体些。",
    ],
)
def test_edge_classes(line):
    assert chrome.edge_reason(line) is not None


def test_a_local_contact_line_stays_weak_under_a_notice():
    # A notice's own contact line with a local number is the document's.
    text = "\n".join([*NOTICE[:4], "咨询电话：0739-2218866", *NOTICE[4:]])
    assert "咨询电话：0739-2218866" in clean_text(text)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("要把隐患消除在萌芽状态。〔复制此段〕", "要把隐患消除在萌芽状态。"),
        ("要把隐患消除在萌芽状态。（本段可一键复制）", "要把隐患消除在萌芽状态。"),
        ("【A+】【A-】一、严格落实燃气安全主体责任。", "一、严格落实燃气安全主体责任。"),
        ("特此通知。（此件公开发布）", "特此通知。（此件公开发布）"),
        ("【A】类隐患共12处，已全部整改到位。", "【A】类隐患共12处，已全部整改到位。"),
    ],
)
def test_glued_buttons_in_other_brackets(line, expected):
    assert strip_glued_actions(line) == expected


def test_a_title_glued_to_the_salutation_under_the_pages_header_keeps_the_salutation():
    title = "在全区冬季安全生产工作会议上的讲话"
    text = "\n".join(
        ["青禾范文网 · 材料一站式", "热度：★★★★☆", title + "同志们：", "今天召开全区冬季安全生产工作会议，主要任务是部署今冬明春安全生产工作。"]
    )
    assert clean_text(text, title=title)[0] == "同志们："


def test_a_posters_note_before_the_shared_text_goes():
    body = ["各村（社区）：", "为做好今冬燃气安全工作，现将有关事项通知如下。"]
    text = "\n".join(["很多人问通知怎么写，这里分享一篇我们街道的例子：", *body])
    assert clean_text(text) == body


def test_a_posts_own_sentence_that_shares_thoughts_stays():
    body = ["驻村两年，我把几点体会分享给大家。", "一是要沉下身子，真正走进群众中间。"]
    assert clean_text("\n".join(body)) == body


@pytest.mark.parametrize(
    "line",
    [
        "[转发本文]",
        "【点此下载报名表】",
        "继续上滑看下一篇",
        "长按二维码关注我们",
        "护眼模式：【大】【中】【小】",
        "【秋季班】报名立减300元→",
        "推广　了解详情",
        "距2027年国考笔试还有 58 天",
        "附件2：入户检查登记表.pdf（共3页）",
        "（本文来源：青禾材料网）",
    ],
)
def test_buttons_prompts_and_widgets_go_wherever_they_stand(line):
    assert chrome.strong_reason(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "群众可扫码查看办理进度",
        "扫码支付已覆盖全区农贸市场",
        "【一】【二】两个阶段同步推进",
        "（来源：区统计局2026年统计年鉴）",
        "距离上次检查已过30天",
    ],
)
def test_sentences_about_the_same_things_stay(line):
    assert chrome.strong_reason(line) is None


# --- a document's own numbered items that speak of members, apps and downloads -------------


@pytest.mark.parametrize(
    "line",
    [
        "二、请会员单位登录“青禾通”APP下载申报表并在线填写；",
        "（三）组织会员商户开通线上收款，下载电子发票。",
    ],
)
def test_an_outline_item_with_action_words_stays(line):
    assert chrome.strong_reason(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "二、开通VIP会员后可下载全文；",
        "1、本站文档需登录会员下载完整版；",
    ],
)
def test_a_numbered_paywall_instruction_still_goes(line):
    assert chrome.strong_reason(line) is not None


def test_an_outline_item_of_a_notice_keeps_its_place_in_the_body():
    items = [
        "各会员单位：",
        "为摸清辖区企业明年用工需求，协会决定开展一次集中调查，现将有关事项通知如下：",
        "一、请会员单位登录“青禾通”APP下载调查表并在线填报；",
        "二、填报截止时间为12月15日，逾期系统将自动关闭。",
        "青禾市商贸协会",
        "2026年12月1日",
    ]
    assert clean_text("\n".join(items), title="关于开展企业用工需求调查的通知") == items
