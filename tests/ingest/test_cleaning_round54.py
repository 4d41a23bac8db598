"""Import, fifty-fourth round (issue 13, on holdout172-174's failures, read after their blind
score): a memoir's first line wrapped at its indent, a lesson plan's theme field, a question's
options on one line, a portal's name for a page title, a course pitch with its hotline, a
section's decimal heading that is no title, a record title whose board follows a dash spaced on
one side, a disclaimer of general knowledge, a snapshot's crawl time that is no date, where to sign
up under a course's text, a credited photo caption, a prompt to comment, the site's technical
support line, and the lines under a document's own contacts heading.

Every input is written for this test (places, people, sites and numbers invented); none is
taken from bench/clean_eval or the issue.
"""

from __future__ import annotations

import pytest

from haowen.ingest.clean import clean_document, is_site_name
from haowen.ingest.cleaning import chrome, dates
from haowen.ingest.cleaning.glued import strip_glued_actions
from haowen.ingest.parsers.base import clean_title


@pytest.mark.parametrize(
    "line",
    [
        "零基础包教包会，会计证考前冲刺班火热报名中，咨询热线 0731-5550 1288",
        "志愿者在社区广场为老人测量血压（摄影：樟小溪）",
        "欢迎在下方留言交流",
        "网站技术支持电话：0731-5556021（工作日）",
    ],
)
def test_these_classes_are_chrome_wherever_they_stand(line):
    assert chrome.strong_reason(line) is not None, line


def test_a_disclaimer_of_general_knowledge_goes_under_the_text():
    assert chrome.edge_reason("以上内容为一般性医学知识介绍，具体问题请咨询专业医生。") is not None


@pytest.mark.parametrize(
    "line",
    [
        "A. 1.5 B. 2.0 C. 2.5 D. 3.0",
        "班会主题：节约粮食，从我做起",
        "暑期托管班报名中，欢迎家长咨询。",
        "技术指导：县农技站　电话：0731-5551234",
    ],
)
def test_these_lines_are_no_such_chrome(line):
    assert chrome.strong_reason(line) is None, line
    assert not chrome.is_junk_line(line)


def test_a_memoirs_first_line_wrapped_at_its_indent_is_no_title():
    text = "\n".join([
        "樟溪文集　·　作者：柳岸",
        "字号：大 中 小　｜　夜间模式",
        "老屋门前的门槛",
        "　　小时候我最喜欢坐在老屋的门槛上，看着",
        "院子里的鸡鸭跑来跑去。我一坐就是一下午，",
        "直到奶奶喊我回屋吃饭。",
        "　　后来老屋拆了，门槛却一直留在我的记忆里。",
    ])
    cleaned = clean_document(text)
    assert cleaned.title == "老屋门前的门槛"
    assert cleaned.paragraphs[0].startswith("小时候我最喜欢坐在老屋的门槛上")


def test_a_sections_decimal_heading_is_no_title():
    text = "\n".join([
        "樟溪电工学校　考证｜上岗",
        "课程中心 > 低压电工 > 第五课",
        "第五课 插座的安装与检测",
        "试听 | 报名 | 收藏课程",
        "5.1 安装前的准备",
        "安装插座前必须断开电源，并用验电笔确认无电。",
    ])
    assert clean_document(text).title == "第五课 插座的安装与检测"


def test_a_portals_name_is_no_title_and_a_dash_spaced_on_one_side_sets_off_a_board():
    assert is_site_name("樟溪食品集团门户")
    assert clean_title("[原创] 申论范文：守好乡村的“老井”- 申论交流 - 樟溪论坛") == "申论范文：守好乡村的“老井”"
    assert clean_title("2025-2026学年工作计划") == "2025-2026学年工作计划"


def test_a_snapshots_crawl_time_is_no_date():
    assert dates.is_upload_line("以下是 www.example.cn/a.html 在 2025-08-19 11:06 的文本快照")


def test_where_to_sign_up_under_a_courses_text_stays():
    text = "\n".join([
        "樟溪护理学校 — 只为培养好护士",
        "全国招生热线：400-555-2890（免长途费）",
        "静脉输液实训课程安排",
        "本课程面向护理专业在校生，采用仿真手臂模型教学，帮助学员掌握静脉穿刺要领。",
        "每班限12人，课程结束颁发实训合格证明。",
        "报名地址：学校二楼招生办　报名电话：0471-5550637",
        "立即预约免费试听　　在线报名",
        "扫码添加招生老师微信，领取课程资料包",
    ])
    paragraphs = clean_document(text, title="静脉输液实训课程安排").paragraphs
    assert paragraphs[-1] == "报名地址：学校二楼招生办　报名电话：0471-5550637"


def test_the_line_under_a_documents_contacts_heading_stays():
    text = "\n".join([
        "樟溪县教育信息网",
        "关于举办中小学生乒乓球比赛的通知",
        "各中小学：",
        "为丰富校园体育生活，经研究，决定举办全县中小学生乒乓球比赛。",
        "1.比赛时间：2025年5月10日。",
        "2.比赛地点：县体育馆。",
        "3.联系人",
        "县教育局体卫艺股　柳青　电话：0758-5551 3027",
        "［打印本文］　［收藏］　［关闭］",
        "相关文章：全县中小学春季运动会报名工作安排",
    ])
    paragraphs = clean_document(text, title="关于举办中小学生乒乓球比赛的通知").paragraphs
    assert paragraphs[-1] == "县教育局体卫艺股　柳青　电话：0758-5551 3027"


def test_a_prompt_to_comment_glued_after_the_last_sentence_goes():
    assert strip_glued_actions("几颗图钉，让教室有了温度。欢迎在下方留言交流") == "几颗图钉，让教室有了温度。"
