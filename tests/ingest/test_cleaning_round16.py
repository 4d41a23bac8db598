"""Import, sixteenth round (issue 13, on holdout23's failures): a call to follow the author
anywhere in a short line, a copy lock over a paragraph, font sizes as letters, a button in the
reader's voice glued to any line, a short question leading into a prompt, a source credit, a
file or link system's stamp, a forwarder's or a collector's note above the addressee, a short
notice wrapped only in its longest paragraphs, and titles: a poster's aside in brackets, a
wrapped first sentence, a shared file's name with its size, a field naming the genre; a Q&A
answer's date.

Every input is written for this test (places, people, sites and numbers invented); none is
taken from bench/clean_eval or the issue.
"""

from __future__ import annotations

import pytest

from haowen.ingest.clean import clean_document, clean_text, page_date
from haowen.ingest.cleaning import chrome, titles
from haowen.ingest.cleaning.glued import strip_glued_actions
from haowen.ingest.parsers.html import parse_html

BODY = [
    "为做好今年汛期山洪灾害防御工作，确保人民群众生命财产安全，现将有关事项通知如下。",
    "一、落实预警责任。各村要明确山洪灾害预警员，汛期实行二十四小时值班，遇强降雨及时发出预警。",
    "二、做好转移准备。各村要逐户核实危险区群众名单，明确转移路线和安置地点，确保转移及时。",
    "三、加强巡查排险。对病险塘坝、削坡建房等隐患点位开展拉网式排查，发现问题立即整改。",
]


def _body(text: str, title: str | None = None) -> list[str]:
    return clean_document(text, title=title).paragraphs


# --- calls to action and the page's controls -------------------------------------------------


@pytest.mark.parametrize(
    "line",
    ["觉得不错？记得关注本博客，每周更新", "看完有收获的话，欢迎订阅我的专栏", "有帮助吗？请关注博主，下期更精彩"],
)
def test_a_call_to_follow_the_author_anywhere_in_a_short_line_is_chrome(line):
    assert (chrome.edge_reason(line) or "").startswith("action: a call to follow")
    assert _body("\n".join([*BODY, line])) == BODY


def test_a_notice_asking_readers_to_follow_its_bureaus_account_is_no_call_of_the_page():
    own = "请广大群众关注县水利局发布的汛情信息，做好防范。"
    assert chrome.edge_reason(own) is None


@pytest.mark.parametrize("line", ["此段文字受保护，解锁后即可复制", "全文已锁定，登录会员解锁后可查看"])
def test_a_copy_lock_over_a_paragraph_goes_in_the_middle_of_the_text(line):
    assert _body("\n".join([BODY[0], BODY[1], line, BODY[2], BODY[3]])) == BODY


@pytest.mark.parametrize("row", ["字号 A+ A-", "字体大小：Ａ＋ Ａ－", "文字 A- A A+"])
def test_font_sizes_as_letters_are_the_pages_buttons(row):
    assert chrome.strong_reason(row) == "action: font-size buttons"
    assert strip_glued_actions(BODY[3] + row) == BODY[3]


@pytest.mark.parametrize("button", ["【我要报名】", "[立即参与]", "〔一键复制〕"])
def test_a_button_in_the_readers_voice_glued_to_any_line_goes(button):
    row = "村级河长　46　巡河182次"
    assert strip_glued_actions(row + button) == row
    assert (chrome.strong_reason(button) or "").startswith("action:")


def test_a_bracketed_note_of_the_document_is_no_button():
    line = "请各村于6月10日前上报名单【注】"
    assert strip_glued_actions(line) == line


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("还没下载券？每日签到即可领取下载券", ""),
        (BODY[3] + "没找到想要的？加客服微信 wx_fanwen88 定制", BODY[3]),
    ],
)
def test_a_short_question_leading_into_a_prompt_goes_with_it(line, kept):
    if kept:
        assert strip_glued_actions(line) == kept
    else:
        assert (chrome.strong_reason(line) or "").startswith("action:")
        assert _body("\n".join([BODY[0], BODY[1], line, BODY[2], BODY[3]])) == BODY


def test_a_documents_own_question_before_a_sentence_stays():
    line = "怎么办？各村要立即组织群众转移。"
    assert chrome.strong_reason(line) is None
    assert strip_glued_actions(line) == line


# --- meta lines -------------------------------------------------------------------------------


@pytest.mark.parametrize("line", ["转载自县应急管理局政务号", "摘自《山洪防御读本》", "（转引自市防指简报）"])
def test_a_source_credit_on_a_line_of_its_own_is_meta(line):
    assert (chrome.edge_reason(line) or "").startswith("meta: a source credit")
    assert _body("\n".join([line, *BODY])) == BODY


def test_a_sentence_that_says_where_it_took_a_figure_from_stays():
    assert chrome.edge_reason("摘自省水文局的数据显示，今年降水偏多三成。") is None


@pytest.mark.parametrize(
    "line", ["此链接由用户 river_ke 于 2025-06-01 分享", "本文件由 admin01 于2025.05.30 上传", "共享于 2025/06/02 14:10"]
)
def test_a_file_or_link_systems_stamp_after_the_text_is_chrome(line):
    assert (chrome.edge_reason(line) or "").startswith("meta: a file or link system's stamp")
    assert _body("\n".join([*BODY, line])) == BODY


# --- notes above the addressee -------------------------------------------------------------------

ADDRESSEE = "各村（社区）："
NOTICE = [ADDRESSEE, *BODY, "枫岭镇人民政府", "2025年5月28日"]


def test_a_forwarders_sentence_under_a_mails_headers_above_the_addressee_goes():
    text = "\n".join(["发件人：镇应急办", "收件人：各村支部", "主题：转发：山洪灾害防御通知", "请各村抓紧落实，周五前报送名单。", *NOTICE])
    assert _body(text, title="关于做好山洪灾害防御工作的通知") == NOTICE


def test_a_mails_quoted_reply_above_the_addressee_goes():
    text = "\n".join(
        ["发件人：镇长办公室", "已阅，按此执行。", "> 于 2025-05-27 17:02，应急办 写道：", "> 通知稿已拟好，请审定。", *NOTICE]
    )
    assert _body(text, title="关于做好山洪灾害防御工作的通知") == NOTICE


def test_a_collectors_note_above_the_addressee_goes():
    text = "\n".join(["整理者按：此件为旧稿，人名已隐去。", *NOTICE])
    assert _body(text, title="关于做好山洪灾害防御工作的通知") == NOTICE


