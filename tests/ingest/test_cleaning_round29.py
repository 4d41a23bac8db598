"""Import, twenty-ninth round (issue 13, on holdout94-96's failures): a grader's comment without
a score, a lawyer's licence line, an editor's credit in brackets, a file host's folder entry, a
prompt to pass the page on, a preview mode's note, an e-registration helpdesk and a collection's
previous / next pieces glued after the last sentence, the round a notice was posted in, a page
letter with a middle dot, and the headline a page prints without a download site's bracket.

Every input is written for this test (places, people, sites and numbers invented); none is
taken from bench/clean_eval or the issue.
"""

from __future__ import annotations

import json

import pytest

from haowen.ingest.clean import clean_document
from haowen.ingest.cleaning import chrome
from haowen.ingest.cleaning.glued import strip_glued_actions
from haowen.ingest.parsers.base import clean_title
from haowen.ingest.parsers.jsonl import parse_jsonl_record


@pytest.mark.parametrize(
    "line",
    [
        "点评：立意准确，结构完整，可以作为乡村振兴类模板。",
        "批改意见（助教）：论证层次清楚，对策部分略显单薄。",
        "撰稿律师：柯蓝　执业证号 13301202210875431",
        "〔本站编辑 阿禾 整理〕",
        "📂 会议材料",
        "转发给身边的家长朋友吧",
        "当前为预览模式，部分图表可能显示不全",
    ],
)
def test_these_classes_are_chrome_wherever_they_stand(line):
    assert chrome.strong_reason(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "专家点评：该村的做法值得推广。",  # a case study's own comment
        "请各位家长转发通知至班级群。",
        "律师执业证书管理办法",
        "当前为汛期，请加强巡查。",
    ],
)
def test_lines_of_a_document_like_them_stay(line):
    assert chrome.strong_reason(line) is None


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("咨询电话：0571-8613502（县人社局）。网上报名技术咨询：0571-8677120", "咨询电话：0571-8613502（县人社局）。"),
        ("每一道工序都要对得起签字的那支笔。◁ 第21篇 给新同事的一封信　　第23篇 老车间的回忆 ▷", "每一道工序都要对得起签字的那支笔。"),
    ],
)
def test_site_rows_glued_after_the_last_sentence_go(line, kept):
    assert strip_glued_actions(line) == kept


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        ("栖霞县河道清淤工程施工招标公告（第二次）", "栖霞县河道清淤工程施工招标公告"),
        ("栖霞社区工作简报（第5期）", "栖霞社区工作简报（第5期）"),  # a bulletin's issue is its own
        ("栖霞祠堂修缮捐款公示（第一批）", "栖霞祠堂修缮捐款公示（第一批）"),  # so is a list's batch
    ],
)
def test_the_round_a_notice_was_posted_in_leaves_the_title(raw, title):
    assert clean_title(raw) == title


def test_a_page_letter_with_a_middle_dot_cutting_a_sentence_goes():
    text = "\n".join(["第三条　参赛证由组委会统一制作，选手可在报名系统", "P·2", "自行打印，比赛当日凭证检录。", "第四条　本规定自发布之日起施行。"])
    assert clean_document(text).paragraphs[0] == "第三条　参赛证由组委会统一制作，选手可在报名系统自行打印，比赛当日凭证检录。"


def test_the_headline_without_a_download_sites_bracket_is_the_title():
    text = "\n".join([
        "资料下载站——文档一站下",
        "首页 » 方案 » 农业",
        "栖霞镇柑橘黄龙病防控工作方案（2024版）免费下载",
        "软件大小：26K　应用平台：Word",
        "栖霞镇柑橘黄龙病防控工作方案",
        "为有效遏制柑橘黄龙病蔓延，保障全镇柑橘产业健康发展，制定本方案。",
        "一、目标任务",
    ])
    line = json.dumps({"id": "t", "title": "栖霞镇柑橘黄龙病防控工作方案（2024版）免费下载", "text": text}, ensure_ascii=False).encode()
    assert parse_jsonl_record(line, 1).title == "栖霞镇柑橘黄龙病防控工作方案"


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("一、报名：请在学校小程序提交申请，班主任确认后统一报送。本文已被浏览2018次", "一、报名：请在学校小程序提交申请，班主任确认后统一报送。"),
        ("浏览次数：188三、报名回执：学院名称、带队老师和人数。", "三、报名回执：学院名称、带队老师和人数。"),
        ("一是亲鱼选育取得进展，选育出生长快、抗病强的亲鱼四百尾。〔本站编辑 阿禾 整理〕", "一是亲鱼选育取得进展，选育出生长快、抗病强的亲鱼四百尾。"),
        ("名额有限，速来抢报！三、考核发证：培训结束后参加技能等级认定，合格者颁发证书。", "三、考核发证：培训结束后参加技能等级认定，合格者颁发证书。"),
    ],
)
def test_counters_credits_and_shouts_glued_to_a_line_go(line, kept):
    assert strip_glued_actions(line) == kept


