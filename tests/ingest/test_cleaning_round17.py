"""Import, seventeenth round (issue 13, on holdout34's and holdout35's failures): prompts to
react to the page (like, save, read on the phone, "click me"), a tip prompt with a particle, a
comment under the comments' heading, a row of vote buttons, a related list headed by what others
read, an invitation to correct the page, an editor's note on how the copy was made, a Q&A
asker's supplement and an answer's stamp in a byline row, the site's name signed again under the
text, a short notice wrapped in two lines only, a sidebar above an HTML page's headline, a
promotion glued after a sentence (the sentence stays), titles (a column's label before a bar, an
offer in brackets) and dates (a counter's key with its unit beside the date, an essay's
postscript date under its title).

Every input is written for this test (places, people, sites and numbers invented); none is
taken from bench/clean_eval or the issue.
"""

from __future__ import annotations

import datetime as dt

import pytest

from haowen.ingest.clean import clean_document
from haowen.ingest.cleaning import chrome, dates
from haowen.ingest.cleaning.glued import strip_glued_actions
from haowen.ingest.parsers.base import clean_title
from haowen.ingest.parsers.html import drop_before_headline, parse_html

BODY = [
    "为做好今冬明春森林防火工作，切实保护森林资源和人民群众生命财产安全，现将有关事项通知如下。",
    "一、严格野外火源管理。各林区入口要设立检查站，进山人员一律登记，严禁携带火种进入林区。",
    "二、加强巡山护林。各护林员要按照网格分工每日巡查，发现火情立即报告并组织先期处置。",
    "三、做好扑救准备。各专业扑火队要集中食宿、统一管理，确保接到命令后三十分钟内出动。",
]


def _body(text: str, title: str | None = None) -> list[str]:
    return clean_document(text, title=title).paragraphs


# --- prompts to react to the page -------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "读完有收获？顺手点个赞支持一下",
        "看着不错就点个在看吧",
        "喜欢就点左下角五角星，把它存入我的资料库",
        "微信扫一扫，全文随身看",
        "手机上也能看：扫码随时随地翻阅",
        "暑期研学团火热报名中，戳我了解",
    ],
)
def test_a_prompt_to_react_to_the_page_goes_wherever_it_stands(line):
    assert (chrome.strong_reason(line) or "").startswith("action:"), line
    assert _body("\n".join([BODY[0], BODY[1], line, BODY[2], BODY[3]])) == BODY
    assert _body("\n".join([*BODY, line])) == BODY


def test_a_like_prompt_glued_after_the_last_sentence_goes_and_the_sentence_stays():
    assert _body("\n".join([*BODY[:3], BODY[3] + "有用的话点个赞再走呗"])) == BODY


def test_a_document_that_asks_people_to_like_a_campaign_in_a_sentence_keeps_it():
    own = "欢迎广大群众为身边的护林员点赞，评选结果将在县政府网站公布。"
    assert chrome.strong_reason(own) is None
    assert _body("\n".join([*BODY, own])) == [*BODY, own]


@pytest.mark.parametrize("line", ["文章写得用心就打赏一下吧", "觉得实用请赞赏支持哦～"])
def test_a_tip_prompt_ending_in_a_particle_is_chrome(line):
    assert chrome.strong_reason(line) == "action: a prompt to tip the author"
    assert _body("\n".join([*BODY, line])) == BODY


# --- comments, votes, lists ----------------------------------------------------------------------


@pytest.mark.parametrize("line", ["全部留言：山里人：护林员辛苦了！", "热门评论：小周同学：讲得在理"])
def test_a_comment_under_the_comments_heading_is_the_pages(line):
    assert chrome.strong_reason(line) == "list: a comment under the comments' heading"
    assert _body("\n".join([*BODY, line])) == BODY


def test_a_documents_field_with_two_colons_is_no_comment():
    assert chrome.strong_reason("联系人：县林业局防火办：何涛") is None


@pytest.mark.parametrize("row", ["有用 35　没用 2", "赞同(14) | 反对(3)", "顶 9 踩"])
def test_a_row_of_vote_buttons_after_the_text_goes(row):
    assert chrome.strong_reason(row) == "action: a row of vote buttons (有帮助 12　踩)"
    assert _body("\n".join([*BODY, row])) == BODY


def test_a_surveys_answer_options_without_counts_are_no_vote_row():
    assert chrome.strong_reason("满意 基本满意") is None


@pytest.mark.parametrize("line", ["很多人还在读：县城老街改造进入收尾阶段", "大家都在搜：冬季防火十条"])
def test_a_related_list_headed_by_what_others_read_goes(line):
    assert (chrome.edge_reason(line) or "").startswith("list: a related list")
    assert _body("\n".join([*BODY, line])) == BODY


def test_an_invitation_to_correct_a_wiki_page_ends_the_text_with_the_lines_above_it():
    page = "\n".join([*BODY, "条目分类：森林防火　应急管理", "阅读次数：2,930次　修订次数：4次", "本条目由读者协作编写，若您发现其中有误，欢迎参与纠错。"])
    assert _body(page) == BODY


def test_a_notice_asking_the_public_to_report_errors_in_their_own_data_stays():
    own = "请各村认真核对名单，如发现信息有误，请于三日内向镇林业站反馈。"
    assert chrome.strong_reason(own) is None
    assert _body("\n".join([*BODY, own])) == [*BODY, own]


@pytest.mark.parametrize("note", ["（校对于雨夜，2024年冬）", "【录入于旧书摊旁，二〇二三年】"])
def test_an_editors_note_on_how_the_copy_was_made_goes(note):
    assert chrome.edge_reason(note) == "notice: an editor's note on how the page's copy was made"
    assert _body("\n".join([*BODY, note])) == BODY


# --- Q&A pages ---------------------------------------------------------------------------------


def test_an_askers_supplement_and_the_answers_stamp_row_stay_out_of_the_answer():
    page = "\n".join(
        [
            "山里的老木屋怎么防白蚁？",
            "问题补充：房子是祖上传下来的，梁上已经有蛀孔了",
            "林间守屋人 · 解答于 2025-03-02 · 资深林业员",
            *BODY[1:],
        ]
    )
    assert _body(page, title="山里的老木屋怎么防白蚁？") == BODY[1:]


@pytest.mark.parametrize("row", ["青松 · 发表于 2025/6/1 · 来自安卓客户端", "老周｜回复于 3小时前｜楼主"])
def test_a_row_with_a_cell_stamping_the_post_is_a_byline(row):
    assert (chrome.edge_reason(row) or "").startswith("meta:")
    assert chrome.edge_reason("守屋人 · 解答于 2025-03-02 · 认证：林业员") == "meta: a byline or counter row (name, date, counts)"


# --- the site's name signed under the text --------------------------------------------------


