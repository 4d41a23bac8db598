"""Import, fifteenth round (issue 13, on holdout18's failures): page markers in brackets turned
outwards or with the count of pages spaced out, previous / next links in any measure word, a
comment box's header with its count, a forum signature, the text's length over it, an editor's
line over a transcript, a bracketed label that heads a part of the text, topic tags after a
title, a title glued to the salutation, a <title> of the site's name and a column's, and the
publish labels of a CMS against a file host's row.

Every input is written for this test (places, people, sites and numbers invented); none is
taken from bench/clean_eval or the issue.
"""

from __future__ import annotations

import pytest

from haowen.ingest.clean import clean_document, clean_text
from haowen.ingest.cleaning import chrome, dates, titles
from haowen.ingest.parsers.html import parse_html

from .test_cleaning_round9 import HEAD, TAIL, _repair

BODY = [
    "为做好今冬明春森林防火工作，切实保护森林资源和人民群众生命财产安全，现就有关事项通知如下。",
    "一、压实责任。各村要明确护林员巡山路线和时段，做到山有人管、林有人护、火有人防。",
    "二、严控火源。清明、春节等重点时段，严禁在林区上坟烧纸、燃放烟花爆竹和野外用火。",
    "三、做好扑救准备。镇半专业扑火队要集中备勤，发现火情第一时间报告、第一时间处置。",
]


# --- page numbers ---------------------------------------------------------------------------


@pytest.mark.parametrize("marker", ["⟯3⟮", "⦆3⦅", "⸩3⸨"])
def test_a_page_number_in_brackets_turned_outwards_inside_a_sentence_goes(marker):
    line = "全年新建村级养老服务站十一个，覆" + marker + "盖全镇百分之八十的行政村。"
    assert _repair(line) == ["全年新建村级养老服务站十一个，覆盖全镇百分之八十的行政村。"]


@pytest.mark.parametrize("marker", ["〔第 3 / 7 页〕", "[第3/7页]", "【 第 3 ／ 7 页 】"])
def test_a_bracketed_page_with_its_spaced_count_at_a_line_start_joins_the_sentence(marker):
    assert _repair(HEAD, marker + TAIL) == [HEAD + TAIL]


def test_brackets_a_sentence_opens_around_a_number_stay():
    line = "此项工作分为（1）摸底（2）整改两个阶段推进。"
    assert _repair(line) == [line]


# --- previous / next, comment boxes, signatures ----------------------------------------------


@pytest.mark.parametrize(
    "line", ["◁ 上一讲：乡镇财政资金监管要点", "下一期：村级组织换届工作问答 ▷", "【上一回】城乡环境整治百日行动", "下一课：如何写好调研报告"]
)
def test_a_link_to_the_item_before_or_after_in_any_measure_word_is_chrome(line):
    assert (chrome.edge_reason(line) or "").startswith("list: previous / next")


@pytest.mark.parametrize("line", ["下一步：加快推进项目建设。", "下一阶段：全面开展验收"])
def test_a_documents_next_step_is_no_link(line):
    assert not (chrome.edge_reason(line) or "").startswith("list: previous / next")


@pytest.mark.parametrize("line", ["留言（5）：老杨：这个政策好！", "全部回复（共3条）：小周：已收到", "读者讨论(40)"])
def test_a_comment_boxs_header_with_its_count_is_chrome(line):
    assert (chrome.edge_reason(line) or "").startswith("list: a comment box")


def test_a_documents_own_count_in_brackets_is_no_comment_box():
    assert chrome.edge_reason("收到群众留言（来信）后，要在5个工作日内答复。") is None


def test_a_comment_header_glued_to_the_first_comment_goes_with_the_box():
    text = "\n".join(["关于开展冬季森林防火工作的通知", *BODY, "青禾镇人民政府", "2025年11月3日", "留言（2）：老杨：巡山的时候注意安全", "镇林业站回复：谢谢提醒"])
    kept = clean_text(text)
    assert kept[-1] == "2025年11月3日"


@pytest.mark.parametrize("line", ["签名：宁静致远，淡泊明志", "签名：路虽远，行则将至~"])
def test_a_forum_signature_is_chrome(line):
    assert (chrome.edge_reason(line) or "").startswith("list: a poster's signature")


@pytest.mark.parametrize("line", ["签名：＿＿＿＿＿＿", "签名：　　　　日期：", "签名：王立新"])
def test_a_forms_signature_field_is_no_forum_signature(line):
    assert chrome.edge_reason(line) != "list: a poster's signature"


# --- lines over the text --------------------------------------------------------------------


