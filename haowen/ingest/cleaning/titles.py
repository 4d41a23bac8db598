"""Titles: site decoration taken off, and a title found in a page's leading lines.

* :func:`strip_decoration` — ``【精选】…``, ``[心得体会] …``, ``「原创」…``, ``…（推荐）``,
  ``…（通用6篇）``, ``…5篇``, ``…(1)``, ``《…》全文``, ``….pdf`` / ``.wps`` / ``.docx``, ``…_site``,
  ``…-某某论坛`` lose the decoration; the
  real title stays whole (``（2024—2026年）``, ``（试行）``, ``（机关办公室）`` are kept:
  only brackets whose words are the vocabulary of praise / collection / file labels go).
* :func:`title_from_lead` — for a record without a title: the line of the page's
  leading block (before the first body sentence) that reads as a document title, never
  a site name, a chrome line or the first body sentence.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from .width import display_width as _display_width

__all__ = [
    "DOT_VARIANTS",
    "NOT_A_NAME",
    "NUMBERED_HEADING",
    "PIECE_ROW",
    "is_place_only",
    "strip_decoration",
    "title_from_lead",
    "title_at_head",
    "dated_after",
    "opens_text",
    "crumb_title",
    "title_key",
    "is_title_repeat",
    "without_question_label",
    "without_board_tail",
    "ends_in_genre",
    "is_issue_only",
    "is_file_stem",
    "issue_headline",
    "site_header_title",
    "page_headline",
    "best_segment",
    "is_poster_headline",
    "HEADLINE_LABEL",
]

# (A download site's "….doc下载", "….pdf 免费下载" is the file's name too.)
_FILE_EXT = re.compile(
    r"\.(?:pdf|wps|docx?|rtf|txt|pptx?|xlsx?|caj|odt|ofd|s?html?|mht(?:ml)?|md|php|aspx?|jsp)\s*(?:免费下载|下载|在线阅读|在线预览|预览)?\s*$", re.I
)
# What is left of a file's or a page's name once its suffix is gone ("077", "tz0826",
# "notice_2025-3"): Latin letters, digits and _-. only. No document's title; the title is
# then taken from the text as when the input gives none.
_FILE_STEM = re.compile(r"^[A-Za-z0-9_.\-]{1,40}$")
# Words of praise, collection and file labels (the vocabulary of title decoration).
_DECOR_WORDS = (
    r"精选|推荐|最新|通用|原创|优秀|热门|精品|范文|完整|合集|必备|荐|供参考|仅供参考|参考|模板|大全|汇编|"
    r"共?[\d一二两三四五六七八九十多数几]+\s*篇|经典|珍藏|实用|可编辑|免费|下载|[Ww]ord|收藏|热评|转载|整理|"
    r"置顶|干货|独家|必看|速看|收藏版|范例|样本|示例|例文|满分|高分|热|新|图文|全文|编辑推荐|小编推荐|站长推荐|"
    r"优选|优质|精编|精华|精校|最全|全集|珍品|好文|美文|可背诵|背诵版|可直接背诵|"
    # "（附检查表）", "（附全文）": what the page attached, never the document's title.
    r"附[\u4e00-\u9fffA-Za-z\d]{1,8}"
    # "（组图）", "（1/2）", "（第1页）", "（点击查看）": media labels, a page of a long article
    # and a link's prompt, never the document's title.
    r"|组图|多图|附图|图|视频|音频|\d{1,2}\s*/\s*\d{1,2}|第\d{1,2}页|点击查看|点击阅读|点击进入"
    # "（节选）", "[打印版]", "（手机版）": which part or which view of the page this copy is.
    r"|节选|摘录|摘编|节录|打印|手机|网页|电脑"
    # "（通用范本）", "（文字实录）", "（定稿）", "（可下载）": what kind of copy the page offers
    # (a general model text, a transcript, a draft's state, a download), never the document's title.
    # (A bare "（范本）" after a contract's or a letter's title is the model's own label: 28 of the
    # labelled parts' 36 titles that carry one keep it; see _MODEL_GENRE.)
    r"|通用范本|文字实录|实录|全文实录|文字版|文字稿|文稿|定稿|终稿|初稿|可下载|可编辑版|可修改"
    # "（可直接打印）", "（直接套用）": what the copy lets its user do.
    r"|可?直接(?:打印|使用|套用|编辑|修改|下载|填写)|可打印|可填写"
    # "（正式稿）", "（最终版）", "（修改版）": the stage of the poster's file (an official
    # consultation stage, （征求意见稿）/（送审稿）/（草案）, is the document's and stays).
    r"|正式稿|正式版|最终稿|最终版|终版|定版|修改稿|修改版|改稿|[二三四五]稿|[Vv]\d{1,2}(?:\.\d{1,2})?"
    # "（全文+解读）", "（附图解）": what else the page offers beside the text.
    r"|解读|政策解读|图解|答记者问|问答|附件|原文|(?:律师|专家|法官|医生|老师)(?:解读|点评|说法|答疑|支招)"
    # "（求指点）", "（新手，请指正）", "（供暖的朋友看过来）": the poster's appeal to the
    # readers, or how the poster describes themself.
    r"|新手|小白|菜鸟|萌新|初学|求[\u4e00-\u9fff]{1,3}|[请望恳]?(?:各位)?(?:批评)?指[正点导教]|欢迎(?:拍砖|交流|指正)|拍砖|轻拍|急|在线等"
    r"|[\u4e00-\u9fff]{0,10}的?(?:朋友|小伙伴|同学|家长|网友|亲们?|姐妹|兄弟)们?(?:都)?(?:看过来|看这里|快看|速看|进来|注意)[啦了吧！!]*"
)
# The genres whose model keeps its "（范本）": contracts, agreements and letters (合同, 协议, 函).
_MODEL_GENRE = re.compile(r"(?:合同|协议|协议书|合约|契约|约定|函)$")
#: (The same, for the cleaner: a model's kind of text at a title's end.)
MODEL_GENRE = _MODEL_GENRE
# "工作计划(1)": a copy's number after a file's name.
_COPY_NUMBER = re.compile(r"\s*[（(]\d{1,2}[）)]$")
# "心得体会5篇", "工作总结精选范文3篇": a count of versions after the title, unbracketed.
_TAIL_COUNT = re.compile(
    r"(?<!第)(?:精选|优秀|通用|经典)?(?:范文)?(?<!第)(?:[\d一二三四五六七八九十]{1,3})篇$"
    # "工作计划范文3", "心得体会模板2": the number of one version on a collection page.
    r"|(?:范文|模板|例文|样本)[\d一二三四五六七八九十]{1,2}$"
)
# "《…》全文", "《…》范文": the whole title in book-title marks, a download or model label after it.
_BOOK_TITLE = re.compile(r"^《([^《》]{4,})》\s*(?:全文|原文|正文|全文下载|[Ww]ord版|PDF版|下载|范文|范本|模板|例文|参考范文|写作范文)?$")
_LEAD_BRACKET = re.compile(
    # (… or a column and its issue apart by a dot, longer: "【经理办公会纪要·第6期】…".)
    r"^\s*(?:【([^【】]{1,10})】|【(?:[^【】·・]{1,10}[·・][^【】·・]{1,8})】(?=\s*\S{6,})|\[([^\[\]]{1,10})\]|「([^「」]{1,8})」|〖([^〖〗]{1,8})〗|〖(?:[^〖〗]{9,12})〗(?=\s*\S{6,})"
    r"|([★☆◆◇●■♦\u2190-\u21ff\u2300-\u245f\u25a0-\u27bf\u2900-\u2bff\u2e00-\u2e7f])((?:(?!\5)[^\s]){1,8})\5|〔([^〔〕\d]{1,10})〕|〔((?=[^〔〕]*[\u4e00-\u9fff])(?![^〔〕]*\d{4})[^〔〕]{1,14})〕|〔([\u4e00-\u9fff]{2,6}[A-Za-z]{1,4}\d{1,3})〕|〔([\u4e00-\u9fff]{2,6}[·・]?第\d{1,3}[天期篇课题讲])〕|〈([^〈〉]{1,6})〉|〈(?:[^〈〉]{7,10})〉(?=\s*\S{6,})|〈(?:[^〈〉·・]{1,8}[·・][^〈〉·・]{1,8})〉(?=\s*\S{4,})|｛(?:[^｛｝]{1,8})｝(?=\s*\S{6,})|［([^［］]{1,10})］|〘([^〘〙]{1,10})〙|『([^『』]{1,8})』)\s*"
)
# "【标题】", "★标题★", "◆标题◆", "※标题※": the whole title in a page's brackets, or between
# two copies of one decorative symbol.
_WHOLE_BRACKET = re.compile(r"^(?:【([^【】]{6,})】|〖([^〖〗]{6,})〗|「([^「」]{6,})」|『([^『』]{6,})』|(?P<sym>[★☆◆◇●○■□♦❖◎※▲△▼▽♥♡✦✧❀✿✪❤◈▶◀→←~～#*])\s*([^\n]{6,}?)\s*(?P=sym))$")
# "标题：…", "Re: …", "原创　…": a label a page put before a title it repeats. ("转载：…" stays:
# the import reports a reposted copy by that title.) (… or a mail client's reply or forward mark in another
# language before a Chinese title: TR, WG, AW, RV, SV, VS, RIF, ENC, Antw.)
_LEAD_LABEL = re.compile(
    r"^\s*(?:(?:[\u4e00-\u9fff]{0,4}标题|题目|Re|RE|回复|答复|"
    r"(?:TR|Tr|WG|Wg|AW|Aw|RV|Rv|SV|Sv|VS|Vs|RIF|Rif|ENC|Enc|Antw|ANTW)(?=\s*[:：]\s*[\u4e00-\u9fff])|[\u4e00-\u9fff]{2,6}题练习)\s*(?:[（(][^（）()]{1,6}[）)])?\s*[：:]\s*|问\s*[：:]\s*(?=[^：:]{6,}[？?])|(?:原创|置顶|精华)[\s\u3000]+"
    # "喜报！…", "重磅｜…": an account's exclamation before its headline.
    r"|(?:喜报|重磅|速看|快讯|突发|注意|提醒|好消息|祝贺|刚刚)\s*[！!｜|]\s*"
    # "Fw: …", "转：…", "转发：…": a mail's or a forum's forwarding label ("关于转发…的通知", with
    # no colon, is a 公文 title and stays); "附件1：…": the label of an attachment. (A note in
    # brackets between the label and its colon, "转寄（外部来信）：…", is the forwarder's too.)
    r"|(?:[Ff][Ww][Dd]?|转(?:一下|个|帖|给大家|呈|寄|交阅?|阅)?|转发|分享一下)(?:\s*[·・]\s*[\u4e00-\u9fff]{1,4})?\s*(?:[（(][^（）()]{1,8}[）)])?\s*[：:]\s*|(?:[Ff][Ww][Dd]?|转发)\s*[▸▶►›»➤→]\s*|(?:[Ff][Ww][Dd]?|转发)\s*[-－–—]\s*(?=\S{6})|附件\s*[\d一二三四五六七八九十]{0,2}\s*[：:]\s*|附件[\s\u3000]+(?=关于)"
    # "打印预览：…": which view of the page this copy is, before the title.
    r"|(?:打印预览|打印版|打印页|网页快照)\s*[：:▸▶►›»➤→|｜]\s*"
    # "已归档◎…": an office system's state of the file before its title.
    r"|(?:已归档|已办结|已阅|待办|已办)\s*[◎●○|｜：:]\s*)"
)
# "标题 2026-02-20", "标题　发布时间：…", "标题 ——某某局": a date or a meta field after a
# title shown on one line with it.
_TAIL_META = re.compile(
    r"[\s\u3000]+(?:\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?"
    r"|(?:发布时间|发布日期|时间|日期|作者|来源|编辑|浏览|点击)\s*[:：].*"
    r"|——[^—\s]{2,14}(?:局|委|院|厅|办|部|会|中心|政府|大学|学院|学校|医院|网|站))$"
)
# "第2篇：标题", "篇三：标题": which version of a collection this is.
_LEAD_ORDINAL = re.compile(
    r"^\s*(?:第[\d一二三四五六七八九十]{1,3}篇|篇[\d一二三四五六七八九十]{1,3}|之[\d一二三四五六七八九十百]{1,4})\s*[：:、.．]\s*"
    # "卷三 第十七篇 …", "第46篇 …": a collection's volume and piece numbers, spaced off the title.
    r"|^\s*(?:卷[\d一二三四五六七八九十]{1,3}[·・\s\u3000]*)?第[\d一二三四五六七八九十百]{1,4}[篇章回][\s\u3000]+"
    # "卷三　麦黄时节话干热风": the volume alone, spaced off the title by a wide space.
    r"|^\s*卷[\d一二三四五六七八九十]{1,3}\u3000+(?=\S{4})"
    # "《光影随笔》卷一 第十二篇 ▏…", "某某文存·卷二 第5篇｜…": a book, its volume and the piece, then a bar.
    r"|^[^|｜丨▏]{0,12}?第[\d一二三四五六七八九十百]{1,4}[篇章回]\s*[|｜丨▏│]\s*"
    # "文存之十二：…", "随笔之三：…": a collection's word and the piece's number before its title.
    r"|^\s*[\u4e00-\u9fff]{0,6}(?:文存|文集|随笔|札记|笔记|杂记|手记|日记)之[\d一二三四五六七八九十百]{1,4}\s*[：:、.．｜|]\s*"
    # "《竹林小筑文集》卷二·…": a collection's name and volume before the piece's title.
    r"|^《[^《》]{1,16}》\s*(?:卷[\d一二三四五六七八九十]{1,3}|第[\d一二三四五六七八九十]{1,3}[辑卷部集册])\s*[·・|｜丨▏:：]\s*"
)
_TAIL_BRACKET = re.compile(
    r"\s*(?:[（(]([^（）()]{1,12})[）)]|【([^【】]{1,12})】|\[([^\[\]]{1,12})\]|〔([^〔〕]{1,12})〕|〖([^〖〗]{1,12}|[^〖〗·・]{1,10}[·・][^〖〗·・]{1,8})〗|［([^［］]{1,12})］|〘([^〘〙]{1,12})〙|〈([^〈〉]{1,12})〉)\s*$"
)
# "…工作总结★精品★", "…报告◆推荐◆": a label between two copies of a symbol at the end.
_TAIL_SYMBOL_PAIR = re.compile(r"\s*([★☆◆◇●■♦※])([^★☆◆◇●■♦※]{1,8})\1\s*$")
# A page's label in single angle marks after a space at the end ("…的函 ‹某某文字快照›"), or a column in
# white lenticular brackets and the organisation after it ("…怎么办？ 〖眼科小讲堂〗某某县人民医院"), or a Q&A
# site's handle after a question ("…会不会被罚杆？@某某堂"): the page's, never the title's own words.
_TAIL_PAGE_LABEL = re.compile(
    r"[ \u3000]+‹[^‹›]{1,12}›$|[ \u3000]+〖[^〖〗]{1,8}〗[\u4e00-\u9fff]{2,16}$|(?<=[？?])\s*[@＠][^\s@＠]{2,10}$"
)
# A label a space and one decorative symbol set off after a title, or a run of labels each after the
# same symbol ("… ☆萌新第一帖", "…的通知 ※体育学院※某某学院"): the page's, never closed by the symbol.
_TAIL_SYMBOL_LABEL = re.compile(
    r"[ \u3000]+([★☆◆◇●○■□♦❖◎※✦✧❀✿✪◈])[^\s★☆◆◇●○■□♦❖◎※✦✧❀✿✪◈]{1,12}(?:\1[^\s★☆◆◇●○■□♦❖◎※✦✧❀✿✪◈]{1,12}){0,2}$"
)
# What a bracket after a complete title holds when it is the document's own (GB/T 9704-2012
# §7.3.3 titles; 《党政机关公文处理工作条例》): a stage of the text (（试行）, （征求意见稿）,
# （草案）, （2025年修订）), a batch, a number or a session (（第一批）, 〔2025〕3号), a year or a
# span (（2024—2026年）), a part (（上）, （一）) or a summary (（摘要）). Anything else after a title
# that already ends in its genre word (（某某史志网）, （原创首发）, （文字稿）, （18人）, （8页）) is the
# page's: a site's name, the poster's label, what kind of copy it is, a count.
_DOC_BRACKET = re.compile(
    r"试行|暂行|征求意见|意见稿|讨论稿|送审稿|代拟稿|审议稿|草案|修订|修正|摘要|"
    r"第\s*[\d一二三四五六七八九十百]{1,4}\s*[批号次期届轮部分章节周]|号$|\d{4}|[〇零一二三四五六七八九十]{4}年|"
    # The period it covers (（6月第1周）, （3月份）, （第一季度）, （上半年）).
    r"[\d一二三四五六七八九十]{1,2}\s*月(?:份)?|[一二三四]季度|[上下]半年|"
    r"^[\d一二三四五六七八九十]{1,2}$|^[上中下续]$|^之[一二三四五六七八九十]$"
    # A field or a clause in the bracket (（负责人：梁某）, （含附件，共3项）): the text's own;
    # so is the meeting it was given at (（一大）, （十九届三中全会）).
    r"|[:：，,、；;]|[一二三四五六七八九十]大|全会|大会|会议"
    # … or the class of things it covers (（酱腌菜类）, （A类）, （适用于…）).
    r"|类$|适用"
)
# (Parts joined by a separator: "原创，求指点", "全文+解读", "定稿/可编辑".)
_DECOR = re.compile(rf"^(?:{_DECOR_WORDS})(?:(?:[、/·\s，,+＋&＆]|之|的)?(?:{_DECOR_WORDS}|版|集|稿))*$")
# "（卷二·第十四篇）", "（连载之三）", "（第3章）": where the piece stands in a collection or a
# serial (a volume, a piece, a chapter), never the piece's own title; every part of the
# bracket must be such a position ("（第一批）", "（2025年修订）" stay).
_N = r"[\d一二三四五六七八九十百零〇]{1,4}"
_SERIES = re.compile(
    rf"^(?:(?:卷{_N}|第{_N}[卷篇章回辑部集]|篇{_N}|连载(?:之{_N})?|之{_N}|[上中下]篇|[上中下]部)(?:[·・•、，,\s/]|$))+$"
    # (… or a series' name and the piece's number, "柜台旧事之五", "乡居琐记第三篇")
    rf"|^[\u4e00-\u9fff]{{2,8}}(?:之{_N}|第{_N}[篇章回辑则])$"
)
# Emoji and pictographs at a title's ends ("…感悟🌱", "🔥…"): a post's decoration; a
# document title holds none.
_EMOJI = "[\U0001F000-\U0001FAFF\u2728\u2705\u2764\u2B50\u26A1\u2600\u2618\u2714\u270C\u2615\u2757\u2753\u274C\u2B55\uFE0F\u200D]"
# (Emoji proper: the pictograph planes and the few older symbols shown as emoji; "★级…"
# keeps its star, a word of the title.)
_EMOJI_EDGE = re.compile(rf"^(?:{_EMOJI}|[ \u3000])+|(?:{_EMOJI}|[ \u3000])+$")
# Words a shop or a model-text site puts after a title, unbracketed or in 【】 (模板, 范本,
# word, 包改, 可直接套用), a run of them and nothing else to the title's end. (Unbracketed,
# only words no title ends with: "…制度汇编", "…资料大全" keep theirs.)
_SALE_WORDS = r"(?:甲乙)?双方通用|条款自定|拿来就能[用签]|拿来就用|直接能用|空白可填|可填写版?|可?填空版|可填空|免费领取|空白|[一二两三四五六\d]页版|稍改即[交用]|包改|可改|免费改|可直接套用|直接套用|可套用|套用|可修改|可编辑|通用版|下载即用|免费下载|在线下载|下载|免费版|绿色(?:免费)?版|官方(?:免费)?版|完整版|高清版|无水印版?|可打印版?|本站[\u4e00-\u9fff]{0,4}(?:通道|镜像)"
_SHOP_WORDS = rf"{_SALE_WORDS}|模板|范本|范文|(?:[Ww]ord|WORD|PDF|pdf)版|[Ww]ord|WORD|精选|最新|通用|优秀|(?:[Dd][Oo][Cc][Xx]?|[Pp][Dd][Ff]|[Ww][Pp][Ss]|[Ww]ord)格式|含填写说明|含使用说明"
# (Brackets are matched by their span and their words checked apart, on at most 12
# characters: alternatives of varying length repeated inside a repeated group backtrack
# exponentially on a long title.)
_TAIL_DECOR_RUN = re.compile(rf"(?:[\s\u3000]*(?:[【\[［][^【】\[\]［］]{{1,12}}[】\]］]|(?:{_SHOP_WORDS})))+$")
_SHOP_BRACKET = re.compile(r"[【\[［]([^【】\[\]［］]{1,12})[】\]］]")
# The shop's words after a bracket ("…规程[某某合集]免费版").
_SHOP_AFTER_BRACKET = re.compile(rf"([【\[［〔〖][^【】\[\]［］〔〕〖〗]{{1,12}}[】\]］〕〗])[\s\u3000]*((?:{_SALE_WORDS})+)$")
# A site's name run on after a closing bracket, no separator ("…〔局发文件〕某某教育网").
_SITE_AFTER_BRACKET = re.compile(r"(?<=[〕】\]］〗）)])[\u4e00-\u9fff]{2,10}?(?:网|网站|官网|门户网?|平台|下载中心|下载站|资料站|文库)$")
# A tender site's serial of the project in brackets after a notice's title ("（询价编号FSCDC-XJ2405）").
_SERIAL_BRACKET = re.compile(r"\s*[（(](?:询价|项目|采购|招标|合同|竞价|比选)编号\s*[:：]?\s*[A-Za-z0-9][A-Za-z0-9\-_/]{3,24}[）)]$")
# The page's note to its readers after a double dash ("——会员单位请周知", "——请各单位传阅").
_NOTE_AFTER_DASH = re.compile(
    r"\s*(?:——|－－|--)\s*[^—－\-\s]{0,8}?(?:请|务必|敬请)[^—－\-\s]{0,2}?(?:周知|知悉|传阅|转发|阅知|查收|留意)$"
    # (… or what the copy is ready for, "——双方盖章版·直接打印", "——可编辑Word版": the shop's words.)
    r"|\s*(?:——|－－|--)\s*(?=[^—－\-]{0,16}(?:直接打印|打印即用|可编辑|可直接|[Ww]ord|拿来即用|下载即用))[^—－\-]{2,16}$"
)
_SHOP_INNER = re.compile(rf"(?:{_SHOP_WORDS}|{_DECOR_WORDS})+")
# A view of the page after a dash or a bar ("——打印预览", " - 打印版", "｜手机版").
_TAIL_VIEW = re.compile(r"\s*(?:——|—|--|-|–|｜|\|)\s*(?:打印预览|打印版|打印页|打印|预览|手机版|网页版|电脑版|阅读模式)\s*$")
# "…——来自微信公众号「某某服务」", "…｜转自某某网": where the copy came from, after a dash or a bar:
# an account by its kind, a name in quotes or a site's name ("——来自某某县的调查" is a subtitle).
_TAIL_FROM = re.compile(
    r"\s*(?:——|—|--|-|–|｜|\|)\s*(?:来自|转自|摘自|源自|来源[:：]?)\s*"
    r"(?:(?:微信)?(?:公众号|订阅号|服务号|头条号|百家号|微博)\s*[「“\"《]?[^」”\"》\s]{2,16}[」”\"》]?|[「“\"《][^」”\"》]{2,16}[」”\"》]|[^\s的，,]{2,12}(?:网|站|论坛|社区|平台|[Aa][Pp][Pp]))\s*$"
)
# Stars opening a title, unless a grade follows (★级, 三★): a page's highlight.
_LEAD_STAR = re.compile(r"^[★☆]+\s*(?![★☆级])")
# Block elements, geometric shapes and dingbats at a title's edge (▍, ■, ◆, ✎, ❖): a page's
# bullet or edit mark, never a word of a document's title. (★ and ☆ stay: "★级" is a word.)
_SHAPES = "[\u2580-\u259f\u25a0-\u25ff\u2700-\u27bf]"
_SHAPE_EDGE = re.compile(rf"^(?:{_SHAPES}|[ \u3000])+|(?:{_SHAPES}|[ \u3000])+$")
# "…倡议书【转】", "…工作总结【范文大全网】": a page's label in black lenticular brackets at
# the end (a document title never ends in 【】; GB/T 9704-2012 titles use （） and 《》),
# unless it names a genre ("【通知】" is a column label at the start, handled apart).
_TAIL_LENTICULAR = re.compile(r"\s*【([^【】]{1,10})】\s*$")
# "…心得体会范文", "…述职报告模板大全": decoration words, unbracketed, after a genre word.
_DECOR_YEAR = re.compile(r"^(?:19|20)\d{2}\s*年?度?")
_TAIL_DECOR_AFTER_GENRE = re.compile(
    r"(?<=[\u4e00-\u9fff）)])\s*(?:范文|范本|模板|例文|样本|大全|精选|素材|参考|推荐|最新|通用|优秀|实用|经典|合集|汇编|可编辑)"
    rf"(?:{_DECOR_WORDS}|范本|素材)*$"
)
# "…（木白文集·卷二）", "…（2024省考B卷参考）": a collection's or a source's label: a
# bracket ending in a collection's or reference's word.
_TAIL_SOURCE = re.compile(
    r"\s*[（(]([^（）()]{2,16}?(?:文集|选集|合集|卷[\d一二三四五六七八九十]{1,3}|参考|范文|范本|模板|例文|集[·・][\u4e00-\u9fff]{1,4}卷))[）)]\s*$"
    # "…（文集之七）", "…（某某文存之十二）": the collection and the piece's place in it.
    r"|\s*[（(]([^（）()]{0,8}(?:文集|文存|选集|合集|随笔|札记|笔记)之[\d一二三四五六七八九十百]{1,4})[）)]\s*$"
    # "…（镜头里的三十年·之五）": a series and the piece's place in it, after a middle dot.
    r"|\s*[（(]([^（）()]{2,12}[·・]\s*之[\d一二三四五六七八九十百]{1,4})[）)]\s*$"
    # "…（素笺集·卷一之十七）": a collection, its volume and the piece's place in it.
    r"|\s*[（(]([^（）()]{1,12}[·・]\s*卷[\d一二三四五六七八九十]{1,3}\s*之[\d一二三四五六七八九十百]{1,4})[）)]\s*$"
    # "…（《某某旧事》卷三之七）": the book, its volume and the piece's place in it.
    r"|\s*[（(](《[^《》]{1,16}》\s*(?:卷[\d一二三四五六七八九十]{1,3})?\s*(?:之[\d一二三四五六七八九十]{1,3}|第[\d一二三四五六七八九十]{1,3}[篇章回])?)[）)]\s*$"
)
# "…学习心得2页": a download page's page count.
_TAIL_PAGES = re.compile(r"\s*[\d一二三四五六七八九十]{1,3}\s*页$")
# "标题_栏目_站点": an unspaced underscore never occurs in a document title.
_UNDERSCORE = re.compile(r"\s*_\s*")
_LONE_WIDE_LOW_LINE = re.compile(r"(?<!＿)＿(?!＿)")
# A sentence's end mark, full- or half-width (the HTML parser reads it too).
SENTENCE_END = re.compile(r"[。！？!?]")
# "标题-某某论坛", "标题 - 某某网": a site's name after one dash (a subtitle's "——" stays).
_SITE_AFTER_DASH = re.compile(
    r"^(.{4,}?)\s*(?<![-－–—])(?:[-－–—]|--|——)(?![-－–—])\s*[^-－–—\s]{1,12}(?:网|站|论坛|文库|社区|之家|平台|频道|在线|博客|吧|官网|门户|文集|百科|百科全书"
    # … or an organisation's name (the issuer's site: "标题 - 某某大学", "标题-某某区教育局").
    r"|大学|学院|学校|中学|小学|医院|政府|局|委员会|厅|中心|协会|日报|晚报|报社|电视台|融媒体|律所|律师事务所|事务所|武装部|部|办公室|党建"
    # (… or a police or court office: "标题——某某交警", "标题-某某派出所")
    r"|交警|交警大队|交警支队|派出所|法院|检察院)$"
)
# "标题-公司新闻-某某油脂", "标题_通知公告_某某局": the title, the site's column and the site.
_TITLE_COLUMN_SITE = re.compile(
    # (A model's code, "BN-N21型…的公告", holds a dash between letters and figures: no separator.)
    r"^(.{6,}?)\s*(?<![A-Za-z0-9])[-－–—|｜]{1,2}\s*[^-－–—|｜\s的]{0,8}(?:新闻|动态|公告|通知|资讯|要闻|专栏|频道|中心|信息|概况|政务|公开|文章|范文)\s*[-－–—|｜]{1,2}\s*[^-－–—|｜]{2,16}$"
)
# "标题-育儿急救-某某保健院": the title, a column of a few characters and the organisation whose site it is.
_TITLE_COLUMN_ORG = re.compile(
    r"^(.{8,}?)\s*(?<![A-Za-z0-9])[-－–—]\s*[\u4e00-\u9fff]{2,6}\s*[-－–—]\s*"
    r"[^-－–—\s，,。！？]{2,14}(?:医院|保健院|卫生院|学校|学院|大学|中学|小学|幼儿园|中心|协会|学会|局|委员会|政府|公司|集团|馆|研究所|研究院)$"
)
# "标题-某某网-车间总结": the title, the site and its column (the other order).
_TITLE_SITE_COLUMN = re.compile(
    r"^(.{6,}?)\s*[-－–—|｜_]{1,2}\s*[^-－–—|｜_\s]{1,10}(?:网|站|文库|论坛|平台|之家)\s*[-－–—|｜_]{1,2}\s*[\u4e00-\u9fff]{2,8}$"
)
# A piece's place in a collection after a dash ("——某某文集之十五", "——《某某文存》第12篇").
_COLLECTION_AFTER_DASH = re.compile(
    r"^(.{4,}?)\s*(?:——|－－|--|—)\s*[《]?[^——]{1,12}(?:文集|文存|选集|集)[》]?\s*(?:之|第)\s*[一二三四五六七八九十百\d]{1,4}篇?$"
    # (… or any book's name in title marks and its part: "——《某某琐记》第二辑")
    r"|^(.{4,}?)\s*(?:——|－－|--|—)\s*(?:选自|摘自|录自|辑自|收入|收录于|原载于?)?\s*《[^《》]{1,16}》\s*(?:卷[一二三四五六七八九十\d]{1,3}\s*[·・]?\s*)?(?:第[一二三四五六七八九十\d]{1,3}[辑卷部集册篇则章回]|之[一二三四五六七八九十\d]{1,3})?(?:选篇|选段|节选)?$"
    # (… or an author's prose and the piece's number: "——某某散文（第廿八篇）")
    r"|^(.{4,}?)\s*(?:——|－－|--|—)\s*[\u4e00-\u9fff]{2,4}(?:散文|随笔|文存|文集|杂文)\s*[（(]?\s*第[一二三四五六七八九十廿百\d]{1,4}篇\s*[)）]?$"
    # (… or a book's name in title marks and its section after a middle dot a space sets off: "路口那排隔离墩 ·《某某散记》城记篇")
    r"|^(.{4,}?)(?:\s+[·・]\s*|\s*[·・]\s+)《[^《》]{1,16}》\s*(?:[\u4e00-\u9fff]{1,3}[篇辑卷部册])?$"
)
# A column's short name after a title that closes on a question mark or a bracket, behind a
# dash set off by spaces ("…你怎么看？（附参考答案） - 结构化面试"): a page title's layout.
_COLUMN_AFTER_CLOSED = re.compile(r"^(.{6,}?[？?）)】》])\s*[-－–—|｜]\s+([\u4e00-\u9fff]{2,8})$")
# A site's column named before a title and a bar ("律师讲堂丨…", "法律讲堂｜…", "普法课堂|…").
_COLUMN_LABEL = re.compile(r"^[\u4e00-\u9fff]{0,4}(?:讲堂|讲坛|学堂|课堂|说法|说案|普法|释法|观点|动态|资讯|专栏|关注|聚焦|视点|解读|评析|问答|百科|故事|时评|提示|提醒|日志|日记|手记|成长记|心声|风采|园地|文化|人物|纪实|掠影|之窗)\s*[|｜丨]")
_SITE_WORD_END = re.compile(r"(?:网|站|论坛|文库|社区|平台|频道|在线|博客|吧|官网|门户|报|律师事务所|律所)$")
# "倡议书丨致…的倡议书", "重磅｜…": a column's short label before a bar; "旧稿·在…上的讲话": a
# label before a middle dot and a title in a 公文's form (a brand's name, 某某·某某湾, stays).
_LABEL_BEFORE_BAR = re.compile(r"^[^|｜丨\s]{1,6}\s*[|｜丨]\s*([^·•/|｜丨]{8,})$|^[\u4e00-\u9fff]{1,6}\s*[·•・]\s*((?:在|关于|致|对|给)[^·•/|｜丨]{6,}|[^·•/|｜丨]{0,20}\d{4}\s*年[^·•/|｜丨]{4,})$")
# "教务处：关于…的通知": a department's label before a 公文 title (GB/T 9704-2012 glues the
# issuer to 关于 with no colon, so a colon there is a page's label).
# "县长：在…上的讲话": an office alone (no name) before a speech's title, which opens with 在
# (the standard form of a speech's title, 在…上的讲话). A name stays: "某某：在…上的讲话" is how
# the press titles a leader's speech, and the corpus keeps it. ("转载：…" stays, as in
# _LEAD_LABEL.)
# "范例精读：…述职报告", "重磅！在…上的讲话", "内网公文-…会议纪要": a column's, a feed's or a
# system's label before a title that
# ends in its genre word (the label names no genre: "专题党课：以…" keeps its label; a name
# before "：在…上的讲话" is the speaker's, see _LABEL_BEFORE_ABOUT).
_LABEL_BEFORE_GENRE_TITLE = re.compile(
    r"^(?![\u4e00-\u9fff]{0,10}(?:讲话|发言|致辞|通知|报告|总结|方案|党课|纪要|心得|体会)[：:！!])"
    # (A phrase before the colon, "做风向标的第九年：", is the title's own first half, no label.)
    r"(?![\u4e00-\u9fff]{1,8}的[\u4e00-\u9fff]{1,8}[：:])"
    # (… nor is a clause with a verb's aspect, "装了三次才装对：", a column's name.)
    r"(?![\u4e00-\u9fff]{0,8}(?:了|才|过|着)[\u4e00-\u9fff]{0,6}[：:])"
    r"(?:[\u4e00-\u9fff]{2,10}\s*(?:[：:](?!\s*在)|[！!])|[\u4e00-\u9fff]{3,10}\s*[-－–—](?![-－–—])"
    # (… or an institution's name before a double hyphen: "某某镇中心小学--“…”致家长的一封信")
    r"|[\u4e00-\u9fff]{2,12}(?:学校|小学|中学|大学|学院|幼儿园|医院|局|委员会|政府|中心|协会)\s*(?:--|－－))\s*(.{6,}(?:讲话|发言|致辞|主持词|通知|通报|报告|汇报|方案|总结|体会|心得|感悟|"
    r"请示|批复|函|意见|纪要|倡议书|决定|办法|规定|公告|通告|计划|要点|月报|周报|年报|简报|快报|一封信))$"
)
_LABEL_BEFORE_ABOUT = re.compile(
    r"^(?!转载|转发|转自)(?:[\u4e00-\u9fff]{2,10}\s*[：:]\s*(关于.{4,})"
    r"|[\u4e00-\u9fff]{0,8}(?:书记|主任|县长|市长|区长|省长|镇长|乡长|局长|厅长|部长|处长|科长|主席|校长|院长|"
    r"秘书长|董事长|总经理|经理|组长|会长|所长|站长|社长|馆长|负责人|领导)\s*[：:]\s*(在.{4,}(?:讲话|发言|致辞|主持词|报告)))$"
)
# A text's place in a collection before a bar ("《某某文集》卷二·第47篇｜", "某某闲笔·第58篇｜", "第12篇 | ").
_COLLECTION_PLACE = re.compile(
    # (… or only the volume: "某某旧事·卷三｜父亲的扇铺".)
    r"^(?:《[^《》]{1,16}》\s*(?:[\u4e00-\u9fff]{1,4}\s*[·・]\s*)?|[\u4e00-\u9fff]{2,10}\s*[·・]\s*)?(?=[卷第])(?:卷[\d一二三四五六七八九十]{1,3}\s*[·・]?\s*)?(?:第[\d一二三四五六七八九十百]{1,4}[篇章回节])?\s*[|｜丨▏│]\s*(?P<title>\S.{1,})$"
    # (… or the piece's number after 之 and a colon: "《某某杂记》之十四：父亲的雨披".)
    # (… or after 之 or 其 and a spaced dot: "《某某旧事》其十四 · 父亲编的竹篮".)
    # (… or the number alone in capital numerals or figures: "《某某旧事》拾壹：外公的漂流瓶".)
    r"|^《[^《》]{1,16}》\s*(?:[之其][\d一二三四五六七八九十百]{1,4}|[壹贰叁肆伍陆柒捌玖拾佰]{1,4}|\d{1,3})\s*(?:[:：]|\s[·・]\s)\s*(?P<title2>\S.{1,})$"
    # (… or a series' name and its piece's number in brackets: "某某杂记（十一）：一段录像".)
    r"|^[\u4e00-\u9fff]{2,8}(?:杂记|随笔|札记|手记|笔记|闲话|琐记|旧事|忆旧|文存|漫笔|散记|小记)\s*[（(][\d一二三四五六七八九十百]{1,4}[)）]\s*[:：]\s*(?P<title3>\S.{3,})$"
)


# (… or its part and the piece's number: "《某某旧笔》散文辑·第4".)
_VOLUME_ONLY = re.compile(
    r"^(?:《[^《》]{1,16}》|[\u4e00-\u9fff]{2,10})\s*[·・]?\s*卷[\d一二三四五六七八九十]{1,3}$"
    r"|^《[^《》]{1,16}》[\u4e00-\u9fff]{0,4}\s*[·・]\s*第?[\d一二三四五六七八九十]{1,3}[篇章回辑]?$"
)


def is_place_only(title: str) -> bool:
    """``title``, its decoration stripped, is only a place in a collection or a serial
    (``《某某旧事》卷二·第十五篇 - 某某文集`` → ``第十五篇``): it names no text."""
    t = strip_decoration(title or "")
    # (… or a collection's name and the volume alone: "某某随笔·卷三".)
    return bool(t) and (_SERIES.match(t) is not None or _VOLUME_ONLY.match(t) is not None)


def strip_collection_place(title: str) -> str:
    """``title`` without its place in a collection before a bar (``《某某文集》卷二·第47篇｜三十年路灯情``
    → ``三十年路灯情``); unchanged when it shows none."""
    m = _COLLECTION_PLACE.match(title)
    return (m.group("title") or m.group("title2") or m.group("title3")) if m else title


# "标题 | 站名", "标题丨公众号": a short name after a bar (a document title holds no bar).
_SITE_AFTER_BAR = re.compile(r"^(.{6,}?)\s*[|｜丨]\s*[^|｜丨\s。！？，]{1,16}$")
# "标题 ~ 站名": a short name after a spaced tilde (a range, 2024～2026年, has no space before it).
_SITE_AFTER_TILDE = re.compile(r"^(.{6,}?)\s+[~～]\s*[^~～\s。！？，\d]{1,16}$")


# A single dash between two parts (not "——", a subtitle's dash; not between digits, a range).
_SINGLE_DASH = re.compile(r"(?<![-－–—\d])\s*[-－–—]\s*(?![-－–—\d])|\s+[·•]\s+|(?<![-－–—\d])--(?![-－–—\d])")
# A how-to's or a question's title, as complete as a genre's (…怎么在手机上办理, 如何写好…).
_HOW_TO = re.compile(r"(?:怎么|怎样|如何)[\u4e00-\u9fff]{1,16}$|[？?]$")


# "…心得体会——某某支行 张某": the author's unit and name after a double dash (a subtitle
# there, "——以某县为例", "——在…上的讲话", names no person).
_BYLINE_AFTER_DASH = re.compile(r"\s*(?:——|－－|--)\s*[^\s，。：:]{2,14}[\s\u3000]+[\u4e00-\u9fff]{2,4}\s*$")


def _site_after_genre(t: str) -> str:
    """``t`` without what follows a single dash or a spaced middle dot when the part before
    it ends in a genre word or reads as a how-to or a question, and the parts after it do
    not (``…实施方案-资料屋``, ``…专题党课-某某学院党委宣传部``, ``…的通知-研究生院``,
    ``…心得体会 · 某某``, ``…怎么在手机上办理-经验库``): a complete document title, then the
    page's section or site name, whatever words the name uses."""
    parts = _SINGLE_DASH.split(t)
    if len(parts) < 2:
        return t
    for k in range(len(parts) - 1, 0, -1):
        head = "-".join(parts[:k]) if k > 1 else parts[0]
        tail = parts[k:]
        if (
            len(head) >= 6
            # (… or ends in one before an aside in brackets: "…述职报告（车间述职样稿）-某某坊".)
            and (_GENRE.search(head) or _HOW_TO.search(head) or (head.endswith(("）", ")")) and (_GENRE.search(_TAIL_ASIDE.sub("", head)) or _HOW_TO.search(_TAIL_ASIDE.sub("", head)))))
            # (… or a column named by its kind of item, "…的通知—通知公告": the page's column after a complete title.)
            and all(
                1 <= len(p) <= 16 and (not _GENRE.search(p) or (len(p.strip()) <= 6 and _COLUMN_NAME.search(p.strip()) and _GENRE_AT_END.search(head.strip())))
                and not SENTENCE_END.search(p) and not _HOW_TO.search(p)
                for p in tail
            )
        ):
            # The head as written (the dashes inside it kept).
            cut = t.rfind(tail[0], len(head))
            return t[: cut].rstrip(" -－–—·•\u3000") if cut > 0 else t
    return t


