"""Import, forty-sixth round (issue 13, on holdout148-150's failures, read after their blind
score): a shop's last word in either order, a sales promotion, a weather widget, an answer's
expert card, a contents list under its header, reprint terms asking for consent, buttons that
work the window, a related link glued after a sentence, digits with a junk mark, a rule's
effective date against the page's publish line, a community page's exclaimed headline, a
blog's name taken for the title, a question whose copy pleads for a sample, a hospital's
booking line, a login prompt asking for an account, a floor-jump widget with its floor, and a
版记 field over a print page's address across a page marker.

Every input is written for this test (places, people, sites and numbers invented); none is
taken from bench/clean_eval or the issue.
"""

from __future__ import annotations

import pytest

from haowen.ingest.clean import clean_document
from haowen.ingest.cleaning import chrome
from haowen.ingest.parsers.html import parse_html


@pytest.mark.parametrize(
    "line",
    [
        "本馆保留对讲座安排的最终解释权。",
        "活动最终解释权归栖梧书院所有",
        "限时特惠：报名即赠竹编材料包一份",
        "前15名报名减免报名费！",
        "三人同行立减120元",
        "今日 阵雨 19~25℃",
        "栖梧镇　小雪转多云 -3℃～4℃",
        "【关闭窗口】【双击滚屏】",
        "03 71 #",
        "预约挂号请拨打 0736-2281190，或关注“栖梧医院”服务号",
        "登录后才能回帖，还没有帐号？",
        "电梯直达　8#",
    ],
)
def test_these_classes_are_chrome_wherever_they_stand(line):
    assert chrome.strong_reason(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "不得以“最终解释权归本店所有”等条款排除消费者权利。",
        "二、不以“限时优惠”等名义虚构原价。",
        "首次报名赠送教材一套，试听课每人限一次。",
        "日最高气温达到35℃以上时，停止露天作业。",
        "周三　上午　童一鸣　副主任医师",
        "二、预约挂号",
        "四、可通过医院服务号预约挂号、查询检查报告。",
        "12 30.5 41.2%",
    ],
)
def test_these_lines_are_no_such_chrome(line):
    assert chrome.strong_reason(line) is None


def test_an_answers_expert_card_is_cut_above_the_answer_only():
    assert chrome.expert_byline("栖梧县人民医院　眼科　主治医师　贺青禾")
    assert chrome.expert_byline("执业律师 龚远 ｜ 栖梧律师事务所")
    assert not chrome.expert_byline("周一　下午　贺青禾　主治医师")
    text = "\n".join([
        "健康问答 > 眼科 > 干眼症",
        "栖梧县人民医院　眼科　主治医师　贺青禾",
        "干眼症患者平时要注意用眼卫生，连续看屏幕四十分钟就要休息一会儿。",
        "空调房里可以放一盆清水，保持空气湿润。",
    ])
    assert clean_document(text, title="干眼症平时要注意什么？").paragraphs[0].startswith("干眼症患者")


def test_a_contents_list_under_its_header_goes_a_documents_own_stays():
    page = "\n".join([
        "苇岸集 · 卢青山文集",
        "目录",
        "一、渡口",
        "二、芦花",
        "九、雁阵",
        "十、最后一班渡船",
        "最后一班渡船开出的那天，河面上起了薄雾。",
        "老艄公把船桨擦了又擦，说这一桨下去，就是四十年。",
    ])
    body = clean_document(page, title="最后一班渡船").paragraphs
    assert body[0].startswith("最后一班渡船开出的那天")
    report = "\n".join([
        "目录",
        "一、基本情况",
        "二、存在问题",
        "一、基本情况",
        "全镇共有渡口三处，渡船五艘。",
        "二、存在问题",
        "部分渡船船龄偏长。",
    ])
    kept = clean_document(report, title="全镇渡口安全情况调研报告").paragraphs
    assert "全镇共有渡口三处，渡船五艘。" in kept and "二、存在问题" in kept


def test_reprint_terms_that_ask_the_authors_consent_are_the_pages():
    assert chrome.edge_reason("文集为作者家人整理，转载请征得家属同意。") is not None


def test_a_related_link_glued_after_a_sentence_is_cut_off():
    text = "\n".join([
        "一、本月产量完成计划的百分之一百零三。",
        "二、存在问题。烘干线检修两天，部分订单延期交付。相关阅读：设备科十月检修简报",
        "三、下月打算。按期完成延期订单。",
    ])
    body = clean_document(text, title="烘干车间十月份工作汇报").paragraphs
    assert body[1] == "二、存在问题。烘干线检修两天，部分订单延期交付。"


