"""Import, forty-second round (issue 13, on holdout136-138's failures, read after their blind
score): a collection's volume for a page's title, shop pitches, a pointer to a platform's audio,
a call to follow a column, a prompt to comment, an answerer's badge, a messenger id written 薇信,
an upsell after the count of what is left, a watermark apart by dots, disclaimers that rule out
guidance or send the reader to a doctor.

Every input is written for this test (places, people, sites and numbers invented); none is
taken from bench/clean_eval or the issue.
"""

from __future__ import annotations

import pytest

from haowen.ingest.cleaning import chrome
from haowen.ingest.cleaning.titles import is_place_only, strip_collection_place
from haowen.ingest.parsers.base import clean_title
from haowen.ingest.parsers.html import parse_html


@pytest.mark.parametrize(
    "line",
    [
        "新品上市：学生款竹笛，三支装限时优惠",
        "官方旗舰店：搜索“青萝乐器”购买正品",
        "本讲稿配套音频可在“青萝组工”学习平台收听",
        "更多劳动纠纷案例，欢迎关注本所专栏",
        "留言区说说：你家附近的河道有什么变化？",
        "认证答主「青萝交通观察」的回答",
        "材料写不出来？青萝写手一对一帮改，薇信 qingluo_xz",
        "后面还有约600字，开通青萝月卡即可继续阅读",
        "内部资料·复制无效·wangli 2026-01-03",
    ],
)
def test_these_classes_are_chrome_wherever_they_stand(line):
    assert chrome.strong_reason(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "本文为个人训练经验，不构成专业指导，练习请在教练陪同下进行。",
        "案例已作匿名处理，文中观点仅供参考。",
        "健康科普内容仅供参考，具体诊疗请遵医嘱。",
    ],
)
def test_these_disclaimers_are_chrome_at_the_edges(line):
    assert chrome.edge_reason(line) is not None


@pytest.mark.parametrize(
    "line",
    ["新品上市后，公司销售额增长了三成。", "会议视频可在单位内网观看。", "请关注天气预报，及时做好防范。", "案例分析：某企业未按规定缴纳社保。"],
)
def test_these_lines_are_no_such_chrome(line):
    reason = chrome.strong_reason(line) or ""
    assert not reason.startswith(("action: a shop's pitch", "action: a pointer to the platform", "action: a call to follow the site's column"))


def test_a_collections_volume_is_no_title():
    assert is_place_only("青萝随笔·卷三")
    assert strip_collection_place("青萝旧事·卷三｜父亲的竹篮") == "父亲的竹篮"
    assert clean_title("青萝旧事·卷三｜父亲的竹篮") == "父亲的竹篮"
    assert not is_place_only("卷烟零售许可管理办法")


def test_a_page_titled_by_its_collections_volume_takes_its_headline():
    page = (
        "<html><head><title>青萝随笔·卷三</title></head><body>"
        "<div>青萝随笔　——退休教师的小城札记</div><div>卷一　卷二　卷三　留言簿</div>"
        "<h2>记老街修鞋摊的一次搬迁</h2><div>卷三 · 第12篇　字数 512</div>"
        "<p>七月中旬，街道就老街修鞋摊搬迁开了一次座谈会，我作为居民代表参加。</p>"
        "<p>修鞋摊有五个，摊主大多是六十岁以上的老人。</p>"
        "<p>街道的方案是统一搬进便民服务亭，免收三年场地费。</p></body></html>"
    ).encode()
    assert parse_html(page).title == "记老街修鞋摊的一次搬迁"
