"""Chrome by its class, eighth round (issue 13): the page's own buttons marked by an icon,
points or a paywall's word; tip prompts; a page's state or toolbar glued before or after a
line; rating widgets, rows of download links, a reader's progress, a blog's English byline
and a mail client's dated stamp.

Every input is written for this test (places, people, sites and numbers invented); none is
taken from bench/clean_eval or the issue. Each rule is tested with look-alike lines that must
stay: headings made of the same words (关注民生, 分享经验), a ballot's options, a document's
own 日期 field, a sentence that quotes a percentage.
"""

from __future__ import annotations

import pytest

from haowen.ingest.clean import clean_text
from haowen.ingest.cleaning import chrome
from haowen.ingest.cleaning.glued import strip_glued_actions

BODY_A = "今年以来，全镇认真落实河长制各项任务，巡河次数同比增长三成，水质达标率稳步提升。"
BODY_B = "下一步，我们将继续加大整治力度，确保河道长治久清，让群众看得见变化、享受到成果。"


@pytest.mark.parametrize(
    "line",
    [
        "👏 点赞 17",  # an icon and an action word
        "🔖 收藏本页",
        "每日签到 +2 积分",  # points for an action
        "转发本文积分+5",
        "升级VIP查看本段批注",  # a word only a paywall says
        "☕ 打赏",
        "觉得有帮助就请作者喝杯咖啡",  # a tip prompt
        "写得不错？打赏支持",
    ],
)
def test_the_pages_own_buttons_go_between_paragraphs(line):
    out = clean_text("\n".join([BODY_A, line, BODY_B]), title="河长制工作情况汇报")
    assert out == [BODY_A, BODY_B]


@pytest.mark.parametrize(
    "line",
    [
        "关注民生",  # a heading of the same words, with no mark of the page's
        "分享经验",
        "推广典型做法",
        "同意 不同意 弃权",  # a ballot's options
        "群众满意度达到96%",
    ],
)
def test_headings_and_lines_of_the_same_words_stay(line):
    out = clean_text("\n".join([BODY_A, line, BODY_B]), title="河长制工作情况汇报")
    assert line in out


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        (BODY_A + "下载客户端阅读全部章节", BODY_A),  # an app prompt glued after the last sentence
        (BODY_A + "点此查看现场组图", BODY_A),  # a link's prompt
        (BODY_A + "🎁 领红包 +3 积分", BODY_A),  # buttons marked as the page's
        (BODY_A + "文章不错，赏作者一杯奶茶吧 🍵 打赏鼓励", BODY_A),  # a tip prompt
    ],
)
def test_a_prompt_glued_after_the_last_sentence_goes_and_the_sentence_stays(line, kept):
    assert strip_glued_actions(line) == kept


def test_the_start_of_a_sentence_after_the_last_one_stays():
    # A hard-wrapped line ends with the start of the next sentence: no class of prompt.
    line = BODY_A + "下载中心将于下月开通会员"
    assert strip_glued_actions(line) == line


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("（仅可预览前2页）各村民委员会，镇直各单位：", "各村民委员会，镇直各单位："),
        ("【特大 大 默认 小】全体党员同志：现将有关事项通知如下。", "全体党员同志：现将有关事项通知如下。"),
        ("（图为巡河现场）会议要求，各河长要履职尽责。", "会议要求，各河长要履职尽责。"),
    ],
)
def test_a_pages_state_or_toolbar_glued_before_the_text_goes(line, kept):
    assert strip_glued_actions(line) == kept


@pytest.mark.parametrize(
    "line",
    [
        "（一）压实河长责任，做到守河有责、守河担责。",
        "【案例】某镇通过“河长+警长”模式破解治水难题。",
        "（2025年修订）本办法自发布之日起施行。",
    ],
)
def test_a_documents_own_bracket_at_the_head_stays(line):
    assert strip_glued_actions(line) == line