def test_the_accounts_name_from_the_header_signed_again_under_the_text_goes():
    page = "\n".join(["林下经济观察　|　文章镜像", "林下经济观察 发布于 2025-11-02", *BODY, "林下经济观察", "微信号：linxia_gc　关注林区发展"])
    assert _body(page) == BODY


def test_an_issuers_name_the_header_also_shows_stays_under_the_text():
    page = "\n".join(["县林业局　|　政务公开", *BODY, "白岩县林业局"])
    page2 = "\n".join(["白岩县林业局　|　政务公开", *BODY, "白岩县林业局", "网站地图　|　联系我们"])
    assert _body(page)[-1] == "白岩县林业局"
    assert _body(page2)[-1] == "白岩县林业局"


def test_a_person_named_in_the_header_who_signs_the_text_stays():
    page = "\n".join(["博客　|　何涛 发布于 2025-11-02", *BODY, "何涛", "网站地图　|　联系我们"])
    assert _body(page)[-1] == "何涛"


# --- hard wraps in a short notice ------------------------------------------------------------


def test_a_short_notice_with_two_wrapped_lines_only_is_joined_back():
    lines = [
        "各护林站，各村委会：",
        "为切实做好今冬明春森林防火工作，有效防范火灾事故发生，县林",
        "业局决定开展森林火灾隐患排查。",
        "一、排查时间为2025年11月10日至12月10日。",
        "二、排查中发现的各类隐患，要逐一登记、限期整改，整改不到位",
        "的依法处理。",
        "白岩县林业局",
        "2025年11月3日",
    ]
    body = _body("\n".join(lines))
    assert "为切实做好今冬明春森林防火工作，有效防范火灾事故发生，县林业局决定开展森林火灾隐患排查。" in body
    assert "二、排查中发现的各类隐患，要逐一登记、限期整改，整改不到位的依法处理。" in body


def test_two_open_lines_of_different_widths_in_an_unwrapped_text_are_not_joined():
    lines = [
        "各护林站：",
        "今冬以来降水偏少，林区可燃物载量大，火险等级持续偏高",
        "当前形势严峻。",
        "各站要压实责任，严防死守，确保不发生重大森林火灾，保护好全县的森林资源和生态安全",
        "特此通知。",
    ]
    body = _body("\n".join(lines))
    assert "当前形势严峻。" in body


# --- HTML: a sidebar above the headline ----------------------------------------------------


def test_a_sidebar_block_above_the_headline_is_not_the_text():
    plain = "\n".join(["报名日历", "11月 护林员招聘", "白岩县护林员招聘公告", *BODY])
    text = "\n".join(["11月 护林员招聘", *BODY])
    assert drop_before_headline(text, plain, "白岩县护林员招聘公告") == "\n".join(BODY)


def test_a_sentence_above_the_headline_or_a_line_shown_below_it_too_stays():
    plain = "\n".join(["本站提示：今日起执行冬季作息。", "白岩县护林员招聘公告", *BODY])
    text = "\n".join(["本站提示：今日起执行冬季作息。", *BODY])
    assert drop_before_headline(text, plain, "白岩县护林员招聘公告") == text
    plain2 = "\n".join(["森林防火", "白岩县护林员招聘公告", "森林防火", *BODY])
    text2 = "\n".join(["森林防火", *BODY])
    assert drop_before_headline(text2, plain2, "白岩县护林员招聘公告") == text2


def test_an_html_page_with_a_calendar_box_before_its_h1_imports_without_it():
    page = (
        "<html><head><meta charset='utf-8'><title>白岩县护林员招聘公告_招考信息</title></head><body>"
        "<div class='top'>白岩人事网 登录 注册</div><div class='cal'><h4>报名日历</h4><p>11月 护林员招聘</p></div>"
        "<h1>白岩县护林员招聘公告</h1><p>发布日期：2025-11-01　来源：县林业局</p>"
        + "".join(f"<p>{p}</p>" for p in BODY)
        + "<p>白岩县林业局</p><p>2025年11月1日</p></body></html>"
    ).encode()
    doc = parse_html(page)
    assert doc.paragraphs[0] == BODY[0]
    assert "11月 护林员招聘" not in doc.paragraphs


# --- a promotion glued after a sentence ------------------------------------------------------


def test_a_promotion_glued_after_an_items_sentence_leaves_the_sentence():
    line = "二、报名条件：年满十八周岁的本县户籍居民。前50名报名立减100元！"
    assert chrome.strong_reason(line) is None
    assert "前50名报名立减100元！" != line
    assert (chrome.strong_reason("前50名报名立减100元！") or "").startswith("action: a promotion's offer")
    assert line in _body("\n".join([BODY[0], line, BODY[2]]))


# --- titles --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        ("普法提示丨致民宿经营户的消防安全提示函", "致民宿经营户的消防安全提示函"),
        ("案例速递｜关于规范林下种植的指导意见", "关于规范林下种植的指导意见"),
        ("关于做好冬季防火工作的通知丨白岩林业", "关于做好冬季防火工作的通知"),
    ],
)
def test_a_columns_label_before_a_bar_goes_and_a_site_after_it_too(raw, title):
    assert clean_title(raw) == title


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        ("2026年春季护林员培训班招生简章（包吃住）", "2026年春季护林员培训班招生简章"),
        ("茶艺师培训招生简章（免费试学）", "茶艺师培训招生简章"),
        ("白岩县森林防火条例（2025年修订）", "白岩县森林防火条例（2025年修订）"),
        ("关于实行限时办结制度的通知（试行）", "关于实行限时办结制度的通知（试行）"),
    ],
)
def test_an_offer_in_brackets_after_a_title_goes_and_a_documents_own_aside_stays(raw, title):
    assert clean_title(raw) == title


# --- dates ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("row", ["信息时间：2025-06-18　阅读次数：233", "录入日期：2025-06-18　浏览量：1,902", "更新时间 2025-06-18 | 点击数：40"])
def test_a_date_beside_a_counter_with_its_unit_is_the_pages_date(row):
    expected = None if "更新" in row else dt.date(2025, 6, 18)
    assert dates.document_date([row], []) == expected


@pytest.mark.parametrize(("line", "day"), [("写于二〇一九年三月二日", dt.date(2019, 3, 2)), ("（2024年5月4日夜，记于林场宿舍）", dt.date(2024, 5, 4))])
def test_an_essays_postscript_date_under_its_title_is_its_date(line, day):
    assert dates.document_date([line], ["那年春天，我第一次走进林场。"]) == day


# --- holdout37's classes -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    ["升级年度会员，解锁海量范文", "开通高级会员可解锁全部 8 万篇讲稿", "打开林海读书APP，免费读完全书", "长按图中二维码填写报名表"],
)
def test_pay_app_and_code_prompts_in_other_words_go_in_the_middle(line):
    assert (chrome.strong_reason(line) or "").startswith("action:"), line
    assert _body("\n".join([BODY[0], BODY[1], line, BODY[2], BODY[3]])) == BODY


