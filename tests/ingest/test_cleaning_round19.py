"""Import, nineteenth round (issue 13, on holdout67-69's failures): a company's own sentence
offering a custom product, a sentence under a "more" link, a poster's registration date, a
bracketed publish time, a file row an extractor spaced with single spaces, an intranet's reading
opinion under the text, a question and a button, titles that are a collection's place or carry
a column's, a system's or a class's label, an account's name as a page's title, a prompt to read
on the phone, a page named in a rare frame glued inside a sentence, a short hard-wrapped text cut
by a page marker, disclaimers about templates and popular-science content, a consultation
widget, a footer's reference-only note, a mail's reply note signed with an extension, a notice's
closing phone line an extractor left out, and an agreement's blank signing date.

Every input is written for this test (places, people, sites and numbers invented); none is
taken from bench/clean_eval or the issue.
"""

from __future__ import annotations

import datetime as dt

import pytest

from haowen.ingest.clean import clean_document, is_site_name
from haowen.ingest.cleaning import chrome, titles
from haowen.ingest.cleaning.dates import document_date
from haowen.ingest.parsers.html import parse_html

BODY = [
    "为做好今年秋冬季森林防火工作，切实保护森林资源和群众生命财产安全，现将有关事项通知如下。",
    "一、压实防火责任。各乡镇要落实森林防火行政首长负责制，明确每片林区、每个卡口的责任人。",
    "二、加强火源管控。进入防火期后，林区内严禁野外用火，祭祀用火一律改在指定地点进行。",
    "三、严格值班值守。防火期实行二十四小时值班和领导带班制度，发现火情第一时间报告。",
]


def _body(text: str, title: str | None = None) -> list[str]:
    return clean_document(text, title=title).paragraphs


# --- contact prompts and comments -----------------------------------------------------------


def test_a_companys_own_sentence_offering_a_custom_product_stays():
    own = "如需定制企业展厅或门店招牌，可联系公司客服，电话：0593-5521408。"
    page = ["某某标识有限公司 | 专注标识二十年", "首页 » 公司新闻", *BODY, own, "« 上一篇　公司参加建材博览会", "© 某某标识有限公司"]
    assert _body("\n".join(page)) == [*BODY, own]


@pytest.mark.parametrize("prompt", ["原创材料定制，加微信 wb_xiezuo66", "讲话稿定制请联系客服QQ 77120938", "专业定制各类总结，私信即可"])
def test_a_writing_service_offering_custom_texts_still_goes(prompt):
    assert chrome.edge_reason(prompt) is not None


def test_the_last_sentence_under_a_link_to_more_is_no_readers_comment():
    last = "希望大家都当好护林员，守住家门口的这片青山。"
    page = [*BODY[:3], "【学习要点】守护绿水青山　|　更多防火知识 >>", last, "分享到微信　　打印本页", "某某县林业局主办"]
    assert _body("\n".join(page))[-1] == last


# --- dates ----------------------------------------------------------------------------------


def test_a_posters_registration_date_is_no_publish_date():
    lead = ["某某生活网 » 百姓话题 » 查看帖子", "山脚老周　积分 1688　注册时间 2013-5-20", "建议林区卡口多设几个灭火器", "发表于 2025-10-9 20:41"]
    assert document_date(lead, []) == dt.date(2025, 10, 9)


@pytest.mark.parametrize("label", ["加入于", "最后登录"])
def test_a_members_other_dates_are_no_publish_date(label):
    assert document_date([f"老周　{label} 2014-06-01", "发表于 2025-10-09 20:41"], []) == dt.date(2025, 10, 9)


def test_a_bracketed_publish_time_in_a_byline_row_dates_the_page():
    lead = ["某某县公共资源交易网", "某某县林区防火道路工程中标结果公告", "【发布时间：2025-10-13】【打印本页】【关闭窗口】"]
    assert document_date(lead, []) == dt.date(2025, 10, 13)
    lead[2] = "【信息时间：2025-10-13】【打印本页】"
    assert document_date(lead, []) == dt.date(2025, 10, 13)


# --- meta rows ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "row",
    ["16.2KB 分享于 2天前 过期时间：7天后", "1.3MB 上传于 5小时前 有效期：永久", "512KB 分享于 1周前 提取码：8k2m"],
)
def test_a_shared_files_row_spaced_by_an_extractor_is_chrome(row):
    assert chrome.edge_reason(row) is not None
    assert _body("\n".join(["某某网盘 登录", row, *BODY, "举报"])) == BODY


def test_a_tables_row_with_single_spaces_stays():
    # (No file size or relative time among the cells: a table's or a text's line, not the page's.)
    assert chrome.edge_reason("东坑村 护林员 3人 巡山 2次") is None