@pytest.mark.parametrize(
    ("line", "cls"),
    [
        ("您对这条回复：非常满意　满意　不满意", "action"),  # a rating widget
        ("这个回答：有用 没用 一般", "action"),
        ("数据下载：XLS下载 | PDF下载", "action"),  # a row of download links
        ("原始数据：CSV格式下载　JSON格式下载", "action"),
        ("卷三 / 共八卷　阅读进度 41%", "meta"),  # a reader's progress
        ("已读 72%", "meta"),
        ("Posted by 清溪 on 2026-03-02 | 标签：乡村振兴", "meta"),  # a blog's English byline
        ("Last updated on 2026-01-15 by 编辑部", "meta"),
        ("日期：2026年3月9日 星期一 08:47", "meta"),  # a mail client's stamp
        ("（图为河长巡河现场）", "meta"),  # a caption in brackets
    ],
)
def test_widgets_rows_and_stamps_are_chrome_wherever_they_stand(line, cls):
    reason = chrome.strong_reason(line)
    assert reason is not None and reason.startswith(cls + ":"), reason


@pytest.mark.parametrize(
    "line",
    [
        "日期：2026年3月9日",  # a document's own date field
        "同意 不同意 弃权",
        "满意 不满意",  # two options of a survey printed in a document
        "附件下载说明",
        "全年完成进度的72%，超出预期。",
        "Posted 与 published 的区别",
    ],
)
def test_look_alikes_are_no_strong_chrome(line):
    assert chrome.strong_reason(line) is None


# --- buttons glued between sentences, before a heading, after a date ---------------------------


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("河道保洁实行网格化管理。【复制本段】各村要明确专职保洁员，做到日常巡查全覆盖。",
         "河道保洁实行网格化管理。各村要明确专职保洁员，做到日常巡查全覆盖。"),
        ("全年巡河一千二百余次。展开剩余42%从巡查情况看，问题主要集中在岸线垃圾。",
         "全年巡河一千二百余次。从巡查情况看，问题主要集中在岸线垃圾。"),
        ("现将有关事项通知如下。字体：【大】【中】【小】", "现将有关事项通知如下。"),
        ("演出到此结束！【点这里为本场演出评分】", "演出到此结束！"),
        ("立即下载完整文档三、加强督查考核，确保任务落地见效。", "三、加强督查考核，确保任务落地见效。"),
        ("二〇二六年三月九日〔点击阅读全文〕", "二〇二六年三月九日"),
    ],
)
def test_buttons_glued_inside_a_line_go_and_the_text_stays(line, kept):
    assert strip_glued_actions(line) == kept


@pytest.mark.parametrize(
    "line",
    [
        "河道保洁实行网格化管理。【典型案例】某村聘请“民间河长”参与日常巡查，效果明显。",
        "会议指出，各地要抓好落实。〔2026〕3号文件对此作了明确规定，请认真执行。",
        "今年以来全镇各项工作成效明显。查看全文件目录请到镇政府办公室。",
        "坚持统一领导二、三级联动的工作机制。",
    ],
)
def test_the_texts_own_brackets_and_words_inside_a_line_stay(line):
    assert strip_glued_actions(line) == line


def test_page_numbers_in_corner_brackets_are_cut_out_of_a_sentence():
    text = "全镇共排查河道隐患八十余处，已整改「2」到位七十六处。\n下一步要对剩余隐患挂牌督办，『3』限期整改销号。\n会议要求，各村要〔第4面〕落实专人负责。"
    assert clean_text(text, title="河道隐患排查整改情况通报") == [
        "全镇共排查河道隐患八十余处，已整改到位七十六处。",
        "下一步要对剩余隐患挂牌督办，限期整改销号。",
        "会议要求，各村要落实专人负责。",
    ]


