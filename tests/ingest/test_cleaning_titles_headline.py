"""Titles, fourth round (issue 13): a record's title reconciled with the headline the page
prints, labels and site names around a title by their class, and a page title split at its
separators.

Every input is written for this test (places, people, sites and numbers invented); none is
taken from bench/clean_eval or the issue. Each rule is tested with the real titles that look
like decoration and must stay whole.
"""

from __future__ import annotations

import json

import pytest

from haowen.ingest.clean import clean_document
from haowen.ingest.cleaning import titles
from haowen.ingest.parsers.base import clean_title
from haowen.ingest.parsers.html import parse_html
from haowen.ingest.parsers.jsonl import parse_jsonl_record

BODY = [
    "各村（社区），镇直各单位：",
    "为切实做好今冬明春森林防火工作，镇政府决定在全镇开展森林防火隐患大排查。",
    "一、排查时间为11月5日至11月30日，由各村组织护林员逐山头、逐地块开展排查。",
    "二、发现隐患的，要立即登记造册，限期整改到位，并于每周五前报镇应急办。",
    "石门镇人民政府",
    "2026年11月3日",
]


# --- a page title split at its separators ------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # A forum's banner is longer than the title but has no Chinese and no genre word.
        ("2026年度社区书记述职报告 - 写作交流 - 青禾论坛 - Powered by PHPWind!", "2026年度社区书记述职报告"),
        # Without a genre word anywhere: the segment with the most Chinese characters.
        ("石门镇召开秋冬季森林防火动员会 | Jade CMS v2", "石门镇召开秋冬季森林防火动员会"),
    ],
)
def test_the_segment_that_reads_as_the_title_wins(raw, expected):
    assert clean_title(raw) == expected


# --- labels and site names by their class ------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # A site's or a section's name after a single dash, whatever its words, when the
        # part before it is a complete title (ends in a genre word).
        ("2026年秋季校园食品安全检查方案-文档小铺", "2026年秋季校园食品安全检查方案"),
        ("关于调整午休作息时间的通知-后勤服务处", "关于调整午休作息时间的通知"),
        ("在新学期教职工大会上的讲话-栖霞书院-校务公开", "在新学期教职工大会上的讲话"),
        # Forwarding and attachment labels of mails and forums.
        ("FW: 关于申请增设社区卫生服务站的请示", "关于申请增设社区卫生服务站的请示"),
        ("Fwd：关于印发森林防火责任清单的通知", "关于印发森林防火责任清单的通知"),
        ("转发：关于做好冬季供暖保障工作的通知", "关于做好冬季供暖保障工作的通知"),
        ("附件3：石门镇森林防火隐患排查工作方案", "石门镇森林防火隐患排查工作方案"),
        # A column's label before a bar; a department's label before 关于.
        ("通知｜关于开展秋冬季森林防火隐患排查的通知", "关于开展秋冬季森林防火隐患排查的通知"),
        ("办公室：关于调整车辆派遣流程的通知", "关于调整车辆派遣流程的通知"),
        # A collection's volume and piece numbers.
        ("卷二 第8篇 在老干部座谈会上的发言", "在老干部座谈会上的发言"),
        # Labels at the end: 【】, a source or collection bracket, decoration words after a
        # genre word, a download page's page count, a transcript label.
        ("村级财务管理情况的调研报告【网友投稿】", "村级财务管理情况的调研报告"),
        ("社区网格化治理工作总结（青禾文集·卷四）", "社区网格化治理工作总结"),
        ("以“绣花功夫”抓城市管理（2026事业编A类参考）", "以“绣花功夫”抓城市管理"),
        ("新入职教师岗前培训心得体会模板", "新入职教师岗前培训心得体会"),
        ("参加党性教育专题培训班学习心得3页", "参加党性教育专题培训班学习心得"),
        ("访谈：老旧小区加装电梯难在哪（文字实录）", "访谈：老旧小区加装电梯难在哪"),
        ("关于请求拨付防汛物资经费的请示（范本）", "关于请求拨付防汛物资经费的请示"),
    ],
)
def test_labels_and_site_names_go_by_their_class(raw, expected):
    assert clean_title(raw) == expected


