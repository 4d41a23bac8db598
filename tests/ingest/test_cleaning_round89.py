"""Import, eighty-ninth round (issue 13, on holdout274-276's failures, read after their blind score):
chrome by class: comment boxes' headers with their count, prompts closing on what they promise
first (…早知道), pointers to the site's app, a service's question and its line, points for an act,
a health page's related department, one-line contents, read counters, review credits, bracketed
photo labels, explainer links, floors marked by an icon, a download page's bare summary key;
glued: a tip prompt closed by an icon and run into the next sentence, a follow or bookmark prompt
run into the text or the addressee, a contact prompt run into an enumeration's step, points after
the last sentence; structure: padded keys in a row of cells, an encyclopaedia's infobox and an
entry's gloss, a poster's name and profile over the post's stamp, a question's detail over the
asker's row, readers' answers over one a class took, related questions at the end;
titles: a slogan after the site's name, a genre before a stage's bracket, a file's version, a
kind of speech after a theme, a phone snapshot's aside.

Every input is written for this test (places, people, sites and numbers invented); none is
taken from bench/clean_eval or the issue.
"""

from __future__ import annotations

import pytest

from haowen.ingest.clean import clean_document
from haowen.ingest.cleaning import chrome
from haowen.ingest.cleaning.glued import strip_glued_actions
from haowen.ingest.parsers.base import clean_title


def _body(lines: list[str], title: str | None = None) -> list[str]:
    return clean_document("\n".join(lines), title).paragraphs


@pytest.mark.parametrize(
    "line",
    [
        "说两句吧（共12条）",
        "读者来信（共 5 条留言）",
        "收藏本页，赛事通知早知道",
        "下载某某融媒，身边事不错过",
        "居民可在“某某通”小程序查看排班表",
        "在某某写作APP中打开",
        "房屋漏水找谁修？维修热线：0571-8822 1234",
        "写稿没思路？专人代笔，微信 13900001111",
        "转发本文可得3个志愿积分",
        "完成答题即可获得学习积分2分",
        "推荐科室：骨科　康复科",
        "第二辑目录：雨巷　石桥　旧码头　晒谷场",
        "已有 3,406 位朋友读过",
        "本条目由某某科普团队编审",
        "［图］工人正在调试新设备",
        "〔防火专栏〕一图看懂秋季防火十条",
        "一图读懂某某县惠民补贴",
        "简介：",
        "内容简介：",
    ],
)
def test_new_chrome_classes(line: str) -> None:
    assert chrome.strong_reason(line) or chrome.edge_reason(line), line


@pytest.mark.parametrize(
    "line",
    [
        # What the classes leave: the text's own sentences on the same things.
        "游客可通过“某某文旅”小程序预约，每日限量三千人。",
        "村民参加环境整治即可获得积分，凭积分兑换生活用品。",
        "主要措施（共五条）如下。",
        "全县已有1,200人阅读过这份倡议书。",
        "简介",
    ],
)
def test_what_stays_text(line: str) -> None:
    assert chrome.strong_reason(line) is None, line


def test_floor_with_an_icon_before_it_is_a_reply() -> None:
    assert (chrome.edge_reason("◆ 3楼　山间竹：做得真好，学到了。") or "").startswith("list: a reply in a thread")


def test_padded_keys_make_a_row_of_cells() -> None:
    assert chrome.edge_reason("产　地：某某县　用　途：晾晒谷物") == "meta: a row of key：value cells"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "后来我把它挂在窗前。喜欢的话，可以请我喝杯咖啡 ☕第二年春天，燕子又回来了。",
            "后来我把它挂在窗前。第二年春天，燕子又回来了。",
        ),
        ("关注“某某消防”，安全提示早知道入冬以来，全县共接警火灾十二起。", "入冬以来，全县共接警火灾十二起。"),
        ("把本站加入书签，招标信息早知道各投标单位：", "各投标单位："),
        (
            "违约方应当赔偿损失。遇到类似问题可在线留言，某某律师当天回复第三，合同另有约定的从其约定。",
            "违约方应当赔偿损失。第三，合同另有约定的从其约定。",
        ),
        ("大家都把旧报纸带来了。上传照片可得2个环保积分", "大家都把旧报纸带来了。"),
        ("请家长提醒孩子按时到校，不要迟到。家长可在“某某校园”App查看作息表", "请家长提醒孩子按时到校，不要迟到。"),
    ],
)
def test_glued_prompts_go_and_the_text_stays(text: str, expected: str) -> None:
    assert strip_glued_actions(text) == expected


