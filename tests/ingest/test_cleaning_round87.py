"""Import, eighty-seventh round (issue 13, on holdout268-270's failures, read after their blind score):
chrome by class: "not a member yet?" upsells, logins to claim extras, where the download is, QQ
numbers to add, a post's last-edit stamp, featured stamps, snapshot buttons and highlighted words,
counts of takers, editors' notes under their label, "某某　文" bylines, links to the shop, footers
naming who runs the site, labelled 回帖 replies, font buttons by what they do, trainees' bylines,
"仅展示精简稿" states, "所收文章" disclaimers; glued: a read-aloud button and a prompt ending on
"关注不迷路" or "…第一时间看" before the first words, an edit or featured stamp or a shop link after
the last sentence, a star prompt run into an addressee (never cut inside it); a related list's
headline with an exclamation inside; titles: editions as "2024年二版", a collection in
book-title marks, a column before a spaced slash, a format's 原件, an issuer after "——", pleas
with who asks, asides pointing to a floor, promising the finished piece, asking to go easy, "可直接改",
"长期收", a forward's 请阅办.

Every input is written for this test (places, people, sites and numbers invented); none is
taken from bench/clean_eval or the issue.
"""

from __future__ import annotations

import pytest

from haowen.ingest.clean import clean_document
from haowen.ingest.cleaning import chrome
from haowen.ingest.cleaning.glued import strip_glued_actions
from haowen.ingest.parsers.base import clean_title

NOTICE = [
    "各位居民：",
    "本周六上午小区将停水检修，请提前储水。",
    "检修结束后管道可能有少量锈水，放水两分钟即可。",
]


def _body(lines: list[str], title: str | None = None) -> list[str]:
    return clean_document("\n".join(lines), title).paragraphs


@pytest.mark.parametrize(
    "line",
    [
        "还不是会员？现场即可办理，会费每年50元",
        "（注册后免费领取配套练习册）",
        "（报名表下载链接在文末）",
        "定制讲话稿找我们，加Q 2718281828",
        "[本帖最后由 某某 于 5 天前 编辑]",
        "【已推荐至某某网首页】",
        "查看原网页",
        "已为您标亮的词：竹篮　编织",
        "已有 860 位学员报名",
        "〔小编按〕文中照片由某某文化站提供",
        "某某老人　文",
        "【去某某小店看看 >>】",
        "某某新闻网 某某.com.cn 某某县融媒体中心主办",
        "回帖：西街阿芳　　学到了，谢谢分享",
        "〔字体放大〕〔字体还原〕",
        "第三期竹编研修班学员　李小禾",
        "本篇仅显示节选，会员可看全文",
    ],
)
def test_these_classes_are_chrome_wherever_they_stand(line):
    assert chrome.strong_reason(line) is not None or chrome.edge_reason(line) is not None
    assert line not in _body(NOTICE[:2] + [line] + NOTICE[2:] + ["某某社区居民委员会", "2025年6月3日", line])


def test_a_sites_note_on_the_texts_it_collects_goes_after_the_text():
    line = "某某范文网所收文章来自网友分享，若有版权疑问请来信，核实后删除。"
    assert (chrome.edge_reason(line) or "").startswith("notice:")
    assert _body(NOTICE + [line])[-1] == NOTICE[-1]