@pytest.mark.parametrize(
    "title",
    [
        "关于转发省厅《农村公路养护办法》的通知",  # 转发 without a colon: a 公文 title
        "青山县人民政府关于做好秋冬季森林防火工作的通知",  # issuer glued to 关于
        "2026-2028年石门镇乡村振兴规划",  # a range
        "守初心 担使命——在庆祝建党105周年大会上的讲话",  # a subtitle after ——
        "新时代文明实践站管理办法（修订版）",
        "关于征求《物业管理条例（征求意见稿）》意见的函",
        "【通知】",  # too short to lose its brackets
    ],
)
def test_real_titles_stay_whole(title):
    assert clean_title(title) == title


# --- the page's own headline ------------------------------------------------------------------


def _page(title_line: str, *, top=(), between=()) -> str:
    return "\n".join(["青禾政务网", "首页 > 通知公告", *top, title_line, *between, *BODY])


@pytest.mark.parametrize(
    ("record_title", "headline"),
    [
        # A site's name the title field added, in words no rule knows (no genre word before it).
        ("石门镇开展森林防火隐患大排查-石门镇人民政府", "石门镇开展森林防火隐患大排查"),
        # A section label before it.
        ("政务动态 石门镇开展森林防火隐患大排查", "石门镇开展森林防火隐患大排查"),
        # The page keeps the quotes the <title> lost.
        ("石门镇开展森林防火隐患排查百日行动", "石门镇开展森林防火隐患排查“百日行动”"),
        # A file name that left the issuer out.
        ("森林防火隐患排查工作方案", "石门镇森林防火隐患排查工作方案"),
    ],
)
def test_the_page_headline_replaces_a_decorated_or_shortened_title(record_title, headline):
    cleaned = clean_document(_page(headline), record_title)
    assert cleaned.title == headline
    assert headline not in cleaned.paragraphs  # the repeat is still taken off the body
    assert cleaned.paragraphs[0] == BODY[0]


def test_two_line_titles_and_glued_issuers_are_not_cut():
    # The page prints the title over two lines: the record's whole title stands.
    whole = "石门镇人民政府关于开展森林防火隐患大排查的通知"
    cleaned = clean_document(_page("关于开展森林防火隐患大排查的通知", top=["石门镇人民政府"]), whole)
    assert cleaned.title in ("", whole)
    # An issuer glued to 关于 is part of the title, not a label.
    cleaned = clean_document(_page("关于开展森林防火隐患大排查的通知"), whole)
    assert cleaned.title in ("", whole)
    # A subtitle the page prints on its own line is no decoration.
    main, sub = "守护绿水青山", "——在全镇森林防火工作会议上的讲话"
    cleaned = clean_document(_page(main, between=[sub]), main + sub)
    assert cleaned.title in ("", main + sub)


def test_a_question_asking_for_an_example_gives_way_to_the_answers_headline():
    text = "\n".join(
        [
            "百问百答 - 有问必答",
            "森林防火隐患排查的通知有没有范文参考？",
            "提问者：匿名　　2个回答　　3405浏览",
            "最佳答案",
            "青禾写作　｜　答主　　2026-11-04",
            "关于开展森林防火隐患大排查的通知",
            *BODY,
        ]
    )
    record = {"id": "qa-1", "text": text}
    doc = parse_jsonl_record(json.dumps(record, ensure_ascii=False).encode())
    assert doc.title == "关于开展森林防火隐患大排查的通知"
    assert not any("怎么写" in p for p in doc.paragraphs)
    assert doc.paragraphs[0] == BODY[0]


