"""Import, forty-third round (issue 13, on holdout139-141's failures, read after their blind
score): a troupe's own QR-code sentence, a study site's note box, a health page's reviewing
expert, a prompt to like or share, an app's lock and watermark prompts, a paid download, a
community's disclaimer, a law firm's call with its booking or a long contact line, a document's
own closing call to follow its account, a poster's hail in a title's brackets and a collection's
part and piece before a title.

Every input is written for this test (places, people, sites and numbers invented); none is
taken from bench/clean_eval or the issue.
"""

from __future__ import annotations

import pytest

from haowen.ingest.cleaning import chrome
from haowen.ingest.cleaning.titles import is_place_only, strip_collection_place, strip_decoration


@pytest.mark.parametrize(
    "line",
    [
        "积累要点：节水优先、源头治理、监测网络",
        "审核专家：青萝县人民医院 儿科 副主任医师 王某",
        "喜欢请点赞转发",
        "以下内容需在App内查看",
        "开通会员可去除水印",
        "下载本帖PDF需消耗 5 金币",
        "如需合同审查服务，欢迎致电本所商事部预约。",
        "如需法律咨询，请致电 0931-2663 0188 或发送邮件至 consult@qingluo-law.example.com",
    ],
)
def test_these_classes_are_chrome_wherever_they_stand(line):
    assert chrome.strong_reason(line) is not None


def test_a_communitys_disclaimer_is_chrome_at_the_edges():
    assert chrome.edge_reason("社区内容仅供备考交流，严禁转载售卖。") is not None


@pytest.mark.parametrize(
    "line",
    [
        "想了解乐团招新信息的家长，可扫描文末二维码添加乐团老师微信咨询。",
        "欢迎关注保护区公众号，了解黑颈鹤的最新动态。",
        "如有疑问，可联系本所商事部：0931-8231906。",
    ],
)
def test_a_documents_own_sentences_are_no_such_chrome(line):
    reason = chrome.strong_reason(line) or chrome.edge_reason(line) or ""
    assert not reason.startswith(("contact: a service prompt", "action: a call to follow the site's column", "contact: a law firm's call"))


def test_a_sites_offer_by_qr_code_is_still_chrome():
    assert chrome.edge_reason("想要更多范文，可扫描二维码添加客服微信领取。") is not None


def test_titles():
    assert strip_decoration("青萝镇夏季摊点经营规范提示（摊主们注意了）") == "青萝镇夏季摊点经营规范提示"
    assert strip_collection_place("《青萝旧笔》散文辑·第41篇｜小河又见白鹭来") == "小河又见白鹭来"
    assert is_place_only("《青萝旧笔》散文辑·第4")
