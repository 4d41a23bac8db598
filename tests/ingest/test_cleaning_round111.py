"""Import, hundred-and-eleventh round (issue 13, on holdout340-342's failures, read after their blind
score): chrome by class: a community site's box naming the reader's grid member, a preview's note
that the download holds more, a poster's lead-in to an answer with a plea to the forum, a document
system's related-files field, a ban on passing internal material on, a model-text site's usage
counter, a shop's sales counter and wholesale line, a forum's rating box whatever its points are
called; glued: a share row of platforms, a related link after an arrow, a share prompt between two
sentences, a course ad after a lead question, a bracketed plea to forward, a similar-documents link;
what stays: a writer who called someone's customer service, a procurement notice's own header row, a
lead-in that asks for technical support, a wrapped line of clauses; page markers one frame numbers
on several lines; an HTML page's file-information table and an entry's category under its headline;
titles: a file's format with an edit word, a fill-in edition, a download site's green edition, a
meeting's year and round, a column's issue, a bar from the mathematical block, a post's note that it
is no advertisement, a forwarded reply's labels, a collection that is no site's name.

Every input is written for this test (places, people, sites and numbers invented); none is
taken from bench/clean_eval or the issue.
"""

from __future__ import annotations

import pytest

from haowen.ingest.clean import clean_document, is_site_name
from haowen.ingest.cleaning import chrome
from haowen.ingest.parsers.base import clean_title
from haowen.ingest.parsers.html import parse_html


@pytest.mark.parametrize(
    "line",
    [
        "您的网格员：第五网格 柯一禾　手机 139 0000 4512",
        "本单元网格员 乔木　电话 137-0000-8821",
        "当前为纯文字预览，下载后可得到原版排版与插图",
        "我的作答如下，恳请研友们批评：",
        "关联文件：仓库防潮操作卡（第3版）",
        "此件系单位内部资料，未经同意不得转发扩散",
        "公文模板 · 已有 1.8万 人套用",
        "累计已售 906 件　｜　好评 99%",
        "批发及团购热线：400-000-3321",
        "参与评分 7　柚子币 +21　收起理由：有用",
    ],
)
def test_new_chrome_classes(line: str) -> None:
    assert chrome.strong_reason(line), line


@pytest.mark.parametrize(
    "line",
    [
        "如有疑问，请联系本楼栋网格员，电话：139 0000 4512。",
        "我的作答如下，请各位考友批评指正。",
        "下载后请按表格要求填写，打印后交到社区服务站。",
        "订购电话：0000-6612345（营销部）",
        "已售出的商品如有质量问题，可凭小票退换。",
    ],
)
def test_what_stays_text(line: str) -> None:
    assert chrome.strong_reason(line) is None, line


def test_a_procurement_notices_own_header_row_is_text() -> None:
    assert chrome.edge_reason("项目编号：QX-2026-11　采购方式：询价　预算金额：9.5万元") is None
    # (… while the portal's row with a counter stays chrome.)
    assert chrome.edge_reason("项目编号：QX-2026-11　采购方式：询价　浏览次数：77")


def test_a_lead_in_asking_for_technical_support_is_no_footer() -> None:
    line = "因我站缺少相应设备，特请贵中心在以下方面提供技术支持："
    assert chrome.strong_reason(line) is None
    assert chrome.strong_reason("技术支持：某某网络科技有限公司")


def _body(text: str, title: str | None = None) -> list[str]:
    return clean_document(text, title=title).paragraphs


def test_a_writer_who_called_a_customer_service_keeps_the_story() -> None:
    text = (
        "某某生活论坛 - 过日子的地方\n"
        "论坛首页 › 出行板块\n"
        "楼主 小橘 发表于 前天 21:10 | 只看楼主\n"
        "上个月回老家，托运的电动车在车站被拦了下来，当时就有点懵。回来专门打了航空公司客服电话问，把结果分享给大家。\n"
        "客服的说法是：保价的按保价赔，没保价的最多赔运费的三倍，所以贵重东西一定要保价。\n"
        "最后提醒一句，易碎品要自己多包两层，别全指望快递员。\n"
        "回复本帖需登录，没有账号？立即注册\n"
    )
    body = _body(text, title="搬家碎了三只碗，快递到底怎么赔")
    assert body[0].startswith("上个月回老家"), body


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("　　居委会提醒大家，雨天楼道湿滑，进出请慢行。转给楼里的老人 → 微信 | 微博", "居委会提醒大家，雨天楼道湿滑，进出请慢行。"),
        ("　　这套做法我们坚持了三年，效果一直不错。延伸阅读→仓库防潮的五个细节", "这套做法我们坚持了三年，效果一直不错。"),
        ("　　课后要把桌面擦干净，工具放回原处。想系统学烘焙？周末精品班下周二开班", "课后要把桌面擦干净，工具放回原处。"),
        ("　　雨季来临前，请检查自家阳台的排水口。（转发到业主群，提醒更多邻居）", "雨季来临前，请检查自家阳台的排水口。"),
        ("　　此项工作事关群众切身利益，务必抓紧落实。相似文档：村级事务公开的请示（5篇）", "此项工作事关群众切身利益，务必抓紧落实。"),
    ],
)
def test_glued_tails_go(line: str, kept: str) -> None:
    text = line + "\n　　第二段是正文的另一句话，它在这里结束。\n"
    assert _body(text)[0] == kept