def test_a_grid_of_equal_rows_at_the_end_stays_and_a_service_prompt_below_goes():
    text = "\n".join(
        [
            "各班要按以下安排组织复习。",
            "周次 复习内容 责任教师",
            "第1周 函数与方程 王老师",
            "第2周 数列与不等式 李老师",
            "第3周 综合模拟训练 赵老师",
            "加客服微信 fdx_2026 领取全套讲义",
        ]
    )
    out = clean_text(text, title="高三数学复习安排")
    assert out[-1] == "第3周 综合模拟训练 赵老师"
    assert len(out) == 5


def test_a_forms_blanks_keep_a_receipt_line_in_the_text():
    text = "\n".join(
        [
            "各位家长：",
            "寒假将至，请您督促孩子合理安排作息，注意交通、用火和防溺水安全。",
            "请将回执于1月10日前交班主任。",
            "学生姓名：＿＿＿＿　班级：＿＿＿＿　家长签名：＿＿＿＿",
            "枫林小学",
            "2026年1月5日",
        ]
    )
    out = clean_text(text, title="寒假致家长的一封信")
    assert "学生姓名：＿＿＿＿　班级：＿＿＿＿　家长签名：＿＿＿＿" in out


def test_a_meetings_field_is_never_read_as_the_title():
    text = "\n".join(
        [
            "清河社区党建网 ｜ 组织生活",
            "第三党小组2025年度民主生活会会议记录",
            "时间：2026年1月8日9:00",
            "地点：社区会议室",
            "主持人：党小组长 魏明",
            "应到党员12名，实到11名。",
            "会议通报了党小组对照检查情况。",
        ]
    )
    from haowen.ingest.clean import clean_document

    cleaned = clean_document(text)
    assert cleaned.title == "第三党小组2025年度民主生活会会议记录"
    assert cleaned.paragraphs[:3] == ["时间：2026年1月8日9:00", "地点：社区会议室", "主持人：党小组长 魏明"]


# --- titles and dates ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("卷二·第九篇　在全镇老干部座谈会上的讲话", "在全镇老干部座谈会上的讲话"),  # a collection's volume and piece
        ("主题教育学习心得体会——城东分理处 欧阳青", "主题教育学习心得体会"),  # the author's unit and name
        ("在全县防汛工作会议上的讲话.mhtml", "在全县防汛工作会议上的讲话"),  # a saved page's file name
        ("2026年社区工作计划.md", "2026年社区工作计划"),
    ],
)
def test_a_collections_prefix_a_byline_and_a_saved_pages_extension_leave_the_title(raw, expected):
    from haowen.ingest.cleaning import titles

    assert titles.strip_decoration(raw) == expected


@pytest.mark.parametrize(
    "raw",
    [
        "关于乡村医生队伍建设的调研报告——以北山县为例",  # a subtitle names no person
        "守正创新 勇毅前行——在全县宣传思想工作会议上的讲话",
    ],
)
def test_a_subtitle_after_a_double_dash_stays(raw):
    from haowen.ingest.cleaning import titles

    assert titles.strip_decoration(raw) == raw


def test_a_meetings_time_line_dates_its_minutes_before_a_sites_posting_line():
    from haowen.ingest.clean import clean_document

    text = "\n".join(
        [
            "公文范文网 > 会议纪要",
            "物业管理委员会第三次会议纪要",
            "发布：2026-02-20　分类：会议纪要",
            "时间：2026年1月15日下午3:00",
            "地点：社区议事厅",
            "主持人：主任 韩东",
            "会议听取了物业服务企业关于上年度服务情况的汇报。",
            "会议决定，自3月起开展小区公共收益公示。",
        ]
    )
    assert str(clean_document(text, title="物业管理委员会第三次会议纪要").published_on) == "2026-01-15"


