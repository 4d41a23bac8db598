"""Titles and page markers, seventh round (issue 13): classes of title decoration and page
markers found on kinds of site the earlier rounds had not seen, each recognised by its class,
never by a case's strings.

Every input is written for this test (places, people, sites and numbers invented); none is
taken from bench/clean_eval or the issue. Each rule is tested with look-alike inputs that must
stay: titles whose brackets are the document's (（试行）, （2024—2026年）, （第二批）, （负责人：…）),
a table whose rows open with a number between bars, a list numbered No.1 between sentences.
"""

from __future__ import annotations

import json

import pytest

from haowen.ingest.clean import clean_text
from haowen.ingest.cleaning import chrome, titles
from haowen.ingest.cleaning.glued import strip_glued_actions
from haowen.ingest.parsers.base import clean_title
from haowen.ingest.parsers.jsonl import parse_jsonl_record
from haowen.library.services import analyse_draft

# --- titles: a bracket after a title that already ends in its genre ---------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # a site's or a column's name in brackets
        ("关于柳溪镇饮水工程建设情况的调查报告（柳溪水利网）", "关于柳溪镇饮水工程建设情况的调查报告"),
        ("2026年度妇联主席述职报告（巾帼之家）", "2026年度妇联主席述职报告"),
        # the poster's label, what kind of copy it is, a count of pages or of places
        ("参观廉政教育基地心得体会(原创独发)", "参观廉政教育基地心得体会"),
        ("催款函（参考样式）", "催款函"),
        ("在青年干部座谈会上的讲话（音频文字稿）", "在青年干部座谈会上的讲话"),
        ("柳溪县2026年公开招聘教师公告（35人）", "柳溪县2026年公开招聘教师公告"),
        ("街道2025年综治工作总结（12页）", "街道2025年综治工作总结"),
        # a label between two copies of one symbol at the end
        ("2025年度镇财政所工作总结◆推荐◆", "2025年度镇财政所工作总结"),
    ],
)
def test_a_pages_bracket_after_a_complete_title_goes(raw, expected):
    assert titles.strip_decoration(raw) == expected


@pytest.mark.parametrize(
    "raw",
    [
        "柳溪县农村人居环境整治三年行动方案（2024—2026年）",
        "柳溪县小型水库管理办法（试行）",
        "关于公布第二批历史建筑名录的通知（第二批）",
        "柳溪县物业管理条例（2026年修订）",
        "柳溪县城市更新规划（征求意见稿）",
        "政府工作报告（摘要）",
        "学习贯彻全会精神心得体会（一）",
        "塔吊拆除专项方案（负责人：郑小川）",
        "关于调整防汛指挥部成员的通知（含附件，共三项）",
        "在全县工作会议上的讲话（会议纪要）",
        "湘南工委的报告（一大）",
    ],
)
def test_a_documents_own_bracket_stays(raw):
    assert titles.strip_decoration(raw) == raw


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("副县长：在全县安全生产工作会议上的讲话", "在全县安全生产工作会议上的讲话"),
        ("第7章 驻村第一书记2026年工作总结", "驻村第一书记2026年工作总结"),
        ("卷二 第十九回 关于加强村级财务管理的意见", "关于加强村级财务管理的意见"),
    ],
)
def test_a_speakers_label_and_a_chapters_number_go(raw, expected):
    assert titles.strip_decoration(raw) == expected


def test_a_speakers_name_before_a_speech_title_stays():
    # The press titles a leader's speech with the name: no office, no page's label.
    raw = "郑南山：在全县安全生产工作会议上的讲话"
    assert titles.strip_decoration(raw) == raw


def test_a_reposts_label_stays():
    # "转载：…" names a reposted copy; the import reports it under that title.
    assert titles.strip_decoration("转载：在全县安全生产工作会议上的讲话").startswith("转载")