@pytest.mark.parametrize("line", ["本文共2300字　阅读约6分钟", "全文约3千字", "预计阅读时间：4分钟"])
def test_the_texts_length_or_reading_time_is_meta(line):
    assert chrome.edge_reason(line) is not None


def test_a_requirement_on_length_inside_a_notice_is_no_meta():
    assert chrome.edge_reason("征文字数：3000字以内，体裁不限。") is None


@pytest.mark.parametrize("line", ["下面是发言实录：", "以下为音频文字稿整理：", "以下根据现场录音整理"])
def test_an_editors_line_over_a_transcript_is_chrome(line):
    assert (chrome.edge_reason(line) or "").startswith("notice: the editor introducing")


@pytest.mark.parametrize("line", ["以下是我的几点体会：", "以下为本次检查发现的问题："])
def test_a_documents_own_lead_in_is_no_editors_line(line):
    assert chrome.edge_reason(line) is None


@pytest.mark.parametrize("label", ["【案例背景】", "【参考答案】", "【题目】"])
def test_a_bracketed_label_heading_a_part_of_the_text_stays(label):
    assert chrome.edge_reason(label) is None
    text = "\n".join(["面试真题：如何看待乡村“空心化”", label, *BODY[1:]])
    assert clean_text(text, title="面试真题：如何看待乡村“空心化”")[0] == label


def test_a_bracketed_promotion_alone_is_still_chrome():
    assert chrome.edge_reason("【精品课程推荐】") is not None


# --- titles ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "raw, title",
    [
        ("关于做好冬季森林防火工作的通知 #森林防火 #乡镇", "关于做好冬季森林防火工作的通知"),
        ("＃读书分享＃ 读《平凡的世界》有感", "读《平凡的世界》有感"),
        ("关于#3机组停机检修的通知", "关于#3机组停机检修的通知"),
    ],
)
def test_topic_tags_around_a_title_go(raw, title):
    assert titles.strip_decoration(raw) == title


def test_a_title_glued_to_the_salutation_is_cut_off_and_the_salutation_stays():
    text = "\n".join(["政务通 · 掌上办", "关于做好冬季森林防火工作的通知各村（社区）、镇直各单位：", *BODY, "青禾镇人民政府", "2025年11月3日"])
    doc = clean_document(text)
    assert doc.title == "关于做好冬季森林防火工作的通知"
    assert doc.paragraphs[0] == "各村（社区）、镇直各单位："
    assert doc.paragraphs[1] == BODY[0]


def test_a_title_and_a_sentence_with_a_colon_stay_one_line():
    line = "关于做好冬季森林防火工作的通知要求各村落实以下事项："
    assert not titles.glued_to_salutation(line)


PAGE = """<html><head><meta charset="utf-8"><title>青禾廉政网_纪检动态</title></head><body>
<div class="top">青禾廉政网　中共青禾镇纪律检查委员会</div>
<div class="nav">首页 | 纪检动态 | 警示教育 | 廉政文化</div>
<h1>关于开展冬季森林防火专项监督检查的通知</h1>
<p class="info">录入时间：2025-11-4　来源：镇纪委　点击：87</p>
{body}
<p>青禾镇纪委</p><p>2025年11月4日</p>
<div class="foot">版权所有：青禾镇纪律检查委员会</div>
</body></html>"""


def test_a_page_title_of_the_sites_name_and_a_column_gives_way_to_the_headline():
    page = PAGE.format(body="".join(f"<p>{p}</p>" for p in BODY))
    doc = parse_html(page.encode("utf-8"))
    assert doc.title == "关于开展冬季森林防火专项监督检查的通知"
    assert str(doc.published_on) == "2025-11-04"


def test_a_cms_entry_label_dates_the_page_but_a_file_hosts_row_does_not():
    assert dates.is_upload_line("文档大小：56KB　文档格式：doc　添加时间：2024-3-2")
    assert not dates.is_upload_line("添加时间：2024-3-2　栏目：镇村动态")
    assert dates.document_date(["录入时间：2025-11-4　来源：镇纪委"], []).isoformat() == "2025-11-04"


# --- hotlines on a line of their own --------------------------------------------------------


@pytest.mark.parametrize("line", ["林业服务热线：0739-5210077（工作日）", "24小时抢修热线 96560", "旅游投诉热线：一二三四五"])
def test_a_hotline_on_a_line_of_its_own_after_the_text_goes(line):
    text = "\n".join(["关于开展冬季森林防火工作的通知", *BODY, line])
    assert clean_text(text)[-1] == BODY[-1]


