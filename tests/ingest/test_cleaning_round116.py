"""Import, hundred-and-sixteenth round (issue 13, on holdout355-357's failures, read after their blind
score): chrome by class: a pointer to search for a name on a shop or an app, a ban on reusing the
page's text or pictures, a pointer to the pictures on another channel, a file's size under its key, a
tap prompt pointing at a link with an arrow, a plea to pass the article on, a written-out date and the
office that posted it over the text; a 版记's list of offices is no site footer; a Q&A's question detail
between the asker's row and the answer's label; a last paragraph above the page's comment box is the
text's; a letter after junk that opens a model's name (B款); titles: any pictograph, technical or
supplemental sign set off by a space (on one side or both) parts a title's segments, an entry's kind
after its name is no column label, a column named like a bulletin (县域快报), a label framed by one sign
twice, a file's kind and the shop's words after it, what the copy comes with, an issue number after a
piece of one's own, a poster's aside or plea in brackets, a forwarding label with an outside note; the
HTML path does not read a site's name and slogan side by side as a title the <title> split; a blog
post's 写于 byline dates it.

Every input is written for this test (places, people, sites and numbers invented); none is
taken from bench/clean_eval or the issue.
"""

from __future__ import annotations

import datetime as dt

import pytest

from haowen.ingest.clean import clean_document
from haowen.ingest.cleaning import chrome
from haowen.ingest.parsers.base import clean_title
from haowen.ingest.parsers.html import parse_html


@pytest.mark.parametrize(
    "line",
    [
        "京东某某旗舰店已上新，搜索“某某保温壶”",
        "在应用市场搜索「某某健身」下载",
        "现场照片由某某摄影协会提供，未经授权不得转载",
        "本页插图为作者手绘，未经同意请勿商用",
        "活动现场视频请移步学校官网观看",
        "更多比赛图片详见协会公众号",
        "文件大小：3.2MB",
        "资源大小　860 KB",
        "点此→报名表下载",
        "戳这里 ➜ 领取课程资料",
        "觉得有用，记得分享给身边的朋友",
        "读完别忘了转发到家长群",
    ],
)
def test_new_chrome_classes(line: str) -> None:
    assert chrome.strong_reason(line), line


@pytest.mark.parametrize(
    "line",
    [
        "2.登录政务服务网，搜索“不动产登记”事项，按提示填写。",
        "三、未经许可，不得在展厅内拍照、摄像。",
        "第五条　未经管理员同意，不得复制本室档案资料。",
        "大小：按实际需要定制",
        "请各村转发到村民微信群，做到家喻户晓。",
        "会议视频已存档备查。",
    ],
)
def test_what_stays_text(line: str) -> None:
    assert chrome.strong_reason(line) is None, line


def test_a_dated_posting_office_classes_and_a_postscript_or_a_laws_note_does_not() -> None:
    assert chrome.edge_reason("2025年3月2日 某某户外售后服务部")
    assert chrome.edge_reason("2025年3月2日 记于某某村") is None
    assert chrome.edge_reason("2021年9月1日 施行") is None  # a law's 题注
    assert chrome.edge_reason("1990年3月5日 某某部发布") is None
    assert chrome.edge_reason("2025年3月2日 发布")  # the page's own stamp


def test_a_wrapped_copy_list_is_no_site_footer() -> None:
    assert chrome.strong_reason("抄送：县委办，县人大办，县政府办，县政协办") is None
    assert chrome.strong_reason("某某县融媒体中心主办") is not None


def _body(text: str, title: str | None = None) -> list[str]:
    return clean_document(text, title=title).paragraphs


def test_the_question_detail_between_the_asker_and_the_answer_label_goes() -> None:
    text = (
        "某某问答　生活百事通\n"
        "旧铁锅的锈斑怎么去掉？\n"
        "提问者：某某　5 天前\n"
        "补充：老家拿来的铁锅，放了两年没用，锅底全是锈，还想接着用。\n"
        "最佳答案\n"
        "铁锅生锈不要紧，先用钢丝球蘸白醋把锈擦掉，再用清水冲干净，小火烘干。\n"
        "然后抹一层薄薄的猪油，小火烧到冒烟，擦掉多余的油，锅就养好了。\n"
    )
    body = _body(text, title="旧铁锅的锈斑怎么去掉？")
    assert body[0].startswith("铁锅生锈不要紧"), body
    assert not any("补充" in p for p in body), body