def _without_stage(t: str) -> str:
    """``t`` without a bracketed stage or edition closing it (``（2025年修订稿）``, ``（试行）``), or ``t``."""
    m = _TAIL_ASIDE.search(t)
    return t[: m.start()].rstrip() if m and m.start() >= 4 and _DOC_BRACKET.search(m.group(1)) else t


# A personal log's or blog's name: a nickname, 的, a few words and a journal's word ("野蒜的厨房日志", "阿满的读书笔记").
_PERSONAL_LOG = re.compile(r"^[\u4e00-\u9fffA-Za-z0-9]{1,6}的[\u4e00-\u9fff]{0,4}(?:日志|日记|手记|笔记|随笔|札记)$")


def best_segment(parts: list[str]) -> str:
    """The segment of a page title split at its separators (``标题 - 栏目 - 站点 - Powered by …``)
    that is the document's title: one ending in a genre word if any (the longest of them),
    else the one with the most Chinese characters (a software banner has none), else the
    longest. ``parts`` must not be empty."""
    # (A column's short name, 学院动态, 工作动态, names a kind of page, not this document's genre.)
    longest = max(len(p.strip()) for p in parts)
    # (A site's slogan after its name, "围棋罐 - 某某百科 - 万物有源", is the site's too: what follows a segment
    # named like a site, the first segment not, is left out.)
    site_at = next((k for k in range(1, len(parts)) if _SITE_NAME_END.search(parts[k].strip()) and not _SITE_NAME_END.search(parts[0].strip())), 0)
    if site_at and site_at < len(parts) - 1:
        parts = parts[: site_at + 1]
    genre = [
        p for p in parts
        # (… a genre word before the text's own stage or edition counts too: "…管理办法（2025年修订稿）".)
        if (_GENRE.search(bare := strip_decoration(p)) or _GENRE.search(_without_stage(bare)))
        and not (len(p.strip()) <= 6 and _COLUMN_LABEL.match(p.strip() + "｜"))
        # (A column's four characters, 考务公告, 通知公告, 县域快报, beside a headline three times as long.)
        and not (re.fullmatch(r"[\u4e00-\u9fff]{2}(?:公告|通知|动态|新闻|资讯|剖析|分析|解读|评析|说法|课堂|快报|快讯|简讯|速递|播报)", p.strip()) and longest >= 12)
        # (… or a column of one kind of text, 学员心得, before a headline that names none; a dictionary's
        # path ends with its entry, 公文格式词典 ▸ 法定公文 ▸ 会议纪要.)
        and not (
            p is parts[0] and len(p.strip()) <= 4 and _GENRE_ONLY.match(p.strip())
            and len(_HAN.findall(parts[-1])) >= 6 and not _GENRE.search(parts[-1].strip())
            and not _SITE_NAME_END.search(parts[-1].strip()) and not _ISSUER_END.search(parts[-1].strip())
        )
        # (… or a bare kind of text of four characters at most after a headline that names none, "周末茶艺入门班：从
        # 用好一只公道杯开始｜招生简章 · 某某学堂": the column, not the headline.)
        # (… or a personal log's name after the headline, "洗碗刷该换了 - 野蒜的厨房日志": someone's journal
        # is the blog, not the post's genre.)
        and not (p is parts[-1] and p is not parts[0] and _PERSONAL_LOG.match(p.strip()) and len(_HAN.findall(parts[0])) >= 5)
        and not (
            p is not parts[0] and len(p.strip()) <= 4 and _GENRE_ONLY.match(p.strip())
            and len(_HAN.findall(parts[0])) >= 8 and not _GENRE.search(strip_decoration(parts[0]))
            and not _SITE_NAME_END.search(parts[0].strip()) and not _ISSUER_END.search(parts[0].strip())
        )
    ]
    if genre:
        return max(genre, key=len)
    # (Without a genre word, a segment named like a site — 某某百科, 某某网 — is the site's: an
    # encyclopaedia's entry "工作日志_公文知道百科" is the shorter segment.)
    # (A site's name with its slogan after a comma, 某某百科，自由的百科全书, is the site's too.)
    # (A headline with a comma, "今年观潮，这五个位置千万别站", is no site's name for its last
    # character: only the name before a slogan's comma is read.)
    # (A question, "…平台，会不会侵权？", is a headline whatever its first clause ends in.)
    # (… and so is a short collection's or a blog's name, 某某笔记, 砖缝集（老葛文存）, 某某文集·卷二.)
    # (A segment still carrying the site after an unspaced dash, "某某学院举办…-某某新闻网", is
    # read without it.)
    # (… and a first segment with a comma beside a later one named like a site, "用了三个月肥皂网，说说真实
    # 感受 - 某某区 - 某某论坛", is the headline when what stands before its comma reads as a clause, with an
    # aspect particle or a count of time: no site's name holds one.)
    site_later = any(_SITE_NAME_END.search(x.strip()) and not re.search(r"[，,]", x) for x in parts[1:]) and bool(
        NOT_A_NAME.search(re.split(r"[，,]", parts[0])[0])
    )
    named = [
        p
        for p in parts
        for q in [(strip_decoration(p) or p).strip()]
        if strip_decoration(p).rstrip()[-1:] in ("？", "?")
        or not (
            (_SITE_NAME_END.search(re.split(r"[，,]", q)[0]) and not (p is parts[0] and site_later) if re.search(r"[，,]", q) else _SITE_NAME_END.search(q))
            or _collection_name(p)
            # (… nor a personal log's name, "野蒜的厨房日志".)
            or (_PERSONAL_LOG.match(q) and p is not parts[0])
            # (… nor an account's name with a note that this is its copy: "某某博物馆（公众号图文备份）".)
            or ((a := _ACCOUNT_COPY_ASIDE.search(p.strip())) is not None and _ISSUER_END.search(p.strip()[: a.start()]) is not None)
            # (… nor a source credit: "外婆的饺子帘 —— 摘自散文集《某某》".)
            or _SOURCE_SEGMENT.match(p.strip())
        )
    ] or parts
    # (An encyclopaedia's gloss of the entry's kind as a segment of its own, "遮阳伞_遮阳用具_某某百科",
    # is no title beside the entry's name.)
    named = [p for p in named if not _KIND_ONLY.fullmatch(p.strip())] or named
    # (… nor is a segment that names the site's kind of entry among its pieces, "某某志 · 度量衡词条", nor the
    # site's name right before such a segment, not the first: "秤砣 - 某某志 · 度量衡词条".)
    # (… with a volume after it, unspaced or in brackets: "万象词典·声学器材分册", "器物词典（健身器材分册）".)
    kinds = [k for k, p in enumerate(parts) if names_reference_work(p)]
    site_side = {parts[k] for k in kinds} | {parts[k - 1] for k in kinds if k > 1}
    named = [p for p in named if p not in site_side] or named
    # (A segment that is itself a name and a column apart by a spaced middle dot, 某某的自留地 · 随笔,
    # counts by its longest piece: a site's name and its column are two short words; a snapshot's
    # mark after a name, "某某局 ⟨某某快照⟩", counts without it.)
    # (… and so does a column's and a site's short names joined by an unspaced dot, 雨天杂记·某某听雨.)
    # (… and a poster's aside closing the whole <title>, "…· 某某（旧文翻新重贴）", counts for no segment.)
    return max(named, key=lambda p: (max(len(_HAN.findall(_without_poster_aside(_CACHE_MARK.sub("", x)))) for piece in _SPACED_DOT.split(p) for x in _name_pieces(piece)), len(p)))