def test_the_account_named_with_its_kind_and_a_clause_stays() -> None:
    text = "扫码关注“某某社区”公众号，在首页登记信息。我们会尽快联系你。"
    assert strip_glued_actions(text) == text


def test_an_encyclopaedia_infobox_and_contents_go() -> None:
    body = _body(
        [
            "某某百科",
            "竹篓",
            "中文名　竹篓",
            "别　名　背篓、篾篓",
            "常见材质　毛竹",
            "目录",
            "1 形制",
            "2 用途",
            "竹篓是用竹篾编成的盛物器具，多见于南方山区。",
            "形制",
            "竹篓多为圆口方底，口径三十至五十厘米。",
            "用途",
            "山区农户用竹篓背运柴草、茶叶和山货。",
        ],
        "竹篓",
    )
    assert body[0] == "竹篓是用竹篾编成的盛物器具，多见于南方山区。"
    assert "山区农户用竹篓背运柴草、茶叶和山货。" in body


def test_a_gloss_under_a_short_name_goes() -> None:
    body = _body(
        ["某某百科", "竹篓", "南方山区的盛物器具", "目录：1 形制　2 用途　3 编法", "竹篓是用竹篾编成的盛物器具。", "形制", "竹篓多为圆口方底。"],
        "竹篓",
    )
    assert body[0] == "竹篓是用竹篾编成的盛物器具。"


def test_a_verse_under_a_short_title_stays() -> None:
    body = _body(["某某诗社", "秋夜", "风过竹林", "月落溪头", "一盏灯照着远山。"], "秋夜")
    assert body[0] == "风过竹林"


def test_a_posters_name_and_profile_over_the_stamp_goes() -> None:
    body = _body(
        [
            "某某问答",
            "竹篓发霉了怎么处理？",
            "竹编老周　编竹器二十年，带过两个徒弟",
            "编辑于 昨天 21:15",
            "先晒。",
            "把竹篓放在通风处晒两三天，霉点干了用软毛刷刷掉，再用淡盐水擦一遍。",
        ],
        "竹篓发霉了怎么处理？",
    )
    assert body[0] == "先晒。"


def test_a_questions_detail_over_the_askers_row_goes() -> None:
    body = _body(
        [
            "某某问答",
            "竹篓发霉了怎么处理？",
            "家里的竹篓放在楼梯间，梅雨天过后长了一层白毛。",
            "提问者：山里人家　·　3 天前",
            "✔ 提问者采纳",
            "把竹篓放在通风处晒两三天，霉点干了用软毛刷刷掉。",
            "以后放在干燥处，底下垫两块砖。",
        ],
        "竹篓发霉了怎么处理？",
    )
    assert body[0] == "把竹篓放在通风处晒两三天，霉点干了用软毛刷刷掉。"


def test_readers_answers_and_related_questions_at_the_end_go() -> None:
    body = _body(
        [
            "把竹篓放在通风处晒两三天，霉点干了用软毛刷刷掉。",
            "以后放在干燥处，底下垫两块砖。",
            "竹林听风：我家也这么弄的，管用。",
            "匿名用户：晒不干就扔了吧。",
            "竹篓能用洗衣液洗吗？",
            "竹椅子开裂了怎么修？",
        ],
        "竹篓发霉了怎么处理？",
    )
    assert body[-1] == "以后放在干燥处，底下垫两块砖。"


def test_an_essay_ending_on_two_questions_keeps_them() -> None:
    body = _body(
        ["那年冬天，父亲把竹篓挂在檐下，说来年春天再用。", "春天来了，他却没能再背起它。", "竹篓还在吗？", "檐下的燕子还会回来吗？"],
        "檐下的竹篓",
    )
    assert body[-1] == "檐下的燕子还会回来吗？"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("竹篓 - 某某百科 - 知识改变生活", "竹篓"),
        ("某某协会会员管理办法（2024年修订稿）_规章制度_某某协会", "某某协会会员管理办法"),
        ("竹编车间安全操作规程 V3.0 精简版下载 - 某某资料站", "竹编车间安全操作规程"),
        ("珍惜时间，从每一分钟做起（升旗仪式讲话）- 某某范文", "珍惜时间，从每一分钟做起"),
        ("在全县竹产业发展大会上的讲话（大会发言）", "在全县竹产业发展大会上的讲话（大会发言）"),
        ("晒晒我编的小竹篓，第一次做还不太好（随手拍）", "晒晒我编的小竹篓，第一次做还不太好"),
    ],
)
def test_titles(title: str, expected: str) -> None:
    assert clean_title(title) == expected