def test_a_pages_dates_the_document_talks_about_never_beat_its_signature():
    from haowen.ingest.parsers.html import parse_html

    page = (
        "<html><head><title>职工运动会实施方案.pdf</title></head><body>"
        "<div class='bar'>北湖区总工会　文件公开</div>"
        "<h1>北湖区职工运动会实施方案</h1>"
        "<p>为丰富职工文化生活，增强职工体质，经研究，决定举办全区职工运动会，特制定本方案。</p>"
        "<p>一、时间和地点</p><p>时间：2026年5月12日至5月14日</p><p>地点：区体育中心</p>"
        "<p>二、比赛项目</p><p>设拔河、跳绳、趣味接力和乒乓球四个项目，每个项目设团体奖。</p>"
        "<p>北湖区总工会</p><p>2026年3月20日</p>"
        "<div class='foot'>技术支持：北湖区信息中心</div></body></html>"
    ).encode()
    doc = parse_html(page)
    assert str(doc.published_on) == "2026-03-20"
    assert "时间：2026年5月12日至5月14日" in doc.paragraphs


def test_a_markdown_files_front_matter_dates_it_and_its_table_of_contents_goes():
    from haowen.ingest.clean import clean_document

    text = "\n".join(
        [
            "---",
            "title: 社区志愿服务月活动方案",
            "date: 2026-02-11",
            "---",
            "# 社区志愿服务月活动方案",
            "- [一、活动目标](#一活动目标)",
            "- [二、活动安排](#二活动安排)",
            "为弘扬志愿精神，社区决定开展志愿服务月活动，详见[报名须知](#须知)。",
            "一、活动目标",
            "每个楼栋至少组建一支志愿服务队。",
        ]
    )
    cleaned = clean_document(text, title="社区志愿服务月活动方案")
    assert str(cleaned.published_on) == "2026-02-11"
    assert cleaned.paragraphs == [
        "为弘扬志愿精神，社区决定开展志愿服务月活动，详见报名须知。",
        "一、活动目标",
        "每个楼栋至少组建一支志愿服务队。",
    ]


# --- credits, stamps and supplied-by lines ------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "记者：石磊　摄像：关山　剪辑：周宁",  # a video item's credits
        "本栏目信息由区民政局提供",  # who supplied the column
        "本版由青禾农业集团协办",
        "图片由区文旅中心提供",
        "2楼　回复于 2026-02-03 21:40",  # a forum post's stamp
        "楼主 发表于 2026-1-9 08:05",
    ],
)
def test_credits_and_stamps_are_meta_wherever_they_stand(line):
    reason = chrome.strong_reason(line)
    assert reason is not None and reason.startswith("meta:"), reason


@pytest.mark.parametrize(
    "line",
    [
        "数据由区统计局提供",  # a table's note in the document
        "本办法由区民政局负责解释。",
        "会议由区长主持。",
    ],
)
def test_a_documents_own_notes_are_no_credit(line):
    assert chrome.strong_reason(line) is None


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("请及时拨打服务热线报修。（责任编辑：邱禾）", "请及时拨打服务热线报修。"),
        ("大桥预计年底合龙。照片由市交投集团提供", "大桥预计年底合龙。"),
        ("会议由县长主持。（略）", "会议由县长主持。（略）"),  # the document's own notes stay
        ("详见附件。（此件公开发布）", "详见附件。（此件公开发布）"),
    ],
)
def test_a_credit_glued_after_the_last_sentence_goes(line, kept):
    assert strip_glued_actions(line) == kept


# --- readers' comments under the text -----------------------------------------------------------


def test_readers_comments_under_a_comment_boxs_header_go():
    text = "\n".join(
        [
            BODY_A,
            BODY_B,
            "全部留言（3）",
            "老街坊阿强：支持！河水清了，晚上散步的人也多了。",
            "🍀 青禾：希望上游也一起治理",
            "路过的游客：点赞",
            "我要留言",
        ]
    )
    assert clean_text(text, title="河长制工作情况汇报") == [BODY_A, BODY_B]


