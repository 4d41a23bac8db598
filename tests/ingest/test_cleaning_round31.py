"""Import, thirty-first round (issue 13, on holdout103-105's failures, read after their blind
score): a caption's photographer credit, a template's placeholder date, trafilatura's late blocks
put back in the page's order, a forwarder's note signed by a surname, a mail client's counted
attachment, a print view's page counter, customers' testimonials, a writing service's pitch, a
course's pitch, a prompt to add an adviser's WeChat, "others also liked" boxes, a button back to
the list before a previous/next link, a contributor's credit, a viewer's label before a glued
page marker, a host's "added" stamp, a Q&A answer's date, a forum reply by a 网友, a post's stamp
row split into cells, a related link before an outline heading, and a headline with a comma
that is no site's name.

Every input is written for this test (places, people, sites and numbers invented); none is
taken from bench/clean_eval or the issue.
"""

from __future__ import annotations

import pytest

from haowen.ingest.clean import clean_document, is_strong_chrome
from haowen.ingest.cleaning import chrome
from haowen.ingest.cleaning.glued import strip_glued_actions
from haowen.ingest.cleaning.dates import answer_date, is_upload_line
from haowen.ingest.cleaning.lines import PAGE_MARKER
from haowen.ingest.parsers.base import clean_title
from haowen.ingest.parsers.html import in_page_order, parse_html


def test_a_caption_with_its_photographers_credit_glued_after_a_sentence_goes():
    line = "开幕式上，六支龙灯队依次巡游。图为龙灯队在老街表演。通讯员 柯楠 摄"
    assert strip_glued_actions(line) == "开幕式上，六支龙灯队依次巡游。"


def test_a_templates_placeholder_date_under_its_maker_stays():
    text = "\n".join([
        "村道改造施工方案",
        "一、施工范围：青禾村主干道全长1.2公里。",
        "二、质量控制：完工后由村委会组织验收。",
        "编制单位：××工程有限公司",
        "编制日期：××××年××月××日",
        "下载地址失效请点此报错",
    ])
    paragraphs = clean_document(text, title="村道改造施工方案").paragraphs
    assert paragraphs[-1] == "编制日期：××××年××月××日"


def test_lines_trafilatura_moved_to_the_end_go_back_to_their_place():
    plain = "\n".join(["青禾党建网", "在全镇秋粮收购工作会上的讲话", "镇长 周平", "（2025年9月2日）", "同志们：", "今年秋粮丰收。", "青禾党建网版权所有"])
    text = "\n".join(["同志们：", "今年秋粮丰收。", "镇长 周平", "（2025年9月2日）"])
    assert in_page_order(text, plain).splitlines() == ["镇长 周平", "（2025年9月2日）", "同志们：", "今年秋粮丰收。"]


def test_a_repeated_line_in_order_does_not_move():
    plain = "\n".join(["青禾县水利局", "关于做好防汛值班的通知", "各股室：", "请落实值班制度。", "青禾县水利局", "2025年6月1日", "青禾县水利局　地址：人民路1号"])
    text = "\n".join(["各股室：", "请落实值班制度。", "青禾县水利局", "2025年6月1日"])
    assert in_page_order(text, plain) == text


def test_a_line_not_on_the_page_leaves_the_text_as_it_was():
    text = "甲\n乙"
    assert in_page_order(text, "乙") == text


def test_a_speech_page_keeps_its_byline_above_the_salutation():
    html = (
        "<html><head><title>在全镇秋粮收购工作会上的讲话 - 青禾党建网</title></head><body>"
        "<div class='head'>青禾党建网 旗帜引领</div><div class='menu'>首页 | 党建要闻 | 学习园地</div>"
        "<h2>在全镇秋粮收购工作会上的讲话</h2>"
        "<p class='info'>发布时间：2025-09-05　来源：青禾镇党委　点击：310</p>"
        "<p class='speaker'>镇长　周平</p><p class='speaker'>（2025年9月2日）</p>"
        "<div class='text'><p>同志们：</p>"
        "<p>今年全镇秋粮喜获丰收，收购工作任务重、时间紧，各村要早谋划、早安排。</p>"
        "<p>一要保障收购资金，二要做好仓容准备，三要严格执行最低收购价政策。</p>"
        "<p>四要加强市场监管，严厉打击压级压价、克扣斤两等坑农害农行为。</p>"
        "<p>同志们，秋粮收购关系农民增收，希望大家认真抓好落实。</p></div>"
        "<div class='op'>[打印文章] [关闭窗口]</div><div class='foot'>青禾党建网版权所有</div></body></html>"
    )
    doc = parse_html(html.encode("utf-8"))
    assert doc.published_on.isoformat() == "2025-09-02"
    assert "同志们：" in doc.paragraphs
    assert doc.paragraphs.index("同志们：") > doc.paragraphs.index("（2025年9月2日）")


def test_a_forwarders_note_signed_by_a_surname_above_the_original_mail_goes():
    text = "\n".join([
        "主题：Fw: 全县水库安全检查工作会议纪要",
        "发件人：水利局办公室 <bgs@example.cn>",
        "收件人：各水管站",
        "各站：纪要转给你们，请抓紧落实。周",
        "———— 原始邮件 ————",
        "时间：2025年5月6日上午9:00",
        "地点：县水利局三楼会议室",
        "会议听取了各水管站水库安全检查情况汇报，研究部署了汛前隐患整改工作。",
    ])
    paragraphs = clean_document(text, title="全县水库安全检查工作会议纪要").paragraphs
    assert paragraphs[0] == "时间：2025年5月6日上午9:00"