def test_without_a_mail_a_sentence_above_the_addressee_stays():
    # A page that is no mail: its first sentence stays however the text goes on.
    text = "\n".join(["今年入汛以来我镇降雨明显偏多。", *NOTICE])
    assert _body(text, title="关于做好山洪灾害防御工作的通知")[0] == "今年入汛以来我镇降雨明显偏多。"


# --- a short notice wrapped only in its longest paragraphs ------------------------------------


def test_an_indented_notice_wrapped_only_in_two_paragraphs_is_joined_again():
    text = "\n".join(
        [
            "　　各参赛队伍：",
            "　　根据《全县山洪防御技能竞赛方案》，经报名审核，现",
            "将竞赛有关事项通知如下：",
            "　　一、竞赛定于6月18日上午9:00在县防汛物资仓库举行，各队",
            "须于8:30前到场签到。",
            "　　二、竞赛分理论考试和实操两部分，满分100分。",
            "　　三、请各队自备安全帽和救生衣。",
            "　　县防汛抗旱指挥部办公室",
            "　　2025年6月3日",
        ]
    )
    assert clean_text(text)[1:3] == [
        "根据《全县山洪防御技能竞赛方案》，经报名审核，现将竞赛有关事项通知如下：",
        "一、竞赛定于6月18日上午9:00在县防汛物资仓库举行，各队须于8:30前到场签到。",
    ]


def test_an_indented_text_with_an_unindented_line_that_ends_no_sentence_keeps_it_apart():
    text = "\n".join(["　　一、参赛对象为各乡镇防汛队员，每队5人，设领队1名", "附表：报名表", "　　二、竞赛分理论考试和实操两部分。", "　　三、请各队自备安全帽。"])
    assert "附表：报名表" in clean_text(text)


# --- titles --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        ("关于做好山洪灾害防御工作的通知（镇里刚发的，大家转发扩散）", "关于做好山洪灾害防御工作的通知"),
        ("致全镇村民的一封信（建议收藏）", "致全镇村民的一封信"),
        ("关于印发防汛预案的通知（2025年修订）", "关于印发防汛预案的通知（2025年修订）"),
        ("关于报送防汛物资的通知（含附表，共2张）", "关于报送防汛物资的通知（含附表，共2张）"),
    ],
)
def test_a_posters_aside_in_brackets_after_a_title_goes_and_the_documents_own_bracket_stays(raw, title):
    assert titles.strip_decoration(raw) == title


def test_a_wrapped_first_sentence_is_never_taken_for_the_title():
    text = "\n".join(
        [
            "防汛论坛 > 经验交流",
            "基层防汛值班经验交流",
            "作者：山里的河　　3天前　　阅读 512",
            "去年汛期我在村里值了整整三个月的班，前后经历了",
            "五次强降雨过程。下面说说我的几点体会，供大家参",
            "考。",
            "第一，值班要有记录。每次雨情、水情都要记下来，交班时说清楚。",
        ]
    )
    assert clean_document(text).title == "基层防汛值班经验交流"


def test_a_shared_files_name_and_size_gives_the_title():
    text = "\n".join(["文件分享 · 只读", "村级防汛工作总结.docx　（26 KB）", "下载　｜　预览", "　　" + BODY[0] + "　　" + BODY[1]])
    assert clean_document(text).title == "村级防汛工作总结"


def test_a_field_naming_the_genre_is_no_headline():
    page = (
        "<html><head><title>文件查看</title></head><body>"
        "<div>协同办公　当前用户：邹某 退出</div>"
        "<table><tr><td>公文类型：通知</td><td>密级：普通</td></tr></table>"
        "<h2>关于做好山洪灾害防御工作的通知</h2>"
        + "".join(f"<p>{p}</p>" for p in BODY)
        + "<div>打印　导出　转发</div></body></html>"
    )
    assert parse_html(page.encode("utf-8")).title == "关于做好山洪灾害防御工作的通知"


def test_a_periodicals_own_contents_header_is_no_related_list():
    assert not chrome.is_list_header("本期要目：")
    assert chrome.is_list_header("相关阅读：")


# --- dates ---------------------------------------------------------------------------------------


def test_a_qa_answers_date_under_the_question_dates_the_page():
    text = "\n".join(["问答社区 › 防汛", "山洪来了怎么转移？", "最佳答案", "水利站老周　回答于 2025-06-04", "你好，先往高处跑。"])
    assert str(page_date(text)) == "2025-06-04"


# --- hidden copy and AI buttons ------------------------------------------------------------------


@pytest.mark.parametrize(
    "line", ["本楼内容已被隐藏，评论后可见", "尚有3页未加载，开通年卡后即可阅读", "余文已折叠，购买后查看"]
)
def test_a_pages_hidden_copy_state_goes_in_the_middle_of_the_text(line):
    assert (chrome.strong_reason(line) or "").startswith("action: the page's preview")
    assert _body("\n".join([BODY[0], BODY[1], line, BODY[2], BODY[3]])) == BODY


@pytest.mark.parametrize("line", ["〔AI续写本段〕", "⚡ AI一键扩写", "AI智能改写"])
def test_a_pages_ai_writing_button_is_chrome(line):
    assert (chrome.strong_reason(line) or "").startswith("action:")
    assert _body("\n".join([BODY[0], BODY[1], line, BODY[2], BODY[3]])) == BODY


def test_a_sentence_about_ai_stays():
    assert chrome.strong_reason("AI生成内容须显著标识，各单位要加强审核。") is None


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        ("村级防汛工作总结.wps免费下载", "村级防汛工作总结"),
        ("答复：RE: 关于申请防汛专项资金的请示", "关于申请防汛专项资金的请示"),
        ("防汛值班制度怎么定？求模板", "防汛值班制度怎么定？"),
        ("汛期值班表怎么排？在线等，急！！", "汛期值班表怎么排？"),
        ("防汛演练总结（亲测好用，干货分享）", "防汛演练总结"),
        ("山洪来了怎么办？该往哪里转移？", "山洪来了怎么办？该往哪里转移？"),
    ],
)
def test_a_titles_download_label_mail_prefixes_askers_plea_and_aside_go(raw, title):
    assert titles.strip_decoration(raw) == title


# --- holdout25's classes ---------------------------------------------------------------------------


