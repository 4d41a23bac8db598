"""Import, thirty-ninth round (issue 13, on holdout127-129's failures, read after their blind
score): a document's own admission line and a counselling room's hours next to the page's
hotlines, a masked phone number's asterisks, a board's note for its users, a row with a button
back to the contents, an address given with reprint terms, a community board's item, a page's
copy lock, a reader's-voice button, a sales pitch sending the reader to ask, a consultation
upsell, a vote under an icon, a counter row glued before a category, a bracketed headline glued
to its lead, an answer's greeting, a signature field, an account's slogan under an arrow, a
repost note in a title's brackets and a question over its answer's label as a page's title.

Every input is written for this test (places, people, sites and numbers invented); none is
taken from bench/clean_eval or the issue.
"""

from __future__ import annotations

import pytest

from haowen.ingest.clean import clean_document, preprocess
from haowen.ingest.cleaning import chrome
from haowen.ingest.cleaning.glued import strip_glued_actions
from haowen.ingest.cleaning.titles import strip_decoration, title_from_lead
from haowen.ingest.parsers.html import parse_html

_HOTLINES = ["急诊电话：0931-120　　投诉电话：0931-5512345", "©青萝县人民医院 版权所有　陇ICP备11000001号"]


@pytest.mark.parametrize(
    "own",
    [
        "入住咨询：0931-5512608（康复病区护士站）",
        "招生电话：0931-5512156",
        "学校心理辅导室每天中午12:30至13:30开放，咨询电话：0931-5512823。",
    ],
)
def test_a_documents_own_contact_line_over_the_pages_hotlines_stays(own):
    text = "\n".join([
        "康复病区简介",
        "康复病区设床位30张，配备康复治疗师8名，开展脑卒中、骨折术后等康复治疗。",
        "病区实行医生、护士、治疗师共同参与的团队照护模式。",
        own,
        "微信扫码，预约挂号更方便",
        *_HOTLINES,
    ])
    assert clean_document(text, title="康复病区简介").paragraphs[-1] == own


def test_a_masked_phone_numbers_asterisks_are_kept():
    assert preprocess("联系电话：北区 135****2016，南区 139****7721") == "联系电话：北区 135****2016，南区 139****7721"
    assert preprocess("这是**重点**内容") == "这是重点内容"


@pytest.mark.parametrize(
    "line",
    [
        "本版素材仅供备考交流，禁止商业用途。",
        "本卷共28篇　　返回目录",
        "【邻里互助】5栋李阿姨家有闲置婴儿车一辆，需要的邻居可联系",
        "【社区活动】4月2日上午 社区棋牌室免费开放",
        "提示：本页禁止右键复制，请登录后使用导出功能",
        "我要投标（需CA锁登录）　CA办理指南",
        "团体报名另有优惠，详询教务处",
        "想让律师一对一解答？点击发起图文咨询，最快5分钟回复",
        "喜欢这篇文章就点个“在看”吧",
        "👍 有帮助 88",
        "↑ 法律知识每天送达",
    ],
)
def test_these_classes_are_chrome(line):
    assert (chrome.strong_reason(line) or chrome.edge_reason(line)) is not None


@pytest.mark.parametrize(
    "line",
    [
        "考生禁止复制试题，违者按作弊处理。",
        "我要投标的单位须于5月1日前提交材料。",
        "【教学重点】剪纸的折叠方法与3种基本纹样",
        "【每日一题】答题赢积分　　各村（社区），镇直各单位：",
        "↑ 返回顶部",
    ],
)
def test_these_lines_are_no_such_chrome(line):
    reason = chrome.strong_reason(line) or ""
    assert not reason.startswith(("action: the page's copy lock", "action: a button in the reader's voice (我要", "list: a community board", "action: an account's slogan"))


def test_a_collections_footer_under_a_postscript_goes():
    text = "\n".join([
        "老屋的枣树",
        "每年秋天，枣子熟了，祖母就让我们几个孩子爬上去摘。",
        "我捡起几颗尝尝，还是小时候那个味道。",
        "二〇二三年九月二日　记于青萝",
        "本卷共28篇　　返回目录",
        "青萝文存由家人整理　转载请联系 qingluo_wencun@example.net",
    ])
    assert clean_document(text, title="老屋的枣树").paragraphs[-1] == "二〇二三年九月二日　记于青萝"


