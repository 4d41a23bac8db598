"""Import, seventy-ninth round (issue 13, on holdout244-246's failures, read after their blind
score): titles lose a column or a site set apart by any lone sign of the arrow, mathematical,
geometric or supplemental punctuation blocks, a "first posted" and a "polished" aside, and a column's
name before a bar; a thread's labelled subject over its starter's row is the title; an entry's
headword and its gloss on two lines are the title again; chrome by class: dated bylines, rows of
arrowed links, medals after a name, counts of more answers, member prompts, card upsells, tip
prompts, users' upload notes, word counts, relative stamps, scene captions, a collection's place
and volume lines, a headline after a place's name at the end, a reader's answer over another one,
an app's "better reading" prompt and a prompt's closing particle glued before the text; what
stays: a desk's consultation line given as a sentence.

Every input is written for this test (places, people, sites and numbers invented); none is
taken from bench/clean_eval or the issue.
"""

from __future__ import annotations

import pytest

from haowen.ingest.clean import clean_document
from haowen.ingest.cleaning import chrome
from haowen.ingest.parsers.base import clean_title

LETTER = ["各位家长：", "本学期家长会定于本周六上午九点召开，请准时到各班教室参加。"]


def _doc(lines: list[str], title: str | None = None):
    return clean_document("\n".join(lines), title)


def _body(lines: list[str], title: str | None = None) -> list[str]:
    return _doc(lines, title).paragraphs


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        ("政务动态 ⟩ 关于开展春季植树活动的通知", "关于开展春季植树活动的通知"),
        ("工作交流 ⦂ 街道2025年上半年工作总结", "街道2025年上半年工作总结"),
        ("成长手记 ⟫ 第一次当班长的心得体会", "第一次当班长的心得体会"),
        ("招标公告 ▎某某镇卫生院医疗设备采购项目招标公告", "某某镇卫生院医疗设备采购项目招标公告"),
        ("租房押金不退怎么办？⋄ 法律咨询 ⋄ 某某问答", "租房押金不退怎么办？"),
        ("剪纸的由来 ⊹ 某某百科", "剪纸的由来"),
        ("判例小课堂 ∷ 一张欠条引发的邻里纠纷", "一张欠条引发的邻里纠纷"),
        ("参加消防安全培训的心得体会（修订润色版）", "参加消防安全培训的心得体会"),
        ("别让“打卡”变了味（首发本站）", "别让“打卡”变了味"),
    ],
)
def test_page_decoration_leaves_the_title(raw, title):
    assert clean_title(raw) == title


@pytest.mark.parametrize(
    "raw",
    [
        "2025 ★ 年度优秀班主任评选方案",  # a star is read apart (★ stays a word: 三★)
        "温度≥35℃时户外作业的安全规定",  # a sign inside the title, no space around it
        "温度 ≥ 35℃时户外作业的安全规定",  # a comparison's sign, spaced
        "混凝土配合比 1 ∶ 2 ∶ 4 的试验报告",  # a ratio's sign, spaced
    ],
)
def test_signs_of_a_titles_own_figures_stay(raw):
    assert clean_title(raw) == raw


@pytest.mark.parametrize(
    "line",
    [
        "日期：2024-11-02　作者：校办　点击：215",
        "预约挂号 ▸　检查报告 ▸",
        "➜ 在线报名　➜ 成绩查询",
        "老街坊阿琪　勋章：论坛元老",
        "另有 4 位网友作答",
        "会员可下载本文配套的表格",
        "读完还不够？开通本站季卡，全站范文随意下",
        "写得有用？请小编喝杯奶茶",
        "本表格由某某站网友“青山”上传，本站仅提供存储与展示服务",
        "第九篇　字数：约一千二",
        "更新：5 天前",
        "演练现场，消防员为居民示范使用灭火器",
        "——《河畔旧事》第六篇　阅读 312",
        "卷三　乡村教书的日子",
    ],
)
def test_these_classes_are_chrome_between_paragraphs(line):
    assert chrome.strong_reason(line) is not None, line
    assert _body([LETTER[0], line, LETTER[1]]) == LETTER, line


@pytest.mark.parametrize(
    "line",
    [
        "时间：2025年3月8日上午9:00　地点：村委会二楼会议室",  # a minutes' own fields
        "1. 保护现场，及时拨打报警电话；",  # a step of a procedure
        "会员代表大会每五年召开一次。",  # a rule's sentence on members
        "报名咨询：0731-5562810（工作日8:30—17:00），联系人：周老师。",  # the text's own desk
    ],
)
def test_a_documents_own_lines_on_these_subjects_stay(line):
    assert _body([LETTER[0], line, LETTER[1]]) == [LETTER[0], line, LETTER[1]], line