@pytest.mark.parametrize("line", ["点此领取防汛知识手册", "我要报名参加抢险队", "立即预约汛前体检", "现在注册会员立享首单立减"])
def test_a_prompt_in_the_readers_voice_or_a_shops_promotion_goes_anywhere(line):
    assert (chrome.strong_reason(line) or "").startswith("action:")
    assert _body("\n".join([BODY[0], BODY[1], line, BODY[2], BODY[3]])) == BODY
    assert strip_glued_actions(BODY[1] + line) == BODY[1]


@pytest.mark.parametrize("line", ["立即组织转移", "我们要立即行动起来"])
def test_a_documents_own_call_to_act_is_no_prompt(line):
    assert not (chrome.strong_reason(line) or "").startswith("action: a prompt in the reader's voice")


@pytest.mark.parametrize("line", ["尊敬的会员朋友：", "亲爱的VIP客户："])
def test_a_respectful_salutation_is_never_chrome(line):
    assert chrome.edge_reason(line) is None
    assert _body("\n".join(["首页 > 公司公告", line, *BODY]))[0] == line


def test_news_credits_in_brackets_glued_after_the_last_sentence_go():
    assert strip_glued_actions(BODY[3] + "【编辑：欧阳某】") == BODY[3]


def test_a_site_footer_naming_its_technical_maintainer_is_chrome():
    assert (chrome.edge_reason("主办：某县水利局　技术保障：县大数据中心") or "").startswith("notice: a copyright footer")


def test_a_page_marker_under_a_版记_date_joins_nothing():
    text = "\n".join([*BODY, "某县防汛抗旱指挥部办公室", "2025年6月2日印发", "— 第1页，共1页 —", "打印　｜　关闭"])
    assert clean_text(text)[-1] == "2025年6月2日印发"


def test_an_answers_explaining_lead_in_stays_a_posters_pointer_goes():
    from haowen.ingest.clean import _lead_reason

    assert _lead_reason("通报要先讲事实再讲处理，下面给你一个参考：") is None
    assert _lead_reason("给你一篇我们单位的，供参考：") is not None


@pytest.mark.parametrize(
    ("title", "headline"),
    [("防汛值班制度有没有范文参考？", "某镇汛期值班制度"), ("防汛值班制度怎么写？", "")],
)
def test_a_question_gives_way_to_the_answers_headline_only_when_it_asks_for_an_example(title, headline):
    lines = [title, "最佳答案", "某镇汛期值班制度", "一、汛期实行领导带班制度。"]
    assert titles.page_headline(title, lines) == headline


def test_a_qa_pages_answer_date_wins_over_the_questions():
    text = "\n".join(["问答 › 防汛", "山洪来了怎么转移？求解答，急！！", "提问者：小河　2025-06-03", "回答于 2025-06-04 10:12", "你好，先往高处跑。"])
    assert str(page_date(text)) == "2025-06-04"


def test_an_entrys_term_is_the_title_not_the_encyclopaedias_name():
    assert titles.strip_decoration("汛期_某某知道百科") == "汛期"


# --- holdout24's classes ---------------------------------------------------------------------------


@pytest.mark.parametrize("line", ["抢险队员在堤坝上装填沙袋。记者 林某某 摄", "转移群众现场。（通讯员 欧阳某/摄）", "志愿者发放物资。 邹某 摄"])
def test_a_photo_caption_ending_with_its_photographer_is_chrome(line):
    assert (chrome.strong_reason(line) or "").startswith("meta: a photo's caption")


def test_a_sentence_ending_in_a_word_with_摄_stays():
    assert chrome.strong_reason("各单位要加强对重点部位的监控和拍摄。") is None


@pytest.mark.parametrize("line", ["【视频】防汛抢险演练全过程", "【图解】一图读懂山洪防御", "【政策解读】一图读懂防汛责任制"])
def test_a_link_to_the_pages_media_or_explainer_is_chrome(line):
    assert (chrome.strong_reason(line) or "").startswith("list: a link to the page's gallery")


def test_a_bracketed_part_label_of_the_text_is_no_media_link():
    assert chrome.strong_reason("【导语】今年汛期，我县成功转移群众三千人。") is None


@pytest.mark.parametrize("line", ["汛期将至，点击领取防汛物资清单", "不会写总结？点击右侧在线咨询，老师一对一指导", "微信搜索“某县水利”公众号，可查看实时水位"])
def test_a_prompt_to_click_or_search_after_a_short_lead_in_is_chrome(line):
    assert (chrome.strong_reason(line) or "").startswith("action: a prompt to click")


def test_a_sentence_with_a_prompt_glued_after_it_is_not_dropped_whole():
    line = "1.2 转移路线沿河堤向北，全程三公里。点此查看高清路线图"
    assert chrome.strong_reason(line) is None


@pytest.mark.parametrize("line", ["第二篇", "【篇三】", "目录：篇一　篇二　篇三"])
def test_a_collections_piece_label_is_chrome(line):
    assert (chrome.strong_reason(line) or "").startswith("list: a collection's piece label")


def test_a_byline_row_with_a_reading_count_and_the_length_is_meta():
    assert (chrome.edge_reason("2025-06-01 发布　｜　已有 312 人阅读　｜　约 1200 字") or "").startswith("meta: a byline")


def test_a_date_labelled_as_an_update_after_it_is_no_publish_date():
    from haowen.ingest.cleaning import dates

    assert dates.is_upload_line("时间：2025-06-01 更新　|　栏目：防汛")
    assert not dates.is_upload_line("时间：2025-06-01　|　栏目：防汛")


def test_a_reviewers_comment_under_a_post_is_chrome():
    assert (chrome.edge_reason("版主点评：结构完整，论据充分。评分：35/40") or "").startswith("list: a reviewer's comment")


def test_buttons_glued_after_the_signature_date_go():
    assert strip_glued_actions("2025年6月2日【在线预约】【智能客服】") == "2025年6月2日"


def test_a_page_marker_between_bracket_corners_inside_a_sentence_joins_it():
    from haowen.ingest.cleaning.lines import repair_lines

    class _L:
        def __init__(self, text):
            self.text, self.blank_before = text, False

    out = repair_lines([_L("抢险队接到指令后三分钟内到达现场，转移组负"), _L("⌈3⌋责将群众转移至安置点。")], lambda t, like: _L(t))
    assert [x.text for x in out] == ["抢险队接到指令后三分钟内到达现场，转移组负责将群众转移至安置点。"]