def test_a_notice_that_members_open_an_account_is_the_documents():
    own = "各会员单位开通账户后，即可在系统中填报年度数据。"
    assert chrome.strong_reason(own) is None


@pytest.mark.parametrize("line", ["范文内容由网友投稿整理，仅供参考。", "本文由平台用户分享，仅供学习交流。"])
def test_who_put_the_text_up_with_a_use_limit_is_a_notice(line):
    assert (chrome.edge_reason(line) or "").startswith("notice:")
    assert _body("\n".join([*BODY, line])) == BODY


@pytest.mark.parametrize("line", ["收录于《林区手记》第三辑，第5篇", "本文已收录于专辑《护林故事》"])
def test_where_the_page_collects_the_text_goes(line):
    assert chrome.strong_reason(line) == "meta: where the page collects the text (收录于《…》)"
    assert _body("\n".join([*BODY, line])) == BODY


def test_a_site_header_row_ending_with_its_users_counted_is_a_byline():
    row = "林海写作 · 通知模板　已有 3.4万 人使用"
    # (Round 111 named the usage counter's own class; either reason says the row is the page's.)
    assert chrome.edge_reason(row) in (
        "meta: a byline or counter row (name, date, counts)",
        "meta: a model-text site's usage counter (已有 3,406 人使用)",
    )
    assert _body("\n".join([row, *BODY])) == BODY


def test_an_addressee_line_is_never_dropped_by_the_score():
    page = "\n".join(["白岩护林论坛 登录 立即注册", "论坛 › 通知公告", "各护林站、各位护林员：", "k2 x& 9p", *BODY])
    assert _body(page)[0] == "各护林站、各位护林员："


@pytest.mark.parametrize(("line", "kept"), [("…的样子。点赞(31)", "…的样子。"), ("全年巡护二百天。阅读 2,301", "全年巡护二百天。"), ("全年巡护二百天。收藏（12）", "全年巡护二百天。")])
def test_a_counter_glued_after_the_last_sentence_goes(line, kept):
    assert strip_glued_actions(line) == kept


def test_a_figure_in_brackets_after_a_sentence_is_no_counter():
    own = "今年共发现火情隐患（12处）。"
    assert strip_glued_actions(own) == own


@pytest.mark.parametrize("line", ["护林员培训班开课，老队长一对一指导，私信报名", "需要完整台账模板的，评论区留言领取"])
def test_a_prompt_to_message_the_poster_goes(line):
    assert (chrome.strong_reason(line) or "").startswith(("action:", "contact:"))
    assert _body("\n".join([BODY[0], BODY[1], line, BODY[2], BODY[3]])) == BODY


def test_a_sentence_telling_residents_where_to_leave_a_message_stays():
    assert chrome.strong_reason("有意向的群众请到村委会留言咨询") is None


def test_a_footer_row_of_the_address_and_a_hotline_after_the_text_goes():
    page = "\n".join([*BODY, "白岩县林业局", "2025年11月3日", "单位地址：白岩县林苑路8号　24小时值班热线：0871-6123119"])
    assert _body(page) == [*BODY, "白岩县林业局", "2025年11月3日"]


def test_the_printing_line_of_a_documents_imprint_loses_the_buttons_glued_to_it():
    line = "白岩县林业局办公室　2025年11月3日印发【字号：大 中 小】"
    assert strip_glued_actions(line) == "白岩县林业局办公室　2025年11月3日印发"


def test_signs_and_a_figure_glued_after_a_sentence_are_forum_junk():
    from haowen.ingest.cleaning.lines import strip_inline_junk

    assert strip_inline_junk("护林员越来越多。^ 17 # ! ~为规范管理，特制定本办法。") == "护林员越来越多。为规范管理，特制定本办法。"
    own = "增长了百分之五。1 2 3 为序号。"
    assert strip_inline_junk(own) == own


def test_a_lecture_title_after_a_columns_label_keeps_its_genre():
    assert clean_title("法治讲堂丨林权流转的法律风险——在县林业大会上的讲座稿") == "林权流转的法律风险——在县林业大会上的讲座稿"


def test_a_bare_publish_key_dates_the_page():
    assert dates.document_date(["发布：2025-06-10　截止：2025-06-20"], []) == dt.date(2025, 6, 10)
    assert dates.document_date(["截止：2025-06-20"], []) is None


# --- holdout38's classes -----------------------------------------------------------------------


def test_two_sentences_that_speak_of_points_and_an_account_are_prose():
    own = "如今全村垃圾分类准确率超过九成。村里还推出了积分兑换，村民关注村务公众号就能查积分。"
    assert chrome.edge_reason(own) is None
    assert _body("\n".join([*BODY, own, "扫码关注 获取更多"])) == [*BODY, own]


@pytest.mark.parametrize("tail", ["👇扫码关注，了解更多", "☞ 点此报名参加"])
def test_a_prompt_behind_a_pointing_glyph_glued_after_the_last_sentence_goes(tail):
    assert strip_glued_actions(BODY[3] + tail) == BODY[3]


def test_an_answer_stamp_with_a_relative_time_in_months_is_a_byline_under_a_question():
    page = "\n".join(["林业百科 · 问答", "冬季林区用火要注意什么？", "林业工程师　｜　高级工程师 何涛　｜　回答于 2个月前", *BODY, "有用(12)　　没用(1)"])
    cleaned = clean_document(page, None)
    assert cleaned.paragraphs == BODY


@pytest.mark.parametrize("line", ["有用(12)", "无帮助（0）", "反对(3)"])
def test_one_vote_button_with_its_count_is_chrome(line):
    assert chrome.strong_reason(line) == "action: a row of vote buttons (有帮助 12　踩)"


@pytest.mark.parametrize("line", ["3天前", "5个月前", "昨天 08:15", "刚刚"])
def test_a_relative_time_alone_is_a_posts_stamp(line):
    assert chrome.strong_reason(line) == "meta: a post's relative time (2天前)"


def test_a_forwarders_note_above_a_forwarded_mails_headers_goes():
    page = "\n".join(
        [
            "收到，已转林场办公室，请按时参加。——小何",
            "-------- Forwarded message --------",
            "From: 白岩县林业局 <lyj@example.gov.cn>",
            "Subject: 关于召开护林员培训会的通知",
            "各林场：",
            *BODY,
        ]
    )
    assert _body(page) == ["各林场：", *BODY]


@pytest.mark.parametrize(
    "line",
    ["如需林权纠纷代理服务，欢迎致电 0871 6123 4567 预约", "如有专项法律服务需求，请联系本所 0871-61234567 预约律师面谈。"],
)
def test_a_firms_offer_of_its_service_with_a_number_ends_the_text(line):
    assert chrome.strong_reason(line) == "contact: an offer of the site's service with a number to book it"
    assert _body("\n".join([*BODY, line])) == BODY


def test_a_notices_own_number_for_questions_is_no_service_offer():
    own = "如需咨询，请致电县林业局 0871-61234567。"
    assert chrome.strong_reason(own) is None


