"""Import, hundred-and-twelfth round (issue 13, on holdout343-345's failures, read after their blind
score): chrome by class: a prompt to follow an account, to sign up for a giveaway, to forward the page,
to click a button named in quotes, to press 在看 or to scan the page onto a phone; a writing service's
offer to write or polish, a law firm's pitch under a case and its note that a sample's parties were made
anonymous; a note that the pictures come from the web and a site's claim on its pictures; a trading
platform's CA certificate line, a franchise line, a site's owner with its hotline, an attachment's file
link with its button or size; any forum's rating row; glued: a button acting on "this piece", a writing
service's pitch ending on its messenger id, a pitch or a copy lock written as a sentence; what stays: a
reporter's sentence under a gallery's link, follow and upload sentences the text closes; titles: a
collection's volume and piece, a personal log's name, a controlled document's code, a plea for harsh
edits, a forwarding label before an arrow, an entry's kind of implement, an owner after a double dash;
a page's note on itself in clauses is no sample's headline.

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
        "关注社区服务号“幸福里”，每周查看活动安排",
        "注册某某问答，领取家庭收纳电子手册",
        "转发到家长群，一起守护孩子",
        "点击“往期回顾”，看我们这一年的活动",
        "戳右下角“在看”，让更多邻居看到",
        "扫码把本页存到手机",
        "总结写不出来？某某老师帮您从头改稿",
        "类似纠纷可预约某某律师面谈咨询",
        "以下合同已对当事人姓名作隐去处理，仅供学习。",
        "文中部分配图来源于网络，如有侵权请联系删除",
        "课程照片及学员作品版权归本中心所有",
        "CA数字证书办理：0000-1234567　交易系统咨询：0000-1234568",
        "全国加盟热线：400-000-1234",
        "某某县供水有限公司　客服热线 96000",
        "附件：培训回执.xlsx　预览",
        "评分 3 人　积分 +9　理由：有参考价值",
        "收藏这篇",
    ],
)
def test_new_chrome_classes(line: str) -> None:
    assert chrome.strong_reason(line), line


@pytest.mark.parametrize(
    "line",
    [
        "欢迎关注协会公众号，了解更多活动安排。",
        "本次培训的课件已上传到单位内网，各科室可下载学习。",
        "附件：报名回执.xlsx",
        "报名的学员可到前台领取课程表。",
        "类似情况在邻县也发生过，值得我们警惕。",
    ],
)
def test_what_stays_text(line: str) -> None:
    assert chrome.strong_reason(line) is None, line


def _body(text: str, title: str | None = None) -> list[str]:
    return clean_document(text, title=title).paragraphs


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        (
            "　　今年我们新添了四十只收纳箱，按班级编号摆放。收藏这篇",
            "今年我们新添了四十只收纳箱，按班级编号摆放。",
        ),
        (
            "　　今年要配齐餐盒，资金由财政保障。写讲话稿找老王，原创不撞稿，QQ同上各校要建立登记制度，专盒专用。",
            "今年要配齐餐盒，资金由财政保障。各校要建立登记制度，专盒专用。",
        ),
        (
            "　　调查显示，不少孩子的水杯长期不洗。讲话稿不会写？某某代笔，微信同号 mm-wen2026喝水是小事，健康是大事。",
            "调查显示，不少孩子的水杯长期不洗。喝水是小事，健康是大事。",
        ),
        (
            "　　各校要给家长发一封信，讲清带餐要求。写材料卡壳？某某笔杆帮您逐段改稿。有条件的学校可以设加热点。",
            "各校要给家长发一封信，讲清带餐要求。有条件的学校可以设加热点。",
        ),
        (
            "　　蛋糕店作为销售者，应先行赔偿。类似纠纷可预约某某律师一对一咨询。之后可以向生产者追偿。",
            "蛋糕店作为销售者，应先行赔偿。之后可以向生产者追偿。",
        ),
        (
            "　　三月底前完成报废登记。本页内容已加密，下载后可复制全文。统一更换为新式器材。",
            "三月底前完成报废登记。统一更换为新式器材。",
        ),
    ],
)
def test_glued_pieces_go(line: str, kept: str) -> None:
    text = line + "\n　　第二段是正文的另一句话，它在这里结束。\n"
    assert _body(text)[0] == kept


def test_a_reporters_sentence_under_a_gallery_link_stays() -> None:
    text = (
        "　　11月3日，某某学院为新生开展消防安全培训，两百余名新生参加。\n"
        "　　培训还设置了实操环节，新生分组练习使用灭火器，成绩最好的小组获得纪念品一份。\n"
        "点击查看更多校园图片\n"
        "据悉，培训合格的新生才能领取宿舍门禁卡，未通过的将在下周补训。\n"
        "【关闭窗口】\n"
        "地址：某某市大学路1号 邮编：000000\n"
        "版权所有 © 某某学院 某ICP备00000000号\n"
    )
    body = _body(text, title="某某学院开展新生消防安全培训")
    assert body[-1] == "据悉，培训合格的新生才能领取宿舍门禁卡，未通过的将在下周补训。", body


def test_a_pages_note_on_itself_is_no_headline() -> None:
    page = (
        "<html><head><title>【律师说法】超市门口地垫坏了，顾客滑倒受伤超市要担责吗？｜某某律师事务所</title></head><body>"
        "<div>某某律师事务所　全国咨询：400-000-0000</div>"
        "<div>首页 / 以案说法 / 相邻关系</div>"
        "<h2>超市门口地垫坏了，顾客滑倒受伤超市要担责吗？</h2>"
        "<div>解答律师：某某　执业证号 00000000000000000　擅长：相邻关系、物业纠纷</div>"
        "<p>问：楼上邻居的空调外机一直往我家窗台滴水，说了几次都不管，我该怎么办？</p>"
        "<p>答：根据民法典关于相邻关系的规定，不动产权利人不得违反规定排放污水等有害物质。</p>"
        "<p>建议您先与邻居协商，协商不成的可以请物业或居委会调解，也可以向法院起诉。类似问题可一键咨询某律师</p>"
        "<p>本文为律所原创普法内容，转载请注明出处，不构成对具体案件的法律意见</p>"
        "</body></html>"
    )
    doc = parse_html(page.encode("utf-8"), title="【律师说法】超市门口地垫坏了，顾客滑倒受伤超市要担责吗？｜某某律师事务所")
    assert doc.title == "超市门口地垫坏了，顾客滑倒受伤超市要担责吗？", doc.title


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("外婆的针线笸箩 ·《某某小品》卷中其七", "外婆的针线笸箩"),
        ("抹布该换了 - 阿满的厨房日志", "抹布该换了"),
        ("仓库温湿度巡检作业指导书（QA-WI-03）.docx", "仓库温湿度巡检作业指导书"),
        ("一只旧水壶里的节约经（改得越狠越好）", "一只旧水壶里的节约经"),
        ("FWD▸ 关于商请提供培训场地的函", "关于商请提供培训场地的函"),
        ("雨披（儿童雨具）- 某某百科", "雨披"),
        ("学员心得 | 跟师傅学补锅 —— 某某职业培训学校", "跟师傅学补锅"),
    ],
)
def test_titles(title: str, expected: str) -> None:
    assert clean_title(title) == expected


def test_a_wrapped_line_that_opens_on_a_follow_is_the_sentences() -> None:
    text = (
        "　　一、缴费时间\n"
        "　　集中缴费期为2026年9月1日至12月31日，逾期缴费的，待遇享受期相应顺延，请大家\n"
        "抓紧时间办理，以免影响来年的待遇享受，具体安排以各乡镇通知为准。\n"
        "　　二、缴费方式\n"
        "　　参保群众可通过以下方式缴费：一是扫描村（社区）张贴的缴费二维码，或\n"
        "关注“某某医保”微信公众号，点击“居民缴费”完成缴费；二是登录“某某社\n"
        "保”手机应用缴费；三是到各乡镇便民服务中心窗口现场缴费。\n"
    )
    body = _body(text)
    assert any("关注“某某医保”微信公众号，点击“居民缴费”完成缴费；二是登录" in p for p in body), body