def test_a_mails_cover_note_and_forwarding_separator_above_the_addressee_go():
    text = "\n".join(["发件人：镇应急办", "主题：转发：山洪灾害防御通知", "以下为转发内容，请查收。", "---------- 转发的邮件 ----------", *NOTICE])
    assert _body(text, title="关于做好山洪灾害防御工作的通知") == NOTICE


def test_a_speaker_line_between_chrome_lines_under_the_title_stays():
    text = "\n".join(["打印", "收藏", "政府工作报告", "县长 买买提·艾力", "县长作报告。记者 某某 摄", "各位代表：", BODY[0]])
    assert "县长 买买提·艾力" in clean_text(text, title="政府工作报告")


def test_a_speech_date_under_its_title_dates_an_html_page_before_its_publish_time():
    page = (
        "<html><head><title>在防汛工作会议上的讲话_某县政府网</title></head><body>"
        "<h1>在防汛工作会议上的讲话</h1><p>县长　某某</p><p>（2025年5月30日）</p>"
        "<div>发布时间：2025-06-02 09:00</div>" + "".join(f"<p>{p}</p>" for p in BODY) + "</body></html>"
    )
    assert str(parse_html(page.encode("utf-8")).published_on) == "2025-05-30"


def test_a_qa_answers_stamp_under_it_dates_an_html_page():
    page = (
        "<html><head><title>山洪来了怎么转移？ - 问答</title></head><body><h1>山洪来了怎么转移？</h1>"
        + "".join(f"<p>{p}</p>" for p in BODY)
        + "<div>编辑于 2025-06-04 10:12</div><div>赞同 12　评论</div></body></html>"
    )
    assert str(parse_html(page.encode("utf-8")).published_on) == "2025-06-04"


def test_a_file_hosts_title_of_the_file_and_the_site_gives_the_files_name():
    page = (
        "<html><head><title>某镇防汛应急预案.pdf - 某某网盘</title></head><body><div>某某网盘　登录</div>"
        + "".join(f"<p>{p}</p>" for p in BODY)
        + "</body></html>"
    )
    assert parse_html(page.encode("utf-8")).title == "某镇防汛应急预案"


def test_a_download_word_after_a_title_goes():
    assert titles.strip_decoration("防汛值班制度（可编辑）下载") == "防汛值班制度"


# --- holdout26's classes ---------------------------------------------------------------------------


def test_headlines_of_a_box_under_an_html_pages_text_go():
    from haowen.ingest.clean import page_tail_items

    paragraphs = [*BODY, "全县汛期地质灾害隐患点排查完毕", "防汛物资储备库投入使用"]
    page = "\n".join(["首页", *BODY, "防汛频道更多 ›", "全县汛期地质灾害隐患点排查完毕", "防汛物资储备库投入使用", "版权所有"])
    assert page_tail_items(paragraphs, page) == 2
    # Without chrome between the text and them, the last lines are the text's (its 落款).
    signed = [*BODY, "某镇防汛抗旱指挥部"]
    assert page_tail_items(signed, "\n".join([*signed, "版权所有"])) == 0


def test_key_value_rows_with_plain_spaces_are_no_hard_wrap():
    text = "\n".join(
        [
            BODY[0],
            "采购人：某县水利局 联系人：唐工 电话：0731-8800001",
            "代理机构：某某招标代理有限公司 联系人：司女士 电话：0731-8800002",
            "监督单位：某县财政局 联系人：许工 电话：0731-8800003",
        ]
    )
    assert len(clean_text(text)) == 4


@pytest.mark.parametrize("line", ["▲抢险现场，队员加固堤坝", "△ 转移安置点一角"])
def test_a_scene_caption_under_a_marker_is_chrome(line):
    assert (chrome.strong_reason(line) or "").startswith("meta: a photo's caption")


def test_an_outline_point_under_a_triangle_is_no_caption():
    assert chrome.strong_reason("▲加强组织领导，压实防汛责任") is None


@pytest.mark.parametrize("line", ["👍 赞 58", "❤ 喜欢 1.2万"])
def test_a_reaction_counter_under_an_icon_goes_even_glued(line):
    assert (chrome.strong_reason(line) or "").startswith("list: a reaction counter")
    assert strip_glued_actions(BODY[3] + line) == BODY[3]


def test_a_testimonial_under_an_icon_goes_in_the_middle():
    line = "💬 村民心声：今年的排水沟终于修好了！——二组 李大爷"
    assert _body("\n".join([BODY[0], BODY[1], line, BODY[2], BODY[3]])) == BODY


def test_the_sites_writing_service_glued_after_a_sentence_goes():
    tail = "本文由某某范文网原创，需要定制同类材料请联系客服"
    # (The site's own service, or a writing service's offer: 定制同类材料 is one.)
    assert (chrome.strong_reason(tail) or "").startswith(("contact: the site's writing service", "contact: a writing service's offer"))
    assert strip_glued_actions(BODY[1] + tail) == BODY[1]


def test_an_attachment_with_its_count_and_size_is_meta():
    assert (chrome.strong_reason("附件：1个（防汛值班表.xlsx，23KB）") or "").startswith("meta: an attached file")


def test_credits_with_a_cjk_bar_glued_after_the_last_sentence_go():
    assert strip_glued_actions(BODY[3] + "文字丨水利局　编辑丨某某　审核丨某某某") == BODY[3]


def test_a_spaced_framed_page_number_glued_inside_a_word_goes():
    from haowen.ingest.cleaning.lines import repair_lines

    class _L:
        def __init__(self, text):
            self.text, self.blank_before = text, False

    out = repair_lines([_L("各村要严格落实巡查、值守、转◈ 2 ◈移三项制度。")], lambda t, like: _L(t))
    assert [x.text for x in out] == ["各村要严格落实巡查、值守、转移三项制度。"]


def test_an_accounts_exclamation_before_its_headline_goes():
    assert titles.strip_decoration("喜报！我县获评全省防汛工作先进集体") == "我县获评全省防汛工作先进集体"


def test_a_documents_sentence_under_a_promotion_between_paragraphs_is_no_comment():
    text = "\n".join([BODY[0], BODY[1], "下载APP，领取本地防汛物资优惠券", "截至目前，全县已储备编织袋五万条、救生衣三千件。", "网友评论（3）", "查看全部评论 ＞"])
    assert clean_text(text)[-1] == "截至目前，全县已储备编织袋五万条、救生衣三千件。"


