"""Import, hundred-and-nineteenth round (issue 13, on holdout364-366's failures, read after their blind
score): chrome by class: a row of the page's actions between bars, a reader's comment under the comment
area's label, a link with its prompt to open it, a prompt to light up a reaction button, what other
readers also use, a related question; glued between sentences: a copy lock, a related question; a list
under the text whose first headline holds a column's colon; a contents list whose header the page's
extraction left out; a photo's caption of people at a place whose act goes on past a 的; a hard-wrapped
line that ends on an adverb or holds a list of places; salutations that open on 小朋友们; titles: a
column's dotted label with its issue before the title, a column and the organisation after an unspaced
dash, a mail's 转交阅 label, a poster's 自费无广, 预警 or 在线等 aside, what the post holds (内有…和…), a
collection's piece in capital numerals, a long dotted filing bracket, an encyclopaedia's gloss.

Every input is written for this test (places, people, sites and numbers invented); none is
taken from bench/clean_eval or the issue.
"""

from __future__ import annotations

import pytest

from haowen.ingest.clean import clean_document, page_tail_items
from haowen.ingest.cleaning import chrome
from haowen.ingest.cleaning.glued import strip_glued_actions
from haowen.ingest.parsers.base import clean_title


@pytest.mark.parametrize(
    "line",
    [
        "转给家长群　｜　收藏到我的书签",
        "分享到朋友圈 | 打印本页 | 收藏",
        "评论区 —— 小雨妈妈：我家孩子也这样，谢谢老师！",
        "精选留言：老周：写得真好",
        "〔线路图〕某地—某地环线，点开看全程轨迹",
        "觉得有用？点亮“在看” 👍",
        "点个“赞”",
        "大家也在用：幼儿园毕业典礼园长致辞",
        "网友都在看：暑期防溺水告家长书",
        "相关问题：电动牙刷和普通牙刷哪个更好？",
    ],
)
def test_new_chrome_classes(line: str) -> None:
    assert chrome.strong_reason(line), line


@pytest.mark.parametrize(
    "line",
    [
        "转变作风，提升效能，服务群众。",
        "大家也在努力，我们更不能松劲。",
        "相关问题要及时上报。",
        "点亮万家灯火，温暖千家万户",
    ],
)
def test_what_stays_text(line: str) -> None:
    assert chrome.strong_reason(line) is None, line


@pytest.mark.parametrize(
    ("glued", "expected"),
    [
        (
            "全年改建活动室6个，配备了桌椅和书柜。本段落禁止复制，登录某某后可解锁各单位完成情况如下：",
            "全年改建活动室6个，配备了桌椅和书柜。各单位完成情况如下：",
        ),
        (
            "刚开始用时牙龈出血，多半是水压开得太大。相关问题：电动牙刷和普通牙刷哪个更好？建议先把水压调到最低档。",
            "刚开始用时牙龈出血，多半是水压开得太大。建议先把水压调到最低档。",
        ),
    ],
)
def test_glued_pieces_go(glued: str, expected: str) -> None:
    assert strip_glued_actions(glued) == expected


def test_a_related_headline_with_a_columns_colon_under_the_text_goes() -> None:
    paragraphs = [
        "最近门诊接诊了好几位新手妈妈，都是因为用法不对。",
        "误区一：吸力越大越好。正确的做法是从最低档开始。",
        "某某医院提醒：使用前先洗手，按摩几分钟会更顺畅。",
        "新手妈妈必看：母乳该怎么保存？",
        "产后复查，要查哪些项目",
    ]
    page = "\n".join(paragraphs[:3] + ["阅读原文 分享 点赞", "该号其他文章", *paragraphs[3:], "某某镜像站 收录时间 2026-01-02"])
    assert page_tail_items(paragraphs, page) == 2


def _body(text: str, title: str | None = None) -> list[str]:
    return clean_document(text, title=title).paragraphs


def test_a_contents_list_without_its_header_goes() -> None:
    text = (
        "某某百科 认识身边每一件东西\n"
        "外文名：book stand\n"
        "别　称：书挡\n"
        "类　别：办公用品\n"
        "常见材质：铁、木、塑料\n"
        "1 分类\n"
        "2 材料\n"
        "3 使用建议\n"
        "书立是用来把书竖着立在桌面或书架上的文具，多为金属或木制。\n"
        "按结构可分为固定式和伸缩式两类，伸缩式可以调节宽度。\n"
    )
    assert _body(text, title="书立")[0].startswith("书立是用来"), _body(text, title="书立")