_TRAILING_ASIDE = re.compile(r"[（(]([^（）()]{1,12})[）)]$")


def _without_poster_aside(segment: str) -> str:
    """``segment`` without a poster's aside in brackets at its end (``某某（旧文翻新重贴）``, see
    :data:`_ASIDE_VOICE`); any other bracket (an entry's gloss, a model's label) stays."""
    m = _TRAILING_ASIDE.search(segment)
    return segment[: m.start()] if m and _ASIDE_VOICE.search(m.group(1)) else segment


_SPACED_DOT = re.compile(r"\s+[·•]\s+")
# A segment that credits the source the piece was taken from ("摘自散文集《某某》", "选自…"); a collection and
# its part ("散文集《某某集》第二辑") is _collection_name's.
_SOURCE_SEGMENT = re.compile(r"^(?:摘自|选自|转自|录自|节选自|转载自)")
# A note after an account's name that the page is its copy ("（公众号图文备份）", "（镜像存档）").
_ACCOUNT_COPY_ASIDE = re.compile(r"[（(][^（）()]{0,8}(?:公众号|备份|存档|镜像|快照|归档)[^（）()]{0,6}[）)]$")
# A reference site's kind of page ("度量衡词条", "某某百科", "汉语词典").
_ENTRY_KIND = re.compile(r"(?:词条|百科|词典|辞典)$")
# A volume's name in brackets after a reference work's ("某某词典（健身器材分册）", "（第三卷）").
_VOLUME_ASIDE = re.compile(r"[（(][^（）()]{1,10}(?:分册|卷|册|编)[）)]$")
# (… or a collection's name and the piece's number, 某某忆旧·七.)
_DOTTED_NAMES = re.compile(r"[\u4e00-\u9fff]{2,6}[·・](?:[\u4e00-\u9fff]{2,6}|[一二三四五六七八九十百\d]{1,3})")


def _name_pieces(segment: str) -> list[str]:
    """``segment`` as its pieces when it is two short names joined by an unspaced middle dot (a
    column's and a site's, 雨天杂记·某某听雨), else ``[segment]``."""
    return re.split(r"[·・]", segment.strip()) if _DOTTED_NAMES.fullmatch(segment.strip()) else [segment]
# A search engine's or a mirror's mark on its copy, bracketed ("⟨某某快照⟩", "【网页缓存】").
_CACHE_MARK = re.compile(r"[⟨〈‹«<\[【（(][^⟩〉›»>\]】）)]{0,6}(?:快照|缓存|存档)(?:[·・][^⟩〉›»>\]】）)]{1,6})?[⟩〉›»>\]】）)]")
_KIND_ONLY = re.compile(r"[\u4e00-\u9fff]{0,6}(?:工具|用具|器具|器材|家电|电器|设备|用品|器械|乐器|文具|玩具|餐具|厨具|灯具|五金|机械|机具|部件|配件|零件|器件|装置|仪器|仪表|家具|产品|设施|器物|物件|器用|炊具|竹器|器皿|茶具|酒具|寝具|卧具)")


def is_kind_gloss(segment: str) -> bool:
    """True when ``segment`` (a page title's segment) only names a kind of object, as an
    encyclopaedia glosses its entry (``厨房小工具``, ``照明灯具``): never a document's title."""
    return _KIND_ONLY.fullmatch(segment.strip()) is not None


# The last word of a collection's or a blog's name, or of its volume (某某笔记, 某某文存, 第二辑, 卷二).
_COLLECTION_NAME_END = re.compile(r"(?:集|文存|文集|笔记|杂记|随笔|札记|闲话|手记|小记|散记|琐记|漫笔|辑|卷[一二三四五六七八九十\d]*)$")


def names_reference_work(segment: str) -> bool:
    """True when ``segment`` (a page title's segment) names a reference work or its volume
    (``某某百科``, ``某某词典·声学器材分册``, ``器物词典（健身器材分册）``)."""
    return any(
        _ENTRY_KIND.search(x.strip()) or _ENTRY_KIND.search(_VOLUME_ASIDE.sub("", x.strip())) for x in re.split(r"\s*[·•・]\s*", segment)
    )


def is_collection_name(segment: str) -> bool:
    """True when ``segment`` (a page title's segment) names a short collection or blog, or a
    piece's place in one (``某某笔记``, ``某某小集·卷一第七篇``): never a piece's own title."""
    return _collection_name(segment)


def _collection_name(segment: str) -> bool:
    """``segment`` of a page title is a short collection's or blog's name (at most 8 Chinese
    characters, a bracketed aside after it aside): 某某笔记, 砖缝集（老葛文存）."""
    core = re.sub(r"[（(][^（）()]*[）)]$", "", segment.strip())
    if _PIECE_PLACE.match(core):
        return True  # "某某旧事·第五篇": a piece's place in a collection
    return len(_HAN.findall(core)) <= 8 and _COLLECTION_NAME_END.search(core) is not None


# (… or in book marks after the kind of book, a part or a volume: "散文集《某某集》第二辑", "《某某》卷三".)
_PIECE_PLACE = re.compile(
    # (… or a volume and the piece in it: "某某小集·卷一第七篇".)
    r"^(?:(?:散文集|文集|诗集|随笔集|作品集)?《[^《》]{1,16}》|[\u4e00-\u9fff]{2,8})\s*[·・]?\s*"
    r"(?:(?:卷[\d一二三四五六七八九十]{1,3}|第[\d一二三四五六七八九十]{1,3}[辑卷册部])\s*[·・]?\s*)?"
    r"(?:第[\d一二三四五六七八九十百廿]{1,4}[篇辑卷章回部册]|卷[\d一二三四五六七八九十]{1,3})$"
)


# (A phrase's net or stop after 的, "一张看不见的网", "最后一站", is a headline's word, no site's name; nor is a
# net that is a thing, "一把鱼缸网", as in chrome's _SITE_SUFFIX.)
_SITE_NAME_END = re.compile(r"(?:(?<![的渔抄拦球围丝纱蚊鱼帐晒虫护缸])网|(?<![的一末后])站|百科|百科全书|百科词条|词条|分类|专区|栏目|文库|社区|论坛|平台|问答|知道|频道|在线|之家|吧|App|APP|官网|首页|博客|的博客|空间|文集)$")


_HAN = re.compile(r"[\u4e00-\u9fff]")


