"""Import, thirty-third round (issue 13, on holdout109-111's failures, read after their blind
score): a table under its head row whose rows read as counter rows, a portal's 信息公开 keys, more
calls to meet a law firm, a pinned thread, a prompt to scan a QR code placed on the page, a
course's trial class, a reply glued after the last sentence, a screen-numbered page marker, a
paywall's sentence glued after the last one, a poster asking readers to look the text over, a
readers' counter on a byline row, a Q&A page's question description and asker row, a headline
glued to its lead without its subtitle, and a caption of someone doing something for someone.

Every input is written for this test (places, people, sites and numbers invented); none is
taken from bench/clean_eval or the issue.
"""

from __future__ import annotations

import pytest

from haowen.ingest.clean import _scene_caption, clean_document
from haowen.ingest.cleaning import chrome
from haowen.ingest.cleaning.glued import strip_glued_actions
from haowen.ingest.cleaning.lines import PAGE_MARKER


def test_a_score_table_under_its_head_row_ends_the_notice():
    text = "\n".join([
        "青禾县农技推广站2025年公开招聘笔试成绩公告",
        "时间：2025-11-05 16:30　　浏览：1306",
        "青禾县农技推广站2025年公开招聘笔试已于11月2日结束，现将进入面试人员名单公告如下：",
        "准考证号　岗位　笔试成绩",
        "2025110107　农技员　78.5",
        "2025110219　农技员　76.0",
        "2025110322　检验员　81.5",
        "面试时间另行通知，请考生保持电话畅通。",
        "青禾县人力资源和社会保障局　版权所有",
    ])
    paragraphs = clean_document(text, title="青禾县农技推广站2025年公开招聘笔试成绩公告").paragraphs
    assert paragraphs[-1] == "面试时间另行通知，请考生保持电话畅通。"
    assert "2025110322　检验员　81.5" in paragraphs


@pytest.mark.parametrize(
    "line",
    [
        "有效性",
        "索引号",
        "如需合同审查，可预约本所律师当面咨询",
        "家事纠纷咨询，欢迎致电青禾律所 0832-5527700",
        "【置顶】本版版规（新人必看）",
        "报名咨询请扫右下角二维码",
        "作文一对一批改，9.9元体验课限时抢",
        "社区居委会　2025-09-05　已有 412 位居民阅读",
        "问题描述：孩子手腕扭伤，冷敷还是热敷？（女，10岁）",
        "匿名网友　提问于 5小时前　　所在地：青禾",
        "本回答仅为医生建议，不能作为诊断及医疗的依据。",
        "以上回复不满意？一对一电话咨询请拨 400-887-6000",
    ],
)
def test_these_classes_are_chrome(line):
    assert (chrome.strong_reason(line) or chrome.edge_reason(line)) is not None


@pytest.mark.parametrize(
    "line",
    [
        "床位紧张，现仍有少量床位，欢迎来电咨询。",
        "店里电话不变：13900001111，随时欢迎来电咨询。",
        "如需咨询，请致电县林业局 0832-5561023。",
        "问题：群众反映的路灯不亮问题已转交供电所处理。",
    ],
)
def test_document_lines_like_them_stay(line):
    assert chrome.strong_reason(line) is None


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("希望对新入行的朋友有帮助。回复 东街老王：下雨就搬进棚里，千万别堆着。", "希望对新入行的朋友有帮助。"),
        ("大家务必抓紧抓实。正文剩余约800字，开通年卡即可阅读并下载。", "大家务必抓紧抓实。"),
    ],
)
def test_pieces_glued_after_the_last_sentence_go(line, kept):
    assert strip_glued_actions(line) == kept


def test_a_screen_numbered_page_marker_is_one():
    assert PAGE_MARKER.match("〔屏3〕") is not None


def test_a_posters_request_to_look_the_text_over_goes():
    text = "\n".join([
        "村里让我写的，帮忙看看格式对不对，谢谢各位！",
        "县农业农村局：",
        "我社现有社员86户，种植茶叶1200亩。为提高加工能力，特申请补助资金12万元。",
        "妥否，请批示。",
        "青禾县茶叶专业合作社",
        "2025年5月8日",
    ])
    assert clean_document(text, title="关于申请茶叶加工设备补助的请示").paragraphs[0] == "县农业农村局："


def test_a_qa_page_without_a_record_title_takes_its_question():
    text = "\n".join([
        "青禾健康 · 医生在线解答",
        "问答首页 > 骨科 > 扭伤",
        "手腕扭伤后应该冷敷还是热敷？",
        "问题描述：孩子打球时手腕扭伤，肿了，应该冷敷还是热敷？（女，10岁）",
        "周医生　青禾县中医院　骨伤科　主治医师　　回答于 2025-03-14",
        "扭伤后48小时内应冷敷，每次15到20分钟，可以减轻肿胀和疼痛。",
        "48小时后肿胀不再加重，可以改为热敷，促进血液循环。",
    ])
    result = clean_document(text)
    assert result.title == "手腕扭伤后应该冷敷还是热敷？"
    assert result.paragraphs[0].startswith("扭伤后48小时内")


def test_a_headline_glued_to_its_lead_without_its_subtitle_is_cut():
    title = "一把刻刀，守了四十年——记青禾竹刻代表性传承人周明"
    text = "\n".join([
        "一把刻刀，守了四十年清晨六点，老街上的竹刻作坊已经亮起了灯。71岁的周明戴上眼镜，开始了一天的工作。",
        "他是青禾竹刻代表性传承人，从十五岁跟着师傅学刻竹，到今天已经整整四十年。",
    ])
    assert clean_document(text, title=title).paragraphs[0].startswith("清晨六点")


def test_a_sentence_that_only_opens_with_the_titles_words_stays():
    title = "一把刻刀——记青禾竹刻代表性传承人周明"
    text = "一把刻刀，守了四十年，这是周明常挂在嘴边的话。\n他是青禾竹刻代表性传承人。"
    assert clean_document(text, title=title).paragraphs[0].startswith("一把刻刀，守了")


@pytest.mark.parametrize("line", ["周明为一名前来求艺的年轻人示范", "医生给社区老人测量血压"])
def test_a_caption_of_someone_doing_something_for_someone_is_a_scene(line):
    assert _scene_caption(line)


@pytest.mark.parametrize("line", ["为群众办实事的十项举措", "他为村里修路出了大力"])
def test_headings_and_sentences_like_them_are_no_scene(line):
    assert not _scene_caption(line)


def test_an_office_systems_log_rows_all_skipped_make_no_table():
    text = "\n".join([
        "关于做好汛期行车安全工作的会议纪要",
        "会议要求各分公司要在7月5日前报送隐患排查情况。",
        "抄送：集团领导班子成员。",
        "2025-06-26 16:12　安全技术部 李明　拟稿",
        "2025-06-27 09:03　办公室 王芳　核稿",
        "2025-06-27 10:41　副总经理 赵强　签发",
    ])
    assert clean_document(text, title="关于做好汛期行车安全工作的会议纪要").paragraphs[-1] == "抄送：集团领导班子成员。"