@pytest.mark.parametrize(("line", "kept"), [("…注意用火安全。分享到工作群", "…注意用火安全。"), ("…注意用火安全。转发给好友", "…注意用火安全。")])
def test_a_share_button_glued_after_the_last_sentence_goes(line, kept):
    assert strip_glued_actions(line) == kept


def test_a_copy_button_before_a_sentences_end_mark_goes_and_a_note_stays():
    assert strip_glued_actions("当了三年护林员，我对护林工作有了更深的认识【复制】。") == "当了三年护林员，我对护林工作有了更深的认识。"
    assert strip_glued_actions("依据《条例》第五条【注】。") == "依据《条例》第五条【注】。"


def test_a_related_question_headline_after_a_bullet_and_its_key_is_a_list():
    line = "► 相关：林下种草要注意哪些问题？"
    assert (chrome.edge_reason(line) or "").startswith("list: a related list")
    assert _body("\n".join([BODY[0], BODY[1], line, *BODY[2:]]))[-1] == BODY[-1]


def test_a_page_letter_behind_a_triangle_cut_into_a_word_is_dropped_and_the_word_joined():
    text = "\n".join(["　　今年要重点抓好护林员队伍建设，提高巡护效", "▸P3率和应急处置能力。"])
    assert "今年要重点抓好护林员队伍建设，提高巡护效率和应急处置能力。" in "".join(_body(text))


def test_a_line_that_opens_with_a_plan_step_named_p2_keeps_it():
    assert "P2阶段完成林区道路硬化。" in _body("\n".join([BODY[0], "P2阶段完成林区道路硬化。"]))


def test_the_posters_name_above_the_addressee_goes_when_the_pages_chrome_shows_it():
    page = "\n".join(
        ["白岩论坛 › 便民信息", "致全县护林员的一封倡议书", "林场老何", "发布于 2025-3-2 20:13", "各位护林员：", *BODY, "本帖最后由 林场老何 于 2025-3-3 08:02 编辑"]
    )
    assert _body(page, title="致全县护林员的一封倡议书") == ["各位护林员：", *BODY]


def test_an_issuer_above_the_addressee_stays_even_when_the_footer_names_it():
    page = "\n".join(["白岩县林业局", "各林场：", *BODY, "主办：白岩县林业局　地址：林苑路8号"])
    assert _body(page)[0] == "白岩县林业局"


# --- holdout39's classes -----------------------------------------------------------------------


def test_a_row_of_boxed_stamps_and_buttons_is_chrome():
    row = "【发布时间：2025-11-02】【浏览次数：96】【打印本页】【关闭窗口】"
    assert chrome.strong_reason(row) == "action: a row of buttons, each in its brackets"
    assert _body("\n".join([row, *BODY])) == BODY


def test_boxes_of_the_documents_own_notes_are_no_button_row():
    assert chrome.strong_reason("【发布时间：2025-11-02】【附件：名单.doc】") is None


@pytest.mark.parametrize(
    "line",
    ["问题补充：木屋在林子边上，潮得很，怎么办？　|　806人浏览", "其他回答（3 天前）：刷一层桐油就行。", "更多 2 条回答：买药喷一喷。"],
)
def test_an_askers_supplement_and_other_answers_are_the_qa_pages(line):
    assert chrome.strong_reason(line) == "meta: a Q&A page's asker's supplement or another answer"


@pytest.mark.parametrize("line", ["阅读回执：已读 58 / 应读 60", "审批记录：办公室主任 何涛（同意）→ 局长 周明（同意）"])
def test_an_intranets_read_receipt_and_approval_trail_go_under_the_signature(line):
    page = "\n".join([*BODY, "白岩县林业局", "2025年11月3日", line])
    assert _body(page) == [*BODY, "白岩县林业局", "2025年11月3日"]


def test_a_notices_hotline_above_its_issuer_without_a_date_stays():
    page = "\n".join([*BODY, "收购热线：0871-6123456", "白岩林果种植基地", "商城客服热线：400-600-1234", "© 2025 白岩林果 All Rights Reserved."])
    assert _body(page)[-2:] == ["收购热线：0871-6123456", "白岩林果种植基地"]


def test_the_score_keeps_a_documents_own_number_under_its_key():
    from haowen.ingest.clean import _OWN_CONTACT

    assert _OWN_CONTACT.search("报名电话：0737-2650331（周一至周日8:30—18:00）")
    assert not _OWN_CONTACT.search("客服热线：400-600-1234")


def test_a_wiki_entrys_term_that_names_a_genre_stays_in_its_definition():
    page = "\n".join(["林业百科", "护林承诺书", "护林承诺书是护林员向林业主管部门承诺履行巡护职责时使用的文书，一般写明巡护范围和责任。", *BODY[1:]])
    body = _body(page, title="护林承诺书")
    assert body[0].startswith("护林承诺书是护林员")


def test_a_wiki_entrys_sources_heading_ends_its_text():
    page = "\n".join([*BODY, "参考来源", "1. 森林防火条例释义"])
    assert _body(page) == BODY


@pytest.mark.parametrize("line", ["【阅读本文可获得学习积分1分】", "看完全文可领取学习积分"])
def test_study_points_for_reading_are_the_platforms(line):
    assert (chrome.strong_reason(line) or "").startswith("action:")
    assert _body("\n".join([BODY[0], line, *BODY[1:]])) == BODY


def test_study_points_in_a_box_glued_before_the_first_sentence_go():
    line = "【阅读本文可获得学习积分2分】按照学习安排，我结合分管工作谈几点体会。"
    assert strip_glued_actions(line) == "按照学习安排，我结合分管工作谈几点体会。"


def test_a_forms_blanks_after_the_receipt_stay():
    page = "\n".join([*BODY, "白岩县林业局", "2025年11月3日", "回执", "护林员姓名：________　所在林场：________", "本人签名：________　联系电话：________"])
    assert _body(page)[-1] == "本人签名：________　联系电话：________"


def test_a_writing_service_glued_after_the_only_other_sentence_of_a_line_goes():
    line = "刚才，几个林场作了表态发言，讲得都很好。本站代写各类讲话稿，加微信 lin_xie2025 咨询。"
    assert _body("\n".join([BODY[0], line, BODY[1]])) == [BODY[0], "刚才，几个林场作了表态发言，讲得都很好。", BODY[1]]


@pytest.mark.parametrize("line", ["相关报道：县防指启动防汛Ⅳ级应急响应", "【延伸阅读】护林员的一天", "▶ 推荐阅读：冬季森林防火十条"])
def test_a_link_to_a_related_article_between_paragraphs_goes_and_the_next_paragraph_stays(line):
    assert chrome.strong_reason(line) == "list: a link to a related article between the paragraphs"
    page = "\n".join([BODY[0], BODY[1], line, "目前，护林员仍在各林区开展巡查。", "网友评论（0）　请文明发言"])
    assert _body(page) == [BODY[0], BODY[1], "目前，护林员仍在各林区开展巡查。"]


