"""Import, thirty-second round (issue 13, on holdout106-108's failures, read after their blind
score): a speech's sentence that opens on 下一个 is no link, a numbered section heading holds
联系 and is no button, prompts to forward the page and to follow an account by name, a
business's offer to call it, a reaction counter, a writing service's delivery time, an
originality label and an arrowed button glued after the last sentence, a related link before a
sentence, a spaced name in credits, a page number in brackets inside the page word, a byline row
with a font-size switch, a reposter's note above what they repost, a forwarder's one-character
signature, a file's name for the record's title, a phrase before a title's colon, an
institution before a double hyphen, a shortened title under the page's full headline, a
headline glued to a news lead's time span, a charter's adoption date, an answer-time label, a
Q&A headline with the site's decoration and an intranet form's keys.

Every input is written for this test (places, people, sites and numbers invented); none is
taken from bench/clean_eval or the issue.
"""

from __future__ import annotations

import json

import pytest

from haowen.ingest.clean import clean_document, is_strong_chrome, page_date
from haowen.ingest.cleaning import chrome, dates
from haowen.ingest.cleaning.glued import strip_glued_actions
from haowen.ingest.cleaning.lines import PAGE_MARKER
from haowen.ingest.cleaning.titles import strip_decoration, title_at_head
from haowen.ingest.parsers.base import clean_title
from haowen.ingest.parsers.jsonl import parse_jsonl_record


def _parse(title, lines):
    record = json.dumps({"id": "t", "title": title, "text": "\n".join(lines)}, ensure_ascii=False).encode()
    return parse_jsonl_record(record, 1)


def test_a_speechs_last_sentence_opening_on_next_is_kept():
    text = "\n".join([
        "在青禾农机厂建厂五十周年大会上的讲话",
        "同志们：",
        "五十年来，青禾农机厂从一个小修配组成长为全省骨干企业。",
        "下一个五十年，希望大家守住品质，勇于创新，让青禾牌农机走得更远。谢谢大家！",
        "全国销售热线 400-118-6606",
    ])
    paragraphs = clean_document(text, title="在青禾农机厂建厂五十周年大会上的讲话").paragraphs
    assert paragraphs[-1].startswith("下一个五十年")


def test_a_link_to_the_next_item_is_still_chrome():
    assert chrome.edge_reason("下一篇：青禾镇召开秋收动员会") is not None


@pytest.mark.parametrize("line", ["4 联系方式", "五、联系方式", "（三）联系方式", "3.2 报名方式"])
def test_a_numbered_section_heading_is_no_button(line):
    assert chrome.edge_reason(line) is None


def test_a_tenders_contact_section_under_its_heading_stays():
    text = "\n".join([
        "青禾县村道提升工程招标公告",
        "1 招标条件",
        "1.1 本工程已批准建设，资金来自财政资金。",
        "2 投标文件递交",
        "2.1 投标文件递交截止时间为2025年7月9日9时30分。",
        "3 联系方式",
        "招标人：青禾县交通运输局　联系人：吴工　电话：0832-5561188",
        "CA办理及驱动问题请拨打：400-880-6000",
    ])
    paragraphs = clean_document(text, title="青禾县村道提升工程招标公告").paragraphs
    assert paragraphs[-2:] == ["3 联系方式", "招标人：青禾县交通运输局　联系人：吴工　电话：0832-5561188"]


@pytest.mark.parametrize(
    "line",
    [
        "觉得有用？转给身边的人看看",
        "转发倡议，共建文明街区",
        "需要定制景区导览牌，欢迎来电洽谈",
        "喜欢钓鱼的朋友可以关注公众号“青禾渔乐”",
        "有 36 人觉得有用",
        "需要原创总结请联系小编，两小时出稿",
    ],
)
def test_page_prompts_are_chrome(line):
    assert chrome.strong_reason(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "各单位于三天内交稿。",
        "如需帮助，请联系社区。",
        "如需咨询，请致电县林业局 0832-5561023。",
        "市民可关注青禾发布公众号了解停水信息。",
        "请将本通知转发至各村。",
    ],
)
def test_document_lines_like_them_stay(line):
    assert chrome.strong_reason(line) is None


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("三、燃气热水器不得安装在浴室内。社区网格员原创", "三、燃气热水器不得安装在浴室内。"),
        ("预约电话：13800001111。我也想报名→点此报名", "预约电话：13800001111。"),
        ("天冷了，不少家庭开始用煤炉。一键转发提醒家人为防止中毒，请注意通风。", "天冷了，不少家庭开始用煤炉。为防止中毒，请注意通风。"),
        ("【推荐】青禾县2025年工作要点2025年，中心将进一步健全联络机制，发挥示范作用。", "2025年，中心将进一步健全联络机制，发挥示范作用。"),
        ("转发倡议，共建文明街区二、绿色环保。使用无烟烧烤炉。", "二、绿色环保。使用无烟烧烤炉。"),
        ("游客应遵守乘坐须知。（编辑：江　雨）", "游客应遵守乘坐须知。"),
    ],
)
def test_pieces_glued_to_a_line_go(line, kept):
    assert strip_glued_actions(line) == kept


def test_a_page_number_in_brackets_inside_the_page_word_is_a_marker():
    assert PAGE_MARKER.match("第〔3〕张") is not None
    assert PAGE_MARKER.match("第〔2025〕3号") is None


def test_a_byline_row_with_a_font_size_switch_is_strong_chrome():
    assert is_strong_chrome("发布：县人社局　　2025-02-10　　【字号 大 中 小】")


