"""Import, hundred-and-seventh round (issue 13, on holdout328-330's failures, read after their blind
score): chrome by class: a label over titles in book-title marks, a question leading a 400/800
line, an encyclopaedia's note on the entry itself, a reader's display settings, a mail service's
footer, a page's note that the original prevails, the rest of a file after downloading it, an
expand button behind a triangle, a study list's note, a link to the next piece, a prompt to read
on the phone by scanning, a course's trial price, a follow prompt with what the account lets one
do (glued after the last sentence too); a related article's label and headline glued after the
last sentence; a prompt after a lead-in's colon; an e-mail address cut by a wrap after its at
sign; titles: a poster's aside after a tilde, a collection's ordinal in a leading bracket before a
short title, who revised the draft, a column named by its kind of item after a dash, a work
instruction (作业指导书) as a genre.

Every input is written for this test (places, people, sites and numbers invented); none is
taken from bench/clean_eval or the issue.
"""

from __future__ import annotations

import pytest

from haowen.ingest.clean import clean_document
from haowen.ingest.cleaning import chrome
from haowen.ingest.cleaning.glued import strip_glued_actions
from haowen.ingest.parsers.base import clean_title


@pytest.mark.parametrize(
    "line",
    [
        "同课异构：《种子发芽》教学设计　《植物的根》课堂实录",
        "想让律师按您的情况改写合同？拨打 400-555-0101 转 3",
        "本词条缺少图片，欢迎上传",
        "阅读设置：〖字体 大 中 小〗〖底色 米黄〗",
        "本邮件由某某企业邮发送，祝您工作愉快！",
        "本公告内容以采购人发布的原件为准。",
        "完整预案（含流程图）请下载后查看",
        "以上为部分预览，下载后可编辑全部内容",
        "▾ 展开余下全文",
        "本文已纳入支部党员本周学习清单",
        "点击此处，跳到下一篇",
        "手机扫码继续阅读本文",
        "零基础插花课，限时体验价19.9元",
        "关注医院公众号，可微信挂号",
    ],
)
def test_new_chrome_classes(line: str) -> None:
    assert chrome.strong_reason(line), line


@pytest.mark.parametrize(
    "line",
    [
        "用药记录表可从县林业站网站下载后打印填写。",
        "群众用手机扫码即可查看标准地址和便民电话。",
        "【背景】设立保护区后，部分群众的传统生计受到影响。",
        "如有疑问，请拨打服务热线。",
        "学员须携带：《植物图鉴》　《观察记录本》",
        "祝您工作愉快，身体健康！",
    ],
)
def test_what_stays_text(line: str) -> None:
    assert chrome.strong_reason(line) is None, line


def test_a_follow_prompt_with_what_it_lets_one_do_goes_after_the_last_sentence() -> None:
    line = "他们的共同点是都患有骨质疏松，却每天用力敲打后背。关注医院公众号，可微信预约"
    assert strip_glued_actions(line) == "他们的共同点是都患有骨质疏松，却每天用力敲打后背。"


def test_a_related_link_glued_after_the_last_sentence_goes() -> None:
    line = "园区今年新上了两条自动充棉线，充棉时间从40秒缩短到12秒。【延伸阅读】某某产业园二期开工"
    assert strip_glued_actions(line) == "园区今年新上了两条自动充棉线，充棉时间从40秒缩短到12秒。"


def test_a_prompt_after_a_lead_in_colon_goes_and_the_lead_in_stays() -> None:
    line = "因贵会掌握全县视力残疾人员名册，现商请贵会协助以下事项：手机扫码继续阅读本文"
    assert strip_glued_actions(line) == "因贵会掌握全县视力残疾人员名册，现商请贵会协助以下事项："


def test_a_field_after_a_key_colon_stays() -> None:
    line = "请各班于周五前完成报名，报名方式：扫码报名"
    assert strip_glued_actions(line) == line


def test_an_email_address_cut_by_a_wrap_after_its_at_sign_is_one_line() -> None:
    text = "关于征集老物件的通知\n各单位：\n请于8月25日前报送实物照片。\n联系人：某某，邮箱：laowujian@\nexample.gov.cn。\n某某县文化馆\n2024年8月5日"
    paragraphs = clean_document(text).paragraphs
    assert "联系人：某某，邮箱：laowujian@example.gov.cn。" in paragraphs


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("【实测】两种保鲜膜用了半年的对比~长文预警 | 某某社区", "两种保鲜膜用了半年的对比"),
        ("〔灶间小札·之三〕擀面杖", "擀面杖"),
        ("某某车间设备点检作业指导书（车间主任修订稿）.pdf", "某某车间设备点检作业指导书"),
        ("关于做好秋季开学安全工作的通知—通知公告｜某某区教育局", "关于做好秋季开学安全工作的通知"),
        ("某某作业指导书（2025年修订）", "某某作业指导书（2025年修订）"),
    ],
)
def test_titles(title: str, expected: str) -> None:
    assert clean_title(title) == expected


def test_a_font_box_between_two_sentences_goes_and_the_line_is_no_settings_row() -> None:
    line = "同志们，汛期将至，时间紧迫。【字号：特大 大 中】希望大家以更实的作风抓好各项工作！"
    assert chrome.strong_reason(line) is None
    assert strip_glued_actions(line) == "同志们，汛期将至，时间紧迫。希望大家以更实的作风抓好各项工作！"