# A bracket after a title in which the poster speaks to the readers ("（燃气公司发的，大家都看看）",
# "（转，建议收藏）"): chat, never a stage or a field of the document (see _DOC_BRACKET).
# A poster's exclamation before a title ("城南要建养老服务中心了！", "好消息！").
_LEAD_EXCLAIM = re.compile(r"^[^！!。？?]{2,20}[！!]+\s*")
# An @-hail of the readers before a title ("@全县餐饮店主：…", "@各位家长 …").
_LEAD_AT_HAIL = re.compile(r"^[@＠][^\s：:@＠]{1,12}(?:\s*[：:]\s*|\s+)")
# A poster hailing the readers after a title ("，跑长途的注意了", "，有需要的看看", "，上班族看过来").
_TAIL_HAIL = re.compile(
    r"[，,][^，,。]{1,12}(?:(?:注意了|注意下|看看|速看|必看|收藏|转发|看过来|看这里|快看|进来)[！!~～]*|(?:去|来|走起|冲)[！!~～]+)$"
    # (… or asks them to keep an eye on it: "，请街坊们监督", "，欢迎大家监督")
    r"|[，,](?:请|欢迎)[^，,。]{0,8}(?:监督|批评指正|转告|扩散)[！!~～。]*$"
)
# A download site's word after a title ("…（可编辑）下载", "…实施方案免费下载").
# A word count after a title ("600字", "约800字", "1000字左右").
_TAIL_WORD_COUNT = re.compile(r"\s*约?\d{2,5}\s*字(?:左右)?$")
# (… or to take: "… DOC版免费取用".)
_TAIL_DOWNLOAD = re.compile(r"\s*[★☆◆●■▶►]?\s*(?:(?:[Ww]ord|WORD|PDF|pdf|DOCX?|docx?|WPS|wps)\s*版?\s*)?(?:(?:免积分|零积分|0积分|免费|免登录)下载|下载|在线阅读|在线预览|全文阅读|全文下载|免费领取|免费领|(?:免费)?(?:取用|获取|拿走))$")
# A file's kind and a few words of the shop's about the copy after a title ("…合同（范本）Word原格式直取",
# "…方案PDF高清"): a document's title never names the file format it is saved in.
_TAIL_FILE_KIND = re.compile(r"\s*(?<![A-Za-z])(?:[Ww]ord|WORD|[Ww][Pp][Ss]|PDF|pdf|[Dd][Oo][Cc][Xx]?)(?![A-Za-z])[\u4e00-\u9fff]{0,8}$")
# … after a space, whatever the title ends in ("某某育苗技术 免费下载").
_SPACED_DOWNLOAD = re.compile(r"[ \u3000]+(?:免费下载|全文下载|在线阅读|在线预览|绿色版|精简版|免费版|(?:Word|WORD|word|PDF|pdf|DOCX?|docx?|WPS|wps)\s*(?:文档|版|格式)(?:下载)?)$")
# A file's version number after a space, a download site's edition and button after it ("…操作规程 v2.1 绿色版下载").
_SPACED_VERSION = re.compile(r"[ \u3000]+[vV]\d{1,2}(?:\.\d{1,3}){0,2}(?:[ \u3000]*(?:绿色版|精简版|免费版|正式版|最新版))?(?:[ \u3000]*(?:免费下载|下载))?$")
# A kind of speech in brackets after a speech's theme ("节约用墨，从一只墨水瓶说起（国旗下讲话稿）"): the site's
# filing of the text, not its title, when the theme names no genre of its own.
_SPEECH_KIND_ASIDE = re.compile(r"\s*[（(][\u4e00-\u9fff]{0,6}(?:讲话稿|演讲稿|发言稿|讲话|演讲|致辞)[）)]$")
# An asker's plea after a question ("？求范文", "？求一篇", "？急！！", "？在线等", "？求懂行的说说").
_PLEA = r"(?:求[^？?，,！!]{0,8}?(?:解答|指点|帮助|回答|支招|说说|讲讲|科普|告知|解惑|分享|办法|方法|妙招|建议|思路)(?:一二|一下)?|求(?:一篇|一份|个|篇|份|详细|详尽|具体)?(?:范文|模板|例文|样本|大神|指点|帮助|解答|批改)?(?:一?点|些)?|急+|(?:挺|很|特别|比较|有点)急(?:的|啊|呀)?|[^？?，,！!\s]{0,6}在线等|蹲一个[^？?，,！!]{0,6}|跪求[^？?，,]{0,6}|谢谢|多谢|(?:新手|小白|萌新)(?:求教|求助|请教|提问)|有(?:没有)?懂(?:行)?的(?:吗|朋友|大神|师傅)?[吗嘛么]?)[!！~～。.？?]*"
_QUESTION_PLEA = re.compile(rf"(?<=[？?])\s*{_PLEA}(?:[，,\s]*{_PLEA})*$")
# An asker's plea between a question and the site's name after a dash or a bar.
_PLEA_BEFORE_SITE = re.compile(rf"(?<=[？?])\s*{_PLEA}(?:[，,\s]*{_PLEA})*(?=\s*[-－–—|｜_]\s*[^-－–—|｜_]{{1,12}}$)")
_TAIL_ASIDE = re.compile(r"\s*[（(]([^（）()]{2,24})[）)]\s*$")
# A collection in book marks and the piece's place in it, before the title ("《某某旧事》第十一篇·").
_LEAD_PIECE_PLACE = re.compile(
    r"^《[^《》]{1,16}》\s*(?:第[\d一二三四五六七八九十百廿]{1,4}[篇辑卷章回](?:之[\d一二三四五六七八九十百廿]{1,4})?|之[\d一二三四五六七八九十百廿]{1,4})\s*[·・:：｜|]\s*"
    # (… or without book-title marks, the piece's place after 之: "随笔二十一则之七：…")
    r"|^[\u4e00-\u9fff]{2,10}之[一二三四五六七八九十百廿]{1,4}\s*[:：]\s*"
    # (… or after a dot, as the piece's ordinal, then a gap: "某某旧事·其七　父亲的…")
    # (A chapter, "某某集·第七章 …", is labelled with the title: it stays.)
    r"|^[\u4e00-\u9fff]{2,10}\s*[·・]\s*(?:(?:其|之)[\d一二三四五六七八九十百廿]{1,4}|第[\d一二三四五六七八九十百廿]{1,4}[篇则])[\s\u3000]+(?=\S)"
    # (… or in brackets before the title: "（某某集之九）筛匠老况", "〔某某集第三篇〕…")
    r"|^[（(〔【\[][\u4e00-\u9fff]{2,10}(?:之[\d一二三四五六七八九十百廿]{1,4}|第[\d一二三四五六七八九十百廿]{1,4}[篇辑卷章回则])[）)〕】\]]\s*"
)
# A news site's name (and a column) after a dash closing a headline ("…弹棉弓声又响老街—某某新闻网·乡镇传真").
_NEWS_SITE_AFTER_DASH = re.compile(r"\s*(?:——|—|--)\s*[\u4e00-\u9fff]{2,10}(?:网|在线|融媒|发布|日报|晚报)(?:\s*[·・]\s*[\u4e00-\u9fff]{2,6})?$")
# A collection's name (and its volume in brackets) after a dash closing a piece's title ("——某某晚晴集（散文卷）",
# " —— 某某文存").
_COLLECTION_NAME_AFTER_DASH = re.compile(r"\s*(?:——|—|--)\s*[\u4e00-\u9fff]{2,10}(?:集|文存|文集|杂记|笔记|作品集)(?:[（(][^（）()]{1,6}[）)])?$")
# An account's name after a dash closing a question's title ("…多久该洗一次？—— 某某疾控").
_ACCOUNT_AFTER_QUESTION = re.compile(r"(?<=[？?！!])\s*(?:——|—|--)\s*[\u4e00-\u9fff]{2,8}$")
# A poster's plea after a dash closing the title ("…——请各位研友指点").
_DASHED_PLEA = re.compile(r"\s*(?:——|—|--)\s*(?:请|求|望)[^—\-]{0,8}(?:指点|指正|点评|批改|赐教|斧正)[!！。~～]*$")
_DASHED_EDITION = re.compile(r"\s*[-－—–_]\s*[\u4e00-\u9fff]{1,4}版$")
# A collection's name in title marks and the piece's place in it after a dot ("刮青记 ·《某某集》之七").
_TAIL_PIECE_PLACE = re.compile(r"\s*[·・•]\s*《[^《》]{1,16}》\s*(?:之[\d一二三四五六七八九十百]{1,4}|第[\d一二三四五六七八九十百]{1,4}[篇章回则辑])\s*$")
_REPOST_MARK = re.compile(r"\s*[（(](?:转|转帖|转载|转发)[）)]\s*$")
# A column's name before a spaced slash ("公司新闻 / …", "协会动态 ／ …").
_LEAD_COLUMN_SLASH = re.compile(r"^[\u4e00-\u9fff]{0,4}(?:新闻|动态|资讯|公告|要闻|快讯|头条|专题|栏目|活动)\s+[/／]\s+")
# A column of notes or a class before a middle dot opening a title ("消费维权笔记·…", "法律小课堂·…").
_LEAD_COLUMN_DOT = re.compile(r"^[\u4e00-\u9fff]{2,6}(?:笔记|手记|随笔|专栏|课堂|讲堂|说法|札记|模板库|范本库|资料库|文库)\s*[·・]\s*")
_LEAD_ASIDE = re.compile(r"^[（(]([^（）()]{2,10})[）)]\s*")
# A leading bracket that is the title's own: an outline's number ("（一）", "（3）"), which opens a heading,
# or a year ("（2025年）全县工作要点").
_LEAD_BRACKET_OWN = re.compile(r"^[\d一二三四五六七八九十]{1,3}$|\d{4}|年")
# An answer's label after a question ("（参考答案）"), kept with it by the headlines that show it.
_ANSWER_ASIDE = re.compile(r"^(?:参考|示范)?(?:答案|作答)$")
# Who revised, compiled or drafted the text, no year ("院感科修订", "办公室整理").
# (… or its draft so named, "（酒店后勤修订稿）".)
_WHO_REVISED = re.compile(r"^(?![第\d])[\u4e00-\u9fff]{2,8}(?:修订|整理|编写|编制|起草|拟定|审定|汇编)稿?$")
# (An edition, "（2025年修订）", "（2026年版）", is the document's own: it stays.)
# An encyclopaedia entry's name and its gloss of the kind of thing ("节拍器（音乐辅助工具）", "碎纸机【办公设备】").
_ENTRY_GLOSS = re.compile(
    r"^([\u4e00-\u9fff]{2,5})\s*[（(【\[［]([^（）()【】\[\]［］]{0,8}(?:[\u4e00-\u9fff]具|食器|餐器|器材|家电|电器|设备|用品|器械|乐器|文具|玩具|餐具|厨具|灯具|五金|机械|机具|暖器|热器|部件|配件|零件|器件|装置|仪器|仪表|家具|收纳|产品|终端|设施|词条|挂件|摆件|饰品|洁具|材料|用纸|纸品|耗材|护具|器物|物件|法器|服饰|服装|衣物|外衣|炊具|竹器|器皿|茶具|酒具|寝具|卧具|包装|容器|渔具|农具|小物|好物|小件)(?:词条)?)[）)】\]］]$"
)
# A file's format in brackets at a title's end ("[DOC可编辑]", "【Word版】", "[PDF格式]").
_TAIL_FORMAT_BRACKET = re.compile(r"\s*[【\[［](?:DOC|Doc|doc|DOCX|docx|WORD|Word|word|PDF|pdf|WPS|wps)\s*(?:可编辑|可修改|可改|可填写?|格式|版|文档|原件|原稿|源文件)?[】\]］]$")
# … or a forum's button to copy the thread's link after its subject ("… [复制链接]").
_TAIL_COPY_LINK = re.compile(r"\s*[\[【［](?:复制链接|复制本帖链接|复制地址|分享链接)[\]】］]$")
# … or a download site's price label in brackets ("[不扣积分]", "【免积分】", "[0下载券]") after the title or its format.
_TAIL_PRICE_BRACKET = re.compile(r"\s*[【\[［][^【】\[\]［］]{0,4}(?:积分|下载券|金币|点券)[^【】\[\]［］]{0,4}[】\]］]$")
# A name after a middle dot at a title's end ("…倡议书·某某协会"): an issuer's or a site's.
_ORG_AFTER_DOT = re.compile(
    r"^(.{6,}?)\s*(?:[·・]|——|--)\s*([\u4e00-\u9fff]{2,12}(?:协会|学会|商会|联合会|研究会|促进会|中心|公司|集团|委员会|办公室|管理处|管理所|管理站|局|网|站|论坛|社区|平台))$"
)
# An institution's name after a bare dash closing a headline ("…的“意外”-某某市妇幼保健院").
_INSTITUTION_AFTER_DASH = re.compile(
    r"^(.{10,}?)\s?[-－]{1,2}\s?([\u4e00-\u9fff]{3,14}(?:医院|保健院|卫生院|学校|学院|大学|中学|小学|幼儿园|协会|中心|委员会|人民政府|公司|集团))$"
)
# A site's column after a bare dash closing a title ("…眼科医生来解答-健康园地", "…-科普专栏").
_COLUMN_AFTER_DASH = re.compile(r"^(.{8,}?)\s?(?:[-－]{1,2}|——|\s>>)\s?([\u4e00-\u9fff]{2,6}(?:园地|专栏|栏目|频道|之窗|讲堂|小课堂|之声|采购|公告))$")
# A genre's label in brackets ("（成交公示）", "（通知公告）").
_TAIL_GENRE_BRACKET = re.compile(r"\s*[（(][\u4e00-\u9fff]{0,4}(?:公示|公告|通告)[）)]$")
# A tender's number in brackets after its title ("（项目编号：ABC-2025-011）").
# (… or a controlled document's code alone, Latin letters and digits joined by dashes: "…作业指导书（QI-MS-06）".)
_TAIL_NUMBER_ASIDE = re.compile(
    r"\s*[（(](?:(?:项目|采购|招标|标段|合同|询价)?编号\s*[:：]\s*[A-Za-z0-9\-－_/〔〕\[\]]{4,30}|[A-Za-z]{1,5}(?:[-－_/][A-Za-z0-9]{1,8}){1,4}"
    # (… or the lots a result covers after the notice's genre: "…中标结果公告（一、二标段）".)
    r"|第?[一二三四五六七八九十\d、，,和及]{1,12}标段|第?[\d一二三四五六七八九十]{1,3}包)[）)]$"
)
# A controlled document's code in brackets (（QI-MS-06）): no title's word, whatever the title ends in.
_CONTROL_CODE = re.compile(r"[（(][A-Za-z]{1,5}(?:[-－_/][A-Za-z0-9]{1,8}){1,4}[）)]$")
# The collection a piece stands in, after a middle dot ("…的纺车 ·《某某旧事》卷二").
# (… its volume and the piece's number too: "·《某某小品》卷上其十二", "·《某某集》第二辑·第7篇".)
_TAIL_COLLECTION = re.compile(
    # (… after a dash too, with the piece's bare number: " —《某某集》第二辑·十八".)
    rf"\s*(?:[·・]|\s[—–－]{{1,2}})\s*《[^《》]{{1,16}}》\s*(?:(?:卷{_N}|卷[上中下]|第{_N}[辑卷部集册])\s*[·・]?\s*)?(?:其{_N}|第{_N}[篇则章回]|之{_N}|(?<=[·・]){_N})?$"
)
# A collection's name with its volume or the piece's place, in brackets after a piece's title ("（某某文存·山居卷）",
# "（某某集·散文卷·其七）"): the piece's title is the part before it, however short.
_COLLECTION_ASIDE = re.compile(
    r"^[^（）()]{2,8}(?:文存|文集|集|杂记|笔记|旧事|闲话|随笔)(?:\s*[·・]\s*[^（）()·・]{0,4}(?:卷|辑|其[一二三四五六七八九十]{1,3}|第[\d一二三四五六七八九十]{1,3}篇?)){1,3}$"
    # (… or the collection's name in book-title marks: "（《某某闲笔》卷二·第十七）")
    r"|^《[^《》]{1,16}》\s*(?:卷[\d一二三四五六七八九十]{1,3}|第[\d一二三四五六七八九十]{1,3}[辑卷])?(?:\s*[·・]?\s*(?:第[\d一二三四五六七八九十]{1,3}篇?|其[一二三四五六七八九十]{1,3}|之[一二三四五六七八九十]{1,3}))?$"
)
# (… its parts listed too: "（含开场、串场、结尾）"; no labelled title ends in a bracket opening on 含.)
# An aside after a tilde closing a title ("…的对比~长文预警"), judged by its words (see _ASIDE_VOICE).
_TILDE_ASIDE = re.compile(r"\s*[~～]+\s*([^~～（）()\s]{2,10})$")
_INCLUDES_ASIDE = re.compile(r"含[^，,：:；;（）()]{2,16}$")
_REPOSTED_ROUND = re.compile(r"^(?:\d{4}年度?)?第[一二三四五六七八九十\d]{1,3}次$")
_ASIDE_VOICE = re.compile(r"内?[附含](?:参考|详细|标准)?(?:点评|评析|解析|答案|批改|评语|作答|答题)|[帖贴]|背熟|背会|必过|押题|考点|慎入|多图|长图|图多|长文|注意了|^转自|^转载自?|^摘自|^照(?:抄|录)|^抄(?:自|录)|全文$|互评$|轻点(?:拍|批|喷)|^已(?:装好|修好|搞定|解决|处理好)[，,]|[^（）()]{2,8}可用$|^图文(?:[+＋、][^（）()]{1,6})?$|^《[^《》]{1,16}》[^（）()]{0,10}$|^来源[:：]|包(?:食宿|吃住|住宿|住|吃|就业|分配|过|教会|安置)|免费|优惠|特惠|限时|名额有限|火热|热招|大家|各位|网友|朋友们|小伙伴|看看|建议收藏|速看|必看|转发|扩散|上岸|回馈|亲测|干货|求[^（）()，,]{0,3}?(?:批改|指点|点评|指正)|轻拍|拍砖|轻喷|勿喷|第一次写|新手|小白|求补充|求完善|求指教|自答稿?|节选|约[千百\d]+字|[大小]作文|改改就能用|改改就用|拿来就用|^有图$|^附图$|^[有附]?(?:实拍|现场)?图$|实拍$|随拍$|随手拍$|^手机拍摄?$|手机拍的|凑合看|将就看|^\d{1,2}\s*[-—–~～至到]\s*\d{1,2}\s*周?岁$|九宫格|萌新|^转$|^已解决$|^(?:问题)?已(?:搞定|处理好?|修好|找到|报修|上报|反映)$|^已(?:交|送|转交|移交|交还|送还)[^（）()，,]{0,6}$|求拍|真题$|可?试听|直接套用|可套用|套用版|旧稿|旧文|重录|重发|重贴|吐槽|已被采纳|请[^（）()，,]{0,4}指[点正教导]|(?:请|盼|望)[^（）()，,]{0,4}(?:点评|批改|斧正)$|(?:来稿|投稿|供稿)$|不吝赐教|(?:板块|版块)$|改[^（）()，,]{0,4}即[用签交]$|^(?:带|附|有|内有|含)[^（）()，,]{0,4}(?:照片|图片|步骤图|视频|实拍图|现场图|高清图)$|^(?:内有|内附|附|含)[^（）()，,]{1,4}(?:和|及|与|、)[^（）()，,]{1,4}$|[那这]道题$|转存$|(?:实拍|现场)[^（）()，,]{0,2}[\d一二三四五六七八九十两]+图$|(?:律师|法务|专家)[^（）()，,]{0,4}(?:审定|审核|校订|审校|把关)版?$|求[^（）()，,]{2,6}?(?:批改|指点|点评|指正)$|自评\d{0,3}分?|(?:律师|医生|专家|老师|法官)(?:解答|答疑|回复|回答)$|^已结贴$|^内附|全记录$|全过程$|挑刺|研友|同学$|已答$|已回答$|已解答$|^已采纳|(?:我的|个人)(?:作答|答案|答题)$|^[^（）()]{2,6}[·・][一二三四五六七八九十\d]{1,3}$|^内?附(?:表格?|图表?|视频|清单|数据|截图)$|^第[\d一二三四五六七八九十百]{1,4}期(?:学员|学生|班)$|(?:路子|思路|经验|心得|答案)分享$|^[^（）()]{2,8}(?:在|见)(?:最后|文末|文尾|后面|下面|楼下|附件|评论区|二楼)$|^已满\d*人?$|^名额已满$|最佳答案|^已采纳$|^有答案$|(?:点评|批改|批注|解析|讲解|评析|精讲|润色)版$|首发|^[^（）()，,]{1,8}班$|^第[\d一二三四五六七八九十]{1,3}(?:次|篇|回)(?:练笔|练习|习作|作业|打卡|投稿)$|^第[\d一二三四五六七八九十]{1,3}次修订$|砖头|新款$|新品$|慎点|不吹不黑|^[^（）()，,]{1,8}班第[\d一二三四五六七八九十]{1,3}[课讲节]$|^(?:院方|官方|校方|厂家|商家|店家|物业|楼主)?已(?:答复|回复)$|(?:绕行|绕道|勿入|勿进)$|[\u4e00-\u9fff]{1,4}预警$|在线等|^纯?自费(?:购买|入手)?[，,、]?(?:无广告?|非广告?|不是广告)?$|^无广告?$|可改动|可修改|(?:实拍|现场)[^（）()，,]{0,4}[\d一二三四五六七八九十两]+张$|[\d一二三四五六七八九十两]+张(?:图|照片|图片)$|(?:快照|缓存|存档)(?:[·・][^（）()]{1,6})?$|欢迎指正|越狠越好|^[\u4e00-\u9fff]{0,4}(?:园地|专栏)$|^[^（）()]{1,6}(?:已含|全含|均含)$|(?:共同|联合)签署$|^联名(?:发起|倡议)?$|^纯手[敲打码](?:无广告?|不是广告)?$|^(?:有空|有时间|有兴趣|感兴趣)的?(?:来|私信|联系|报名)$|^(?:速|快|求|请)转(?:发|起来)?$|^改(?:到|了)?第?[\d一二三四五六七八九十]{1,2}遍$|^第[\d一二三四五六七八九十]{1,2}遍(?:修改|改稿)?$|尽管(?:改|拍|批)|狠狠地?(?:改|批|拍)|(?:我的|个人)(?:作答|答案|答题)[，,]|^请[^（）()，,]{0,8}(?:阅|传阅|阅处|阅知|阅办|周知|知悉|回复|反馈|回执|签收)$|可直接改|可直接编辑|^附[^（）()，,]{2,6}(?:步骤|流程|要点|清单)$|轻点拍|^报名截止|^每[班期组]\d{1,3}人$|^长期(?:收|有效|招|征集)$|[在见]\d{1,3}楼$|带走(?:成品|作品)$|填空即可|即可(?:签|签署|使用|打印|套用)$|^(?:真实|亲身)经历$|^真事$|仅剩\d+\s*[席位个名]$|[吧啊呀哦哈呢啦]\s*[!！~～]*$|[吧啊呀哦哈啦][，,！!]"
    # (… or whom the model suits, "（养老机构适用）", its kind of draft, "（车间述职样稿）", or the course's class
    # and its cohort the writer attended, "（化妆造型全科班第12期）": no labelled title ends in one.)
    r"|适用$|(?:样稿|范稿|示范稿|参考稿)$|^[^（）()，,]{1,10}班第[\d一二三四五六七八九十]{1,3}期$"
    # (… or how much of the post is pictures or words, "（图少字多）", "（纯文字）", or the poster's labour, "（码字不易）".)
    r"|图少|字多|^无图$|^纯文字?$|码字不易|手打不易|纯手打|^手打$|^纯分享[，,、]?(?:无|不带|非)?广告?$"
    # (… or where in the thread more is, "（材料清单在三楼也有）", or the poster's years behind the post,
    # "（打了十年球的体会）".)
    r"|[在见](?:[一二三四五六七八九十\d]{1,3}楼|楼下|楼上|评论区|文末)(?:也有|有|呢|哦)?$|了[^（）()，,]{1,8}的(?:体会|经验|感受|心得|感悟)$"
    # (… or what the poster did without, "（全程没拆饰板）", "（不用拆）", "（没花一分钱）": a post's boast.)
    r"|^(?:全程|完全|根本|一次)?(?:没|没有|不用|无需|不需要|不必|免)(?:拆|花|换|买|请|用|动)[\u4e00-\u9fff]{0,6}$"
    # (… or its draft's number, "（试行第三稿）": a stage of the drafting, never a document's title.)
    r"|第[一二三四五六七八九十\d]{1,2}稿$"
    # (… or a class's size, "（小班6组家庭）", like "（每班12人）".)
    r"|^小班[\d一二三四五六七八九十]{1,3}(?:组|人|位)"
    # (… or that the post is no advertisement, "（不是广告）", or when a tender's quotes close, "（6月18日上午截止报价）".)
    r"|^(?:不是|并非|非|无|不打|没打|不带|不含|没有)(?:广告|推广|软广|广)$|截止(?:报价|报名|投标|递交)$")


# A short name after a dash (a company's or a site's) at a title's end.
_BRAND_AFTER_DASH = re.compile(r"^([^（）()]{6,}?)\s*[-－–—]\s*([\u4e00-\u9fff][\u4e00-\u9fffA-Za-z]{2,11})$")
# A question mark after a sample's word (…范文？, …模板？): a request, not the title's.
_REQUEST_MARK = re.compile(r"(?<=范文|模板|范本|样本|例文)[？?]+$")


# A poster's words before the document's formal title ("下周这些地方停电，关于2025年10月计划停电的通知").
_CHATTER_THEN_TITLE = re.compile(
    r"^[^，,。！？!?]{2,20}[，,]\s*(关于[^，,。！？]{4,40}的(?:通知|公告|通告|决定|意见|办法|方案|请示|报告|函|倡议书|告知书|公示))$"
)


def _kind_label(m: re.Match[str]) -> bool:
    """The label a :data:`_LEAD_BRACKET` match ``m`` holds is a reference site's kind of thing
    (``【器物】``, ``【百科词条】``)."""
    inner = next((g for g in m.groups() if g), "")
    # (… or a collection's name and the piece's ordinal, "〔某某小札·之五〕筷子架": the piece's place, whatever its length.)
    return bool(_KIND_ONLY.fullmatch(inner) or _ENTRY_KIND.search(inner) or _COLLECTION_ORDINAL.search(inner))


# A collection's name and a piece's ordinal inside a leading bracket ("食器小札·之五", "某某集·第3篇").
_COLLECTION_ORDINAL = re.compile(r"[\u4e00-\u9fff]{2,8}\s*[·・]\s*(?:之|第)[一二三四五六七八九十\d]{1,3}(?:篇|章|辑|则)?$")


def is_decoration_words(s: str) -> bool:
    """True when ``s`` (a bracket's inside, no brackets) is only a site's decoration words
    (``通用``, ``精选``, ``最新版``, ``3篇``: :data:`_DECOR`)."""
    return bool(s) and _DECOR.match(s.replace(" ", "")) is not None


def _without_label(t: str, again: bool = False) -> str:
    """``t`` without a column's, a department's or an office's label before the title (see
    :data:`_LABEL_BEFORE_BAR`, :data:`_LABEL_BEFORE_ABOUT`, :data:`_LABEL_BEFORE_GENRE_TITLE`), or ``t``.
    ``again``: the title lost its decoration since the first look; then a phrase before a colon
    (``从县直到市直：我的…心得``) is the title's own first half, and only a label before a bar, a dash
    or a 公文's 关于 goes."""
    m = _LABEL_BEFORE_BAR.match(t) or _LABEL_BEFORE_ABOUT.match(t) or _LABEL_BEFORE_GENRE_TITLE.match(t)
    if m and again and m.re is _LABEL_BEFORE_GENRE_TITLE and re.match(r"^[^：:！!\-－–—]*[：:！!]", t):
        return t
    if m:
        kept = next(g for g in m.groups() if g is not None)
        label = t[: t.find(kept)].strip(" |｜丨·•・\u3000")
        if _GENRE.search(kept) or (m.re is _LABEL_BEFORE_BAR and (_COLUMN_LABEL.match(t) or (len(label) <= 4 and _GENRE_ONLY.match(label)))):
            # (a column's name before the bar, 律师讲堂丨…, goes whatever the title names; so does a
            # column of one kind of text, 学员心得 ｜ 跟老师傅学修碾子)
            return kept
    return t


# A column's name and its issue before a colon and the piece's title ("学员手记（第9期）：…", "读者来信第3期：…").
_ISSUE_LABEL_BEFORE_TITLE = re.compile(r"^([\u4e00-\u9fff]{2,8})\s*[（(〔]?第[\d一二三四五六七八九十]{1,3}期[）)〕]?\s*[：:]\s*(?=\S{4,})")


