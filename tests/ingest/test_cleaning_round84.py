"""Import, eighty-fourth round (issue 13, on holdout259-261's failures, read after their blind score):
page numbers between two different frame symbols and as "页 N 之 M"; chrome by class: disclaimers
that the page gives no advice, a service's call to book it, prompts to follow for updates and to
tip as sentences of the text (first, between two, last), answerers' badges by topic, prompts to
message the site's staff, downloads priced in points, "预览至此", font-size labels of new words, a
health page's "仅作…宣教" note; a star prompt's own full stop before the text; a mail's 抄送 among
its header; a lead's date kept whole when the chrome before it is cut; titles: the site's home in
the breadcrumb is no title, a headline's first half glued to the lead, a file's kind in brackets
after the headline the document prints, an asker's plea for a way; what stays.

Every input is written for this test (places, people, sites and numbers invented); none is
taken from bench/clean_eval or the issue.
"""

from __future__ import annotations

import json

import pytest

from haowen.ingest.clean import clean_document
from haowen.ingest.cleaning import chrome
from haowen.ingest.cleaning.glued import strip_glued_actions, strip_leading_chrome
from haowen.ingest.parsers.base import clean_title, file_name_headline
from haowen.ingest.parsers.html import parse_html
from haowen.ingest.parsers.jsonl import parse_jsonl_record
from haowen.library.services import analyse_draft

NOTICE = [
    "各位居民：",
    "本周六上午小区将停水检修，请提前储水。",
    "检修结束后管道可能有少量锈水，放水两分钟即可。",
]


def _body(lines: list[str], title: str | None = None) -> list[str]:
    return clean_document("\n".join(lines), title).paragraphs


# --- page numbers ---------------------------------------------------------------------------------


@pytest.mark.parametrize(("left", "right"), [("⟬", "⟭"), ("⦅", "⦆"), ("⸨", "⸩")])
def test_a_page_number_between_two_different_frames_is_cut_and_the_sentence_joined(left, right):
    lines = [
        "一、上周我们到竹编合作社参观，师傅说一根竹子要先破成",
        f"{left}2/3{right} 篾片，再一层层刮薄，才能编出结实的箩筐。",
        "二、回来以后，我们把看到的工序整理成了劳动课的教案。",
    ]
    body = _body(lines)
    assert body[0] == "一、上周我们到竹编合作社参观，师傅说一根竹子要先破成篾片，再一层层刮薄，才能编出结实的箩筐。"
    assert not any("2/3" in p for p in body)


def test_a_fraction_in_quotes_opening_a_line_is_the_texts():
    lines = ["各位同事：", "今年的分配办法如下。", "“1/3”原则是指绩效部分不超过总额的三分之一。"]
    assert "“1/3”原则是指绩效部分不超过总额的三分之一。" in _body(lines)


@pytest.mark.parametrize("marker", ["◈ 页 2 之 3 ◈", "页3之5", "〔页 1 之 2〕"])
def test_a_page_of_a_total_after_zhi_is_a_page_marker(marker):
    body = _body(["值班制度", "一、值班人员应提前十分钟到岗。", marker, "二、交班时应当面点清钥匙和登记本。"])
    assert not any(marker in p for p in body)
    assert "二、交班时应当面点清钥匙和登记本。" in body


# --- chrome by class ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "样本不构成任何投资建议，请结合自身情况判断",
        "合同起草请预约鸣远律师 0731-5566123",
        "上门除螨服务，预约请拨 0735-8812345",
        "关注阿楠，每周更新老物件故事。",
        "觉得读着有意思，可以请阿楠喝杯茶。",
        "茶艺 话题下的优秀答主　茶山老周",
        "找原稿请私信站长",
        "下载本篇 ▸ 书豆 2 枚",
        "试读至此，开通会员看余下内容",
        "【字号调节：较大 标准 较小】",
    ],
)
def test_these_classes_are_chrome_wherever_they_stand(line):
    assert chrome.strong_reason(line) is not None
    body = _body(NOTICE[:2] + [line] + NOTICE[2:])
    assert line not in body


def test_a_health_pages_note_that_it_only_educates_goes_after_the_text():
    lines = [
        "久坐竹椅腰背痛？医生教你几招",
        "不少老人喜欢整天坐在竹椅上，时间长了腰背就酸痛。",
        "每坐四十分钟起身活动五分钟，腰后垫一个小靠枕。",
        "本文内容仅作健康宣教，具体用药请遵医嘱。",
    ]
    body = _body(lines, "久坐竹椅腰背痛？医生教你几招")
    assert body[-1] == "每坐四十分钟起身活动五分钟，腰后垫一个小靠枕。"


@pytest.mark.parametrize(
    "line",
    [
        "我请老王喝杯茶，顺便问问竹编的行情。",  # a narrative's own tea
        "最近好几位朋友私信问我怎么挑竹篮，我在这里统一说说。",  # a poster's messages, no staff named
        "经鉴定，该行为不构成工伤。",  # a finding of the text, no advice disclaimed
        "参观实行预约制，市民可通过电话预约。",  # a notice's own rule, a sentence
        "下载了3个文件后，电脑就变慢了。",  # a sentence about downloading
        "关注群众的急难愁盼问题，持续推进民生实事。",  # a work report's "关注"
    ],
)
def test_a_documents_own_sentences_on_these_subjects_stay(line):
    assert chrome.strong_reason(line) is None
    assert line in _body(NOTICE[:2] + [line] + NOTICE[2:])


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        # last sentence of its line
        ("我每次回老家，都要去看看那口水缸。觉得写得还行，可以请阿楠喝杯茶。", "我每次回老家，都要去看看那口水缸。"),
        # first sentence of its line
        ("关注老纪，每周更新手艺故事。师傅说，篾要刮得薄才不扎手。", "师傅说，篾要刮得薄才不扎手。"),
        # between two sentences
        (
            "箩筐编好要晾三天。关注老纪，每天推送竹编小知识。晾干以后再上一遍桐油。",
            "箩筐编好要晾三天。晾干以后再上一遍桐油。",
        ),
    ],
)
def test_a_prompt_written_as_a_sentence_goes_and_the_other_sentences_stay(line, kept):
    assert strip_glued_actions(line) == kept