def test_an_html_records_title_is_reconciled_with_the_page():
    body = "".join(f"<p>{p}</p>" for p in BODY)
    page = (
        "<html><head><title>石门镇开展森林防火隐患大排查-政务动态-石门镇人民政府</title></head><body>"
        "<div class=nav>首页 | 政务动态</div><h1>石门镇开展森林防火隐患大排查</h1>"
        f"<article>{body}</article></body></html>"
    )
    doc = parse_html(page.encode(), title="石门镇开展森林防火隐患大排查-政务动态-石门镇人民政府")
    assert doc.title == "石门镇开展森林防火隐患大排查"
    assert BODY[1] in doc.paragraphs


def test_a_title_glued_to_a_report_that_opens_with_a_month():
    line = "赴邻县学习考察美丽乡村建设心得体会10月中旬，我随镇考察组赴邻县学习考察了5个村。" + "所见所闻很受启发。" * 3
    assert titles.title_at_head(line) == "赴邻县学习考察美丽乡村建设心得体会"


# --- dates written in the page ----------------------------------------------------------------

_BODY_TEXT = "\n".join(BODY[:4])


@pytest.mark.parametrize(
    ("top", "expected"),
    [
        # A byline row whose date is a cell between spaces, with a counter or a page number.
        (["青禾杂记　2026年03月08日　阅读 512"], "2026-03-08"),
        (["石门日报　2026年11月05日　第A03版：要闻"], "2026-11-05"),
        # A feed's RFC 822 date on a publish line.
        (["发布于：Thu, 05 Nov 2026 08:30:00 +0800"], "2026-11-05"),
        # A subtitle that ends with the day of the speech.
        (["——在全镇森林防火工作会议上（2026年11月2日）"], "2026-11-02"),
        # A conversion or contribution time is no publish date.
        (["文件转换时间：2026-07-05 10:21:33"], None),
        (["文档贡献者：小石　　贡献于2026-07-03"], None),
    ],
)
def test_dates_from_bylines_subtitles_and_feeds(top, expected):
    text = "\n".join(["关于开展森林防火隐患大排查的通知", *top, _BODY_TEXT])
    cleaned = clean_document(text, "关于开展森林防火隐患大排查的通知")
    assert (cleaned.published_on.isoformat() if cleaned.published_on else None) == expected


def test_a_time_the_document_talks_about_is_not_its_date():
    text = "\n".join(
        [
            "关于开展森林防火知识竞赛的通知",
            "各村（社区）：",
            "一、报名时间：2026年3月10日至3月20日。",
            "二、竞赛时间：2026年3月28日上午9时。",
            "石门镇人民政府",
            "2026年3月2日",
        ]
    )
    assert clean_document(text, "关于开展森林防火知识竞赛的通知").published_on.isoformat() == "2026-03-02"
    page = f"<html><body><h1>关于开展森林防火知识竞赛的通知</h1><p>{'</p><p>'.join(text.splitlines()[1:])}</p></body></html>"
    assert parse_html(page.encode()).published_on.isoformat() == "2026-03-02"


def test_the_issue_date_of_the_colophon_dates_a_document_without_a_signature_date():
    text = "\n".join(["石门镇森林防火工作会议纪要", *BODY[:4], "抄送：县林业局。", "石门镇党政办公室　2026年11月6日印发"])
    assert clean_document(text, "石门镇森林防火工作会议纪要").published_on.isoformat() == "2026-11-06"


def test_a_speech_title_block_is_not_glued_to_the_salutation():
    text = "\n\n".join(
        [
            "在全镇森林防火工作会议上的讲话\n（2026年11月2日）\n镇长　石立新",
            "同志们：",
            "今天召开全镇森林防火工作会议，主要任务是部署今冬明春森林防火工作。",
            "入冬以来，全镇降水偏少，林区可燃物载量大，防火形势严峻。",
        ]
    )
    cleaned = clean_document(text, "在全镇森林防火工作会议上的讲话")
    assert cleaned.published_on.isoformat() == "2026-11-02"
    assert "同志们：" in cleaned.paragraphs
    assert not any(p.startswith("（2026年11月2日）") and len(p) > 12 for p in cleaned.paragraphs)


