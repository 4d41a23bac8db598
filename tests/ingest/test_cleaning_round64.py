"""Import, sixty-fourth round (issue 13, on holdout199-201's failures, read after their blind
score): titles under a full-width square bracket, a trailing tortoise-shell or white lenticular
bracket, an icon spaced between a label and a title, a dot operator, asides of what the file
includes, an exam forum's answer label and a poster's plea; a study site's reading rewards, a
writing service's offer in any words, a writing app's one-tap tools and icon buttons, download
costs and unzip passwords, supplier tags, reader counts, a wiki's editors, an office system's
circulation record, share and trial-lesson prompts, casual see-also links, positioned captions,
image-source notes, buy buttons, mail 抄送 fields naming mailboxes; prompts glued between
sentences, before a salutation and after the last sentence; a wiki's edit links; a row of the page's cells kept whole; and what stays: a news lead's dateline, the text's
own question after a follow prompt, a number glued to forum junk.

Every input is written for this test (places, people, sites and numbers invented); none is
taken from bench/clean_eval or the issue.
"""

from __future__ import annotations

import pytest

from haowen.ingest.clean import clean_document
from haowen.ingest.cleaning import chrome
from haowen.ingest.cleaning.glued import strip_glued_actions, strip_leading_chrome
from haowen.ingest.cleaning.lines import strip_inline_junk
from haowen.ingest.cleaning.titles import strip_decoration
from haowen.ingest.parsers.base import clean_title

LETTER = ["各位家长：", "下周三学校将组织学生到植物园开展研学活动，请提醒孩子穿运动鞋。"]


def _body(lines: list[str], title: str | None = None) -> list[str]:
    return clean_document("\n".join(lines), title).paragraphs


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        ("［晚饭后随笔］外婆的搪瓷缸", "外婆的搪瓷缸"),
        ("［处室规定］档案借阅登记管理办法 - 柘阳县档案馆", "档案借阅登记管理办法"),
        ("关于开展楼道杂物清理的通知〔纯文本〕", "关于开展楼道杂物清理的通知"),
        ("扳手〔工具·五金〕", "扳手"),
        ("房屋租赁合同（可改）〖个人版〗", "房屋租赁合同"),
        ("实习总结 ✦ 我在社区卫生站的三个月 - 某某职校", "我在社区卫生站的三个月"),
        ("存档 ➤ 关于调整夜间巡逻路线的函 - 柘阳县公安局", "关于调整夜间巡逻路线的函"),
        ("柘阳县2025年农村道路养护工作总结⋅工作总结⋅柘阳县交通运输局", "柘阳县2025年农村道路养护工作总结"),
        ("社区老年食堂运营方案（含成本测算）[WORD] - 文档站", "社区老年食堂运营方案"),
        ("[申论练笔] 一盏路灯照亮回家路（新手，求轻拍）- 申论区 - 某某论坛", "一盏路灯照亮回家路"),
    ],
)
def test_page_decoration_leaves_the_title(raw, title):
    assert clean_title(raw) == title


@pytest.mark.parametrize(
    "title",
    [
        "关于印发〔2025〕工作要点的通知",  # a document number's year inside the title stays
        "2025年部门预算（含三公经费，共12项）",  # a clause in the bracket is the text's own
        "关于做好秋冬季森林防火工作的通知（第二批）",
    ],
)
def test_a_titles_own_brackets_stay(title):
    assert strip_decoration(title) == title


@pytest.mark.parametrize(
    "line",
    [
        "本文已收入“青年学堂”专栏，阅读打卡可积2分",
        "学完本课，记得在“云上党校”打卡",
        "本页停留满3分钟，自动计入本周学习时长",
        "刷题满15天，解锁老师的视频讲评",
        "述职报告写不出来？柳笔代笔，三小时交稿",
        "发言稿润色请留言，编辑半小时内回复",
        "打开妙写，一键套用这篇范文",
        "开头结尾一键生成",
        "✎续写",
        "✨让AI换种说法",
        "获取可编辑全文：点右上角“下载”，消耗8文档币",
        "解压密码：xz2026",
        "街道供稿",
        "柳笔原创首发",
        "本办法共有 386 人查阅",
        "本条由 6 位网友共同编辑　最近更新：上周",
        "06-03 14:20 综合办公室 拟稿",
        "拟稿 王某 2026-03-02 09:10 → 核稿 李某 2026-03-02 11:30 → 签发 张某 2026-03-03 08:45",
        "觉得有用？转给家里的老人",
        "先来上一节免费体验课，再决定报不报",
        "顺便看看：老房子电线怎么换",
        "王建国（左二）为新队员佩戴徽章",
        "图片来自网络，侵删",
        "春季新品已上架官方商城，立即购买",
        "抄送：办公室 <bgs@example.org>",
    ],
)
def test_these_classes_are_chrome_between_paragraphs(line):
    assert chrome.strong_reason(line) is not None or chrome.edge_reason(line) is not None, line
    assert _body([LETTER[0], line, LETTER[1]]) == LETTER, line