@pytest.mark.parametrize("own", ["相关要求：各单位按时上报。", "相关新闻发布会定于3月5日举行"])
def test_a_documents_own_related_matters_are_no_link(own):
    assert chrome.strong_reason(own) is None


def test_a_box_under_a_heading_the_extractor_dropped_ends_the_html_text():
    from haowen.ingest.parsers.html import drop_tail_box

    plain = "\n".join([*BODY, "咨询电话：0871-6123456", "科室介绍", "森林防火科", "营林科"])
    text = "\n".join([*BODY, "咨询电话：0871-6123456", "森林防火科", "营林科"])
    assert drop_tail_box(text, plain) == "\n".join([*BODY, "咨询电话：0871-6123456"])


def test_fields_under_a_heading_the_extractor_dropped_stay():
    from haowen.ingest.parsers.html import drop_tail_box

    plain = "\n".join([*BODY, "联系方式", "联系人：何涛", "电话：0871-6123456"])
    text = "\n".join([*BODY, "联系人：何涛", "电话：0871-6123456"])
    assert drop_tail_box(text, plain) == text


def test_an_escaped_bar_in_a_table_cell_is_the_pages_own_separator():
    page = (
        "<html><head><meta charset='utf-8'><title>关于做好冬季森林防火工作的通知--白岩县林业局</title></head><body>"
        "<table><tr><td>首页 | 机构概况 | 森林防火 | 政策法规 | 办事指南</td></tr></table>"
        "<table><tr><td><h2>关于做好冬季森林防火工作的通知</h2>"
        + "".join(f"<p>{p}</p>" for p in BODY)
        + "<p>白岩县林业局</p><p>2025年11月3日</p></td></tr></table></body></html>"
    ).encode()
    doc = parse_html(page)
    assert doc.title == "关于做好冬季森林防火工作的通知"
    assert not any("机构概况" in p for p in doc.paragraphs)


@pytest.mark.parametrize(
    ("tail", "day"),
    [(["第五条　本制度自2025年2月20日起施行。"], dt.date(2025, 2, 20)), (["本规范自二〇二五年八月一日起试行。"], dt.date(2025, 8, 1)), (["请各单位遵照执行。"], None)],
)
def test_a_rule_that_dates_itself_by_when_it_takes_effect(tail, day):
    assert dates.effective_date(tail) == day


def test_a_page_that_shows_its_publish_date_keeps_it_before_the_day_a_rule_takes_effect():
    text = "\n".join(["发布日期：2025-02-28", "白岩县护林员管理办法", "第一条　为规范护林员管理，制定本办法。", "第二条　本办法自2025年3月1日起施行。"])
    assert clean_document(text, "白岩县护林员管理办法").published_on == dt.date(2025, 2, 28)
    bare = "\n".join(["第一条　为规范护林员管理，制定本办法。", "第二条　本办法自2025年3月1日起施行。"])
    assert clean_document(bare, "白岩县护林员管理办法").published_on == dt.date(2025, 3, 1)


def test_an_office_after_a_double_dash_is_the_sites_name():
    assert clean_title("关于开展民兵整组工作的通知--白岩县人民武装部") == "关于开展民兵整组工作的通知"


# --- holdout40's, holdout41's and holdout42's classes -----------------------------------------


def test_a_timetable_in_chinese_numerals_is_a_grid_that_ends_the_text():
    page = "\n".join(
        [*BODY[:2], "巡护安排", "片区　时间　地点", "东片　每周一、三上午　一号瞭望塔", "西片　每周二下午　二号瞭望塔", "咨询电话：0871-6123456", "关注“白岩林业”服务号，在线预约", "本站信息仅供参考。"]
    )
    body = _body(page)
    assert "西片　每周二下午　二号瞭望塔" in body and "巡护安排" in body


def test_a_prompt_between_two_rows_of_a_grid_does_not_end_it():
    page = "\n".join([*BODY[:2], "模块　课时　主讲", "防火　24　何涛", "扑救　24　周明", "预约免费试听课，点此填写信息", "巡护　32　何涛", "报名电话：0871-6123456"])
    body = _body(page)
    assert "巡护　32　何涛" in body and "预约免费试听课，点此填写信息" not in body


def test_the_score_keeps_a_fields_own_number_anywhere_in_its_row():
    from haowen.ingest.clean import _OWN_CONTACT

    assert _OWN_CONTACT.search("报名地点：林场前台　报名电话：0871-6123456")


def test_a_letter_title_with_a_genre_of_letters_after_a_columns_label():
    assert clean_title("法律提示丨致护林员的一封法律提示信") == "致护林员的一封法律提示信"


def test_a_texts_place_in_a_collection_before_a_bar_goes():
    assert clean_title("《林区文集》卷三·第12篇｜守林三十年") == "守林三十年"
    assert clean_title("第5篇 | 老护林员的一天") == "老护林员的一天"


def test_a_date_line_with_the_time_of_day_under_an_essay():
    assert dates.document_date([], ["那年冬天，我第一次走进林场。", "2024年12月30日夜"]) == dt.date(2024, 12, 30)


def test_a_page_title_that_names_only_the_kind_of_text_takes_the_headline():
    from haowen.ingest.cleaning.titles import page_headline

    lines = ["白岩县政府采购网", "白岩县林区防火道路改造项目中标结果公告", "发布时间：2025-09-17"]
    assert page_headline("中标结果公告", lines) == "白岩县林区防火道路改造项目中标结果公告"


def test_a_text_flattened_with_two_plain_spaces_between_paragraphs_is_cut_there():
    line = "同志们：  今天召开会议，部署冬季森林防火工作，明确各林场、各护林站的职责分工。  各林场要压实责任，严防死守，确保不发生重大森林火灾。  白岩县林业局    2025年11月3日"
    body = _body(line)
    assert body == [
        "同志们：",
        "今天召开会议，部署冬季森林防火工作，明确各林场、各护林站的职责分工。",
        "各林场要压实责任，严防死守，确保不发生重大森林火灾。",
        "白岩县林业局",
        "2025年11月3日",
    ]


def test_a_clause_cut_mid_word_by_one_wrap_is_joined_and_a_field_is_not():
    body = _body("\n".join(["今冬以来，全县共出现火险天气九次，累计巡护里程较常年", "偏多三成。", BODY[1]]))
    assert body[0] == "今冬以来，全县共出现火险天气九次，累计巡护里程较常年偏多三成。"
    minutes = _body("\n".join(["时间：2025年3月17日", "地点：林业局会议室", "参会：局领导班子成员，各林场场长，各站所负责人", "会议研究了冬季防火工作，纪要如下：", BODY[1]]))
    assert "会议研究了冬季防火工作，纪要如下：" in minutes


