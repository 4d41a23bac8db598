"""Import, forty-eighth round (issue 13, on holdout154-156's failures, read after their blind
score): a pointer to a button on the site, a note on writing commissions, an offer to call for
free advice, a site's first-publication stamp glued between sentences, a button glued after a
clause, an explainer link glued after the last sentence, an editor's copy stamp between dashes,
the reading widget's eye-care colour, a writing prompt with its id glued into a sentence, a
numeral a word governs before an outline-like "五、", a table's head row naming points, a
poster's chat above a shared text, a title glued to the first sentence under the site's slogan,
a title's site after an unspaced double hyphen, a date with the time of day that the score
keeps, a volume spaced off a title, page numbers as "pp.3", and a file name that no page
marker joins to the next line.

Every input is written for this test (places, people, sites and numbers invented); none is
taken from bench/clean_eval or the issue.
"""

from __future__ import annotations

import pytest

from haowen.ingest.clean import Line, clean_document
from haowen.ingest.cleaning import chrome, dates
from haowen.ingest.cleaning.glued import strip_glued_actions
from haowen.ingest.cleaning.lines import repair_lines
from haowen.ingest.cleaning.titles import strip_decoration
from haowen.ingest.parsers.base import clean_title


@pytest.mark.parametrize(
    "line",
    [
        "未注册的会员可在网站首页点击“我要入会”",
        "本号不接代写约稿，请勿私信",
        "如有类似纠纷，欢迎致电免费咨询",
        "〔云栖党建网 原创首发〕",
        "—— 本篇录入于2023年9月2日，共860字 ——",
        "字号：大 中 小　保护视力色：",
    ],
)
def test_these_classes_are_chrome_wherever_they_stand(line):
    assert (chrome.strong_reason(line) or chrome.edge_reason(line)) is not None


@pytest.mark.parametrize("line", ["如有疑问，可来电咨询。", "登录后点击“提交”按钮完成报名。", "事项　积分"])
def test_these_lines_are_no_such_chrome(line):
    assert chrome.strong_reason(line) is None


def test_pieces_glued_inside_a_line_are_cut_and_the_text_stays():
    assert (
        strip_glued_actions("今年共巡查河道36次。〔云栖党建网 原创首发〕下一步将继续加强巡查。")
        == "今年共巡查河道36次。下一步将继续加强巡查。"
    )
    assert strip_glued_actions("全年巡查河道36次，【点此查看巡查记录】整改问题12项。") == "全年巡查河道36次，整改问题12项。"
    assert strip_glued_actions("现有取水井分批关停。〔政策解读：一图看懂本方案〕") == "现有取水井分批关停。"
    kept = "积分超市每月逢五、逢十开放，村民凭积分兑换生活用品。"
    assert strip_glued_actions(kept) == kept


def test_a_writing_prompt_glued_into_a_sentence_leaves_both_sentences():
    text = "\n".join([
        "一、产业基础",
        "全镇种植面积达到两千亩。稿子写不好？老宋一对一改稿，加微信 song_gao88 咨询但我们也要看到，销售渠道还比较单一。",
        "二、下一步打算",
        "扩大销售渠道。",
    ])
    body = clean_document(text, title="在全镇产业推进会上的讲话").paragraphs
    assert "全镇种植面积达到两千亩。但我们也要看到，销售渠道还比较单一。" in body


def test_a_posters_chat_above_a_shared_text_goes():
    text = "\n".join([
        "整理了一篇县领导的讲话，写材料可以参考，大家一起学习~",
        "在全县志愿服务表彰大会上的讲话",
        "同志们：",
        "今天我们召开大会，表彰一批优秀志愿者。",
    ])
    assert clean_document(text, title="在全县志愿服务表彰大会上的讲话").paragraphs[0] == "同志们："


def test_a_title_glued_to_the_first_sentence_under_the_sites_slogan_is_cut_off():
    text = "\n".join([
        "云栖机械 · 精工每一件",
        "首页｜产品中心｜新闻动态",
        "发布日期：2025-03-02",
        "云栖机械数控车间技改项目投产5月2日，公司数控车间技改项目正式投产。",
        "项目新增加工中心八台。",
    ])
    body = clean_document(text, title="云栖机械数控车间技改项目投产").paragraphs
    assert body[0] == "5月2日，公司数控车间技改项目正式投产。"


def test_titles():
    assert clean_title("村卫生室2024年度工作总结--云栖范文网") == "村卫生室2024年度工作总结"
    assert strip_decoration("卷二\u3000河边的老渡口") == "河边的老渡口"


def test_a_date_with_the_time_of_day_is_a_date_line():
    assert dates.is_date_line("2023年8月12日夜")
    assert not dates.is_date_line("2023年8月12日夜间降雨")


def test_page_numbers_as_pp_and_a_file_name_before_a_marker():
    lines = [Line("清扫每班不少于一"), Line("— pp.2 —"), Line("次，严禁用压缩空气吹扫。")]
    assert [ln.text for ln in repair_lines(lines, lambda t, like: Line(t))] == ["清扫每班不少于一次，严禁用压缩空气吹扫。"]
    lines = [Line("培训计划.pdf"), Line("第 1 页　共 2 页"), Line("为满足行业需求，本中心举办培训班。")]
    assert [ln.text for ln in repair_lines(lines, lambda t, like: Line(t))] == ["培训计划.pdf", "为满足行业需求，本中心举办培训班。"]