def test_a_documents_own_exclamation_before_its_heading_stays():
    line = "同志们，加油干！三、下一步工作安排：各村要抓好秋收秋种。"
    assert strip_glued_actions(line) == line


def test_a_collections_arrowed_pieces_and_a_registration_helpdesk_are_chrome():
    assert chrome.strong_reason("◁ 第21篇 给新同事的一封信　　第23篇 老车间的回忆 ▷") is not None
    assert (chrome.edge_reason("网上报名技术咨询：0571-8677120") or "").startswith("contact:")


@pytest.mark.parametrize("line", ["听新闻", "A+ A- 听新闻", "🔊 收听本文"])
def test_a_pages_audio_button_is_chrome(line):
    assert chrome.strong_reason(line) is not None


def test_a_title_glued_to_the_lead_under_an_audio_button_is_cut():
    lead = "本月初，记者从港务集团获悉，今年1月至10月，码头累计完成吞吐量101.6万标箱，同比增长14.2%。"
    text = "\n".join(["栖霞港吞吐量突破百万标箱", "A+ A- 听新闻", "栖霞港吞吐量突破百万标箱" + lead, "今年以来，港务集团新开通外贸航线3条。"])
    assert clean_document(text, title="栖霞港吞吐量突破百万标箱").paragraphs[0] == lead


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("本条目最后修订于 3 天前倡议书是团体或个人为倡导某项活动向社会公众发出的文书。", "倡议书是团体或个人为倡导某项活动向社会公众发出的文书。"),
        ("更新于昨天一、编制目的：为及时处置登革热疫情，制定本预案。", "一、编制目的：为及时处置登革热疫情，制定本预案。"),
        ("【版规】本版只发布便民信息，广告一律删帖各位读者：流动书车6月服务线路安排如下：", "各位读者：流动书车6月服务线路安排如下："),
        ("已通过两款杀毒软件检测，请放心下载为推进乡村旅游发展，制定本方案。", "为推进乡村旅游发展，制定本方案。"),
        ("报名须提交身份证复印件和一寸照片两张。本简章最终解释权归本校所有。", "报名须提交身份证复印件和一寸照片两张。"),
        ("每户至少一人参加烘干技术培训。此链接由 NAS 用户创建，请勿转发给无关人员", "每户至少一人参加烘干技术培训。"),
    ],
)
def test_stamps_and_notices_glued_to_a_line_go(line, kept):
    assert strip_glued_actions(line) == kept


def test_a_dated_document_line_is_no_revision_stamp():
    line = "更新于2025年3月的名单如下：张三、李四。"
    assert strip_glued_actions(line) == line


def test_a_posters_words_before_the_formal_title_leave_it():
    assert clean_title("下周这些地方停电，关于2025年11月计划停电的通知") == "关于2025年11月计划停电的通知"


def test_an_issuer_under_forum_junk_signs_a_pledge():
    text = "\n".join([
        "文明乘车倡议书",
        "广大乘客朋友们：",
        "为营造文明、有序的乘车环境，我们倡议：",
        "一、排队候车，先下后上。",
        "让我们携手共建文明、温暖的出行环境！",
        "53 ! Y4 a; % 95",
        "栖霞市公交集团有限公司",
        "支持 反对 收藏 分享 回复",
    ])
    assert clean_document(text, title="文明乘车倡议书").paragraphs[-1] == "栖霞市公交集团有限公司"


@pytest.mark.parametrize(
    "line",
    [
        "本文仅供公司内部交流，请勿转发至外部群组",
        "栖霞范文网所载文章仅供写作参考，请勿直接用于正式场合。",
        "在 2025-03-02 09:15，栖霞镇园林站 写道：",
        "收藏本倡议",
    ],
)
def test_more_classes_are_chrome(line):
    assert chrome.strong_reason(line) is not None


def test_a_grader_note_in_brackets_glued_after_the_last_sentence_goes():
    line = "城市因树而美，树也因城市的善待而长青。【阅卷老师点评】立意准确，论证层次清楚，结尾可再升华。"
    assert strip_glued_actions(line) == "城市因树而美，树也因城市的善待而长青。"


def test_an_entrys_term_opening_its_definition_is_not_cut_as_the_title():
    text = "\n".join(["景区临时闭园通知", "景区临时闭园通知，是旅游景区因天气、安全等原因暂停开放时发布的告知性文书。", "写作要点：应写明闭园原因和时间。"])
    assert clean_document(text, title="景区临时闭园通知").paragraphs[0].startswith("景区临时闭园通知，是")
