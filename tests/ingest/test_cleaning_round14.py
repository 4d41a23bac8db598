"""Import, fourteenth round (issue 13, on holdout15's failures): a framed page number with the
count of pages (``〘3/8〙``), a bracketed ``N页`` inside a sentence, hard-wrap detection that
page chrome, table rows and bulleted items of one width no longer trigger, a document's own
contact sentences kept beside a site's service prompts, and a 落款 whose issuer reads like a
site's name.

Every input is written for this test (places, people, sites and numbers invented); none is
taken from bench/clean_eval or the issue.
"""

from __future__ import annotations

import pytest

from haowen.ingest.clean import clean_text
from haowen.ingest.cleaning import chrome

from .test_cleaning_round9 import HEAD, TAIL, _repair

# --- page numbers ---------------------------------------------------------------------------


@pytest.mark.parametrize("marker", ["〘3/8〙", "◀ 3/8 ▶", "⟪3/8⟫", "✦3／8✦"])
def test_a_framed_page_number_with_its_total_alone_inside_a_sentence_goes(marker):
    assert _repair(HEAD, marker, TAIL) == [HEAD + TAIL]


def test_a_framed_pair_of_numbers_that_is_no_page_of_a_total_stays():
    # 9/4 is no page of four pages: a score or a date, left to the reader.
    assert _repair(HEAD, "〘9/4〙", TAIL) == [HEAD, "〘9/4〙", TAIL]


@pytest.mark.parametrize("marker", ["〔4页〕", "［4页］", "【4页】 "])
def test_a_bracketed_page_count_inside_a_sentence_goes(marker):
    line = "全年新建村级养老服务站十一个，覆盖" + marker + "全镇百分之八十的行政村。"
    assert _repair(line) == ["全年新建村级养老服务站十一个，覆盖全镇百分之八十的行政村。"]


def test_a_bracketed_page_count_ending_an_attachment_line_stays():
    assert _repair("附件：湖汊镇防汛应急预案【4页】") == ["附件：湖汊镇防汛应急预案【4页】"]


# --- hard wraps -----------------------------------------------------------------------------


def test_page_chrome_and_table_rows_of_one_width_make_no_text_wrapped():
    text = "\n".join(
        [
            "枫岙镇门户 > 政务公开 > 会议纪要",
            "枫岙镇2025年8月防汛工作调度会纪要.pdf",
            "密级：内部　下载：12次　大小：280KB",
            "枫岙镇2025年8月防汛工作调度会纪要",
            "时间：2025年8月4日下午3:00",
            "主持：镇长　黄立群",
            "参会：镇班子成员，各村党支部书记，应急办全体人员",
            "会议通报了近期雨情水情，分析了山塘水库和地质灾害隐患点的风险，部署了下一阶段防汛工作。",
            "一、各村要落实二十四小时值班，严格执行领导带班制度。",
            "事项　责任单位　时限",
            "巡查山塘水库　水利站　每日",
            "排查地灾隐患点　国土所　8月10日",
            "二、应急物资要就近前置，确保拉得出、用得上。",
        ]
    )
    out = clean_text(text, title="枫岙镇2025年8月防汛工作调度会纪要")
    assert "参会：镇班子成员，各村党支部书记，应急办全体人员" in out
    assert "会议通报了近期雨情水情，分析了山塘水库和地质灾害隐患点的风险，部署了下一阶段防汛工作。" in out


def test_the_wrap_width_is_read_from_the_texts_lines_not_its_chrome_or_table_rows():
    from haowen.ingest.clean import Line, _wrap_width

    # Page chrome and table rows all 38 columns wide (19 Chinese characters), the text's own
    # lines of other widths and ending their sentences: nothing here is wrapped.
    edge = ["鹭汀县人民政府门户网站政务公开会议纪要", "鹭汀县九月全县安全生产工作例会纪要文件", "鹭汀县九月全县安全生产工作例会会议纪要"]
    rows = ["检查对象　责任单位　完成时限　督办领导", "危化仓储　县应急局　九月底前　副县长甲", "在建工地　县住建局　十月中旬　副县长乙"]
    text = [
        "参会：县政府办、应急管理局、住房建设局、市场监管局",
        "会议听取了各单位安全生产工作情况汇报，分析了当前形势，部署了下一阶段工作。",
        "一、压实主体责任。",
        "二、节前全面检查。",
    ]
    assert {len(t) for t in edge + rows} == {19}
    lines = [Line(t, edge=True) for t in edge] + [Line(t) for t in text[:2]] + [Line(t) for t in rows] + [Line(t) for t in text[2:]]
    assert _wrap_width(lines) == 0