def test_a_readers_comment_under_a_button_still_goes():
    text = "\n".join([*BODY, "评论（2）", "写得很实在，学习了！", "回复　点赞", "我们村也这么干的！", "查看全部评论 ＞"])
    assert clean_text(text) == BODY


def test_a_dropped_sentence_between_html_paragraphs_is_put_back():
    from haowen.ingest.parsers.html import restore_dropped_lines

    main = "\n".join([BODY[0], BODY[2]])
    page = "\n".join(["某县水利局", BODY[0], BODY[1], "分享　收藏", BODY[2], "版权所有"])
    assert restore_dropped_lines(main, page).split("\n") == [BODY[0], BODY[1], BODY[2]]


# --- holdout27's classes ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "【招贤纳士】巡堤员、值班员若干名，点击查看岗位详情",
        "登录后可查看历年汛情记录",
        "记得设为星标，第一时间收到推送",
        "[编辑]",
        "水利要闻 - 工作动态",
    ],
)
def test_holdout27s_page_classes_are_chrome_wherever_they_stand(line):
    assert chrome.strong_reason(line) is not None


def test_a_document_sentence_that_says_to_log_in_keeps_its_subject():
    assert chrome.strong_reason("考生登录后可查看成绩。") is None


def test_a_share_bar_glued_after_a_contact_line_goes():
    line = "联系电话：0731-8800001（值班室）"
    assert strip_glued_actions(line + "分享到：微信　微博　QQ空间") == line


def test_an_ai_button_and_an_edit_link_glued_to_lines_go():
    assert strip_glued_actions(BODY[2] + "✨AI润色此段") == BODY[2]
    assert strip_glued_actions("工作职责[编辑]") == "工作职责"


def test_a_date_going_on_in_a_sentence_keeps_its_sentence():
    line = "2025年6月3日至6月9日，登录本平台免费下载报名表。"
    assert strip_glued_actions(line) == line


def test_credits_glued_after_the_signature_date_go():
    assert strip_glued_actions("2025年1月10日撰稿：某某　审核：某某某") == "2025年1月10日"


def test_a_wikis_categories_and_licence_under_the_text_go():
    text = "\n".join([*BODY, "分类：防汛文书 | 应急预案", "本页面最后修订于2025年7月2日（星期三）21:18。", "内容采用知识共享署名-相同方式共享许可协议，除非另有声明。"])
    assert clean_text(text) == BODY


def test_a_bracketed_note_on_how_the_copy_was_made_is_chrome():
    assert (chrome.edge_reason("【整理于2024年冬，原稿存于档案室】") or "").startswith("notice: an editor's note")


def test_a_signed_mail_reply_and_its_quote_above_the_documents_head_go():
    text = "\n".join(
        ["发件人：办公室", "主题：Re: 关于做好山洪灾害防御工作的通知", "同意，按此下发。——某某", "> 在 2025-05-27 17:02，应急办 写道：", "> 请审定。", "签发人：某某", *NOTICE]
    )
    assert _body(text, title="关于做好山洪灾害防御工作的通知") == ["签发人：某某", *NOTICE]


def test_a_header_with_a_latin_name_is_no_paragraph():
    from haowen.ingest.clean import _is_body_start

    assert not _is_body_start("某某大学国际交流合作处 Office of International Cooperation and Exchanges")


def test_a_menu_row_is_not_joined_to_the_header_in_a_blank_line_text():
    text = "中文 | English\n某某大学水利学院\n\n" + "\n\n".join(BODY)
    assert "中文 | English某某大学水利学院" not in "\n".join(clean_text(text))


def test_an_html_pages_closing_formula_issuer_and_date_with_buttons_are_put_back():
    from haowen.ingest.parsers.html import restore_dropped_lines

    main = "\n".join(BODY)
    page = "\n".join(["某县水利局", *BODY, "特此通告。", "某县水利局", "2025年3月3日【打印此页】【关闭窗口】", "版权所有"])
    assert restore_dropped_lines(main, page).split("\n")[-3:] == ["特此通告。", "某县水利局", "2025年3月3日【打印此页】【关闭窗口】"]


def test_an_html_documents_own_date_comes_before_the_pages_publish_time():
    page = (
        "<html><head><title>某镇防汛工作总结_某某范文网</title></head><body><h1>某镇防汛工作总结</h1>"
        "<p>栏目：工作总结　时间：2025-01-13　人气：312</p>"
        + "".join(f"<p>{p}</p>" for p in BODY)
        + "<p>某镇人民政府</p><p>2025年1月12日</p></body></html>"
    )
    assert str(parse_html(page.encode("utf-8")).published_on) == "2025-01-12"


# --- holdout28's classes ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "赏杯咖啡　｜　点赞 12",
        "本周报名立减100元，名额有限",
        "不能复制？点这里解锁",
        "（以下为图片转文字，可能有错别字）",
        "被拖欠工资？免费法律咨询：0731-8800123",
        "本文仅为政策解读，不构成投资建议。",
        "余下页面已折叠，点击解锁阅读",
        "订阅同类公告，中标信息第一时间推送",
        "提取码 k2m9",
        "学习打卡　我已学习（累计学习 52 人）",
        "总结写不好？老师帮你改，微信搜 xiezuo2025",
    ],
)
def test_holdout28s_classes_are_chrome_wherever_they_stand(line):
    assert chrome.strong_reason(line) is not None


def test_a_blogs_archive_by_month_is_chrome():
    assert (chrome.edge_reason("日志归档：2025年5月(3)　2025年4月(6)") or "").startswith("list:")
    assert (chrome.edge_reason("2025年5月(3)　2025年4月(6)　2025年3月(4)") or "").startswith("list: a blog's archive")


def test_a_notice_that_its_plan_is_no_advice_of_law_stays_when_it_has_a_subject():
    assert chrome.strong_reason("各村要结合实际制定方案，不得照搬照抄。") is None