def test_a_notices_own_hotline_over_its_issuer_stays():
    text = "\n".join(["关于开展冬季森林防火工作的通知", *BODY, "林业服务热线：0739-5210077", "青禾镇林业站"])
    assert clean_text(text)[-2:] == ["林业服务热线：0739-5210077", "青禾镇林业站"]


@pytest.mark.parametrize("line", ["发现火情请立即拨打森林防火热线12119。", "市民可拨打12345热线反映诉求"])
def test_a_sentence_that_names_a_hotline_is_no_hotline_line(line):
    assert not (chrome.edge_reason(line) or "").startswith("contact: a hotline")


@pytest.mark.parametrize("line", ["学员评价（86）　我要评价", "精选观点(1.2万)　｜　写观点", "读者点评（7）"])
def test_a_counted_box_header_with_its_button_is_chrome(line):
    assert (chrome.edge_reason(line) or "").startswith("list: a comment box")


def test_a_reply_to_a_proposal_numbered_in_brackets_is_no_comment_box():
    assert chrome.edge_reason("关于政协提案的回复（3）") is None


# --- holdout19's classes (round fifteen, second part) ----------------------------------------


def test_a_main_text_that_kept_the_header_and_lost_the_message_is_read_from_the_page(monkeypatch):
    from haowen.ingest.parsers import html as html_parser

    assert html_parser.misses_prose("路通青禾\n楼主　发表于 2025-11-04 10:22", "\n".join(BODY))
    assert not html_parser.misses_prose("\n".join(BODY), "\n".join(["首页 | 通知公告", *BODY]))
    assert not html_parser.misses_prose("短", "短文一句。")  # (too little prose to judge)
    page = PAGE.format(body="".join(f"<p>{p}</p>" for p in BODY))
    # Precision mode keeping a post's header and dropping its message, as it does on some forums.
    monkeypatch.setattr(html_parser, "_extract_with_trafilatura", lambda _html: ("关于开展冬季森林防火专项监督检查的通知\n录入时间：2025-11-4", "", None))
    doc = html_parser.parse_html(page.encode("utf-8"))
    assert [p for p in doc.paragraphs if p in BODY] == BODY


def test_an_entrys_term_glued_to_its_definition_stays_in_the_sentence():
    first = "乡村公益性岗位是指由政府出资开发、安置农村就业困难人员的非营利性岗位。"
    kept = clean_text("\n".join(["乡村公益性岗位", first, *BODY[1:]]), title="乡村公益性岗位")
    assert kept[0] == first


@pytest.mark.parametrize("marker", ["- Ⅲ -", "— 第三页 —", "－Ⅳ－"])
def test_a_page_in_roman_or_chinese_numerals_between_dashes_goes_from_inside_a_sentence(marker):
    line = "全年新建村级养老服务站十一个，覆盖" + marker + "全镇百分之八十的行政村。"
    assert _repair(line) == ["全年新建村级养老服务站十一个，覆盖全镇百分之八十的行政村。"]


@pytest.mark.parametrize(
    "line, prefix",
    [
        ("本册目录：上一篇 · 第3篇《村规民约修订记》　下一篇 · 第5篇《老街坊的故事》", "list: previous / next"),
        ("录入于2023年8月 · 据油印本整理", "notice: an editor's note"),
        ("★ 推荐答案　答主：社区老党员", "meta: a Q&A site's label"),
        ("【网友提问】求一篇村级换届选举工作总结，最好带数据", "meta: a Q&A site's label"),
        ("版本 v2.1 · 最后编辑：综合办 刘芳 · 仅本部门可见", "meta: a document system's row"),
        ("记得关注我们，每期都有新内容", "action: a call to follow"),
        ("在售：《县域治理》　《乡村振兴十讲》　《基层工作法》", "list: a label over titles"),
        ("📌 办社保　　查公积金　　交水费　　挂号", "meta: a row of menu items"),
    ],
)
def test_page_lines_of_the_second_part_are_chrome_by_their_class(line, prefix):
    assert (chrome.edge_reason(line) or "").startswith(prefix)


@pytest.mark.parametrize(
    "line",
    ["本办法自发布之日起施行，上一版本同时废止。", "学习书目：《论语》、《孟子》等经典著作。", "序号　　姓名　　职务　　联系电话"],
)
def test_document_lines_like_them_stay(line):
    assert chrome.edge_reason(line) is None


