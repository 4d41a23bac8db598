"""Import, thirty-seventh round (issue 13, on holdout121-123's failures, read after their blind
score): an encyclopaedia entry's term opening its first sentence, a blog comment signed 说： with
its time, a forum poster's own note, a case note's first bracketed heading, a signature and date
glued to the end of a text on one line, a file's name over the document's own headline, a
watermark whose cells come in another order, an organisation's name over its headline, a photo's
label, a Q&A page's answer count and sort bar, a column's label before 丨, a year run into an
edition or a term, a bracket naming a class, a user's upload date and a share row's date, and a
caption of one short sentence between two paragraphs.

Every input is written for this test (places, people, sites and numbers invented); none is
taken from bench/clean_eval or the issue.
"""

from __future__ import annotations

import pytest

from haowen.ingest.clean import _drop_scene_captions, Line, clean_document
from haowen.ingest.cleaning import chrome, dates
from haowen.ingest.cleaning.titles import strip_decoration
from haowen.ingest.parsers.base import clean_title, file_name_headline
from haowen.ingest.parsers.html import parse_html


@pytest.mark.parametrize(
    "first",
    [
        "青萝山森林公园位于青萝县西南部，总面积六十八平方千米，以喀斯特溶洞群闻名。",
        "青萝山森林公园始建于1958年，原为国营林场，1993年改建为森林公园。",
        "青萝山森林公园地处两省交界，是珍稀鸟类的重要越冬地。",
    ],
)
def test_an_entrys_term_opening_its_first_sentence_stays(first):
    text = "\n".join(["青萝山森林公园_百事通词典", first, "公园内有维管植物一千二百余种，其中国家重点保护植物十一种。"])
    paragraphs = clean_document(text, title="青萝山森林公园_百事通词典").paragraphs
    assert paragraphs[0] == first


def test_a_title_glued_to_a_salutation_is_still_cut():
    text = "关于做好秋季防火工作的通知各村委会：\n为做好秋季森林防火工作，现将有关事项通知如下。"
    paragraphs = clean_document(text, title="关于做好秋季防火工作的通知").paragraphs
    assert paragraphs[0] == "各村委会："


@pytest.mark.parametrize(
    "line",
    [
        "青苔 说：今年的枇杷甜不甜？ 3天前",
        "老周 说：写得实在，收藏了。 2025-06-01 08:15",
        "12个回答　默认排序",
        "共8条评论　按时间排序",
        "楼主按：这篇材料框架清楚，适合练习归纳概括题。",
        "【博主注】文中数据来自公开报道，仅作学习交流。",
        "青萝矿业　内部资料　覃某　2025-11-20",
        "内部资料 严禁外传 青萝林场 0932",
        "活动现场",
        "颁奖仪式现场图片",
        "比赛精彩瞬间",
    ],
)
def test_these_classes_are_chrome(line):
    assert chrome.edge_reason(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "张书记说：要把好事办好、实事办实。",
        "他说：“东西坏了，修一修还能用。”",
        "保护现场",
        "（三）清理现场",
        "小王说：这个办法好，我们村也想试试。",
        "会议指出：要加强隐患排查。",
    ],
)
def test_these_lines_are_no_such_chrome(line):
    assert chrome.edge_reason(line) is None


def test_a_case_notes_first_bracketed_heading_stays():
    text = "\n".join([
        "快递丢件，网点要赔多少？",
        "【案情简介】",
        "李某通过某快递网点寄送一台相机，保价两千元，快件在运输途中丢失。",
        "【争议焦点】",
        "网点能否按运费的三倍赔偿。",
        "【法官说法】",
        "已保价的快件丢失，应当按照保价金额赔偿，格式条款不能排除这一责任。",
        "【裁判结果】",
        "法院判决网点赔偿李某两千元。",
    ])
    paragraphs = clean_document(text, title="快递丢件，网点要赔多少？").paragraphs
    assert paragraphs[0] == "【案情简介】"
    assert "【裁判结果】" in paragraphs


def test_a_lone_bracketed_link_still_goes():
    text = "\n".join([
        "关于开展冬季送温暖活动的通知",
        "【热门推荐】",
        "各社区：为切实关心困难群众生活，街道决定开展冬季送温暖活动。",
        "请各社区于12月10日前报送困难群众名单。",
    ])
    paragraphs = clean_document(text, title="关于开展冬季送温暖活动的通知").paragraphs
    assert "【热门推荐】" not in paragraphs


def test_a_signature_and_date_glued_to_a_text_on_one_line_date_it():
    text = (
        "关于开展校园周边摊点整治的通知\n"
        "各中小学：为保障学生饮食安全，县局决定于9月开展校园周边摊点整治。一、整治对象：无证流动摊点。"
        "二、工作要求：各校要配合做好宣传，发现问题及时报告。三、举报方式：拨打监督电话0931-5521000。"
        "青萝县市场监督管理局2025年8月28日"
    )
    cleaned = clean_document(text, title="关于开展校园周边摊点整治的通知")
    assert str(cleaned.published_on) == "2025-08-28"


