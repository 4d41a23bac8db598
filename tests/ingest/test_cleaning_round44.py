"""Import, forty-fourth round (issue 13, on holdout142-144's failures, read after their blind
score): a page's reading widgets, a course's sign-up and replay prompts, a prompt to share, an
answer's dated byline, a collection's contents row, a bracketed source, a tender platform's
certificate desk, a blog's footer, an invitation to a chat group, a labelled advertisement,
points after reading, reprint terms asking for consent, a poster's "楼主说" note, and a question
that asks for a model letter at its end.

Every input is written for this test (places, people, sites and numbers invented); none is
taken from bench/clean_eval or the issue.
"""

from __future__ import annotations

import pytest

from haowen.ingest.cleaning import chrome
from haowen.ingest.cleaning.titles import asks_for_example


@pytest.mark.parametrize(
    "line",
    [
        "本章字数：1620　　阅读进度 8/20",
        "点击放大",
        "视力保护色：■ ■ ■ ■　　【打印正文】",
        "以下为文本预览，格式可能有误",
        "课程回放请登录学员中心查看",
        "第九期研修班报名中，名额有限，咨询电话 0931-50118806",
        "点击文末“分享”，让更多人了解",
        "专业回答　农技站技术员　2025-07-31 回答",
        "本卷目录｜卷一 序跋　卷二 讲话与报告",
        "【信息来源：区市场监管局】",
        "投标工具、CA锁办理咨询：400-017-6688",
        "评论已关闭。",
        "本站已运行 1820 天　累计访问 38,117 次",
        "想进面试互助群的同学私信我，群里每天一道真题",
        "广告　青萝银行 春耕贷款优惠进行中",
        "阅读本文 学习积分 +1 ✓",
        "【楼主说】这篇拿来做面试素材很好用，第三段可以直接背！",
    ],
)
def test_these_classes_are_chrome_wherever_they_stand(line):
    assert chrome.strong_reason(line) is not None


def test_reprint_terms_asking_for_consent_are_chrome_at_the_edges():
    assert chrome.edge_reason("本辑文字由诗社编委会整理，转载须经同意。") is not None


@pytest.mark.parametrize(
    "line",
    [
        "（来源：区统计局2026年统计年鉴）",
        "培训班报名中遇到的问题，请及时向教务处反映。",
        "广告牌设置应当符合城市规划。",
        "请各村于3月5日前将名单报送镇政府。",
    ],
)
def test_these_lines_are_no_such_chrome(line):
    reason = chrome.strong_reason(line) or ""
    assert not reason.startswith(("meta: the page's source in brackets", "action: a course's", "action: an advertisement"))


def test_a_question_asking_for_a_model_letter_at_its_end_asks_for_an_example():
    assert asks_for_example("仲裁立案申请函怎么写？求一个范本")
    assert not asks_for_example("仲裁立案需要哪些材料？")