def test_a_question_of_two_questions_is_the_title_of_a_qa_page():
    text = "\n".join(
        ["问答吧 › 社保", "灵活就业人员怎么交养老保险？可以中途断交吗？", "提问者：小禾　｜　3天前　｜　浏览 2.4万", *BODY[1:], "👍 有用（25）"]
    )
    doc = clean_document(text)
    assert doc.title == "灵活就业人员怎么交养老保险？可以中途断交吗？"
    assert doc.paragraphs[0] == BODY[1]


def test_a_collection_pages_piece_number_and_the_title_under_it_go():
    text = "\n".join(["某某范文网 › 讲话", "第1篇", "在全镇冬季森林防火工作会议上的讲话", "镇长　王立新", "（2025年11月3日）", "同志们：", *BODY[1:]])
    doc = clean_document(text, title="在全镇冬季森林防火工作会议上的讲话（精选3篇）")
    assert doc.paragraphs[:2] == ["镇长　王立新", "（2025年11月3日）"]


@pytest.mark.parametrize("title", ["杏坪社区助餐点服务价格公示", "关于招聘社区网格员的启事", "致全体居民的一封信"])
def test_more_genres_end_a_title(title):
    assert titles.ends_in_genre(title)


def test_a_framed_page_line_inside_a_word_of_a_short_line_goes_and_the_pieces_join():
    assert _repair(BODY[0], "　　青禾县综", "〖 - 4 - 〗", "合行政执法局", "　　2025年11月3日") == [
        BODY[0], "　　青禾县综合行政执法局", "　　2025年11月3日"
    ]


def test_a_date_line_is_never_joined_across_a_page_number_to_the_next_line():
    # (日本 is a word of the dictionary: the date's 日 and the next line's 本 are not one.)
    kept = _repair("　　2025年11月3日", "§4", "本文由青禾镇党政办提供")
    assert kept[0] == "　　2025年11月3日" and kept[-1] == "本文由青禾镇党政办提供"


@pytest.mark.parametrize("marker", ["〔P·4〕", "（扫描页4）", "[Pg.4]"])
def test_a_page_named_in_a_frame_inside_a_sentence_goes_even_before_a_measure_word(marker):
    assert _repair("请牢记：陌生来电不轻信，", marker, "个人信息不透露，转账汇款多核实。") == ["请牢记：陌生来电不轻信，个人信息不透露，转账汇款多核实。"]


# --- holdout20's classes (round fifteen, third part) -----------------------------------------


@pytest.mark.parametrize(
    "raw, title",
    [
        ("青禾镇2025年防汛工作方案〔最新版〕", "青禾镇2025年防汛工作方案"),
        ("青禾镇2025年防汛工作方案〖可编辑〗", "青禾镇2025年防汛工作方案"),
        ("转个：关于做好冬季森林防火工作的通知", "关于做好冬季森林防火工作的通知"),
        ("通知｜关于做好冬季防火、防冻工作的通知", "关于做好冬季防火、防冻工作的通知"),
        ("关于印发《青禾镇防汛预案》的通知〔2025〕", "关于印发《青禾镇防汛预案》的通知〔2025〕"),
    ],
)
def test_more_title_decorations_go_and_a_document_number_year_stays(raw, title):
    assert titles.strip_decoration(raw) == title


@pytest.mark.parametrize(
    "lines, joined",
    [
        (["市民可登录政务服务网（https://zwfw.example.gov.cn）申", "⋆3⋆ 请办理相关业务。"], "市民可登录政务服务网（https://zwfw.example.gov.cn）申请办理相关业务。"),
        (["二、加强森林防", "▽4 火宣传教育"], "二、加强森林防火宣传教育"),
        (["全镇护林员实行网格化管理，每名护林员负责一个", "◆5 村级林区的日常巡护工作。"], "全镇护林员实行网格化管理，每名护林员负责一个村级林区的日常巡护工作。"),
    ],
)
def test_a_decorative_page_mark_at_a_line_start_with_a_space_after_goes(lines, joined):
    assert _repair(*lines) == [joined]


@pytest.mark.parametrize("lines", [["全年工作要点如下：", "★ 3 项重点任务全部完成。"], ["本次活动共评出：", "♡ 12 人获评优秀志愿者"]])
def test_a_bullet_and_its_count_stay(lines):
    assert _repair(*lines) == lines


@pytest.mark.parametrize(
    "line, prefix",
    [
        ("较早一篇：乡村教师的一天", "list: previous / next"),
        ("小周 回复 老杨：谢谢支持！", "list: a reply to a comment"),
        ("2024年12月30日 · 随笔 · 1,203 次阅读", "meta: a byline row"),
        ("🍵 喜欢就打赏一下吧", "action:"),
        ("家长评价：孩子上了三个月，进步很大！", "list: a testimonial"),
        ("本站内容如有错漏，请来信予以更正。", "notice:"),
        ("文档预览　仅显示部分文字", "action: the page's preview"),  # (its preview state, since round 87)
    ],
)
def test_page_lines_of_the_third_part_are_chrome_by_their_class(line, prefix):
    assert (chrome.edge_reason(line) or "").startswith(prefix)