def test_a_documents_own_speaker_and_field_lines_at_the_end_stay():
    text = "\n".join(
        [
            "会议听取了各村河长的履职汇报，并对下一步工作作出部署。",
            "王建国：我村将在五月底前完成河道清淤。",
            "李红梅：我村已落实专职保洁员三名。",
            "记录人：周敏",
        ]
    )
    out = clean_text(text, title="河长制工作推进会会议纪要")
    assert out[-3:] == ["王建国：我村将在五月底前完成河道清淤。", "李红梅：我村已落实专职保洁员三名。", "记录人：周敏"]


def test_a_news_lead_with_its_source_before_a_colon_is_no_comment():
    text = "\n".join(
        [
            "[查看原文](https://news.example.com/a.html)",
            "春天里的乡村：田野花开 农事正忙",
            "融媒消息（乡村频道）：春耕时节，田野里一派繁忙景象。让我们走进春天里的乡村。",
            "[查看原文](https://news.example.com/b.html)",
        ]
    )
    out = clean_text(text, title="新闻合集")
    assert "融媒消息（乡村频道）：春耕时节，田野里一派繁忙景象。让我们走进春天里的乡村。" in out


# --- notices ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "温馨提示：本站文章仅供学习交流，请勿用于商业用途。",  # the site's caution note
        "（站长提示：文中图片来自网络）",
    ],
)
def test_the_sites_caution_note_is_chrome_wherever_it_stands(line):
    reason = chrome.strong_reason(line)
    assert reason is not None and reason.startswith("notice:"), reason


@pytest.mark.parametrize(
    "line",
    [
        "本平台仅提供资料存储服务，资料内容由上传者负责。",  # a platform's disclaimer
        "风险提示：基金有风险，投资须谨慎。",  # a financial page's boilerplate
        "编者按：本文据讲话录音整理，略有删节。",  # how the page's copy was made
    ],
)
def test_notices_at_the_end_of_a_page_are_chrome_there(line):
    reason = chrome.edge_reason(line)
    assert reason is not None and reason.startswith("notice:"), reason
    assert clean_text("\n".join([BODY_A, BODY_B, line]), title="河长制工作情况汇报") == [BODY_A, BODY_B]


@pytest.mark.parametrize(
    "line",
    [
        "温馨提示：如出现发热、咳嗽等症状，请及时就医。",  # the document's own advice
        "本办法由县财政局负责解释。",
        "编者按：乡村振兴，人才是关键。",  # an editorial's own opening
    ],
)
def test_a_documents_own_advice_and_closing_lines_stay(line):
    assert chrome.edge_reason(line) is None


@pytest.mark.parametrize(
    "line",
    ["电梯直达", "跳至 12 楼", "【直播课】公文写作提升班　￥399　立即报名", "新书上架　¥59.8　限时优惠"],
)
def test_jump_widgets_and_product_cards_are_actions_wherever_they_stand(line):
    reason = chrome.strong_reason(line)
    assert reason is not None and reason.startswith("action:"), reason


@pytest.mark.parametrize("line", ["采购预算：¥680万元", "项目总投资￥1.2亿元，申请报名截止时间为5月10日"])
def test_a_documents_own_amounts_are_no_product_card(line):
    assert chrome.strong_reason(line) is None


# --- after holdout10 was scored: a gallery above the last sentence, contacts by name, keyed
# instructions, a timetable, a prompt after the date, labels before a title -------------------


def test_a_short_last_sentence_under_a_gallerys_counter_stays():
    text = "\n".join(
        [
            BODY_A,
            "图为巡河现场（摄影：韦青）",
            BODY_B,
            "2/5　上一张　下一张",
            "会后，与会人员实地察看了三处河道整治点位。",
            "返回顶部",
            "版权所有：某某县融媒体中心",
        ]
    )
    out = clean_text(text, title="河长制工作推进会召开")
    assert out[-1] == "会后，与会人员实地察看了三处河道整治点位。"