def strip_decoration(title: str) -> str:
    """``title`` without site decoration (see the module docstring); ``""`` stays ``""``.

    Decoration goes only while at least 4 characters of title remain. A bar left at
    either end by a page's layout (``标题 |``) goes too.
    """
    # (A heavy or dashed box-drawing bar, "品牌故事 ╏…", is a bar like any other.)
    t = _SPACED_SIGN.sub(_sign_as_bar, (title or "").translate(_BOX_BARS).translate(DOT_VARIANTS)).strip().strip("|｜ \u3000")
    t = _PLEA_BEFORE_SITE.sub("", t)  # "…？求详细点 - 某某知道": the plea, then the site below
    m = _CHATTER_THEN_TITLE.match(t)
    if m:
        t = m.group(1)  # "下周这些地方停电，关于…的通知": a poster's words, then the document's title
    m = _ISSUE_LABEL_BEFORE_TITLE.match(t)
    if m and not _GENRE_AT_END.search(m.group(1)):
        t = t[m.end() :]  # "学员手记（第9期）：第一次给模特卸妆": a column's name and issue, then the piece's title
    if "＿" in t:
        # (A full-width low line alone sets the parts apart as "_" does, "标题＿栏目＿站点"; a run of
        # them is a template's blank, "＿＿年".)
        t = _LONE_WIDE_LOW_LINE.sub("_", t)
    if "_" in t:
        parts = [p for p in _UNDERSCORE.split(t) if p.strip()]
        if len(parts) > 1:
            t = best_segment(parts)
    m = _COLLECTION_PLACE.match(t)
    if m:
        t = m.group("title") or m.group("title2") or m.group("title3")  # "《某某文集》卷二·第47篇｜三十年路灯情": the place in a collection, then the title
    m = _TITLE_COLUMN_ORG.match(t)
    if m:
        t = m.group(1)  # "…急诊科医生教你这样做-育儿急救-某某保健院": a column and the organisation after the title
    m = _TITLE_COLUMN_SITE.match(t) or _TITLE_SITE_COLUMN.match(t)
    if m and (len(m.group(1)) >= 8 or _GENRE.search(m.group(1))):
        t = m.group(1)  # "标题-公司新闻-某某油脂": the column and the site after the title
    m = _SITE_AFTER_DASH.match(t) or _SITE_AFTER_BAR.match(t) or _SITE_AFTER_TILDE.match(t)
    rest = t[len(m.group(1)) :].lstrip() if m else ""
    after = rest.lstrip("|｜丨~～ \u3000")
    if m and rest[:1] in "|｜丨" and (
        (ends_in_genre(after) and not ends_in_genre(m.group(1)))
        # (… or a column's name, 判例微课堂, before a longer headline: "判例微课堂 ∷ 一份…纠纷")
        or (_COLUMN_LABEL.match(m.group(1).strip() + "｜") is not None and len(after) > len(m.group(1).strip()) and not ends_in_genre(m.group(1)))
        # (… or a column of one kind of text, four characters, before a headline that names none: "学员心得 ｜ 跟老师傅学修碾子")
        or (len(m.group(1).strip()) <= 4 and _GENRE_ONLY.match(m.group(1).strip()) is not None and len(after) >= 6 and not ends_in_genre(after))
    ):
        # "法律风险提示丨致…的提示函": what follows the bar names the document's genre and what
        # stands before it does not: a column's label before the title, not a site after it.
        t = after
    elif m and not (rest.startswith(("--", "——")) and not _GENRE.search(m.group(1)) and not _SITE_WORD_END.search(rest)):
        # (Before a double dash and a column's name, only a title that names its genre: "某某公司--新闻中心"
        # is a site and its column; "某某报道--某某晚报网" is a headline and its site.)
        t = m.group(1)
    m = _COLUMN_AFTER_CLOSED.match(t)
    if m and not _GENRE.search(m.group(2)):
        t = m.group(1)  # "…你怎么看？（附参考答案）- 结构化面试": a column's name after a closed title
    m = _COLLECTION_AFTER_DASH.match(t)
    if m:
        t = next(g for g in m.groups() if g)  # "擀毡四十年——某某文集之十五": the piece's place in a collection after a dash
    m = _BRAND_AFTER_DASH.match(t)
    if m and len(m.group(1)) >= 8 and m.group(2)[:3] in m.group(1) and not _GENRE.search(m.group(2)):
        t = m.group(1)  # "某某益智七巧板通过…认证-某某益智玩具": the company's name after a dash, its brand in the title
    m = _CRUMB_BEFORE.match(t)
    if m and (_GENRE.search(m.group(1)) or all(_COLUMN_LABEL.match(part.strip() + "｜") for part in _CRUMB_SPLIT.split(t[: m.start(1)]) if part.strip())):
        # "某某文丛 > 某某工作报告": the path to the document, as a breadcrumb; "学院动态 » 某某学院举办…":
        # a column's name before the headline.
        t = m.group(1)
    m = _COLUMN_BEFORE_DOT.match(t) or _COLUMN_BEFORE_TIGHT_DOT.match(t)
    if m and _COLUMN_LABEL.match(m.group(1) + "｜"):
        t = m.group(2)  # "继承课堂 · 父母去世后…？": a column's name before a spaced middle dot
    # (A file's suffix goes first: a label before a title that ends in its genre word, "转自外网邮箱：关于…的函.docx",
    # is read only without it.)
    t = _without_label(_FILE_EXT.sub("", t).strip() or t)
    for _ in range(4):
        before = t
        t = _FILE_EXT.sub("", t).strip()
        m = _LEAD_BRACKET.match(t) or _LEAD_ORDINAL.match(t) or _LEAD_LABEL.match(t)
        # (… or a reference site's kind of thing before an entry's short name, "【器物】提篮".)
        if m and (len(t) - m.end() >= 4 or (len(t) - m.end() >= 2 and m.re is _LEAD_BRACKET and _kind_label(m))):
            t = t[m.end() :]
        m = _TAIL_META.search(t)
        if m and m.start() >= 6:
            t = t[: m.start()]
        if len(_EMOJI_EDGE.sub("", t)) >= 4:
            t = _EMOJI_EDGE.sub("", t)
        m = _HASHTAGS.search(t)
        if m and m.start() >= 4:
            t = t[: m.start()]  # "…的讲话 #乡村振兴 #基层干部": a post's topic tags
        m = _LEAD_HASHTAG.match(t)
        if m and len(t) - m.end() >= 4:
            t = t[m.end() :]  # "#乡村振兴# …": a microblog's topic before the title
        m = _TAIL_VIEW.search(t) or _TAIL_FROM.search(t)
        if m and m.start() >= 4:
            t = t[: m.start()]  # "…方案——打印预览": which view of the page this copy is
        m = _TAIL_DECOR_RUN.search(t)
        if (
            m
            and m.start() >= 4
            and _GENRE.search(t[: m.start()].rstrip())
            and all(_SHOP_INNER.fullmatch(b) for b in _SHOP_BRACKET.findall(m.group(0)))
        ):
            # "…活动方案 word模板 包改", "…会议纪要模板【可直接套用】范本word": the shop's words
            # after a title that ends in its genre.
            t = t[: m.start()].rstrip()
        m = _SHOP_AFTER_BRACKET.search(t)
        if m and _GENRE.search(t[: m.start(1)].rstrip()):
            # "…操作规程[餐饮岗位SOP合集]免费版": the shop's words after a bracket that closes a title
            # ending in its genre (the bracket goes next).
            t = t[: m.start(2)].rstrip()
        m = _SITE_AFTER_BRACKET.search(t)
        if m and _GENRE.search(_TAIL_BRACKET.sub("", t[: m.start()])):
            t = t[: m.start()]  # "…的通知〔局发文件〕某某教育网": the site's name run on after the page's label
        m = _SERIAL_BRACKET.search(t)
        if m and m.start() >= 6:
            t = t[: m.start()]  # "…询价采购公告（询价编号FSCDC-XJ2405）": a tender site's serial of the project
        m = _NOTE_AFTER_DASH.search(t)
        # (… never a genre word after the dash: "…——倡议书（可编辑Word版）" names what the text is.)
        if m and m.start() >= 6 and not _GENRE_IN.search(m.group(0)):
            t = t[: m.start()]  # "…的倡议书——会员单位请周知": the page's note to its readers after a dash
        m = _TAIL_PAGE_LABEL.search(t)
        if m and m.start() >= 6:
            t = t[: m.start()]  # "…的函 ‹某某文字快照›": the page's label after the title
        m = _TAIL_SYMBOL_LABEL.search(t)
        if m and m.start() >= 6:
            t = t[: m.start()]  # "…附详细步骤 ☆萌新第一帖": a label after a spaced symbol
        m = _TAIL_BRACKET.search(t) or _TAIL_SYMBOL_PAIR.search(t)
        if m and m.start() >= 2:
            inner = next(g for g in m.groups() if g is not None).strip()
            head = t[: m.start()]
            # ("（2025最新）", "（2025年最新版）": the year a site stamps on its decoration.)
            bare = _DECOR_YEAR.sub("", inner.replace(" ", ""))
            # "（2025修订版）", "（最新版）": which edition the site offers, not the text's stage (（2025年修订）).
            # (A bare "（修订版）" or "（2026年版）" is the text's own label; a year and a qualifier, the site's stamp.)
            # (Unlike the text's "（2025年修订）", "（2025修订）" and "（2025版）" are a year run into the
            # word, a site's or a file's shorthand; a course's term, "（2025秋季班）", is the class offered.)
            edition = re.fullmatch(
                r"\d{4}年?(?:修订|修正|最新|新|精编|完整|通用|标准|正式|打印)版|\d{4}(?:修订|修正|版)|\d{4}年?第?[\d一二三四五六七八九十]{1,2}版|(?:\d{4}|[〇零○一二三四五六七八九]{4})年?(?:修订|修正)稿|\d{4}年?(?:[春夏秋冬]季|暑期|寒假)班?|\d{4}届",
                inner.replace(" ", ""),
            )
            # "…的通知〔打印稿〕", "锁芯〔五金·锁具〕", "…购销合同〖门店版〗": a tortoise-shell, white
            # lenticular or full-width square bracket closing a title is the page's label (what copy
            # this is, the entry's category, the column); a 公文 puts its year in 〔2025〕 inside a
            # document number, never after its title.
            page_bracket = m.re is _TAIL_BRACKET and m.group(0).rstrip()[-1:] in "〕〗］〙〉" and (
                not _DOC_BRACKET.search(inner)
                # (… a column and its class apart by a dot too, "〖询价·货物类〗": a tender site's filing; a
                # text's own class, （酱腌菜类）, stands alone in round brackets.)
                or (re.fullmatch(r"[\u4e00-\u9fff]{2,4}(?:[·・][\u4e00-\u9fff]{2,4})+", inner.strip()) is not None and not _DOC_BRACKET.search(inner.replace("类", "")))
            )
            # ("（可改）", "[WORD]": the shop's words alone in the bracket.)
            # (… several apart by a dot: "【doc格式·含填写说明】".)
            shop = bool(bare) and re.fullmatch(rf"(?:{_SHOP_WORDS})+", re.sub(r"[·・、/+＋]", "", bare)) is not None
            # (A bare "（范本）" closing a contract's or a letter's title is the model's own label: see
            # _DECOR_WORDS. After a 请示 or a 承诺书 the labelled parts drop it.)
            own_model = inner.replace(" ", "") == "范本" and m.group(0).strip()[:1] in "（(" and _MODEL_GENRE.search(head.rstrip()) is not None
            # ("（岗位心得·优选）": a column and the site's grade of the piece, apart by a middle dot; any piece
            # a decoration word makes the bracket the page's.)
            # (… or the version the site made of it, "（升旗仪式发言·学生稿）", "（…·教师版）".)
            # (… or a law database's status of the text among its pieces, "（第三次修订·现行有效）": the
            # page's state of the copy, whatever stage the other piece names.)
            pieces = [x for x in re.split(r"[·・]", bare) if x] if ("·" in bare or "・" in bare) else []
            dotted_decor = (
                not _DOC_BRACKET.search(inner) and any(_DECOR.match(x) or re.fullmatch(r"[\u4e00-\u9fff]{1,3}(?:版|稿)", x) for x in pieces)
            ) or any(_VALIDITY.fullmatch(x) for x in pieces)
            # ("…就是守住一门手艺的根（第17期）": a column's issue after a title that names no genre; a bulletin's
            # or minutes' own issue, 某某简报（第5期）, stays.)
            # (A short name before the issue, "公文写作实务（第5期）", is a course's or a series' own name.)
            # (… and after a piece of one's own, "…学习心得（第14期）": a reflection has no issues, the column has.)
            personal = _PERSONAL_PIECE_END.search(head.rstrip()) is not None
            series_no = (
                "期" in inner
                and bool(re.fullmatch(r"第[\d一二三四五六七八九十]{1,3}期", inner.replace(" ", "")))
                and (len(head.strip()) >= 10 or personal)
                and (personal or not _GENRE_AT_END.search(head.rstrip()))
                and not re.search(r"简报|通讯|快报|月报|周报|刊|纪要", head)
            )
            # ("（带框架版）", "（含解析版）": what the site's copy comes with, not the document's own edition.)
            # (… or that the site compiled it, "（发言稿精编）", "（讲话稿合集）".)
            offer = re.fullmatch(r"(?:带|含|附)[\u4e00-\u9fff]{1,6}版|[\u4e00-\u9fff]{0,4}(?:精编|精选|汇编|合集|荟萃|大全)", bare) is not None
            # ("（纯个人体验，无广）", "（恳请转给卫生院）", "（第三篇，求狠批）": the poster's aside or plea; no labelled
            # title ends in a bracket holding a comma, and a plea to the readers is nobody's title.)
            # (What the document holds, "（含附件，共三项）", is its own: see _CONTENTS_COUNT.)
            aside = _POSTER_ASIDE.search(inner) is not None and not _CONTENTS_COUNT.search(inner)
            # ("（报价截止9月17日）", "（报名截至5月31日）": the page's reminder of a deadline the text itself gives.)
            deadline = re.match(r"(?:报名|报价|投标|申报|响应|征集|提交)?截[止至]", inner.strip()) is not None
            if not own_model and (page_bracket or (m.start() >= 4 and ((bare and _DECOR.match(bare)) or shop or _SERIES.match(inner) or edition or dotted_decor or series_no or offer or aside or deadline)) or (
                _GENRE.search(head)
                and not _DOC_BRACKET.search(inner)
                and not _GENRE_IN.search(inner)
                # (律师函（催告履行付款义务）: a bare genre's bracket names its matter, unless it says
                # what kind of copy this is: 催款函（参考样式）.)
                and (len(head.strip()) > 5 or (bare and _DECOR.match(bare)) or re.search(r"样式|样本|模板|范本|参考|格式|示例|写法|范例|例文", inner))
            )):
                t = head
        m = _LEAD_AT_HAIL.match(t)
        if m and len(t) - m.end() >= 8:
            t = t[m.end() :]  # "@全县餐饮店主：关于…的倡议书": an account hailing its readers before the title
        m = _LEAD_EXCLAIM.match(t)
        if m and _GENRE_AT_END.search(t) and len(t) - m.end() >= 8 and _GENRE.search(t[m.end() :]):
            t = t[m.end() :]  # "城南要建养老服务中心了！关于…的公告": a poster's exclamation before the title
        m = _TAIL_HAIL.search(t)
        if m and m.start() >= 6 and _GENRE_AT_END.search(t[: m.start()]):
            t = t[: m.start()]  # "…的公告，跑长途的注意了": the poster hailing the readers after the title
        m = _TAIL_WORD_COUNT.search(t)
        if m and m.start() >= 4 and (t[m.start() - 1] in "）)】]" or t[: m.start()].endswith("作文")):
            t = t[: m.start()].rstrip()  # "…（初中作文）600字", "…作文800字": an essay site's word count
        m = _TAIL_DOWNLOAD.search(t)
        if m and m.start() >= 4 and (t[m.start() - 1] in "）)】]〕〗］" or _GENRE_AT_END.search(t[: m.start()].rstrip())):
            t = t[: m.start()]  # "…工作制度（Word可编辑）下载": a download site's button word
        m = _TAIL_FILE_KIND.search(t)
        if m and m.start() >= 4 and (t[m.start() - 1] in "）)】]" or _GENRE_AT_END.search(t[: m.start()].rstrip())) and not _GENRE.search(m.group(0)):
            t = t[: m.start()].rstrip()  # "…合同（范本）Word原格式直取": the file's kind and the shop's words
        m = _SPACED_DOWNLOAD.search(t)
        if m and m.start() >= 6:
            t = t[: m.start()]  # "某某育苗技术 免费下载": the button after a space
        m = _SPACED_VERSION.search(t)
        if m and m.start() >= 6:
            t = t[: m.start()]  # "…操作规程 v2.1 绿色版下载": the file's version and the site's button
        m = _SPEECH_KIND_ASIDE.search(t)
        # (… or a draft's kind after a speech's own title, "…上的讲话（领导讲话稿）": the genre said twice.)
        if m and m.start() >= 6 and (not _GENRE.search(t[: m.start()]) or m.group(0).rstrip("）) ").endswith("稿")):
            t = t[: m.start()]  # "…从一只墨水瓶说起（国旗下讲话稿）": the kind of speech after its theme
        m = _QUESTION_PLEA.search(t)
        if m and m.start() >= 6:
            t = t[: m.start()]  # "…的函怎么写？求范文", "…主持词怎么写？急！": the asker's plea (the question stays)
        m = _NEWS_SITE_AFTER_DASH.search(t)
        if m and m.start() >= 8:
            t = t[: m.start()]  # "…又响老街—某某新闻网·乡镇传真": the site and its column after a dash
        m = _ACCOUNT_AFTER_QUESTION.search(t)
        if m and m.start() >= 6:
            t = t[: m.start()]  # "…多久该洗一次？—— 某某疾控": the account that posted the question's headline
        m = _DASHED_PLEA.search(t)
        if m and m.start() >= 4:
            t = t[: m.start()]  # "…的大民生——请各位研友指点": the poster's plea after a dash
        m = _TAIL_PIECE_PLACE.search(t)
        if m and m.start() >= 2:
            t = t[: m.start()]  # "刮青记 ·《某某集》之七": the collection and the piece's place after the title
        m = _COLLECTION_NAME_AFTER_DASH.search(t)
        if m and m.start() >= 4:
            t = t[: m.start()]  # "母亲的铜盆——某某晚晴集（散文卷）": the collection the piece stands in, after a dash
        m = _DASHED_EDITION.search(t)
        if m and m.start() >= 6:
            t = t[: m.start()]  # "…作业指导书-车间版", "… - 饲草料版": an edition's or a board's label after a dash
        m = _REPOST_MARK.search(t)
        if m and m.start() >= 6:
            t = t[: m.start()]  # "…注意了（转）": the poster's mark of a repost
        m = _LEAD_PIECE_PLACE.match(t)
        # (A bracketed place names the piece plainly: a short title may follow it, "（某某集之五）老木匠".)
        if m and len(t) - m.end() >= (2 if t[:1] in "（(〔【[" else 4):
            t = t[m.end() :]  # "《某某旧事》第十一篇·一把老电钻": the collection and the piece's place before the title
        m = _LEAD_COLUMN_DOT.match(t)
        if m and len(t) - m.end() >= 8:
            t = t[m.end() :]  # "消费维权笔记·网购…": a column's notes before the title, a middle dot apart
        m = _LEAD_COLUMN_SLASH.match(t)
        if m and len(t) - m.end() >= 6:
            t = t[m.end() :]  # "公司新闻 / “老米斗”系列…上架": the column the page files the item under, a slash apart
        m = _LEAD_ASIDE.match(t)
        if m and len(t) - m.end() >= 6 and not _LEAD_BRACKET_OWN.search(m.group(1)):
            # "（公益·免费）…开课通知", "（会员内参）2024年…调研报告": the poster's, the shop's or the site's aside
            # before the title (no labelled title opens with a bracket: all 16 record titles so opening lose it).
            t = t[m.end() :]
        m = _TILDE_ASIDE.search(t)
        if m and m.start() >= 6 and _ASIDE_VOICE.search(m.group(1)):
            t = t[: m.start()]  # "…用了半年的对比~长文预警": the poster's aside after a tilde
        m = _TAIL_ASIDE.search(t)
        # (A short title of four or five characters, "师父的墨斗（旧作重录）", loses only an aside in the poster's voice.)
        if m and (
            m.start() >= 6 or (m.start() >= 4 and _ASIDE_VOICE.search(m.group(1))) or (m.start() >= 2 and _COLLECTION_ASIDE.match(m.group(1)))
        ) and (
            _ASIDE_VOICE.search(m.group(1))
            or _COLLECTION_ASIDE.match(m.group(1))
            or (_REPOSTED_ROUND.match(m.group(1)) and _GENRE.search(t[: m.start()]))
            # "…实施方案（含课时安排）": what the file holds besides the text, a download page's blurb
            # (a clause, "（含附件，共3项）", is the text's own).
            or _INCLUDES_ASIDE.match(m.group(1))
            # "…选几步的合适？（七旬老人用）": a question ends the title; the asker's note follows it (only
            # an answer's label, "（参考答案）", is a headline's own there).
            or (t[m.start() - 1 : m.start()] in ("？", "?") and not _ANSWER_ASIDE.match(m.group(1)))
            # "…管理规程（院感科修订）": who revised or compiled it, no year (an edition, "（2025年修订）", stays).
            or (_WHO_REVISED.match(m.group(1)) and _GENRE_AT_END.search(t[: m.start()].rstrip()))
            # (… or who revised a draft so named, "（酒店后勤修订稿）", whatever the title ends in.)
            or (_WHO_REVISED.match(m.group(1)) and m.group(1).endswith("稿"))
        ):
            # "…一封信（燃气公司发的，大家都看看）": the poster's aside; "…招标公告（第二次）": the
            # time the notice was posted (a bulletin's 第5期 and a list's 第一批 are their own: they stay).
            t = t[: m.start()]
        m = _ENTRY_GLOSS.match(t)
        if m:
            t = m.group(1)  # "节拍器（音乐辅助工具）": an encyclopaedia's gloss of what kind of thing the entry is
        m = _TAIL_NUMBER_ASIDE.search(t) or _TAIL_COLLECTION.search(t)
        if m and m.start() >= 4 and (m.re is _TAIL_COLLECTION or _GENRE_AT_END.search(t[: m.start()].rstrip()) or _CONTROL_CODE.search(m.group(0))):
            # "…中标结果公告（项目编号：…）": the portal's field after a complete title; "…的纺车 ·《某某旧事》卷二":
            # the collection the piece stands in.
            t = t[: m.start()]
        m = _TAIL_COUNT.search(t) or _COPY_NUMBER.search(t) or _TAIL_SOURCE.search(t)
        if m and m.start() >= 4:
            t = t[: m.start()]
        m = _TAIL_COPY_LINK.search(t)
        if m and m.start() >= 6:
            t = t[: m.start()]  # "…的几个原因 [复制链接]": a forum's button after the thread's subject
        m = _TAIL_PRICE_BRACKET.search(t)
        if m and m.start() >= 6:
            t = t[: m.start()]  # "…操作规程 [DOC版][不扣积分]": a download site's price label
        m = _TAIL_FORMAT_BRACKET.search(t)
        if m and m.start() >= 6:
            t = t[: m.start()]  # "…合同（范本）[DOC可编辑]": a download site's note of the file's format
        m = _INSTITUTION_AFTER_DASH.match(t)
        if m:
            t = m.group(1)  # "柜门上一把锁，挡住…的“意外”-某某市妇幼保健院": the institution whose site it is, after a bare dash
        m = _COLUMN_AFTER_DASH.match(t)
        if m:
            t = m.group(1)  # "…会伤眼吗？眼科医生来解答-健康园地": the site's column, after a bare dash
        m = _ORG_AFTER_DOT.match(t)
        if m and _GENRE_AT_END.search(m.group(1)):
            t = m.group(1)  # "…自律倡议书·某某协会", "…的通知——某某管理处": the issuer's or the site's name after a complete title and a dot or a dash
        m = _TAIL_GENRE_BRACKET.search(t)
        if m and m.start() >= 6 and _GENRE_AT_END.search(t[: m.start()]):
            t = t[: m.start()]  # "…中标结果公告（成交公示）": the portal's column after a title that names its genre
        m = _TAIL_LENTICULAR.search(t)
        if m and m.start() >= 4 and (not _GENRE.search(m.group(1)) or _GENRE_AT_END.search(t[: m.start()].rstrip())):
            # (A genre's label after a title that already names its genre, "…中标结果公告【中标公告】",
            # is the column's.)
            t = t[: m.start()]
        m = _TAIL_DECOR_AFTER_GENRE.search(t) or _TAIL_PAGES.search(t)
        if m and m.start() >= 4 and (m.re is _TAIL_PAGES or _GENRE_AT_END.search(t[: m.start()].rstrip())):
            t = t[: m.start()]
        t = _site_after_genre(t)
        m = _BYLINE_AFTER_DASH.search(t)
        if m and m.start() >= 4 and _GENRE.search(t[: m.start()]):
            t = t[: m.start()]
        m = _BOOK_TITLE.match(t.strip()) or _WHOLE_BRACKET.match(t.strip())
        if m:
            t = next(g for g in m.groups() if g) if m.re is _BOOK_TITLE else next(
                m.group(k) for k in (1, 2, 3, 4, 6) if m.group(k)
            )
        if len(_SHAPE_EDGE.sub("", t)) >= 4:
            # (After the pairs: "…总结◆推荐◆" loses its label whole, not its last ◆.)
            t = _SHAPE_EDGE.sub("", t)
        m = _LEAD_STAR.match(t)
        if m and len(t) - m.end() >= 4:
            t = t[m.end() :]  # "★某某招标公告": a page's highlight ("★级…" keeps its star)
        # (A label the title's own aside hid: "文书样稿：关于…的律师函（当事人信息已隐去）" names its genre at its end
        # only once the aside went.)
        t = _without_label(t.strip(), again=True)
        if t == before:
            break
    m = _REQUEST_MARK.search(t)
    if m and m.start() >= 6 and not re.search(r"有没有|怎么|如何|哪|吗|求|能否|可否", t):
        t = t[: m.start()]  # "…自查报告范文？": a request for a sample, no question of the title's
    # (A dash left dangling where a label after it went, "…大匠心——申论范文" less its label, goes too.)
    return _DANGLING_DASH.sub("", t) if len(t) > 4 else t


