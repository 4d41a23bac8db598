"""Import, thirteenth round (issue 13, on holdout13's failures): page numbers named by a page
letter in any frame (``(p2)``, ``=== P4 ===``), frames of math signs drawn as shapes (⊗2⊗), a
short line cut in two inside a word by a framed page number, and entries of a log, a thread
or an approval trail stamped with their clock time.

Every input is written for this test (places, people, sites and numbers invented); none is
taken from bench/clean_eval or the issue.
"""

from __future__ import annotations

import pytest

from haowen.ingest.clean import clean_text
from haowen.ingest.cleaning import chrome
from haowen.ingest.cleaning.lines import spans_word

from .test_cleaning_round9 import HEAD, TAIL, _repair

# --- page numbers named by a page letter -------------------------------------------------


@pytest.mark.parametrize("marker", ["(p2)", "（P2）", "[pg.2]", "-- P2 --", "=== Page 2 ===", "<P2/9>"])
def test_a_page_letter_marker_glued_inside_a_sentence_goes(marker):
    line = "先后完成了雨污分流、外墙保温和电梯" + marker + "加装等十二项工程。"
    assert _repair(line) == ["先后完成了雨污分流、外墙保温和电梯加装等十二项工程。"]


@pytest.mark.parametrize("marker", ["----- P3 -----", "【p3】", " Pg 3 "])
def test_a_page_letter_marker_glued_after_the_last_sentence_goes(marker):
    line = "以上意见妥否，请予批复。" + marker
    assert _repair(line, "特此请示。") == ["以上意见妥否，请予批复。", "特此请示。"]


@pytest.mark.parametrize("marker", ["(p3)", "Pg.3 ", "~P3~"])
def test_a_page_letter_marker_opening_the_rest_of_a_sentence_goes_and_joins(marker):
    assert _repair(HEAD, marker + TAIL) == [HEAD + TAIL]


def test_a_page_letter_marker_alone_on_a_line_joins_a_short_last_piece():
    assert _repair(HEAD, "(p4)", "惠及居民。") == [HEAD + "惠及居民。"]


@pytest.mark.parametrize(
    "line",
    [
        "严厉打击P2P网贷平台非法集资活动，守住不发生系统性风险的底线。",
        "全年PM2.5平均浓度下降到每立方米28微克。",
        "具体要求详见操作手册（见P2），请各单位认真对照执行。",
        "全面推广政务APP2.0版本，实现一网通办。",
        "本次考核采用P2级标准，合格率达到百分之九十。",
    ],
)
def test_words_of_letters_and_digits_stay(line):
    assert _repair(line) == [line]


# --- frames of math signs drawn as shapes ------------------------------------------------


@pytest.mark.parametrize("marker", ["⊗3⊗", "⊙3⊙", "⊞3⊞", "⋆3⋆"])
def test_a_page_number_between_shape_signs_opening_a_line_goes_and_joins(marker):
    assert _repair(HEAD, marker + TAIL) == [HEAD + TAIL]


@pytest.mark.parametrize("ch,shape", [("⊙", True), ("⊕", True), ("∗", True), ("+", False), ("≥", False), ("×", False), ("≈", False)])
def test_only_math_signs_drawn_as_shapes_decorate(ch, shape):
    assert chrome.is_decorative_mark(ch) is shape


def test_a_comparison_between_numbers_stays():
    line = "辖区内PM10日均值≥3≥标准的天数为零，空气质量持续改善。"
    # (Not a frame of one kind: ≥ is a sign a sentence's figures use.)
    assert _repair(line) == [line]


# --- a short line cut inside a word --------------------------------------------------------


def test_a_short_line_cut_inside_a_word_by_a_framed_number_is_joined():
    out = _repair("一、先进集体", "县市场监督管理局综", "⟬5⟭合执法大队", "县财政局国库科")
    assert out == ["一、先进集体", "县市场监督管理局综合执法大队", "县财政局国库科"]


def test_two_items_apart_by_a_framed_number_stay_two():
    out = _repair("一、先进集体", "县财政局国库科", "⟬5⟭县审计局", "县统计局")
    assert out == ["一、先进集体", "县财政局国库科", "县审计局", "县统计局"]


def test_spans_word_looks_at_the_dictionary_across_the_cut():
    assert spans_word("县市场监督管理局综", "合执法大队")
    assert not spans_word("县财政局国库科", "县审计局")
    assert not spans_word("Section", "合执法")


