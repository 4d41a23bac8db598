"""Import, twenty-first round (issue 13, on holdout73-75's failures): prompts glued before or
after a sentence (a paywall's note, a follow prompt, a font-size box, a company's 400 line, a
poster's sign-off, any strong prompt after the last sentence), more classes of chrome lines (an
expert's card, a wiki's edit stamp, a platform's certificate helpdesk, an entry's references, a
download site's links, a labelled related link, a signature), disclosures and mail notices, rows
an extractor spaced with single spaces, titles split by a page's <title>, a data table that opens
the text, a byline row kept whole, a wrapped first line, a document's own contact sentence at
its end, a phrase ending in a meta key's word (老字号：), and a form's blank date field.

Every input is written for this test (places, people, sites and numbers invented); none is
taken from bench/clean_eval or the issue.
"""

from __future__ import annotations

import pytest

from haowen.ingest.clean import clean_document
from haowen.ingest.cleaning import chrome, titles
from haowen.ingest.cleaning.glued import strip_glued_actions
from haowen.ingest.parsers.html import parse_html

BODY = [
    "为做好今冬明春森林防火工作，切实保护森林资源安全，现将有关事项通知如下。",
    "一、压实防火责任。各村要落实护林员包片责任制，明确每片山林的责任人。",
    "二、严格火源管理。进入防火期后，林区内严禁野外用火，违者依法处理。",
    "三、做好应急准备。各乡镇要配齐扑火机具，组建半专业扑火队伍。",
]


def _body(text: str, title: str | None = None) -> list[str]:
    return clean_document(text, title=title).paragraphs


# --- prompts glued to a sentence ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("glued", "kept"),
    [
        ("以下内容为会员专享，开通后可无限复制其次，请各村做好宣传。", "其次，请各村做好宣传。"),
        ("点击上方蓝字关注我们为做好森林防火工作，县林业局发出倡议。", "为做好森林防火工作，县林业局发出倡议。"),
        ("关注我们，每天一条林业资讯入冬以来，全县降水偏少，火险等级持续偏高。", "入冬以来，全县降水偏少，火险等级持续偏高。"),
        ("【字号：大 中 小】为做好森林防火工作，现将有关事项通告如下。", "为做好森林防火工作，现将有关事项通告如下。"),
        ("祝大家工作顺利！报名咨询：400-228-6610（全国统一）", "祝大家工作顺利！"),
        ("以上是我的答题思路，谢谢各位考官。——笔试第一上岸，欢迎交流", "以上是我的答题思路，谢谢各位考官。"),
        ("二、活动结束后带走垃圾，爱护林木。长按二维码，关注某某林场，获取更多护林信息", "二、活动结束后带走垃圾，爱护林木。"),
        ("一、全镇林地面积3.2万亩，森林覆盖率62%。会员可查看完整内容，开通会员¥15/月", "一、全镇林地面积3.2万亩，森林覆盖率62%。"),
    ],
)
def test_a_prompt_glued_before_or_after_a_sentence_goes(glued, kept):
    assert strip_glued_actions(glued) == kept


@pytest.mark.parametrize(
    "line",
    [
        "各单位要认真落实。请扫码报名",  # (a document's own instruction after a sentence)
        "咨询电话：0593-7712056（林业站）",  # (a landline: the document's own)
        "【注】本方案自印发之日起施行。",
    ],
)
def test_a_documents_own_words_after_a_sentence_stay(line):
    assert strip_glued_actions(line) == line


# --- chrome lines -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "林某律师　执业九年　咨询电话：139-0593-7788",
        "本条目最近由 护林小助手 编辑　共 3 次编辑",
        "CA证书办理咨询：0593-7712099",
        "参考资料：[1] 某省林业局《森林防火工作手册》",
        "下载地址：[ 本地下载 ]　[ 备用下载 ]",
        "【相关】秋冬季林区安全用火须知",
        "【林业动态】上一期：春季植树活动回顾",
        "———— 个性签名：青山常在，绿水长流 ————",
        "—— 林业岗面试上岸，欢迎交流",
        "手机扫描下方二维码，分享本页到朋友圈",
        "打开“林海先锋”APP学习更多经验",
        "一键AI润色本段，让材料更出彩",
        "在线报名　　免费试听",
        "旧作，2023年秋重录",
        "4 页 ／ 1.8 千字 ／ 上传时间 3 个月前",
        "林业站 发布：2025年10月8日 围观：532",
        "写于2024年冬，约3分钟读完",
        "首页 ≫ 工作总结 ≫ 林业总结",
    ],
)
def test_chrome_of_these_classes_is_recognised(line):
    assert chrome.edge_reason(line) is not None or chrome.BREADCRUMB.search(line)


@pytest.mark.parametrize(
    "line",
    [
        "附件：某某县森林防火责任书",
        "联系人：林某，电话：0593-7712056。",
        "参考资料：见附件。",
        "这起案件提醒各类老字号：品牌是最重要的无形资产，应尽早申请商",
    ],
)
def test_lines_of_a_document_like_them_stay(line):
    from haowen.ingest.clean import _is_edge_chrome

    assert chrome.edge_reason(line) is None
    assert not chrome.is_meta_line(line) or line.startswith(("附件", "联系人", "参考资料"))
    assert not _is_edge_chrome(line, trailing=True) or line.startswith(("附件", "联系人", "参考资料"))


@pytest.mark.parametrize(
    "notice",
    [
        "声明：文中器材均为自费购买，非广告。",
        "本邮件及其附件含有内部信息，仅限收件人使用。",
        "（本文案例中当事人信息已作匿名化处理，部分情节有所改编）",
        "词条内容仅供参考，不作为执法依据。",
    ],
)
def test_disclosures_and_mail_notices_are_chrome(notice):
    assert chrome.edge_reason(notice) is not None


