"""Import, twenty-second round (issue 13, on holdout76-78's failures): a rights notice or a
service prompt glued to a sentence, a department's own consult phone with a spaced number, an
association inviting members, prompts to press a button or to call an expert, referral offers,
share rows, sidebar lists, signatures, OA fields and approval entries, collection notes, titles
(a site's name segment, a noticeboard, a hospital's header row, a collection's label, a hail
after the title, a file name under a fuller headline, a bracketed gloss), a headline and its
news lead on one line, a byline under the headline's repeat, and page marks at a line's start.

Every input is written for this test (places, people, sites and numbers invented); none is
taken from bench/clean_eval or the issue.
"""

from __future__ import annotations

import pytest

from haowen.ingest.clean import clean_document, is_site_name
from haowen.ingest.cleaning import chrome, titles
from haowen.ingest.cleaning.glued import strip_glued_actions
from haowen.ingest.parsers.base import clean_title
from haowen.ingest.parsers.html import parse_html

BODY = [
    "为做好今年春季植树造林工作，进一步扩大森林面积，现将有关事项通知如下。",
    "一、明确任务。各乡镇要按照下达的造林任务，落实地块，确保苗木按时到位。",
    "二、保证质量。各地要严格执行造林技术规程，做到挖大穴、施基肥、浇定根水。",
    "三、加强管护。新造林地要落实管护人员，防止人畜破坏，确保成活率达到九成以上。",
]


def _body(text: str, title: str | None = None) -> list[str]:
    return clean_document(text, title=title).paragraphs


@pytest.mark.parametrize(
    ("glued", "kept"),
    [
        ("今年栽下的苗子长势都不错。原创文字，转载请注明出处并附链接", "今年栽下的苗子长势都不错。"),
        ("这就是我十年来的一点体会。（本文为原创，转载请注明出处）", "这就是我十年来的一点体会。"),
    ],
)
def test_a_rights_notice_glued_after_the_last_sentence_goes(glued, kept):
    assert strip_glued_actions(glued) == kept


def test_a_sentence_of_the_document_after_another_stays():
    line = "各单位要认真落实。本办法由县林业局负责解释"
    assert strip_glued_actions(line) == line


def test_a_service_prompt_with_an_id_glued_before_a_sentence_goes():
    text = "\n".join([*BODY[:3], "需要定制讲话稿请联系小编，QQ 2231987765希望大家回去以后抓好落实。"])
    assert _body(text)[-1] == "希望大家回去以后抓好落实。"


def test_a_departments_own_consult_phone_with_a_spaced_number_stays():
    text = "\n".join([*BODY, "林业站咨询电话：0593-7712 3366", "上一篇：关于做好森林防火工作的通知", "本站所有信息仅供参考"])
    assert _body(text)[-1] == "林业站咨询电话：0593-7712 3366"


@pytest.mark.parametrize(
    "line",
    [
        "诚邀苗木种植、销售企业入会，秘书处电话 0593-7712000",
        "欢迎种植大户加入协会，入会咨询请致电秘书处",
        "觉得有用请点【感谢】",
        "遇到林权纠纷？致电 0593-7712111 预约律师面谈",
        "老学员介绍新学员，双方各减免学费200元",
        "技能精讲班今晚8点开课，扣1报名",
        "分享给好友　微信　朋友圈",
        "近期讲座：3月12日 林下经济发展前沿（报告厅）",
        "------ 签名：绿水青山 ------",
        "签发：局长 林某　核稿：办公室 王某",
        "审批意见：",
        "办公室主任 林某　2025-03-11 17:02　同意，呈局长阅。",
        "（二〇〇〇年代旧稿，二〇二五年重抄）",
        "【新品】林下菌菇礼盒火热预订中",
        "名额有限，点击立即抢报！",
    ],
)
def test_chrome_of_these_classes_is_recognised(line):
    assert chrome.edge_reason(line) is not None


@pytest.mark.parametrize("line", ["签发人：林某", "审批意见：________", "欢迎各村踊跃报名参加植树活动。"])
def test_lines_of_a_document_like_them_stay(line):
    assert chrome.strong_reason(line) is None


# --- titles ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("given", "title"),
    [
        ("林场的2025 - 护林员的博客", "林场的2025"),
        ("松风斋文存·在植树节座谈会上的发言", "在植树节座谈会上的发言"),
        ("林场护林员岗位责任书，请大家监督", "林场护林员岗位责任书"),
    ],
)
def test_a_titles_site_segment_label_and_hail_go(given, title):
    assert clean_title(given) == title


def test_a_noticeboards_name_is_no_title():
    assert is_site_name("东坑村村务公开")
    assert not is_site_name("关于东坑村村务公开工作的通知")