def test_a_counter_row_before_a_category_is_not_cut_in_two():
    assert strip_glued_actions("浏览 2901 次\u3000|\u3000来自 生活 分类") == "浏览 2901 次\u3000|\u3000来自 生活 分类"
    assert strip_glued_actions("点赞 18　收藏 6全区各位党员：") == "全区各位党员："


def test_a_bracketed_headline_glued_to_its_lead_is_cut():
    text = "\n".join([
        "青萝在线 > 新闻 > 正文",
        "【县剧团送戏下乡走进20个村】本报讯　3月以来，县剧团带着新排的小戏走进20个村，演出40余场。",
        "演员们在村口搭台，半小时就能开演。",
    ])
    paragraphs = clean_document(text, title="县剧团送戏下乡走进20个村").paragraphs
    assert paragraphs[0].startswith("本报讯")


def test_an_answers_greeting_starts_its_text():
    text = "\n".join([
        "父亲满80岁了，高龄津贴怎么申请？",
        "回答者：社工小李　2小时前",
        "您好，各地政策略有不同，一般流程如下：",
        "1. 准备材料：老人身份证、户口簿和本人银行卡。",
        "2. 到村（居）委会提交申请。",
    ])
    paragraphs = clean_document(text, title="父亲满80岁了，高龄津贴怎么申请？").paragraphs
    assert paragraphs[0] == "您好，各地政策略有不同，一般流程如下："


def test_a_signature_field_ending_minutes_stays():
    text = "\n".join([
        "车间6月第一周生产例会纪要",
        "时间：2025年6月2日上午8:30",
        "地点：二楼会议室",
        "会议要求设备员联系厂家检修排风机，周三前完成。",
        "各部门负责人确认：（签字）",
        "流转记录：2025-06-02 16:20 提交 → 16:45 同意",
        "导出PDF　打印　转发",
    ])
    assert clean_document(text, title="车间6月第一周生产例会纪要").paragraphs[-1] == "各部门负责人确认：（签字）"


def test_a_repost_note_in_a_titles_brackets_is_decoration():
    assert strip_decoration("青萝乡2025年项目公示（转自乡政府公告栏）") == "青萝乡2025年项目公示"
    assert strip_decoration("关于做好防汛工作的通知（2025年修订）") == "关于做好防汛工作的通知（2025年修订）"


def test_a_question_over_its_answers_label_is_the_pages_title():
    lead = ["考公小站 · 国考 省考 登录", "面试 / 综合分析", "如何看待社区养老服务“叫好不叫座”？", "题型：综合分析　难度：★★", "【参考答案】"]
    assert title_from_lead(lead, chrome.edge_reason, "社区养老服务是民生工程。") == "如何看待社区养老服务“叫好不叫座”？"
    # (A question with no answer's label under it is no title: a page's prompt asks too.)
    assert title_from_lead(lead[:3], chrome.edge_reason, "社区养老服务是民生工程。") == ""


def test_an_html_interview_page_takes_its_question_for_a_title():
    page = (
        "<html><head><title>考公小站-面试真题</title></head><body>"
        "<div>考公小站 · 国考 省考 登录 注册</div><div>面试 / 综合分析 / 真题</div>"
        "<h2>结构化面试：如何看待社区养老服务“叫好不叫座”？</h2>"
        "<div>题型：综合分析　作答时间：3分钟</div><div>【参考答案】</div>"
        "<p>社区养老服务是民生工程。一些地方服务站建成后老人不愿去，这一现象值得重视。</p>"
        "<p>究其原因，一是服务内容与需求脱节；二是收费和宣传不到位。</p>"
        "<p>对此，应当先调研需求，再配置服务，并加强宣传引导。</p>"
        "</body></html>"
    ).encode()
    assert parse_html(page).title == "结构化面试：如何看待社区养老服务“叫好不叫座”？"