# --- titles -------------------------------------------------------------------------------------


def test_a_headline_the_pages_title_split_into_two_segments_is_the_title():
    page = (
        "<html><head><title>服务承诺 | 某某林场</title></head><body>"
        "<div>某某林场 林下经济示范基地 热线 0593-7712000</div><div>关于我们 &gt; 服务承诺</div>"
        "<h2>某某林场服务承诺</h2>"
        "<p>一、所有导游均持证上岗，进山前向游客讲解防火须知。</p>"
        "<p>二、林区内全面禁烟，游客携带的火种一律在入口处寄存。</p>"
        "<p>三、因我场原因造成游客损失的，由我场依法赔偿。</p></body></html>"
    )
    assert parse_html(page.encode()).title == "某某林场服务承诺"
    assert parse_html(page.encode(), title="服务承诺 | 某某林场").title == "某某林场服务承诺"


def test_a_systems_label_before_a_monthly_report_goes():
    assert titles.strip_decoration("内部公文-2025年9月林区巡护月报") == "2025年9月林区巡护月报"


# --- structure ----------------------------------------------------------------------------------


def test_a_data_table_that_opens_the_text_is_kept_with_its_head_row():
    text = "\n".join(
        [
            "某某资源网 ｜ 表格模板",
            "林区巡护记录表模板.xls下载",
            "文件大小：26KB　　更新：2025-10-01",
            "下载次数：本周 21　总计 906",
            "巡护路线　巡护次数　发现隐患",
            "东山片区　12　3",
            "西坑片区　9　1",
            "南岭片区　15　4",
            "备注：巡护中发现的隐患须当日上报林业站。",
        ]
    )
    out = _body(text, "林区巡护记录表模板")
    assert out[0] == "巡护路线　巡护次数　发现隐患" and out[1] == "东山片区　12　3"


def test_a_byline_row_of_cells_stays_one_line_and_goes():
    text = "\n".join(["某某县林业局", "首页 / 通知公告", "2025年10月09日　　来源：防火办　　浏览：315", "各乡镇林业站：", *BODY[1:]])
    out = clean_document(text, title="关于做好森林防火工作的通知")
    assert out.paragraphs[0] == "各乡镇林业站："
    assert str(out.published_on) == "2025-10-09"


def test_a_wrapped_first_line_as_wide_as_lines_below_starts_the_text():
    text = "\n".join(
        [
            "某某文库",
            "上传人：lin_2025　上传时间：2025-10-03　浏览：661",
            "为切实做好今冬明春森林防火工作，经镇党委政府研究，决定在",
            "全镇开展森林防火专项整治，制定本方案。",
            "一、整治目标。全面排查林区火灾隐患，依法查处野外违规用火行",
            "为，做到发现一起、查处一起。",
            "二、整治内容。重点整治林区吸烟、烧荒、祭祀用火和违规施工等",
            "〖P·2〗",
            "问题。",
        ]
    )
    out = _body(text, "某某镇森林防火专项整治工作方案")
    assert out[0].startswith("为切实做好今冬明春森林防火工作")
    assert "二、整治内容。重点整治林区吸烟、烧荒、祭祀用火和违规施工等问题。" in out


def test_a_documents_own_contact_sentence_at_its_end_stays():
    page = [*BODY, "延伸阅读：冬季林区安全用火须知", "发现火情请及时报告，也可咨询县林业局防火办，电话：0593-7712119。", "在线问诊：点击咨询值班人员"]
    assert _body("\n".join(page))[-1] == "发现火情请及时报告，也可咨询县林业局防火办，电话：0593-7712119。"


def test_a_forms_blank_date_field_closes_it():
    text = "\n".join([*BODY[1:], "交底人：＿＿＿＿　接受交底人：＿＿＿＿", "交底日期：　　年　　月　　日", "阅读已结束，下载本文需要使用2下载券"])
    assert _body(text)[-1].replace("\u3000", "") == "交底日期：年月日"


def test_a_row_of_the_pages_fields_does_not_go_on_across_a_page_marker():
    # (Found on a spent part: the preview's first page marker between the file's fields and
    # the text had joined them, and the text's first line went with the row.)
    text = "\n".join(
        [
            "某某文库",
            "某某县林业局2025年工作总结",
            "页数：5页　　大小：24.1KB　　浏览：906　　下载：41",
            "第1页 共5页",
            "    2025年，县林业局坚持以森林资源保护为核心，统筹推进",
            "造林绿化和森林防火，全县森林覆盖率稳步提升。现将全年",
            "工作总结如下。",
        ]
    )
    assert _body(text, "某某县林业局2025年工作总结")[0].startswith("2025年，县林业局坚持以森林资源保护为核心")


def test_a_posters_note_of_short_clauses_above_the_addressee_still_goes():
    text = "\n".join(["某某生活圈 » 村镇消息", "楼主 河边老李　发布于 2025-05-09 07:41", "村里刚贴的，拍下来打成字了，大家转告一下", "各位村民：", *BODY[1:]])
    assert _body(text, "关于林区防火期注意事项的告知书")[0] == "各位村民："


@pytest.mark.parametrize(
    ("glued", "kept"),
    [
        ("二、本文来源：县林业局各村要组织护林员开展巡山。", "二、各村要组织护林员开展巡山。"),
        ("现在报名立减200元！培训费含教材费，食宿自理。", "培训费含教材费，食宿自理。"),
    ],
)
def test_a_source_or_a_promotion_glued_into_a_line_goes(glued, kept):
    assert strip_glued_actions(glued) == kept


def test_a_documents_own_source_of_funds_stays():
    line = "二、资金来源：县财政局统筹安排专项资金。"
    assert strip_glued_actions(line) == line
