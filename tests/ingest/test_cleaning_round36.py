"""Import, thirty-sixth round (issue 13, on holdout118-120's failures, read after their blind
score): a notice's own booking or advice line with a qualifier before its key, a lesson plan's
bracketed section label, a dead-link report, a join promotion, a bookmark prompt, a health page's
note that it replaces no visit, an approval flow, a job advertisement, a call to follow an account
by name, an intranet's watermark, a slogan between dashes, a customers' rating with stars, a
related popular-science list, a template's user counter glued before the text, a print view's
label before a title and a teacher's genres.

Every input is written for this test (places, people, sites and numbers invented); none is
taken from bench/clean_eval or the issue.
"""

from __future__ import annotations

import pytest

from haowen.ingest.clean import clean_document
from haowen.ingest.cleaning import chrome
from haowen.ingest.cleaning.glued import strip_glued_actions
from haowen.ingest.parsers.base import clean_title


def test_a_notices_own_booking_line_ends_it():
    text = "\n".join([
        "关于开展室内空气检测的通知",
        "各住户：",
        "为保障居民健康，我局将免费为辖区住户开展室内空气检测。",
        "检测结果将在15个工作日内以短信方式告知。",
        "政策咨询电话：0832-3310268（县生态环境局监测站）",
        "网站地图　｜　联系我们",
    ])
    paragraphs = clean_document(text, title="关于开展室内空气检测的通知").paragraphs
    assert paragraphs[-1] == "政策咨询电话：0832-3310268（县生态环境局监测站）"


@pytest.mark.parametrize("label", ["【教学目标】", "【教学过程】", "【工作措施】"])
def test_a_bracketed_section_label_is_no_promotion(label):
    assert chrome.edge_reason(label) is None


@pytest.mark.parametrize(
    "line",
    [
        "如下载地址失效请点此报错",
        "加入商会享受展位优惠，点此在线申请",
        "喜欢本文请收藏本站，写材料更方便",
        "科普文章不能替代面诊，如有不适请及时就医。",
        "审批流：办公室起草 → 分管领导审核 → 主要领导签批",
        "诚聘编辑、运营，欢迎投递简历",
        "关注“青禾文化”，第一时间了解活动动态",
        "内部资料　青禾科技　周明 0721",
        "——　青禾书香　——",
        "学员评价 ★★★★★ “老师讲得很细，一周就上手了。”——学员 小王",
        "相关科普：游泳后耳朵进水怎么办？",
    ],
)
def test_these_classes_are_chrome(line):
    assert chrome.strong_reason(line) is not None


@pytest.mark.parametrize("line", ["本办法自发布之日起施行。", "—— 在全县秋收工作会议上的讲话 ——", "招聘岗位：文秘一名。"])
def test_document_lines_like_them_stay(line):
    assert chrome.strong_reason(line) is None


def test_a_templates_user_counter_glued_before_the_text_goes():
    line = "2.3w人已使用该模板2024年，我院戒烟门诊全年接诊吸烟者300人次。"
    assert strip_glued_actions(line) == "2024年，我院戒烟门诊全年接诊吸烟者300人次。"


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        ("打印预览：青禾市城市道路井盖管理办法（试行）", "青禾市城市道路井盖管理办法（试行）"),
        ("小学三年级语文《秋天的雨》教案 免费下载", "小学三年级语文《秋天的雨》教案"),
    ],
)
def test_a_print_views_label_and_a_download_word_leave_the_title(raw, title):
    assert clean_title(raw) == title