@pytest.mark.parametrize(
    "line",
    [
        "组织党员每天在学习平台打卡，全年人均学习积分达到一万二千分。",  # a report's sentence
        "第三条　巡查人员应逐点扫码打卡，巡查记录每日归档。",
        "抄送：县委办公室，县人大常委会办公室，县政协办公室。",
        "2025年共为群众代写文书三百余份，群众满意率达到百分之九十八。",
        "本次培训共有 120 人参加，考核合格率百分之九十五。",
    ],
)
def test_a_documents_own_sentences_on_these_subjects_stay(line):
    assert _body([LETTER[0], line, LETTER[1]]) == [LETTER[0], line, LETTER[1]], line


def test_a_consult_prompt_glued_between_two_sentences_goes():
    line = "经营者应当提供安全的环境，店内未作提醒，自身存在过错。类似问题可免费咨询本站律师消费者也应尽到注意义务，操作不当的需自担责任。"
    out = _body([LETTER[0], line])
    assert out[-1] == "经营者应当提供安全的环境，店内未作提醒，自身存在过错。消费者也应尽到注意义务，操作不当的需自担责任。"


def test_a_pointer_to_a_link_glued_between_two_sentences_goes():
    line = "课程还安排了水上救援和急救训练。想和学长一样拿证？点这里看报名详情结业那天，我第一次独立完成了救援演练。"
    out = _body([LETTER[0], line])
    assert out[-1] == "课程还安排了水上救援和急救训练。结业那天，我第一次独立完成了救援演练。"


def test_a_star_prompt_glued_before_the_salutation_leaves_the_salutation():
    out = _body(["设为星标，第一时间收到更新全体业主：", "近期小区将进行二次供水水箱清洗，届时将短暂停水，请提前储水。"])
    assert out[0] == "全体业主："


def test_a_supplier_tag_glued_before_the_first_words_goes():
    assert strip_glued_actions("社区供稿各位居民：") == "各位居民："
    assert strip_glued_actions("柳笔原创首发回到单位后，我把学到的方法讲给同事们听。") == "回到单位后，我把学到的方法讲给同事们听。"


def test_short_buttons_and_links_after_the_last_sentence_go():
    assert strip_glued_actions("丢了不仅心疼，还耽误上学。✎续写") == "丢了不仅心疼，还耽误上学。"
    assert strip_glued_actions("它陪我做了上百个蛋糕，直到去年才退休。顺便看看：蛋糕塌陷的五个原因") == "它陪我做了上百个蛋糕，直到去年才退休。"


def test_a_wikis_edit_link_after_a_section_heading_goes():
    assert strip_glued_actions("分类✏编辑本节") == "分类"


def test_a_download_button_after_an_attachments_file_name_goes_and_the_name_stays():
    assert strip_glued_actions("附件：报价单（CG-2026-18）.xlsx　点击下载") == "附件：报价单（CG-2026-18）.xlsx"
    assert strip_glued_actions("附件：报价单.xlsx") == "附件：报价单.xlsx"


def test_the_texts_own_question_after_a_follow_prompt_stays():
    line = "点击上方蓝字“柳岸应急”关注我们很多家庭的燃气报警器会在深夜突然鸣叫，让人不知所措。这究竟是为什么？"
    assert strip_glued_actions(line) == "很多家庭的燃气报警器会在深夜突然鸣叫，让人不知所措。这究竟是为什么？"


def test_a_news_leads_dateline_stays_when_an_app_prompt_runs_into_it():
    rest, cut = strip_leading_chrome("下载柳岸新闻客户端，看更多本地资讯本网讯　3月5日，柳岸县图书馆新馆正式开馆，首日接待读者两千余人次。")
    assert rest.startswith("本网讯")
    assert "客户端" in cut


def test_a_number_glued_to_forum_junk_keeps_its_unit():
    line = "口径大一些进光更多，重量也更重。k& Qw 7z 5x bn50毫米的适合观星，但不便携带。"
    out = strip_inline_junk(line)
    assert "50毫米的适合观星" in out
    assert "Qw" not in out


def test_a_row_of_see_also_cells_is_judged_whole_after_the_text():
    text = "\n".join(
        [
            "扳手是用来拧转螺栓、螺母的手工工具，常用碳素钢或合金钢制成。",
            "使用时应选用与螺母尺寸相符的扳手，避免打滑伤手。",
            "参见：活动扳手　　套筒　　螺丝刀",
            "本词条最后修订：5 天前　　浏览 2,103",
        ]
    )
    assert clean_document(text, "扳手").paragraphs == [
        "扳手是用来拧转螺栓、螺母的手工工具，常用碳素钢或合金钢制成。",
        "使用时应选用与螺母尺寸相符的扳手，避免打滑伤手。",
    ]