def test_a_copyright_footer_with_years_is_no_byline_row():
    assert (chrome.edge_reason("Powered by Discuz! X3.4　© 2001-2025 Comsenz Inc.") or "").startswith(("notice:", "meta: mostly"))
    assert not chrome.edge_reason("Powered by Discuz! X3.4　© 2001-2025 Comsenz Inc.").startswith("meta: a byline")


def test_an_account_byline_row_above_a_follow_prompt_goes():
    page = "\n".join(["白岩林事", "白岩林业　白岩县林业局", "👆 点蓝字关注我们", *BODY])
    assert _body(page, title="白岩林事") == BODY


def test_a_forwarders_note_signed_with_a_department_and_a_name_goes():
    page = "\n".join(
        ["回复：关于冬季防火的报告", "发件人：县林业局防火股　时间：2025-10-08 16:20", "收到，已阅，请抓紧落实。——防火股 王", "------------------ 原始邮件 ------------------", "From: 林场 <lc@example.cn>", "县林业局：", *BODY]
    )
    assert _body(page)[0] == "县林业局："


def test_a_readers_signed_comment_between_paragraphs_goes():
    line = "居民留言：瞭望塔什么时候开放参观？——5号楼住户"
    assert chrome.strong_reason(line) == "list: a reader's signed comment between the paragraphs (居民留言：…——某某)"
    assert _body("\n".join([BODY[0], line, *BODY[1:]])) == BODY


def test_a_writing_service_by_a_private_message_glued_after_a_sentence_goes():
    line = BODY[1] + "需要原创定制材料的，私信站长“小林”即可。"
    assert _body("\n".join([BODY[0], line, BODY[2]])) == [BODY[0], BODY[1], BODY[2]]


def test_a_related_question_list_with_two_questions_is_a_list():
    line = "大家还在问：护林员要考证吗？｜护林员工资多少？"
    assert (chrome.edge_reason(line) or "").startswith("list: a related list")


def test_a_not_advice_disclaimer_with_the_sites_users_is_a_notice():
    assert (chrome.edge_reason("百科内容由网友共同编辑，如需专业意见请咨询相关人员。") or "").startswith("notice:")


def test_a_documents_numbered_item_that_speaks_of_this_website_stays():
    own = "二、准考证打印。考生请于7月16日至19日登录本网站自行打印准考证。"
    assert chrome.edge_reason(own) is None


@pytest.mark.parametrize("own", ["各林场已开通预约小程序，扫码关注“白岩林业”即可查询开放时间。", "2.1 学员须下载并登录巡护定位小程序，每日按时打卡。", "恢复开放的消息将在林业局公众号发布，请关注“白岩林业”。"])
def test_a_documents_instruction_to_download_or_follow_stays(own):
    assert chrome.strong_reason(own) is None
    assert chrome.edge_reason(own) is None


@pytest.mark.parametrize("line", ["开通会员后，即可下载全部范文。", "马上注册，结交更多好友，享用更多功能，让你轻松玩转社区。"])
def test_a_sites_prompt_in_a_sentences_form_is_still_chrome(line):
    assert (chrome.edge_reason(line) or "").startswith("action:")


def test_an_answer_with_a_phone_and_what_to_do_stays():
    own = "退押金有问题可以打林场办公室电话0871-6123456问一下。"
    assert chrome.strong_reason(own) is None


def test_a_speech_title_glued_to_a_salutation_of_several_audiences():
    page = "\n".join(["县林业局局长　何涛", "（2025年4月3日）", "在全县护林员大会上的讲话同志们，朋友们：", BODY[0]])
    body = _body(page, title="在全县护林员大会上的讲话")
    assert "同志们，朋友们：" in body


@pytest.mark.parametrize(("line", "kept"), [("全年巡护二百天。免费用户每天仅可复制3次", "全年巡护二百天。"), ("召开支委会十二次。学习时长不足，本次不计积分", "召开支委会十二次。")])
def test_a_copy_limit_or_a_points_note_glued_after_a_sentence_goes(line, kept):
    assert strip_glued_actions(line) == kept


def test_a_minutes_fields_with_forum_junk_between_them_start_the_text():
    page = "\n".join(["白岩论坛 › 公告", "林场职工大会纪要", "时间：2025年1月19日下午2时", "E& E0 F", "地点：林场会议室", "主持：场长何涛", BODY[0]])
    assert _body(page, title="林场职工大会纪要")[0] == "时间：2025年1月19日下午2时"


def test_a_quoted_mails_date_with_its_clock_time_is_a_header_under_a_note():
    page = "\n".join(["各位站长：转发给大家，请按时参会。——办公室 小何", "---- 转发邮件 ----", "发件人：林业局 <lyj@example.cn>", "日期：2025年11月4日 09:02", "各林场：", *BODY])
    assert _body(page)[0] == "各林场："


@pytest.mark.parametrize("line", ["第1篇　第2篇　第3篇", "距离报名截止还有：6天 14时 22分", "林业百科　已帮助 3.2万 人", "（录入：何涛　2009年）"])
def test_more_page_furniture_is_chrome(line):
    assert chrome.edge_reason(line) is not None


def test_a_wiki_entrys_use_note_with_an_invitation_to_edit_is_a_notice():
    assert (chrome.edge_reason("本词条内容仅供参考，如有错误欢迎编辑修正。") or "").startswith("notice:")


def test_a_plea_for_a_sample_takes_the_samples_headline():
    page = "\n".join(["问百答 > 公文", "求一篇关于设立护林站的请示，急用！", "提问者：匿名用户", "最佳答案", "林场老何　公文达人", "关于设立护林站的请示范文", "县林业局：", *BODY])
    cleaned = clean_document(page, "求一篇关于设立护林站的请示，急用！")
    assert cleaned.title == "关于设立护林站的请示"


def test_a_hot_list_on_one_line_goes_and_a_tables_row_of_figures_stays():
    assert (chrome.strong_reason("24小时热榜　1 林区道路改造完成　2 冬季防火动员") or "").startswith("list:")
    assert chrome.strong_reason("林区阅读角　9400　217") is None


@pytest.mark.parametrize(
    ("raw", "title"),
    [("旧稿·在全县护林员大会上的讲话", "在全县护林员大会上的讲话"), ("锦岫·白岩湾二期房屋交付通知书", "锦岫·白岩湾二期房屋交付通知书"), ("白岩林场防火作业操作规程 免费下载", "白岩林场防火作业操作规程")],
)
def test_a_label_before_a_middle_dot_goes_only_before_a_formal_title(raw, title):
    assert clean_title(raw) == title


@pytest.mark.parametrize(
    "line",
    ["白岩县林业局官方账号", "本网站是白岩县林业局唯一官方网站", "2025年整理时补记：当年的护林员已全部退休。", "文集仅供林友阅读交流。", "如不希望继续收到本简报，请回复“退订”", "学习积分：认真阅读本文可获2分"],
)
def test_holdout42s_classes_are_chrome_wherever_they_stand(line):
    assert chrome.strong_reason(line) is not None