# --- chrome by its form: credits, captions, counters, mail headers, copyright, profiles --------


@pytest.mark.parametrize(
    "line",
    [
        "（记者 石晓岚 通讯员 林一舟）",
        "文字：记者 郝青禾",
        "本台记者　程远",
        "（文：党委办公室　图：后勤处　审核：龚立）",
        "通讯员 石小禾 摄",
        "图为志愿者在林区开展防火宣传",
        "[图片]",
        "3.6万人看过",
        "85 人觉得有用",
        "发件人：石门镇党政办 <dzb@shimen.example.cn>",
        "收件人：各村（社区）文书",
        "------ 原始邮件 ------",
        "发自我的华为手机",
        "石门镇人民政府版权所有　技术支持：青禾网络",
        "作者简介：石门，乡镇干部，爱好写作。",
        "青禾　基层治理观察者　+ 关注",
        "首页 >> 政务动态",
    ],
)
def test_form_classes_go_between_paragraphs(line):
    text = "\n".join([BODY[0], BODY[1], line, BODY[2], BODY[3], *BODY[4:]])
    kept = clean_document(text, "关于开展森林防火隐患大排查的通知").paragraphs
    assert line not in kept
    assert kept[:4] == BODY[:4]


@pytest.mark.parametrize(
    "line",
    [
        "抄送：县林业局，县应急管理局。",
        "联系人：石立新　联系电话：0731-5551234",
        "记者在现场看到，护林员正在清理可燃物。",
        "文明城市创建要久久为功。",
        "图书馆、文化站要同步开展防火宣传。",
        "编辑部全体同志要认真学习。",
        "文　件",
        "附件：森林防火责任人名单",
    ],
)
def test_document_lines_like_those_classes_stay(line):
    text = "\n".join([BODY[0], BODY[1], line, BODY[2], BODY[3], *BODY[4:]])
    assert line in clean_document(text, "关于开展森林防火隐患大排查的通知").paragraphs


@pytest.mark.parametrize(
    "footer",
    [
        ["以上资料来自网友分享，青禾文档不对其准确性负责。"],
        ["（本文由青禾范文网收集整理，转载请注明出处）"],
        ["本邮件含有保密信息，如非指定收件人请立即删除。"],
        ["温馨提示：本站范文仅供参考，请勿照搬照抄。"],
        ["提问者：石门文书　　2个回答", "被采纳的回答"],
    ],
)
def test_page_notices_after_the_signature_go(footer):
    out = clean_document("\n".join(["关于开展森林防火隐患大排查的通知", *BODY, *footer]), "关于开展森林防火隐患大排查的通知")
    assert out.paragraphs == BODY


def test_a_documents_own_advice_and_closing_rules_stay():
    own = [
        "温馨提示：如出现发热、咳嗽等症状，请及时到村卫生室就诊。",
        "本办法由镇应急办负责解释。",
        "本文件自印发之日起施行，此前规定与本文件不一致的，不得继续执行。",
    ]
    for line in own:
        out = clean_document("\n".join(["石门镇森林防火管理办法", *BODY[:4], line]), "石门镇森林防火管理办法")
        assert out.paragraphs[-1] == line


def test_the_signature_ends_the_body_whatever_chrome_is_below():
    # A wrapped line above the signature that reads like a notice (上传 … 不予受理) is the
    # document's: nothing above the issuer and its date goes.
    body = [
        BODY[0],
        BODY[1],
        "报价文件须加盖公章，逾期上传的不予受理。",
        "二、联系人：石立新　电话：0731-5551234",
        "附件：采购清单",
    ]
    text = "\n".join(["石门镇劳保用品采购询价公告", *body, "石门镇人民政府", "2026年7月15日", "我要报价", "平台提示：供应商应自行核实公告内容，本平台不对其负责。", "湘ICP备12345678号-1"])
    out = clean_document(text, "石门镇劳保用品采购询价公告")
    assert out.paragraphs == [*body, "石门镇人民政府", "2026年7月15日"]