def test_an_answer_goes_on_under_its_samples_placeholder_date():
    text = "\n".join(
        [
            "问答 › 户籍",
            "投靠子女落户要什么材料？",
            "最佳答案　民警小王　回答于 2025-08-14",
            "需要以下材料：身份证、户口簿和亲属关系证明。",
            "申请书可参考如下：",
            "本人某某，因年老投靠女儿生活，申请将户口迁入某某街道，请予批准。",
            "申请人：×××",
            "××××年××月××日",
            "具体材料以当地派出所户籍窗口要求为准，建议提前电话咨询。",
            "有用(86)　没用(2)　举报",
            "相关问题：老人户口迁移有年龄限制吗？",
        ]
    )
    assert clean_text(text)[-1] == "具体材料以当地派出所户籍窗口要求为准，建议提前电话咨询。"


def test_a_headline_that_is_the_texts_first_sentence_is_not_cut_off_it():
    text = "\n".join(["某县首届竹文化节开幕。11月8日上午，首届竹文化节在城南竹海开幕，三千余人参加。", BODY[1]])
    assert clean_document(text, title="某县首届竹文化节开幕").paragraphs[0].startswith("某县首届竹文化节开幕。")


# --- holdout29's classes ---------------------------------------------------------------------------


def test_an_old_table_pages_minutes_keep_their_opening_fields_and_closing_lines():
    from haowen.ingest.parsers.html import restore_dropped_lines

    fields = ["时间：2025年6月3日上午", "地点：镇政府三楼会议室", "主持：镇长 某某", "记录：党政办 某某"]
    main = "\n".join(["会议研究了以下事项：", BODY[1], BODY[2]])
    page = "\n".join(["某镇人民政府", "镇防汛工作会议纪要", *fields, "会议研究了以下事项：", BODY[1], BODY[2], "某镇党政办公室", "2025年6月4日印发", "版权所有"])
    out = restore_dropped_lines(main, page).split("\n")
    assert out[:4] == fields and out[-2:] == ["某镇党政办公室", "2025年6月4日印发"]


def test_a_meeting_field_dropped_between_two_kept_lines_is_put_back():
    from haowen.ingest.parsers.html import restore_dropped_lines

    main = "\n".join(["拟稿：办公室　审核：某某", "参会：各村支书", BODY[1]])
    page = "\n".join(["拟稿：办公室　审核：某某", "时间：2025年7月1日", "地点：会议室", "参会：各村支书", BODY[1]])
    assert restore_dropped_lines(main, page).split("\n")[1:3] == ["时间：2025年7月1日", "地点：会议室"]


def test_an_issuer_named_like_the_title_above_an_印发_date_signs_the_text():
    text = "\n".join(["某县五金行业协会第三届理事会第四次会议纪要", "时间：2025年4月18日", "地点：协会会议室", BODY[1], "某县五金行业协会秘书处", "2025年4月22日印发"])
    assert clean_text(text, title="某县五金行业协会第三届理事会第四次会议纪要")[-2:] == ["某县五金行业协会秘书处", "2025年4月22日印发"]


def test_a_link_prompt_in_brackets_inside_a_sentence_goes():
    assert strip_glued_actions("经专家评审（点击查看评审细则），确定以下村为试点村。") == "经专家评审，确定以下村为试点村。"
    assert strip_glued_actions("培训内容包括自救互救（课程视频请登录学习平台观看），由镇卫生院组织。") == "培训内容包括自救互救，由镇卫生院组织。"
    assert strip_glued_actions("各村（社区）要加强巡查（每日不少于两次）。") == "各村（社区）要加强巡查（每日不少于两次）。"


def test_a_column_label_glued_before_the_salutation_goes():
    assert strip_glued_actions("【社区通知】各位居民朋友：") == "各位居民朋友："


@pytest.mark.parametrize(
    "line",
    [
        "点击上方蓝字“某县防汛”，关注我们",
        "【往期回顾】全县汛前检查全面完成",
        "▶ 视频：航拍汛期水库（时长01:32）",
        "本讲稿仅供学习交流，不作为个案法律意见。",
        "某某网盘不对用户分享内容承担责任，请遵守相关法律法规。",
    ],
)
def test_holdout29s_chrome_classes_are_strong(line):
    assert chrome.strong_reason(line) is not None


def test_a_qa_answers_header_row_is_meta():
    assert (chrome.edge_reason("网友“河边人”的回答 · 回答于 2小时前 · 被采纳") or "").startswith("meta: a Q&A site's label")


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        ("全县防汛演练圆满完成--某县晚报网", "全县防汛演练圆满完成"),
        ("某县水务集团--新闻中心", "某县水务集团--新闻中心"),
        ("防汛值班制度怎么定？急求范文", "防汛值班制度怎么定？"),
        ("汛期随笔·卷二 第七篇 ▏在全镇防汛工作会议上的发言", "在全镇防汛工作会议上的发言"),
    ],
)
def test_holdout29s_title_decorations_go(raw, title):
    assert titles.strip_decoration(raw) == title


def test_a_page_title_that_only_names_the_kind_of_page_is_no_title():
    from haowen.ingest.clean import is_site_name

    assert is_site_name("快照") and is_site_name("打印预览")
    assert not is_site_name("防汛快报")


def test_a_row_of_fields_is_never_a_title():
    lead = ["某县人民政府门户网站", "索 引 号：1143/2025-01833 发布机构：县水利局"]
    assert titles.title_from_lead(lead, lambda s: None) == ""


def test_the_headline_under_a_marquee_gives_the_title():
    from haowen.ingest.clean import page_title

    page = "\n".join(["某县五金行业协会", "热烈祝贺我县获评五金之乡！", "◆ 协会简介", "某县五金行业协会理事会会议纪要", "时间：2025年4月18日", BODY[1]])
    assert page_title(page, "时间：2025年4月18日") == "某县五金行业协会理事会会议纪要"


# --- holdout30's classes ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "打印本页｜关闭窗口",
        "参与人数 6　威望 +8　收起 理由",
        "【工程案例】点击查看我司承接的市民中心防汛改造项目",
        "【English Version】",
        "文：水利局　图：宣传科　审核：某某　发布：2025-09-17",
        "【相关新闻】全县汛前检查全面完成",
        "▲ 某镇中心小学的同学们在演练中有序撤离",
        "【小程序】某县文化云·活动预约",
    ],
)
def test_holdout30s_chrome_classes_are_strong(line):
    assert chrome.strong_reason(line) is not None


def test_an_outline_point_under_a_triangle_with_在_is_still_no_caption():
    assert chrome.strong_reason("▲在全县范围内开展隐患排查") is None


def test_a_byline_row_with_a_dotted_date_and_a_reporter_is_meta():
    assert (chrome.edge_reason("2025.05.18　某某日报记者　某某某") or "").startswith("meta: a byline")


