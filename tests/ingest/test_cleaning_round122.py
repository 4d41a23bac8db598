"""Import, hundred-and-twenty-second round (issue 13, on holdout373-375's failures, read after their blind
score): chrome by class: a wiki's prompt to improve the entry led in by a question, a download site's note
on the file's archive, where an exam forum's question comes from, the points a reading earns, an app's stamp
on a copy its user shared, a pointer to more photos in another column, a reader's comment cut short by an
ellipsis; glued: an app's prompt before a news paragraph's opening word or quote, a plea to like the page
closed by its particle between two sentences, a related link after a list's lead-in colon, an outlet's
tag and bar before a lead's dateline, study points before a speech's 三是; an addressee with its scope
before 各 (院内各相关科室：) stays; a product's name opening its first sentence stays; titles: a label
after a spaced decorative symbol and a run of such labels, a headline whose first clause ends like a site's
name, foreign mail marks (TR:, WG:), a forwarding label before a file name, a book's name after a spaced
middle dot, a poster's boast of what they did without, a law database's status in a dotted bracket.

Every input is written for this test (places, people, sites and numbers invented); none is
taken from bench/clean_eval or the issue.
"""

from __future__ import annotations

import pytest

from haowen.ingest.clean import clean_document
from haowen.ingest.cleaning import chrome, glued
from haowen.ingest.parsers.base import clean_title


@pytest.mark.parametrize(
    "line",
    [
        "对这件乐器还有了解？欢迎补充本词条",
        "本资料为RAR压缩包，需先解压再打开",
        "解压密码请见文件说明",
        "试题来源：某县事业单位2024年结构化面试（网友回忆）",
        "阅读本文可得2积分",
        "看完此文即可积3分",
        "来自某某笔记用户“山间一阵风”",
        "更多比赛精彩瞬间请访问“赛事图集”专栏",
        "青禾小院：我家那台也是这样，换了个垫圈就……",
        "老陈说车：冬天最好别用热水浇…",
    ],
)
def test_new_chrome_classes(line: str) -> None:
    assert chrome.strong_reason(line), line


@pytest.mark.parametrize(
    "line",
    [
        "部分解压玩具含有细小零件，家长要防止幼儿误吞。",
        "题目：社区要办一场防诈骗讲座，领导让你负责，你怎么组织？",
        "积满20分可以兑换一次免费理发。",
        "分享自己的学习经验，是一件快乐的事。",
        "更多的时候，我们要学会倾听群众的意见。",
        "会议强调：要把安全放在第一位……",
    ],
)
def test_what_stays_text(line: str) -> None:
    assert chrome.strong_reason(line) is None, line


def test_an_apps_prompt_before_a_news_paragraphs_opening_word_goes() -> None:
    text = (
        "社区开出老年健身课\n"
        "　　本报讯　5月8日上午，某某街道社区服务中心的健身课迎来了第一批学员，二十多位老人跟着教练活动筋骨。\n"
        "　　下载某某晚报App，参与健身课报名据介绍，健身课每周二、周四各开一场，每场限20人，器材由中心提供。\n"
        "　　打开某某新闻客户端，看更多身边事“抬左手、抬右手……”教练一边喊口令，一边纠正老人们的动作。\n"
    )
    paragraphs = clean_document(text).paragraphs
    assert any(p.startswith("据介绍，健身课每周二") for p in paragraphs), paragraphs
    assert any(p.startswith("“抬左手、抬右手") for p in paragraphs), paragraphs
    assert not any("App" in p or "客户端" in p for p in paragraphs), paragraphs


def test_a_plea_to_like_the_page_between_two_sentences_goes() -> None:
    line = "第一遍大家都敲乱了，我让孩子们先数拍子。喜欢的话就点个赞哦后来再敲的时候，声音整齐多了，孩子们自己都笑了。"
    assert glued.strip_glued_actions(line) == "第一遍大家都敲乱了，我让孩子们先数拍子。后来再敲的时候，声音整齐多了，孩子们自己都笑了。"