@pytest.mark.parametrize(
    "opinion",
    ["阅办意见：同意，请林政股抓紧落实。（何局 10月14日）", "拟办意见：请办公室统筹安排。——综合科", "【批示意见】请各股室认真执行。"],
)
def test_an_intranets_reading_opinion_under_the_text_goes(opinion):
    # (Under the 版记: no date above it to cut it under.)
    page = ["某某县林业局协同办公 > 公文管理", *BODY, "某某县林业局", "2025年10月10日", "抄送：县应急管理局，县消防救援大队。", opinion]
    assert _body("\n".join(page)) == [*BODY, "某某县林业局", "2025年10月10日", "抄送：县应急管理局，县消防救援大队。"]


def test_a_templates_blank_opinion_field_is_no_opinion():
    assert not chrome.strong_reason("审批意见：____________")


# --- actions --------------------------------------------------------------------------------


@pytest.mark.parametrize("button", ["没看懂？去追问", "还有疑问？立即咨询", "不满意？点此追问"])
def test_a_short_question_and_a_button_is_chrome(button):
    assert chrome.edge_reason(button) is not None


@pytest.mark.parametrize("line", ["为什么？去看看", "怎么办？去医院", "如何报名？请看附件。"])
def test_a_short_question_and_an_answer_is_no_button(line):
    assert chrome.edge_reason(line) is None


@pytest.mark.parametrize("prompt", ["扫码在手机上收听本期", "用手机观看本期", "用手机学习本期"])
def test_a_prompt_to_read_on_the_phone_is_chrome(prompt):
    assert chrome.edge_reason(prompt) is not None


def test_a_document_asking_its_readers_to_scan_a_code_stays():
    assert chrome.edge_reason("请各党员扫码用手机完成学习打卡。") is None


@pytest.mark.parametrize("widget", ["在线问诊　医生5分钟内回复", "免费咨询 律师在线为您解答", "在线客服　7×24小时为您服务"])
def test_a_consultation_widget_is_chrome(widget):
    assert chrome.edge_reason(widget) is not None


def test_a_footer_with_a_hotline_and_a_reference_only_note_goes():
    page = [*BODY, "在线问诊　医生5分钟内回复", "预约热线：0593-2246 8810 科普内容仅供参考，不能替代到院就诊。"]
    assert _body("\n".join(page)) == BODY


# --- notices --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "notice",
    ["全部协议范本仅供参考，使用前请咨询律师。", "所有合同模板仅供学习参考。", "健康内容仅供参考，不能替代专业诊疗。"],
)
def test_disclaimers_about_templates_and_popular_science_are_chrome(notice):
    assert chrome.edge_reason(notice) is not None


# --- titles ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("given", "title"),
    [
        ("山居笔记·第12篇｜门前那棵老樟树", "门前那棵老樟树"),
        ("法律讲坛丨租房押金不退怎么办", "租房押金不退怎么办"),
        ("以案释法｜网购退货的七天期限", "网购退货的七天期限"),
        ("茶艺师初级培训班招生简章（晚班）", "茶艺师初级培训班招生简章"),
        ("少儿围棋集训营招生简章（限额30人）", "少儿围棋集训营招生简章"),
        ("协同办公-月度安全检查会议纪要", "月度安全检查会议纪要"),
    ],
)
def test_a_titles_place_column_class_and_system_labels_go(given, title):
    assert titles.strip_decoration(given) == title


@pytest.mark.parametrize("kept", ["中国-东盟林业合作工作方案", "2025-2026学年护林工作计划", "招生简章（2025年修订）"])
def test_a_dash_or_a_bracket_of_the_titles_own_stays(kept):
    assert titles.strip_decoration(kept) == kept


def test_a_title_that_is_only_a_place_in_a_collection_names_no_document():
    assert is_site_name("《山居笔记》卷三·第二十篇 - 某某文集")
    assert not is_site_name("《山居笔记》第二十篇：门前那棵老樟树")
    page = (
        "<html><head><title>《山居笔记》卷三·第二十篇 - 某某文集</title></head><body>"
        "<div>某某文集　·　山居笔记</div><div>《山居笔记》卷三·第二十篇</div><h2>门前那棵老樟树</h2>"
        "<p>老樟树长在院门外，树干要三个人才能合抱，夏天整个院子都在它的影子里。</p>"
        "<p>祖父说这棵树比村子还老，每年端午都要在树下摆一张方桌，请全村人喝茶。</p>"
        "<div>上一篇：山路　返回目录　下一篇：井台</div></body></html>"
    )
    assert parse_html(page.encode()).title == "门前那棵老樟树"