def _page(*body: str, title: str = "", head: str = "") -> bytes:
    return (f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>{head}" + "".join(body) + "</body></html>").encode()


def test_a_rules_effective_date_gives_way_to_the_pages_publish_line():
    page = _page(
        "<div class='meta'>发表于 2025-3-2 09:15　|　查看 512</div>",
        "<div class='post'><p>为保障会员安全，制定本规定。</p>",
        "<p>一、杠铃片使用后放回原处。</p><p>二、深蹲须在保护架内进行。</p>",
        "<p>本规定自2025年3月10日起执行。</p></div>",
        title="举重馆器械使用规定 - 栖梧健身论坛",
    )
    assert str(parse_html(page).published_on) == "2025-03-02"


def test_a_community_pages_exclaimed_headline_is_its_title():
    page = _page(
        "<div>今日天气：晴 12～20℃</div><div>栖梧社区 · 邻里之家</div>",
        "<ul><li>社区公告</li><li>便民服务</li></ul>",
        "<h3>旧衣回收箱进小区啦！</h3>",
        "<p>10月12日起，社区在各楼栋门口放置旧衣回收箱，居民可将干净的旧衣物打包投放。</p>",
        "<p>回收的衣物将捐给山区学校。</p>",
        title="栖梧社区邻里之家",
    )
    assert parse_html(page).title == "旧衣回收箱进小区啦！"


def test_a_blogs_name_is_no_title_when_the_page_prints_the_other_segment():
    page = _page(
        "<div>竹外桃花 —— 一支笛子，半生江南</div>",
        "<h2>吹了二十年笛子，说说换气的三个窍门</h2>",
        "<p>学笛子的人，十个有八个卡在换气上。</p>",
        "<p>第一个窍门是先练慢气，再练快气。</p>",
        "<p>第二个窍门是学会偷气，在乐句之间悄悄补一口。</p>",
        title="竹外桃花 - 吹了二十年笛子，说说换气的三个窍门",
    )
    assert parse_html(page).title == "吹了二十年笛子，说说换气的三个窍门"


def test_a_question_whose_copy_pleads_for_a_sample_takes_the_answers_headline():
    text = "\n".join([
        "问问社区 > 公文写作",
        "村里想修一座便民桥，请示怎么写？求一篇范文",
        "提问者：匿名　｜　浏览 640 次",
        "最佳答案",
        "关于修建竹溪村便民桥的请示",
        "镇人民政府：",
        "我村竹溪两岸群众往来只能涉水过河，汛期十分危险，拟修建便民桥一座。",
        "妥否，请批示。",
    ])
    assert clean_document(text, title="村里想修一座便民桥，请示怎么写？").title == "关于修建竹溪村便民桥的请示"


def test_a_copy_field_is_not_joined_to_the_print_pages_address_across_a_page_marker():
    text = "\n".join([
        "各村民委员会：",
        "请各村于本月底前完成排查。",
        "栖梧镇人民政府",
        "2025年5月6日",
        "抄送：镇应急办",
        "〔1／1〕",
        "http://www.qiwu.example.gov.cn/print.asp?id=88",
    ])
    body = clean_document(text, title="关于开展汛前排查的通知").paragraphs
    assert body[-1] == "抄送：镇应急办"


def test_the_replaced_question_goes_and_the_answerers_lead_in_stays():
    text = "\n".join([
        "问问社区 > 公文写作",
        "提问者：匿名　｜　3天前",
        "村里想修一座便民桥，请示怎么写？求个范文",
        "已有3个回答　关注问题",
        "最佳回答",
        "给你一个参考格式，金额按实际改：",
        "关于修建竹溪村便民桥的请示",
        "镇人民政府：",
        "我村竹溪两岸群众往来只能涉水过河，汛期十分危险，拟修建便民桥一座。",
        "妥否，请批示。",
    ])
    cleaned = clean_document(text, title="村里想修一座便民桥，请示怎么写？")
    assert cleaned.title == "关于修建竹溪村便民桥的请示"
    assert cleaned.paragraphs[:2] == ["给你一个参考格式，金额按实际改：", "镇人民政府："]


def test_a_forms_blank_fields_start_its_text_with_the_table_under_them():
    text = "\n".join([
        "表格下载站　全部免费",
        "文件大小：18KB　｜　更新：2025-05-02",
        "河道巡查记录表",
        "巡查河段：______　巡查日期：____年__月__日　巡查人：______",
        "项目　情况　处理意见",
        "水面漂浮物　有无",
        "排污口　有无",
        "备注：发现问题当日上报村级河长。",
    ])
    body = clean_document(text, title="河道巡查记录表").paragraphs
    assert body[:3] == ["巡查河段：______　巡查日期：____年__月__日　巡查人：______", "项目　情况　处理意见", "水面漂浮物　有无"]


def test_a_numbered_contents_list_stops_at_the_speakers_line():
    page = "\n".join([
        "本卷目录",
        "11 学艺记",
        "12 在老年大学开学典礼上的讲话",
        "13 写给学员的一封信",
        "老年大学学员代表　孟春华",
        "（二〇二五年九月一日）",
        "各位老师、各位同学：",
        "今天是老年大学开学的日子，我代表全体学员说几句心里话。",
    ])
    body = clean_document(page, title="在老年大学开学典礼上的讲话").paragraphs
    assert "各位老师、各位同学：" in body and "13 写给学员的一封信" not in body