def test_a_reposters_note_above_the_document_goes():
    text = "\n".join([
        "青禾论坛 » 民生 » 正文",
        "关于开展秋季灭鼠工作的通告",
        "楼主　东街老王　发表于 2025-9-16 08:12",
        "村口刚贴的，搬过来给大家看看，家里有老人孩子的注意一下",
        "为降低鼠密度，预防鼠传疾病，我镇定于9月20日至30日开展秋季灭鼠工作，现通告如下：",
        "一、投药期间请看管好儿童和家禽家畜。",
    ])
    paragraphs = clean_document(text, title="关于开展秋季灭鼠工作的通告").paragraphs
    assert paragraphs[0].startswith("为降低鼠密度")


def test_a_forwarders_note_signed_with_one_character_goes():
    text = "\n".join([
        "发件人：质量部 <qa@example.cn>",
        "收件人：各车间主任",
        "主题：Fw: 关于执行新版工艺规程的通知",
        "各位主任，协会通知转给大家，请组织学习。—— 周",
        "-------- 原始邮件 --------",
        "各会员企业：",
        "新版工艺规程将于下月起施行，请各企业做好培训工作。",
    ])
    assert clean_document(text, title="关于执行新版工艺规程的通知").paragraphs[0] == "各会员企业："


def test_a_file_names_title_gives_way_to_the_full_headline():
    doc = _parse("青禾合作社扩规方案2025（定稿）.docx", [
        "青禾云盘 · 分享文件",
        "青禾合作社扩规方案2025（定稿）.docx　　41KB",
        "保存到我的云盘　　普通下载",
        "青禾县蜜蜂养殖专业合作社2025年扩大养殖规模实施方案",
        "为发挥合作社带动作用，增加社员收入，制定本方案。",
        "一、现状",
    ])
    assert doc.title == "青禾县蜜蜂养殖专业合作社2025年扩大养殖规模实施方案"
    assert doc.paragraphs[0] == "为发挥合作社带动作用，增加社员收入，制定本方案。"


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        ("做竹编的第十年：2025年工作总结", "做竹编的第十年：2025年工作总结"),
        ("教务处：关于期末考试安排的通知", "关于期末考试安排的通知"),
        ("青禾镇中心小学--“安全上下学”致家长的一封信", "“安全上下学”致家长的一封信"),
    ],
)
def test_a_phrase_before_a_colon_stays_and_an_institution_before_a_double_hyphen_goes(raw, title):
    assert strip_decoration(raw) == title


def test_a_shortened_title_gives_way_to_the_full_headline_holding_it_in_order():
    doc = _parse("2025秋季竹编研修班招生简章", [
        "青禾竹编培训 — 手艺人的学堂",
        "首页 > 招生信息",
        "青禾竹编培训学校2025年秋季竹编研修班招生简章",
        "发布：招生办　2025-07-30",
        "竹编是国家级非物质文化遗产。为传承这一传统技艺，本校开设秋季研修班。",
    ])
    assert doc.title == "青禾竹编培训学校2025年秋季竹编研修班招生简章"


def test_a_headline_glued_to_a_news_leads_time_span_is_cut():
    line = "青禾杨梅进入采摘旺季连日来，青禾县东山村八百余亩杨梅陆续成熟，果农们忙着采摘装箱。"
    assert title_at_head(line) == "青禾杨梅进入采摘旺季"
    assert title_at_head("全县上下连日来，坚守防汛一线，确保群众安全度汛。") == ""  # a subject of six characters


def test_a_charters_adoption_date_dates_it():
    assert dates.document_date([], ["第三十条　本章程由理事会负责解释。", "本章程于2024年11月26日经成员大会通过。"]).isoformat() == "2024-11-26"


def test_an_answer_time_label_dates_a_qa_page():
    assert dates.answer_date("优质回答　　菜园子老刘　　回答时间：2024-12-03").isoformat() == "2024-12-03"


def test_a_decorated_question_headline_does_not_hide_the_posts_date():
    page = "\n".join([
        "青禾公考论坛 登录｜注册",
        "首页 › 面试交流 › 真题解析",
        "[面试真题] 某地将废弃粮仓改造成乡村书屋，有人认为浪费钱，你怎么看？（附参考答案）",
        "答题老周 发表于 2025-3-27 21:40",
        "【参考答案】",
        "我认为，把废弃粮仓改造成乡村书屋，不能简单地说是浪费钱，关键在于改完怎么用。",
    ])
    assert page_date(page).isoformat() == "2025-03-27"


@pytest.mark.parametrize("line", ["发文部门", "紧急程度　急", "发文部门　青禾县水利局"])
def test_an_intranet_forms_keys_are_chrome(line):
    assert chrome.edge_reason(line) is not None


def test_a_column_name_ending_in_a_genre_is_still_no_institution():
    assert clean_title("青禾县林业局--关于森林防火的通告") == "关于森林防火的通告"


def test_a_file_names_title_stays_when_the_page_prints_it_whole_under_a_label():
    doc = _parse("青禾县交通运输局关于征求村道设计方案意见的函.pdf", [
        "青禾文档分享",
        "文件：青禾县交通运输局关于征求村道设计方案意见的函",
        "各乡镇人民政府：",
        "为做好村道提升工程设计工作，现将设计方案送你们征求意见，请于8月20日前反馈。",
        "青禾县交通运输局",
        "2025年8月12日",
    ])
    assert doc.title == "青禾县交通运输局关于征求村道设计方案意见的函"


def test_a_price_after_a_download_button_is_no_outline_number():
    line = "下载文档（¥2.90） 加入文件夹 分享给好友"
    assert not strip_glued_actions(line).startswith("2.90")


def test_the_pages_note_on_which_copy_prevails_is_chrome_at_the_edge():
    assert chrome.edge_reason("提示：公告内容以采购人发布的纸质文件为准。") is not None
    assert chrome.edge_reason("具体时间以通知为准。") is None
