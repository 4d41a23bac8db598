"""Import, hundred-and-seventeenth round (issue 13, on holdout358-360's failures, read after their blind
score): chrome by class: a portal's index field naming the issuing office, a collection's count of its
pieces, a Q&A site's same-question button, a health page's note that its advice is no diagnosis, a
prompt to tap the account's name, a prompt to scan a code to keep the article, a bookmark button, a
link to another issue of the series, a pointer to more of the site's elsewhere, a note on the software
a download needs, reprint terms naming whom to ask; glued between sentences: a button in white
lenticular brackets or behind a star, a writer's pitch with a QQ number in spaced groups; readers'
remarks under a comment box's header; the site's name and slogan under the text; the asker's addendum
right under the asker's row; a lesson plan's head fields stay; titles: a deadline in brackets, an
@-hail before the title, a spaced slash parts segments, "必读" after a post's title; the HTML path: a
<title> that is the site's name and its slogan, and a thread's subject that is one short question over
its byline.

Every input is written for this test (places, people, sites and numbers invented); none is
taken from bench/clean_eval or the issue.
"""

from __future__ import annotations

import pytest

from haowen.ingest.clean import clean_document
from haowen.ingest.cleaning import chrome
from haowen.ingest.parsers.base import clean_title
from haowen.ingest.parsers.html import parse_html


@pytest.mark.parametrize(
    "line",
    [
        "发文机构：某某县农业农村局",
        "发布机关：某某市生态环境局",
        "某某文集自二〇一五年起更新，共收文章八十六篇",
        "已有 12 人点了“同问”　我也同问",
        "健康资讯仅供参考，具体用药请遵医嘱。",
        "轻点“某某乡村记”，每周看一次村里的变化",
        "长按识别二维码，把本文存进手机",
        "加入书签",
        "★ 添加到收藏夹",
        "附：上一期简报　某某合作社春耕简报",
        "往期回顾",
        "更多活动照片，请访问协会官网",
        "本资料为PDF格式，请先下载PDF阅读器",
        "文中照片由某某摄影社提供，引用请先联系本站",
    ],
)
def test_new_chrome_classes(line: str) -> None:
    assert chrome.strong_reason(line), line


@pytest.mark.parametrize(
    "line",
    [
        "下一期培训班计划于明年三月开班，欢迎报名。",
        "以上建议仅供参考。",
        "发布会定于下周二举行。",
        "更多的时候，他只是默默地干活。",
    ],
)
def test_what_stays_text(line: str) -> None:
    assert chrome.strong_reason(line) is None, line


def _body(text: str, title: str | None = None) -> list[str]:
    return clean_document(text, title=title).paragraphs


def test_a_lesson_plans_head_fields_stay() -> None:
    text = (
        "某某资料网\n"
        "课题：认识量角器\n"
        "授课班级：四年级二班\n"
        "课时：1课时\n"
        "教学目标：学生能用量角器量出角的度数，误差不超过一度。\n"
        "教学过程：先请学生估一估黑板上三个角的大小，再用量角器量一量，比一比谁估得准。\n"
    )
    body = _body(text, title="四年级数学教案：认识量角器")
    assert body[:3] == ["课题：认识量角器", "授课班级：四年级二班", "课时：1课时"], body


def test_a_button_glued_between_two_sentences_goes() -> None:
    text = (
        "　　第一段是正文的开头，它在这里结束。\n"
        "　　老人们学得很认真。〖收藏本段〗第二天一早，大家又来了。\n"
        "　　孩子们围在一起看。☆收藏这篇日记后来他们也学会了。\n"
        "　　最后大家都很满意。☆ 收藏这篇心得\n"
    )
    body = _body(text)
    assert body[1] == "老人们学得很认真。第二天一早，大家又来了。", body
    assert body[2] == "孩子们围在一起看。后来他们也学会了。", body
    assert body[3] == "最后大家都很满意。", body


def test_a_writers_pitch_with_a_spaced_qq_number_between_sentences_goes() -> None:
    text = (
        "　　第一段是正文的开头，它在这里结束。\n"
        "　　今天我们开个短会，说三件事。稿子赶不出来？某某老师帮你写，QQ 2231 8890刚才大家的发言很好，我都同意。\n"
        "　　第二段是正文的另一句话，它在这里结束。\n"
    )
    assert _body(text)[1] == "今天我们开个短会，说三件事。刚才大家的发言很好，我都同意。"