# A short label of Chinese characters opening a title, an arrow sign run into the title after it
# ("案例小讲堂▸网购…"): set off as a spaced one is (see parsers.base.clean_title).
LABEL_ARROW = re.compile(r"^([\u4e00-\u9fff]{2,6})([▸▶►➤→])(?=[^\s▸▶►➤→]{6,})")
_DANGLING_DASH = re.compile(r"(?<=[\u4e00-\u9fff”」』》])\s*[—－–]+$")


# A post's topic tags after a title, each after a space (#乡村振兴 #基层干部, ＃读书＃): "#2机组"
# glued inside a title is a name.
_HASHTAGS = re.compile(r"(?:[\s\u3000]+[#＃][^\s#＃]{1,20}[#＃]?)+\s*$")
_LEAD_HASHTAG = re.compile(r"^\s*(?:[#＃][^\s#＃]{1,20}[#＃]\s*)+")


# A path before a title, as a breadcrumb gives it ("黄某文丛 > 工作报告", "首页 » 通知 » …").
_COLUMN_BEFORE_DOT = re.compile(r"^([\u4e00-\u9fff]{2,6})\s+[·•・]\s+(\S.{5,})$")
# … or an unspaced one before a headline that asks or runs on past a comma ("某某说案·酒吧里…，责任由谁承担？").
_COLUMN_BEFORE_TIGHT_DOT = re.compile(r"^([\u4e00-\u9fff]{2,6})[·•・](?=[^·•・]*[，,？?])([^·•・]{10,})$")
# Heavy and dashed vertical box-drawing bars a page title may use as its separator.
# (… and the vertical dot runs some pages set between a label and the title: ⸽ ⁞ ⋮ ︙ ⁝.)
_BOX_BARS = str.maketrans(dict.fromkeys("┃┆┇┊┋╎╏║‖⁄⸽⁞⋮︙⁝", "｜"))
# The hyphenation point and the halfwidth katakana middle dot some pages set between a title and its site
# ("标题 ‧ 某某城管"): a middle dot.
DOT_VARIANTS = str.maketrans(dict.fromkeys("‧･", "·"))
# A lone sign of the arrow, mathematical, technical, geometric, dingbat or supplemental
# punctuation blocks (U+2190–2BFF, U+2E00–2E7F) set off by a space from a title's words
# ("产品中心 ⟩ 标题", "标题 ⋄ 栏目 ⋄ 站点", "标题 ⊹ 某某百科"): a page's separator, as a bar is.
# No title's own word is such a sign; the signs the rules below read in pairs or as a
# breadcrumb's arrows (★ ◆ ● ■ ▶ → …) keep their own readings, and so do the signs a title's
# figures use (≥ ≤ ≈ ± ∶ …: "温度 ≥ 35℃时…").
_SPACED_SIGN = re.compile(r"(?<=\S)[ \u3000]*([\u2190-\u2bff\u2e00-\u2e7f])[ \u3000]+(?=\S)|(?<=\S)[ \u3000]+([\u2190-\u2bff\u2e00-\u2e7f])(?=\S)")
_SIGN_READ_ELSEWHERE = frozenset("★☆◆◇●○◯■□♦❖◎※▲△▼▽♥♡✦✧❀✿✪❤◈▶◀▷◁▸►◂◄➤➔➜→←↑↓↔⇒⇐‹›«»⸺⸻≥≤≠≈≒±∓−∶∞∽")


def signs_as_bars(title: str) -> str:
    """``title`` with each sign set off by a space that no title uses as a word (a math
    operator or a dingbat: ``标题 ⋏ 站点``) read as a bar (`` ｜ ``); the signs a title's
    figures use or the rules read elsewhere (★, →, ≥ …) stay."""
    return _SPACED_SIGN.sub(_sign_as_bar, title)


def _sign_as_bar(m: re.Match[str]) -> str:
    ch = m.group(1) or m.group(2)
    kind = unicodedata.category(ch)
    if ch in _SIGN_READ_ELSEWHERE or kind not in ("Sm", "So", "Ps", "Pe", "Po"):
        return m.group(0)
    if kind in ("Ps", "Pe") and sum(unicodedata.category(c) in ("Ps", "Pe") for c in m.string if "\u2190" <= c <= "\u2e7f") > 1:
        return m.group(0)  # (a pair of them is a bracket: "某某局 ⟨某某快照⟩")
    return " ｜ "
_CRUMB_SPLIT = re.compile(r"[>＞»›]")
_CRUMB_BEFORE = re.compile(r"^(?:[^>＞»›]{1,20}\s*[>＞»›]{1,2}\s*)+([^>＞»›]{6,})$")
_KEY_OUT = re.compile(r"[\s\"“”‘’'《》〈〉【】\[\]「」]+")
# A line cut short by a page's layout: an ellipsis at its end.
_CUT_SHORT = re.compile(r"\s*(?:…+|\.{3,}|。{3,})\s*$")


_LEAD_DECORATION = re.compile(r"^\s*(?:[\d一二两三四五六七八九十]{1,3}篇|[（(【\[]([^（）()【】\[\]]{1,12})[）)】\]])")


def strip_leading_decoration(text: str) -> str:
    """``text`` without the decoration a title left at its start once the title was cut
    off (``二篇 …``, ``（精选）…``); other text stays as it is."""
    m = _LEAD_DECORATION.match(text)
    if not m or (m.group(1) is not None and not _DECOR.match(m.group(1).replace(" ", ""))):
        return text
    return text[m.end() :].lstrip()


# A model's own label closing its title ("…合同（范本）"): the title shown again without it is a repeat.
_OWN_MODEL_LABEL = re.compile(r"\s*[（(]\s*范本\s*[）)]\s*$")


def title_key(s: str) -> str:
    """Comparison key of a title: decoration off (a model's own "（范本）" too), no spaces, no
    quotes or brackets."""
    return _KEY_OUT.sub("", _OWN_MODEL_LABEL.sub("", strip_decoration(s)))


# Board and site names after a title, each set off by a spaced dash or bar (" - 民生热线 - 某某在线").
_SPACED_SITE_TAIL = re.compile(r"^(.+?)(?:\s+[-–—|｜]\s+[^\s。！？，,]{2,12}){1,3}$")


def is_title_repeat(line: str, key: str, core: bool = False) -> bool:
    """True when ``line`` is the title ``key`` (see :func:`title_key`) shown again.

    Also when the page wrapped it in decoration or a site name (``“…”倡议书 | 站名``,
    ``[原创] …（供参考）``, ``本文标题：…``): the line holds the key (with ``core``,
    or the part of a 公文 title from its 关于 on), has no sentence end, and what is
    left is at most 16 characters. (Not ``core`` at the top of a page: there a title
    printed over two lines, issuer above 关于…, is the title.)
    """
    if not key or len(line) > len(key) + 40:
        return False
    if key[0] not in line and not (core and "关于" in line):
        return False  # (every character of the key is in a repeat; cheap for any line)
    k = title_key(line)
    if k == key or (line[:1] in "问Q提" and title_key(without_question_label(line)) == key):
        return True  # (… or the question under its label, "问：…？", when the label is off the title)
    m = _SPACED_SITE_TAIL.match(line.strip())
    if m and title_key(m.group(1)) == key:
        return True  # "…跑了三个地方都不收？ - 民生热线 - 某某在线": a question's title with its board and site
    parts = _BAR_PARTS.split(line.strip())
    if len(parts) > 1 and any(title_key(p) == key for p in parts) and sum(len(p) for p in parts if title_key(p) != key) <= 16:
        return True  # "班主任手札丨孩子课间该不该…？…": a column's name and a bar before the title (a question's too)
    if SENTENCE_END.search(line):
        return False
    m = _CUT_SHORT.search(line)
    if m:
        # "…工作述职…": the title cut short by a page, its first 8 characters or more.
        head = _KEY_OUT.sub("", line[: m.start()])
        if len(head) >= 8 and len(head) < len(key) and key.startswith(head):
            return True
    # A 公文 title is issuer + 关于 + matter + genre (GB/T 9704-2012); pages link to
    # the document by the part from 关于 on (《关于…的实施意见》政策解读).
    at = key.find("关于", 2) if core else -1
    for kk in (key, key[at:] if at > 0 and len(key) - at >= 8 else ""):
        if kk and kk in k and len(k) - len(kk) <= 16:
            return True
    return False


# An issuer's or an owner's name by its last word (某某社区居民委员会, 某某局, 某某中心).
_ISSUER_END = re.compile(r"(?:会|局|委|院|所|站|中心|公司|学校|大学|学院|政府|办公室|办|部|厅|处|科|馆|室)$")


# The bars a page sets between a title and its column or site.
# (… or an arrow: "律所问答 ▸ 网购…？", a column's name before the title.)
# (… or a spaced middle dot: "律师答疑卡 · …？")
_BAR_PARTS = re.compile(r"\s*[|｜丨▸▶►➤]\s*|\s+[·•]\s+")


# Words that end a document's title (genres of 公文 and of what people import).
# The genre words that end a document's title (讲话, 通知, 心得体会 …).
_GENRE_WORDS = (
    r"(?:讲话|发言|致辞|讲稿|讲座稿|发言稿|讲话稿|致辞稿|讲义|主持词|小结|通知|通报|报告|汇报|方案|总结|体会|心得|感悟|有感|思考|请示|批复|复函|函|意见|纪要|"
    r"倡议书|决定|办法|规定|条例|细则|规划|计划|要点|公告|通告|简报|月报|周报|年报|快报|制度|守则|章程|简章|规程|指引|导则|准则|公约|提纲|材料|述职|述廉|调研|"
    r"演讲稿|演讲|党课|研讨|对照检查|剖析|承诺书|责任书|建议|提案|议案|决议|公报|宣言|预案|安排|答复|说明|会议记录|"
    r"公示|启事|声明|须知|指南|贺信|贺词|慰问信|感谢信|表扬信|公开信|一封信|提示信|告知信|邀请信|推荐信|介绍信|告知书|提示书|通知书|邀请函|申请书|倡议|纲要|任务书|"
    # (… and a teacher's: 教案, 教学设计, 说课稿)
    r"教案|教学设计|说课稿|学案)"
)
_GENRE = re.compile(_GENRE_WORDS + r"[\s）)」”]*$")
# A title that ends in a genre word (a bracket of its own may close it: …的通知（试行）).
_GENRE_AT_END = re.compile(_GENRE.pattern + r"[）)]?$")
# What a document's bracket says it holds: its parts or their count (含附件, 附表, 共12项).
_CONTENTS_COUNT = re.compile(r"^(?:含|附)|共[\d一二三四五六七八九十两]+")
# What a poster adds in a bracket after a title: an aside with a comma, or a plea to the readers.
_POSTER_ASIDE = re.compile(r"[，,]|(?:必读|必看)$|(?:^|[·・])(?:恳请|烦请|跪求|请|求|望|欢迎)|(?:求|请)(?:狠?批|点评|指点|指正|转告?|留意|看完|核对)")
# What a clause holds and no site's or organisation's name does: an aspect particle or a count of
# time or times ("用了三个月肥皂网", "试过两次").
NOT_A_NAME = re.compile(r"[了过着]|[\d一二两三四五六七八九十几]+\s*(?:个月|个|年|天|次|遍|周)")
# A law database's status of a text ("现行有效", "已废止", "部分失效").
_VALIDITY = re.compile(r"现行有效|现行|有效|已废止|废止|已失效|失效|部分失效|尚未生效")
# A piece of one's own writing: its genre word ends the title (学习心得, 读书体会, 支教随笔).
_PERSONAL_PIECE_END = re.compile(r"(?:心得|体会|感悟|感想|随笔|手记|日记|札记)(?:体会)?$")
# A title that names only a kind of text (中标结果公告, 招标公告, 工作方案, 通知): at most 8
# characters ending in a genre word.
_GENRE_ONLY = re.compile(r"^[\u4e00-\u9fff]{0,6}" + _GENRE_WORDS + "$")
_CONTINUES = frozenset("，。、；：！？）」』”》〉】,;:!?)")
_DATE_ONLY = re.compile(r"^[（(]?\s*[\d〇零一二三四五六七八九十○Ｏ]{2,4}\s*年\s*[\d〇零一二三四五六七八九十○Ｏ]{1,3}\s*月[^。]{0,12}[）)]?$")
_SPEAKER = re.compile(
    r"^[—\-－–]{1,2}|^[（(]?\s*(?:主讲|讲话|发言|报告)人|^[（(].{0,20}[）)]$"
    # "市委副书记　林海峰", "县长 王某": an office, a space, a name of 2–4 characters.
    r"|^[\u4e00-\u9fff、]{0,16}(?:书记|主任|县长|市长|区长|省长|镇长|乡长|局长|厅长|部长|处长|科长|主席|校长|院长|"
    r"委员|秘书长|董事长|总经理|经理|组长|会长|所长|站长|社长|馆长|同志)[\s\u3000]+(?:[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{2,5}·[\u4e00-\u9fff]{2,5})$"
)


# "栏目：…", "分类：…", "所属专题：…", "标签：…": a page's field that files the text under a
# column, a category or a tag; its value may end in a genre word (心得体会) but is no title.
# The fields a document opens or closes with (a 纪要's 时间/地点/主持人, a notice's 联系人).
_OWN_FIELD = re.compile(
    r"^(?:会议)?(?:时间|地点|主持人|主持|出席|列席|参会人员|参加人员|出席人员|列席人员|缺席人员|记录人|记录|"
    r"联系人|联系电话|电话|地址|邮编|邮箱|抄送|主送|签发人?|"
    # a contract's parties (甲方（购货方）：…, 乙方：…)
    r"[甲乙丙丁]方(?:\s*[（(][^（）()]{1,8}[）)])?|"
    # a procurement notice's fields (项目名称：…, 项目编号：…, 采购预算：…)
    r"项目名称|项目编号|采购预算|预算金额|采购内容|采购需求|最高限价|采购人|代理机构)\s*[：:]"
)
_FIELD_LABEL = re.compile(
    r"^(?:所属)?(?:栏目|分类|类别|类目|频道|板块|版块|专题|专栏|标签|目录|文档分类|文章分类|主题分类|关键词|关键字|TAG|Tag|tag)s?\s*[：:]"
    # "文件类型：会议纪要", "文种：通知", "密级：内部": a document system's fields, naming the genre only.
    r"|^(?:文件|文档|公文|文章|资料)?(?:类型|种类)\s*[：:]|^(?:文种|体裁|密级|紧急程度|缓急)\s*[：:]"
)
# "2025年第36期", "第128期", "总第36期", "Vol. 12", "No.36": an issue's number alone, which
# names an issue of a periodical but not which one.
_ISSUE_ONLY = re.compile(
    r"^[（(]?\s*(?:\d{4}\s*年\s*)?(?:总\s*)?第\s*[\d一二三四五六七八九十百零〇]{1,4}\s*期(?:\s*[（(]?总第\s*\d{1,4}\s*期[）)]?)?\s*[）)]?$"
    r"|^(?:[Vv]ol|[Nn]o|[Ii]ssue)\.?\s*\d{1,4}$"
)


# An entry's short name and any gloss in brackets ("漂流瓶（民俗与通信方式）"), read so beside a reference
# work's segment only (see :func:`entry_without_gloss`); a text's own stage (（试行）) is no gloss, nor a place
# that tells two entries of one name apart ("八角井（某某镇）").
_NAME_AND_GLOSS = re.compile(
    r"^([\u4e00-\u9fffA-Za-z0-9]{1,8})[（(](?![^（）()]*(?:试行|暂行|征求|草案|修订|版|稿))(?![^（）()]*(?:省|市|县|区|镇|乡|村|街道|州|旗)[）)])[^（）()]{2,12}[）)]$"
)


def entry_without_gloss(chosen: str, parts: list[str]) -> str:
    """``chosen`` (the segment :func:`best_segment` chose of a page title's ``parts``) without an
    encyclopaedia's gloss in brackets after the entry's name when another segment names the
    reference work (``漂流瓶（民俗与通信方式）- 某某百科`` → ``漂流瓶``), else ``chosen``."""
    m = _NAME_AND_GLOSS.match(chosen.strip())
    if m and any(names_reference_work(p) for p in parts if p.strip() != chosen.strip()):
        return m.group(1)
    return chosen


def is_issue_only(title: str) -> bool:
    """True when ``title`` is only an issue number (``2025年第36期``, ``第128期``, ``No.36``)."""
    return bool(_ISSUE_ONLY.match((title or "").strip()))


def issue_headline(title: str, lines: list[str], view: Callable[[str], str] | None = None) -> str:
    """For a ``title`` that is only an issue number (:func:`is_issue_only`), the first of
    ``lines`` (a page's leading lines) that holds that number beside the periodical's name
    (``基层治理周报（2025年第36期）``): 4 Chinese characters or more besides it, at most 60
    characters, no sentence end, no menu separators. ``""`` when ``title`` is no bare issue
    number or no line names the periodical."""
    view = view or (lambda x: x)
    t = strip_decoration(title)
    if not is_issue_only(t):
        return ""
    key = _squeeze(t).strip("（()）")
    for raw in lines:
        s = view(raw).strip()
        if not (len(key) + 4 <= len(s) <= 60) or SENTENCE_END.search(s) or _NAV.search(s):
            continue
        sk = _squeeze(s)
        at = sk.find(key)
        if at < 0 or len(_HAN.findall(sk[:at] + sk[at + len(key) :])) < 4:
            continue
        return raw.strip()
    return ""


# The last word of an organisation's or a site's name (某某实验小学, 某某员工门户, 某某局).
_ORG_END = re.compile(
    r"(?:学校|小学|中学|大学|学院|幼儿园|门户|网站|网|平台|系统|集团|公司|医院|政府|局|委员会|委|办公室|中心|协会|学会|"
    r"研究院|研究所|街道|社区|村委会|居委会|法院|检察院|电视台|报社|图书馆|博物馆|银行|分行|支行)$"
)