# --- stamped entries -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "会签：财务资产部　何明远　2026-04-12 15:40",
        "核稿：综合办公室主任　陆晴　2026-04-13 08:05",
        "分管副总　韦达　同意，按程序办理。　2026-04-13 10:21",
        "2026-02-17 20:31　阳阳外婆：好的，明天准时到。",
        "东坡老农：这个办法好，早该推行了！ 04-08 21:17",
        "网格员-小秦　2026-05-02 07:58",
    ],
)
def test_an_entry_stamped_with_its_clock_time_is_chrome(line):
    assert chrome.strong_reason(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "报名截止时间：2026-06-01 17:00",
        "会议时间 2026-06-01 09:00",
        "2026-06-01 09:00　开幕式　主会场",
        "开标时间：2026年6月1日 9:30",
        "请于2026-06-01 17:00前将材料报送县委办公室。",
    ],
)
def test_a_documents_own_times_stay(line):
    assert chrome.strong_reason(line) is None


def test_an_approval_trail_under_the_imprint_line_goes():
    text = "\n".join(
        [
            "各部门、各车间：",
            "为切实做好汛期安全生产工作，经公司研究，决定开展防汛隐患专项排查，现将有关事项通知如下。",
            "一、各部门要对厂区排水设施、低洼仓库逐一排查，建立隐患台账。",
            "二、排查情况请于6月10日前报安全管理部，逾期未报的将予以通报。",
            "某某化工有限公司",
            "2026年6月2日",
            "抄送：公司领导班子成员。",
            "某某化工有限公司办公室　2026年6月2日印发",
            "拟稿：安全管理部　钟毅　2026-05-30 09:12",
            "会签：生产技术部　卢杰　2026-05-31 14:02",
            "签发：总经理　范志远　2026-06-01 16:48",
        ]
    )
    out = clean_text(text, title="关于开展汛期安全隐患专项排查的通知")
    assert out[-2:] == ["抄送：公司领导班子成员。", "某某化工有限公司办公室　2026年6月2日印发"]
    assert not any("2026-05-3" in p or "2026-06-01" in p for p in out)


# --- tables that lay out a page --------------------------------------------------------------

_PARAGRAPHS = [f"第{i}项，全镇围绕乡村振兴战略扎实推进人居环境整治，累计完成改厕{i}百户，群众满意度明显提升。" for i in range(1, 4)]
_LAYOUT_PAGE = (
    "<html><body><table><tr><td>某某镇人民政府门户</td><td>登录 | 注册</td></tr></table>"
    "<table width=960><tr><td class=left><div><h4>最新动态</h4><p>· 镇里召开春耕备耕会议</p><p>· 第二季度工作安排</p></div></td>"
    "<td class=main><h2>某某镇2025年工作总结</h2>" + "".join(f"<p>{p}</p>" for p in _PARAGRAPHS)
    + "<table><tr><td><p>项目</p></td><td><p>完成数</p></td></tr><tr><td><p>改厕</p></td><td><p>300户</p></td></tr>"
    "<tr><td><p>道路硬化</p></td><td><p>12公里</p></td></tr></table>"
    "<p>某某镇人民政府</p><p>2025年12月28日</p></td></tr></table></body></html>"
)


def test_a_page_laid_out_in_tables_comes_out_as_its_paragraphs_with_its_data_table_whole():
    from haowen.ingest.parsers.html import parse_html

    doc = parse_html(_LAYOUT_PAGE.encode("utf-8"))
    assert doc.paragraphs == [*_PARAGRAPHS, "项目\u3000完成数", "改厕\u3000300户", "道路硬化\u300012公里", "某某镇人民政府", "2025年12月28日"]


def test_unwrap_layout_tables_keeps_data_tables_and_survives_broken_markup():
    from haowen.ingest.parsers.html import unwrap_layout_tables

    data = "<table><tr><th>指标</th><th>数值</th></tr><tr><td><p>人口</p></td><td><p>3.2万</p></td></tr></table>"
    assert unwrap_layout_tables(data) == data  # unchanged: a header row, cells of one datum each
    grid = "<table><tr><td>人口</td><td>3.2万</td></tr><tr><td>面积</td><td>86平方公里</td></tr></table>"
    assert unwrap_layout_tables(grid) == grid
    assert "<td" not in unwrap_layout_tables("<table><tr><td>只有一行的横幅")
    assert unwrap_layout_tables("") == ""
    assert unwrap_layout_tables("<td>\x00") is not None


# --- other articles' headlines the text ends with ------------------------------------------

_NOTICE = [
    "各村（社区）、镇直各单位：",
    "为做好今年秋冬季森林防火工作，切实保护森林资源和人民群众生命财产安全，现将有关事项通知如下。",
    "一、各村要落实网格化巡护责任，重点时段加密巡查频次，严防野外违规用火。",
    "二、各单位要备足扑火物资，半专业扑火队伍实行二十四小时值班值守。",
]