@pytest.mark.parametrize("line", ["森林防火一对一帮改，私信暗号“林海”", "材料赶时间？本站老师代写各类方案，详询客服"])
def test_a_writing_services_offer_is_chrome_and_a_ban_on_it_is_not(line):
    assert chrome.strong_reason(line) == "contact: a writing service's offer (代写, 帮改 … 私信, 详询客服)"
    assert chrome.strong_reason("严禁代写考试作业，发现后联系班主任处理") != chrome.strong_reason(line)


def test_a_decimal_outlines_first_heading_under_an_empty_counter_stays():
    page = "\n".join(["关于林区实习安排的通知", "发布者：教学办", "点击数：", "1 实习安排", "1.1 实习地点：白岩林场。", BODY[1]])
    assert "1 实习安排" in _body(page, title="关于林区实习安排的通知")


def test_study_points_glued_before_the_first_sentence_go():
    assert strip_glued_actions("学习积分：认真阅读本文可获2分一年来，我认真履行党建第一责任人职责。") == "一年来，我认真履行党建第一责任人职责。"


def test_a_related_list_with_its_key_and_items_between_bars_goes_in_the_middle():
    line = "本专题更多：护林员公约｜冬季防火提示｜护林站评选办法"
    assert (chrome.strong_reason(line) or "").startswith("list:")
    assert _body("\n".join([BODY[0], BODY[1], line, BODY[2], BODY[3]])) == BODY


# --- holdout43's, holdout44's and holdout45's classes -----------------------------------------


def test_a_documents_number_is_never_taken_for_its_title():
    from haowen.ingest.cleaning.titles import title_from_lead

    assert title_from_lead(["时间：2025-03-25　来源：德育股", "白林函〔2025〕12号"], lambda s: None, "各林场：") == ""


def test_the_last_words_of_a_wrapped_sentence_before_glued_buttons_stay():
    assert strip_glued_actions("池边。点赞(27)　收藏　转发") == "池边。"
    page = "\n".join([BODY[0], "回头看这十年，最大的体会是，护林没有捷径，只有一天一天守在", "林子里。点赞(27)　收藏　转发", "标签：护林 基层"])
    # (The sentence is kept; whether its two halves are joined again is the wrap's business.)
    assert "".join(_body(page)[1:]) == "回头看这十年，最大的体会是，护林没有捷径，只有一天一天守在林子里。"


def test_a_step_of_the_texts_enumeration_under_a_promotion_is_no_comment():
    page = "\n".join([BODY[0], "其次，我会逐户走访，讲清防火的道理。", "【限时优惠】护林员培训班最后10个名额", "最后，我会协调有关部门，帮护林员解决实际困难。", "沙发　路人甲　说得好"])
    body = _body(page)
    assert body[-1] == "最后，我会协调有关部门，帮护林员解决实际困难。"
    assert "【限时优惠】护林员培训班最后10个名额" not in body


def test_a_question_headline_beats_a_sites_slogan_row():
    page = "\n".join(["林问林答　有问题，就问林", "首页 > 林业", "冬天能进林区看雾凇吗？需要办什么手续？", "提问者：山里人　2025-07-08　浏览 1.1万", "最佳答案　林场老何　回答于 2025-07-09 08:26", *BODY])
    cleaned = clean_document(page, None)
    assert cleaned.title == "冬天能进林区看雾凇吗？需要办什么手续？"
    assert cleaned.published_on == dt.date(2025, 7, 9)


def test_an_address_date_path_is_no_date_of_a_crawl_stamp_line():
    lead = ["这是 lyj.example.gov.cn/2025/0418/12.html 的快照，抓取于 2025-06-01 03:17", "发布时间：2025-04-18　来源：县林业局"]
    assert dates.document_date(lead, []) == dt.date(2025, 4, 18)


def test_a_rows_stamp_with_its_gaps_lost_is_a_byline():
    # (Read as a byline, or cell by cell as a row of the page's states: a relative time is one.)
    assert chrome.edge_reason("更新于 2天前 已有 186 人咨询") in (
        "meta: a byline or counter row (name, date, counts)",
        "meta: a row of the page's states and counters (2 of 5 cells)",
    )


def test_signature_fields_of_an_agreement_stay_at_its_end():
    page = "\n".join([*BODY, "甲方（签字）：××××　　乙方（签字）：××××", "签订日期：××××年××月××日", "▼ 展开阅读全文（还剩1页未读）", "开通VIP免费下载"])
    body = _body(page)
    assert body[-2:] == ["甲方（签字）：××××　乙方（签字）：××××", "签订日期：××××年××月××日"] or body[-1] == "签订日期：××××年××月××日"


def test_a_tables_rows_under_the_texts_first_line_start_the_text():
    page = "\n".join(["白岩县护林员招聘面试公告", "根据笔试成绩，现将进入面试人员名单公告如下：", "准考证号　姓名　笔试成绩", "2025071203　何涛　78.5", "2025071211　周明　76.0", BODY[1]])
    body = _body(page, title="白岩县护林员招聘面试公告")
    assert "2025071203　何涛　78.5" in body


def test_html_table_rows_keep_their_cells_gaps():
    from haowen.ingest.parsers.html import restore_dropped_lines

    plain = "\n".join([BODY[0], "准考证号　姓名　笔试成绩", "2025071203　何涛　78.5", "2025071211　周明　76.0", BODY[1]])
    text = "\n".join([BODY[0], "准考证号 姓名 笔试成绩", "2025071203 何涛 78.5", "2025071211 周明 76.0", BODY[1]])
    assert "2025071203　何涛　78.5" in restore_dropped_lines(text, plain).splitlines()


def test_a_notice_glued_before_the_salutation_goes_and_the_salutation_starts_the_text():
    page = "\n".join(["在全县护林员大会上的讲话", "县林业局局长　何涛", "温馨提示：本站内容禁止复制，请登录后下载。各位护林员，同志们：", BODY[0]])
    assert "各位护林员，同志们：" in _body(page, title="在全县护林员大会上的讲话")


def test_an_issuer_and_its_day_of_issue_on_one_line_end_the_text_and_date_it():
    page = "\n".join([*BODY, "白岩林场　2025年2月10日发布", "上一篇：冬季防火须知"])
    cleaned = clean_document(page, "林场防火责任制")
    assert cleaned.paragraphs[-1] == "白岩林场　2025年2月10日发布"
    assert cleaned.published_on == dt.date(2025, 2, 10)


def test_an_advertisement_between_a_samples_lines_does_not_take_its_end():
    page = "\n".join(["可以参考下面的写法：", "尊敬的×××同志：", "一年来，您坚持每周巡山，为保护林区作出了贡献，在此表示衷心感谢！", "【广告】文书代写，当天出稿，私信“代写”领取优惠", "希望您继续关心支持护林工作。", "白岩县林业局", "年　月　日", "👍 赞同 9　　💬 评论 1　　⭐ 收藏"])
    body = _body(page)
    assert "希望您继续关心支持护林工作。" in body