def test_a_star_prompt_with_its_own_full_stop_goes_before_the_first_sentence():
    line = "点击上方蓝字，把柘溪旧事设为星标。外公的竹篮挂在灶屋的梁上，一挂就是三十年。"
    assert strip_glued_actions(line) == "外公的竹篮挂在灶屋的梁上，一挂就是三十年。"


def test_the_chrome_before_a_leads_date_goes_and_the_date_stays_whole():
    line = "打开柘溪融媒，看更多身边事。11月18日，柘溪县首届竹编技艺展在县文化馆开幕，展出作品三百余件。"
    rest, cut = strip_leading_chrome(line)
    assert rest.startswith("11月18日，")
    assert cut == "打开柘溪融媒，看更多身边事。"


def test_a_mails_copy_field_among_its_header_goes_and_the_documents_own_stays():
    lines = [
        "发件人：办公室 <office@example.com>",
        "发送时间：2025年9月2日 10:15",
        "主题：关于更换会议室投影仪的通知",
        "抄送：财务科；后勤科",
        "各科室：",
        "三楼会议室投影仪已老化，定于9月5日更换，当天会议请改在二楼。",
        "办公室",
        "2025年9月2日",
        "抄送：分管领导。",
    ]
    body = _body(lines)
    assert body[0] == "各科室："
    assert "抄送：分管领导。" in body
    assert not any("财务科" in p for p in body)


# --- titles ---------------------------------------------------------------------------------------


def test_the_sites_home_in_the_breadcrumb_is_no_title():
    page = """<html><head><meta charset="utf-8"><title>柘溪邻里圈</title></head><body>
<div class="top">柘溪 今天 晴 10～18℃</div>
<div class="crumb">柘溪邻里圈 › 生活求助</div>
<h2>求助：楼下竹篮摊占道谁来管</h2>
<div class="by">楼主 西街老贺　发表于 昨天 21:40</div>
<div class="post"><p>我们楼下每天早上都有人摆竹篮摊，把人行道占了一大半，推婴儿车根本过不去。</p>
<p>打过一次电话，来人说了说就走了，第二天照样摆。大家知道该找哪个部门吗？</p></div>
<div class="reply">回帖　引用此楼　举报此帖</div>
</body></html>"""
    doc = parse_html(page.encode("utf-8"))
    assert analyse_draft(doc).title == "求助：楼下竹篮摊占道谁来管"


def test_a_headlines_first_half_glued_to_the_lead_is_cut_off_it():
    text = "\n".join(
        [
            "柘溪竹业推出轻便竹编菜篮 重量减轻四成",
            "柘溪竹业推出轻便竹编菜篮11月3日，柘溪竹业在县城发布新款竹编菜篮，面向城市家庭。",
            "新菜篮改用薄篾双层编法，重量比老款减轻四成，承重不变。",
        ]
    )
    cleaned = clean_document(text, "柘溪竹业推出轻便竹编菜篮 重量减轻四成")
    assert cleaned.paragraphs[0].startswith("11月3日，柘溪竹业在县城发布")


def test_a_files_kind_in_brackets_gives_way_to_the_headline_the_document_prints():
    record = {
        "title": "竹编箩筐采购合同（范本）.doc",
        "text": "\n".join(
            [
                "某某文档 > 合同 > 采购合同",
                "竹编箩筐采购合同（范本）.doc",
                "上传时间：3 天前　页数：2",
                "竹编箩筐采购合同",
                "甲方（采购方）：××农产品公司",
                "乙方（供货方）：××竹编社",
                "第一条　乙方向甲方供应竹编箩筐＿＿只，单价＿＿元。",
                "第二条　货款在验收合格后十日内付清。",
            ]
        ),
    }
    doc = parse_jsonl_record(json.dumps(record, ensure_ascii=False).encode())
    assert analyse_draft(doc).title == "竹编箩筐采购合同"


def test_a_stage_in_brackets_after_the_headline_stays_the_documents():
    # (GB/T 9704-2012 §7.3.3: a stage of the text is part of its title; a file's name keeps it.)
    title = file_name_headline("竹编产业扶持办法（征求意见稿）.doc", "竹编产业扶持办法（征求意见稿）", lambda: "竹编产业扶持办法")
    assert title == "竹编产业扶持办法（征求意见稿）"
    assert file_name_headline("竹编产业扶持办法（模板）.doc", "竹编产业扶持办法（模板）", lambda: "竹编产业扶持办法") == "竹编产业扶持办法"


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        ("竹椅生虫了怎么办？求靠谱方法", "竹椅生虫了怎么办？"),
        ("竹席发霉怎么清洗？求省事的妙招", "竹席发霉怎么清洗？"),
    ],
)
def test_an_askers_plea_for_a_way_leaves_the_question(raw, title):
    assert clean_title(raw) == title