def site_header_title(
    title: str, lead: list[str], chrome: Callable[[str], str | None], view: Callable[[str], str] | None = None
) -> bool:
    """True when ``title`` (a page's ``<title>`` with no genre word, at most 20 characters)
    is the site's name the page's header shows, not the document's: a line of ``lead`` (the
    lines above the body) shows it — beside more (a slogan, account buttons:
    ``某某小学　明德 · 笃学``, ``某某集团员工门户 待办(3)　退出``), or alone when the title
    ends in an organisation's or a site's word (…小学, …门户, …局) — and a line below that
    one reads as a document's title ending in a genre word (:func:`title_from_lead` with
    ``chrome``, a line → reason function, finds it). A document's own title is the headline
    over the text, never a header row above another headline."""
    view = view or (lambda x: x)
    t = _squeeze(view(title or "").strip())
    if not (2 <= len(t) <= 20) or ends_in_genre(t):
        return False
    # A title of the site's name and a column's (枫亭清风网-巡察动态, 某某局_通知公告): its
    # part the header shows is the site's name, the rest names no document.
    # (… or a space: "某某学堂 让双手记住木头的温度", the site's name and its slogan.)
    parts = [q for p in _SITE_PART_SEPARATOR.split(view(title or "").strip()) if len(q := _squeeze(p)) >= 2]
    names = [t] + (parts if len(parts) >= 2 and not any(ends_in_genre(p) for p in parts) else [])
    for k, raw in enumerate(lead):
        s = _squeeze(view(raw))
        for name in names:
            if name in s and (len(s) > len(name) + 1 or _ORG_END.search(name)):
                below = [x for x in lead[k + 1 :] if name not in _squeeze(view(x))]
                found = title_from_lead(below, chrome, "", view) if below else ""
                return bool(found) and ends_in_genre(found)
    return False


# What joins a site's name and a column's in a page's <title>.
_SITE_PART_SEPARATOR = re.compile(r"[-_|｜—–－·•\s\u3000]+")


def is_file_stem(title: str) -> bool:
    """True when ``title`` (decoration already stripped) is only a file's or a page's name
    without its suffix (``077``, ``tz0826``): Latin letters, digits and ``_-.``, no space,
    at most 40 characters. Such a title says nothing of the document."""
    return bool(_FILE_STEM.match(title or ""))


def ends_in_genre(title: str) -> bool:
    """True when ``title`` ends in a genre word of documents (…讲话, …通知, …心得体会)."""
    return bool(_GENRE.search(strip_decoration(title)))


# A document's number (发文字号, GB/T 9704-2012 §7.2.4): issuer's code, year in 〔〕, serial, 号.
_DOC_NUMBER = re.compile(r"^[\u4e00-\u9fff]{1,12}\s*[〔\[［(（]\s*\d{4}\s*[〕\]］)）]\s*\d{1,4}\s*号$")


def title_from_lead(
    lead: list[str], chrome: Callable[[str], str | None], after: str = "", view: Callable[[str], str] | None = None, wrap_width: int = 0
) -> str:
    """A title from the leading lines of a page (``lead``: stripped lines before the body).

    Candidates are lines of 6–80 characters without a sentence end that ``chrome`` (a
    line → reason function) does not call chrome, are not a date or speaker line, and
    hold no site separator (``|``, ``›``, ``»``, ``>``). A candidate ending in a genre
    word (``…的讲话``, ``…通知``, ``…心得体会``) wins, the last of them (menu items and
    related lists above a headline end in genre words too); else, when some leading line is
    chrome (a scraped page), the last candidate before the body. A line followed by one starting with closing punctuation (``after`` is the
    line after ``lead``) is a fragment of a sentence, never a title. The candidate is
    returned without decoration; ``""`` when there is none. Without a candidate ending in a
    genre word, the last item of a breadcrumb that ends in one (:func:`crumb_title`) is the
    title: some pages name the document only there. ``view`` maps a line to the form the
    chrome patterns read (traditional → simplified); the title is returned as written.
    ``wrap_width`` (display columns, 0 for none) is the width the text is hard-wrapped at: the
    lead's last line of that width, cut at a clause, is the text's first line wrapped, no title.
    An entry's headword (2–12 characters) whose definition opens the text (``早市`` over
    ``早市，又称早集，是指…``) is the title, whatever its length, and so is a piece's title (2–24
    characters) over its collection's row (:data:`PIECE_ROW`).
    """
    view = view or (lambda x: x)
    for k, raw in enumerate(lead[:-1]):
        t = raw.strip()
        if 2 <= len(t) <= 24 and PIECE_ROW.match(view(lead[k + 1]).strip()) and not SENTENCE_END.search(t) and not re.search(r"[|｜:：]|\s[·•]\s", t) and not chrome(view(t)):
            # A piece's title over its collection's row (那双解放鞋 / 第27篇　阅读 318): the title, whatever its length.
            return strip_decoration(t) or t
    for raw in reversed(lead):
        t = raw.strip()
        if 2 <= len(t) <= 12 and after.startswith(t) and _DEFINITION_AFTER.match(after[len(t) :]) and not SENTENCE_END.search(t) and not re.search(r"[\s|｜:：，,]", t):
            # An entry's headword over its definition (早市 / 早市，又称早集，是指…): the entry's title.
            return t
    candidates: list[str] = []
    shown = {}
    at: dict[str, int] = {}  # a candidate's index in ``lead``
    for k, raw in enumerate(lead):
        s = view(raw)
        below = lead[k + 1] if k + 1 < len(lead) else after
        if below[:1] in _CONTINUES:
            continue  # a fragment of a sentence broken over lines (a link on its own line)
        if k == len(lead) - 1 and (_wrapped_into(s, below) or _at_wrap_width(s, below, wrap_width)):
            continue  # the text's first sentence cut by a hard wrap, going on in the next line
        file_name = _FILE_WITH_SIZE.match(s.strip())
        if file_name:
            # "某某心得体会.txt　（3.4 KB）": a shared file's name and size, the only title
            # some file hosts show.
            t = strip_decoration(file_name.group(1))
            if 6 <= len(t) <= 80 and _HAN.search(t) and not SENTENCE_END.search(t):
                candidates.append(t)
                at[t] = k
                shown[t] = t
            continue
        t = strip_decoration(s)
        # (An exclamation label opening a headline, "最新监测！…", ends no sentence.)
        if not (6 <= len(t) <= 80) or SENTENCE_END.search(HEADLINE_LABEL.sub("", t, count=1)) or t[-1] in "：:，,、":
            continue
        if _DATE_ONLY.match(t) or _SPEAKER.match(t) or re.search(r"[|｜›»>＞→]|\s[·•—\-–]\s", t):
            continue
        if _FIELD_LABEL.match(t):
            continue  # "栏目：心得体会": a field of the page's meta, the column it files the text under
        if _BRACKET_LABEL_ONLY.fullmatch(t):
            continue  # "【参考答案】": a label over a part of the text, no title
        if _DOC_NUMBER.match(t):
            continue  # "某教函〔2025〕12号": the document's number (GB/T 9704-2012 §7.2.4), no title
        if _DECIMAL_HEADING.match(t):
            continue  # "3.1 安装前的准备": a section's decimal heading inside the text, no title
        if len(re.findall(r"[:：]", t)) >= 2:
            continue  # "索 引 号：… 发布机构：…": a row of the page's fields
        if _OWN_FIELD.match(t):
            continue  # "主持人：…", "联系人：…": a field of the document (a 纪要's, a notice's), no title
        if _MENU_ROW.match(t):
            continue  # "要闻　风采　服务　史话": a row of short menu items, no headline
        if _NEWS_LEAD_DAY.match(t):
            continue  # "4月11日，某乡组织…": a news lead's first line (a wrap cut it), no headline
        reason = chrome(s)
        if reason and (t == s.strip() or not _GENRE.search(t) or chrome(t) or reason.startswith("action: a row of buttons")) and not (
            (t != s.strip() or _POST_TAG.match(t)) and _starter_below(lead, k, below, chrome, view)
        ):
            # chrome, unless it was a decorated title (the decoration held the action words), or a
            # thread's labelled subject over its starter's row ("【纸艺天地】… / 楼主：某某 | 昨天 22:14",
            # "求助：… / 楼主 某某　发表于 昨天 21:40")
            continue
        candidates.append(t)
        at[t] = k
        shown[t] = strip_decoration(raw) if len(strip_decoration(raw)) == len(t) else t
    nav = [k for k, raw in enumerate(lead) if (chrome(view(raw)) or "").startswith(("meta: a row of menu items", "meta: breadcrumb"))]
    if nav and any(at.get(c, -1) > nav[-1] for c in candidates):
        # The page's navigation (a menu row, a breadcrumb) stands between the site's header and the
        # document's headline: a line above it ("某某小记" / "过日子的一点心得") is the header's slogan,
        # whatever genre word it ends in, when a candidate stands below it.
        candidates = [c for c in candidates if at.get(c, -1) > nav[-1]]
    genre = [c for c in candidates if _GENRE.search(c)]
    if genre:
        return shown[genre[-1]]
    crumb = crumb_title(lead, view)
    if crumb:
        return crumb
    if not candidates:
        # A question over its answer's label (结构化面试：如何看待…？ / 【参考答案】): the question.
        for k, raw in enumerate(lead):
            q = strip_decoration(view(raw))
            if 8 <= len(q) <= 80 and q[-1] in "？?" and any(_ANSWER_LABEL.match(view(x).strip()) for x in [*lead[k + 1 : k + 4], after][:3]):
                return without_question_label(strip_decoration(raw.strip()))  # ("问：…？": the question without its label)
        return ""
    # Without a genre word, only on a page (chrome around): plain text may start with
    # a sentence broken over lines, which is no title.
    return shown[candidates[-1]] if any(chrome(view(s)) for s in lead) else ""


def _starter_below(lead: list[str], k: int, below: str, chrome: Callable[[str], str | None], view: Callable[[str], str]) -> bool:
    """A thread starter's row (``楼主：某某``, ``某某　发表于 昨天 21:40　只看该作者``) right under
    ``lead[k]`` (``below``), or under the thread's counters there (``查看 933 ｜ 回复 17``)."""
    if _THREAD_STARTER.match(view(below)):
        return True
    if k + 2 >= len(lead) or not chrome(view(below)):
        return False
    row = view(lead[k + 2])
    return bool(_THREAD_STARTER.match(row) or (chrome(row) or "").startswith("meta: a thread's post row"))


# A collection's row under a piece's title: its place in the book ("——《某某杂记》第十四篇　读者 906") or
# its number with its counters or its author ("第27篇　阅读 318　·　某某 著", "第七篇　字数：约九百").
PIECE_ROW = re.compile(
    r"^——\s*《[^《》]{1,16}》\s*(?:卷[\d一二三四五六七八九十]{1,3}\s*)?第[\d一二三四五六七八九十百]{1,4}[篇辑章回]"
    # (… its volume in brackets before it, "〔卷一·乡土〕第九篇　本篇已被翻阅 1207 次".)
    r"|^(?:[〔【\[（(][^〔〕【】\[\]（）()]{1,10}[〕】\]）)]\s*)?第[\d一二三四五六七八九十百]{1,4}篇[\s\u3000·・]+[^。！？]*(?:阅读|浏览|翻阅|字数|点击|著|作者|更新)"
)
# A thread starter's row under the thread's subject ("楼主：某某　｜　昨天 22:14").
_THREAD_STARTER = re.compile(r"^(?:楼主|发帖人|帖主)\s*(?:[:：]|\S{1,12}[\s\u3000]*(?:[|｜]|(?:发表|发布|发帖)于))")
# A thread's subject under the kind of post it is ("求助：…", "提醒：…"), which reads as a key and its value.
_POST_TAG = re.compile(r"^(?:求助|提问|请教|求教|吐槽|讨论|分享|提醒|转帖|咨询)\s*[:：]\s*\S")
# A section's decimal heading ("3.1 安装前的准备", "2.3.1 检查方法").
_DECIMAL_HEADING = re.compile(r"^\d{1,2}(?:[.．]\d{1,2})+\s*[\u4e00-\u9fff]")
# A question's label before it ("问：", "Q："): the page's.
_ASKED_LABEL = re.compile(r"^(?:问|提问|问题|Q)\s*[:：]\s*")
# An answer's label under its question ("【参考答案】", "答案解析：", "参考答案").
_ANSWER_LABEL = re.compile(r"^[【\[]?(?:参考|标准|示范|最佳|满意|推荐|精选)?(?:答案|解析|答案解析|作答|回答|答题思路)[】\]]?\s*[:：]?$")
# A bracketed label alone ("【参考答案】", "[原文]").
_BRACKET_LABEL_ONLY = re.compile(r"[【\[〔［][^】\]〕］]{1,10}[】\]〕］]")
# What follows an encyclopaedia entry's headword in its definition ("，又称…", "（英文…）", "是指…").
_DEFINITION_AFTER = re.compile(r"^(?:[，,（(]|是|又称|也称|亦称|俗称|简称|即|指)")


def opens_definition(rest: str) -> bool:
    """True when ``rest`` (a line's text after an entry's name) goes on as a definition does: a comma or a
    bracket, 是, 又称, 也称, 俗称, 即, 指 (``手套夹是一种…``)."""
    return _DEFINITION_AFTER.match(rest) is not None
# A file's name and its size on one line ("某某.docx　（18 KB）", "某某.pdf 2.3MB").
_FILE_WITH_SIZE = re.compile(
    r"^(.{4,80}?\.(?:pdf|wps|docx?|rtf|txt|odt|ofd|pptx?|xlsx?))\s*[（(\[]?\s*\d[\d.,]*\s*(?:[KMG]i?B|[KMG]|字节)\s*[)）\]]?$", re.I
)


def _wrapped_into(s: str, below: str) -> bool:
    """``s`` (a line with a clause break, no genre word at its end) and the line ``below`` it
    are of one width (at least 30 columns, within 4) and ``below`` goes on in Chinese: a
    hard-wrapped sentence, not a title over its text."""
    s, below = s.strip(), below.strip()
    return (
        bool(below)
        and _HAN.match(below[:1]) is not None
        and ("，" in s or "," in s)
        and not _GENRE_AT_END.search(s)
        and _display_width(s) >= 30
        # (within 4 columns: a paragraph's first line loses its indent, two ideographic spaces)
        and abs(_display_width(s) - _display_width(below)) <= 4
    )


def _at_wrap_width(s: str, below: str, wrap_width: int) -> bool:
    """``s`` (a line with a clause break, no genre word at its end) ends at the column the
    text is wrapped at (``wrap_width``, within 2) and ``below`` goes on in Chinese."""
    s, below = s.strip(), below.strip()
    return (
        wrap_width >= 30
        and bool(below)
        and _HAN.match(below[:1]) is not None
        and ("，" in s or "," in s)
        and not _GENRE_AT_END.search(s)
        and abs(_display_width(s) - wrap_width) <= 2
    )


# A news lead opening with its day and a comma ("4月11日，…", "11日上午，…").
_NEWS_LEAD_DAY = re.compile(r"^(?:\d{1,2}月)?\d{1,2}日[上下中午晚早间]{0,2}[至到—\-]?(?:\d{1,2}日)?[，,]")
# Three or more items of at most 6 characters each, spaced apart: a menu's row.
_MENU_ROW = re.compile(r"^[^\s，。：:]{2,6}(?:[ \u3000\t]+[^\s，。：:]{2,6}){2,}$")
_CRUMB_SEP = re.compile(r"\s*(?:>>|＞＞|[>＞»›→])\s*")


def crumb_title(lead: list[str], view: Callable[[str], str]) -> str:
    """The last item of a breadcrumb in ``lead`` (``首页 > 通知公告 > 关于…的通知``) when it
    reads as a document's title: 6–80 characters ending in a genre word, no sentence end.
    A page that shows its headline nowhere else names it there. ``""`` when none."""
    for raw in reversed(lead):
        parts = _CRUMB_SEP.split(view(raw).strip())
        if len(parts) < 3:
            continue
        last = strip_decoration(parts[-1].strip())
        if 6 <= len(last) <= 80 and not SENTENCE_END.search(last) and _GENRE.search(last):
            shown = _CRUMB_SEP.split(raw.strip())[-1].strip()
            return strip_decoration(shown) if len(strip_decoration(shown)) == len(last) else last
    return ""


def names_crumb_column(title: str, lead: list[str], view: Callable[[str], str]) -> bool:
    """True when ``title`` (at most 8 characters) is the last item of a breadcrumb in ``lead``
    (``当前位置：首页>>新闻中心>>领导讲话`` for the title ``领导讲话``): the column the page files the
    document under, which its ``<title>`` named, with a headline ending in a genre word (8 Chinese
    characters or more) in the three lines under the breadcrumb: the document's title."""
    key = title_key(view(title or ""))
    if not (2 <= len(key) <= 8):
        return False
    for k, raw in enumerate(lead):
        parts = [p for p in _CRUMB_SEP.split(view(raw).strip()) if p.strip()]
        if len(parts) >= 3 and title_key(parts[-1]) == key:
            # (… when a fuller headline naming its genre stands under it: "律师函" over a letter
            # that prints no other title is the document's own.)
            return any(
                len(_HAN.findall(h := view(x).strip())) >= 8 and not SENTENCE_END.search(h) and _GENRE.search(h) is not None
                for x in lead[k + 1 : k + 4]
            )
    return False


def names_crumb_root(title: str, lead: list[str], view: Callable[[str], str]) -> bool:
    """True when ``title`` (2–12 characters, no genre word) is the first item of a breadcrumb of two or
    more items in ``lead`` (``某某生活圈 › 民生热线`` for the title ``某某生活圈``): the site's home, which
    the page's ``<title>`` named instead of the document."""
    key = title_key(view(title or ""))
    if not (2 <= len(key) <= 12) or ends_in_genre(title):
        return False
    for raw in lead:
        parts = [p for p in _CRUMB_SEP.split(view(raw).strip()) if p.strip()]
        if len(parts) >= 2 and title_key(parts[0]) == key and all(len(p) <= 16 for p in parts):
            return True
    return False


_GENRE_IN = re.compile(_GENRE.pattern.replace(r"[\s）)」”]*$", ""))
# What starts a document's text right after its title on a page that lost its line
# breaks: a salutation or addressee, an editor's note, an outline heading, a date.
_OPENER = re.compile(
    r"^(?:同志们|各位|尊敬的|女士们|先生们|大家好|亲爱的|朋友们|老师们|同学们|各[^。，；！？]{1,30}[：:]"
    r"|编者按|按语|导语|摘要|内容提要|内容摘要|[一二三四五六七八九十]+、|第[一二三四五六七八九十]+[章部分条]"
    r"|[（(]?[\d〇一二三四五六七八九十]{4}\s*年"
    # … or a time without its year ("9月下旬，我随…", "3月12日，"): the first words of a report.
    r"|[\d一二三四五六七八九十]{1,2}\s*月(?:[上中下]旬|初|底|末|份|\s*[\d一二三四五六七八九十]{1,3}\s*日)"
    # … or the purpose clause a 方案 / 通知 / 意见 opens with (为进一步…, 为了…, 根据…, 按照…).
    r"|为(?:了|进一步|深入|切实|全面|加快|扎实|认真|更好|有效|推动|推进|加强|做好|贯彻|落实)|根据|按照|依据)"
)
# A news lead's dateline ("本报讯（记者…）", "本网讯"): what stands before it on a line is the headline.
_NEWS_LEAD = re.compile(r"(?:本报|本网|本刊|本台|本站)讯")
_DATED = re.compile(r"^[\s\u3000]*[（(]?[\d〇一二三四五六七八九十]{4}\s*年")
# A news lead's opening time span ("连日来，", "今年以来，", "入夏以来，").
_GLUED_LEAD_SPAN = re.compile(r"(?:连日来|近日来|今年以来|入夏以来|入冬以来|入春以来|入秋以来|开春以来)[，,]")


def opens_text(rest: str) -> bool:
    """True when ``rest`` starts the way a document's text starts right after its title
    (a salutation or addressee, an editor's note, a heading, a date, a purpose clause)."""
    return _OPENER.match(rest) is not None


def dated_after(rest: str) -> bool:
    """True when ``rest`` (what follows a title glued to a line) starts with a date: the
    title block of a speech (title, date, speaker), which stays in the text."""
    return _DATED.match(rest) is not None


_CLAUSE = re.compile(r"[，。：；！？,:;!?、]")
#: A short exclamation label opening a headline ("最新监测！", "好消息！").
HEADLINE_LABEL = re.compile(r"^[\u4e00-\u9fff]{2,6}[！!]")
_SENTENCE_STOP = re.compile(r"[。；！？;!?]|[：:].")
# A news lead's opening day after a headline glued to it: a day ("9月16日", "9月16日至17日",
# "9月16日上午") and a comma within a few characters (a title holding a date, "关于做好9月1日
# 开学工作的通知", has no comma after it).
_GLUED_LEAD_DATE = re.compile(
    r"(?:(?<=[\u4e00-\u9fff”」》）)])|(?<=[\u4e00-\u9fff”」》）)][ \u3000]))(?<![年（(])\d{1,2}月\d{1,2}日(?:[至到—\-]\d{1,2}日)?[上下中午晚早间]{0,2}[，,]"
)
# A wire dateline before the title: "新华社北京11月19日电".
_DATELINE = re.compile(r"^[^\s，。]{2,12}?\d{1,2}月\d{1,2}日电[\s\u3000]*")


# A letter's or a speech's salutation on a line of its own ("全县渔民朋友们：", "各位会员：").
_LETTER_SALUTATION = re.compile(r"^[^。！？，,：:]{1,20}(?:们|同志|朋友|代表|各位|家长|会员|乡亲|居民|师生)[^。！？：:]{0,6}[：:]$")


# An item of a collection's contents ("篇三：…", "第2篇 …", "3. …").
_LISTED_PIECE = re.compile(r"^(?:篇[一二三四五六七八九十\d]+|第[一二三四五六七八九十\d]+篇|[\d一二三四五六七八九十]+[、.．])")