def test_a_headline_glued_to_its_dated_lead_after_a_space():
    from haowen.ingest.cleaning.titles import title_at_head

    assert title_at_head("白岩县首届森林文化节开幕 10月19日上午，白岩县首届森林文化节在林场老街开幕，二百余名护林员参加。") == "白岩县首届森林文化节开幕"


@pytest.mark.parametrize(
    "line",
    ["二〇一九年冬据旧稿录入", "本卷共二十篇，当前第十四篇", "✔ 学习完成，记录学时", "Begin forwarded message:", "关注林场服务号，在线预约免排队", "小程序｜白岩林场报名通道", "在线咨询｜林权纠纷？拨打 139-0871-2281 何律师免费解答"],
)
def test_holdout44s_and_holdout45s_classes_are_chrome(line):
    assert chrome.strong_reason(line) is not None or chrome.edge_reason(line) is not None


def test_a_page_marker_by_screen_inside_a_sentence_is_cut_and_joined():
    body = _body("\n".join(["新时代，护林站要加快信息化、智", "〈第2屏〉能化改造，把巡护效率再提高一步。"]))
    assert "新时代，护林站要加快信息化、智能化改造，把巡护效率再提高一步。" in "".join(body)


@pytest.mark.parametrize(("raw", "title"), [("林场防火需要办哪些证？求懂行的人解答", "林场防火需要办哪些证？"), ("护林员培训班招生简章（包住宿）", "护林员培训班招生简章"), ("旧稿·白岩林场1987年度工作小结", "白岩林场1987年度工作小结")])
def test_more_title_decorations(raw, title):
    assert clean_title(raw) == title


# --- holdout46's, holdout47's and holdout48's classes -----------------------------------------


@pytest.mark.parametrize("marker", ["· 第2张 ·", "〖页2〗", "〔第2张/共4张〕"])
def test_page_markers_by_sheet_and_page_word_are_cut_and_the_sentence_joined(marker):
    body = _body("\n".join(["各护林站要坚持每日巡查，全年安全巡护二百", marker, "天，未发生火情。"]))
    assert "各护林站要坚持每日巡查，全年安全巡护二百天，未发生火情。" in "".join(body)


def test_a_page_fraction_with_a_fraction_slash_inside_a_sentence_is_cut():
    body = _body("\n".join(["二、活动内容：一是组织宣传进社区、进校园，发放宣传资料，", "2⁄5现场解答群众疑问；二是举行缅怀活动。"]))
    assert "2⁄5" not in "".join(body)


@pytest.mark.parametrize(
    "line",
    [
        "文件大小 1.6M",
        "冬季班同步招生中，详情咨询前台",
        "[表情] [表情] 收到！",
        "有帮助(112)　没帮助(3)　追问",
        "巡护现场（林场办公室供图）",
        "需要定制同类讲话稿的，可私信站内“代笔小林”。",
        "材料定制找小林，微信同号 lin_wenshu88",
        "〔旧稿重录，2023年春据油印本录入〕",
        "以下内容仅对正式会员开放，登录后可查看附件原件",
        "【学习强县】阅读本文可积2分",
    ],
)
def test_holdout46_to_48s_classes_are_chrome(line):
    assert chrome.strong_reason(line) is not None, line


@pytest.mark.parametrize("line", ["此链接由白岩林场办公室创建，请勿外传", "公司内部资料，未经许可不得对外提供", "平台CA及技术服务：400-780-1122", "版主评分：+3 思路清晰，论据可以再丰富"])
def test_holdout46_to_48s_edge_classes_are_chrome_after_the_text(line):
    assert chrome.edge_reason(line) is not None
    assert _body("\n".join([*BODY, line])) == BODY


def test_an_approval_record_without_arrows_is_the_intranets():
    assert chrome.strong_reason("审批记录：林场场长 何涛 2025-01-12 同意；人事科 2025-01-13 归档") == "meta: an intranet's read receipt or approval trail"


def test_a_paywalls_cost_glued_in_brackets_after_the_date_goes():
    assert strip_glued_actions("2026年1月15日（复制本文需消耗5个金币）") == "2026年1月15日"
    assert strip_glued_actions("2026年1月15日（星期四）") == "2026年1月15日（星期四）"


def test_a_box_of_the_pages_before_the_salutation_goes_and_the_salutation_stays():
    page = "\n".join(["护林站站长述职报告", "时间：2025-01-12", "【会员可复制本段】各位领导、同志们：", BODY[0]])
    assert _body(page, title="护林站站长述职报告")[0] == "各位领导、同志们："


def test_blanks_inside_quotes_break_no_paragraph():
    line = "巡护日志一般包括日期、天气、巡护里程等栏目，填写格式为“　　年　月　日　天气：　　”。"
    assert _body("\n".join([BODY[0], line])) == [BODY[0], "巡护日志一般包括日期、天气、巡护里程等栏目，填写格式为“　年　月　日　天气：　”。"] or line.replace("　　", "　") in "".join(_body(line))


def test_a_glued_like_counter_with_an_icon_goes():
    assert strip_glued_actions("凌晨收网的时候，心里特别踏实。👍喜欢(18)") == "凌晨收网的时候，心里特别踏实。"


# --- holdout49's, holdout50's and holdout51's classes -----------------------------------------


@pytest.mark.parametrize(
    "line",
    ["◎ 标签：护林 防火 冬季", "喜欢本文请点“赏”支持作者", "来源：掌上白岩", "（本段可编辑）", "▲点击关注本号", "阅读量 1.2万　　点赞 96", "—— 推荐 ——", "本文来源：白岩融媒　编辑：何涛", "猜你还想看→ 林场值班制度（范本）"],
)
def test_holdout49s_classes_are_chrome_in_the_middle_of_the_text(line):
    assert chrome.strong_reason(line) is not None, line
    assert _body("\n".join([BODY[0], BODY[1], line, BODY[2], BODY[3]])) == BODY


@pytest.mark.parametrize("own", ["数据来源：县统计局", "来源：县林业局2024年统计年报，经汇总整理。", "标签"])
def test_a_tables_source_note_or_a_lone_word_is_no_page_furniture(own):
    assert chrome.strong_reason(own) is None


def test_the_pages_source_glued_before_an_outline_heading_goes():
    assert strip_glued_actions("来源：掌上白岩三、林区严禁烟火，灭火器每周检查一次。") == "三、林区严禁烟火，灭火器每周检查一次。"


def test_a_page_marker_with_the_pages_word_in_angle_brackets():
    body = _body("\n".join(["二、炒籽锅和锅炉操作人员必须持证上岗，交", "〈页2〉接班时填写运行记录。"]))
    assert "二、炒籽锅和锅炉操作人员必须持证上岗，交接班时填写运行记录。" in "".join(body)