@pytest.mark.parametrize(
    "line",
    [
        "附　件：防汛物资清单.xlsx（2个）",
        "学员说：跟着老师学了一期，回去就开了网店——青禾 李姐",
        "往期学员：实操多，老师有耐心",
        "家长反馈：孩子比以前自信多了。",
        "材料写不出来？找青禾笔社，当天交稿",
        "【公考冲刺营】名师批改，10天提分",
        "类似问题可扫码添加周律师微信咨询",
        "看过本文的人还看了：秋季防火十问",
        "📌 近期活动：周日上午社区义诊",
        "返回列表　下一条：青禾镇召开秋收动员会",
        "（镇农办 供稿）",
        "网友 东街老王：我家门口也是这样",
    ],
)
def test_these_classes_are_chrome(line):
    assert (chrome.strong_reason(line) or chrome.edge_reason(line)) is not None


@pytest.mark.parametrize(
    "line",
    [
        "附件：防汛物资清单.xlsx",  # a document's own attachment, no client's count
        "村民说：路修好了，出门方便多了。",  # a report's quote
        "家长：希望学校多组织户外活动。",  # a transcript's speaker
        "三、精准施策助力提分",  # a school's own heading
        "参加培训学习可获得继续教育学时。",
        "请各单位于5月10日前交稿。",
        "各站：请于明日前上报。",
    ],
)
def test_lines_of_a_document_like_them_stay(line):
    assert chrome.strong_reason(line) is None


def test_a_file_hosts_label_over_the_text_is_strong_chrome():
    assert is_strong_chrome("资料说明：")
    assert not is_strong_chrome("资料说明：本方案适用于全镇。")


def test_a_print_views_page_counter_under_its_own_word_is_a_page_marker():
    for text in ["本页 1 ／ 总 2 页", "当前页 2/5", "页次：1/3"]:
        assert PAGE_MARKER.match(text) is not None


def test_a_print_views_page_counter_under_the_last_article_goes():
    text = "\n".join(["青禾县护林员管理办法", "第一条　为加强护林员管理，制定本办法。", "第二条　本办法自发布之日起施行。", "本页 1 ／ 总 1 页", "[打印此页]　[关闭本页]"])
    assert clean_document(text, title="青禾县护林员管理办法").paragraphs[-1] == "第二条　本办法自发布之日起施行。"


def test_a_viewers_label_before_a_glued_page_marker_is_not_joined_to_the_text():
    text = "\n".join(["青禾云盘 · 文件分享", "保存到我的云盘　下载　举报", "在线预览（第1页/共2页）", "为做好秋季森林防火工作，制定本方案。", "一、加强巡护。"])
    paragraphs = clean_document(text, title="秋季森林防火工作方案").paragraphs
    assert paragraphs[0] == "为做好秋季森林防火工作，制定本方案。"


def test_a_qa_pages_answer_date_comes_before_the_questions():
    page = "\n".join(["稻田养鸭有什么讲究？", "提问者：青禾老农　2025-04-01", "农技员小周　｜　回答于 2025-04-03 08:20", "鸭苗放养前要先驯水。"])
    assert answer_date(page).isoformat() == "2025-04-03"
    assert answer_date("提问者：青禾老农　2025-04-01") is None


def test_a_posts_stamp_row_split_into_cells_goes_whole():
    text = "\n".join([
        "青禾论坛 › 生活 › 交通出行",
        "今早东环路大雾，出门慢一点",
        "晨跑的鹿　　发表于 今天 06:50　　|　只看楼主　|　倒序浏览",
        "六点多上东环路，能见度不到五十米，大家都开着双闪慢慢走。",
        "建议早上出门的朋友晚半小时再走。",
    ])
    paragraphs = clean_document(text, title="今早东环路大雾，出门慢一点").paragraphs
    assert paragraphs[0] == "六点多上东环路，能见度不到五十米，大家都开着双闪慢慢走。"


def test_a_related_link_glued_before_an_outline_heading_goes():
    line = "【延伸阅读】青禾镇秋收动员会召开二、做好机收组织。各村要提前联系农机手。"
    assert strip_glued_actions(line) == "二、做好机收组织。各村要提前联系农机手。"


def test_a_headline_with_a_comma_ending_in_a_verb_is_no_sites_name():
    assert clean_title("今天赶海，这三段礁石千万别站 | 青禾文旅") == "今天赶海，这三段礁石千万别站"
    assert clean_title("青禾镇年度工作总结_青禾文库站") == "青禾镇年度工作总结"


def test_a_threads_post_row_is_chrome_wherever_it_stands():
    assert chrome.strong_reason("楼主：青禾老周　　发表于 3小时前　　只看该作者") is not None


@pytest.mark.parametrize("line", ["夜间施工须开启照明，确保过往人员", "请结合前提分析原因", "打包过程中注意防潮"])
def test_words_that_only_contain_a_pitchs_letters_stay(line):
    assert chrome.strong_reason(line) is None


def test_a_file_hosts_download_count_makes_its_added_stamp_no_date():
    assert is_upload_line("下载次数：512　添加时间：2024-10-08")
    assert is_upload_line("添加时间：2024-10-08")  # a host's entry stamp
    assert not is_upload_line("发布时间：2025-6-16　人气：132")


def test_an_added_stamp_under_the_sites_own_news_column_dates_the_news_item():
    assert not is_upload_line("新闻类别：公司新闻　添加时间：2025-6-16　人气：132")
    assert is_upload_line("添加时间：2025-01-09 10:31　来源：网友投稿　阅读：2856")