def test_a_headline_with_a_gloss_the_file_name_left_out_is_the_title():
    lines = ["文档站　|　文档详情", "格式：docx　大小：38KB", "某某县油茶（山茶油）产业发展方案", "为做好油茶产业发展工作，制定本方案。"]
    assert titles.page_headline("某某县油茶产业发展方案", lines) == "某某县油茶（山茶油）产业发展方案"


def test_a_headline_fuller_than_the_file_name_is_the_title():
    page = (
        "<html><head><title>文件分享</title></head><body><div>文件分享 · 下载 全部下载</div>"
        "<div>林场冻害损失报告（定稿）.docx　45.2 KB</div>"
        "<h3>关于林场苗圃受冻害影响损失情况的报告</h3><p>县林业局：</p>"
        "<p>1月上旬持续低温，给我场苗圃造成较大损失。现将有关情况报告如下。</p>"
        "<p>一、受灾情况。苗圃受冻面积约一百二十亩，其中杉木苗八十亩。</p></body></html>"
    )
    doc = parse_html(page.encode(), title="林场冻害损失报告（定稿）.docx")
    assert doc.title == "关于林场苗圃受冻害影响损失情况的报告"


def test_a_hospital_header_row_names_the_site_not_the_article():
    page = (
        "<html><head><title>某某县中医医院</title></head><body>"
        "<div>某某县中医医院　二级甲等中医医院　急救电话：0593-7712120</div>"
        "<div>首页　医院介绍　健康知识</div><div>首页 → 健康知识</div>"
        "<h3>春季过敏人群如何防护</h3><div>更新时间：3天前　浏览：509</div>"
        "<p>春季花粉浓度高，过敏体质的人群外出时要做好防护。</p>"
        "<p>外出时可以佩戴口罩和眼镜，回家后及时清洗面部和鼻腔。</p></body></html>"
    )
    assert parse_html(page.encode()).title == "春季过敏人群如何防护"


# --- structure ------------------------------------------------------------------------------


def test_a_headline_and_its_news_lead_on_one_line_are_two_paragraphs():
    text = "\n".join(["某某社区之窗", "首页 » 社区动态", "社区志愿者与居民一起植树　　3月12日，社区志愿者与居民在河堤种下二百棵柳树。", "植树结束后，志愿者还为新栽的树苗挂上了认养牌。"])
    out = clean_document(text)
    assert out.title == "社区志愿者与居民一起植树"
    assert out.paragraphs[0].startswith("3月12日，社区志愿者")


def test_a_byline_under_the_headlines_repeat_goes():
    text = "\n".join(["某某林业公司　｜　首页　新闻中心", "【新闻】某某林业公司2025年春季招聘启事", "发布日期：2025-03-10", "因业务发展需要，公司现招聘护林员若干名。", *BODY[1:]])
    assert _body(text, "某某林业公司2025年春季招聘启事")[0] == "因业务发展需要，公司现招聘护林员若干名。"


@pytest.mark.parametrize("mark", ["『第2页』", "（续2）", "ꔷ2ꔷ", "◈2◈"])
def test_a_page_mark_before_the_rest_of_a_sentence_goes(mark):
    text = "\n".join([BODY[0], "二、保证质量。各地要严格执行造林技术规程，做到挖大穴、施", f"{mark}基肥、浇定根水。"])
    assert _body(text)[-1] == "二、保证质量。各地要严格执行造林技术规程，做到挖大穴、施基肥、浇定根水。"



def test_a_bracket_naming_no_page_at_a_line_start_stays():
    text = "\n".join([BODY[0], "二、保证质量。各地要严格执行造林技术规程，做到", "『挖大穴』、施基肥、浇定根水。"])
    assert _body(text)[-1].endswith("『挖大穴』、施基肥、浇定根水。")


def test_a_minutes_time_field_under_the_headlines_repeat_stays():
    text = "\n".join(["某某林场　｜　首页", "某某林场春季生产工作会议纪要", "时间：2025年3月9日上午", "地点：场部三楼会议室", "主持：场长 林某", "会议听取了各工区春季造林准备情况的汇报。"])
    assert _body(text, "某某林场春季生产工作会议纪要")[0] == "时间：2025年3月9日上午"


def test_a_sentence_inviting_old_members_to_bring_new_ones_stays():
    line = "二、新会员培训将在下月举行，欢迎老会员带新人参加。"
    assert chrome.strong_reason(line) is None


def test_a_department_named_with_an_action_word_signs_above_its_date():
    text = "\n".join([*BODY, "客服中心", "2025年3月11日", "审批意见：", "办公室主任 林某　2025-03-11 17:02　同意，呈局长阅。", "【打印】　【导出】　【返回列表】"])
    assert _body(text)[-2:] == ["客服中心", "2025年3月11日"]