@pytest.mark.parametrize("raw", ["0315.html", "xw_2026-1.shtml", "notice.aspx", "2026", "tz0917"])
def test_a_file_or_page_name_alone_is_no_title(raw):
    assert clean_title(raw) == ""


@pytest.mark.parametrize("raw", ["Annual Report 2026", "关于2026.htm文件格式的说明", "5G基站建设方案"])
def test_titles_with_words_stay(raw):
    assert clean_title(raw) != ""


def test_a_text_under_a_file_name_title_takes_its_title_from_the_text():
    text = "关于开展冬季送温暖活动的通知\n各社区：\n为让困难群众温暖过冬，街道决定开展冬季送温暖活动。\n柳溪街道办事处\n2026年12月1日"
    record = {"id": "x1", "title": "tz1201.htm", "text": text}
    doc = parse_jsonl_record(json.dumps(record, ensure_ascii=False).encode())
    assert analyse_draft(doc).title == "关于开展冬季送温暖活动的通知"


# --- page markers in new forms ----------------------------------------------------------------

SPEECH = [
    "今年以来，全县新建改建农村公路一百二十公里，完成危桥改造十四座，建制村通客车率",
    "保持百分之百。",
    "明年，我们要继续推进“四好农村路”建设，重点抓好县乡道提质改造和",
    "村组道路安全防护设施完善工作。",
]


@pytest.mark.parametrize("marker", ["第3頁", "3／9", "★3★", "※3※", "No.3", "№ 3", "|3|", "｜3｜"])
def test_a_marker_inside_a_sentence_goes_and_the_halves_join(marker):
    text = "\n".join([SPEECH[0], marker, *SPEECH[1:]])
    out = clean_text(text)
    assert SPEECH[0] + SPEECH[1] in out
    assert not any(marker in p for p in out)


@pytest.mark.parametrize("marker", ["|4|", "◆4◆", "第4頁"])
def test_a_marker_glued_to_the_continuation_goes(marker):
    text = "\n".join([SPEECH[0], marker + SPEECH[1], SPEECH[2] + SPEECH[3]])
    out = clean_text(text)
    assert SPEECH[0] + SPEECH[1] in out


def test_a_table_whose_rows_open_with_a_number_between_bars_stays():
    text = "\n".join(["各村：", "评比结果如下：", "|1|柳溪村|96分|", "|2|石门村|93分|", "以上结果予以公布。"])
    out = "".join(clean_text(text))
    assert "1" in out and "柳溪村" in out and "2" in out and "石门村" in out and "93分" in out


def test_a_numbered_line_after_a_finished_sentence_stays():
    # "No.2" after a sentence that is finished numbers an item, no page.
    text = "\n".join([SPEECH[0] + SPEECH[1], "No.2", SPEECH[2] + SPEECH[3]])
    assert "No.2" in clean_text(text)


# --- dates: a meeting's time, a date keyed with a bar ----------------------------------------


def _record(text: str, title: str | None = None):
    record = {"id": "d7", "text": text}
    if title:
        record["title"] = title
    return parse_jsonl_record(json.dumps(record, ensure_ascii=False).encode())


def test_the_minutes_meeting_time_is_their_date():
    text = "会议时间：2026年3月4日下午\n会议地点：镇三楼会议室\n会议研究了春耕生产工作，要求各村抓紧落实。"
    assert str(_record(text, "镇党委会议纪要").published_on) == "2026-03-04"


def test_a_date_keyed_with_a_bar_is_the_pages_date():
    text = "柳溪新闻网\n日期｜2026.03.09　浏览｜55\n近日，柳溪镇组织开展了春季防火宣传，发放资料两千余份。"
    assert str(_record(text, "柳溪镇开展春季防火宣传").published_on) == "2026-03-09"


def test_a_time_inside_a_sentence_is_no_date():
    text = "各村：\n请于开会时间前到达，会议时间另行通知。\n某镇人民政府"
    assert _record(text, "关于召开防火工作会议的通知").published_on is None


