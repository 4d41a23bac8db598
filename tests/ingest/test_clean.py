"""clean_text: messy layouts become paragraphs; site chrome goes; the body never loses a sentence."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from haowen.ingest.clean import clean_text, is_heading_like, is_strong_chrome

# --- layout --------------------------------------------------------------------------------


def test_it_strips_full_width_and_em_space_indents():
    text = "\u3000\u3000第一段正文内容。\n\u2003\u2003第二段正文内容。\n\xa0\xa0 第三段正文内容。"
    assert clean_text(text) == ["第一段正文内容。", "第二段正文内容。", "第三段正文内容。"]


def test_it_splits_a_one_line_document_at_em_space_runs():
    text = "\u2003\u2003大家好！新年到来之际，向大家致以祝福。\u2003\u20032025年是收官之年。我们迎难而上。\u2003\u2003新年的旭日即将升起。"
    assert clean_text(text) == ["大家好！新年到来之际，向大家致以祝福。", "2025年是收官之年。我们迎难而上。", "新年的旭日即将升起。"]


def test_it_keeps_a_single_ideographic_space_run_inside_a_sentence():
    text = "第十条 其他有关机关、团体的负责人，\u3000\u3000经市人民代表大会常务委员会决定，可以列席会议。"
    assert clean_text(text) == [text.replace("\u3000\u3000", "\u3000")]


def test_it_turns_inline_html_into_paragraphs_and_unescapes_entities():
    text = (
        '<p style="text-indent: 2em;"><strong>央视网消息</strong>（新闻联播）：今天召开会议。&nbsp;</p>'
        "<p>会议强调，要抓好落实&amp;推进。<br>第二句在换行之后。</p>"
    )
    assert clean_text(text) == ["央视网消息（新闻联播）：今天召开会议。", "会议强调，要抓好落实&推进。", "第二句在换行之后。"]


def test_it_keeps_markdown_heading_text_and_drops_markers():
    text = "# 某某条例\n\n2020年1月1日 通过\n\n<!-- INFO END -->\n\n## 第一章　总　　则\n\n第一条 为了规范管理，制定本条例。\n\n---\n\n[查看原文](https://example.com/x.html)"
    assert clean_text(text, title="某某条例") == ["2020年1月1日 通过", "第一章　总　则", "第一条 为了规范管理，制定本条例。"]


def test_it_joins_wikisource_link_fragments_within_a_paragraph():
    text = (
        "会议听取和审议了国务院总理所作的\n政府工作报告\n。会议充分肯定国务院过去一年的工作。\n\n\n\n"
        "会议号召，全国各族人民更加紧密地团结起来。\n\n\n"
        "第三段，依据《\n中华人民共和国宪法\n》的规定。"
    )
    assert clean_text(text) == [
        "会议听取和审议了国务院总理所作的政府工作报告。会议充分肯定国务院过去一年的工作。",
        "会议号召，全国各族人民更加紧密地团结起来。",
        "第三段，依据《中华人民共和国宪法》的规定。",
    ]


def test_it_removes_zero_width_strays():
    assert clean_text("加强\u200d基层\u200b治理。") == ["加强基层治理。"]


def test_it_joins_pdf_hard_wraps_but_not_headings():
    text = (
        "民族要复兴，乡村必振兴。党的报告指出，“全面建设社会主义现代化\n"
        "国家，最艰巨最繁重的任务仍然在农村”，明确要求加快建设农业强国\n"
        "，扎实推动乡村产业、人才、文化、生态、组织振兴，为继续做好乡村\n"
        "振兴工作指明了方向、提供了遵循，具有非常重要的现实指导意义。\n"
        "一、基本情况\n"
        "全镇辖区面积一百七十五平方公里，其中耕地面积两千六百公顷，林地\n"
        "面积一万三千六百公顷，是八山半水半分田的纯山区乡镇，下辖十二个\n"
        "行政村，总人口一万五千余人，近年来立足山区特色发展乡村旅游。\n"
        "第一条\n"
        "为了规范管理，制定本办法。\n"
    )
    paragraphs = clean_text(text)
    assert paragraphs[0].startswith("民族要复兴") and paragraphs[0].endswith("现实指导意义。")
    assert paragraphs[1] == "一、基本情况"
    assert paragraphs[2].startswith("全镇辖区面积") and paragraphs[2].endswith("发展乡村旅游。")
    assert paragraphs[3:] == ["第一条", "为了规范管理，制定本办法。"]


def test_it_keeps_a_signature_block_apart():
    text = "标题\n\n各单位：\n\n请认真贯彻落实。\n\nXX县防汛抗旱指挥部\n20XX年X月X日\n"
    assert clean_text(text, title="标题")[-2:] == ["XX县防汛抗旱指挥部", "20XX年X月X日"]


def test_it_drops_converter_pinyin_after_traditional_characters():
    assert clean_text("我市扎實(shí)開展安全生產(chǎn)大檢查。") == ["我市扎實開展安全生產大檢查。"]


# --- chrome --------------------------------------------------------------------------------


def test_it_drops_the_toolbar_and_metadata_at_the_top():
    text = (
        "下载\n打印\n全屏\n收藏\n【字号：\n加大\n还原\n减小\n】\n"
        "2026年某市政府工作报告\n——2026年1月25日在某市第十六届人民代表大会第四次会议上\n"
        "来源：某某日报\n时间：2026-02-02\n某市市长 某某\n"
        "市长某某作政府工作报告。本报记者 戴冰摄\n"
        "各位代表：\n现在，我代表市人民政府，向大会报告政府工作，请予审议。\n"
    )
    assert clean_text(text, title="2026年某市政府工作报告") == [
        "——2026年1月25日在某市第十六届人民代表大会第四次会议上",
        "某市市长 某某",
        "各位代表：",
        "现在，我代表市人民政府，向大会报告政府工作，请予审议。",
    ]


def test_it_drops_breadcrumbs_and_view_counters():
    text = (
        "您当前的位置：\n网站首页>数据开放>政府数据>统计公报\n\n某县统计公报\n\n来源：\n访问量：199\n"
        "发布日期：2017-05-15 10:49:00\n\n2015年，全县经济平稳增长，发展质量不断提高。\n"
    )
    assert clean_text(text, title="某县统计公报") == ["2015年，全县经济平稳增长，发展质量不断提高。"]


def test_it_splits_a_run_on_breadcrumb_back_together_and_drops_it():
    text = "您的位置:\n首页\n>\n云南要闻\n云南要闻\n2026年政府工作报告\n各位代表：\n现在，我代表省人民政府，向大会报告工作。"
    assert clean_text(text, title="2026年政府工作报告") == ["各位代表：", "现在，我代表省人民政府，向大会报告工作。"]


def test_it_drops_fanwen_site_chrome():
    text = (
        "全县项目建设工作会议讲话\n\n时间:2022-05-11 11:04:00\n\n"
        "导语:全县项目建设工作会议讲话一文来源于网友上传,不代表本站观点,若需要原创文章可咨询客服老师,欢迎参考。\n\n"
        "VIP专免\n2024-04-06\n999+\n13.35KB\n8 页\n海报\n侵权投诉\n"
        "申明敬告: 本站不保证该用户上传的文档完整性,不预览、不比对内容而直接下载产生的反悔问题本站不予受理。\n"
        "[ 字体: ] [ 阅读: ] [ 文档下载 ]\n"
        "同志们:\n\n今天的这个会议非常重要,也非常必要。\n\n"
        "因篇幅问题不能全部显示,请点此查看更多更全内容\n"
    )
    assert clean_text(text, title="全县项目建设工作会议讲话") == ["同志们:", "今天的这个会议非常重要,也非常必要。"]


def test_it_drops_footer_chrome_but_keeps_the_last_body_lines():
    text = (
        "全县人口出生率为12.16‰，人口自然增长率为7.69‰。\n\n（万载县统计局）\n\n附件：\n\n关联稿件：\n\n"
        "扫一扫在手机打开当前页\n\n【返回顶部】【关闭本页】\n\n上一篇：宜春市2016年统计公报\n\n下一篇：万载县2009年统计公报\n\n"
        "中国政府网\n江西省人民政府\n\n上级政府网站\n\n网站地图\n网站帮助\n\n"
        "主办：万载县人民政府  承办：万载县人民政府办公室\n 赣ICP备11002306号-1  网站标识码：3609220011\n\n"
        "您访问的链接即将离开'万载县人民政府网站'是否继续？\n\n继续访问\t\t\t\t放弃\n"
    )
    assert clean_text(text) == ["全县人口出生率为12.16‰，人口自然增长率为7.69‰。", "（万载县统计局）"]


def test_it_removes_photo_credits_and_captions():
    text = (
        "\u2003\u2003新年前夕，主席通过广播电视发表新年贺词。新华社记者 燕雁 摄\u2003\u2003新华社北京12月31日电\u3000新年前夕，发表了新年贺词。"
        "\u2003\u2003大家好！岁序更替，华章日新。"
    )
    assert clean_text(text) == ["新华社北京12月31日电\u3000新年前夕，发表了新年贺词。", "大家好！岁序更替，华章日新。"]
    glued = "12月31日，全国政协举行新年茶话会。新华社记者 燕雁 摄同志们，朋友们：\u3000\u3000大家好！很高兴与大家欢聚一堂。"
    assert clean_text(glued) == ["同志们，朋友们：", "大家好！很高兴与大家欢聚一堂。"]


def test_it_keeps_the_text_around_a_credit_inside_a_long_paragraph():
    body = "脱贫攻坚力度之大、规模之广、影响之深，前所未有，取得了决定性进展，显著改善了贫困地区和贫困群众生产生活条件，谱写了人类反贫困历史新篇章。" * 2
    text = body + "2020年3月6日，总书记出席座谈会并发表重要讲话。 新华社记者 鞠鹏/摄第一，创造了我国减贫史上最好成绩。"
    out = clean_text(text)
    assert out[0].startswith(body) and "摄" not in "".join(out)
    assert out[1] == "第一，创造了我国减贫史上最好成绩。"


def test_it_removes_the_peoples_daily_trailer():
    text = "\u3000\u3000习近平表示，中国将继续提供帮助。\u3000\u3000北京科技大学现有留学生52人。\u3000\u3000《 人民日报 》（ 2020年05月19日 01 版）"
    assert clean_text(text) == ["习近平表示，中国将继续提供帮助。", "北京科技大学现有留学生52人。"]


def test_it_removes_the_wikisource_licence_trailer():
    text = (
        "各位代表！让我们团结奋斗！\n\n\n\n本作品是中华人民共和国的\n法律\n、\n法规\n，国家机关的决议、决定。根据《\n"
        "中华人民共和国著作权法\n》第五条第一项，本作品不适用于该法，属于\n公有领域\n。\n\n"
        "注：中文维基文库社群认为，中华人民共和国公务演讲，\n不总是\n具有立法、行政、司法性质的文件。\n\n"
        "Public domain\nPublic domain\nfalse\nfalse"
    )
    assert clean_text(text) == ["各位代表！让我们团结奋斗！"]


def test_it_keeps_field_lines_in_the_middle_of_a_notice():
    text = (
        "关于召开全县工作会议的通知\n\n各乡镇人民政府：\n\n经研究，决定召开全县工作会议，现将有关事项通知如下。\n\n"
        "一、会议时间\n\n时间：20XX年X月X日上午9时\n\n二、会议地点\n\n地点：县政府三楼会议室\n\n"
        "请各单位准时参加。\n\nXX县人民政府办公室\n\n20XX年X月X日"
    )
    out = clean_text(text, title="关于召开全县工作会议的通知")
    assert "时间：20XX年X月X日上午9时" in out and "地点：县政府三楼会议室" in out
    assert out[-2:] == ["XX县人民政府办公室", "20XX年X月X日"]


def test_it_removes_a_teaser_repeated_under_the_footer():
    text = (
        "各位代表：\n现在，我代表省人民政府，向大会报告工作，请予审议。\n全省经济运行稳中有进。\n"
        "打印本页\n关闭窗口\n2026年某省政府工作报告\n各位代表：现在，我代表省人民政府，向大会报告工作，请予审议。"
    )
    assert clean_text(text, title="2026年某省政府工作报告") == [
        "各位代表：",
        "现在，我代表省人民政府，向大会报告工作，请予审议。",
        "全省经济运行稳中有进。",
    ]


def test_it_matches_chrome_written_in_traditional_characters():
    text = "導語:市長在黨建工作會發言一文來源于網友上傳,不代表本站觀點,歡迎參考。\n\n同志們:\n\n今天是黨的生日,具有特殊意義。"
    assert clean_text(text) == ["同志們:", "今天是黨的生日,具有特殊意義。"]


def test_it_classifies_headings_and_strong_chrome():
    assert is_heading_like("一、总体要求") and is_heading_like("第一条") and is_heading_like("（二）强化保障")
    assert not is_heading_like("一是来自于外部环境蕴藏的重大机遇。经济发展优势明显。")
    assert is_strong_chrome("赣ICP备11002306号-1") and is_strong_chrome("上一篇：关于某某的通知")
    assert not is_strong_chrome("今年以来，全县经济运行总体平稳。")


def test_it_returns_nothing_for_empty_or_markup_only_text():
    assert clean_text("") == []
    assert clean_text("---\nbookCollapseSection: true\n---") == []
    assert clean_text("<p>&nbsp;</p>\n\n\u3000\u3000\n") == []


# --- property: the body survives any wrapping in chrome --------------------------------------

_SAFE_CHARS = "我们要坚持发展经济建设工作推进全面落实加强改革创新服务群众提高质量安全生产乡村振兴基层治理民生保障人才教育卫生健康文化旅游环境保护项目投资产业升级"
_TOP_CHROME = [
    "下载\n打印\n全屏\n收藏\n【字号：\n加大\n还原\n减小\n】",
    "来源：人民网",
    "时间：2022-05-11 11:04:00",
    "发布日期：2023-03-01",
    "访问量：199",
    "[ 字体: ] [ 阅读: ] [ 文档下载 ]",
    "网站首页>政务公开>通知公告",
    "导语:全县工作会议讲话一文来源于网友上传,不代表本站观点,若需要原创文章可咨询客服老师,欢迎参考。",
    "VIP专免\n海报\n侵权投诉",
    "2024-10-28 06:20:05 德育素材网",
    "申明敬告: 本站不保证该用户上传的文档完整性,不预览、不比对内容而直接下载产生的反悔问题本站不予受理。",
    "在全县工作会议上的讲话",
]
_BOTTOM_CHROME = [
    "扫一扫在手机打开当前页",
    "上一篇：关于做好防汛工作的通知",
    "下一篇：某县工作要点",
    "因篇幅问题不能全部显示,请点此查看更多更全内容",
    "《 人民日报 》（ 2020年05月19日 01 版）",
    "主办：某县人民政府  承办：某县人民政府办公室",
    "赣ICP备11002306号-1",
    "相关报道：",
    "【打印本页】【关闭窗口】",
    "责任编辑：张三",
    "网站地图 网站帮助 隐私声明 关于我们",
]
_CHROME_MARKERS = ("ICP", "扫一扫", "上一篇", "下一篇", "人民日报", "网友上传", "申明敬告", "字号", "访问量", "篇幅", "责任编辑", "VIP")

sentences = st.builds(
    lambda body, end: body + end,
    st.text(alphabet=_SAFE_CHARS, min_size=2, max_size=40),
    st.sampled_from("。！？"),
)
paragraphs = st.one_of(
    st.lists(sentences, min_size=1, max_size=3).map("".join),
    st.builds(lambda n, t: "一二三四五六七八九"[n] + "、" + t, st.integers(0, 8), st.text(alphabet=_SAFE_CHARS, min_size=2, max_size=12)),
)


def _layout(paras: list[str], style: str) -> str:
    if style == "blank":
        return "\n\n".join(paras)
    if style == "lines":
        return "\n".join(paras)
    if style == "indented":
        return "\n\n\n".join("\u3000\u3000" + p for p in paras)
    return "\u2003\u2003" + "\u2003\u2003".join(paras)  # news.cn: one line


_FIELD_LINES = ["时间：20XX年X月X日上午9时", "地点：县政府三楼会议室", "XX县人民政府办公室", "20XX年X月X日", "附件：1.报名表"]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    body=st.lists(st.one_of(paragraphs, st.sampled_from(_FIELD_LINES)), min_size=1, max_size=10).filter(
        lambda b: b[0] not in _FIELD_LINES  # a document does not open with a field line
    ),
    top=st.lists(st.sampled_from(_TOP_CHROME), max_size=6),
    bottom=st.lists(st.sampled_from(_BOTTOM_CHROME), max_size=6),
    style=st.sampled_from(["blank", "lines", "indented", "oneline"]),
    sep=st.sampled_from(["\n", "\n\n", "\n\n\n"]),
)
def test_it_never_drops_a_sentence_of_the_body(body, top, bottom, style, sep):
    text = sep.join(top + [_layout(body, style)] + bottom)
    out = clean_text(text, title="在全县工作会议上的讲话")
    joined = "\n".join(out)
    for para in body:
        if para in _FIELD_LINES:
            assert para in out, (para, out)
            continue
        for piece in re.findall(r"[^。！？]*[。！？]|[^。！？]+$", para):
            assert piece in joined, (piece, out)
    for marker in _CHROME_MARKERS:
        assert marker not in joined, (marker, out)


# --- very long documents (issue 12: a 19 MB paragraph) -------------------------------------------


def test_a_paragraph_longer_than_the_limit_is_cut_after_a_sentence_end():
    from haowen.ingest.clean import MAX_PARAGRAPH_CHARS

    sentence = "各乡镇要压实责任，排查隐患，确保“安全生产”形势平稳！"
    text = "关于安全生产的通知\n" + sentence * (3 * MAX_PARAGRAPH_CHARS // len(sentence))
    paragraphs = clean_text(text, title="关于安全生产的通知")
    assert len(paragraphs) >= 3
    assert all(len(p) <= MAX_PARAGRAPH_CHARS for p in paragraphs)
    assert all(p.endswith("！") for p in paragraphs[:-1])  # whole sentences, none split
    assert "".join(paragraphs) == text.split("\n", 1)[1]


def test_split_long_paragraph_without_sentence_ends_cuts_at_a_comma_then_anywhere():
    from haowen.ingest.clean import split_long_paragraph

    assert split_long_paragraph("短段落。", 100) == ["短段落。"]
    commas = "甲乙丙丁，" * 100
    parts = split_long_paragraph(commas, 100)
    assert all(len(p) <= 100 and p.endswith("，") for p in parts[:-1]) and "".join(parts) == commas
    solid = "没有标点" * 100
    parts = split_long_paragraph(solid, 100)
    assert [len(p) for p in parts] == [100, 100, 100, 100] and "".join(parts) == solid
    closing = ("说：“好。”" + "字" * 40) * 10
    parts = split_long_paragraph(closing, 100)
    assert all(p.endswith("。”") for p in parts[:-1])  # the closing quote stays with its sentence


def test_joining_a_hard_wrapped_document_measures_each_line_once(monkeypatch):
    """Thousands of wrapped lines with no sentence end: linear work, not quadratic."""
    from haowen.ingest import clean

    measured = []
    real_width = clean._width
    monkeypatch.setattr(clean, "_width", lambda line: measured.append(len(line)) or real_width(line))
    line = "这是一行没有句号的硬换行文字内容这是一行没有句号的硬换行文字内容这是一"
    text = "标题\n\n" + "\n".join([line] * 3000)
    paragraphs = clean_text(text, title="标题")
    assert "".join(paragraphs) == line * 3000
    assert sum(measured) <= 3 * len(text), f"{sum(measured):,} characters measured for a {len(text):,}-character text"