def test_a_date_inside_the_last_sentence_is_no_signature():
    text = (
        "各中小学：为保障学生饮食安全，县局决定开展校园周边摊点整治，整治时间自2025年9月1日起至2025年9月30日止，"
        "各校要配合做好宣传工作，发现问题及时报告县局执法大队，具体安排另行通知。整治结束后于2025年10月15日"
    )
    assert clean_document(text).published_on is None


def test_a_file_name_with_an_abbreviation_gives_way_to_the_documents_headline():
    headline = "青萝食品厂食品安全危害分析与关键控制点实施方案"
    assert file_name_headline("食品厂HACCP方案终稿.docx", "食品厂HACCP方案终稿", lambda: headline) == headline
    # (A headline sharing too few of the title's characters is another text's.)
    assert file_name_headline("食品厂HACCP方案终稿.docx", "食品厂HACCP方案终稿", lambda: "青萝县冬季森林防火工作方案") == "食品厂HACCP方案终稿"


def test_an_organisations_name_for_a_title_gives_way_to_its_headline():
    page = (
        "<html><head><title>课程介绍｜青萝游泳俱乐部</title></head><body>"
        "<div>青萝游泳俱乐部 首页｜课程｜教练｜联系我们</div>"
        "<h2>青萝游泳俱乐部少儿游泳培训课程方案</h2>"
        "<p>一、课程目标</p><p>通过系统训练，使学员掌握蛙泳和自由泳的基本技术，具备自救能力。</p>"
        "<p>二、课程安排</p><p>基础课十二课时，进阶课十六课时，每课时四十五分钟。</p>"
        "<p>青萝游泳俱乐部</p><p>2025年6月1日</p></body></html>"
    ).encode()
    assert parse_html(page).title == "青萝游泳俱乐部少儿游泳培训课程方案"


def test_a_users_upload_date_on_a_byline_row_is_no_publish_date():
    page = (
        "<html><head><title>开学典礼主持词_范文网</title></head><body>"
        "<h1>开学典礼主持词</h1><div>日期：2024-08-20　来源：网友投稿　人气：812</div>"
        "<p>尊敬的各位领导、老师，亲爱的同学们：</p><p>金秋九月，我们迎来了新学期的开学典礼。</p>"
        "<p>下面，请校长致辞。</p></body></html>"
    ).encode()
    assert parse_html(page).published_on is None


def test_the_date_cell_of_a_share_row_is_when_it_was_shared():
    lead = ["青萝云盘", "分享者：县农技站", "2024-05-07 14:10", "失效时间：7天后"]
    assert dates.document_date(lead, []) is None
    assert str(dates.document_date(["发布时间：2024-05-07 14:10"], [])) == "2024-05-07"


@pytest.mark.parametrize(
    "raw, title",
    [
        ("养生科普丨秋冬进补，这些误区要避开", "秋冬进补，这些误区要避开"),
        ("古筝初级班教学计划（2025春季班）", "古筝初级班教学计划"),
        ("社区志愿服务管理办法（2024修订）", "社区志愿服务管理办法"),
        ("电工安全操作规程（2025版）", "电工安全操作规程"),
        ("村规民约（2025年修订）", "村规民约（2025年修订）"),
        ("小餐饮登记办事指南（烧烤类）", "小餐饮登记办事指南（烧烤类）"),
    ],
)
def test_titles(raw, title):
    assert clean_title(raw) == title
    assert strip_decoration(title) == title


def _lines(texts):
    return [Line(t, False) for t in texts]


def test_a_caption_of_one_short_sentence_between_paragraphs_goes():
    texts = [
        "11月20日，县林业局组织护林员和志愿者在青萝山开展松材线虫病秋季普查，共调查松林两万余亩。",
        "护林员在林间标记枯死松树。",
        "普查共发现疑似病株三十一株，已全部取样送检，检测结果将于本月底公布，确诊病株将在三日内就地除治。",
    ]
    kept = _drop_scene_captions(_lines(texts), lambda s: s, None)
    assert [ln.text for ln in kept] == [texts[0], texts[2]]


@pytest.mark.parametrize(
    "middle",
    [
        "本机关在职权范围内依法行使职权。",  # an institution's sentence
        "公司在县城设立办事处。",
        "学生在老师指导下完成实验。",  # (neighbours too short below)
    ],
)
def test_a_short_sentence_that_is_no_caption_stays(middle):
    texts = ["为规范管理，根据有关规定，结合本县实际，制定本办法。", middle, "本办法自发布之日起施行。"]
    kept = _drop_scene_captions(_lines(texts), lambda s: s, None)
    assert [ln.text for ln in kept] == texts


def test_a_laws_short_article_is_no_caption():
    texts = [
        "第一条　为规范城市绿地管理，保护和改善生态环境，根据有关法律法规，结合本市实际，制定本条例。",
        "管理人员在绿地内巡查养护设施。",
        "第二条　本条例适用于本市城市规划区内绿地的规划、建设、保护和管理活动，以及相关的监督检查工作。",
    ]
    kept = _drop_scene_captions(_lines(texts), lambda s: s, None)
    assert [ln.text for ln in kept] == texts