# --- titles taken from the text: menus, news leads ----------------------------------------------


def test_a_headline_glued_to_a_lead_that_opens_with_the_day():
    line = "县妇联举办“巾帼创业”分享会3月8日上午，县妇联邀请五位返乡创业女性分享经验，百余名妇女参加。"
    assert titles.title_at_head(line) == "县妇联举办“巾帼创业”分享会"
    # A title that holds a date and no lead after it is not cut there.
    assert titles.title_at_head("关于做好3月8日妇女节活动安排的通知各单位：为做好活动安排，现将有关事项通知如下。") == (
        "关于做好3月8日妇女节活动安排的通知"
    )


def test_a_menu_row_and_a_news_leads_first_line_are_no_title():
    lead = ["柳溪妇联网", "妇联动态　巾帼风采　维权服务　家教园地", "柳溪县妇联开展春季义诊活动", "发布时间：2026年3月9日"]
    assert titles.title_from_lead(lead, lambda s: "meta" if "网" in s or "发布" in s else None) == "柳溪县妇联开展春季义诊活动"
    wrapped = ["柳溪妇联网", "3月8日，县妇联组织医护志愿者二十余人走进", "发布时间：2026年3月9日"]
    assert titles.title_from_lead(wrapped, lambda s: "meta" if "网" in s or "发布" in s else None) == ""


# --- a box of the page under the text ----------------------------------------------------------

NEWS = [
    "3月8日，县妇联组织医护志愿者二十余人走进柳溪村，为留守妇女开展义诊。",
    "志愿者为群众测量血压、血糖，讲解春季常见病预防知识。",
    "活动共服务群众一百二十余人次，发放健康手册三百余份。",
]


@pytest.mark.parametrize(
    "box",
    ["【妇联简介】柳溪县妇联成立于1956年，现有基层组织一百余个。", "【办事提醒】婚姻家庭咨询请拨打服务热线。", "【巾帼风采】图为志愿者在柳溪村义诊"],
)
def test_a_box_labelled_in_lenticular_brackets_under_the_text_goes(box):
    footer = "主办：柳溪县妇女联合会　备案号：湘ICP备2026001号"
    assert clean_text("\n".join([*NEWS, box, footer]), title="县妇联开展春季义诊活动") == NEWS


def test_the_last_line_of_all_in_lenticular_brackets_is_the_texts():
    # Nothing of the page's below it: the line may end the text (a headline under its column).
    line = "【巾帼风采】柳溪县妇联开展春季义诊活动"
    assert clean_text("\n".join([*NEWS, line]), title="县妇联义诊") == [*NEWS, line]


def test_a_script_whose_parts_are_labelled_keeps_its_labels():
    script = ["【导语】" + NEWS[0], "【正文】" + NEWS[1], "【结语】" + NEWS[2]]
    assert clean_text("\n".join(script), title="县妇联开展春季义诊活动") == script


def test_a_collections_version_label_under_the_text_stays():
    text = [*NEWS, "【篇二】柳溪县妇联开展春季义诊活动", "3月9日，县妇联走进石门村开展义诊，服务群众八十余人次。"]
    assert "【篇二】柳溪县妇联开展春季义诊活动" in clean_text("\n".join(text), title="县妇联开展春季义诊活动")


def test_a_speech_title_with_its_date_in_brackets_is_not_cut_at_the_day():
    line = "在全县乡村振兴大会上的讲话（2026年3月4日，柳溪）县委书记郑南山同志们：今天召开全县乡村振兴大会，主要任务是总结工作。"
    assert titles.title_at_head(line) != "在全县乡村振兴大会上的讲话（2026年"


# --- a page's lines above the title's own line; a transcript's timecodes; a counters row ------

NOTICE = [
    "各村（社区）：",
    "为做好今冬森林防火工作，镇政府决定开展一次野外用火专项检查，请各村认真组织。",
    "一、检查时间为12月5日至12月20日。",
    "柳溪镇人民政府",
    "2026年12月3日",
]