def test_a_texts_own_numbered_headings_each_over_prose_stay() -> None:
    text = (
        "1 工作目标\n"
        "全年完成老旧小区改造十二个，惠及居民三千余户，改造后的小区全部实现雨污分流。\n"
        "2 工作措施\n"
        "各街道要成立专班，倒排工期，每周报送一次进度，确保按期完成全部改造任务。\n"
        "3 工作要求\n"
        "各单位要压实责任，加强督查，对工作不力的单位进行通报，年底前完成验收工作。\n"
    )
    assert _body(text, title="某某区2026年老旧小区改造工作方案")[0] == "1 工作目标"


def test_a_caption_of_people_whose_act_goes_on_past_a_de_goes() -> None:
    text = (
        "　　近日，县图书馆为三楼的研讨室统一配备了七口集线器，解决了学生设备抢接口的问题。\n"
        "读者在研讨室使用新配备的集线器连接电脑\n"
        "　　“以前四个人做汇报，要轮流拔U盘，现在大家的设备都能同时接上了。”一位读者说。\n"
    )
    body = _body(text, title="县图书馆研讨室新添集线器")
    assert len(body) == 2, body


def test_a_noun_phrase_after_a_de_is_no_caption() -> None:
    text = (
        "　　近日，某某社区组织党员开展了形式多样的志愿服务，受到居民的普遍好评和欢迎。\n"
        "党员在社区开展的志愿服务活动\n"
        "　　下一步，社区将把志愿服务常态化，每月固定开展一次活动，让更多居民受益。\n"
    )
    assert len(_body(text, title="某某社区开展志愿服务")) == 3


def test_a_wrapped_line_ending_on_an_adverb_is_joined() -> None:
    text = (
        "　　开学第二个月，幼儿园换了新的分格餐盘，一个餐盘分成五个\n"
        "格子：米饭一格，荤菜一格，两样素菜各一格，还有一格放水果。\n"
        "　　以前用大碗，饭菜混在一起，孩子挑着吃，剩下什么我也看不\n"
        "清。现在每个格子一目了然，收餐盘时拍张照片就全记下来了。\n"
        "　　到了学期末，班上剩菜的格子越来越少，孩子们也吃得更好了。\n"
    )
    body = _body(text)
    assert "剩下什么我也看不清。现在每个格子一目了然，收餐盘时拍张照片就全记下来了。" in body[1], body


def test_a_salutation_to_children_after_a_prompt_keeps_its_first_word() -> None:
    text = (
        "　　📖 学习打卡中，请完整阅读小朋友们、家长们、乡亲们：\n"
        "　　今天是六一国际儿童节。在这个欢乐的日子里，我们在村文化广场举办少儿运动会。\n"
        "　　最后，预祝本次运动会圆满成功！\n"
    )
    assert _body(text, title="在某某村少儿运动会开幕式上的讲话")[0] == "小朋友们、家长们、乡亲们："


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("【经理办公会纪要·第12期】关于更换食堂餐具的会议纪要", "关于更换食堂餐具的会议纪要"),
        ("孩子误吞纽扣电池怎么办？医生教你这样做-育儿急救-某某市妇幼保健院", "孩子误吞纽扣电池怎么办？医生教你这样做"),
        ("转交阅：样品试用反馈汇总", "样品试用反馈汇总"),
        ("两款电动牙刷用了一个月的真实感受（纯自费无广）", "两款电动牙刷用了一个月的真实感受"),
        ("孩子把邻居家的花盆碰碎了，我们是这样协商的（啰嗦预警）", "孩子把邻居家的花盆碰碎了，我们是这样协商的"),
        ("小区门口那段路颠得车都没法开（在线等处理）", "小区门口那段路颠得车都没法开"),
        ("用旧木料做了个书立（内有尺寸和做法）", "用旧木料做了个书立"),
        ("《某某旧事》拾贰：外婆的竹篮", "外婆的竹篮"),
        ("某某局关于2026年第一批产品质量抽查结果的通告〖某某县人民政府·质量监管专栏〗", "某某局关于2026年第一批产品质量抽查结果的通告"),
        ("某某管理办法（试行）- 某某百科", "某某管理办法（试行）"),
    ],
)
def test_titles(title: str, expected: str) -> None:
    assert clean_title(title) == expected