def test_an_accounts_name_as_the_pages_title_gives_way_to_the_headline():
    # (A messenger mirror: the <title> is the account's name, which the byline row repeats.)
    paragraphs = [
        "广大观众朋友们：",
        "秋冬季节天干物燥，森林防火形势严峻，为保护好馆藏文物，我们倡议：",
        "请勿携带火种进入展厅，不在馆区吸烟和燃放孔明灯。",
        "某某县博物馆",
        "2025年10月8日",
    ]
    page = (
        "<html><head><title>某某县博物馆</title></head><body><div class=\"rich_media\">"
        "<h2 class=\"rich_media_title\">文明游园防火倡议书</h2>"
        "<div class=\"meta\">某某县博物馆　2025年10月08日 10:15　福建</div>"
        "<section>点击上方蓝字，关注我们</section>"
        + "".join(f"<section><span style=\"font-size:15px;\">{p}</span></section>" for p in paragraphs)
        + "<div>分享　收藏　点赞　在看</div></div></body></html>"
    )
    doc = parse_html(page.encode())
    assert doc.title == "文明游园防火倡议书"
    assert doc.published_on == dt.date(2025, 10, 8)


# --- page markers and wraps -----------------------------------------------------------------


def test_a_page_named_in_a_rare_frame_glued_inside_a_sentence_goes():
    line = "二、活动内容：组织护林员开展﹝第3页﹞业务培训和扑火演练。"
    assert _body("\n".join([*BODY[:1], line])) == [BODY[0], "二、活动内容：组织护林员开展业务培训和扑火演练。"]


def test_a_page_named_in_a_sentence_stays():
    line = "具体路线见方案第3页附图，请各单位对照执行。"
    assert _body("\n".join([*BODY[:1], line])) == [BODY[0], line]


def test_a_short_hard_wrapped_text_cut_by_a_page_marker_is_joined_whole():
    text = "\n".join(
        [
            "某某文库 > 行政公文 > 通知",
            "为做好今年秋冬季森林防火工作，切实保护森林资源和群众生命财",
            "产安全，县林业局决定开展森林防火专项检查。",
            "检查重点是林区卡口值守情况、扑火物资储备和护林员日常巡山记",
            "⸢2⸣",
            "录，请各乡镇提前做好自查。",
            "某某县林业局",
            "2025年10月9日",
        ]
    )
    # (With its title given, as an import gives it, and without: the wrapped first line is no title.)
    for title in ("关于开展森林防火专项检查的通知", None):
        assert _body(text, title) == [
            "为做好今年秋冬季森林防火工作，切实保护森林资源和群众生命财产安全，县林业局决定开展森林防火专项检查。",
            "检查重点是林区卡口值守情况、扑火物资储备和护林员日常巡山记录，请各乡镇提前做好自查。",
            "某某县林业局",
            "2025年10月9日",
        ]


# --- mails, closing lines -------------------------------------------------------------------


def test_a_reply_note_signed_with_an_extension_above_the_original_goes():
    text = "\n".join(
        [
            "发件人：办公室 林晓",
            "时间：2025-10-10 09:12",
            "主题：回复：关于开展森林防火专项检查的通知",
            "已收到，马上转发各股室。林晓 分机 6021",
            "> 原始邮件",
            "各乡镇林业站：",
            *BODY[1:],
            "某某县林业局",
            "2025年10月9日",
        ]
    )
    out = _body(text)
    assert out[0] == "各乡镇林业站：" and out[-1] == "2025年10月9日"


def test_a_notices_closing_phone_line_the_extractor_left_out_comes_back():
    paragraphs = [
        "各乡镇林业站、国有林场：",
        "为增强群众森林防火意识，县林业局决定于10月开展森林防火宣传月活动。",
        "各单位要在林区入口、村口等醒目位置张贴宣传标语，发放防火宣传资料。",
        "联系电话：0593-2210 6677。",
        "某某县林业局",
        "2025年10月9日",
    ]
    page = (
        "<html><head><title>关于开展森林防火宣传月活动的通知</title></head><body>"
        "<div class=\"m-top\">公众号文章镜像站 返回首页</div><h2>关于开展森林防火宣传月活动的通知</h2>"
        "<div class=\"acc\">林业资讯 2025-10-09</div><section>"
        + "".join(f"<section><span>{p}</span></section>" for p in paragraphs)
        + "</section><div class=\"rd\">阅读 1,024　点赞 12　分享 8</div>"
        "<div class=\"gz\">点击上方蓝字，关注我们</div><div class=\"cp\">镜像内容来自公开渠道，如需删除请联系站长。</div></body></html>"
    )
    assert "联系电话：0593-2210 6677。" in parse_html(page.encode()).paragraphs


def test_an_agreements_blank_signing_date_closes_it():
    text = "\n".join(["打印　｜　关闭", "甲方：________　乙方：________", *BODY[1:], "签订日期：____年__月__日", "页面地址：https://www.example.com/xieyi/12"])
    assert _body(text)[-1] == "签订日期：____年__月__日"


def test_a_repeated_line_of_strong_chrome_under_the_text_is_no_tables_row():
    # (Found by the property test in test_clean.py: three copies of a newspaper's stamp under
    # a short text read as a grid's rows, which kept the preview prompt above them.)
    stamp = "《 某某日报 》（ 2025年10月09日 02 版）"
    text = "\n".join([BODY[0], "因篇幅问题不能全部显示，请点此查看更多更全内容", stamp, stamp, stamp])
    assert _body(text) == [BODY[0]]