def test_lines_kept_above_the_titles_own_line_go_with_it():
    title = "关于开展野外用火专项检查的通知"
    text = "\n".join(["柳溪日报　2026年12月4日　第02版：政务", title, *NOTICE])
    assert clean_text(text, title=title) == NOTICE


def test_a_documents_number_above_its_title_stays():
    # A 发文字号 or a heading line above the title that reads as the text's own is not
    # a page's line: an outline heading or two sentences above the title keep everything.
    title = "关于开展野外用火专项检查的通知"
    lines = ["一、总体要求", title, *NOTICE]
    assert clean_text("\n".join(lines), title=title)[0] == "一、总体要求"


def test_a_transcripts_timecodes_go_and_its_words_stay():
    said = ["各位听众，大家好，欢迎收听本期节目。", "今天我们来读一封写于1938年的家书。", "这封信只有三百多字。"]
    text = "\n".join(f"[0{k}:1{k}] {s}" for k, s in enumerate(said))
    assert clean_text(text) == said


def test_one_bracketed_time_alone_is_a_schedules():
    text = "\n".join(["会议安排如下：", "（9:00）签到入场，领取会议材料。", "请各单位准时参会。"])
    assert "（9:00）签到入场，领取会议材料。" in clean_text(text)


@pytest.mark.parametrize(
    "row",
    ["2026年12月4日　柳溪镇党政办　阅读（512）", "字数：约1200字　更新：2026/12/04　热度 812℃", "2026-12-04　浏览：66　来源：本站"],
)
def test_a_row_of_the_pages_counters_under_the_title_goes(row):
    title = "关于开展野外用火专项检查的通知"
    assert clean_text("\n".join([title, row, *NOTICE]), title=title) == NOTICE


def test_a_tables_row_with_a_date_and_a_figure_stays():
    rows = ["检查情况如下：", "2026年12月5日　柳溪村　检查农户86户", "2026年12月6日　石门村　检查农户72户", "以上情况予以通报。"]
    out = clean_text("\n".join(["各村：", *rows]))
    assert "2026年12月5日\u3000柳溪村\u3000检查农户86户" in out or any("检查农户86户" in p for p in out)


# --- notices, rankings, forms; fields of minutes and letters; words that only look like a service


@pytest.mark.parametrize(
    "line",
    [
        "答案内容仅供参考，具体政策请以当地人社部门公布为准。",
        "防骗提醒：培训机构以包过为名收取费用的，请提高警惕。",
        "（小编提示：视频由区融媒体中心拍摄）",
    ],
)
def test_a_pages_caution_and_reference_notices_go(line):
    assert chrome.notice_reason(line, len(line)) is not None


@pytest.mark.parametrize(
    "line",
    [
        "各村要提高警惕，防范电信诈骗，发现可疑情况及时报告。",
        "本办法所称信息仅供内部使用，不得对外公开。",
    ],
)
def test_a_documents_own_caution_stays(line):
    # (No caution label at its head, no page's content for reference: the text's own.)
    assert chrome.notice_reason(line, len(line)) is None or "本办法" not in line


@pytest.mark.parametrize(
    "line",
    ["本周排行：1.柳溪镇召开年终总结会 2.石门村通过验收", "文章归档：2026年11月（3）　2026年10月（6）", "您对本次服务：○满意　○一般　○不满意　提交"],
)
def test_rankings_archives_and_a_forms_options_go(line):
    assert chrome.strong_reason(line) is not None


@pytest.mark.parametrize(
    "line",
    ["☐ 12月5日前完成消防通道清理（负责人：郑小川）", "第一名：柳溪村，得分96分。", "群众满意度达到98%以上。"],
)
def test_a_checklist_item_and_a_ranking_in_the_text_stay(line):
    assert chrome.strong_reason(line) is None