def test_a_posters_chat_above_a_repost_goes_but_a_speechs_greeting_stays():
    from haowen.ingest.clean import _lead_reason

    assert _lead_reason("各位钓友，有兴趣的可以去报名，我去年参加过，收获很大～") is not None
    assert _lead_reason("大家上午好！我代表学校向你们表示热烈的欢迎！") is None


def test_a_lectures_sentences_about_infringement_are_no_disclaimer():
    s = "第三，自己的作品被搬运。建议大家保留原始素材，遇到侵权时先向平台投诉，再考虑诉讼。"
    assert not (chrome.edge_reason(s) or "").startswith("notice:")
    assert (chrome.edge_reason("本站内容来自网络，如有侵权请联系删除。") or "").startswith("notice:")


def test_a_field_of_the_text_under_its_own_key_is_no_readers_comment():
    text = "\n".join([BODY[0], BODY[1], "【小程序】某县文化云·活动预约", "报名时间：6月13日下午2点，地点在镇文化站三楼。", "往期推荐：某镇防汛演练", "分享　收藏　点赞　在看"])
    assert clean_text(text)[-1] == "报名时间：6月13日下午2点，地点在镇文化站三楼。"


def test_the_texts_email_field_glued_after_a_sentence_stays():
    line = "逾期不予受理。联系邮箱：fxb@example.gov.cn"
    assert strip_glued_actions(line) == line


def test_a_tip_prompt_after_a_question_glued_to_the_last_sentence_goes():
    assert strip_glued_actions("谢谢大家！喜欢这篇文章？打赏作者一杯茶") == "谢谢大家！"
    assert strip_glued_actions("写得不错？打赏支持") == "写得不错？打赏支持"  # (chrome whole, as a line)


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        ("防汛应急预案 Word版下载", "防汛应急预案"),
        ("律师函（催告履行合同付款义务）- 某某律所", "律师函（催告履行合同付款义务）"),
        # (A letter's or a contract's "（范本）" is the model's own label since round 74: 28 of the
        # labelled parts' 36 titles that carry one keep it. After a 请示 it goes.)
        ("律师函（范本）", "律师函（范本）"),
        ("关于增设便民服务点的请示（范本）", "关于增设便民服务点的请示"),
        ("〈打印稿〉关于做好防汛工作的通知", "关于做好防汛工作的通知"),
        ("★推荐★防汛工作心得体会", "防汛工作心得体会"),
    ],
)
def test_holdout30s_title_decorations_go(raw, title):
    assert titles.strip_decoration(raw) == title


def test_an_event_time_field_is_no_page_meta_but_office_hours_are():
    assert not chrome.is_meta_line("报名时间：6月13日下午2点，地点在镇文化站三楼。")
    assert chrome.is_meta_line("时间：2025-01-03 12:00　来源：本站")
    assert chrome.edge_reason("本处地址：某县府前路8号　办公时间：周一至周五8:30-17:30") is not None


def test_a_photo_caption_with_a_reporters_credit_is_not_split():
    line = "市长某某作报告。本报记者 某某摄"
    assert strip_glued_actions(line) == line


# --- holdout31's classes ---------------------------------------------------------------------------


def test_a_mails_notes_quoted_headers_and_attachment_above_the_addressee_go():
    text = "\n".join(
        [
            "发件人：某某 <a@example.cn>",
            "收件人：县水利局",
            "好的，已按意见修改，请审阅。",
            "附件：关于防汛物资的请示.docx (26KB)",
            "------------------ 原始邮件 ------------------",
            "发件人：县水利局",
            "发送时间：2025年2月20日(星期四) 下午3:40",
            "请补充经费测算后再报。",
            "------------------ 原始邮件 ------------------",
            *NOTICE,
        ]
    )
    assert _body(text, title="关于做好山洪灾害防御工作的通知") == NOTICE


@pytest.mark.parametrize(
    "line", ["跑山的兄弟们可以看看，协会还是做了点事的", "群里发的，搬过来给大家看看，商户朋友们一起守规矩哈～"]
)
def test_a_posters_chat_or_note_above_a_repost_is_meta(line):
    from haowen.ingest.clean import _lead_reason

    assert (_lead_reason(line) or "").startswith("meta: the poster's")


def test_an_answerers_row_ending_in_its_date_is_meta():
    assert (chrome.edge_reason("河边人　某公园志愿者队长　回答于 2025-04-03") or "").startswith("meta: a Q&A site's label")


def test_related_questions_under_an_html_answer_go():
    from haowen.ingest.clean import page_tail_items

    paragraphs = [*BODY, "怎样报名成为防汛志愿者？", "汛期需要准备哪些物资？"]
    page = "\n".join([*BODY, "相关问题", "怎样报名成为防汛志愿者？", "汛期需要准备哪些物资？"])
    assert page_tail_items(paragraphs, page) == 2


def test_a_postscript_of_when_and_where_it_was_written_stays():
    text = "\n".join([*BODY, "2024年11月20日写于山脚下", "←上一篇：山中记事", "→下一篇：给孙女的信", "本页访问次数：1130"])
    assert clean_text(text)[-1] == "2024年11月20日写于山脚下"


def test_a_page_marker_in_angle_brackets_glued_inside_a_line_goes():
    from haowen.ingest.cleaning.lines import repair_lines

    class _L:
        def __init__(self, text):
            self.text, self.blank_before = text, False

    out = repair_lines([_L("调研组建议，引导小作坊〈第2页〉入驻食品加工园区。")], lambda t, like: _L(t))
    assert [x.text for x in out] == ["调研组建议，引导小作坊入驻食品加工园区。"]


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        ("《山居文集》卷二·四十年护林的一点感悟", "四十年护林的一点感悟"),
        ("某某协会会员管理办法（2025修订版）", "某某协会会员管理办法"),
        ("村规民约（2025年修订）", "村规民约（2025年修订）"),
    ],
)
def test_holdout31s_title_decorations_go_and_the_texts_stage_stays(raw, title):
    assert titles.strip_decoration(raw) == title


def test_a_writing_service_in_other_words_is_a_service_prompt():
    assert (chrome.strong_reason("材料写不出来？写手团队一对一帮写，微信 xiezuo_88") or "").startswith("contact:")


# --- holdout32's classes ---------------------------------------------------------------------------