def test_readers_remarks_under_a_comment_box_header_go() -> None:
    text = (
        "　　那天的课上，孩子们第一次走上了平衡木，一个个紧张得不敢看脚下。\n"
        "　　下课时，最胆小的那个孩子跑过来说，老师，明天还能再走吗？\n"
        "上一篇：操场边的那棵老槐树\n"
        "网友评论：\n"
        "山那边的小刘：我们学校也想买，请问多宽？\n"
        "博主 回复 山那边的小刘：宽二十厘米，离地十厘米。\n"
        "发表评论（需登录）\n"
    )
    body = _body(text)
    assert body[-1] == "下课时，最胆小的那个孩子跑过来说，老师，明天还能再走吗？", body


def test_the_sites_name_and_slogan_under_the_text_go() -> None:
    text = (
        "青石斋文集\n"
        "目录 ／ 乡居散记 ／ 第三篇\n"
        "　　外婆的针线筐总放在窗台上，筐里有顶针、线团和一把老剪刀。\n"
        "　　她眼睛花了以后，穿针总要我帮忙，我穿好一根，她就夸我一句。\n"
        "‹ 第二篇　院里的老井\n"
        "第四篇　村口的石磨 ›\n"
        "青石斋 · 只写乡下的旧事\n"
        "本集文字由作者整理，请勿用于商业用途\n"
    )
    body = _body(text)
    assert body[-1].startswith("她眼睛花了以后"), body


def test_the_askers_addendum_under_the_asker_row_goes() -> None:
    text = (
        "某某问答\n"
        "自行车链条总掉怎么办？\n"
        "提问者：骑车的小王　｜　浏览 320 次\n"
        "补充：买了两年的山地车，骑着骑着链条就掉了。\n"
        "链条总掉，多半是链条拉长了或者变速没调好，先量一量链条的长度。\n"
        "如果链条没问题，就把后拨的限位螺丝拧半圈再试。\n"
    )
    body = _body(text, title="自行车链条总掉怎么办？")
    assert body[0].startswith("链条总掉"), body


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("某某县职业中学实训耗材询价公告（报价截止10月9日）", "某某县职业中学实训耗材询价公告"),
        ("@全体摊主：关于规范夜市用火用电的倡议书", "关于规范夜市用火用电的倡议书"),
        ("【实测】三款护膝到底差在哪？说说我的体会 / 装备讨论 / 某某跑友会", "三款护膝到底差在哪？说说我的体会"),
        ("电笔测不出火线怎么办？说说我的经验（新手电工必读）", "电笔测不出火线怎么办？说说我的经验"),
        ("2024/2025学年第一学期工作计划", "2024/2025学年第一学期工作计划"),
    ],
)
def test_titles(title: str, expected: str) -> None:
    assert clean_title(title) == expected


_FORUM = (
    "<html><head><title>{tag}</title></head><body>"
    "<div>某某生活圈　今日某某：晴 20~28℃　快捷登录</div>"
    "<div>某某生活圈 › 百姓呼声 › 帖子</div>"
    "<div>城南老李</div>"
    "<div>{subject}</div>"
    "<div>发表于 前天 21:40 ｜ 只看楼主 ｜ 电梯直达</div>"
    "<p>住在城南的都知道，菜市场门口这半年多了几个流动摊，每天早上把路堵得严严实实，车过不去，人也挤不过去。</p>"
    "<p>跟摊主说过几次，都说马上挪，结果第二天照样，希望有关部门来管一管。</p>"
    "<div>某某生活圈　赣ICP备00000000号-1</div>"
    "</body></html>"
)


def test_a_site_and_slogan_title_over_a_question_subject_gives_the_subject() -> None:
    subject = "菜市场门口的流动摊把路堵死了，到底该找谁管？"
    page = _FORUM.format(tag="某某生活圈 - 某某人的网上客厅", subject=subject)
    doc = parse_html(page.encode("utf-8"))
    assert doc.title == subject, doc.title


def test_a_question_titled_page_keeps_its_title() -> None:
    subject = "菜市场门口的流动摊把路堵死了，到底该找谁管？"
    page = _FORUM.format(tag=f"[民生] {subject}（附照片三张）- 百姓呼声 - 某某生活圈", subject=subject)
    doc = parse_html(page.encode("utf-8"))
    assert doc.title == subject, doc.title