def test_a_share_prompt_between_two_sentences_goes() -> None:
    text = (
        "　　先说准备。工具要提前一天检查，刀刃不利的送去打磨。觉得有用，就转给你们班长看看再说操作。下料时先量两遍，再动刀。\n"
        "　　第二段是正文的另一句话，它在这里结束。\n"
    )
    assert _body(text)[0] == "先说准备。工具要提前一天检查，刀刃不利的送去打磨。再说操作。下料时先量两遍，再动刀。"


def test_a_wrapped_line_of_clauses_is_no_row_of_tags() -> None:
    text = (
        "　　小时候家里穷，一支铅笔要用到握不住为止。母亲总说，东西用旧了\n"
        "不要紧，用坏了才可惜，这句话我记了三十年，到现在也没有忘记。\n"
        "　　那年冬天我才懂，在母亲心里，旧东西不是负担，它让一件快坏的\n"
        "家具有了新的用处。\n"
        "　　如今那个小盒还在，里面的铅笔头一个个排得整整齐齐，像在等谁。\n"
        "它们陪我走过了很多年，我一支也舍不得扔，也不打算扔。\n"
    )
    body = _body(text)
    assert "那年冬天我才懂，在母亲心里，旧东西不是负担，它让一件快坏的家具有了新的用处。" in body, body


def test_page_markers_one_frame_numbers_on_several_lines_go_whatever_follows() -> None:
    text = (
        "　　全体队员：\n"
        "　　为了让每一件工具都用到最后，我们向大家倡议：\n"
        "　　一、用完的工具擦干净再放回，雨天要放进柜里，以免沾湿\n"
        "⇜2笔记本；木柄松动的及时送修。\n"
        "　　二、旧工具不乱丢，统一交到仓库登记后再处理，因为节约不只是省钱，而是\n"
        "⇜3一种责任。让我们从一件工具做起！\n"
        "　　某某林场护林队\n"
        "　　2026年3月2日\n"
    )
    body = _body(text)
    assert "一、用完的工具擦干净再放回，雨天要放进柜里，以免沾湿笔记本；木柄松动的及时送修。" in body, body
    assert not any("⇜" in p for p in body), body


def test_an_html_file_information_table_goes() -> None:
    page = (
        "<html><head><title>仓库防潮管理规程 - 某某资料站</title></head><body>"
        "<table><tr><td>资料名称</td><td>仓库防潮管理规程</td></tr>"
        "<tr><td>资料大小</td><td>18.2 KB</td></tr>"
        "<tr><td>资料格式</td><td>DOC</td></tr>"
        "<tr><td>解压密码</td><td>www.ziliao.example.org</td></tr></table>"
        "<table><tr><td><b>资料简介：</b><br>"
        "第一条　为做好仓库防潮工作，制定本规程。<br>"
        "第二条　仓库每日开窗通风两次，雨天关闭门窗。<br>"
        "第三条　本规程自公布之日起执行。<br></td></tr></table>"
        "</body></html>"
    )
    doc = parse_html(page.encode("utf-8"))
    assert doc.paragraphs[0].startswith("第一条"), doc.paragraphs


def test_an_entrys_category_under_its_headline_goes() -> None:
    page = (
        "<html><head><title>搅拌棒（厨房器具）- 某某百科</title></head><body>"
        "<h1>搅拌棒</h1><p>厨房器具</p>"
        "<div><p>搅拌棒是调和、搅匀液体或面糊的细长器具，多用木、竹或不锈钢制成，常见于厨房和实验室。</p>"
        "<p>用法</p><p>使用时顺一个方向搅动，用后及时冲洗，晾干存放，避免霉变和生锈。</p></div>"
        "</body></html>"
    )
    doc = parse_html(page.encode("utf-8"))
    assert doc.paragraphs[0].startswith("搅拌棒是"), doc.paragraphs


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("仓库租赁合同（范本·填空版）[DOCX可改] - 某某资料库", "仓库租赁合同"),
        ("仓库防潮管理制度［DOC格式］绿色免费版_某某下载站", "仓库防潮管理制度"),
        ("某某社区居民议事会会议纪要（2026年第2次） - 某某社区网", "某某社区居民议事会会议纪要"),
        ("学员手记（第12期）：第一次独立完成裱花", "第一次独立完成裱花"),
        ("公司新闻 ∣ 某某家居推出可折叠晾衣架 ∣ 某某家居", "某某家居推出可折叠晾衣架"),
        ("入手半年的扫地机，说说优缺点（不打广告）", "入手半年的扫地机，说说优缺点"),
        ("转寄：回复：关于商请提供场地的函（请回复）", "关于商请提供场地的函"),
    ],
)
def test_titles(title: str, expected: str) -> None:
    assert clean_title(title) == expected


def test_a_collection_named_with_a_possessive_is_no_site() -> None:
    assert not is_site_name("外婆的纽扣收藏")
    assert is_site_name("某某文档分享")