@pytest.mark.parametrize(
    "tail",
    [
        ["镇里召开冬春农田水利建设推进会", "2025年度林长制工作考核结果通报"],
        ["关于做好冬季供暖保障工作的意见（2025-11-02）"],
        ["青年干部“书香机关”读书分享会侧记"],
    ],
)
def test_headlines_of_other_articles_ending_the_text_go(tail):
    out = clean_text("\n".join(_NOTICE + ["特此通知。"] + tail), title="关于做好秋冬季森林防火工作的通知")
    assert out == _NOTICE + ["特此通知。"]


@pytest.mark.parametrize(
    "ending",
    [
        ["某某镇人民政府", "2025年10月8日"],
        ["某某镇森林防火指挥部办公室"],
        ["附件：森林防火责任人名单"],
        ["抄送：县应急管理局，县林业局。"],
        ["（三）加强督导检查"],
        ["村名　巡护员　联系电话", "东溪村　张某　138****0001", "西岭村　李某　139****0002"],
    ],
)
def test_a_documents_own_closing_lines_stay(ending):
    out = clean_text("\n".join(_NOTICE + ending), title="关于做好秋冬季森林防火工作的通知")
    assert out[-len(ending):] == ending


# --- buttons in brackets, share bars, viewer counters ---------------------------------------


@pytest.mark.parametrize(
    "line",
    ["〖大〗〖中〗〖小〗", "【特大】【标准】【简体】【关闭本页】", "[收藏] [打印本页]", "【在线报名】　【简章下载】", "分享至：QQ空间　微信　微博", "分享到 朋友圈", "已有3,518人观看", "本场直播2.1万人在线", "作者收到 57 个赞"],
)
def test_buttons_share_bars_and_viewer_counters_are_chrome_anywhere(line):
    assert chrome.strong_reason(line) is not None


@pytest.mark.parametrize(
    "line",
    ["【一】【二】【三】", "【1】【2】", "【注】【说明】", "全县已有1200人参加培训", "现场3000人观看，反响热烈", "活动当天共有3000人观看了演出。", "分享到各村的经验做法要及时总结推广"],
)
def test_a_documents_brackets_counts_and_sharing_stay(line):
    assert chrome.strong_reason(line) is None


def test_a_paragraph_giving_a_phone_is_no_contact_line_under_a_counter():
    paras = [
        "县人社局局长　某某某",
        "各位网友，大家好！今天和大家聊一聊今年我县出台的就业创业扶持政策，欢迎大家在评论区提问。",
        "先说高校毕业生。今年我县对到中小微企业就业的高校毕业生给予一次性就业补贴，每人三千元。",
        "政策怎么申请呢？大家可以到县政务服务中心人社窗口办理。咨询电话是0745-0000000，工作日都有专人接听。",
        "今天的直播就到这里，感谢大家的收看，祝大家就业顺利！",
    ]
    out = clean_text("\n".join(paras[:3] + ["已有8,402人观看"] + paras[3:] + ["主播收到 211 个赞"]), title="县人社局解读就业创业扶持政策")
    assert out[-2:] == paras[-2:]
    assert not any("观看" in p or "个赞" in p for p in out)


# --- a file's name that names no genre -------------------------------------------------------


@pytest.mark.parametrize("given", ["扫描件", "新建文档", "传真_0412"])
def test_a_file_name_naming_no_genre_gives_way_to_the_pages_headline(given):
    from haowen.ingest.clean import clean_document

    text = "\n".join(
        [
            "FAX 0731-0000000　P1",
            "关于申请拨付防汛应急物资经费的请示",
            "县财政局：",
            "入汛以来，我镇降雨偏多，为做好防汛应急准备，需购置冲锋舟、救生衣等物资，特申请拨付经费十二万元。",
            "妥否，请批示。",
        ]
    )
    assert clean_document(text, given).title == "关于申请拨付防汛应急物资经费的请示"


def test_a_short_title_stands_when_the_page_shows_no_document_title():
    from haowen.ingest.clean import clean_document

    text = "春天来了，田野里一片新绿，村里的老人们说今年又是一个好年景。\n孩子们在田埂上奔跑，笑声传得很远很远。"
    assert clean_document(text, "春风").title in ("", "春风")  # ("": the given title stands)


# --- junk closing a line after a colon ------------------------------------------------------


def test_junk_closing_a_line_after_a_colon_goes_and_values_stay():
    from haowen.ingest.cleaning.lines import strip_inline_junk

    assert strip_inline_junk("现将有关事项函告如下：q7 ,; ^") == "现将有关事项函告如下："
    assert strip_inline_junk("恳请协调解决以下问题；k2 ~ .;") == "恳请协调解决以下问题；"
    for line in ["主要指标：GDP 3.2%", "考核：A ~ B", "公式：a + b = c", "联系邮箱：abc@example.org", "型号：DS-5180 A4"]:
        assert strip_inline_junk(line) == line