@pytest.mark.parametrize("line", ["县政府回复县人大：同意。", "更新时间：另行通知", "以上发言，不当之处请大家批评指正。"])
def test_document_lines_near_them_are_not_those_classes(line):
    reason = chrome.edge_reason(line) or ""
    assert not reason.startswith(("list: previous / next", "list: a reply", "notice:"))


def test_an_entrys_note_under_a_models_placeholder_date_stays():
    text = "\n".join(["请示", "请示是向上级机关请求指示、批准的公文。", "例文：", "关于拨付村级办公场所维修经费的请示", "县财政局：", "妥否，请批示。", "××镇人民政府", "××××年×月×日", "【辨析】请示应当一文一事，不得在报告中夹带请示事项。", "相关词条：报告　｜　批复", "纠错　｜　补充例句"])
    assert clean_text(text, title="请示")[-1] == "【辨析】请示应当一文一事，不得在报告中夹带请示事项。"


# --- holdout21's classes (round fifteen, fourth part) ----------------------------------------


def test_a_documents_own_contact_sentence_above_a_prompt_stays():
    text = "\n".join(["2025年冬季护林员培训通知", *BODY, "报名地点：青禾镇林业站，咨询电话：0739-5210077。", "扫码加老师微信，发送“护林”领取学习资料", "本站图片均为实拍"])
    assert clean_text(text)[-1] == "报名地点：青禾镇林业站，咨询电话：0739-5210077。"


def test_a_documents_date_field_ends_its_text_and_dates_it():
    text = "\n".join(["青禾纸业2024年度环境信息披露报告", *BODY, "编制日期：2025年3月15日", "产品导航：文化用纸　包装纸板", "销售热线：0739-8120888　传真：0739-8120866"])
    doc = clean_document(text)
    assert doc.paragraphs[-1] == "编制日期：2025年3月15日"
    assert str(doc.published_on) == "2025-03-15"


@pytest.mark.parametrize(
    "raw, title",
    [
        ("老周文集 > 青禾县诗词学会第三届理事会工作报告", "青禾县诗词学会第三届理事会工作报告"),
        ("安全生产周例会纪要（11月第2周）", "安全生产周例会纪要（11月第2周）"),
        ("县统计局工作总结（第三季度）", "县统计局工作总结（第三季度）"),
    ],
)
def test_a_path_before_a_title_goes_and_the_period_a_title_covers_stays(raw, title):
    assert titles.strip_decoration(raw) == title


def test_a_row_of_icons_and_counts_under_the_text_goes():
    text = "\n".join(["安全生产周例会纪要", *BODY, "👍 12　✅ 4　👀 30", "本文档由工作台自动保存"])
    assert clean_text(text)[-1] == BODY[-1]


# --- holdout22's classes (round fifteen, fifth part) -----------------------------------------


def test_a_sentence_that_opens_a_table_starts_the_body_and_the_table_stays():
    rows = ["序号　姓名　单位　房号", "1　林晓　县人民医院　A栋101", "2　周航　县第二中学　B栋203"]
    text = "\n".join(["青禾县人才公寓管理中心 · 打印版", "2025年人才公寓配租结果公示", "根据《青禾县人才公寓管理办法》，经申请和审核，配租结果如下：", *rows, "公示期为2025年5月16日至5月22日。", "青禾县人才公寓管理中心", "2025年5月16日"])
    kept = clean_text(text, title="2025年人才公寓配租结果公示")
    assert kept[1:4] == rows


def test_a_writing_services_prompt_glued_between_two_sentences_goes_and_they_stay():
    first, last = BODY[0], "现将有关事项通知如下。"
    line = first + "本文由某某范文网整理，代写同类材料请加微信abc_fanwen。" + last
    kept = clean_text("\n".join(["关于开展冬季森林防火工作的通知", line, *BODY[1:]]))
    assert kept[0] == first + last


def test_a_documents_own_sentence_with_a_wechat_account_stays():
    line = BODY[0] + "报名请添加镇团委微信qinghe_tw，备注姓名和村名。" + "现将有关事项通知如下。"
    kept = clean_text("\n".join(["关于开展冬季森林防火工作的通知", line, *BODY[1:]]))
    assert kept[0] == line
