"""Import, fifty-third round (issue 13, on holdout169-171's failures, read after their blind
score): a collection's bracketed note on when its copy was written, a sentence under a photo's
label or a source note (no comment box's header), a poster asking for criticism, a tutor's and a
writer's offers, a course's sign-up pitch, a board's rules keyed by a colon and a forum staff's
reply, a question's title with its board and site, a single wrap cut in mid-word, a record title
whose board ends in a genre word, who drew a document up and the day on one line, a download
site's mirror links and broken-link prompt, and a byline's upload stamp over a page number.

Every input is written for this test (places, people, sites and numbers invented); none is
taken from bench/clean_eval or the issue.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest

from haowen.ingest.clean import clean_document
from haowen.ingest.cleaning import chrome, dates
from haowen.ingest.parsers.jsonl import parse_jsonl_record


@pytest.mark.parametrize(
    "line",
    [
        "自己写的练习稿，求各位前辈拍砖",
        "范文如下，大家轻拍：",
        "作文批改找老师，QQ：40182735",
        "需要原创教案请联系微信 jiaoan0808",
        "公考面试冲刺班报名中，私信助教领讲义",
        "版规：本版只发布便民信息，违者删帖",
        "版主回复：已转交街道办，请耐心等待。",
        "下载地址一：电信线路　下载地址二：联通线路",
        "如果链接失效，请点此报告错误",
    ],
)
def test_these_classes_are_chrome_wherever_they_stand(line):
    assert chrome.strong_reason(line) is not None, line


@pytest.mark.parametrize(
    "line",
    [
        "脱盆前三天停止浇水，用手轻拍盆壁。",
        "如有疑问请联系班主任，电话：13800001111。",
        "暑期托管班报名中，欢迎家长咨询。",
        "【樟溪燃气公司回复】",
    ],
)
def test_these_lines_are_no_such_chrome(line):
    assert chrome.strong_reason(line) is None, line


def test_a_bracketed_note_on_when_the_copy_was_written_goes_under_the_text():
    assert dates.SEASON_NOTE.match("（写于二〇二一年冬，录入时有删节）")
    assert dates.SEASON_NOTE.match("（二〇二二年秋，写于山中小屋）")
    # (A postscript with its day is the text's own.)
    assert not dates.SEASON_NOTE.match("（二〇二四年十一月二十日，记于县城）")
    assert dates.is_written_on("（二〇二四年十一月二十日，记于县城）")
    text = "\n".join([
        "老渡口",
        "小时候过河，全靠渡口那条木船。",
        "艄公姓陈，撑了一辈子船，从不收孩子们的钱。",
        "后来修了大桥，木船就拴在岸边，再也没有动过。",
        "（写于二〇二一年冬，录入时有删节）",
        "← 上一篇：石桥　下一篇：晒谷场 →",
    ])
    assert clean_document(text, title="老渡口").paragraphs[-1] == "后来修了大桥，木船就拴在岸边，再也没有动过。"


@pytest.mark.parametrize("note", ["（现场图片）", "【本文来源：樟溪村党支部】"])
def test_a_short_last_sentence_under_a_photo_label_or_a_source_note_stays(note):
    text = "\n".join([
        "发布时间：2025-04-02　点击：96",
        "4月1日，樟溪学院组织学生赴茶场开展采茶实训。",
        "在茶场师傅的指导下，学生们学习了一芽一叶的采摘标准。",
        note,
        "实训结束时，每名学生都独立完成了两斤鲜叶的采摘。",
        "上一条：学院召开新学期教学工作会议",
    ])
    paragraphs = clean_document(text, title="学院学生赴茶场开展采茶实训").paragraphs
    assert paragraphs[-1] == "实训结束时，每名学生都独立完成了两斤鲜叶的采摘。"


def test_a_questions_title_with_its_board_and_site_is_the_title_again():
    text = "\n".join([
        "樟溪在线 » 民生热线 » 查看帖子",
        "版规：发帖请如实反映情况，违者删帖",
        "小区门口的路灯坏了半个月，该找谁修？ - 民生热线",
        "溪边老李　发表于 昨天 21:05　|　楼主",
        "家住樟溪小区的居民反映，小区门口的路灯已经坏了半个月。",
        "希望有关部门尽快修好，方便大家晚上出行。",
    ])
    record = {"title": "小区门口的路灯坏了半个月，该找谁修？ - 民生热线 - 樟溪在线", "text": text}
    doc = parse_jsonl_record(json.dumps(record, ensure_ascii=False).encode())
    assert doc.title == "小区门口的路灯坏了半个月，该找谁修？"
    assert doc.paragraphs[0] == "家住樟溪小区的居民反映，小区门口的路灯已经坏了半个月。"


def test_a_single_wrap_cut_in_mid_word_is_joined():
    text = "\n".join([
        "各村（社区）：",
        "为做好今年秸秆禁烧工作，现就加强秸秆综合利用有关事项",
        "通知如下。",
        "一、各村要落实网格责任。",
    ])
    assert "为做好今年秸秆禁烧工作，现就加强秸秆综合利用有关事项通知如下。" in clean_document(text, title="关于做好秸秆禁烧工作的通知").paragraphs
    text = "\n".join([
        "各有关单位：",
        "由我校茶学系团队承担的“茶树良种繁育”项目已完成合同任",
        "务，经学校同意，定于5月12日组织验收。",
    ])
    assert "由我校茶学系团队承担的“茶树良种繁育”项目已完成合同任务，经学校同意，定于5月12日组织验收。" in clean_document(text, title="关于茶树良种繁育项目验收的通知").paragraphs


def test_who_drew_a_document_up_and_the_day_on_one_line_date_it():
    assert dates.document_date([], ["一、按规程操作。", "编制：质检组　2025年6月3日"]) == dt.date(2025, 6, 3)


def test_a_record_title_whose_board_ends_in_a_genre_word_keeps_the_threads_headline():
    text = "\n".join([
        "居家论坛 » 育儿心得 » 查看帖子",
        "宝宝辅食机用了两个月就坏了，有人遇到过吗",
        "楼主：豆豆妈　发表于 3天前　只看楼主",
        "去年买的辅食机，用了两个月，电机就不转了，客服说要寄回检测。",
    ])
    record = {"title": "宝宝辅食机用了两个月就坏了，有人遇到过吗 - 育儿心得 - 居家论坛", "text": text}
    doc = parse_jsonl_record(json.dumps(record, ensure_ascii=False).encode())
    assert doc.title == "宝宝辅食机用了两个月就坏了，有人遇到过吗"


def test_a_bylines_upload_stamp_over_a_page_number_is_no_piece_of_a_sentence():
    text = "\n".join([
        "樟溪文库",
        "贡献者：wk_20931　　2025-06-07 上传　　3页",
        "我镇竹编产业始于上世纪七十年代，目前共有作坊四十余家。",
        "调研组走访了十家作坊，召开了两次座谈会。",
    ])
    paragraphs = clean_document(text, title="关于我镇竹编产业发展情况的调研报告").paragraphs
    assert paragraphs[0] == "我镇竹编产业始于上世纪七十年代，目前共有作坊四十余家。"