# --- a host's disclaimers, a preview's page limit in words ----------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "本帖由楼主原创发布，言论仅代表个人，不代表本论坛立场。",
        "笺云盘只提供网盘空间服务，上传内容由分享者自行负责，侵权请联系删除。",
        "文档预览（只显示前三页）",
    ],
)
def test_a_hosts_disclaimer_and_a_preview_limit_are_edge_chrome(line):
    assert chrome.edge_reason(line) is not None


def test_a_documents_sentence_on_views_and_storage_stays():
    assert chrome.edge_reason("仓储企业要为入驻商户提供冷链存储和分拣配送服务。") is None


# --- a script's turns, a how-to's and a spaced dot's site name --------------------------------


def test_a_scripts_first_turns_start_its_text_however_short():
    text = "\n".join(
        [
            "某某学院团委",
            "收藏｜2026年元旦晚会主持词",
            "★ 星标我们，不错过每一次推送",
            "甲：尊敬的各位领导、老师，",
            "乙：亲爱的同学们，",
            "合：大家晚上好！",
            "甲：辞旧迎新，我们欢聚一堂，共同迎接新年的到来。",
            "乙：让我们用最热烈的掌声，欢迎校领导致新年贺词！",
        ]
    )
    out = clean_text(text, title="2026年元旦晚会主持词")
    assert out[:3] == ["甲：尊敬的各位领导、老师，", "乙：亲爱的同学们，", "合：大家晚上好！"]


@pytest.mark.parametrize(
    "given,want",
    [
        ("参加全县组织工作培训班的心得体会 · 笔耕", "参加全县组织工作培训班的心得体会"),
        ("退休人员养老金资格认证怎么在手机上办-办事指南网", "退休人员养老金资格认证怎么在手机上办"),
        ("2025-2026学年第一学期工作计划", "2025-2026学年第一学期工作计划"),
        ("怎样写好述职报告", "怎样写好述职报告"),
    ],
)
def test_a_site_name_after_a_how_to_or_a_spaced_dot_goes(given, want):
    from haowen.ingest.cleaning.titles import strip_decoration

    assert strip_decoration(given) == want


# --- a mailbox given in prose, an unsubscribe link ------------------------------------------


def test_a_paragraph_giving_a_mailbox_stays_above_a_mails_footer():
    paras = [
        "本季度校友捐赠情况如下（排名不分先后）：",
        "1990届 某某某 校友　捐赠助学金 30000元",
        "2001届 全体同学　捐赠图书 800册",
        "四、校友信息征集",
        "为编印《校友名录》，请各位校友核对、更新个人信息，或将姓名、届别、联系方式发送至校友会邮箱 alumni@school.example.org。",
    ]
    text = "\n".join(
        ["一、校庆筹备工作启动", "校友会召开理事会议，成立建校九十周年校庆筹备工作组，欢迎各地校友会推荐人选。"]
        + paras
        + ["不想再收到此类邮件？点此退订 ｜ 更新订阅偏好", "某某中学校友会　地址：某某市学前街6号　邮编：526300", "您收到此邮件，是因为您曾在校友信息平台登记邮箱。"]
    )
    out = clean_text(text, title="某某中学校友会工作简报")
    assert out[-len(paras):] == paras


def test_the_page_speaking_of_itself_with_a_mailbox_stays_chrome():
    assert chrome.edge_reason("如本文档侵犯了您的权益，请发送邮件至 report@docs.example.com 说明情况，我们将依法处理。") is not None


# --- frames by symmetry, bracketed dash numbers, a page letter alone -------------------------


@pytest.mark.parametrize("marker", ["∷3∷", "≪3≫", "⊰3⊱", "【 - 3 - 】", "〔— 3 —〕"])
def test_a_framed_page_number_opening_a_line_goes_whatever_the_line_above(marker):
    above = "二是运营成本高，房租和人工成本占总支出的七成以上；"
    assert _repair(HEAD, above, marker + "三是专业人才缺乏。") == [HEAD, above, "三是专业人才缺乏。"]
    assert _repair(HEAD, marker + TAIL) == [HEAD + TAIL]


@pytest.mark.parametrize("line", ["（3）三是专业人才缺乏。", "“3”号文件要求，各单位认真执行。", "+3+组合模式全面推行。", "%3%的增幅符合预期。"])
def test_a_numbers_own_brackets_quotes_and_signs_stay(line):
    above = "二是运营成本高，房租和人工成本占总支出的七成以上；"
    assert _repair(HEAD, above, line)[-1] == line


def test_a_page_letter_alone_on_a_line_goes_inside_a_table():
    out = _repair("序号\u3000活动名称", "〔P·2〕", "1\u3000政策宣讲进园区")
    assert out == ["序号\u3000活动名称", "1\u3000政策宣讲进园区"]