@pytest.mark.parametrize(
    "line",
    [
        "菜单字体放大一倍，常用功能集中在首页。",  # a product's own sentence
        "某某县人民政府主办的第三届龙舟赛将于端午节举行。",  # a sentence about who runs an event
        "已有 860 位学员报名，名额所剩不多，请抓紧。",  # a notice's own sentence
    ],
)
def test_a_documents_own_lines_on_these_subjects_stay(line):
    assert chrome.strong_reason(line) is None


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("♪ 朗读本篇外婆会编竹篮，这是我小时候最得意的事。", "外婆会编竹篮，这是我小时候最得意的事。"),
        ("点上方蓝色小字“某某医院”，关注不迷路天气一冷，不少老人喜欢用脚盆泡脚。", "天气一冷，不少老人喜欢用脚盆泡脚。"),
        ("打开“某某发布”，本地新闻第一时间看本网讯5月9日，某某镇开展夜间巡查。", "本网讯5月9日，某某镇开展夜间巡查。"),
        ("剩下的篾做纬，编到两寸高开始收口。[本帖最后由 某某 于 3 天前 编辑]", "剩下的篾做纬，编到两寸高开始收口。"),
        ("把老手艺用起来，同样能让日子红火。【已推荐至某某网首页】", "把老手艺用起来，同样能让日子红火。"),
        ("斗口包边采用黄铜片，沿袭了老做法。【去某某小店看看 >>】", "斗口包边采用黄铜片，沿袭了老做法。"),
        ("点击上方“某某女声”，设为星标不迷路各机关企事业单位、商场、车站及全县广大职工：", "各机关企事业单位、商场、车站及全县广大职工："),
        ("记得把“某某女声”设为星标，不错过每一期广大准爸爸、准妈妈和家庭成员们：", "广大准爸爸、准妈妈和家庭成员们："),
    ],
)
def test_glued_chrome_goes_and_the_text_stays(line, kept):
    assert strip_glued_actions(line) == kept


def test_a_related_lists_headline_with_an_exclamation_inside_goes_under_its_header():
    lines = [
        "区消保委发布儿童床防护栏比较试验结果",
        "区消保委近日公布了十款儿童床防护栏的比较试验结果，其中两款存在夹手风险。",
        "消保委提醒，家长选购时要查看产品标识，安装后检查缝隙宽度。",
        "相关阅读",
        "家长注意！这些儿童家具隐患要当心",
        "消费提示：网购家具记得验货再签收",
        "某某新闻网 某某.com.cn 某某区融媒体中心主办",
    ]
    body = _body(lines, "区消保委发布儿童床防护栏比较试验结果")
    assert body[-1] == "消保委提醒，家长选购时要查看产品标识，安装后检查缝隙宽度。"


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        ("木椅成品验收标准（2024年二版）.wps", "木椅成品验收标准"),
        ("秋夜听蛩（《某某闲笔》卷二·第十七）", "秋夜听蛩"),
        ("公司新闻 / “老米缸”系列收纳文创上架 - 某某文创", "“老米缸”系列收纳文创上架"),
        ("某某镇旧器具清点移交工作方案（附清点登记表）[DOC原件] - 某某下载站", "某某镇旧器具清点移交工作方案"),
        ("关于规范花鸟市场经营秩序的通知——某某市花鸟市场管理处", "关于规范花鸟市场经营秩序的通知"),
        ("婴儿床买实木的还是铁艺的？新手宝妈在线等", "婴儿床买实木的还是铁艺的？"),
        ("景区小贩卖野生鸣虫，你怎么看？（答题框架在3楼）", "景区小贩卖野生鸣虫，你怎么看？"),
        ("周末亲子竹编手作课（两次课带走作品）", "周末亲子竹编手作课"),
        ("一只竹篮里的传承（初稿，轻点拍）", "一只竹篮里的传承"),
        ("关于购置会议桌椅的请示（含落款，可直接改）", "关于购置会议桌椅的请示"),
        ("社区妈妈群收集旧棉布，给福利院缝尿布（长期收）", "社区妈妈群收集旧棉布，给福利院缝尿布"),
        ("Fwd：（请阅办）关于商借展品的函", "关于商借展品的函"),
    ],
)
def test_page_decoration_leaves_the_title(raw, title):
    assert clean_title(raw) == title


@pytest.mark.parametrize(
    "raw",
    [
        "关于印发《某某办法（2026年版）》的通知",  # an edition inside the title
        "高考 / 中考志愿填报指南",  # a slash between two words of the title
    ],
)
def test_a_titles_own_words_stay(raw):
    assert clean_title(raw) == raw