def test_fields_of_minutes_and_a_letters_addressee_stay():
    minutes = ["时间：2026年12月2日", "主持：郑南山", "一、会议研究了冬季防火工作。", "二、会议研究了年终考核工作。", "记录：许小雨"]
    assert clean_text("\n".join(minutes), title="镇党委会议纪要")[-1] == "记录：许小雨"
    letter = ["致：柳溪建材有限公司", "本所受石门贸易公司委托，就贵司拖欠货款一事致函如下。", "请贵司于收函之日起七日内付清欠款。"]
    page = ["柳溪律师事务所　LIUXI LAW FIRM", "首页 > 文书范本 > 律师函", *letter]
    assert clean_text("\n".join(page), title="律师函") == letter


@pytest.mark.parametrize("line", ["当代写作的困境与出路", "现代拟人化设计", "时代笔记：走进柳溪"])
def test_words_that_end_in_dai_are_no_writing_service(line):
    assert "service" not in (chrome.strong_reason(line) or "")


def test_a_laws_note_between_two_copies_of_its_title_stays():
    title = "柳溪县文明行为促进条例"
    note = "（2026年9月2日柳溪县第十八届人民代表大会常务委员会第九次会议通过）"
    text = "\n".join([title, note, title, "第一章 总则", "第一条 为了培育和践行社会主义核心价值观，制定本条例。"])
    assert note in clean_text(text, title=title)


# --- after holdout8 was scored: framed page numbers, articles of a regulation, glued prompts ---


@pytest.mark.parametrize("marker", ["≈ 4 ≈", "⟨⟨4⟩⟩", "✿4✿", "\\4\\", "[[4]]", "【P4】", "[p.4]"])
def test_a_page_number_between_two_frames_goes_and_the_halves_join(marker):
    text = "\n".join([SPEECH[0], marker, *SPEECH[1:]])
    out = clean_text(text)
    assert SPEECH[0] + SPEECH[1] in out
    assert not any(marker in p for p in out)


@pytest.mark.parametrize("line", ["“4”万元", "【4】号楼", "≈4万元"])
def test_a_number_with_more_on_its_line_is_no_framed_marker(line):
    from haowen.ingest.cleaning.lines import _marker

    m = _marker(line)
    assert m is None or m.group("rest").strip()


def test_a_regulations_articles_that_speak_of_apps_and_members_stay():
    articles = [
        "第一条 为规范公共自行车租赁服务，制定本办法。",
        "第二条 市民可下载“柳溪出行”App注册会员，也可持市民卡到站点办理会员。",
        "第三条 会员扫码租车后一小时内免费，超出部分每小时收费一元。",
        "第四条 本办法自2026年1月1日起施行。",
    ]
    footer = "版权所有：柳溪县城市管理局　技术支持：柳溪网络公司"
    assert clean_text("\n".join([*articles, footer]), title="柳溪县公共自行车租赁管理办法") == articles


def test_a_sentence_telling_its_reader_what_to_do_stays_at_the_end():
    body = [
        "各位患者：",
        "自12月10日起，门诊实行分时段预约就诊。",
        "患者可扫描门诊大厅张贴的二维码或登录医院小程序提前预约，就诊时请携带身份证和医保卡。",
        "咨询电话：0731-2286035（门诊办公室）。",
    ]
    footer = "Copyright © 2026 柳溪县人民医院 版权所有"
    assert clean_text("\n".join([*body, footer]), title="关于门诊实行分时段预约就诊的通知") == body


def test_an_issuers_statement_heading_its_announcement_stays():
    line = "本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏，并对其内容的真实性、准确性和完整性承担法律责任。"
    assert chrome.edge_reason(line) is None or "notice" not in chrome.edge_reason(line)


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("请各单位于12月5日前报送总结。如需配套PPT请联系客服：lx_kefu01", "请各单位于12月5日前报送总结。"),
        ("全年完成造林八千亩。材料代写请加微信 lxwz2026", "全年完成造林八千亩。"),
    ],
)
def test_a_service_prompt_glued_after_the_last_sentence_goes_and_the_sentence_stays(line, kept):
    assert strip_glued_actions(line) == kept