def test_a_minutes_own_fields_open_its_text():
    fields = ["时间：2026年11月4日下午", "地点：镇政府二楼会议室", "主持人：石立新（镇长）"]
    text = "\n".join(["石门镇森林防火专题会议纪要", "首页 > 政务公开 > 会议纪要", *fields, *BODY[1:4]])
    out = clean_document(text, "石门镇森林防火专题会议纪要")
    assert out.paragraphs[:3] == fields
    # A page's byline (时间 beside 来源) is still the page's.
    text = "\n".join(["石门镇森林防火专题会议纪要", "时间：2026-11-05 10:20　来源：党政办", *BODY[1:4]])
    assert clean_document(text, "石门镇森林防火专题会议纪要").paragraphs == BODY[1:4]


def test_a_preview_marker_with_its_page_total_is_cut_out_of_a_sentence():
    text = "\n".join([BODY[0], "一、排查时间为11月5日至11月30日，由各村组织护林员逐山", "p2/6", "头、逐地块开展排查。", BODY[3]])
    out = clean_document(text, "关于开展森林防火隐患大排查的通知")
    assert BODY[2] in out.paragraphs


def test_a_running_head_between_the_halves_of_a_sentence_goes():
    head = "石门镇人民政府公报"
    text = "\n".join(
        [
            "石门镇2026年政府工作报告",
            "各位代表：",
            "过去一年，全镇地区生产总值增长6%，一般公共预算收入增长4%，",
            f"{head}　·3·",
            "城乡居民人均可支配收入分别增长5%和7%。",
            "我们坚持项目为王，全年实施重点项目42个；",
            f"{head}　·4·",
            "新增规模以上工业企业3家。",
        ]
    )
    out = clean_document(text, "石门镇2026年政府工作报告")
    assert "过去一年，全镇地区生产总值增长6%，一般公共预算收入增长4%，城乡居民人均可支配收入分别增长5%和7%。" in out.paragraphs
    assert not any(head in p for p in out.paragraphs)


@pytest.mark.parametrize("marker", ["< 2 / 5 >", "— P2 —", "— 第2/5页 —", "〖2〗", "（共5页 第2页）", "http://www.shimen.example.cn/tzgg/2026/t1105.html　2/5"])
def test_more_forms_of_page_markers_go(marker):
    text = "\n".join([BODY[0], BODY[1], marker, BODY[2], BODY[3]])
    out = clean_document(text, "关于开展森林防火隐患大排查的通知")
    assert out.paragraphs == BODY[:4]


@pytest.mark.parametrize(
    "line",
    ["相关阅读：石门镇召开森林防火推进会", "推荐阅读：森林防火工作总结（8篇）", "原文链接：青禾林业2026年11月5日推送", "签名档：山高水长，步履不停", "【限时福利】点击领取防火宣传资料包", "【点此下载报名表】"],
)
def test_related_links_with_their_label_and_bracketed_promotions_go(line):
    out = clean_document("\n".join(["关于开展森林防火隐患大排查的通知", *BODY, line]), "关于开展森林防火隐患大排查的通知")
    assert out.paragraphs == BODY


def test_a_bracketed_label_before_an_addressee_keeps_the_addressee():
    text = "\n".join(["关于开展森林防火隐患大排查的通知", "【每日一题】答题赢积分　　各村（社区），镇直各单位：", *BODY[1:]])
    out = clean_document(text, "关于开展森林防火隐患大排查的通知")
    assert any("各村（社区），镇直各单位：" in p for p in out.paragraphs)


def test_a_column_label_before_a_news_headline_stays():
    headline = "【奋进新征程】石门镇筑牢森林防火安全屏障"
    out = clean_document("\n".join([*BODY[1:4], headline]), None)
    assert headline in out.paragraphs