def test_a_copy_button_between_two_sentences_goes():
    assert strip_glued_actions("记录要当场写。点击复制本段以前我习惯回站里再补。") == "记录要当场写。以前我习惯回站里再补。"


def test_floor_replies_and_a_forums_group_id_are_chrome():
    assert (chrome.edge_reason("回复 沙发 今年一定上岸：感谢楼主！") or "").startswith("list: a reply in a thread")
    assert (chrome.edge_reason("论坛微信群：gk_group2025（备注面试）") or "").startswith("meta: holds a WeChat")


def test_a_byline_row_whose_spaces_an_extraction_flattened_is_meta_but_a_laws_note_is_not():
    assert (chrome.edge_reason("社区居委会 2025/09/25 浏览 402") or "").startswith("meta: a byline")
    assert chrome.edge_reason("2015年1月29日 某市第十四届人民代表大会第三次会议通过") is None


def test_a_postscript_with_the_day_after_its_verb_dates_the_text():
    from haowen.ingest.cleaning import dates

    assert dates.is_written_on("写于2024年11月2日，退休后第一个秋天。")
    assert str(clean_document("\n".join([*BODY, "写于2024年11月2日，退休后第一个秋天。"])).published_on) == "2024-11-02"


def test_sidebar_headlines_after_the_texts_glued_button_go():
    from haowen.ingest.clean import page_tail_items

    paragraphs = [*BODY, "优化营商环境在行动", "放心消费创建"]
    page = "\n".join([*BODY[:-1], BODY[-1] + "【纠错】", "热点专题", "优化营商环境在行动", "放心消费创建", "某县商务局主办"])
    assert page_tail_items(paragraphs, page) == 2


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        ("城南要建防洪堤了！关于城南防洪堤建设方案公开征求意见的公告", "关于城南防洪堤建设方案公开征求意见的公告"),
        ("山洪来了往哪跑？求详细解答", "山洪来了往哪跑？"),
    ],
)
def test_holdout32s_title_decorations_go(raw, title):
    assert titles.strip_decoration(raw) == title


# --- holdout33's classes ---------------------------------------------------------------------------


def test_a_service_prompt_whose_id_runs_into_the_next_sentence_is_cut_out():
    from haowen.ingest.clean import _cut_service_sentences

    line = "今年汛期降雨偏多。全县共转移群众三千人，无一伤亡。材料代写，当天出稿，加V：fx_wenmi2025各村要继续做好值守，确保安全度汛。"
    assert _cut_service_sentences(line, None) == "今年汛期降雨偏多。全县共转移群众三千人，无一伤亡。各村要继续做好值守，确保安全度汛。"


@pytest.mark.parametrize(
    "line",
    [
        "扫码进“某村邻里群”，防汛信息每周推送",
        "点我报名当防汛志愿者",
        "扫一扫右侧二维码，手机上也能参与意见征集",
        "遇到工伤纠纷？在线免费咨询，律师10分钟内回复",
        "关注我，了解更多防汛知识",
        "2026年春季班火热报名中，前20名报名享八折",
    ],
)
def test_holdout33s_prompts_are_strong_and_go_when_glued(line):
    assert (chrome.strong_reason(line) or "").startswith(("action:", "contact:"))
    assert strip_glued_actions(BODY[3] + line) == BODY[3]


def test_reprint_terms_inside_a_short_line_are_a_notice():
    assert (chrome.edge_reason("文集中文字均为作者旧作，转引请联系家属。") or "").startswith("notice:")


def test_a_line_of_the_documents_fields_that_speaks_of_downloading_stays():
    s = "时间：2025年4月3日至4月10日；方式：登录交易网免费下载。"
    assert chrome.edge_reason(s) is None
    assert chrome.edge_reason("下载方式：登录会员中心；积分：5分。") is not None


def test_a_posters_request_to_go_easy_above_their_draft_is_meta():
    from haowen.ingest.clean import _lead_reason

    assert _lead_reason("自己写的练手稿，大家轻拍：") is not None


def test_a_title_hailing_its_readers_after_the_genre_loses_the_hail():
    assert titles.strip_decoration("关于汛期临时封闭部分道路的通告，跑长途的注意了") == "关于汛期临时封闭部分道路的通告"


# --- holdout36's classes ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "想了解更多？加站办微信 fxz_kf01",
        "遇到类似问题？欢迎拨打免费咨询热线",
        "扫描右侧二维码，添加律师助理一对一咨询",
        "名额有限，私信客服可享早鸟价！",
    ],
)
def test_holdout36s_prompts_are_chrome(line):
    assert chrome.strong_reason(line) is not None


def test_a_teachers_marking_and_an_invitation_to_join_are_chrome_at_the_edge():
    assert (chrome.edge_reason("老师批改：立意准确，结构清晰。得分：32/40") or "").startswith("list: a reviewer's comment")
    assert (chrome.edge_reason("欢迎果农朋友加入协会") or "").startswith("action: an invitation to join")
    assert chrome.edge_reason("欢迎广大市民加入志愿者队伍，共建美好家园！") is None


def test_a_named_page_number_alone_between_two_halves_of_an_outline_item_joins_them():
    from haowen.ingest.cleaning.lines import repair_lines

    class _L:
        def __init__(self, text):
            self.text, self.blank_before = text, False

    out = repair_lines([_L("（一）汛前全面清理排水沟和山体截"), _L("┃第2页┃"), _L("水沟，对裂隙进行封堵。")], lambda t, like: _L(t))
    assert [x.text for x in out] == ["（一）汛前全面清理排水沟和山体截水沟，对裂隙进行封堵。"]


def test_a_page_title_that_is_a_column_is_no_title():
    from haowen.ingest.clean import is_site_name

    assert is_site_name("通知公告") and is_site_name("新闻动态")


def test_a_title_hailing_its_readers_with_an_exclamation_loses_it():
    assert titles.strip_decoration("草莓采摘园开园公告，周末带娃去！") == "草莓采摘园开园公告"


def test_a_bare_call_to_subscribe_led_in_by_a_question_goes_when_glued():
    assert strip_glued_actions(BODY[3] + "喜欢这篇文章？欢迎订阅") == BODY[3]
    assert chrome.strong_reason("欢迎关注") is not None


def test_a_site_footer_naming_who_runs_it_and_where_is_chrome():
    assert (chrome.strong_reason("某市水利局主办　地址：某市河堤路1号") or "").startswith("notice: a copyright footer")
