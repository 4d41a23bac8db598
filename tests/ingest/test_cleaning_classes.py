"""Chrome by its class, titles, dates, page markers (issue 13, sections 1 and 2).

Every input here is written for this test (sites, people and numbers invented), unlike
the issue's examples and the evaluation set in bench/clean_eval.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest

from haowen.ingest.clean import clean_document, clean_text
from haowen.ingest.cleaning import chrome, dates, titles
from haowen.ingest.parsers import clean_title, parse_jsonl_record

BODY = [
    "今年以来，镇党委坚持把基层治理作为重点工作，推动各项任务落地见效。",
    "一、主要成效",
    "全镇新建村级综合服务站六个，群众办事实现就近可办，满意度明显提升。",
    "二、下步打算",
    "我们将继续完善网格管理机制，把矛盾纠纷化解在萌芽状态，确保社会大局稳定。",
]


def _body(out: list[str]) -> str:
    return "\n".join(out)


def _assert_body_whole(out: list[str]) -> None:
    for p in BODY:
        assert p in out, p


def test_action_lines_and_pay_prompts_go_wherever_they_stand():
    text = "\n".join(
        ["【收藏此文】　【发给同事】　【大字阅读】", *BODY[:3], "试看部分已完，开通年卡会员即可下载全部内容", *BODY[3:], "￥2.50 单篇购买　　会员免费获取"]
    )
    out = clean_text(text, title="某镇基层治理工作情况汇报")
    _assert_body_whole(out)
    body = _body(out)
    assert "收藏此文" not in body and "开通年卡" not in body and "单篇购买" not in body


def test_contact_and_writing_service_prompts_go():
    text = "\n".join([*BODY, "承接各类讲话稿代写，量大从优，加微信 pen_helper88 咨询", "商务合作请致电 13812345678"])
    out = clean_text(text, title="某镇基层治理工作情况汇报")
    _assert_body_whole(out)
    assert "pen_helper88" not in _body(out) and "13812345678" not in _body(out)


def test_upload_notice_and_copyright_footer_go():
    text = "\n".join(
        [*BODY, "特别提示：本文档系网友自行上传，本站仅提供存储空间，内容如有侵权请联系我们删除。", "版权所有 © 某某文摘网"]
    )
    out = clean_text(text, title="某镇基层治理工作情况汇报")
    _assert_body_whole(out)
    assert "网友自行上传" not in _body(out) and "某某文摘网" not in _body(out)


def test_meta_lines_between_title_and_body_go():
    text = "\n".join(
        [
            "墨池范文库 · 写好每一份材料",
            "位置：材料库 » 工作汇报",
            "某镇基层治理工作情况汇报",
            "整理：阿福　　人气：1288　　收录于 2024-05-06 09:12",
            "www.mochi-fw.cn　客服电话 0731-88886666",
            *BODY,
        ]
    )
    out = clean_text(text, title="某镇基层治理工作情况汇报")
    assert out == BODY


def test_forum_junk_lines_and_glued_junk_go_and_the_sentences_stay():
    text = "\n".join(
        [
            BODY[0] + "Qx 7& p2 W",
            "m4 ^ Tz 09 #",
            BODY[1],
            BODY[2].replace("，群众", "，群众") + "z9 ! Kd" + "这是补充的一句话。",
            *BODY[3:],
        ]
    )
    out = clean_text(text, title="某镇基层治理工作情况汇报")
    body = _body(out)
    assert "Qx" not in body and "Tz" not in body and "Kd" not in body
    assert BODY[0] in body and "满意度明显提升。这是补充的一句话。" in body


def test_page_markers_cutting_a_sentence_are_removed_and_the_pieces_joined():
    text = (
        "一、主要成效\n全镇新建村级综合服务站六个，群众办事实现\n"
        "（第2页）就近可办，满意度明显提升。\n"
    ).replace("（第2页）", "第2页 ")
    out = clean_text(text + "二、下步打算\n我们将继续完善网格\n— 3 —\n管理机制，确保社会大局稳定。\n【4】")
    assert "全镇新建村级综合服务站六个，群众办事实现就近可办，满意度明显提升。" in out
    assert "我们将继续完善网格管理机制，确保社会大局稳定。" in out
    assert "二、下步打算" in out


def test_a_list_number_after_a_finished_sentence_is_not_a_page_marker():
    out = clean_text("参考材料如下。\n[1] 某省乡村振兴促进条例\n[2] 某市基层治理三年行动方案")
    assert "[1] 某省乡村振兴促进条例" in out


def test_repeated_title_also_glued_to_the_first_sentence_goes():
    title = "某镇基层治理工作情况汇报"
    text = "\n".join([title, "【荐】" + title + "（精编3篇）", title + BODY[0], *BODY[1:]])
    out = clean_text(text, title=title)
    assert out == BODY


def test_lists_and_boxes_after_the_body_go():
    text = "\n".join(
        [
            *BODY,
            "◇ 上一则：某街道网格化管理经验交流",
            "◇ 下一则：村级组织换届工作总结",
            "大家还在看",
            "1. 乡镇综治中心建设汇报",
            "2. 基层减负工作情况报告",
            "热评（3）　我要发言",
            "张工：很有参考价值！",
            "关键词：基层治理 网格化 综治",
        ]
    )
    out = clean_text(text, title="某镇基层治理工作情况汇报")
    assert out == BODY


def test_body_that_mentions_wechat_or_download_is_kept():
    speech = [
        "同志们：",
        "要用好微信群、政务公众号等渠道，及时把政策送到群众手中，群众下载办事指南后可以随时查看。",
        "各单位要主动联系服务对象，点对点解决企业的急难愁盼问题，不断提升办事效率。",
        "附：需要收藏的三项制度",
        "1. 首问负责制",
        "2. 限时办结制",
        "3. 责任追究制",
        "同志们，让我们以更加务实的作风，推动各项工作落地见效！",
    ]
    out = clean_text("\n".join(speech), title="在全区政务服务工作会议上的讲话")
    assert out == speech


def test_a_notice_ending_with_contact_lines_keeps_them():
    notice = [
        "各村（社区）：",
        "为做好今年秋季征兵工作，现将有关事项通知如下。",
        "联系人：刘芳　联系电话：0739-5551234",
        "特此通知。",
        "某镇人民武装部",
        "2024年8月12日",
    ]
    out = clean_text("\n".join(notice), title="关于做好秋季征兵工作的通知")
    assert out == notice


def test_dropped_lines_come_with_a_reason():
    text = "\n".join(["阅读 1024　点赞 36　转发 8", *BODY, "长按识别二维码，关注我们获取更多材料"])
    result = clean_document(text, title="某镇基层治理工作情况汇报", explain=True)
    assert result.paragraphs == BODY
    reasons = dict(result.dropped)
    assert set(reasons) == {"阅读 1024　点赞 36　转发 8", "长按识别二维码，关注我们获取更多材料"}
    assert all(r for r in reasons.values())


# --- titles --------------------------------------------------------------------------------


def test_title_decoration_goes_and_the_real_title_stays_whole():
    assert titles.strip_decoration("【干货】乡镇纪委书记述责述廉报告（实用4篇）") == "乡镇纪委书记述责述廉报告"
    assert titles.strip_decoration("「独家」关于加强村级财务管理的意见(必看)") == "关于加强村级财务管理的意见"
    assert titles.strip_decoration("区卫健委2025年工作要点.WPS") == "区卫健委2025年工作要点"
    assert titles.strip_decoration("关于印发某县河长制工作规定（试行）的通知") == "关于印发某县河长制工作规定（试行）的通知"
    assert titles.strip_decoration("某县国土空间总体规划（2021—2035年）") == "某县国土空间总体规划（2021—2035年）"
    assert clean_title("某区2025年民生实事项目安排_工作计划_某某范文屋") == "某区2025年民生实事项目安排"


def test_a_title_missing_from_the_record_is_found_in_the_page_not_in_chrome_or_the_body():
    text = "\n".join(["墨池范文库 · 写好每一份材料", "首页 » 讲话稿", "【推荐】在全镇人居环境整治推进会上的讲话（3篇）", "同志们：", BODY[0]])
    record = json.dumps({"id": "t1", "text": text}, ensure_ascii=False).encode()
    doc = parse_jsonl_record(record)
    assert doc.title == "在全镇人居环境整治推进会上的讲话"
    assert doc.paragraphs == ["同志们：", BODY[0]]


# --- dates ---------------------------------------------------------------------------------


def _date_of(text: str, **record) -> dt.date | None:
    line = json.dumps({"id": "d", "title": "某镇关于开展消防安全检查的通知", "text": text, **record}, ensure_ascii=False)
    return parse_jsonl_record(line.encode()).published_on


def test_the_signature_date_is_taken_in_both_numeral_styles():
    body = "各村：\n现就开展消防安全检查有关事项通知如下，请认真抓好落实。\n某镇人民政府\n"
    assert _date_of(body + "2025年3月7日") == dt.date(2025, 3, 7)
    assert _date_of(body + "二〇二五年三月十七日") == dt.date(2025, 3, 17)
    assert _date_of(body + "２０２５年１１月３０日") == dt.date(2025, 11, 30)


def test_a_date_under_a_speech_title_and_a_publish_line_are_taken():
    speech = "在全镇安全生产会议上的讲话\n（2022年9月6日）\n同志们：\n今天的会议很重要，大家要认真抓好落实。"
    assert _date_of(speech) == dt.date(2022, 9, 6)
    page = "某某资讯网\n发布时间：2021-04-15 10:20　来源：本网\n近日，全镇组织开展了消防安全检查，排查隐患四十余处。"
    assert _date_of(page) == dt.date(2021, 4, 15)


def test_a_year_in_the_title_or_an_upload_date_is_never_a_date():
    assert _date_of("2025年全镇消防安全检查工作的主要任务是排查隐患、落实责任。") is None
    assert _date_of("上传时间：2024-06-01\n全镇消防安全检查工作的主要任务是排查隐患、落实责任。") is None
    assert _date_of("某镇人民政府\n2025年3月7日", date="2020-01-02") == dt.date(2020, 1, 2)  # the record wins


def test_parse_cn_date_reads_chinese_numerals():
    assert dates.parse_cn_date("二〇二三年十二月三十一日") == dt.date(2023, 12, 31)
    assert dates.parse_cn_date("二〇二三年二月三十日") is None  # no such day


# --- hard wraps ----------------------------------------------------------------------------


def test_a_hard_wrapped_notice_is_joined_and_headings_stay_apart():
    paragraph1 = (
        "为进一步加强全县城乡居民医疗保障工作，切实提高群众参保缴费的积极性和主动性，经县政府同意，"
        "现就做好集中缴费工作有关事项通知如下，请各乡镇和有关单位结合实际认真贯彻落实。"
    )
    paragraph2 = (
        "各乡镇要成立由主要负责同志任组长的工作专班，明确分管领导和具体经办人员，层层压实工作责任，"
        "逐村逐户开展政策宣传和动员工作，确保应保尽保、不漏一人，按时完成年度参保缴费目标任务。"
    )
    width = 30

    def wrap(p: str) -> list[str]:
        return [p[i : i + width] for i in range(0, len(p), width)]

    lines = ["各乡镇人民政府，县直有关单位：", *wrap(paragraph1), "一、加强组织领导", *wrap(paragraph2), "二、强化宣传引导", "某县医疗保障局", "2024年9月2日"]
    out = clean_text("\n".join(lines), title="关于做好城乡居民医保集中缴费工作的通知")
    assert paragraph1 in out and paragraph2 in out
    assert "一、加强组织领导" in out and "二、强化宣传引导" in out


# --- the class signals themselves ----------------------------------------------------------


def test_junk_lines_are_told_from_short_latin_words():
    assert chrome.is_junk_line("h7 Q# 2w x")
    assert not chrome.is_junk_line("GDP CPI")
    assert not chrome.is_junk_line("2023 2024")



def test_a_page_marker_after_a_quoted_phrase_is_cut_and_the_sentence_joined():
    # A quote closing a phrase ends no sentence: the page cut the sentence after it.
    text = "今年我们深入开展“四下基层”\n[7]活动，走访群众一千二百余户，解决实际问题八十多件。\n下一步将持续推进。"
    out = clean_text(text)
    assert out[0] == "今年我们深入开展“四下基层”活动，走访群众一千二百余户，解决实际问题八十多件。"
    # A quote after a sentence end does end it: a bracketed number there is a list item.
    out = clean_text("他说：“办法总比困难多。”\n[2] 参考：某县工作简报")
    assert "[2] 参考：某县工作简报" in out


def test_an_outline_heading_holding_an_action_word_is_body_at_either_edge():
    text = "一、免费体检覆盖情况\n全镇为六十五岁以上老人免费体检三千一百人次。\n二、免费体检\n"
    assert clean_text(text) == ["一、免费体检覆盖情况", "全镇为六十五岁以上老人免费体检三千一百人次。", "二、免费体检"]


def test_a_list_of_toasts_ending_in_commas_does_not_make_a_text_hard_wrapped():
    heading = "在全区迎新春团拜会上的致辞（2025年1月20日）"
    paragraphs = [
        "辞旧岁，迎新春。今天，我们在这里欢聚一堂，共同回顾过去一年的奋斗历程，展望新一年的美好前景。"
        "在此，我代表区委、区政府，向全区广大干部群众致以新春的祝福！",
        "过去的一年，全区上下团结一心、真抓实干，经济运行稳中有进，重点项目加快推进，民生事业全面发展，"
        "城乡面貌焕然一新，各项工作都取得了新的成绩。",
    ]
    toasts = ["为全区经济社会发展取得新的更大成就，", "为在座各位和家人的健康幸福与平安吉祥，", "为全区各族群众的团结和睦与美好生活，", "干杯！"]
    out = clean_text("\n".join([heading, *paragraphs, *toasts]))
    assert out[:3] == [heading, *paragraphs]


def test_the_title_again_after_the_body_goes_also_as_a_link_to_its_interpretation():
    title = "柳塘县人民政府关于加快发展银发经济的若干措施"
    text = "\n".join(
        [
            *BODY,
            "柳塘县人民政府",
            "2025年2月14日",
            "《关于加快发展银发经济的若干措施》图文解读",
            "文章题目：柳塘县人民政府关于加快发展银发经济的若干措施",
        ]
    )
    out = clean_text(text, title=title)
    assert out == [*BODY, "柳塘县人民政府", "2025年2月14日"]


def test_a_row_of_key_value_cells_above_the_body_goes():
    text = "\n".join(["归档编号：LT-2025-0091　　公开属性：主动公开", "印发机关：县农业农村局　　签发日期：2025-03-02", *BODY])
    assert clean_text(text, title="某镇基层治理工作情况汇报") == BODY
    assert chrome.edge_reason("归档编号：LT-2025-0091　　公开属性：主动公开").startswith("meta: a row")
    # A meeting notice's own fields are one cell each, or sentences: not such a row.
    assert chrome.edge_reason("会议时间：5月8日上午9时，请提前十分钟入场。") is None


def test_a_link_to_a_file_and_the_contents_of_a_collection_go():
    text = "\n".join(
        [
            "篇1：村级财务公开制度",
            "篇2：村务监督委员会工作规则",
            *BODY,
            "相关文件：村级财务管理台账模板.XLSX",
        ]
    )
    assert clean_text(text, title="某镇基层治理工作情况汇报") == BODY


def test_a_date_in_a_subtitle_a_byline_or_alone_on_a_line_is_taken():
    report = "——2025年1月9日在柳塘镇第二届人民代表大会第五次会议上\n镇长　许青\n各位代表：\n现在，我代表镇人民政府向大会报告工作。"
    assert _date_of(report) == dt.date(2025, 1, 9)
    byline = "柳塘书房\n2024年10月3日　作者：许青　分类：随笔\n秋收时节，我回到老家，帮父亲收了两天稻谷，感触良多。"
    assert _date_of(byline) == dt.date(2024, 10, 3)
    wenku = "文档页数 6 页\n2023-12-19\n近年来，镇党委坚持把基层治理作为重点工作，推动各项任务落地见效。"
    assert _date_of(wenku) == dt.date(2023, 12, 19)
    glued = "小编jw072024-05-30 08:41:02\n近年来，镇党委坚持把基层治理作为重点工作，推动各项任务落地见效。"
    assert _date_of(glued) == dt.date(2024, 5, 30)
    # A download button on the line does not make the date an upload date; a label does.
    assert _date_of("2024-02-11 09:30　某某文档站　[下载本文]\n全镇工作推进有力，成效明显。") == dt.date(2024, 2, 11)
    assert _date_of("最后更新：2024-02-11 09:30\n全镇工作推进有力，成效明显。") is None


def test_an_html_page_whose_main_text_leaves_the_byline_out_still_gives_its_date():
    from haowen.ingest.parsers import parse_html

    paragraphs = "".join(f"<p>{p}</p>" for p in BODY)
    page = (
        "<html><head><title>某镇基层治理工作情况汇报_柳塘资讯</title></head><body>"
        "<div class='top'>柳塘资讯　首页　时政　民生</div>"
        "<h1>某镇基层治理工作情况汇报</h1>"
        "<div class='info'><span>2024-07-22 16:45</span>　<span>来源：柳塘镇</span></div>"
        f"<div class='article'>{paragraphs}</div>"
        "<div class='foot'>柳塘资讯 版权所有</div></body></html>"
    ).encode()
    doc = parse_html(page)
    assert doc.paragraphs == BODY
    assert doc.published_on == dt.date(2024, 7, 22)


def test_a_title_glued_to_the_text_of_a_page_that_lost_its_breaks_is_read():
    speech = "镇党委书记在全镇秋冬季防火工作部署会上的讲话同志们：今天召开这次会议，主要是安排部署今冬明春森林防火工作。"
    record = json.dumps({"id": "g1", "text": speech}, ensure_ascii=False).encode()
    doc = parse_jsonl_record(record)
    assert doc.title == "镇党委书记在全镇秋冬季防火工作部署会上的讲话"
    assert "同志们：今天召开这次会议" in doc.paragraphs[0]
    # Glued twice, with an editor's note after it, and behind a wire dateline.
    assert titles.title_at_head("村级财务审计方案村级财务审计方案为规范村级财务管理，特制定本方案。") == "村级财务审计方案"
    assert titles.title_at_head("柳塘日报5月6日电县长在全县民营企业座谈会上的发言编者按：近日，县里召开民营企业座谈会，各位企业家畅所欲言。") == "县长在全县民营企业座谈会上的发言"
    # A sentence whose head ends in a genre word is no title: nothing marks a new start.
    lead = "县长在全县经济工作会议上的讲话指出，要把项目建设作为稳增长的重中之重抓实抓好。"
    assert titles.title_at_head(lead) == ""
    assert titles.title_at_head("根据《关于做好防汛工作的通知》各村要做好准备，确保安全度汛，不出问题。") == ""


def test_a_title_read_from_a_traditional_page_stays_traditional_and_loses_a_layout_bar():
    page = "柳塘資訊網\n首頁 > 縣情\n全縣開展冬季消防安全大檢查 |\n近日，全縣組織開展冬季消防安全大檢查，排查整改隱患一百二十餘處。"
    record = json.dumps({"id": "g2", "text": page}, ensure_ascii=False).encode()
    assert parse_jsonl_record(record).title == "全縣開展冬季消防安全大檢查"


def test_an_address_the_document_cites_above_its_text_is_kept_a_site_address_is_not():
    text = "\n".join(["本指南整理自", "https://example.org/labor-guide/ch3", *BODY])
    assert clean_text(text, title="某镇基层治理工作情况汇报") == ["本指南整理自", "https://example.org/labor-guide/ch3", *BODY]
    text = "\n".join(["柳塘资讯网 · 权威发布", "https://www.liutang-news.cn", *BODY])
    assert clean_text(text, title="某镇基层治理工作情况汇报") == BODY


def test_site_notices_in_other_words_are_recognised_by_their_class():
    intro = "以下内容由本站编辑收集整理，仅供各位读者学习参考。"
    terms = [
        "温馨提示：付费文档一经售出概不退款，请在下载前先预览并自行甄别内容完整性。",
        "若本文档侵犯了您的合法权益，请联系在线客服，核实后我们将立即下架。",
    ]
    comments = "评论须知：网友跟帖只代表其个人看法，并不表明本网认同其描述，请理性评论，勿发布不良信息。"
    dialog = "您即将离开本网站，前往第三方网页，是否继续访问？"
    text = "\n".join([intro, *terms, *BODY, comments, dialog])
    result = clean_document(text, title="某镇基层治理工作情况汇报", explain=True)
    assert result.paragraphs == BODY
    assert len(result.dropped) == 5 and all(reason for _, reason in result.dropped)


def test_a_button_between_paragraphs_goes_a_word_of_the_text_stays():
    text = "\n".join([BODY[0], "下载原文", BODY[2], "收藏", "关注", BODY[4]])
    assert clean_text(text) == [BODY[0], BODY[2], "收藏", "关注", BODY[4]]  # one word alone is no button


def test_a_licence_notice_near_the_end_ends_the_document():
    # Measured in characters: the notes under the notice are many short lines.
    body = [BODY[0] * 3, BODY[2] * 3]
    notes = ["本条说明所称文件包括以政府名义发布的各类公文。", "Public domain", "Public domain", "false", "false"]
    text = "\n\n".join([*body, "本作品依据某国著作权法第五条，属于公有领域。", *notes])
    assert clean_text(text) == body


def test_short_bare_words_between_chrome_lines_above_the_body_go_a_subtitle_stays():
    text = "\n".join(["某镇基层治理工作情况汇报", "页数：12页", "长图", "划词翻译", "【下载到电脑】", *BODY])
    assert clean_text(text, title="某镇基层治理工作情况汇报") == BODY
    # An addressee between chrome lines introduces the text: it stays.
    text = "\n".join(["某镇基层治理工作情况汇报", "页数：12页", "各村（社区）：", "【下载到电脑】", *BODY])
    assert clean_text(text, title="某镇基层治理工作情况汇报") == ["各村（社区）：", *BODY]
    # Right under the title a short line may be its subtitle: it stays.
    text = "\n".join(["某镇基层治理工作情况汇报", "网格员守护万家灯火", "发布时间：2024-05-06 09:12　浏览次数：88", *BODY])
    assert clean_text(text, title="某镇基层治理工作情况汇报")[0] == "网格员守护万家灯火"


def test_menu_rows_counter_rows_a_dated_weekday_line_and_intranet_labels_go():
    text = "\n".join(
        [
            "单位概况 | 新闻动态 | 制度汇编 | 联系方式",
            "某镇基层治理工作情况汇报",
            "2024年5月6日 星期一",
            "填报人：综治办　|　浏览 1.3万　|　附件 1",
            "保密等级：内部资料　请勿外传",
            *BODY,
            "点赞 32　　反对 1　　回答",
        ]
    )
    result = clean_document(text, title="某镇基层治理工作情况汇报")
    assert result.paragraphs == BODY
    assert result.published_on == dt.date(2024, 5, 6)  # the page's date line, weekday and all


def test_a_question_for_a_title_and_a_site_after_a_dash_in_the_record_title():
    assert titles.strip_decoration("村级财务公开怎么做才规范？-乡村治理交流论坛") == "村级财务公开怎么做才规范？"
    assert titles.strip_decoration("二〇二五年至二〇二七年规划——在全镇大会上的讲话") == "二〇二五年至二〇二七年规划——在全镇大会上的讲话"
    page = "\n".join(["村级财务公开怎么做才规范？", "关注 12 人　·　浏览 880 次", "答主：村会计老王", "发布于 2024-11-08 20:15", *BODY])
    doc = parse_jsonl_record(json.dumps({"id": "q", "title": "村级财务公开怎么做才规范？-乡村治理交流论坛", "text": page}, ensure_ascii=False).encode())
    assert doc.title == "村级财务公开怎么做才规范？" and doc.paragraphs == BODY
    assert doc.published_on == dt.date(2024, 11, 8)  # read below the question, which ends in ？


def test_a_contact_prompt_that_disguises_the_messenger_and_links_glued_to_the_last_sentence_go():
    text = "\n".join(
        [
            *BODY[:-1],
            BODY[-1] + "[复制本页] [存到网盘]",
            "想要原创代撰的可以私聊，威芯：bigan_2024gw",
            "下一则 » 村级组织换届工作总结",
        ]
    )
    assert clean_text(text, title="某镇基层治理工作情况汇报") == BODY
    assert clean_text(BODY[0] + "点这里阅读全文>>") == [BODY[0]]
    assert clean_text(BODY[0] + "全镇共有网格员八十人") == [BODY[0] + "全镇共有网格员八十人"]  # no action words: text
    # A short line holding a sentence is never dropped whole for the words glued after it
    # (the link glued after it goes: 点这里 is a link's word).
    assert clean_text("全镇工作有序推进。点这里阅读全文") == ["全镇工作有序推进。"]


def test_star_decoration_and_page_navigation_go():
    assert titles.strip_decoration("☆热荐☆乡镇安全生产工作汇报材料") == "乡镇安全生产工作汇报材料"
    text = "\n".join([*BODY, "全文共3页，当前为第1页　下一页"])
    assert clean_text(text, title="某镇基层治理工作情况汇报") == BODY


def test_an_html_page_titled_only_with_the_sites_name_gets_its_headline():
    from haowen.ingest.parsers import parse_html

    paragraphs = "".join(f"<p>{p}</p>" for p in BODY)
    page = (
        "<html><head><title>柳塘资料下载</title></head><body>"
        "<div class='nav'>柳塘资料下载 登录 注册</div>"
        "<div class='doc'><h2>某镇基层治理工作情况汇报</h2><p class='m'>上传者：l***9　上传于：2024-02-02　格式：PDF</p></div>"
        f"<div class='body'>{paragraphs}</div></body></html>"
    ).encode()
    doc = parse_html(page)
    assert doc.title == "某镇基层治理工作情况汇报" and doc.paragraphs == BODY


def test_more_title_decoration_goes_and_a_title_that_ends_in_a_number_stays():
    cases = {
        "【热门】乡镇防汛工作方案【多篇】": "乡镇防汛工作方案",
        "在新生开学典礼上的讲话（优选）": "在新生开学典礼上的讲话",
        "主题党日活动心得体会5篇": "主题党日活动心得体会",
        "村医年度工作总结（共4篇）": "村医年度工作总结",
        "《关于规范村级小微权力运行的通知》全文": "关于规范村级小微权力运行的通知",
        "值班工作制度(2)": "值班工作制度",
    }
    for decorated, plain in cases.items():
        assert titles.strip_decoration(decorated) == plain, decorated
    for kept in ("《新闻联播》 (20260805)", "三国演义第3篇", "某县国土空间总体规划（2021—2035年）"):
        assert titles.strip_decoration(kept) == kept


def test_a_decorated_title_glued_twice_to_the_text_leaves_no_decoration_behind():
    title = "村医年度工作总结三篇"
    text = f"{title} {title} 【篇一】 一年来，我坚持在村卫生室值守，为村民提供基本医疗服务。"
    out = clean_text(text, title="村医年度工作总结")  # the record's title, its decoration taken off
    assert out[0].startswith("村医年度工作总结三篇 【篇一】")  # cut once, and not mid-decoration


# Chrome in wording of our own, one line of each at either edge of the body.
EDGE_CHROME = [
    "一键复制本文内容",
    "全文阅读已结束，如需下载请先登录",
    "开通超级会员，海量文档免费下",
    "扫码关注，回复“材料”领取全套模板",
    "字体大小：大 中 小",
    "调整字号 A+ A A-",
    "分享至：朋友圈 | 微博 | QQ好友",
    "点赞(12) 收藏(3) 转发",
    "材料代写、润色找老李，vx同号13912345678",
    "如需原创定制请联系客服QQ 88776655",
    "文章来源于网络，版权归原作者所有，如有侵权请联系删除",
    "免责声明：本文仅代表作者个人观点，与本网无关。",
    "部分图片来自网络，如涉及版权请告知",
    "作者：佚名 来源：原创 发布时间：2024-05-06",
    "所属栏目：工作总结",
    "文档编号：WD20240506001",
    "本文链接：https://www.example.cn/a/1.html",
    "粤ICP备12345678号",
    "当前位置 » 首页 » 心得体会",
    "相关文章推荐",
    "上一篇：关于做好防汛工作的通知 下一篇：2024年度工作计划",
    "网友评论（0）",
    "还没有评论，快来抢沙发吧！",
    "验证码：看不清？换一张",
    "第 2 页 共 7 页",
    "本文已被收录至专题《年终总结》",
    "写作交流群：826401377",
    "文档下载后请勿用于商业用途",
]
# Lines of a document that stand at its edges and must stay there.
EDGE_TEXT_TAIL = [
    "特此通知。",
    "联系人：王芳　联系电话：0731-88886666",
    "附件：1.某县防汛责任人名单",
    "（此件公开发布）",
    "抄送：县委办，县人大办。",
    "谢谢大家！",
    "（作者系某县委党校讲师）",
    "附：2024年工作任务分解表",
    "二〇二四年五月九日",
    "电子邮箱：zhb@example.gov.cn",
    "本通知由县应急管理局负责解释。",
    "主题词：防汛　通知",
]
EDGE_TEXT_HEAD = [
    "各位代表：",
    "编者按：为深入学习贯彻全会精神，本刊特刊发此文，供读者参考。",
    "——在全县经济工作会议上的讲话",
    "（2024年3月8日）",
    "某政发〔2024〕3号",
    "签发人：李四",
    "主送：各乡镇人民政府",
    "本文从三个方面对基层治理进行了探讨。",
]


@pytest.mark.parametrize("line", EDGE_CHROME)
def test_chrome_in_other_words_goes_at_either_edge(line):
    assert clean_text("\n".join([*BODY, line]), title="某镇基层治理工作情况汇报") == BODY
    assert clean_text("\n".join([line, *BODY]), title="某镇基层治理工作情况汇报") == BODY


@pytest.mark.parametrize("line", EDGE_TEXT_TAIL)
def test_a_documents_own_closing_lines_stay(line):
    assert clean_text("\n".join([*BODY, line]), title="某镇基层治理工作情况汇报") == [*BODY, line]


@pytest.mark.parametrize("line", EDGE_TEXT_HEAD)
def test_a_documents_own_opening_lines_stay(line):
    assert clean_text("\n".join([line, *BODY]), title="某镇基层治理工作情况汇报") == [line, *BODY]


@pytest.mark.parametrize(
    "line",
    ["（未完待续，请点击下一页继续阅读）", "点击查看更多精彩内容>>", "【广告】全屋定制，限时优惠", "扫描二维码下载APP", "-- 试读结束，付费后阅读剩余内容 --"],
)
def test_a_prompt_or_an_advertisement_between_paragraphs_goes(line):
    assert clean_text("\n".join([*BODY[:2], line, *BODY[2:]]), title="某镇基层治理工作情况汇报") == BODY


@pytest.mark.parametrize(
    "line",
    [
        "群众可以通过微信公众号下载办事指南，也可以到便民服务中心现场咨询。",
        "全镇已有八成以上家庭开通了手机银行，线上缴费比例明显提高。",
        "三是加强宣传引导，通过村村响广播、微信群等渠道广泛宣传政策。",
    ],
)
def test_a_sentence_that_speaks_of_downloads_or_wechat_between_paragraphs_stays(line):
    assert line in clean_text("\n".join([*BODY[:2], line, *BODY[2:]]), title="某镇基层治理工作情况汇报")


def test_menu_items_and_related_titles_above_a_headline_are_not_the_title():
    body = "\n".join(BODY)
    pages = [
        "柳塘范文网\n首页\n年终工作总结\n领导讲话稿\n心得体会范文\n柳塘镇2024年上半年基层治理工作汇报\n发布时间：2024-07-02\n" + body,
        "相关推荐\n乡镇年度工作总结\n街道上半年工作汇报\n柳塘镇2024年上半年基层治理工作汇报\n阅读：88\n" + body,
    ]
    for page in pages:
        doc = parse_jsonl_record(json.dumps({"id": "m", "text": page}, ensure_ascii=False).encode())
        assert doc.title == "柳塘镇2024年上半年基层治理工作汇报"
        assert doc.paragraphs == BODY


def test_a_signature_date_with_a_note_glued_on_and_an_iso_date_with_a_weekday_are_taken():
    body = "各村：\n现就开展消防安全检查有关事项通知如下，请认真抓好落实。\n某镇人民政府\n"
    assert _date_of(body + "2025年3月7日（此件主动公开）") == dt.date(2025, 3, 7)
    assert _date_of("某某资讯\n2025-03-08 星期六\n" + body) == dt.date(2025, 3, 8)


@pytest.mark.parametrize("marker", ["3/9", "·3·", "～3～", "- 3/9 -", "Page 3 of 9", "第3页/共9页", "共9页 第3页"])
@pytest.mark.parametrize("glued", [False, True])
def test_page_markers_in_other_forms_are_cut_and_the_sentence_joined(marker, glued):
    first, second = "全镇新建村级综合服务站六个，群众办事实现", "就近可办，满意度明显提升。"
    lines = ["今年以来，镇党委坚持把基层治理作为重点工作。", first, *([f"{marker} {second}"] if glued else [marker, second])]
    assert clean_text("\n".join(lines))[1] == first + second


def test_one_run_of_junk_alone_or_glued_goes_and_words_of_latin_letters_stay():
    text = "\n".join([BODY[0] + "7Hq#w" + BODY[2], "z4K%e", BODY[4]])
    assert clean_text(text) == [BODY[0] + BODY[2], BODY[4]]
    for word in ("PM2.5", "COVID-19", "Q&A", "x86"):
        assert not chrome.is_junk_line(word)
    assert clean_text("今年PM2.5平均浓度下降。CPI同比上涨。") == ["今年PM2.5平均浓度下降。CPI同比上涨。"]


def test_a_forum_page_flattened_into_a_layout_table_gets_its_paragraphs_back():
    # How a main-text extractor renders a forum's frame table: cells between bars, the
    # post's line breaks turned into spaces, jammer junk at a line's start.
    text = (
        "| 老周 帖子 88 积分 960 | 某镇基层治理工作情况汇报 发表于 2024-05-06 08:12 收藏 分享 |\n"
        f"| {BODY[0]} {BODY[1]} {BODY[2]} Qz7 ^x9 {BODY[3]} {BODY[4]} |\n"
    )
    assert clean_text(text, title="某镇基层治理工作情况汇报") == BODY
    # A table of data in a document keeps its rows, even with a long cell.
    long_cell = "对辖区主次干道、背街小巷开展常态化巡查，累计劝导规范占道经营一千四百余起，清理小广告三千二百余处"
    table = f"| 项目 | 完成数 | 备注 |\n| --- | --- | --- |\n| 新建服务站 | 6 | 已验收 |\n| 市容整治 | 86 | {long_cell} |\n"
    out = clean_text(f"{BODY[0]}\n{table}{BODY[4]}")
    assert out == [BODY[0], "项目\u3000完成数\u3000备注", "新建服务站\u30006\u3000已验收", f"市容整治\u300086\u3000{long_cell}", BODY[4]]


def test_a_header_shown_above_and_below_the_headline_goes_both_times():
    text = "\n".join(["桃源之声", "某镇基层治理工作情况汇报", "桃源之声", *BODY])
    assert clean_text(text, title="某镇基层治理工作情况汇报") == BODY


def test_a_wrapped_line_that_ends_in_a_site_word_is_no_site_name():
    assert chrome.edge_reason("下一步，我将进一步强化责任担当，推动社区") is None
    assert chrome.edge_reason("墨香论坛，以文会友") == "meta: a site name or slogan"
