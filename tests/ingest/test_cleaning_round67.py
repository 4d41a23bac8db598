"""Import, sixty-seventh round (issue 13, on holdout208-210's failures, read after their blind
score): titles lose an author's prose and piece number after a double dash, a seller's and a
poster's asides, an attachment label before 关于, an entry's bracketed label before a dash, and
split at spaced tildes and angle quotes (a title as long as a label stays whole); chrome by
class: a preview's rest and its price, pass-on and like prompts, offers to meet the site's
lawyer, a lawyer's years in practice, rows apart by dotted bars, ratings and Q&A badges, bracketed
buttons on the text, prompts to reward the poster, a mail folder, a caption with a tap hint, a
collection's piece number, a slogan between double dashes, a moderator's comment, numbered
mirror links and any tap on the account's blue name; and what stays: a news lead's dateline
with its reporter after an app prompt, and a short first sentence whose subject is the title.

Every input is written for this test (places, people, sites and numbers invented); none is
taken from bench/clean_eval or the issue.
"""

from __future__ import annotations

import pytest

from haowen.ingest.clean import clean_document
from haowen.ingest.cleaning import chrome
from haowen.ingest.cleaning.glued import strip_leading_chrome
from haowen.ingest.parsers.base import clean_title

LETTER = ["各位同学：", "本周五下午学校将举行消防疏散演练，请大家听从老师指挥，有序撤离。"]


def _body(lines: list[str], title: str | None = None) -> list[str]:
    return clean_document("\n".join(lines), title).paragraphs


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        ("父亲的旧算盘 ——某某散文（第十二篇）", "父亲的旧算盘"),
        ("在全县农机推广工作会议上的讲话（领导讲话稿·改改就能用）-某某文库", "在全县农机推广工作会议上的讲话"),
        ("〔申论习作〕从一盏路灯看基层治理（大作文，约千字节选） - 某某论坛", "从一盏路灯看基层治理"),
        ("Fwd: 附件 关于商请借用会议室的函.doc", "关于商请借用会议室的函"),
        ("吸尘器【词条】- 某某百科·家电分类", "吸尘器"),
        ("暖风机（家用取暖器）_某某百科", "暖风机"),
        ("为什么冬天手机掉电快？ ~ 数码频道 ~ 某某问答网", "为什么冬天手机掉电快？"),
        ("老电工说插座 ‹ 某某的自留地", "老电工说插座"),
        ("外公家的老木门 ▪ 《某某忆旧》第一辑 - 某某随笔", "外公家的老木门"),
    ],
)
def test_page_decoration_leaves_the_title(raw, title):
    assert clean_title(raw) == title


@pytest.mark.parametrize(
    "line",
    [
        "⌄ 后面还有42%，点开继续看",
        "文档共3页，当前仅显示第1页，下载后看全部",
        "超级会员查看高清原版，首月6.6元",
        "转发给爸妈看看",
        "觉得有用就点个赞吧",
        "情况复杂可预约律师当面详谈",
        "王某律师　某某律师事务所　执业12年　擅长婚姻家事",
        "儿科 李医生　┊　主治医师　┊　2 天前",
        "评分 4.8（306人评价）",
        "本回答被网友推荐",
        "下载地址②：联通高速下载",
        "【大字】【小字】",
        "〔收下这段〕",
        "看完觉得有帮助，请给楼主加个币",
        "收件箱（36）",
        "▲ 社区志愿者在楼道安装感应灯（点击放大）",
        "乡居琐记　第二十篇",
        "—— 教了三十年书，写点心里话 ——",
        "—— 本帖被 某某版主 推荐到首页 ——",
        "——以上为第1篇，开通会员可浏览全部2篇——",
        "版主点评：结构完整，第二段例子可以再具体些。",
        "▲ 点一下上方蓝字「某某社区」，通知第一时间知道",
    ],
)
def test_these_classes_are_chrome_between_paragraphs(line):
    assert chrome.strong_reason(line) is not None, line
    assert _body([LETTER[0], line, LETTER[1]]) == LETTER, line


@pytest.mark.parametrize(
    "line",
    [
        "——————回执——————",  # a receipt's own separator in a school's letter
        "—— 在全县春耕生产工作会议上的讲话 ——",  # a speech's subtitle
        "律师提醒：签订合同时应与对方当面核对条款。",
        "全校共有 1200 名学生参加演练，用时 3 分 20 秒。",
    ],
)
def test_a_documents_own_lines_on_these_subjects_stay(line):
    assert _body([LETTER[0], line, LETTER[1]]) == [LETTER[0], line, LETTER[1]], line


def test_a_news_leads_dateline_and_reporter_stay_after_an_app_prompt():
    rest, cut = strip_leading_chrome("打开某某观察App，看更多身边事本报讯（记者 王某）3月2日，某某县图书馆新馆开馆，首日接待读者两千余人次。")
    assert rest.startswith("本报讯（记者")
    assert "App" in cut


def test_a_short_first_sentence_whose_subject_is_the_title_stays():
    lines = ["少儿编程周末班开课啦！", "课程对象：8至12岁儿童。", "上课时间：每周六上午9:00-11:00。"]
    out = clean_document("\n".join(lines), "少儿编程周末班").paragraphs
    assert out[0] == "少儿编程周末班开课啦！"


def test_a_tap_on_the_blue_name_glued_before_the_addressee_leaves_the_addressee():
    out = _body(["▲ 点一下上方蓝字「某某社区」，社区通知第一时间知道各位居民朋友：", "近期小区将开展楼道杂物清理，请大家配合。"])
    assert out[0] == "各位居民朋友："