def test_a_last_paragraph_above_the_comment_box_stays() -> None:
    text = (
        "　　那天下午，我们在河边走了很久，谁也没有说话，只听见水声。\n"
        "　　回到家，父亲把那只旧水壶擦了又擦，放回了柜子最上面一层。\n"
        "　　喜欢就订阅本博客，新文章第一时间推送\n"
        "　　我想，有些东西留着，不是为了用，是为了记得。\n"
        "本文标签：#父亲 #旧物\n"
        "« 上一篇　院子里的石榴树\n"
        "评论区（3）　说说你的想法……\n"
    )
    body = _body(text)
    assert body[-1] == "我想，有些东西留着，不是为了用，是为了记得。", body


def test_a_letter_opening_a_models_name_after_glued_junk_stays() -> None:
    text = (
        "　　第一段是正文的开头，它在这里结束。\n"
        "　　结论：甲款续航最长。Qx 52 T4@B款最轻，适合徒步。\n"
        "　　第二段是正文的另一句话，它在这里结束。\n"
    )
    assert _body(text)[1] == "结论：甲款续航最长。B款最轻，适合徒步。"


def test_a_blog_byline_written_on_dates_the_post() -> None:
    text = (
        "某某的小书房\n"
        "院子里的石榴树\n"
        "写于 2025年9月21日 星期日 · 随笔 · 812 次阅读\n"
        "　　院子里的石榴树是爷爷种的，今年结了二十多个石榴，个个咧着嘴。\n"
        "　　我摘了两个寄给在外地读书的妹妹，她说还是家里的石榴甜。\n"
    )
    assert clean_document(text, title="院子里的石榴树").published_on == dt.date(2025, 9, 21)


def test_a_sites_name_and_slogan_side_by_side_are_no_title() -> None:
    page = (
        "<html><head><title>某某论坛 - 某某人自己的网上家园</title></head><body>"
        "<div>某某论坛 某某人自己的网上家园</div>"
        "<div>首页 | 本地杂谈 | 民生热线 | 二手市场</div>"
        "<div>某某论坛 » 民生热线</div>"
        "<h2>新华路口的红绿灯坏了三天，晚上过马路太危险</h2>"
        "<p>这两天晚上下班经过新华路口，发现红绿灯一直在闪黄灯，车开得飞快，行人根本不敢过。</p>"
        "<p>问了附近的店主，说已经坏了三天了，希望有关部门尽快来修一修。</p>"
        "<p>论坛内容由网友发布，不代表本站观点</p>"
        "</body></html>"
    )
    doc = parse_html(page.encode("utf-8"))
    assert doc.title == "新华路口的红绿灯坏了三天，晚上过马路太危险", doc.title


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("劝导函（示范文本）▸ 关于停止占道经营的劝导函｜某某律所", "关于停止占道经营的劝导函"),
        ("品牌动态 ♣ 某某推出折叠式晾衣架", "某某推出折叠式晾衣架"),
        ("学员手记 ☂ 面点班学习心得（第6期）｜某某烹饪学校", "面点班学习心得"),
        ("晾衣夹 ⸘ 家居小用品 ⸘ 某某百科", "晾衣夹"),
        ("城区快讯｜某某街道新添二十张休闲长椅　老人歇脚有了好去处——某某新闻网", "某某街道新添二十张休闲长椅\u3000老人歇脚有了好去处"),
        ("⑂招标公告⑂某某中学食堂餐桌椅采购项目招标公告", "某某中学食堂餐桌椅采购项目招标公告"),
        ("设备租赁合同（范本）WPS原文件直接下", "设备租赁合同（范本）"),
        ("社区食堂饭菜太咸，你作为负责人怎么办（含评分版）", "社区食堂饭菜太咸，你作为负责人怎么办"),
        ("小区门口的路灯坏了半个月，谁来管管（跪求物业回复）", "小区门口的路灯坏了半个月，谁来管管"),
        ("自己给老沙发换了个套（没花多少钱，效果还行）", "自己给老沙发换了个套"),
        ("关于报送防汛物资的通知（含附表，共三张）", "关于报送防汛物资的通知（含附表，共三张）"),
        ("转寄（外单位）：关于借用会议室的函", "关于借用会议室的函"),
        ("关于举办Word排版技能培训的通知", "关于举办Word排版技能培训的通知"),
        ("某某社区工作简报（第7期）", "某某社区工作简报（第7期）"),
        ("某某三星级 ★★★ 酒店服务规范", "某某三星级 ★★★ 酒店服务规范"),
    ],
)
def test_titles(title: str, expected: str) -> None:
    assert clean_title(title) == expected