def _titled_salutation(lines: list[str], k: int, flat: str, view: Callable[[str], str]) -> bool:
    """``lines[k]`` is a headline (8 Chinese characters or more, at most 40 characters, no digit,
    no sentence end) ending in the same genre
    word as the title ``flat`` and standing right over a salutation line (``全县渔民朋友们：``)."""
    s = view(lines[k]).strip()
    here, given = _GENRE.search(s), _GENRE.search(strip_decoration(flat))
    return (
        bool(here and given)
        and len(_HAN.findall(s)) >= 8
        and len(s) <= 40
        and not re.search(r"\d", s)  # (a row's "3天前　党课讲稿" is the page's column and time)
        and not _LISTED_PIECE.match(s)  # (a collection's contents, "篇三：…", over the first piece's salutation)
        and not _NAV.search(s)  # (a breadcrumb, "您的位置：某某网 >> 讲话致辞 >> 安全生产讲话", is the page's)
        and not SENTENCE_END.search(s)
        and here.group(0).strip() == given.group(0).strip()
        and k + 1 < len(lines)
        and _LETTER_SALUTATION.match(view(lines[k + 1]).strip()) is not None
    )


def _own_title_below(lines: list[str], k: int, flat: str, view: Callable[[str], str]) -> bool:
    """A line within the five below ``lines[k]`` is the document's own title over its
    salutation (:func:`_titled_salutation`) and differs from ``flat``."""
    key = title_key(flat)
    return any(
        title_key(view(lines[j])) != key and _titled_salutation(lines, j, flat, view)
        for j in range(k + 1, min(len(lines), k + 6))
    )


def title_at_head(line: str, view: Callable[[str], str] | None = None) -> str:
    """The title glued to the start of a line, on a page that lost its line breaks, or ``""``.

    ``县委书记在全县经济工作会议上的讲话同志们：今天…`` → ``县委书记在全县经济工作会议上的讲话``:
    the shortest head of 6–60 characters without clause punctuation that ends in a
    genre word (讲话, 报告, 方案 …) and is followed by what starts a document's text
    (:data:`_OPENER`: a salutation or addressee, 编者按, an outline heading, a date)
    or by the title again, with at least 20 characters after it (or a salutation that
    ends the line: ``…的通知各有关单位：``); a wire dateline
    before it (``新华社北京11月19日电``) is not part of it. ``view`` as for
    :func:`title_from_lead` (it must keep the length of the line).
    """
    shown = line
    line = view(line) if view else line
    head = line[:80]
    m = _NEWS_LEAD.search(head)
    if m and 6 <= m.start() <= 60 and not _CLAUSE.search(head[: m.start()]) and len(line) - m.start() >= 20:
        # A headline (any words) glued to its news lead.
        title = shown[: m.start()].strip()
        return title if title.count("“") == title.count("”") and title.count("《") == title.count("》") else ""
    m = _GLUED_LEAD_SPAN.search(head)
    if m and 8 <= m.start() <= 40 and not _CLAUSE.search(head[: m.start()]) and len(line) - m.start() >= 20:
        # A headline glued to a news lead that opens with its time span (…采摘旺季连日来，…).
        title = shown[: m.start()].strip()
        if all(title.count(a) == title.count(b) for a, b in ("“”", "《》", "（）", "()")):
            return title
    m = _GLUED_LEAD_DATE.search(head)
    # (An account's exclamation label before the headline, "最新监测！…", is part of it.)
    label = HEADLINE_LABEL.match(head)
    if m and 8 <= m.start() <= 40 and not _CLAUSE.search(head[label.end() if label else 0 : m.start()]) and len(line) - m.start() >= 20:
        # A headline glued to a news lead that opens with the day (…活动9月16日至17日，…).
        title = shown[: m.start()].strip()
        if all(title.count(a) == title.count(b) for a, b in ("“”", "《》", "（）", "()")):
            return title
    for m in _GENRE_IN.finditer(head):
        end = m.end()
        if _CLAUSE.search(head[:end]):
            return ""
        rest = line[end:].lstrip(" \u3000")
        # (A salutation that ends the line, 各有关单位：, is a whole opener however short.)
        # (An addressee list, 各村（社区）、镇直各单位：, holds 、 and ， but ends no sentence.)
        salutation = 2 <= len(rest) <= 30 and rest[-1] in "：:" and not _SENTENCE_STOP.search(rest) and _OPENER.match(rest)
        if end < 6 or end > 60 or (len(line) - end < 20 and not salutation):
            continue
        if _OPENER.match(rest) or rest.startswith(line[: min(4, end)]):
            title = _DATELINE.sub("", shown[:end]).strip()
            return title if title.count("《") == title.count("》") and title.count("“") == title.count("”") else ""
    return ""


def glued_to_salutation(line: str, view: Callable[[str], str] | None = None) -> bool:
    """True when ``line`` is a title with the text's salutation glued after it and nothing
    more (``关于开展…的通知各有关单位：``): the first line of the text, whose head is the title
    (:func:`title_at_head`)."""
    title = title_at_head(line, view)
    if not title:
        return False
    rest = (view(line) if view else line)[len(title) :].strip(" \u3000")
    return len(rest) <= 30 and rest[-1:] in ("：", ":")


# What separates a label or a site's name from a title in a page's <title> or a record's
# title field: a colon, a bar, a dash, a bullet, brackets, a space.
_SEPARATOR_CHARS = frozenset("：:|｜丨·•-－–—_ \u3000（(【[「〔<《>》]）)】」〕")
_QUESTION = re.compile(r"[？?]|怎么写|如何写|求一篇|有没有")
# A menu or breadcrumb line: items between separators.
_NAV = re.compile(r"[|｜›»>＞→]|\s[·•—\-–]\s")


# A gloss in brackets inside a name (（蒙古式摔跤）), at most 12 characters.
_BRACKET_GLOSS = re.compile(r"[（(][^（）()]{1,12}[）)]")


def page_headline(title: str, lines: list[str], view: Callable[[str], str] | None = None) -> str:
    """The page's own headline for a record's ``title``, or ``""`` when the title stands.

    ``lines`` are the page's leading lines (stripped, before and at the start of the body).
    A record's title comes from a page's ``<title>``, a file name or a mail's subject; the
    headline printed on the page is the document's title as written. The headline ``H``
    replaces ``title`` (compared by :func:`title_key`: no decoration, spaces, quotes) when:

    * ``H`` and ``title`` have one key and differ as written (the page keeps the quotes a
      ``<title>`` lost);
    * ``H`` is ``title`` less a label before it or a page's label after it (``卷三 第十七篇 …``,
      ``教务处：…``, ``…-某某法院``, ``…（文字实录）``): the extra text is at most 24
      characters and stands off ``H`` by a separator (colon, bar, dash, space, bracket) or is
      decoration; never a subtitle after ``——``, an issuer glued to ``关于…`` (GB/T 9704-2012:
      issuer + 关于 + matter + genre is one title), nor a title the page printed over two lines
      (the extra text is the line next to ``H``);
    * ``H`` is ``title`` with its issuer before it (``某某银行`` + ``营业网点…应急预案``): at most
      20 characters, no separator, ``H`` ends in a genre word — a file name often leaves the
      issuer out;
    * ``title`` is a poster's exclamation naming no genre (``镇政府发公告了！…大家注意``), a
      question asking for an example (``…有没有参考？``, ``能给个例子吗？``), or a file's name that names no genre
      (``传真件_0311.pdf``, a suffix or at most five characters), and ``H`` is the first line that reads as a document's title
      (6–60 characters, no sentence end, ends in a genre word);
    * ``title`` is only an issue's number (``2025年第36期``) and ``H`` holds it with the
      periodical's name (:func:`issue_headline`).
    """
    view = view or (lambda x: x)
    if is_issue_only(strip_decoration(view(title or ""))):
        # An issue's number alone ("2025年第36期"): the line naming the periodical with it.
        return issue_headline(title, lines, view)
    flat = view(title).strip()
    key = title_key(flat)
    # A file's name that names no genre (传真件_0311.pdf, 扫描件, 新建文档.docx: a suffix, or
    # at most five characters) says nothing of the document: the first line that reads as
    # a document's title is its headline.
    unnamed = bool(_FILE_SUFFIX.search(flat) or 0 < len(key) <= 5) and not _GENRE.search(strip_decoration(flat))
    # (… and so does a column's name, 社区公告, 通知公告, 工作动态: the kind of page, not the
    # document on it.)
    unnamed = unnamed or (0 < len(key) <= 5 and _COLUMN_NAME.search(key) is not None)
    if len(key) < 4 and not unnamed:
        return ""
    question = bool(_QUESTION.search(flat))  # (the question itself is passed over below)
    # A poster's headline for what they share ("镇政府发公告了！…大家注意", "…招志愿者啦，管饭发T恤！"):
    # an exclamation in the poster's voice, naming no genre at its end; the document they post
    # prints its own title.
    chatty = is_poster_headline(flat)
    # (A question whose asker's note asks for a sample, "…怎么写？" over "…有没有模板？", asks for one too;
    # so does the page's own copy of the question with the plea the record's title left out,
    # "…怎么写？求一篇范文".)
    asks = asks_for_example(flat) or (
        question and any(asks_for_example(view(x)) for x in lines[:8] if title_key(view(x)) != key or pleads_for_sample(view(x)))
    )
    for k, raw in enumerate(lines):
        s = view(raw).strip()
        if not (4 <= len(s) <= 100) or SENTENCE_END.search(s.rstrip("？?")):
            continue
        if unnamed and _FILE_SUFFIX.search(s):
            continue  # the page showing the file's name again is no headline: the text's own follows
        shown = strip_decoration(raw.strip())
        hk = title_key(s)
        if hk == key and not question and len(hk) < 6:
            return shown if shown != title else ""  # a short title the page prints as it is (an entry's 路灯管理所)
        if len(hk) < 6:
            continue
        near = {title_key(view(lines[j])) for j in (k - 1, k + 1) if 0 <= j < len(lines)}
        if hk == key:
            if question or chatty:
                continue  # the question or the poster's headline itself: the document's headline follows
            if shown == title and _own_title_below(lines, k, flat, view):
                continue  # a poster's wording of the title; the document's own stands over its salutation
            return shown if shown != title else ""
        if not question and _GENRE.search(s) and _BRACKET_GLOSS.sub("", hk) == key:
            # The headline with a gloss in brackets the title left out (某某搏克（蒙古式摔跤）俱乐部…方案
            # over a file's name without it): the headline as the page prints it.
            return shown
        if not re.search(r"[？?]", flat) and asks_for_example(flat) and _example_headline(s, shown, hk):
            # A plea for a sample that asks nothing (求一篇…的请示，急用！): the sample's
            # headline is the page's document. (A question that also asks for one, 怎么写？有没有
            # 范文？, finds its headline below, or stands.)
            return shown
        span = _locate(flat, strip_decoration(s))
        if span is not None and len(hk) < len(_squeeze(flat)):
            before, after = flat[: span[0]], flat[span[1] :]
            bk, ak = _squeeze(before), _squeeze(after)
            if len(bk) + len(ak) > 24 or (bk and title_key(before) in near) or (ak and title_key(after) in near):
                continue
            if bk and title_key(before.rstrip(" \u3000-－–—|｜_·,，")) == key:
                continue  # the line is what the title's decoration was (its site: 某词条 - 某某百科)
            if bk and len(bk) >= 6 and any(title_key(view(x)) == title_key(before.rstrip(" \u3000-－–—|｜_·,，:：")) for x in lines):
                continue  # the page prints the rest alone too (headline-site over "site" and "headline" lines): the line is the site's
            if after.lstrip().startswith(("——", "—")):
                continue  # a subtitle
            if before.endswith(("《", "〈")) and after.startswith(("》", "〉")):
                continue  # a name the title quotes (《某某学报》2025年…征稿启事): a word of the title
            if ak and _GENRE.search(after) and not _GENRE.search(s):
                continue  # the title's genre is in the rest: the line is only a part of it
            if bk and before[-1] not in _SEPARATOR_CHARS and not _DECOR.match(bk):
                nxt = view(lines[k + 1]).strip() if k + 1 < len(lines) else ""
                if (
                    not ak and 2 <= len(bk) <= 8 and _squeeze(nxt).startswith(bk) and 2 <= len(_squeeze(nxt)) - len(bk) <= 4
                    and re.search(r"[\s\u3000]", nxt) and not re.search(r"\d", bk)
                ):
                    # "院长在…上的讲话" over a headline "在…上的讲话" with its speaker line "院长　某某"
                    # under it: the site put the speaker's role into the title; the speech's own
                    # title is the headline.
                    return shown
                # An issuer glued to its title, or a word of the title. (Decoration glued
                # before it, 精编…, 最新…, is the site's word: the page prints the title without.)
                continue
            # (An unbracketed "范本" after the headline is the site's word, as ever: only a bracketed
            # "（范本）" is the model's own label.)
            if ak and not (after[0] in _SEPARATOR_CHARS or _DECOR.match(ak) or ak == "范本"):
                continue
            return shown
        if hk.startswith(key) and _OCCASION_SUBTITLE.match(s.strip()[len(flat.strip()) :] if s.strip().startswith(flat.strip()) else ""):
            # The headline with the occasion of a speech the title left out ("…的防范" over
            # "…的防范——在某协会法律讲座上的讲稿"): a speech's title names where it was given.
            return shown
        if not question and hk != key and _titled_salutation(lines, k, flat, view):
            # The document's own title over its salutation ("致全县渔民朋友的一封信" / "全县渔民朋友们："),
            # the same genre as a poster's wording of it (海警站给咱们渔民的一封信): the document's.
            return shown
        if key in hk and _GENRE.search(s):
            at = hk.find(key)
            before, after = hk[:at], hk[at + len(key) :]
            if (
                at == 0 and 4 <= len(after) <= 30 and not _GENRE.search(flat) and not question
                and not any(c in _SEPARATOR_CHARS for c in s.strip())
            ):
                # A title naming no genre, the organisation's name (鸣镝射箭俱乐部 from "课程介绍｜…"),
                # at the head of a headline that ends in one: the headline is the document's title.
                return shown
            # (A title that is only a genre's phrase, 中标结果公告, 工作方案, takes a longer
            # matter before it: the page's <title> named the kind of text, its headline the text.)
            most = 40 if _GENRE_ONLY.match(key) else 20
            if 0 < len(before) <= most and not after and not any(c in _SEPARATOR_CHARS for c in s[: len(s) - len(key)]):
                return shown
        if (
            not question and len(key) >= 8 and 0 < len(hk) - len(key) <= 20 and hk[-2:] == key[-2:] and _GENRE_AT_END.search(s)
            and _in_order(key, hk) and not any(c in _SEPARATOR_CHARS for c in s.strip())
        ):
            # The headline with the issuer and the words a shortened title left out ("2025秋季…
            # 招生简章" under "某某学校2025年秋季…招生简章"): every character of the title, in order.
            return shown
        if (unnamed or asks or chatty) and _example_headline(s, shown, hk):
            return shown
    return ""


def _in_order(short: str, long: str) -> bool:
    """Every character of ``short`` stands in ``long`` in the same order (a subsequence)."""
    it = iter(long)
    return all(ch in it for ch in short)


# A column's name ends in the plural word of what it lists (公告, 通知, 动态, 新闻 …).
_COLUMN_NAME = re.compile(r"(?:公告|通知|通告|公示|动态|新闻|资讯|要闻|文件)$")


# A speech's occasion after a double dash ("——在…上的讲话", "——在…座谈会上的发言").
_OCCASION_SUBTITLE = re.compile(r"^\s*(?:——|－－|--|—)\s*在[^。！？]{2,40}(?:上|中)的(?:讲话|讲稿|发言|致辞|报告|党课|讲座|辅导报告)(?:稿)?$")


def is_poster_headline(title: str) -> bool:
    """``title`` is a poster's headline for what they share (``镇政府发公告了！…大家注意``): an
    exclamation in the poster's voice that names no genre at its end."""
    return bool(_POSTER_VOICE.search(title)) and not _GENRE_AT_END.search(strip_decoration(title))


# The voice of a poster announcing a post (an exclamation, a particle, a hail to the readers).
_POSTER_VOICE = re.compile(r"[！!]|[啦咯喽哈]|了[，,！!]|大家|注意了?$|看过来|速看|快来")


#: An outline heading of a document (GB/T 9704-2012 §7.3.3's 一、/（一）/1., a 第…章).
NUMBERED_HEADING = re.compile(r"^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[.、．](?!\d)|第[一二三四五六七八九十百\d]{1,4}[章节条部分])")


def _example_headline(s: str, shown: str, hk: str) -> bool:
    """``s`` (``shown`` without decoration, ``hk`` its key) reads as a document's headline:
    6–60 characters ending in a genre word, no question, no navigation, no field (a field
    naming the genre, 文件类型：会议纪要, is no headline), no numbered heading of a text, at most
    one gap."""
    return (
        6 <= len(hk) <= 60
        and bool(_GENRE.search(shown))
        and not _QUESTION.search(s)
        and not _NAV.search(s)
        and not _FIELD_LABEL.match(s)
        and not _OWN_FIELD.match(s)
        and not NUMBERED_HEADING.match(s.strip())  # (a text's own 二、课程安排 is no title)
        and len(re.findall(r"[\s\u3000]+", s)) < 2
        # (… nor a page's note on itself in clauses, "本文为…原创普法内容，转载请注明出处，不构成…法律意见":
        # a headline holds one comma at most and never speaks of 本文.)
        and len(re.findall(r"[，,]", s)) < 2
        and not s.lstrip().startswith(("本文", "此文", "本篇"))
    )


# A file's suffix at the end of a record's title (the title is the file's name).
_FILE_SUFFIX = re.compile(r"\.(?:pdf|docx?|wps|rtf|txt|ofd|odt|jpe?g|png|tiff?)\s*$", re.I)


def _squeeze(s: str) -> str:
    return _KEY_OUT.sub("", s)


def _locate(flat: str, line: str) -> tuple[int, int] | None:
    """Where ``line``'s text (spaces, quotes and brackets aside) stands in ``flat``:
    ``(start, end)`` character offsets, or None."""
    idx = [i for i, ch in enumerate(flat) if not _KEY_OUT.match(ch)]
    squeezed = "".join(flat[i] for i in idx)
    needle = _squeeze(line)
    pos = squeezed.find(needle) if needle else -1
    if pos < 0:
        return None
    return idx[pos], idx[pos + len(needle) - 1] + 1


# A question that asks for an example ("…有没有参考？", "能给个例子吗？", "（附范文）"): the page
# answers it with one, whose headline is the page's document. A question that asks how, or
# which genre ("…怎么写？", "用什么文种？", "怎么写？求范文"), is the page's title itself.
_ASKS_FOR_EXAMPLE = re.compile(r"^求(?:一篇|一份|篇|份|个)(?=.{4,}(?:[，,！!]|$))|[？?]\s*求(?:一?[个篇份])?[^？?，,]{0,4}(?:范本|范文|模板|例文|样本)|有没有[^？?]{0,6}(?:参考|范文|范例|例子|样本|模板|例文)|能(?:不能)?给(?:个|一个|一篇|份)[^？?]{0,4}(?:例子|范文|范例|参考|模板)|附范文|附例文")


# A plea after a question for a sample to copy ("…怎么写？求一篇范文", "？求个范本"): the asker wants
# the answer's document, not an explanation. (A question that asks on, "有没有模板？", "能给个例子吗？",
# is still the page's title.)
_PLEA_FOR_SAMPLE = re.compile(r"[？?]\s*求(?:一?[个篇份])?\s*(?:范本|范文|模板|例文|样本)[!！~～。.]*$")


def pleads_for_sample(line: str) -> bool:
    """True when a Q&A page's ``line`` ends its question with a plea for a sample (see
    ``_PLEA_FOR_SAMPLE``: ``…请示怎么写？求一篇范文``)."""
    return bool(_PLEA_FOR_SAMPLE.search(line or ""))


def asks_for_example(title: str) -> bool:
    """True when a Q&A title asks for an example (see ``_ASKS_FOR_EXAMPLE``)."""
    return bool(_ASKS_FOR_EXAMPLE.search(title or ""))


def without_board_tail(line: str) -> str:
    """``line`` without the board and site names a forum prints after a thread's title, each set
    off by a spaced dash or bar (``…该找谁修？ - 民生热线 - 某某在线`` → ``…该找谁修？``)."""
    m = _SPACED_SITE_TAIL.match(line.strip())
    return m.group(1) if m else line


def without_board_tag(line: str) -> str:
    """``line`` (a thread's subject or a question found on the page) without the board's tag in
    brackets before it (``【失物招领】某某路口捡到…？`` → ``某某路口捡到…？``) when at least 8 characters
    follow; a bracket holding a number or a year (``【2025】``) is the line's own. (No labelled title
    opens with such a tag: the labels keep it only as an alternative.)"""
    m = _LEAD_BRACKET.match(line)
    if m and len(line) - m.end() >= 8 and not _LEAD_BRACKET_OWN.search(m.group(0)):
        return line[m.end() :]
    return line


def without_question_label(line: str) -> str:
    """``line`` without the label a Q&A page puts before its question (``问：``, ``Q：``)."""
    return _ASKED_LABEL.sub("", line)


def is_question(title: str) -> bool:
    """True when ``title`` asks a question (``…怎么写？``, ``…有没有参考？``): a Q&A page's
    headline, not a document's title."""
    return bool(_QUESTION.search(title or ""))


def is_title_block_line(line: str) -> bool:
    """True when ``line`` is a line of a speech's title block under its title: a date
    (``（2025年10月18日）``) or the speaker (``会长　某某``, ``——某某在…上``)."""
    return bool(_DATE_ONLY.match(line) or _SPEAKER.match(line)) and len(line) <= 40