def test_a_related_link_after_a_lead_in_colon_goes_the_clause_stays() -> None:
    line = "近期，辖区连续发生两起因电热毯引发的火情，所幸没有人员受伤。为此，特提醒如下：往期回顾：冬季取暖，这些误区要避开"
    assert glued.strip_glued_actions(line).endswith("为此，特提醒如下："), glued.strip_glued_actions(line)


def test_an_outlets_tag_before_a_leads_dateline_goes() -> None:
    line = "某某户外丨3月2日，某某户外用品公司在省体育用品博览会上发布了一款轻量化登山杖，面向中老年徒步爱好者。"
    assert glued.strip_glued_actions(line).startswith("3月2日，某某户外用品公司"), glued.strip_glued_actions(line)
    # (A bar inside a sentence of the text stays.)
    own = "会议议程｜3月2日上午签到，下午分组讨论各单位的意见。"
    assert glued.strip_glued_actions(own) == own


def test_study_points_before_a_speechs_next_point_go() -> None:
    line = "二是包片到户。每名党员联系五户居民，定期上门走访。阅读本文可得2积分三是建好台账。对走访中发现的问题逐项登记，限期办结。"
    assert glued.strip_glued_actions(line) == "二是包片到户。每名党员联系五户居民，定期上门走访。三是建好台账。对走访中发现的问题逐项登记，限期办结。"


def test_an_addressee_with_its_scope_before_ge_stays() -> None:
    text = (
        "关于做好冬季用电安全检查的通知\n"
        "发布者：总务科　　点击：96次\n"
        "校内各相关部门：\n"
        "为保障冬季用电安全，现就开展用电安全检查有关事项通知如下：\n"
        "一、各部门要对本部门的插座、电热器具进行一次全面检查，发现隐患及时报修。\n"
        "二、检查结果请于12月10日前报总务科。\n"
        "总务科\n"
        "2025年12月1日\n"
    )
    assert clean_document(text, title="关于做好冬季用电安全检查的通知").paragraphs[0] == "校内各相关部门："


def test_a_products_name_opening_its_first_sentence_stays() -> None:
    text = (
        "某某车品　·　冬季出行好帮手\n"
        "首页 ＞ 产品中心 ＞ 冬季用品\n"
        "某某T2折叠雪铲\n"
        "加入购物车　　立即购买　　收藏商品\n"
        "某某T2折叠雪铲采用航空铝合金铲头，折叠后可放进后备箱的储物格。\n"
        "铲柄表面包覆防滑橡胶，戴着手套也能握紧。\n"
        "全国订购热线：400-600-1234\n"
    )
    result = clean_document(text)
    assert result.paragraphs[0].startswith("某某T2折叠雪铲采用航空铝合金铲头"), result.paragraphs


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("关于期末考试考场安排的通知 ※教务处※某某职业学院", "关于期末考试考场安排的通知"),
        ("用旧纸箱给猫做了个窝，附尺寸图 ★新人报到", "用旧纸箱给猫做了个窝，附尺寸图"),
        ("[好物分享] 试了两个月竹制晾衣架，聊聊优缺点 - 家居好物区 - 某某生活论坛", "试了两个月竹制晾衣架，聊聊优缺点"),
        ("TR: 关于调整会议时间的函", "关于调整会议时间的函"),
        ("WG：关于样品检测结果的函", "关于样品检测结果的函"),
        ("转自单位邮箱：关于借用会议室的函.docx", "关于借用会议室的函"),
        ("巷口那棵老槐树 ·《某某杂记》街巷篇", "巷口那棵老槐树"),
        ("后备箱灯不亮自己修好了（没花一分钱）", "后备箱灯不亮自己修好了"),
        ("某某单位公务接待管理办法（第二次修订·现行有效）", "某某单位公务接待管理办法"),
        ("用了半年的折叠水桶，说说感受（纯分享无广告）", "用了半年的折叠水桶，说说感受"),
        # What stays: a pair of symbols, the text's own stage, a site with its slogan beside an entry.
        ("某某管理办法（2025年修订）", "某某管理办法（2025年修订）"),
        ("某某百科，自由的百科全书 - 工作日志 - 某某网", "工作日志"),
        ("AI：基层治理的新帮手", "AI：基层治理的新帮手"),
    ],
)
def test_titles(title: str, expected: str) -> None:
    assert clean_title(title) == expected
