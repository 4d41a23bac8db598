"""Import, twenty-seventh round (issue 13, on holdout88-90's failures): a table of figures under
its head row at the text's end, a procurement notice's fields as no title and no counter, a
writing service's prompt glued inside a sentence, a readers' counter that is one word, a line
under a paywall, a letter's signers without a date, a thread's floor header, advice that says it
is none, the site's own offer to answer, a serial's page head, a Q&A answer's head row, an
entry's synonym and statistics rows, references without a colon, a registration system's
helpdesk glued after a contact, a bare source glued before a sentence, and a poster's name over
the post's stamp.

Every input is written for this test (places, people, sites and numbers invented); none is
taken from bench/clean_eval or the issue.
"""

from __future__ import annotations

import pytest

from haowen.ingest.clean import clean_document
from haowen.ingest.cleaning import chrome
from haowen.ingest.cleaning.glued import strip_glued_actions
from haowen.ingest.cleaning.titles import title_from_lead

BODY = [
    "为推动全镇板栗产业提质增效，制定本方案。",
    "1 总体目标",
    "到2027年，全镇板栗种植面积稳定在一万五千亩，加工转化率达到百分之五十。",
    "2 年度指标",
]


def test_a_table_of_figures_under_its_head_row_ends_the_text():
    text = "\n".join([
        "栗乡镇板栗产业三年行动方案",
        *BODY,
        "年度　改造面积（亩）　加工量（吨）",
        "2025　1200　6000",
        "2026　1500　9000",
        "2027　1600　12000",
        "【打印】【关闭】",
    ])
    paragraphs = clean_document(text, title="栗乡镇板栗产业三年行动方案").paragraphs
    assert paragraphs[-3:] == ["2025　1200　6000", "2026　1500　9000", "2027　1600　12000"]


def test_a_procurement_field_is_no_title_and_no_counter():
    lead = ["栗乡镇公共资源交易平台", "项目名称：板栗冷库改造项目"]
    assert title_from_lead(lead, chrome.edge_reason) != "项目名称：板栗冷库改造项目"
    assert chrome.edge_reason("采购预算：38.6万元") is None


def test_a_writing_services_prompt_glued_inside_a_sentence_goes_and_the_sentence_stays():
    text = "\n".join([
        "栗乡镇板栗加工厂2025年安全生产工作总结",
        "一、主要做法",
        "（一）排查消防隐患。清理仓库杂物堆放点7处，代写总结请联系QQ 3310458827新增灭火器36具。",
        "（二）抓实全员培训。组织员工轮训4期，考核合格208人次。",
    ])
    paragraphs = clean_document(text, title="栗乡镇板栗加工厂2025年安全生产工作总结").paragraphs
    assert "（一）排查消防隐患。清理仓库杂物堆放点7处，新增灭火器36具。" in paragraphs


def test_a_readers_counter_is_cut_whole_and_the_line_under_a_paywall_stays():
    text = "\n".join([
        "板栗采收志愿服务心得体会（精选3篇）",
        "2.3万人已阅读　　AI润色　　一键套用",
        "参加板栗采收志愿服务，让我第一次走进了栗园。",
        "每天采收时，老农都会讲一棵栗树背后的故事，有的树已经种了六十多年。",
        "剩余2篇范文会员可见，开通VIP立即解锁",
        "这段经历让我懂得，丰收需要耐心和汗水，也需要一代代人的坚守。",
        "打开写作APP，复制全文无限制",
    ])
    paragraphs = clean_document(text, title="板栗采收志愿服务心得体会").paragraphs
    assert paragraphs[0] == "参加板栗采收志愿服务，让我第一次走进了栗园。"
    assert paragraphs[-1] == "这段经历让我懂得，丰收需要耐心和汗水，也需要一代代人的坚守。"


def test_a_letters_signers_without_a_date_stay():
    text = "\n".join([
        "关于增开3路公交早班车的建议",
        "楼主：栗乡老住户　　发表于 2025-4-9 20:13",
        "县公交公司：",
        "目前3路公交首班车为7:00，栗园片区上早班的居民出行很不方便。",
        "我们建议将首班车提前到6:00，附联名表一份，共计120户居民签名。",
        "栗园片区部分居民",
        "2#　栗园小王：支持！每天早上打车太贵",
        "回复本帖　　收藏　　分享",
    ])
    paragraphs = clean_document(text, title="关于增开3路公交早班车的建议").paragraphs
    assert paragraphs[-1] == "栗园片区部分居民"


@pytest.mark.parametrize(
    "line",
    [
        "========== 3楼 板凳 ==========",
        "以上解答仅针对提问者描述的情况，不构成正式法律意见。",
        "如有疑问，欢迎给本所留言，律师会尽快回复",
        "《栗园三十年》最新章节",
        "栗园老周　栗乡农技站站长　回答时间：2025-02-03",
        "同义词：毛栗、栗子",
        "词条统计：浏览次数 2301　编辑次数 9次",
    ],
)
def test_these_classes_are_chrome_wherever_they_stand(line):
    assert chrome.strong_reason(line) is not None


def test_references_without_a_colon_are_the_entrys_list():
    assert (chrome.edge_reason("参考资料 ［1］《板栗栽培技术手册》") or "").startswith("list:")


@pytest.mark.parametrize(
    "line",
    [
        "以上意见不代表各村的最终决定。",  # no advice of a site
        "如有疑问，请与镇农业服务中心联系。",
        "三楼会议室请于周五前腾空",
    ],
)
def test_lines_of_a_document_like_them_stay(line):
    assert chrome.strong_reason(line) is None


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("报名咨询电话：0573-81223467（县人社局）技术支持电话：0573-81129900（仅限报名系统故障）", "报名咨询电话：0573-81223467（县人社局）"),
        ("来源：栗乡镇宣传办栗乡镇位于县城东部，是全省板栗主产区。", "栗乡镇位于县城东部，是全省板栗主产区。"),
    ],
)
def test_chrome_glued_into_a_line_goes(line, kept):
    assert strip_glued_actions(line) == kept


def test_a_posters_name_over_the_posts_stamp_goes_and_a_speaker_stays():
    text = "\n".join([
        "栗乡论坛 › 乡村生活 › 帖子详情",
        "栗乡周末板栗集市招摊位啦",
        "栗市小管家",
        "发布于 2025-09-13 10:07",
        "栗乡周末板栗集市9月20日起每周六开市，现面向全镇栗农招摊位。",
        "摊位共40个，每个每天收取管理费20元。",
    ])
    paragraphs = clean_document(text, title="栗乡周末板栗集市招摊位啦").paragraphs
    assert paragraphs[0].startswith("栗乡周末板栗集市9月20日起")
    speech = "\n".join(["在全镇板栗产业大会上的讲话", "镇长　周立", "（2025年9月13日）", "同志们：", "今天召开全镇板栗产业大会，主要任务是部署秋季采收工作。"])
    assert "镇长　周立" in clean_document(speech, title="在全镇板栗产业大会上的讲话").paragraphs