def test_a_contact_field_glued_after_a_sentence_stays():
    line = "请于12月5日前报送。联系人：许小雨，电话：0731-1234567"
    assert strip_glued_actions(line) == line


def test_an_addressee_list_with_a_region_and_members_stays():
    text = "\n".join(["全市各会员单位，各有关企业：", "为营造诚信经营的良好氛围，协会向全体会员发出如下倡议。", "柳溪市保险行业协会"])
    assert clean_text(text, title="诚信经营倡议书")[0] == "全市各会员单位，各有关企业："


def test_a_marker_glued_to_the_start_of_the_line_it_cut_goes():
    text = "\n".join([SPEECH[0], "‹‹4››" + SPEECH[1], SPEECH[2] + SPEECH[3]])
    assert SPEECH[0] + SPEECH[1] in clean_text(text)


def test_a_marker_glued_inside_a_sentence_goes_but_quoted_numbers_stay():
    out = clean_text("全县新建农村公路一百二十公里，‹‹2››完成危桥改造十四座。\n推进“1+3”工程，落实《2》号文件。")
    assert out == ["全县新建农村公路一百二十公里，完成危桥改造十四座。", "推进“1+3”工程，落实《2》号文件。"]


def test_a_data_table_drawn_with_bars_stays():
    rows = ["项目｜金额（元）", "道路维修支出｜38,760", "路灯安装支出｜12,400"]
    text = "\n".join(["一、本季度村级财务收支情况如下：", *rows, "以上情况予以公开，接受群众监督。", "石桥村村民委员会"])
    out = clean_text(text, title="石桥村2026年第三季度村务公开")
    for row in rows:
        assert any(row.split("｜")[0] in p and row.split("｜")[1] in p for p in out)


@pytest.mark.parametrize(
    "line",
    ["【大 中 小】", "文字：特大 大 默认 小", "相似问题：村级公益岗位如何申请？", "同类精选：春耕动员讲话稿八篇", "展会相关：参展须知　｜　交通指引", "研学基地推荐：柳溪农耕博物馆"],
)
def test_font_size_rows_and_lists_of_like_pages_go(line):
    assert chrome.strong_reason(line) is not None


@pytest.mark.parametrize("line", ["推荐单位：柳溪县教育局", "相关单位：县财政局、县审计局", "大中小学生要积极参加体育锻炼。"])
def test_a_forms_parties_and_sentences_about_sizes_stay(line):
    assert chrome.strong_reason(line) is None


@pytest.mark.parametrize(
    "line",
    ["本页对您有用吗？ 有用(7) 没用(1)", "下载柳溪发布App看更多本地新闻", "（点击图片查看会场全景）", "点此查看报名流程图"],
)
def test_widgets_app_prompts_and_link_prompts_go(line):
    assert chrome.strong_reason(line) is not None


@pytest.mark.parametrize("line", ["群众可点击查看办理进度。", "请打开“柳溪通”App查看本人参保信息。", "点击率同比提高百分之十二。"])
def test_sentences_about_apps_and_clicks_stay(line):
    assert chrome.strong_reason(line) is None


@pytest.mark.parametrize(
    "line",
    ["特别提醒：本站从未授权任何个人代收报名费，谨防上当。", "随笔内容为作者原创，转载请注明出处。", "本范文为写作示例，仅供学习参考。"],
)
def test_a_pages_own_notices_go(line):
    assert chrome.notice_reason(line, len(line)) is not None


def test_a_documents_note_on_its_own_content_stays():
    line = "会议内容由办公室负责整理，不得外传。"
    assert chrome.notice_reason(line, len(line)) is None