def test_checkbox_items_of_one_width_make_no_text_wrapped():
    text = "\n".join(
        [
            "时间：2025年10月9日上午",
            "参加人员：项目经理、技术负责人、各班组长",
            "一、本月完成主体结构封顶，未发生安全事故。",
            "二、冬季施工方案须在本月内报监理审批。",
            "三、会议确定以下待办事项：",
            "☐ 10月20日前完成外架验收（负责人：石磊）",
            "☐ 10月25日前组织消防演练（负责人：龚燕）",
        ]
    )
    out = clean_text(text)
    assert out[-2:] == ["☐ 10月20日前完成外架验收（负责人：石磊）", "☐ 10月25日前组织消防演练（负责人：龚燕）"]


def test_a_wrapped_text_is_still_joined_when_a_page_marker_join_widened_some_lines():
    lines = [
        "　　今年以来，我镇紧紧围绕县委县政府的决策部署，扎实推进乡",
        "村振兴各项工作，现将有关情况报告如下。",
        "　　一、产业发展。新建高标准农田二千三百亩，引进农业企业三",
        "〔2〕",
        "家，带动群众就业四百余人，村集体经济收入全部超过十万元。",
        "　　二、人居环境。完成改厕一千一百户，新建污水处理设施五处，",
        "〔3〕",
        "村庄保洁实现全覆盖，群众满意度进一步提高，达到百分之九十。",
        "　　三、存在的问题。部分村产业基础薄弱，带动能力不强，人才",
        "短缺问题依然突出。下一步，我们将持续用力，久久为功。",
    ]
    out = clean_text("\n".join(lines))
    assert "今年以来，我镇紧紧围绕县委县政府的决策部署，扎实推进乡村振兴各项工作，现将有关情况报告如下。" in out
    assert any(p.startswith("三、存在的问题。") and p.endswith("久久为功。") for p in out)


# --- contact sentences ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "如对本次调整有疑问，可致电我中心客服热线0731-8812 3456咨询。",
        "请于3月31日前将参赛稿件发送至投稿邮箱lhwl_zg@example.org，逾期不再受理。",
        "报名方式：填写报名表后，添加工作人员微信（微信号：yh_whz2025）提交。",
    ],
)
def test_a_documents_own_contact_sentence_is_no_service_prompt(sentence):
    assert chrome.strong_reason(sentence) is None


@pytest.mark.parametrize(
    "prompt",
    [
        "客服热线：0731-88123456　服务时间 8:30-17:30",
        "想投稿？欢迎发邮件到 tougao@example.net",
        "需要同类方案的，可私信站长，微信：fa_an2025。",
        "各类材料代写，先写后付款，联系微信 xz_88，当天交稿。",
    ],
)
def test_a_sites_service_prompt_is_still_chrome(prompt):
    assert (chrome.strong_reason(prompt) or "").startswith("contact:")


# --- the 落款 ---------------------------------------------------------------------------------


def test_a_signature_whose_issuer_reads_like_a_site_name_stays_with_its_date():
    text = "\n".join(
        [
            "一、监测概况",
            "本季度全县八个水质自动监测站运行正常，数据有效率百分之九十九点一。",
            "二、结论",
            "全县地表水水质总体为优，饮用水水源地水质达标率百分之百。",
            "编制：钟晓岚　审核：马建",
            "岚溪县生态环境监测站",
            "2025年10月12日",
            "预览模式下仅显示前2页",
        ]
    )
    out = clean_text(text, title="岚溪县2025年第三季度地表水水质监测报告")
    assert out[-3:] == ["编制：钟晓岚　审核：马建", "岚溪县生态环境监测站", "2025年10月12日"]