def test_a_brochures_consultation_line_given_as_a_sentence_stays():
    lines = [
        "某某印务承接各类证书、画册的设计与印刷。",
        "一、交货周期：确认样稿后5至7个工作日。",
        "印刷咨询：0736-2218890（工作日9:00—17:00），业务微信：yinwu_kf。",
        "全国服务热线：400-6600-123",
    ]
    assert _body(lines) == lines[:3]


def test_an_app_prompt_ending_on_better_reading_goes_from_the_lead():
    lead = "国庆前夕，城关镇8所小学的学生把手绘的贺卡送到了消防站。"
    lines = ["打开某某新闻App，阅读体验更佳" + lead, "消防员们把贺卡贴在了值班室的墙上。"]
    assert _body(lines, "小学生手绘贺卡送给消防员") == [lead, lines[1]]


def test_a_star_prompts_closing_particle_goes_with_it():
    doc = _doc(["点击上方蓝字“某某青年”，记得设为星标哦各位团员青年：", "为迎接植树节，团县委向大家发出如下倡议：请每人种下一棵树。"])
    assert doc.paragraphs[0] == "各位团员青年："


def test_a_headline_after_a_places_name_at_the_end_goes():
    lines = [
        "同志们：",
        "今年以来，全县各级党组织认真落实党建引领基层治理各项任务，取得了明显成效。",
        "让我们团结一心，为建设美丽家园作出新的更大贡献！",
        "某某镇：网格员走进千家万户",
        "某某乡老党员坚守护林一线三十年",
    ]
    assert _body(lines) == lines[:3]


def test_a_readers_answer_over_another_readers_answer_goes():
    lines = [
        "旧照片褪色主要是受光照和潮湿影响。",
        "建议先扫描留存电子版，原件放进无酸相册，避光保存。",
        "小满妈妈：我家是放在樟木箱里，十几年了还好。",
        "匿名用户：拿去照相馆翻拍一下就行。",
    ]
    assert _body(lines) == lines[:2]


def test_a_posters_name_over_medals_and_a_relative_stamp_goes():
    lines = [
        "晚风吹过的巷子",
        "勋章：热心居民",
        "发表于 昨天 21:05",
        "我们小区北门的路灯坏了快一个月了，晚上出门黑漆漆的，老人孩子都不敢走。",
        "想问问大家，这种情况应该找物业还是找街道？",
    ]
    assert _body(lines, "小区北门路灯坏了一个月没人修") == lines[3:]


def test_a_threads_labelled_subject_over_its_starters_row_is_the_title():
    lines = [
        "某某手工论坛 - 编织 · 刺绣",
        "某某手工 › 编织天地 › 毛线帽",
        "【编织天地】织了十顶毛线帽，说说收针的几个小技巧",
        "楼主：青柠　｜　前天 20:31　｜　查看 806 回复 12",
        "入冬给家里老人织毛线帽，一口气织了十顶，收针的时候吃了不少亏，写下来给大家参考，",
        "一是针数要算好。起针前先量头围，按密度算出针数，宁多勿少。",
        "二是收针分三次。每圈减六针，分三次收完，帽顶才会圆。",
    ]
    doc = _doc(lines)
    assert doc.title == "织了十顶毛线帽，说说收针的几个小技巧"


def test_an_entrys_headword_and_its_gloss_on_two_lines_are_the_title_again():
    lines = [
        "某某百科 > 文化 > 民俗",
        "剪纸",
        "（民间艺术）",
        "剪纸，是用剪刀或刻刀在纸上剪刻花纹的一种民间艺术，常用于装点门窗和节庆。",
        "剪纸的题材多取自吉祥寓意，如喜鹊登梅、连年有余等。",
    ]
    assert _body(lines, "剪纸（民间艺术）") == lines[3:]


def test_a_collections_volume_and_place_lines_leave_the_pieces_title():
    lines = [
        "河畔旧事 · 一个老船工的笔记",
        "卷一　摆渡的年月",
        "第一次握住船舵",
        "——《河畔旧事》第三篇　　读者 512",
        "1979年春天，老船工把舵交到了我手里，那年我十九岁。",
        "第一趟过河，我的手一直在抖，船头歪歪扭扭地靠了岸。",
    ]
    doc = _doc(lines)
    assert doc.title == "第一次握住船舵"
    assert doc.paragraphs == lines[4:]