def test_a_notices_own_contacts_and_instructions_at_its_end_stay():
    text = "\n".join(
        [
            "一、项目概况",
            "本项目为乡镇卫生院医疗设备采购，预算金额人民币三百二十万元。",
            "二、获取采购文件",
            "方式：登录公共资源交易平台免费下载。",
            "三、联系方式",
            "采购人：北岭县卫生健康局 联系人：许文 电话：0731-5520133",
            "代理机构：北岭诚信招标有限公司 联系人：丁宁 电话：0731-5520899",
            "附件下载：采购文件（电子版）.zip",
        ]
    )
    out = clean_text(text, title="北岭县乡镇卫生院医疗设备采购公告")
    assert "方式：登录公共资源交易平台免费下载。" in out
    assert out[-1] == "代理机构：北岭诚信招标有限公司 联系人：丁宁 电话：0731-5520899"


@pytest.mark.parametrize(
    "line",
    [
        "下载方式：点击下方按钮免费下载。",  # keyed by its action
        "温馨提示：复制内容请先登录，登录后每日可免费复制3次。",  # a note's key is the page's voice
    ],
)
def test_a_sites_keyed_prompt_is_still_an_action(line):
    assert (chrome.edge_reason(line) or "").startswith("action:")


def test_a_timetable_of_equal_rows_between_paragraphs_stays():
    rows = ["7月1日 语文（8:00—10:30） 历史（14:30—16:00）", "7月2日 数学（8:00—10:00） 物理（14:30—16:00）", "7月3日 英语（8:00—10:00） 化学（14:30—16:00）"]
    text = "\n".join(["各班主任：", "现将期末考试安排通知如下。", *rows, "请各班认真组织考生复习，严肃考风考纪。", "校园快讯", "· 我校举行毕业典礼", "版权所有 某某中学"])
    out = clean_text(text, title="期末考试安排")
    assert all(r in out for r in rows)


def test_a_prompt_glued_after_the_signature_date_goes():
    assert strip_glued_actions("二〇二六年三月九日打开小程序阅读全文 >") == "二〇二六年三月九日"
    assert strip_glued_actions("2026年3月9日下午，全县召开大会。") == "2026年3月9日下午，全县召开大会。"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("〔文〕乡村振兴工作的几点思考", "乡村振兴工作的几点思考"),
        ("精品范文：2025年度财务科长述职报告", "2025年度财务科长述职报告"),
        ("速看！关于调整公交线路的通告", "关于调整公交线路的通告"),
    ],
)
def test_a_label_before_a_title_goes(raw, expected):
    from haowen.ingest.cleaning import titles

    assert titles.strip_decoration(raw) == expected


@pytest.mark.parametrize(
    "raw",
    [
        "专题党课：以严的基调强化纪律建设",  # a genre label of the document's own
        "王建国：在全县经济工作会议上的讲话",  # the speaker
        "〔2026〕12号文件解读",
    ],
)
def test_a_titles_own_label_stays(raw):
    from haowen.ingest.cleaning import titles

    assert titles.strip_decoration(raw) == raw


@pytest.mark.parametrize(
    ("line", "cls"),
    [
        ("3/8　上一张　下一张", "action"),  # a gallery's navigation
        ("#工作总结 #乡镇 #党建", "list"),  # a row of hashtags
    ],
)
def test_gallery_navigation_and_hashtags_are_chrome_wherever_they_stand(line, cls):
    reason = chrome.strong_reason(line)
    assert reason is not None and reason.startswith(cls + ":"), reason


def test_previous_and_next_links_in_boxes_go_at_the_end():
    text = "\n".join([BODY_A, BODY_B, "【上一篇】镇里举办河长培训班", "【下一篇】县河长办开展暗访检查"])
    assert clean_text(text, title="河长制工作情况汇报") == [BODY_A, BODY_B]


@pytest.mark.parametrize("line", ["第#3号楼加装电梯", "上一张照片拍的是新建的码头。"])
def test_a_number_sign_or_a_pictures_word_in_the_text_is_no_chrome(line):
    assert chrome.strong_reason(line) is None
