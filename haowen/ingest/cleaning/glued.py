"""Chrome glued to a body line, cut off with the line's text kept (pure Python).

A page's buttons, credits, prompts and links often share a line with the document's text
rather than standing on lines of their own: ``…的通知。【下载Word版】``, ``（编辑：某某）`` after a
news item's last sentence, ``关注我们 …`` before a WeChat article's first sentence, a
``【复制本段】`` box between two sentences. :mod:`.chrome` judges whole lines; this module cuts
those pieces off a line and returns the rest:

* :func:`strip_glued_actions` — pieces glued after a line's last sentence end, before its
  first sentence, and between two of its sentences (each piece judged by
  :func:`.chrome.strong_reason` / :func:`.chrome.edge_reason` or by the patterns below);
* :func:`strip_leading_chrome` — the page's chrome glued before a text's first body line
  (a site's name, a byline, a breadcrumb, a toolbar), with what was cut.

Signals as in :mod:`.chrome`: class vocabularies, brackets, sentence punctuation, length
and position, never one site's strings. Lengths are in characters; every regex is linear
and only run on lines of at most :data:`.chrome.MAX_CHROME_CHARS` characters where it
matters (the cutters look at a line's ends).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ...text.segment import person_name_prefix
from .chrome import (
    ICON_CHARS,
    POST_SUPPLEMENT,
    APPROVAL_STAMP,
    BRACKETED_PHOTO_SOURCE,
    _SHOP_PROMO,
    POSTED_BY,
    SALES_CALL,
    _ADDRESSEE_ONLY,
    _COLLECTION_SELF,
    _DATE_HEAD,
    _DOC_FIELD,
    _EDIT_LINK,
    _FONT_BOX,
    _FONT_ROW,
    _LEADING_POINTS,
    _LEADING_SOURCE,
    _LINK_PROMPT,
    _LONE_BUTTON,
    _MEMBER_MAY,
    _MEMBER_UPSELL,
    _OPEN_APP,
    _PREVIEW_STATE,
    _READER_BUTTON,
    _REL_STAMP,
    _REPRINT_BAN,
    _REPRINT_TERMS,
    _REVISION_STAMP,
    _SELF_REF,
    _SENTENCE_END,
    _SERVICE,
    _UPSELL_VERB,
    _VISIT_SHOP,
    _content_len,
    _font_size_row,
    _has_contact_id,
    _is_arrow,
    _poll_row,
    PREV_NEXT_UNITS,
    action_words,
    arrow_marked,
    edge_reason,
    notice_reason,
    prompt_class_reason,
    strong_reason,
    ui_reason,
)

__all__ = ["strip_glued_actions", "strip_leading_chrome"]


# A bracket glued after a line's last sentence ("…报修。（编辑：某某）").
_GLUED_PAREN_CREDIT = re.compile(r"(?<=[。！？：])\s*([（(][^（）()。！？]{2,30}[）)])$")
# Bracketed buttons glued after a line's last sentence: "…问题。【下载完整版】".
_GLUED_BUTTONS = re.compile(r"(?:(?<=[。！？])|(?<=[\d〇零一二三四五六七八九十]日)|(?<=日印发)|(?<=日发布))\s*((?:[^。！？【】\[\]〔〕\s]{1,4}[：:]\s*)?(?:[【\[〔][^【】\[\]〔〕]{1,20}[】\]〕]\s*){1,4})$")
# A button in parentheses glued after a line's last sentence: "…任务。（本段可一键复制）" —
# what the page lets the reader do with the text (copy, download, save), never a note of
# the document's own (（略）, （见附件）, （此件公开发布）).
_GLUED_PAREN_BUTTON = re.compile(
    r"(?<=[。！？])\s*([（(](?:本段|此段|全文|本文)?(?:可|可以|点击|点此)?(?:一键)?(?:复制|下载|收藏|打印|保存|分享|编辑|修改)(?:本段|此段|全文|本文)?[)）])$"
)
# Bracketed buttons glued before a line's text: "【复制本段】（一）…", "〔打印〕〔收藏〕一、…".
_LEADING_BUTTONS = re.compile(r"^((?:[【\[〔][^【】\[\]〔〕]{1,8}[】\]〕]\s*){1,4})(?=\S)")
# The verbs a button starts with (what it does to the page), and the unbracketed buttons
# that expand or open a text ("展开全文", "点击查看大图"), glued before a line's text.
_BUTTON_VERB = re.compile(r"^(?:点击|点此|下载|复制|打印|收藏|分享|展开|收起|查看|阅读|保存|登录|注册|开通|购买|转发|加入|一键)")
_EXPAND_HEAD = re.compile(
    r"^(?:展开(?:阅读)?全文|收起全文|阅读全文|点击(?:查看|展开|阅读)(?:全文|更多|原文|详情|大图)?)(?![件本稿])(?:[>»∨︾▼↓]+|\s+)?(?=[\u4e00-\u9fff“（(])"
)
# A keyed bar glued after a line's last sentence: "分享到：朋友圈 微博", "扫码关注：某某".
_GLUED_KEYED = re.compile(r"(?<=[。！？])\s*((?P<key>[^。！？，,：:\s]{2,6})\s*[：:][^。！？，,：:]{1,24})$")
# Two to four keyed cells apart by spaces glued after the last sentence ("…上课。来源：某某融媒体中心　编辑：某某").
_GLUED_KEYED_CELLS = re.compile(r"(?<=[。！？])\s*((?:[^。！？，,：:\s]{2,6}\s*[：:]\s*[^。！？，,：:\s]{1,16}[ \u3000]+){1,3}[^。！？，,：:\s]{2,6}\s*[：:]\s*[^。！？，,：:\s]{1,16})$")
# A short button glued after a line's last sentence: a verb and what it acts on
# ("下载本文", "展开全文", "点击查看大图", "收藏本页").
_GLUED_BUTTON_TAIL = re.compile(
    r"^(?:点击|点此)?(?:下载|复制|打印|收藏|分享|展开|收起|查看|阅读|保存|转发|编辑)+"
    r"(?:本文|全文|本页|原文|大图|更多|全部|本篇|这一?篇|此文|本段|链接|详情|文档|完整版"
    # … or what is left of the text ("点击展开余下内容", "查看剩余部分").
    r"|(?:余下|剩余|剩下|其余|全部|更多|完整)(?:的)?(?:内容|部分|文字|章节|正文))?\s*[>»→∨]*$"
)
# A link glued after it without brackets: "…氛围。点此继续阅读>>".
_GLUED_LINK = re.compile(r"(?<=[。！？])\s*([^。！？，,\s]{2,14}?\s*(?:>>|»|→|>)?)$")


# A lead-in to a list closing at a colon ("…协助以下事项：", "…通知如下：", "…具体要求是："), never a field's key.
_LEAD_IN_BEFORE_COLON = re.compile(r"(?:如下|以下[\u4e00-\u9fff]{0,4}|下列[\u4e00-\u9fff]{0,4}|几点|要求是|事项)[：:]$")
# A bracketed label and a headline after a line's last sentence ("…。【延伸阅读】某某产业园二期开工").
_GLUED_RELATED_LINK = re.compile(r"(?<=[。！？”])\s*([【\[〔][^【】\[\]〔〕]{2,8}[】\]〕][^。！？【】\[\]〔〕]{2,40})$")


# The kinds of prompt (words of strong_reason's reasons) that are never the start of a sentence
# cut by a wrap: glued after a line's last sentence, the prompt goes and the sentence stays.
_GLUED_TAIL_KINDS = (
    "page's buttons", "tip the author", "supplied", "by an arrow", "ending in an arrow", "font-size",
    "reader's voice", "shop's promotion", "reaction counter", "writing service", "AI writing button",
    "between bars", "promotion's offer", "button to act now", "prompt to click", "star the account", "free consultation",
    "call to follow", "react to the page", "message the poster", "phone page's prompt", "study points",
    "study check-in", "trial class", "seller's prompt", "floating widget", "forum's edit stamp",
    "reply by its floor", "chat widget", "leave a phone number", "button word alone", "search cache",
    "relative time the page", "read on in the app", "bookmark the site", "reaction counters", "related list or tags", "what the board did", "share button", "who checked and put up",
    "model-text site's disclaimer", "sharing platform's rule", "upsell to a membership", "watermark", "download site's instructions",
    "previous / next link", "menu items between bars", "in the reader's voice", "chat widget", "related list or tags",
    "where the page collects", "comment box's prompt", "read on in the site's app", "files the piece in",
    "bookmark the post", "book through the site's account",
)


# A reference mark after a sentence: the paragraph's last ("…即为零位误差。[2]", "…。[1][3]") or one before
# the next ("…则寓意吉祥如意。[2]如今，…").
_GLUED_REFERENCE_MARK = re.compile(r"(?<=[。！？])(?:[ \t]*[\[［](?:注\s*)?\d{1,3}(?:\s*[-–,，、]\s*\d{1,3})*[\]］])+(?:[ \t]*$|(?=[\u4e00-\u9fff“]))")
# An entry of a list of references or notes: its mark, then its words ("[1] 《…》，某某出版社").
REFERENCE_LIST_ITEM = re.compile(r"^[\[［](?:注\s*)?\d{1,3}[\]］]\s*[^\s\[\]［］]")


def strip_reference_marks(text: str) -> str:
    """``text`` without the reference marks after its sentences (``…即为零位误差。[2]`` →
    ``…即为零位误差。``; ``…如意。[2]如今，…`` → ``…如意。如今，…``): a wiki's, in every labelled part.
    Not for a document that keeps its own notes (a work report's ``［26］七个有之：…``): the caller
    keeps their marks; a mark inside a sentence (``…“七个有之”［26］，…``) always stays. A circled
    figure closing the line (``…手臂肌肉。①``) goes too; between sentences it may number the next item
    (``…领导。②完善…``) and stays."""
    if text[-1:] in _CIRCLED:
        text = _TRAILING_CIRCLED_MARK.sub("", text)
    if "]" not in text and "］" not in text:
        return text
    return _GLUED_REFERENCE_MARK.sub("", text)


_CIRCLED = frozenset("①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳")
_TRAILING_CIRCLED_MARK = re.compile(r"(?<=[。！？])[①-⑳]+\s*$")


def _last_stop(text: str, end: int | None = None, marks: str = "。！？") -> int:
    """The index of the last of ``marks`` (sentence ends) in ``text[:end]``, or -1."""
    return max(text.rfind(c, 0, end) for c in marks)


# A bracketed note opening a line (at most 40 characters in its brackets).
_LEADING_COPY_NOTE = re.compile(r"^[〔【\[（(][^〔〕【】\[\]（）()]{2,40}[〕】\]）)]")


# An app's button to insert a block, glued inside the text ("…（按实际名单介绍）＋插入嘉宾名单模板下面进行…").
_GLUED_INSERT_BUTTON = re.compile(r"(?<=[\u4e00-\u9fff）)。！？])[＋+]\s*(?:插入|添加|导入)[\u4e00-\u9fff]{1,8}(?:模板|名单|表格|图片|段落)")


# A speech's or a notice's lead-in to what follows, closing its line ("我讲三点要求：", "现将有关事项通知如下：").
_LEAD_IN_TAIL = re.compile(r"(?:我(?:讲|谈|说)|下面(?:我)?(?:讲|谈|就)|现(?:将|就))[^。！？，,：:]{0,14}[：:]$")


def strip_glued_actions(text: str) -> str:
    """``text`` without action buttons glued after its last sentence end, nor a tag of who
    supplied it glued before its first words (``学校供稿各班主任：``, ``某某原创首发回到岗位后，…``).

    A short question that leads into the prompt (``积分不够？签到即可获取积分``, ``材料写不出？…``)
    goes with it; when nothing but that question stands before the prompt, the line is
    returned whole (it is chrome whole: :func:`strong_reason`).
    A speech's lead-in closing the line (``我讲三点要求：``) that a prompt ran into stays after the prompt goes.
    """
    if len(text) <= 30 and text[:1] in "[【〔(（" and not _SENTENCE_END.search(text) and (strong_reason(text) or "").startswith("meta: a photo's caption"):
        return text  # "[照片] 某某活动室的两台…": a caption under its label, chrome whole (no button before a text)
    m = _LEAD_IN_TAIL.search(text) if text[-1:] in "：:" else None
    if m and m.start() > 0 and text[m.start() - 1] not in "。！？：:，,":
        head = strip_glued_actions(text[: m.start()])
        if head != text[: m.start()]:
            return head + text[m.start() :]  # "…写不顺？私信某某，48小时内出稿我讲三点要求：": the lead-in stays
    m = _LEADING_COPY_NOTE.match(text) if text[:1] in "〔【[（(" else None
    if m and len(text) - m.end() >= 8 and (strong_reason(m.group(0)) or "").startswith("notice: a bracketed note on the page's copy"):
        text = text[m.end() :]  # "〔小编注：原文此处附检查表，略〕（二）…": the page's note on its copy glued before an item
    m = _LEADING_BOX.match(text)
    if m and _MINUTES_FIELD.match(text, m.end()) and (strong_reason(m.group(0).strip()) or "").startswith(("notice:", "action:")):
        return text[m.end() :]  # "【内部资料 严禁外传】时间：…": the page's banner glued before a minutes' field
    if len(text) <= 40 and text[:1] in "【[〔" and (strong_reason(text) or "").startswith(("list: a community board's advert", "action: an advertisement")):
        return text  # "【广告】…，电话预约": an advert whole, never a label glued before a text
    if len(text) <= 24:
        m = _ICON_EDIT_TAIL.search(text) or _PLAIN_EDIT_TAIL.search(text)
        if m and m.start() >= 2:
            text = text[: m.start()].rstrip()  # "结构✎修改本节": a wiki's edit link after a section heading
        m = _TAIL_TEXT_BOX.search(text)
        if m and m.start() >= 2 and not _SENTENCE_END.search(text) and (strong_reason(m.group(0).strip()) or "").startswith("action: a bracketed button on the text"):
            text = text[: m.start()]  # "材质与类型[编辑此段]": the edit button after a section heading
    if "下载" in text[-8:]:
        m = _FILE_DOWNLOAD_BUTTON.search(text)
        if m:
            text = text[: m.start(1)]  # "附件：询价文件.zip　点击下载": the file's name stays, its button goes
    if "插入" in text or "添加" in text or "导入" in text:
        text = _GLUED_INSERT_BUTTON.sub("", text)
    if ("关注" in text or "喝" in text) and len(text) > 20:
        text = _strip_prompt_sentences(text)
    if ("转载" in text or "搬运" in text) and len(text) > 20:
        text = _strip_reprint_sentences(text)
    if len(text) > 20 and _PITCH_HINT.search(text):
        text = _strip_pitch_sentences(text)
    if len(text) > 20 and ("〔" in text or "【" in text or "（" in text or "(" in text):
        text = _strip_bracketed_pitch(text)
    if len(text) > 20 and _PROMPT_HINT.search(text, 0, 30):
        # "下载某某App，参与暑期活动报名据了解，…": an app's prompt run into a news paragraph's first words.
        text = _cut_prompt_before_opener(text)
    # (A salutation that opens on its usual word after the prompt's last word, "…每天第一时间看某某全镇广大居民
    # 朋友们：", starts there: the words between are the account's name.)
    k = _glued_prompt_end(text)
    later = _prompt_before_salutation(text)
    if k and later > k and not re.fullmatch(r"(?!各)[\u4e00-\u9fff]{1,8}", text[k:later]):
        later = 0  # (an addressee's own words before the salutation's word: "各机关…及全县广大职工：")
    k = max(k, later) or _prompt_before_heading(text)
    if k:
        text = text[k:]  # "…设为星标天气转冷，…", "学习打卡：读完本篇…积2分二、…": a prompt run into the text
    m = _SPACED_PROMPT_BETWEEN.search(text) if " " in text or "\u3000" in text else None
    if m and _SENTENCE_END.search(text, m.end()) and _named_prompt(m.group(1).strip()):
        # "…就飞走了。觉得有趣就请我喝杯茶吧 ☕ 后来，…": a prompt set off by a space between two
        # sentences; both sentences stay.
        text = text[: m.start(1)] + text[m.end() :]
    # (Only a line holding a prompt's last word or a heading's number is looked at: most lines hold none.)
    for m in _SENTENCE_END_BEFORE_PROMPT.finditer(text) if _PROMPT_WORDS.search(text) and (_PROMPT_LAST_WORD.search(text) or _HEADING_NUMBER.search(text)) else ():
        # "…三个项目。点赞本文得积分比赛坚持…": a prompt run into the next sentence, between two;
        # "…18万元。会员可下载本文Word版三是服务群众。": … or into the next item's number.
        # (Not after a question: "还不是会员？点击在线申请入会三、…" is a prompt its question leads in, cut whole
        # by the cut of prompts with a lead question.)
        # (Only a piece holding a page's word is looked at before the next item's number: most sentences hold none.)
        rest = text[m.end() :]
        k = _glued_prompt_end(rest) or (
            _prompt_before_heading(rest) if text[m.start()] in "。！" and _PAGE_WORD_AHEAD.search(rest, 0, 42) else 0
        )
        if k:
            start = m.end()
            if text[m.start()] in "？?":
                # (A short question leading the prompt in goes with it: "…摔过跤。心得写不出深度？某某顾问在线改稿，
                # 微信 某某一盏…".)
                p = _last_stop(text, m.start())
                if p >= 0 and m.start() - p - 1 <= _LEAD_QUESTION_CHARS:
                    start = p + 1
            text = text[:start] + text[m.end() + k :]
            break
    m = _LEADING_COLUMN_TAG.match(text) or _LEADING_STATE_TAG.match(text)
    if m and _ADDRESSEE_REST.match(text, m.end()):
        text = text[m.end() :]  # "学前教研栏目各幼儿园：", "置顶｜各位居民朋友：": the page's column or state glued before the addressee
    m = _LEADING_SUPPLIED_TAG.match(text)
    if m and ((len(text) - m.end() >= 8 and _SENTENCE_END.search(text, m.end())) or (len(text) - m.end() >= 4 and text.endswith(("：", ":")))):
        text = text[m.end() :]
    end = _last_stop(text)
    if end >= 4 and 2 <= len(text) - end - 1 < 6 and (strong_reason(text[end + 1 :]) or "").startswith("action: a button of an icon"):
        return text[: end + 1]  # "…耽误上学。✎续写": an app's button after the last sentence
    m = _SALUTATION_THEN_PROMPT.match(text) if len(text) <= 60 else None
    reason = (strong_reason(m.group(2).strip()) or "") if m else ""
    if reason.startswith("action:") and "action words" not in reason:
        return m.group(1)  # "亲爱的居民朋友们：👉 觉得有用就转发到楼栋群": the salutation stays, the prompt goes
    m = _GLUED_RELATED_LINK.search(text) if "】" in text or "]" in text or "〕" in text else None
    if m and m.start() >= 10 and (strong_reason(m.group(1)) or "").startswith("list: a link to a related article"):
        return text[: m.start()]  # "…缩短到12秒。【延伸阅读】某某产业园二期开工": a related article's link, its label and headline
    cut = _strip_glued_actions(text)
    for _ in range(2):
        # (Pieces glued one after another, "…。目录　上一篇：…　下一篇：…请勿转载。": each goes.)
        again = _strip_glued_actions(cut) if cut != text and len(cut) >= 10 else cut
        if again == cut:
            break
        cut = again
    if cut == text and len(text) > 12 and ("？" in text[-40:] or "?" in text[-40:]):
        # "…整改。遇到纠纷？在线免费咨询，律师10分钟内回复": a prompt whose question leads it in.
        q = max(text.rfind("？"), text.rfind("?"))
        p = _last_stop(text, q, "。！")
        lead_in = text[p + 1 :]
        if p > 0 and q - p - 1 <= _LEAD_QUESTION_CHARS and len(lead_in) <= 40 and (strong_reason(lead_in) or "").startswith(("action:", "contact:")):
            return text[: p + 1]
    if cut != text and text.endswith(cut) and len(cut) < len(text):
        # Only a prompt before the text went ("点击上方蓝字关注我们暑假一到，…。（图片源自网络…）"):
        # what is glued after its last sentence is looked at as on any line.
        return strip_glued_actions(cut)
    if cut != text and not text.endswith(cut) and cut.endswith(("？", "?")):
        # (Only when a prompt was cut after the question: one cut before the text, "点击上方蓝字
        # 关注我们不少居民…？", leaves the text's own question at its end.)
        before = _last_stop(cut, len(cut) - 1)
        # (… or from the row's last cell: "某某范文苑　稿子憋不出来？来苑里翻一翻　登录 ｜ …", a header's row whose
        # slogan leads into its buttons; the cells before it stay, to be judged as a line.)
        cell = cut.rfind("\u3000", 0, len(cut) - 1)
        if cell > before and len(cut) - cell - 1 <= _LEAD_QUESTION_CHARS and cut[:cell].strip():
            return cut[:cell].rstrip()
        if len(cut) - before - 1 <= _LEAD_QUESTION_CHARS:
            return cut[: before + 1] if before >= 0 else text
        if before < 0 and _named_prompt(text):
            return text  # "想和某某一样…？预约一节免费体验课 →": the line is the question and its prompt, chrome whole
    if cut == text and len(text) > 16:
        # A prompt glued after the last sentence that is chrome by itself, strongly (…爱护草坪。
        # 长按二维码，关注某某，获取更多…; …2.3亿元。会员可查看完整内容，开通会员¥18/月).
        end = _last_stop(text, None, "。！")
        tail = text[end + 1 :].strip()
        # (… or a follow button of four or five characters, "+关注答主".)
        if end >= 6 and (6 <= len(tail) <= 40 or (4 <= len(tail) and tail[0] in "+＋")) and not _SENTENCE_END.search(tail.rstrip("）)")) and not _LEAD_IN_END.search(tail):
            # (A class of prompt, not a count of action words: "下载中心将于下月开通会员" is the
            # start of a sentence; nor is a lead-in to the list below, "…现将…通报如下：".)
            reason = strong_reason(tail) or ""
            if _DENSITY_REASON.match(reason) and (_MEMBER_UPSELL.match(tail) or _PREVIEW_STATE.search(tail)):
                reason = "action: an upsell or a preview's state"  # (开通VIP即可复制本文全部内容: a class, not a count)
            elif _DENSITY_REASON.match(reason):
                # (A count of action words that a class of prompt explains, "学习积分+2，点击领取": the class.)
                # (… or a prompt to react by its class, "点个在看，让更多人看到".)
                reason = ui_reason(tail, len(tail)) or prompt_class_reason(tail) or reason
            if not reason and (
                notice_reason(tail, len(tail)) or (_REPRINT_TERMS.search(tail) and (_SELF_REF.search(tail) or re.search(r"文集|文章|文字|原创", tail)))
            ):
                reason = "notice:"  # (a reprint or rights notice after the last sentence: 原创文字，转载请注明出处)
            density = _DENSITY_REASON.match(reason)
            # (… or the page's counters under their labels or icons: "…就帮一把。阅读(219) 评论(4)", "…👍 有用 126 👎 没用 3".)
            if reason.startswith(
                ("action:", "contact:", "notice:", "list: a link", "meta: a forum's edit stamp", "meta: a blog's counters", "meta: a row of icons and counts")
            ) and (not density or int(density.group(1) or 0) >= 4):
                return text[: end + 1]
    if cut == text and len(text) > 24 and "：" in text[-24:]:
        # A prompt after a lead-in's colon closing the line ("…现商请贵会协助以下事项：手机扫码继续阅读本文"): an
        # action by a named class (no count of action words) goes; the lead-in stays for the list below.
        k = text.rfind("：")
        tail = text[k + 1 :].strip()
        reason = (strong_reason(tail) or "") if 4 <= len(tail) <= 20 and not _SENTENCE_END.search(tail) else ""
        if k >= 10 and reason.startswith("action:") and not _DENSITY_REASON.match(reason) and _LEAD_IN_BEFORE_COLON.search(text, 0, k + 1):
            return text[: k + 1]
    if cut == text and len(text) > 16 and text[-1] in "？?":
        # A related article's link after the last sentence, its headline a question ("…误差。延伸阅读：
        # 木工职业技能等级认定怎么报名？").
        end = _last_stop(text, len(text) - 1, "。！")
        tail = text[end + 1 :].strip()
        if end >= 10 and len(tail) <= 40 and (strong_reason(tail) or "").startswith("list: a link to a related article"):
            return text[: end + 1]
    if cut == text and len(text) > 24 and text[-1] in "。！":
        # A reprint notice as the last sentence ("…来看看。原创文字，转载请留言告知并注明出处。"):
        # the author's own terms, not a sentence of the text.
        end = _last_stop(text, len(text) - 1)
        tail = text[end + 1 :]
        if end >= 10 and len(tail) <= 30 and (_REPRINT_TERMS.search(tail) or _REPRINT_BAN.search(tail)) and (_SELF_REF.search(tail) or _COLLECTION_SELF.search(tail)):
            return text[: end + 1]
        if end >= 10 and len(tail) <= 40 and ("不构成" in tail or "仅针对" in tail) and (strong_reason(tail) or "").startswith(_DISCLAIMER_SENTENCE_REASONS):
            # (… or a Q&A's or a firm's disclaimer: "…咨询。律师解答仅针对提问者描述的情况，不作为办案依据。")
            return text[: end + 1]
        if end >= 10 and len(tail) <= 30 and "私信" in tail and (strong_reason(tail) or "").startswith("action: an invitation to message"):
            # (… or an invitation to message the firm: "…按清单交接。有劳动用工问题，欢迎私信某某律师团队。")
            return text[: end + 1]
    return cut


# What one box glued after a line's last sentence may be (see strip_glued_actions): a button, a forum's
# edit stamp ("[本帖最后由 某某 于 3 天前 编辑]"), a portal's featured stamp ("【已推荐至某某网首页】").
_GLUED_BOX_REASONS = ("action:", "meta: a forum's stamp of the post's last edit", "meta: a portal's stamp that the piece was featured")
# The disclaimers a page writes as the last sentence of the text's last line (see strip_glued_actions; a
# line's last sentence is only asked about when it holds their words, 不构成 or 仅针对).
_DISCLAIMER_SENTENCE_REASONS = ("notice: a Q&A's note on the scope of its answers", "notice: a disclaimer that the page gives no advice")
# A salutation with a prompt glued after its colon ("亲爱的居民朋友们：👉 觉得有用就转发到楼栋群").
_SALUTATION_THEN_PROMPT = re.compile(r"^((?:尊敬的|亲爱的|各位)?[\u4e00-\u9fff、]{2,20}(?:们|朋友|同志|家长|居民|村民|会员|员工|同事|职工|同学|老师)[：:])\s*(\S.{3,30})$")
# The words a prompt between two sentences holds, one of them at least (its last word, see _PROMPT_LAST_WORD,
# or a page's word before an item's number, see _PAGE_WORD_AHEAD): a cheap test before the costly ones.
_PAGE_WORDS = r"会员|留言|下载|开通|VIP|vip|点击|点此|扫码|关注|登录|领取|复制|收藏|分享|转发|打印|付费|查看|解锁|购买|试读|预览|咨询|报名|定制|代写"
_PROMPT_WORDS = re.compile(
    r"星标|置顶|点个?赞|积分|积\s*\d+\s*分|学分|学时|订阅|续写|改写|扩写|润色|体验更|阅读更|看更多|听更多|第一时间|喝|朗读|收听|收进|点这里|[♡❤♥]|" + _PAGE_WORDS
)
# A word of the page's (a member, a download, a click, a login …) in a piece before an item's number.
_PAGE_WORD_AHEAD = re.compile(_PAGE_WORDS)
# A sentence of a line, with its end mark (see _strip_prompt_sentences).
_SENTENCE_PIECE = re.compile(r"[^。！？]+[。！？]?")
# The classes of prompt a page writes as a sentence of the text (see _strip_prompt_sentences).
_PROMPT_SENTENCE_REASONS = ("action: a call to follow the author for updates", "action: a tip prompt if the reader liked it")


def _strip_sentences(text: str, page_sentence: Callable[[str], bool], lead_questions: bool = False) -> str:
    """``text`` without its sentences of at most 30 characters that ``page_sentence`` says are the
    page's, wherever they stand in the line; at least 10 characters of other sentences must stay,
    else ``text`` whole (a line that is such a sentence alone is judged as a line). With
    ``lead_questions``, a question of at most 12 characters is judged with the sentence after it
    (``写材料卡壳？某某帮您逐段改稿。``: a pitch's lead question is the pitch's)."""
    pieces = _SENTENCE_PIECE.findall(text)
    if lead_questions:
        merged: list[str] = []
        for p in pieces:
            # (Only a piece before the last ends in a question mark: _SENTENCE_PIECE splits at full-width marks.)
            if merged and merged[-1].endswith("？") and len(merged[-1].strip()) <= 12:
                merged[-1] += p
            else:
                merged.append(p)
        pieces = merged
    if len(pieces) < 2:
        return text
    kept = [p for p in pieces if len(p) > 30 or not page_sentence(p)]
    rest = "".join(kept)
    return rest.strip() if len(kept) < len(pieces) and len(rest.strip()) >= 10 else text


def _strip_prompt_sentences(text: str) -> str:
    """``text`` without the sentences that are a follow or tip prompt by a class of its own
    (``…凹坑。觉得写得还行，可以请某某喝杯茶。``, ``关注某某，每周更新手艺故事。余师傅说，…``; see
    :func:`_strip_sentences`)."""
    return _strip_sentences(text, lambda p: (strong_reason(p.strip()) or "").startswith(_PROMPT_SENTENCE_REASONS))


# Words of a service's pitch or a copy lock written as a sentence of the text (see _strip_pitch_sentences).
_PITCH_HINT = re.compile(r"帮(?:您|你)|类似(?:问题|纠纷|案件|情况)|下载后(?:可|即可|才能|方可)?复制|内容已加密")
_PITCH_SENTENCE_REASONS = (
    "contact: a writing service's offer to write or polish",
    "contact: a law firm's pitch under a case",
)


def _strip_pitch_sentences(text: str) -> str:
    """``text`` without a sentence that is a writing service's offer or a law firm's pitch by a class of
    its own (``…质量标准一律不降。写材料卡壳？某某帮您逐段改稿。有条件的学校…``), or a copy lock's note
    (``本页内容已加密，下载后可复制全文。``; see :func:`_strip_sentences`)."""
    # (A piece that runs on into the text's next point, "…守诺律师当天回复第二，使用人是否有过错。", is left to the
    # cut before that point's number: the sentence after the pitch is the text's.)
    return _strip_sentences(
        text,
        lambda p: not _HEADING_NUMBER.search(p)
        and ((strong_reason(p.strip()) or "").startswith(_PITCH_SENTENCE_REASONS) or bool(_COPY_LOCK.search(p))),
        lead_questions=True,
    )


# A page's note that its text is locked until downloaded (本页内容已加密，下载后可复制全文。).
_COPY_LOCK = re.compile(r"下载后(?:可|即可|才能|方可)?复制|内容已加密")


def _strip_reprint_sentences(text: str) -> str:
    """``text`` without a sentence that bans or sets terms for reprinting the text (``…28秒。本文为会员原创，
    未经授权禁止转载。三是…``; see :func:`_strip_sentences`). (No labelled body line speaks of 转载 at all.)"""
    return _strip_sentences(text, lambda p: bool((_REPRINT_BAN.search(p) or _REPRINT_TERMS.search(p)) and _SELF_REF.search(p)))


# A bracketed piece between two sentences ("…讲得很实在。〔写材料找某某，微信号 …〕下面，我讲三点意见。").
_BRACKETED_BETWEEN = re.compile(r"(?<=[。！？])\s*([〔【\[（(])([^〔〕【】\[\]（）()。！？]{4,40})([〕】\]）)])\s*(?=[\u4e00-\u9fff“])")


def _strip_bracketed_pitch(text: str) -> str:
    """``text`` without a bracketed piece between two sentences whose words are a writing service's
    pitch or a contact by a named class (:func:`strong_reason` of the words inside: ``〔写材料找某某，
    微信号 …〕``); the sentences around it stay. A note of the text's own in brackets (``（见附件1）``)
    is no contact and stays."""
    for m in _BRACKETED_BETWEEN.finditer(text):
        reason = strong_reason(m.group(2).strip()) or ""
        if reason.startswith("contact:"):
            return text[: m.start()] + text[m.end() :]
    return text


# An edit link of an icon and an edit verb closing a short line ("结构✎修改本节", "历史 ✏编辑").
_ICON_EDIT_TAIL = re.compile(rf"\s*[{ICON_CHARS}]\s*(?:编辑|修改|修订|完善|改写|改)(?:本节|本段|此节|此段|段落|词条)?$")
# … or a wiki's edit link run into a short heading without an icon ("形制编辑本节").
_PLAIN_EDIT_TAIL = re.compile(r"(?<=[\u4e00-\u9fff])(?:编辑|修改)(?:本节|此节)$")
# A download button after a file's name ("….zip　点击下载", "….docx [下载]").
_FILE_DOWNLOAD_BUTTON = re.compile(r"\.(?:zip|rar|7z|docx?|pdf|xlsx?|wps|pptx?)([\s\u3000]*[【\[（(]?\s*(?:点击下载|立即下载|下载附件|下载)\s*[】\]）)]?)$", re.I)
# The last word of a prompt that a page runs into the text without a break: starring the account,
# pinning it, the points a reading earns ("…把某某设为星标天气转冷…", "…可在“某某”积2分二、…").
# (… or following it, an AI tool's verb, the points a like earns: "戳上方蓝色名字，关注我们最近，…",
# "某某AI帮你续写希望…", "…。点赞本文得积分比赛…".)
_PROMPT_LAST_WORD = re.compile(r"(?<=[”」』])可?一键关注|(?<=^点击上方)蓝字[“\"][^”\"]{1,12}[”\"](?![^。！？]{0,6}(?:关注|订阅|星标|置顶))|(?:推送|更新|文章|精彩|消息)不再错过|第一时间(?:收到|接收|看到|获取)[^，。！？]{0,4}?(?:推送|更新|文章|提醒|提示|通知|消息|资讯)|(?<=[，,])[^，。！？]{2,8}第一时间看(?![到见])|(?:关注|订阅)不迷路|星标|置顶|积\s*\d+\s*分|(?:得|获|赚|领)\s*\d*\s*(?:个)?(?:学习)?积分|累计(?:学习)?(?:积分|学时|学分)|(?:关注|订阅)(?:我们|本号|公众号)|(?:续写|改写|扩写|润色)(?:本段|这段|此段|这一段|全文|本文)?(?=[\u4e00-\u9fff“])"
    # (… or the better reading an app promises: "打开某某新闻App，阅读体验更佳元旦前夕，…")
    r"|(?:阅读)?体验更(?:佳|好|流畅)|阅读更(?:流畅|舒适|方便)"
    # (… or what more it shows: "…看更多乡镇新鲜事初夏时节，…")
    r"|看更多[\u4e00-\u9fff]{0,6}(?:新鲜事|新闻|资讯|内容|好文|故事)"
    # (… or a plea to like or forward the page closed by its particle: "觉得有用就点个赞吧几轮下来，…")
    r"|(?:点个?赞|点个在看|收藏|转发|分享)(?:一下|支持一下)?[吧哦呀啦](?=[\u4e00-\u9fff“])"
    # (… or following the account its quotes name: "↑ 轻点“某某医院”加关注你家一个月…")
    r"|[”\"」]\s*(?:加个?|\+)关注"
    # (… or "关注" right after the quoted name, a comma and what it brings next: "点上方“某某”关注，每天一条…")
    r"|[”\"」]\s*关注(?=[，,])"
    # (… or the drink a tip buys: "…暖黄起来。☕ 请阿灯喝杯茶我趴在条案边…")
    r"|喝(?:一?杯|碗|瓶)(?:茶|咖啡|豆浆|奶茶)"
    # (… or the read-aloud button: "♪ 朗读本篇父亲会编…")
    r"|(?:朗读|收听)(?:本篇|本文|全文)(?:的)?(?:语音版|音频版|语音|音频)?"
    # (… or what an outlet's app lets one hear: "打开「某某发布」，听更多乡音“嘣——”…")
    r"|(?<=[，,])听更多(?:[\u4e00-\u9fff]{0,4}(?:故事|新闻|资讯|节目|声音|乡音|好文)|[\u4e00-\u9fff]{2})"
    # (… or the account it names in quotes: "点击上方蓝字，关注“某某社区”每周二上午，…")
    # (never when the account's kind or the clause goes on: "扫码关注“某某”公众号，在…登记" is the text's)
    r"|关注\s*[“\"「][^”\"」]{2,12}[”\"」](?!\s*(?:公众号|服务号|订阅号|视频号|小程序|抖音号|账号|号|[，,。；：、]))"
    # (… or what it promises first, after a comma: "关注“某某公安”，平安消息早知道近日，…", "把某某网站加入书签，
    # 行业新规早知道全县…同行们：")
    r"|(?<=[，,])[^，,。！？]{1,10}?(?:早知道|不迷路|不走丢|不走散|不漏看|不掉线|天天见|天天学|天天送)"
    # (… or when it brings its news: "关注“某某市场监管”，消费提示每周送达天气转凉，…")
    r"|(?<=[，,])[^，,。！？]{0,8}(?:每周|每天|每日|每月)(?:送达|推送)"
    # (… or what it brings each week: "轻点上方“某某文化云”，每周看文化活动为丰富…")
    r"|(?<=[，,])(?:每周|每天|每日|每月)(?:看|听|学)[\u4e00-\u9fff]{0,4}?(?:活动|资讯|新闻|好文|故事|知识|节目|动态)"
    # (… or the folder it collects the text into: "…移开。点这里收进我的文稿夹我在练习板上…")
    r"|收(?:进|入|藏到)(?:我的)?[\u4e00-\u9fff]{0,4}(?:夹|书架)"
    # (… or the chat widget it points at: "…欺诈。类似情况可点右侧免费咨询建议您先…")
    r"|点(?:击)?(?:右侧|左侧|右下角|下方)[^，。！？]{0,4}(?:咨询|客服|留言)"
    # (… or a like button and its count: "…锁住了”。♡ 喜欢(12)后来我上了学…")
    r"|[♡❤♥]\s*(?:喜欢|点赞|赞|收藏)\s*(?:[（(]\d{1,6}[）)])?"
    # (… or a button sharing the page: "…逐户登记。一键分享本文到朋友圈每次服务结束…")
    # (… or to the family's chat: "〔小贴士〕长按本页可转发到家人群安装工作由…")
    r"|(?:分享|转发)(?:本文|此文|本篇|本页|此页)?(?:到|至|给)(?:家人|亲友|朋友|邻居|同事)?(?:朋友圈|微信群?|群|微博|QQ)"
    # (… or a lawyer offered to look at the reader's case: "…点此让律师一对一帮你看看大米在…")
    r"|(?:让|请|找)律师[^。！？，]{0,6}(?:看看|分析|把关)")
# … and what starring brings, after a comma and the account's quoted name ("，停水通知不错过",
# "“某某社区”，通知不错过").
_BENEFIT_TAIL = re.compile(
    # (… or "不漏看", "不走散", "不掉线": "…设为星标不走散", "，健康提醒不漏看")
    r"(?:\s*[“\"「][^”\"」]{1,12}[”\"」])?(?:[，,][^，,。！？]{0,12}?)?(?:不错过|不迷路|不走丢|早知道|不漏看|不漏掉|不走散|不掉线)(?:每一?[条篇个次期](?:通知|推送|文章|消息|更新|资讯|好文|提醒|干货|内容)?)?"
    # (… or one piece a day of what it brings: "…“某某”关注，每天一条居家小知识做饭时，…")
    r"|[，,](?:每天|每周|每日)(?:一条|一篇|一个|一点)[\u4e00-\u9fff]{0,6}?(?:知识|干货|好文|故事|技巧|妙招)"
    # (… or how often it brings it: "…关注我们，健康科普每周更天气一冷，…")
    r"|[，,][^，,。！？]{0,8}?(?:每周|每天|每日|每月)(?:更新?|见)"
    # (… or "第一时间看到我们": "…设为星标第一时间看到我们梅雨季一到，…")
    r"|[，,]?\s*第一时间(?:收到|接收|看到|获取)(?:我们|本号)(?:的(?:推送|更新|文章|消息|通知))?"
    # (… or who answers and how, after a comma: "…可点右侧留言，律师免费初步分析", "，律师10分钟内回复")
    r"|[，,][^，,。！？“”]{0,10}?(?:解答|回复|答复|分析|回电)"
)
# A particle closing a prompt ("哦", "呀~").
_PROMPT_PARTICLE = re.compile(r"[哦喔噢呀啦吧哈]{1,2}[~～!！]*")
# A salutation a prompt may run into ("…，通知不错过亲爱的居民朋友们："): the rest of the line.
_SALUTATION_REST = re.compile(r"^[\u4e00-\u9fff“][^。！？，,]{2,18}[：:]$")


# A sentence's end with text after it (where a prompt may run into the next sentence).
_SENTENCE_END_BEFORE_PROMPT = re.compile(r"[。！？](?=[^。！？]{12})")


def _glued_prompt_end(text: str) -> int:
    """Where a prompt run into the text at its start ends (``▲点击上方蓝色小字，把某某设为星标天气转冷，…``
    → after ``星标``), or 0: the prompt ends on its last word (:data:`_PROMPT_LAST_WORD`, and what it
    promises after a comma), within the first 44 characters; it must be an action by a named class
    (:func:`strong_reason`, no count of action words), and a sentence of at least 10 characters
    must follow, opening on a Chinese character or a quote."""
    for m in _PROMPT_LAST_WORD.finditer(text, 0, 44):
        k = m.end()
        b = _BENEFIT_TAIL.match(text, k)
        if b:
            k = b.end()
        p = _PROMPT_PARTICLE.match(text, k)
        if p:
            k = p.end()  # ("…记得设为星标哦全区青年…": the prompt's closing particle goes with it)
        if text[k : k + 1] in "。！!":
            k += 1  # ("…设为星标。父亲留下的…": the prompt's own sentence end goes with it)
        rest = text[k:]
        # (… or an addressee closing the line, "各机关企事业单位、商场、车站及全县广大职工：".)
        addressee = _SALUTATION_REST.match(rest) or _ADDRESSEE_REST.fullmatch(rest)
        if not addressee and (len(rest) < 10 or not (_HAN_CHAR.match(rest[:1]) or rest[:1] == "“") or not _SENTENCE_END.search(rest)):
            continue
        if _SENTENCE_END.search(text[:k].rstrip("。！!")):
            continue  # (a sentence of the text before it: "…暖黄起来。☕ 请某某喝杯茶" is cut between two sentences)
        reason = strong_reason(text[:k].rstrip("。！!")) or ""
        # (… or a service's prompt pointing at the page's chat widget: "类似情况可点右侧免费咨询建议您…".)
        if reason.startswith(("action:", "list: a study site's box", "contact: a prompt pointing at the page's chat")) and "action words" not in reason:
            return k
    return 0


# An outline heading's number inside a line ("…随时查看本文二、主要做法").
# (… or a speech's "二是", "三是": "…可计入党员学习时长二是共创服务品牌。")
# (… or an enumeration's step, "第二，": "…类似纠纷可在线留言，某某律师当天回复第二，使用人是否有过错。")
_HEADING_NUMBER = re.compile(
    r"(?<=[^\s一二三四五六七八九十第逢每初周约近仅共计余超达至和或及与、])[一二三四五六七八九十]{1,3}(?:、|是(?=[\u4e00-\u9fff]{2}[^。！？]{0,30}[。！？]))(?=[\u4e00-\u9fff]{2})"
    r"|(?<=[\u4e00-\u9fff])第[一二三四五六七八九十]{1,2}(?=[，,][\u4e00-\u9fff]{2})"
)


def _prompt_before_heading(text: str) -> int:
    """Where a prompt run into an outline heading at a line's start ends (``📱 用手机扫一扫，随时查看
    本文二、主要做法`` → before ``二、``), or 0: the part before the heading's number (at most 40
    characters, no sentence end) must be chrome by a named class (:func:`strong_reason`, no count
    of action words)."""
    m = _HEADING_NUMBER.search(text, 4, 42)
    if not m:
        return 0
    piece = text[: m.start()].strip()
    # (A short question may lead the prompt in, "急用材料？某某写手一对一定制，点此下单二是…": both go.)
    q = max(piece.find("？", 0, _LEAD_QUESTION_CHARS + 1), piece.find("?", 0, _LEAD_QUESTION_CHARS + 1))
    if _SENTENCE_END.search(piece[q + 1 :] if q > 0 else piece):
        return 0
    reason = strong_reason(piece) or strong_reason(piece[q + 1 :].strip()) or ""
    if "action words" in reason and _MEMBER_MAY.match(piece):
        reason = "action: what a member may do"  # (会员可下载本文Word版: a class, not a count)
    return m.start() if reason.startswith(("action:", "contact:", "list: a link or a button under an emoji")) and "action words" not in reason else 0


# A follow verb with an account's name run after it, no quotes ("关注某某社区").
_FOLLOW_NAME_UNQUOTED = re.compile(r"(?:关注|订阅)[\u4e00-\u9fff]")
# A piece between a sentence's end and a space before the next sentence, with an icon or two at
# its end ("…就飞走了。觉得有趣就请我喝杯茶吧 ☕ 后来，…").
# (… or closed by an icon after a space, the next sentence run into the icon: "…正合适。觉得有用的话，可以请我
# 喝杯茶 ☕缝刀鞘最要紧的…")
_SPACED_PROMPT_BETWEEN = re.compile(
    r"(?<=[。！？])([^。！？\s]{4,30}(?:[ \u3000]+[^\w\s。！？，,“”\"「」《》（）()【】、：:；;]{1,2}[ \u3000]*|(?:[ \u3000]*[^\w\s。！？，,]{1,2})?[ \u3000]+))"
    r"(?=[\u4e00-\u9fff“])"
)


def _named_prompt(piece: str) -> bool:
    """``piece`` is an action or a contact by a named class (:func:`strong_reason`, no count of
    action words)."""
    reason = strong_reason(piece) or ""
    return reason.startswith(("action:", "contact:")) and "action words" not in reason and "a prompt of" not in reason


# A salutation that opens on its usual word and closes its line ("广大干部职工、居民朋友们：").
# (… or on a plural of the audience itself: "老师们、同学们：", "乡亲们："; a "…朋友们" takes words before it.)
_SALUTATION_TAIL = re.compile(r"(?:尊敬的|亲爱的|各位|广大|全体|全(?:市|县|区|镇|乡|省|行业))[^。！？，,：:“”]{1,18}[：:]$|(?:老师们|同学们|同志们|家长们|乡亲们|小朋友们|孩子们|同事们|战友们|队员们|居民们)[^。！？，,：:“”]{0,14}[：:]$")


_GREETING_TAIL = re.compile(r"(?:尊敬的|亲爱的|各位)[^。！？：:“”，,]{1,18}[，,]\s*(?:大家|各位)(?:上午|下午|晚上|中午|早上)?好[！!]$")


# A prompt to download the site's app with what it brings ("下载某某讲稿App，海量范文随时改").
_APP_DOWNLOAD_PIECE = re.compile(r"下载[^。！？，,]{2,10}[，,][^。！？]{0,14}(?:随时|海量|上万|免费|更多)[^。！？，,]{0,4}")


def _prompt_before_salutation(text: str) -> int:
    """Where a prompt run into a salutation ends (``戳上方蓝字“某某网信”，一起守护网络安全广大干部职工、
    居民朋友们：`` → before ``广大``), or 0: the salutation opens on its usual word (尊敬的, 亲爱的,
    各位, 广大, 全体) and closes the line (at most 60 characters); the part before it holds no
    sentence end and is an action or a contact by a named class (:func:`strong_reason`, no count
    of action words)."""
    if len(text) > 60:
        return 0
    # (… or a host's greeting closing the line: "打开某某APP查看排版原图尊敬的各位居民朋友，大家下午好！")
    m = _SALUTATION_TAIL.search(text, 2) if text.endswith(("：", ":")) else _GREETING_TAIL.search(text, 2)
    if not m or _SENTENCE_END.search(text, 0, m.start()):
        return 0
    if _FOLLOW_NAME_UNQUOTED.search(text, 0, m.start()):
        # "点击蓝字关注某某社区社区各位居民朋友：": an account's name without quotes runs into the
        # salutation, and where it ends is the page header's to tell (strip_leading_chrome).
        return 0
    piece = text[: m.start()].strip()
    if _named_prompt(piece) or _APP_DOWNLOAD_PIECE.fullmatch(piece):
        # (… an app's download prompt too, whatever share of action words it holds: "下载某某App，海量范文随时改".)
        return m.start()
    # (… or a named prompt after a counter of who took it up, "已有86家会员单位响应本倡议，点此一键响应全市…：":
    # the clause before the comma is the widget's count, at most 20 characters.)
    comma = max(piece.rfind("，"), piece.rfind(","))
    if 0 < comma <= 20 and re.search(r"\d", piece[:comma]) and _named_prompt(piece[comma + 1 :].strip()):
        return m.start()
    # (… or a short button of action words, "复制全文到剪贴板尊敬的各位领导…：": half its characters or more.)
    count, covered = action_words(piece)
    return m.start() if len(piece) <= 12 and count >= 2 and covered * 2 >= len(piece) else 0


# The page's column glued before the text ("学前教研栏目各幼儿园：…").
_LEADING_COLUMN_TAG = re.compile(r"^[\u4e00-\u9fff]{2,8}(?:栏目|专栏|频道|版块)(?=[\u4e00-\u9fff“])")
# A post's state and a bar before its text ("置顶｜", "精华 |").
_LEADING_STATE_TAG = re.compile(r"^(?:置顶|精华|加精|热门|推荐|公告|要闻|最新)\s*[｜|丨]\s*")
_ADDRESSEE_REST = re.compile(r"[\u4e00-\u9fff“][^。！？，,]{1,24}[：:]$")
# Who supplied the item or the site's first-run mark, glued before the text (a tag ends on its word).
_LEADING_SUPPLIED_TAG = re.compile(r"^[\u4e00-\u9fff]{1,8}(?:原创首发|独家首发|供稿|供图)(?=[\u4e00-\u9fff“])")
# A reason that counts action words (not a class of prompt): too weak to cut a tail off a sentence
# unless four or more of them make the tail.
_DENSITY_REASON = re.compile(r"^action: (?:(?:a prompt of )?(\d+) action words|a button \(only action words\))")
#: At most this many characters of a question that leads into a prompt (积分不够？, 喜欢本文？).
_LEAD_QUESTION_CHARS = 12
# What goes on after a date inside a sentence ("2025年7月23日至7月29日，…", "…日起施行").
_GOES_ON = re.compile(r"[至到—\-－~～起前后以，,、的及和]")
# A sharing site's points spent on its copy ("积分可抵扣下载费用", "下载需2个金币").
_POINTS_FOR_DOWNLOAD = re.compile(r"(?:积分|金币|下载券|下载币)[^。！？]{0,8}(?:下载|抵扣|兑换)|下载[^。！？]{0,6}(?:积分|金币|下载券)")
# A glyph pointing at what the prompt after it offers ("👇扫码关注", "☞ 点此报名").
_POINTER_GLYPHS = frozenset("👇👉☞☟▶►→⬇⇩↓")
# A reaction or reader counter glued after the last sentence ("…样子。点赞(31)", "…。阅读 2,301").
_GLUED_COUNTER = re.compile(
    r"(?<=[。！？])\s*((?:[^\w\s]{1,2}\s*)?(?:点赞|赞|评论|收藏|转发|分享|阅读|浏览|在看|喜欢)\s*[（(]?\s*\d[\d,.]*\s*[万千wWkK]?\+?\s*[)）]?"
    # … or how many readers did something with the copy ("…。已有1.8万人复制", "…。2.3万人已下载")
    r"|(?:已有|共有)?\s*\d[\d,.]*\s*[万千wWkK]?\+?\s*人(?:已|次)?(?:复制|下载|收藏|阅读|浏览|使用|学习|点赞|转发)(?:过|了)?"
    # … or how often the page was viewed ("…统一报送。本文已被浏览2018次")
    r"|(?:本文|本页|本帖|该文)(?:已被|已)?(?:浏览|阅读|访问|点击)\s*\d[\d,]*\s*次)$"
)
# The page's counters glued before the text ("点赞 18　收藏 6全区各位…", "4.6分1253人已读为摸清…",
# "已有 2.1 万人使用此模板各位社员代表：").
_LEADING_COUNTERS = re.compile(
    r"^(?:(?:(?:点赞|收藏|评论|阅读|浏览|转发|分享|在看|赞)\s*[（(]?\d[\d,.]*\s*[万千kK]?\s*次?[）)]?|(?:阅读|浏览|点击|访问)(?:次数|量)\s*[:：]\s*\d[\d,]*(?=\D)|\d\.\d\s*分(?=\s*\d)|"
    r"(?:已有\s*)?\d[\d,.]*\s*[万千]?\s*人(?:已阅读|已读|已阅(?!读)|看过|使用此模板|使用|下载|复制|阅读))[\s\u3000|｜·]*){1,5}(?=[\u4e00-\u9fff“])"
    r"(?!(?:点赞|收藏|评论|阅读|浏览|转发|分享|在看|赞)\s*[（(]?\d)"
)
# A notice glued before the text: a board's rules in their box, a download site's safety note,
# ending where the text's salutation or first clause begins ("【版规】本版只发布便民信息，广告一律删帖各位读者：").
_LEADING_NOTE = re.compile(r"^((?:[【\[]\s*(?:版规|本版规定|发帖须知|本版须知)\s*[】\]][^。！？：:]{2,24}?(?:删帖|删除|封号|处理|禁止))|(?:已通过|经)[^。！？]{0,10}(?:检测|扫描)[，,]?请?放心下载)")
# A short exclaimed prompt glued before an outline heading ("名额有限，速来抢报！三、…").
# (… or without its exclamation: "转发倡议，共创文明夜市二、…"; the piece must be a prompt whole.)
# (A numeral a word governs, "每月逢五、逢十", "第三、", is no heading of the text's outline.)
_LEADING_SHOUT = re.compile(r"^([^。！？!?（(\d.．]{2,14}[！!]?)(?<![逢第每初周约近仅共计余超达至和或及与])\s*(?=[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}[、.．](?!\d)|\d{1,2}\s+[\u4e00-\u9fff]{2})")
# A prompt pointing at the text with an arrow, glued before it ("关注博主不迷路→从学徒算起…").
_LEADING_ARROW_PROMPT = re.compile(r"^([^。，！？→]{2,14})\s*(?:→|->|>>|»|👉)\s*")
# A shop's promotion ending in an exclamation before a sentence ("现在报名立减300元！学费含…").
_LEADING_PROMO = re.compile(
    r"^[^。！？!?，,]{0,8}(?:立减|立享|立省|直降|优惠)\s*\d[\d.]*\s*元?[^。！？!?，,]{0,6}[！!]\s*"
    # (… or in brackets: "【申论精品课限时1元】", "【限时特惠】…")
    r"|^[【\[〔][^】\]〕]{0,10}(?:限时|特惠|优惠|秒杀|\d+元)[^】\]〕]{0,6}[】\]〕]\s*"
    # (… or a members' discount ending on its rate, before the text's first words: "会员下单享九折一个护照夹，…")
    r"|^(?:会员|新客|新人|首单|老客)[^。！？!?，,]{0,4}(?:享|打)[\d一二三四五六七八九]{1,2}(?:\.\d)?折\s*(?=[\u4e00-\u9fff“])"
)
# The page's source glued at a line's start or after an outline number or a sentence, before the text
# ("二、本文来源：县教育局各校要…"): a source ends at its organisation's word.
_GLUED_SOURCE = re.compile(
    r"(?:^|(?<=[、。！？]))(?:本文|文章|信息|稿件)?来源\s*[:：]\s*[\u4e00-\u9fff]{1,10}?"
    r"(?:局|委员会|委|办公室|办|中心|政府|网|报社|报|电视台|台|站|院|所|协会|学会|部)(?=[\u4e00-\u9fff])"
    # (… or a site's name and its address: "…十一年。本文来源：某某范文 fanwen.cn她告诉我…")
    r"|(?<=[。！？])(?:本文|文章|稿件)?来源\s*[:：]\s*[^。！？\s]{1,12}\s*(?:https?://)?(?:www\.)?[\w-]+\.(?:com|cn|net|org|cc|top)(?:/[\w./-]*)?(?=[\u4e00-\u9fff])"
)
# A news item's byline role glued before its lead ("本报记者 某某某端午节临近，…"): the role and
# a space, then the names (read by :func:`person_name_prefix`).
_LEADING_REPORTER = re.compile(r"^(?:本报|本台|本网|本刊|特约|见习|实习)?(?:记者|通讯员)[\s\u3000]+(?=[\u4e00-\u9fff])")
_NAME_GAP = re.compile(r"[\s\u3000、，,]*")


def _strip_leading_reporter(text: str) -> str:
    """``text`` without a reporter's byline glued before its first sentence
    (``本报记者 某某某端午节临近，…`` → ``端午节临近，…``); unchanged unless one to three names
    follow the role and at least 10 characters with a sentence's end follow them."""
    m = _LEADING_REPORTER.match(text)
    if not m:
        return text
    at, names = m.end(), 0
    while names < 3:
        name = person_name_prefix(text[at:])
        if not name:
            break
        names += 1
        at += len(name)
        at = _NAME_GAP.match(text, at).end()
    rest = text[at:]
    if names and len(rest) >= 10 and _SENTENCE_END.search(rest):
        return rest
    return text


_LEADING_CUT_KINDS = ("action:", "contact:", "list:", "meta: readers'", "meta: the text's length", "meta: a row of", "meta: a download page's key")
_OPENING_BOX = frozenset("】]〕〗")
_HAN_CHAR = re.compile(r"[\u4e00-\u9fff]")
_NUMBERED_LABEL = re.compile(r"^\d{1,3}\s*[：:、.．）)\-—]")
_DATE_OPENING = re.compile(r"^\d{1,4}\s*[年月日时点号]")


def strip_leading_chrome(text: str, names: frozenset[str] | set[str] = frozenset(), elsewhere: str = "") -> tuple[str, str]:
    """``text`` (a text's first body line) without the page's chrome glued before its first
    sentence, and what was cut (``""`` when nothing was).

    ``学习打卡请点此2024年，我认真…`` → ``2024年，我认真…``; ``品学范文【本文约1400字…】2024年，…`` →
    ``2024年，…`` when ``品学范文`` is one of ``names`` (the names the page's dropped header
    showed; at most 8 characters, and only before another piece of chrome). The line is cut
    only where a piece ends: at a space (not inside a row of one- or two-character cells),
    after a closing bracket, before an opening one, or where a date's digits follow a Han
    character; the piece before the cut must be chrome by itself (:func:`strong_reason`, by a
    named class: an action, a contact, a list, a counter; a share of action words is not
    enough) or one of ``names``, and at least 10 characters with a sentence's end must follow. Up to
    four pieces go, one after another; at most the first 40 characters are read.

    ``elsewhere`` is the rest of the page's text: a prompt to follow an account by a name the header
    did not show (``点击上方蓝字，关注某某爱宠不少猫主人…``) ends after the longest name (4–12
    characters) that the page prints again elsewhere (its byline, a photo's credit, its footer); with
    none, after the follow verb.
    """
    cut_total = _follow_name_end(text, names) or _follow_name_end(text, _names_again(text, elsewhere))
    if not cut_total:
        m = _LEADING_FOLLOW_BARE.match(text)
        if m and len(text) - m.end() >= 10:
            cut_total = m.end()
            # (… or after the account's name, 2–12 Chinese characters, when a news lead's opening word
            # follows it: "戳上方蓝字，关注某某公安近日，城关派出所…" → before 近日.)
            lead = _NEWS_LEAD_OPENING.search(text, m.end() + 2, m.end() + 16)
            if lead and re.fullmatch(r"[\u4e00-\u9fff]{2,12}", text[m.end() : lead.start()]):
                cut_total = lead.start()
    for _ in range(4):
        cut = _leading_chrome_end(text[cut_total:], names)
        if not cut:
            break
        cut_total += cut
        while cut_total < len(text) and text[cut_total] in " \u3000▷▶►»→":
            cut_total += 1  # (the button's own arrow after its space: "听新闻 ▷本报讯…")
    m = _DATELINE_END.search(text[:cut_total].rstrip(" \u3000"))
    if m and m.start() > 0 and cut_total:
        # "打开某某客户端，看更多身边事本网讯　4月21日，…": the news item's dateline is the lead's own
        # first word, however the piece before it ran into it.
        cut_total = m.start()
    return text[cut_total:], text[:cut_total].strip()


_FOLLOW_VERB = re.compile(r"(?:关注|订阅|星标)\s*[“\"「]?")
# A news lead's opening word, a time and its comma ("近日，", "日前，", "4月7日，").
_NEWS_LEAD_OPENING = re.compile(r"(?:近日|日前|近期|近来|昨天|昨日|今天|今日|今年|去年|上周|本周|\d{1,2}月\d{1,2}日)[，,]")
# A prompt to follow the account whose name runs on into the text ("点击上方蓝字，关注某某…").
_LEADING_FOLLOW_BARE = re.compile(r"^(?:点击|点|戳)(?:上方|顶部)?蓝字\s*[，,]?\s*(?:关注|订阅)(?=[\u4e00-\u9fff])")


def _names_again(text: str, elsewhere: str) -> set[str]:
    """The longest run of 4–12 Chinese characters after a follow verb in ``text``'s first 36
    characters that ``elsewhere`` holds too (an account's name the page prints again), as a set
    of at most one name per verb."""
    found: set[str] = set()
    if not elsewhere:
        return found
    for m in _FOLLOW_VERB.finditer(text, 0, 36):
        run = re.match(r"[\u4e00-\u9fff]{4,12}", text[m.end() :])
        if run:
            name = next((run.group()[:k] for k in range(len(run.group()), 3, -1) if run.group()[:k] in elsewhere), "")
            if name:
                found.add(name)
    return found


def _follow_name_end(text: str, names: frozenset[str] | set[str]) -> int:
    """Where a prompt to follow the account by the name its page's header showed ends, run into the
    text's first sentence (``▲ 点击上方蓝字，订阅某某应急天冷了，…`` → after the name), or 0: the
    prompt is at most 44 characters and an action by a named class (:func:`strong_reason`, no count
    of action words), and a sentence of at least 10 characters follows."""
    for m in _FOLLOW_VERB.finditer(text, 0, 36):
        for name in names:
            if 2 <= len(name) <= 12 and text.startswith(name, m.end()):
                k = m.end() + len(name)
                if text[k : k + 1] in "”\"」":
                    k += 1
                rest = text[k:].lstrip(" \u3000")
                reason = strong_reason(text[:k]) or ""
                if k <= 44 and len(rest) >= 10 and _HAN_CHAR.match(rest[:1]) and _SENTENCE_END.search(rest) and reason.startswith("action:") and "action words" not in reason:
                    return k
    return 0


# A news lead's dateline (本报讯, 本网讯, 本台讯): the lead's first word.
# (… or a named outlet's, "某某网讯": two characters, the second no 本.)
# (… or the word that opens a lead without a dateline, "记者7月16日从…获悉": "记者", "本报记者".)
_DATELINE_END = re.compile(r"(?:本|[\u4e00-\u9fff](?!本)[\u4e00-\u9fff])(?:报|网|台|刊|站)讯(?:\s*[（(][^（）()]{0,20})?$|(?:本报|本台|本网|本刊)?记者$")


def _leading_chrome_end(text: str, names: frozenset[str] | set[str]) -> int:
    """Where the chrome piece that opens ``text`` ends (see :func:`strip_leading_chrome`), or 0."""
    limit = min(len(text) - 10, 40)
    for k in range(2, limit + 1):
        prev, cur = text[k - 1], text[k]
        if not (
            prev in " \u3000"
            or prev in _OPENING_BOX
            or cur in "【[〔〖"
            # (… where a date's digits follow a Han character that no digit counts: "…身边事。10月20日"
            # is cut before "10月", never inside the date before "20日".)
            or (cur.isdigit() and _HAN_CHAR.match(prev) and not text[k - 2].isdigit())
            or (cur.isdigit() and prev in "。！")
        ):
            continue
        rest = text[k:]
        if not _SENTENCE_END.search(rest):
            return 0
        if cur.isdigit() and prev in "第约共计近达超逾仅每":
            continue  # "…天天见今年第8号台风…": an ordinal or a count the number goes on, no cut before it
        if cur.isdigit() and (_NUMBERED_LABEL.match(rest) or not _DATE_OPENING.match(rest)):
            # "附件1：…", "表2、…": a number that belongs to the word before it; "…群众达到3100人":
            # a sentence's own number. A text opens on a date or a time ("2025年，…", "9月12日…").
            continue
        piece = text[:k].strip()
        if len(piece) < 2:
            continue
        if prev in " \u3000" and len(piece.split()[-1]) <= 2:
            continue  # "字号：大 中 小六月…": a row of short cells goes on, glued to the text
        if piece in names and len(piece) <= 8:
            # Only before more of the page's chrome ("某某范文【本文约…】"): before a sentence the
            # name is its subject ("某某学校2025年秋季班开始招生"). (A longer "name" is a title
            # the header showed: "关于…的调研报告二篇【篇一】" opens the text.)
            if _leading_chrome_end(rest.lstrip(" \u3000"), frozenset()):
                return k
            continue
        reason = strong_reason(piece) or ""
        if "action words" in reason:
            # (A count of action words that a class of prompt explains, "下载某某客户端，看更多…": the class.)
            reason = ui_reason(piece, len(piece)) or reason
        if reason.startswith(_LEADING_CUT_KINDS) and "action words" not in reason and "a prompt of" not in reason:
            # (A share of action words is no proof here: "扫码关注公众号的群众达到2000人" is a
            # sentence cut where its number starts; a named form of chrome is.)
            return k
    return 0


# A paywall's note glued before a sentence ("以下内容为会员专享，开通后可无限复制首先，…").
_LEADING_PAYWALL = re.compile(
    r"^(?:以下|下文|剩余|后续)(?:内容|部分)?(?:为|仅限|仅)?(?:会员|VIP|vip|付费用户)(?:专享|可见|可读|阅读)[，,]?\s*(?:[^。！？，,]{0,10}?(?:复制|查看|阅读|下载|解锁|观看))?"
)
# A font-size row in one box ("【字体：大 中 小】", "【字号：特大 大 中 小】").
_FONT_ROW_BOX = re.compile(r"^(?:字体|字号|文字|阅读字号)\s*[:：]?\s*(?:特大|较大|较小|默认|标准|[大中小])(?:\s*(?:特大|较大|较小|默认|标准|[大中小]))+$")
# A prompt to follow the account glued before the text ("点击上方蓝字关注我们", "戳蓝字“某某”关注我们").
_LEADING_FOLLOW = re.compile(
    # (… or what it asks the reader to do with it: "…“某某疾控”，一起守护健康新学期开学，…")
    r"^(?:(?:点击|轻点|点|戳)(?:上方|顶部)?蓝字\s*[“\"「][^”\"」]{1,16}[”\"」]\s*[，,]\s*[^，。！？]{1,10}(?:天天学|每天学|天天看|每天看|不迷路|不错过|早知道|干货|福利|资讯|好文|知识|更新|推送|(?<=一起|共同)[^，。！？]{0,4}(?:健康|平安|安全|成长|同行))"
    # (… the account's name in quotes and only what following brings: "轻点上方蓝字“某某妇幼”，每天学一点育儿知识")
    # (A bare verb with a name run into a sentence after it, "…关注某某爱宠不少猫主人发现，…。", is left to
    # strip_leading_chrome, which finds where the name ends; one run into a salutation is cut here.)
    r"|(?:点击|点|戳)(?:上方|顶部)?蓝字\s*(?:[“\"「][^”\"」]{1,16}[”\"」])?\s*[，,]?\s*(?:关注|订阅)(?:我们|本号|公众号|(?![\u4e00-\u9fff][^。！？]*[。！？]))"
    # (… and what following brings, after a comma: "点蓝字关注，环保知识天天学")
    r"(?:[，,][^，。！？]{1,10}(?:天天学|每天学|天天看|每天看|不迷路|不错过|早知道|干货|福利|资讯|好文|知识|更新|推送|第一时间(?:知道|看到|获取|了解|收到)))?"
    # (… or the account's name or card to tap: "轻点标题下方蓝色名称，关注我们不迷路")
    r"|(?:点击|轻点|点|戳)[^，。！？]{0,10}(?:蓝字|蓝色名称|名称|名片|头像)\s*[，,]?\s*(?:关注|订阅)(?:我们|本号|公众号)(?:不迷路)?"
    # "关注我们，每周一篇养宠干货": what following brings, glued before the text
    # (… what it pushes after the word, "关注我们，每周二、五推送职工健康小知识": the object goes with it.)
    r"|关注(?:我们|本号|公众号)[，,][^，。！？]{2,14}?(?:干货|福利|资讯|好文|知识|更新|推送)(?:[^，。！？]{1,8}?(?:干货|资讯|好文|知识|小贴士|小常识))?)[！!。，,]?\s*"
)
# A company's 400 service line glued after the last sentence ("…！课程咨询：400-118-2260（全国统一）"):
# a company's hotline, never a document's own contact (a landline or a mobile).
_GLUED_HOTLINE = re.compile(r"(?<=[。！？])\s*([\u4e00-\u9fff]{2,8}\s*[:：]\s*400[-－\s]?\d{3}[-－\s]?\d{4}(?:\s*[（(][^）)]{1,8}[)）])?)$")
# A poster's signature or sign-off glued after the last sentence ("…服气。————个性签名：…",
# "…谢谢考官。——面试92.4分上岸，欢迎交流").
_GLUED_SIGN_OFF = re.compile(
    r"(?<=[。！？])\s*([—－\-]{2,}\s*(?:个性签名|签名档)\s*[:：].*"
    r"|[—－\-]{1,4}\s*[^。！？—－\-]{2,24}(?:欢迎交流|欢迎指正|欢迎讨论|求关注|互相学习|一起加油)[!！~～]?)$"
)
# A photo's caption glued after the paragraph's last sentence ("…一目了然。图为改造后的早市入口。",
# "…两个周末。图为混双决赛现场。某某 摄"): the page's, as on a line of its own.
# The photographer's credit after a caption ("记者 某某 摄", "通讯员 某某 供图"), optional.
_PHOTO_BYLINE = r"(?:\s*(?:记者|通讯员|摄影|特约记者)?\s*[\u4e00-\u9fff]{2,4}(?:\s+[\u4e00-\u9fff]{2,4})?\s*(?:摄|供图))?"
# (… or a mirror's caption keyed by 图 and a bar: "…亲手做了一对木书立。图｜学生打磨书立".)
_GLUED_CAPTION = re.compile(r"(?<=[。！？])\s*((?:图为|图\s*[｜|丨/／]\s*(?=[\u4e00-\u9fff]))[^。！？｜|]{2,40}[。]?" + _PHOTO_BYLINE + ")$")
# A related link under its bracketed label glued before an outline heading ("【相关阅读】某某经验交流三、
# 助力生产经营。…"): the page's box, run into the text where a paragraph began.
_LEADING_RELATED = re.compile(
    r"^(?:[【\[〔](?:相关|延伸|推荐|热门|往期)(?:阅读|文章|链接|推荐|新闻|资讯|回顾)?[】\]〕]"
    # (… or keyed by a colon: "往期回顾：2022年度最美家庭风采5. 某某家庭…")
    r"|(?:相关|延伸|推荐|热门|往期)(?:阅读|文章|链接|推荐|新闻|资讯|回顾)\s*[:：])"
    r"(?:[^。！？【】\[\]]{2,30}?(?=(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}[.、．](?!\d))\s*[\u4e00-\u9fff])"
    # (… or a linked title ending in its genre word, before a sentence: "【推荐】某某2025年工作要点2025年，…";
    # never across a request, "…措施游客服务部请将暂停公告打印后…")
    r"|[^。！？【】\[\]，,请将]{2,24}?(?:要点|方案|总结|报告|意见|办法|计划|纪要)(?=[\u4e00-\u9fff\d“][^。！？]{4,}[。！？]))"
)
# A page's button glued before a line's text: an AI writing button ("一键AI改写本段二是…"), a
# pictograph's reaction ("👍 喜欢 镇图书馆…"), a reading tip before an outline heading ("阅读提示：点击
# 文中图片可放大查看三、…").
_LEADING_BUTTON_ROW = re.compile(
    r"^(?:(?:一键)?\s*AI\s*(?:润色|改写|续写|扩写|重写|优化|降重|仿写)(?:本段|全文|此段)?"
    r"|[\U0001F300-\U0001FAFF\u2764]\s*(?:喜欢|点赞|收藏|赞|在看)(?:\s*\d+)?\s+"
    r"|阅读提示\s*[:：]\s*[^。！？]{2,16}?(?=[一二三四五六七八九十]{1,3}、)"
    # … a button into the site's platform, its name in quotes ("点击进入“某某先锋”学习平台支部党员…")
    r"|(?:点击)?进入[“\"「《][^”」》。！？]{1,12}[”\"」》](?:学习平台|平台|专题|专栏|频道|小程序|App|APP))"
)
# A template's user counter glued before the text ("1.8w人已使用该模板2024年，…").
# (Only before the text's words: "856人收藏　|　来自某某用户…" is a row of the page's, cut whole or not at all.)
_LEADING_USERS_COUNT = re.compile(r"^(?>[\d.,]+\s*[wW万千kK]?\s*(?:人|次)(?:已|在)?(?:使用|下载|收藏|阅读|浏览)(?:过)?(?:该|此|本)?(?:模板|文档|范文|资料)?\s*)(?=[\u4e00-\u9fff“\d])")
# … and glued before a paragraph's first sentence, where a figure's caption ran into the text
# ("图为研究生在检测树干。截至目前，…").
_LEADING_CAPTION = re.compile(r"^(?:[上下左右]?图为[^。！？]{2,40}。" + _PHOTO_BYLINE + r")\s*")
# A call button glued after a phone number ("…0739-8870212（李老师）点击拨打", "…400-108-6262 一键呼叫").
_GLUED_CALL = re.compile(r"(?<=[\d）)])\s*((?:点击|点此|一键|立即|马上)(?:拨打|拨号|呼叫|致电)(?:电话)?)$")
# A social platform's name, as a share bar lists them.
_PLATFORM = r"(?:微信|微博|QQ空间|QQ|朋友圈|抖音|小红书|豆瓣|知乎)"
# A share bar glued to the end of any line ("…值班室）分享到：微信　微博　QQ空间").
_GLUED_SHARE = re.compile(
    r"(?:分享|转发|转载)(?:到|至)\s*[：:][^。！？，,：:]{1,30}$"
    # … or without its colon after the last sentence ("…安全。分享到学习群", "…。转发给好友").
    r"|(?<=[。！？])(?:分享|转发)(?:到|至|给)(?:朋友圈|微信|微博|QQ空间|好友|朋友|同事|群聊|[\u4e00-\u9fff]{0,4}群)$"
    # … or any short prompt over a row of two platforms or more, apart by bars, slashes or spaces
    # ("…。转给家里的人 → 微信 | 微博"): a sentence names its platforms with 、 and 和.
    rf"|(?<=[。！？])[^。！？，,：:]{{0,14}}?\s*(?:→|->|➜|➔|>|：|:)?\s*(?:{_PLATFORM}\s*[|｜/·\s]\s*)+{_PLATFORM}$"
)
# A column's label in brackets glued before a letter's salutation ("【社区通知】各位居民朋友：").
_LABEL_BEFORE_SALUTATION = re.compile(r"^[【\[〔][^【】\[\]〔〕\d]{2,6}[】\]〕]\s*(?=[^，,。！？：:\s]{2,24}[：:]$)")
# Short boxes in a row ("【预约挂号】【智能导诊】"): buttons, when glued after a date that ends a text.
_BOX_ROW = re.compile(r"(?:[【\[〔][^【】\[\]〔〕。，]{1,8}[】\]〕]\s*){1,5}")


# A page's stamp of when it took the text in, and its counters, glued after the last sentence
# ("…感觉到。收录时间：2024-11-02　字数：约200字", "…。更新于2025/3/1 浏览 532"; a 发布日期 may
# be the date the text was issued: it stays).
_GLUED_STAMP = re.compile(
    r"(?<=[。！？])\s*((?:收录|录入|入库|更新|上传|整理)(?:时间|日期|于)\s*[:：]?\s*\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?"
    r"(?:[\s\u3000|｜]*(?:字数|阅读|浏览|点击|人气|热度)\s*[:：]?\s*约?\s*\d[\d,]*\s*(?:字|次)?)*)$"
)
# The page's pieces glued at a line's end, each with the window it is looked for in (characters
# from the end) and how much of the line must stay: a counter ("…的样子。点赞(31)"), a company's 400
# line ("…！课程咨询：400-…（全国统一）"), a poster's sign-off ("…考官。——…上岸，欢迎交流"), a photo's
# caption ("…一目了然。图为…入口。"), a call button ("…（李老师）点击拨打") and a stamp.
# A hospital's emergency line or an entry's counters glued after the last sentence
# ("…（治未病科）。24小时急救电话：…", "…专业队。本词条浏览30217次，最近由某某编辑"), and the
# previous / next links of a one-line text ("…前一个月。目录　上一篇：…　下一篇：…").
_GLUED_SITE_ROW = re.compile(
    r"(?<=[。！？])\s*((?:24小时|全天候?)(?:急救|急诊)(?:电话|热线|专线)?\s*[:：]?\s*(?:0\d{2,3}[-－\s]?\d{7,8}|120)"
    r"|本?词条(?:已被)?(?:浏览|访问)\s*\d[\d,]*\s*次[，,\s]*(?:最近(?:一次)?由\s*\S{1,16}\s*编辑)?"
    r"|(?:目录\s*)?上一篇\s*[:：][^。！？]{1,30}?\s*下一篇\s*[:：][^。！？]{1,30}"
    # … a collection's previous / next pieces between arrows ("◁ 第57篇 … 第59篇 … ▷")
    r"|[◁◀<«‹]\s*第\s*\d{1,4}\s*篇[^。！？]{1,30}?第\s*\d{1,4}\s*篇[^。！？]{1,30}?[▷▶>»›]"
    # … a shop's last word and a share link's note ("…两张。本简章最终解释权归本校所有。")
    r"|[^。！？“”]{0,8}(?:最终解释权归[^。！？“”]{1,16}所有|(?:保留|享有)(?:对[^。！？“”]{1,14}的)?最终解释权)。?"
    r"|此(?:链接|分享|文件)由[^。！？]{1,12}(?:创建|分享|上传)[^。！？]{0,16}"
    # … an editor's credit in brackets ("…四百尾。〔本站编辑 某某 整理〕"), or a compiler's ("…时效。（某某律所
    #医疗纠纷团队　某某律师整理）"; a speech's "（根据录音整理）" is its own note)
    r"|[〔（(【\[]\s*(?:本站|本网|本号)?(?:编辑|小编)\s*[\u4e00-\u9fff·]{1,6}\s*(?:整理|编辑|编辑整理|供稿|编)\s*[〕）)】\]]"
    r"|[〔（(【\[](?!根据|据)[^（）()〔〕【】\[\]。！？：:]{2,24}(?:整理|供稿|撰稿)[〕）)】\]]"
    # … a forum signature and a lawyer's or doctor's card ("…不错。签名：一竿一线一江秋")
    r"|(?:个性)?签名(?:档)?\s*[:：]\s*[^。！？：:_＿]{2,24}"
    r"|[\u4e00-\u9fff]{2,4}[\s\u3000]*(?:执业律师|专职律师|主任医师|副主任医师|主治医师)[\s\u3000]*(?:擅长|专长|执业领域)\s*[:：]?[^。！？]{2,30})$"
)
# A registration system's helpdesk glued after the text's own contact ("…（人力资源部）技术支持电话：…
# （仅限报名系统故障）").
_GLUED_HELPDESK = re.compile(
    r"(?<=[。！？）)\d])\s*((?:技术支持|系统技术|报名系统|网报系统|网上报名技术|网上报名"
    # (… or the platform's certificate desk, glued after the document's own phone: "…0771-6510933电子招投标CA锁办理：400-…")
    r"|(?:电子招投标|电子投标|网上投标)?(?:CA|数字证书)(?:锁|证书)?(?:办理|服务))(?:咨询)?(?:电话|热线)?\s*[:：]\s*(?:0\d{2,3}[-－]?\d{7,8}|400[-－]?\d{3}[-－]?\d{4})(?:[（(][^（）()]{1,16}[）)])?)$"
)
# A grader's note in brackets glued after an essay's last sentence ("…长青。【阅卷老师点评】立意准确…").
_GLUED_GRADER = re.compile(r"(?<=[。！？])\s*([【\[](?:阅卷老师|阅卷|老师|版主|专家|名师)?(?:点评|批改意见|评语)[】\]][^【】\[\]]{2,60})$")
# An originality label glued after the last sentence ("…伸出室外。社区网格站原创"), and a button after an
# arrow ("…预约电话：138…。我也想当志愿者→点此报名").
_GLUED_ORIGINAL = re.compile(r"(?<=[。！？])\s*([\u4e00-\u9fff]{2,10}原创)$")
_GLUED_ARROW_BUTTON = re.compile(r"(?<=[。！？])\s*([^。！？]{0,12}(?:→|->|>>|»)\s*(?:点此|点击|立即|马上)[\u4e00-\u9fff]{2,4})$")
# A reply to another poster glued after the last sentence ("…有帮助。回复 某某：下雨就搬进棚里。").
_GLUED_REPLY = re.compile(r"(?<=[。！？])\s*(回复\s*@?[^\s：:，。“”]{1,12}\s*[:：][^：:]{1,40})$")
# A link to the item before or after this one glued after the text's last sentence or its phone
# number ("…咨询电话：0596-3316122下一条：关于…的通告").
_GLUED_PREV_NEXT = re.compile(rf"(?<=[。！？\d）)])\s*((?:[上下前后]一[{PREV_NEXT_UNITS}]|[上下]篇)\s*[:：][^。！？：:]{{4,50}})$")
# A prompt to subscribe glued after the text's last sentence or its phone ("…0538-8213076订阅招标信息，商机早知道"),
# credits in brackets after the last sentence ("…合影留念。（供图：某某中心　编辑：某某）") and a
# collection's terms after its postscript ("…（写于2019年冬）文存由作者家人整理上网，文字请勿转作他用。").
_GLUED_SUBSCRIBE = re.compile(r"(?<=[。！？\d）)])\s*(订阅[^。！？：:]{0,16}?(?:资讯|动态|信息|简报|更新|提醒|推送|第一时间(?:送达|收到|看到|获取))[^。！？]{0,12})$")
# (… after a quotation that closes the sentence too: "…不用再等护工了。”（图文：某某社区　审核：某某）".)
_GLUED_CREDITS = re.compile(r"(?:(?<=[。！？])|(?<=[。！？][”」]))\s*([（(〔【](?:[\u4e00-\u9fff]{2,8}[\s\u3000]+)?(?:(?:供图|编辑|责编|责任编辑|摄影|摄像|供稿|审核|审校|校对|撰稿|文字|图片|图文|文图|通讯员)\s*[:：]\s*[^（）()〔〕【】：:]{1,12}?[\s\u3000]*){1,4}[）)〕】])$")
_GLUED_COLLECTION_TERMS = re.compile(r"(?<=[。！？）)])\s*((?:本|此)?(?:文存|文集|文丛|博客|本站)[^。！？]{0,20}(?:请勿|禁止|不得|转载)[^。！？]{0,12}。?)$")
# A wiki's edit link without its brackets after a paragraph's last sentence or its reference mark ("…古典吉他。[2]编辑本段").
_GLUED_EDIT_SECTION = re.compile(r"(?<=[。！？\]］])\s*(编辑本段|编辑此段|修改本段|编辑段落)$")
# … or after a section's short heading ("原理编辑本段").
_HEADING_EDIT_LINK = re.compile(r"^([\u4e00-\u9fff、与和]{2,12}?)\s*(?:编辑本段|编辑此段|修改本段)$")
# A related article's link under its label, glued after a sentence ("…已全部返工。相关阅读：某某简报",
# "…多此一举。延伸阅读→某某要求一览"): a label the text never ends a paragraph with.
_GLUED_RELATED = re.compile(
    r"(?<=[。！？])\s*((?:相关阅读|延伸阅读|推荐阅读|相关链接|相关文章|相关新闻|相关报道|往期回顾|往期推荐|猜你喜欢|你可能还想看|(?:相似|相关|同类|类似)(?:文档|范文|资料|模板))"
    r"\s*(?:[:：]|→|->|>>|»|➤|➜|➔|▶|▸)\s*[^。！？：:]{2,40})$"
)
# The site's own name glued after the last sentence ("…八折优惠。桃河县中医院官网"): an organisation's
# name and 官网, never a pointer to a site ("…详见县政府门户网站").
_GLUED_SITE_NAME = re.compile(
    r"(?<=[。！？])\s*((?!详见|请|登录|登陆|访问|见|在|通过|关注|进入|浏览|查阅|打开)[\u4e00-\u9fff]{2,14}"
    r"(?:医院|学校|学院|大学|中学|小学|中心|协会|学会|公司|集团|政府|局|馆|站|所|院|会|社)(?:官网|官方网站|门户网站))$"
)
# A link to the page's explainer or related reading in brackets, glued after the last sentence
# ("…分批关停。〔相关解读：一图读懂本方案〕").
_GLUED_EXPLAINER = re.compile(
    r"(?<=[。！？])\s*([〔【\[（(]\s*(?:相关解读|政策解读|图文解读|图解|一图读懂|相关阅读|延伸阅读|相关链接|相关新闻|视频解读)"
    r"\s*[:：]?[^〔〕【】\[\]（）()。！？]{0,24}[〕】\]）)])$"
)
# A photo's caption in brackets with its photographer, glued after the last sentence ("…46吨。（图：棉农在
# 收购站排队交售籽棉。某某 摄）").
# (… or a bracketed "图为…" without its credit: "…讲解防护知识。（图为医生为农户检查眼睛）".)
_GLUED_PAREN_CAPTION = re.compile(
    r"(?<=[。！？])\s*([（(]\s*(?:(?:图|图片|照片|图为)\s*[:：]?[^（）()]{2,60}?(?:摄|供图|提供|拍摄)|[上下左右]?图为[^（）()。！？]{2,40})\s*[）)])$"
)
# The site's sales line glued after a news item's last sentence ("…放心。欢迎新老客户来电订购定制纸杯！").
_GLUED_SALES_CALL = re.compile(r"(?<=[。！？])\s*(" + SALES_CALL.pattern + r")$")
# … and the page crediting who put the text up, glued after its last sentence ("…预算统筹安排。本文由
# 某某范文网整理，更多原创方案请联系站长。").
_GLUED_POSTED_BY = re.compile(r"(?<=[。！？])\s*(" + POSTED_BY.pattern[1:] + r"[^。！？]{0,36}[。！]?[）)】\]]?)$")
# An office system's approval stamp in brackets, glued after the last sentence ("…起施行。〔审批：某部经理
# 某某 已同意〕"): the system's record of the document, not its text.
_GLUED_APPROVAL = re.compile(r"(?<=[。！？])\s*(" + APPROVAL_STAMP.pattern + r")$")
# A photo's source in brackets glued after the last sentence ("…几点建议。（本文配图来源：骨伤科）").
_GLUED_PHOTO_SOURCE = re.compile(r"(?<=[。！？])\s*(" + BRACKETED_PHOTO_SOURCE.pattern + r")$")
# A link's prompt in brackets glued after the last sentence ("…做好。（点击展开第二则）").
_GLUED_CLICK_PAREN = re.compile(r"(?<=[。！？])\s*([（(](?:点击|点此|戳此)[^（）()。！？]{1,16}[）)])$")
# A poster's stamp of what they added later, glued after the last sentence ("…重新测。（本帖由楼主于 2 小时前补充）").
_GLUED_SUPPLEMENT = re.compile(r"(?<=[。！？])\s*(" + POST_SUPPLEMENT.pattern[1:-1] + r")$")
# A course's ad after a lead question, glued after the last sentence with no mark of its own ("…日常行动。
# 想系统提高申论？上岸者精批班本周六开课"); a brochure's own opening ends with 。 or ！.
_GLUED_COURSE_AD = re.compile(r"(?<=[。！？])\s*(想[^。！？]{1,12}[？?][^。！？]{2,24}(?:开课|开班|报名中?|招生|开营|试听))$")
# A bracketed prompt to pass the text on to a group or to friends, glued after the last sentence ("…再铺到室内。
# （转发到家长群，提醒更多人）"): a page's plea, never a document's aside.
_GLUED_FORWARD_PAREN = re.compile(r"(?<=[。！？])\s*([（(](?:请|欢迎|麻烦)?(?:转发|分享|转给|转到)[^（）()]{0,8}(?:群|朋友圈|好友|家人|朋友|亲友|邻居)[^（）()。！？]{0,10}[）)])$")
# A news item's keyed credits glued after the last sentence or a closing bracket ("…（工作日8:00—17:30）编辑：某某　审核：某某").
_GLUED_KEYED_CREDITS = re.compile(
    r"(?<=[。！？）)])\s*((?:编辑|责编|审核|审校|校对|撰稿|摄影)\s*[:：]\s*[\u4e00-\u9fff]{2,4}"
    r"(?:[\s\u3000]+(?:编辑|责编|审核|审校|校对|撰稿|摄影)\s*[:：]\s*[\u4e00-\u9fff]{2,4}){1,3})$"
)
# An office system's prompt to confirm reading, glued after the 成文日期 ("…2025年6月11日请阅读后点击“已阅”确认").
_GLUED_CONFIRM_READ = re.compile(r"(?<=日)\s*(请[^。！？]{0,8}点击?[“\"](?:已阅|已读|签收|阅知)[”\"][^。！？]{0,6})$")
_GLUED_TAILS = (
    (_GLUED_EDIT_SECTION, 12, 8),
    (_GLUED_SUPPLEMENT, 40, 8),
    (_GLUED_CONFIRM_READ, 24, 4),
    (_GLUED_KEYED_CREDITS, 40, 8),
    (_GLUED_FORWARD_PAREN, 30, 8),
    (_GLUED_COURSE_AD, 40, 8),
    (_GLUED_REPLY, 60, 8),
    (_GLUED_CLICK_PAREN, 24, 8),
    (_GLUED_PHOTO_SOURCE, 36, 8),
    (_GLUED_APPROVAL, 40, 8),
    (_GLUED_PAREN_CAPTION, 70, 8),
    (_GLUED_EXPLAINER, 40, 8),
    (_GLUED_SITE_NAME, 24, 8),
    (_GLUED_RELATED, 60, 8),
    (_GLUED_SUBSCRIBE, 30, 8),
    (_GLUED_CREDITS, 50, 8),
    (_GLUED_COLLECTION_TERMS, 50, 8),
    (_GLUED_PREV_NEXT, 60, 8),
    (_GLUED_ORIGINAL, 16, 8),
    (_GLUED_ARROW_BUTTON, 30, 8),
    (_GLUED_COUNTER, 24, 4),
    (_GLUED_GRADER, 70, 8),
    (_GLUED_SITE_ROW, 70, 8),
    (_GLUED_HELPDESK, 50, 8),
    (_GLUED_STAMP, 48, 8),
    (_GLUED_HOTLINE, 40, 8),
    (_GLUED_SIGN_OFF, 60, 8),
    (_GLUED_CAPTION, 60, 8),
    (_GLUED_CALL, 12, 8),
    (_GLUED_SALES_CALL, 40, 8),
    (_GLUED_POSTED_BY, 70, 8),
)


# The page's pieces glued before a line's text, in the order they are cut, each with the classes
# its piece must have (None: its pattern is proof enough), whether an edge reason counts too, and
# whether a sentence's end must follow it; at least 10 characters of text must stay:
# a prompt pointing at the text ("关注博主不迷路→从学徒算起…"), a revision stamp ("本条目最后修订于
# 5天前倡议书是…"), a board's rules or a download site's safety note ("【版规】…删帖各位读者："), a
# shop's shout before an outline heading ("名额有限，速来抢报！三、…") and a promotion before a
# sentence ("现在报名立减300元！学费含…"), a photo's caption before the first sentence and a related
# link before an outline heading.
_GLUED_HEADS = (
    (_LEADING_ARROW_PROMPT, ("action:", "contact:"), True, False),
    (_REVISION_STAMP, None, False, True),
    (_LEADING_NOTE, ("notice:",), False, False),
    (_LEADING_SHOUT, ("action:", "contact:"), False, False),
    (_LEADING_PROMO, None, False, False),
    (_LEADING_CAPTION, None, False, True),
    (_LEADING_RELATED, None, False, False),
    (_LEADING_BUTTON_ROW, None, False, False),
    (_LEADING_USERS_COUNT, None, False, False),
)
# … and, after the page's source is cut, a paywall's note ("以下内容为会员专享，…复制首先，…") and a
# follow prompt ("点击上方蓝字关注我们为传承…").
_GLUED_HEADS_AFTER_SOURCE = (
    (_LEADING_PAYWALL, None, False, False),
    (_LEADING_FOLLOW, None, False, False),
)


def _cut_glued_heads(text: str, table: tuple) -> str:
    """``text`` without the pieces of ``table`` (see :data:`_GLUED_HEADS`) glued before it."""
    for pattern, kinds, with_edge, sentence_after in table:
        m = pattern.match(text)
        # (What is left must be a text's line: ten characters, or a salutation, "亲爱的家长朋友们：".)
        if not m or (len(text) - m.end() < 10 and not _SALUTATION_TAIL.match(text[m.end() :])):
            continue
        if kinds is not None:
            piece = m.group(1)
            reason = strong_reason(piece) or (edge_reason(piece) if with_edge else None) or ""
            if not reason.startswith(kinds):
                continue
        if sentence_after and not _SENTENCE_END.search(text, m.end()):
            continue
        text = text[m.end() :].lstrip() if sentence_after else text[m.end() :]
    return text


def _strip_glued_actions(text: str) -> str:
    """See :func:`strip_glued_actions` (the buttons and prompts, without a leading question).

    Bracketed buttons go when together they are mostly action words or they are short
    and one holds an action word (``【下载完整版】``, ``[复制全文] [存到网盘]``); an unbracketed tail of
    at most 14 characters goes when it is a link made of action words (two of them, or
one and an arrow: ``点此继续阅读>>``).
    ``…。【注】``, a bracketed citation or a short sentence after the last one stays.
    """
    if not text or len(text) < 4:
        return text
    m = _LEADING_COUNTERS.match(text)
    if m and len(text) - m.end() >= 4 and re.search(r"[。！？：:]", text[m.end() :]):
        # (Only before text that says something: "浏览 2901 次　|　来自 生活 分类" is a counter row whole.)
        text = text[m.end() :]  # "点赞 18　收藏 6全区各位…：": the page's counters glued before the text
    text = _cut_glued_heads(text, _GLUED_HEADS)
    if text[0] in "本记通特见实":
        text = _strip_leading_reporter(text)
    m = _GLUED_SOURCE.search(text)
    if m and len(text) - m.end() >= 10 and _SENTENCE_END.search(text, m.end()):
        # "二、本文来源：县教育局各校要…。": the page's source glued in (a byline row, 来源：…　时间：…,
        # ends no sentence and stays whole).
        text = text[: m.start()] + text[m.end() :]
    text = _cut_glued_heads(text, _GLUED_HEADS_AFTER_SOURCE)
    m = _PROMPT_BEFORE_DATELINE.match(text) if "讯" in text[:40] else None
    if m and (strong_reason(m.group(1).strip()) or "").startswith(("action:", "contact:")):
        text = text[m.end(1) :]  # "打开“某某”客户端，视频新闻抢先看本网讯 7月8日，…": the app's prompt before the lead
    m = _OUTLET_TAG.match(text) if any(c in "丨｜|" for c in text[2:11]) else None
    if m:
        text = text[m.end() :]  # "某某体育丨11月5日，…": the outlet's tag and a bar before the lead's dateline
    if text[0] in "【[〔展收查显阅点★☆◆◇●○■□♦※▲△":
        text = _strip_leading_buttons(text)
    text = _strip_leading_state(text)
    if "日" in text[:14]:
        m = _DATE_HEAD.match(text)
        rest = text[m.end() :].strip() if m else ""
        if rest and len(rest) <= 30 and not rest.endswith(("。", "！", "？")) and not _GOES_ON.match(rest) and (
            # (… or a sharing site's notice: "2024年3月5日此文档由网友“某某”上传，仅供交流，如有侵权请联系删除")
            (strong_reason(rest) or "").startswith(("action:", "contact:", "list: a link", "meta: a news item's credits", "notice:")) or _BOX_ROW.fullmatch(rest)
            # (… or a share row by its action words: "2024年11月20日分享给街坊：微信｜朋友圈｜复制链接")
            or ((edge_reason(rest) or "").startswith("action:") and re.search(r"[|｜/]", rest) is not None)
        ):
            # "二〇二五年四月二日打开小程序阅读全文 >": a prompt glued after the 成文日期.
            return text[: m.end()]
    if len(text) > 10 and _MID_BUTTON_HINT.search(text):
        text = _strip_mid_buttons(text)
    if "现" in text or "特此" in text:
        # "…15%。点击查看抽查细则现将不合格产品通报如下：", "…。温馨提醒：考前一天可在本网“考点导航”查看路线现将…":
        # a link or the site's note glued between a sentence and the next one, which opens as a
        # 公文's own clause does (现将, 现就, 特此).
        text = _MID_PIECE_BEFORE_CLAUSE.sub(_cut_piece_before_clause, text)
    m = _HEADING_EDIT_LINK.match(text)
    if m:
        return m.group(1)  # "原理编辑本段": a wiki's section heading and its edit link without brackets
    for pattern, window, keep in _GLUED_TAILS:
        m = pattern.search(text[-window:])
        if m and len(text) - len(m.group(1)) >= keep:
            return text[: len(text) - len(m.group(1))].rstrip()
    if text[-1] in "）)":
        opened = max(text.rfind("（"), text.rfind("("))
        inner = text[opened + 1 : -1] if opened > 0 else ""
        if opened >= 6 and len(inner) <= 30 and _SHOP_PROMO.search(inner) and re.search(r"名额有限|先到先得|[！!]$", inner):
            # "第3周　衣柜整理与收纳技巧（名额有限，报名即送收纳工具包！）": a shop's offer in brackets
            # glued after an item or a sentence; the item stays.
            return text[:opened].rstrip()
        if opened > 0 and text[opened - 1] in "。！？" and len(text) - opened <= 60:
            inner = text[opened + 1 : -1]
            if _SERVICE.search(inner) and _has_contact_id(inner, accounts=True):
                # "…更新一次。（需要流程图的可私信站长，v：abc_123）": a service prompt with its id
                # in brackets after the last sentence.
                return text[:opened].rstrip()
        m = _GLUED_PAREN_BUTTON.search(text[-30:])
        if m:
            return text[: len(text) - len(m.group(1))].rstrip()
        if opened > 0 and (text[opened - 1] in "。！？日" or text[opened - 1].isdigit()) and len(text) - opened <= 30:
            inner = text[opened + 1 : -1]
            if _PREVIEW_STATE.search(inner):
                return text[:opened].rstrip()  # "…2026年1月15日（复制本文需消耗5个金币）": the paywall's note
            # (… or a prompt to tip or like by its class: "…大人的眼睛。（喜欢就点个小红心吧）")
            if text[opened - 1] in "。！？" and (strong_reason(inner) or "").startswith("action: a prompt to tip"):
                return text[:opened].rstrip()
        m = _GLUED_PAREN_CREDIT.search(text[-40:])
        if m and (strong_reason(m.group(1)) or "").startswith(
            (
                "meta: a news item's credits",
                "list: a related piece's link in brackets",
                "meta: an entry's reviewer in brackets",
                "meta: a poster's note that a paragraph was added",
                "meta: a bracketed credit of who compiled",
                "meta: a forum's edit stamp",
            )
        ):
            # "…报修。（编辑：某某）": the news item's credits glued after its last sentence (or a related
            # piece's link, "（相关：…）", or an entry's reviewer, "（本条经某某审阅）").
            return text[: len(text) - len(m.group(1))].rstrip()
        return text
    if text[-1] in "】]〕］":
        at = max(text.rfind("【"), text.rfind("["), text.rfind("〔"), text.rfind("［"))
        if at >= 4 and text[at - 1] in "。！？" and _LABEL_BOX.fullmatch(text[at:]):
            return text[:at]  # "…各占一半。【社区公告】": a page's label glued after the last sentence
        if at >= 2 and _EDIT_LINK.match(text[at:]):
            return text[:at].rstrip()  # "结构[编辑]": a wiki's edit link after a heading
        if at >= 4 and text[at - 1] in "。！？" and (strong_reason(text[at:]) or "").startswith("notice: a model-text site's disclaimer"):
            return text[:at]  # "…喷麦现象。〔释义仅供参考，…〕": the site's disclaimer in brackets after the last sentence
        if at >= 2 and _READER_BUTTON.match(text[at:]):
            # A button in the reader's voice glued to any line ("…1320【我要加入志愿者】"):
            # no document speaks in its reader's voice inside brackets.
            return text[:at].rstrip()
        if at >= 2 and text[at - 1] in "。！？" and (strong_reason(text[at:]) or "").startswith("meta: a news item's credits"):
            return text[:at]  # "…观察手册。【责任编辑：某某】": the credits glued after the last sentence
        m = _GLUED_BUTTONS.search(text[-100:])
        if not m:
            return text
        glued = m.group(1).strip()
        boxes = [b for b in re.findall(r"[【\[〔]([^【】\[\]〔〕]*)[】\]〕]", glued) if b.strip()]
        inner = "".join(boxes).replace(" ", "")
        _, covered = action_words(inner)
        # Mostly action words, or a row of short buttons one of which is an action, or a
        # set of font-size buttons under their label ("字号：【大】【中】【小】"), or one box that
        # is a button wherever it stands ("【点此为你喜爱的节目投票】").
        row = all(len(b.strip()) <= 8 for b in boxes) and any(action_words(b)[0] for b in boxes)
        labelled = glued[0] not in "【[〔"
        if labelled:
            ok = _font_size_row(glued, len(glued)) or (inner and covered >= 0.5 * len(inner) and action_words(glued.split("：")[0].split(":")[0])[0] > 0)
        else:
            ok = inner and (
                covered >= 0.5 * len(inner)
                or row
                or (len(boxes) == 1 and ((strong_reason(glued) or "").startswith(_GLUED_BOX_REASONS) or _READER_BUTTON.match(glued) or _VISIT_SHOP.match(glued)))
            )
        if ok:
            return text[: len(text) - len(m.group(1))].rstrip()
        return text
    if text[-1] in "。！？" and len(text) > 12:
        # A paywall's sentence glued after the last one ("…抓紧抓实。正文剩余约900字，开通年卡即可阅读
        # 并下载。"): the page selling the rest, however it ends.
        prev = _last_stop(text, len(text) - 1)
        last = text[prev + 1 :]
        if prev > 0 and len(last) <= 40 and _PREVIEW_STATE.search(last) and _UPSELL_VERB.search(last) and (strong_reason(last) or "").startswith("action:"):
            return text[: prev + 1]
    if text[-2] in "。！？" or text[-1] in "。！？":
        return text
    if "？" in text[-40:] or "?" in text[-40:]:
        cut = _last_stop(text, None, "。！")
        if cut > 0 and _poll_row(text[cut + 1 :].strip()):
            # "…不再支付。以上内容是否有帮助？ 是 / 否": a poll glued after the last sentence.
            return text[: cut + 1]
    end = _last_stop(text)
    tail = text[end + 1 :] if end > 0 else ""
    if tail and len(tail) <= 50 and _SERVICE.search(tail) and _has_contact_id(tail, accounts=True):
        # A writing-service or contact prompt with its id glued after the last sentence
        # ("…报送总结。需要配套PPT请联系客服：abc_kefu"): the sentence stays, the prompt goes.
        if text[end] in "？?":
            # (… with the short question that leads it in: "…一劝了之。整篇讲稿想换成本单位口吻？某某写手一对一改稿，QQ：…")
            prev = _last_stop(text, end, "。！")
            if prev > 0 and end - prev - 1 <= _LEAD_QUESTION_CHARS + 4:
                return text[: prev + 1]
        return text[: end + 1]
    colon = max(tail.rfind("："), tail.rfind(":")) if tail else -1
    # (… after a clause of six characters or more: a key and its buttons, "字号：大 中 小", go whole.)
    if colon >= 6 and 2 <= len(tail) - colon - 1 <= 16:
        # "…为此，我们向全体居民发出倡议：AI润色这段": a button glued after the clause that leads into a
        # list; the clause stays.
        after = tail[colon + 1 :].strip()
        reason = strong_reason(after) or ""
        if reason.startswith("action:") and any(k in reason for k in _GLUED_TAIL_KINDS):
            return text[: end + 1 + colon + 1]
    lead_in = _LEAD_IN_COLON.search(tail) if tail and colon > 0 else None
    if lead_in and 4 <= len(tail) - lead_in.end() <= 40:
        # "…现提示如下：往期回顾：某某，这几件事千万别做": a related piece's link under its label glued
        # after the clause that leads into a list; the clause stays.
        reason = strong_reason(tail[lead_in.end() :].strip()) or ""
        if reason.startswith("list: a link to a related article"):
            return text[: end + 1 + lead_in.end()]
    head = text[: end + 1] if end > 0 else ""
    # (… but a sentence's last words before the buttons, "池边。" under a wrapped line, stay.)
    whole = len(text) <= 40 and strong_reason(text.strip()) and (
        (len(head) <= _LEAD_QUESTION_CHARS + 1 and not head.rstrip().endswith("。")) or strong_reason(head.strip())
    )
    if tail and len(tail) <= 40 and not _SENTENCE_END.search(tail) and not whole and not _LEAD_IN_END.search(tail):
        # (A short line that is chrome whole, "写得不错？打赏支持", goes whole as a line.)
        # (A tail that ends introducing what follows, "…现将不合格产品通报如下：", is the text's
        # lead-in to its list, whatever link words a page glued before it.)
        bare = tail.strip()
        reason = strong_reason(bare) if len(bare) >= 4 or _LONE_BUTTON.match(bare) else None
        if reason is None and len(bare) >= 4:
            # (A link to the next item or a row of menu items between bars is the page's at an
            # edge only; glued after the last sentence it is at one.)
            edge = edge_reason(bare) or ""
            reason = edge if ("previous / next link" in edge or "menu items between bars" in edge) else None
        tokens = bare.split()
        if reason and (
            _OPEN_APP.match(bare) or _LINK_PROMPT.match(bare) or any(k in reason for k in _GLUED_TAIL_KINDS)
            # (Three action words or more and nothing else, "开通VIP，免费复制全文": no sentence's start.)
            or (action_words(bare)[0] >= 3 and action_words(bare)[1] >= 0.9 * _content_len(bare))
            or ("news item's credits" in reason and not bare.endswith("摄"))
            or _PREVIEW_STATE.search(bare) or arrow_marked(bare)
            # (… or a sharing site's points for the download: "登录后积分可抵扣下载费用".)
            or (_POINTS_FOR_DOWNLOAD.search(bare) and reason.startswith("action:"))
            or (bare[:1] in _POINTER_GLYPHS and reason.startswith("action:"))
        ):
            # A prompt of a class that is never the start of a sentence cut by a wrap (open
            # the app, a link's prompt, buttons marked as the page's, a tip prompt) glued
            # after the last sentence ("…目标。打开App阅读更多精彩内容"): the sentence stays.
            return text[: end + 1]
        if (
            len(tokens) >= 2
            and all(len(t) <= 6 for t in tokens)
            and sum(1 for t in tokens if action_words(t)[0]) >= 2
            and sum(action_words(t)[1] for t in tokens) >= 0.5 * sum(map(len, tokens))
        ):
            # A row of buttons glued after the last sentence ("…评选。点赞 收藏 转发"): words
            # apart by spaces, each a button, which no wrapped sentence's start is.
            return text[: end + 1]
    m = _GLUED_SHARE.search(text[-40:])
    if m and len(text) - len(m.group(0)) >= 4:
        return text[: len(text) - len(m.group(0))].rstrip()  # "…（值班室）分享到：微信　微博": a share bar
    m = _GLUED_KEYED_CELLS.search(text[-80:])
    if m and len(text) - len(m.group(1)) >= 4 and (strong_reason(m.group(1)) or "").startswith("meta:"):
        # The page's credits (source, editor, reviewer) glued after the text's last sentence: a row the
        # page prints under the text, named by a class as a whole (a document's own fields, 时间：…　地点：…,
        # 联系人：…　电话：…, are named by none).
        return text[: len(text) - len(m.group(1))].rstrip()
    m = _GLUED_KEYED.search(text[-40:])
    if m:
        key = m.group("key")
        if action_words(key)[1] >= 0.5 * len(key) and not _DOC_FIELD.match(key + "："):
            # A share bar or prompt keyed by an action ("分享到：朋友圈 微博"); a document's
            # own field (联系电话：…) stays.
            return text[: len(text) - len(m.group(1))].rstrip()
    m = _GLUED_LINK.search(text[-30:])
    if m:
        tail = m.group(1)
        words, covered = action_words(tail)
        content = len(re.sub(r"[\s>»→]", "", tail))
        arrow = tail.rstrip()[-1:] in ">»→"
        if (words >= 2 and covered >= 0.6 * content) or (arrow and words >= 1 and covered >= 0.5 * content):
            return text[: len(text) - len(tail)].rstrip()
        if content <= 8 and _GLUED_BUTTON_TAIL.match(tail.strip()):
            # A short button starting with what it does ("下载本文", "展开全文", "点击查看大图").
            return text[: len(text) - len(tail)].rstrip()
    return text


# An outline heading's number inside a line (where a prompt glued before it ends).
_HEADING_AFTER_PROMPT = re.compile(r"(?<![一二三四五六七八九十])(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])")
# A closed unit at a line's head: up to a closing bracket ("在线预览（仅显示前3页）", "【大 中 小】").
_HEAD_UNIT = re.compile(r"^[^。！？，,；;：:]{2,24}?[）)】\]〕](?=[^\s）)】\]〕])")


_ARROW_FRAMED_HEAD = re.compile(r"^(\S{1,4}?)\s*([\u4e00-\u9fff][^。！？，,\s]{0,14}[\u4e00-\u9fff])\s*(\S{1,4}?)(?=[\u4e00-\u9fff“（(\d])")
# The page's posting stamp glued before the text ("2024年11月02日发布…").
_DATED_POST_HEAD = re.compile(r"^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:发布|发表|更新)\s*")
_LEADING_STAMP = re.compile(rf"^{_REL_STAMP}\s*(?=[\u4e00-\u9fff“（(])")


# A font-size row glued before a line's text ("字号：【大】【中】【小】一、为什么…").
_LEADING_FONT_ROW = re.compile(r"^(?:字号|字体|文字)\s*[:：]\s*(?:[【\[［]\s*(?:特大|大|中|小|默认|标准)\s*[】\]］]\s*){2,4}")


def _strip_leading_state(text: str) -> str:
    """``text`` without a page's state or toolbar glued before its text, when the unit up to
    the first closing bracket is chrome wherever it stands by :func:`strong_reason` (a
    preview's state, a font-size row, a photo's caption) and at least 10 characters follow:
    ``在线预览（仅显示前3页）各乡镇…`` → ``各乡镇…``. ``（一）…`` and ``【注】…`` stay."""
    if len(text) < 14:
        return text
    m = _LEADING_SOURCE.match(text)
    if m and len(text) - m.end() >= 10:
        return text[m.end() :]  # "来源：某某三、油库…": the page's source glued before an outline heading
    m = _LEADING_FONT_ROW.match(text)
    if m and len(text) - m.end() >= 4:
        return text[m.end() :]  # "字号：【大】【中】【小】一、…": the page's font-size row glued before the text
    m = _DATED_POST_HEAD.match(text)
    if m and _ADDRESSEE_ONLY.match(text[m.end() :]):
        return text[m.end() :]  # "2024年11月02日发布尊敬的游客：": the page's posting stamp before the salutation
    m = _LEADING_STAMP.match(text)
    if m and len(text) - m.end() >= 10:
        return text[m.end() :]  # "2小时前更新这次有幸…": the page's relative stamp glued before the text
    m = _LEADING_POINTS.match(text)
    if m and len(text) - m.end() >= 10:
        return text[m.end() :]  # "学习积分：认真阅读本文可获2分一年来，…": a study platform's points glued on
    m = _HEADING_AFTER_PROMPT.search(text, 2, 26)
    if m and len(text) - m.start() >= 6:
        prompt = text[: m.start()]
        distinct, covered = action_words(prompt)
        if not _SENTENCE_END.search(prompt) and distinct >= 2 and covered >= 0.5 * _content_len(prompt):
            # "点击下载本文Word版二、抓产业…": a prompt of action words glued before an
            # outline heading (GB/T 9704-2012 §7.3.3's 一、 / （一）), which starts the text.
            return text[m.start() :]
        if (
            re.search(r"[？?！!]", prompt) and not prompt.rstrip().endswith("。")
            and (strong_reason(prompt.strip()) or "").startswith(("action:", "contact:"))
        ):
            # "还不是会员？点击在线申请入会三、守护品牌…": a prompt chrome wherever it stands,
            # its question and all, glued before the heading.
            return text[m.start() :]
    if _is_arrow(text[0]):
        m = _ARROW_FRAMED_HEAD.match(text)
        if m and len(text) - m.end() >= 10 and all(_is_arrow(c) for c in m.group(1) + m.group(3)) and action_words(m.group(2))[0]:
            # "↓↓↓ 下滑阅读全文 ↓↓↓各位…": a prompt between arrows glued before the text.
            return text[m.end() :].lstrip()
    m = _HEAD_UNIT.match(text)
    if not m or len(text) - m.end() < 10:
        return text
    unit = m.group(0)
    if _BOXES_ONLY.fullmatch(text[m.end() :]) and strong_reason(text[m.end() :].strip()) is None:
        # (A row of boxes, 【本地下载】【电信高速】, is one row of the page, chrome as a whole: cutting
        # its first box would leave boxes that are no chrome alone.)
        return text
    if _FONT_ROW.match(unit) or (strong_reason(unit) or "").startswith(("action:", "meta: a photo")):
        return text[m.end() :]
    return text


# A piece glued after a sentence, before a clause a 公文 opens with (现将, 现就, 特此, 现予): a link's
# prompt or a note of the site's when chrome by a named class (see _cut_piece_before_clause).
# (No comma inside: "…。为切实保障用气安全，现就…" is the text's own purpose clause.)
_MID_PIECE_BEFORE_CLAUSE = re.compile(r"(?<=[。！？])([^。！？，,]{4,40}?)(?=现将|现就|现予|特此)")


def _cut_piece_before_clause(m: re.Match[str]) -> str:
    """``""`` for a piece (:data:`_MID_PIECE_BEFORE_CLAUSE`) that is a link's prompt (点击查看…) or
    chrome by a named class (:func:`strong_reason`: an action, a notice, a contact; no count of
    action words), else the piece as it was."""
    piece = m.group(1)
    if re.fullmatch(r"(?:点击|点此)(?:查看|下载|阅读|进入|了解)[\u4e00-\u9fff]{1,10}", piece):
        return ""
    reason = strong_reason(piece) or ""
    return "" if reason.startswith(("action:", "notice:", "contact:")) and "action words" not in reason else piece
# A clause introducing the list or table under it ("…通报如下：", "…名单如下:").
_LEAD_IN_COLON = re.compile(r"(?:如下|以下|下列|下表)\s*[：:]")
# … closing the line.
_LEAD_IN_END = re.compile(_LEAD_IN_COLON.pattern + r"\s*$")
_BOXES_ONLY = re.compile(r"(?:\s*[【\[〔［][^【】\[\]〔〕［］]*[】\]〕］])+\s*")


# A unit between a sentence's end and the next sentence: a box ("。【一键复制】理想…") or an
# expand button with what is left ("。点击展开剩余68%从反映…").
_MID_BUTTON_HINT = re.compile(r"[？?]\s*(?:点此|点击|点这里|戳这里)|[。！？][\u4e00-\u9fff]{0,8}(?:加V|加v|加微|微信|VX|vx|V信|QQ|qq)\s*[:：]?\s*[A-Za-z]|[。！？](?:需要|如需|想要)[^。！？，,]{1,12}?(?:联系|咨询|私信|添加|加)(?:客服|小编|站长|博主|管理员)|[。！？](?:点击|点此|一键)?(?:收听|播放|朗读|收藏|打印|分享)(?:本文|全文|此文|文章|本页)|[。！？](?:本文由|此文由|本帖|本篇由|此帖|该帖|转发给|转发到|分享给|分享到|一键转发|一键分享)|展开全文[。！？]|展开阅读全文[。！？]|收起全文[。！？]|[。！？]本帖最后由|[\U0001F300-\U0001FAFF\u261E\u261F][。！？]|[。！？][\U0001F300-\U0001FAFF\u261E\u261F]|[。！？]\s*[【\[〔［〖（(·•]|[】\]〕］）)][。！？]|[。！？](?:点击|点此)?(?:展开|查看)(?:剩余|全文|更多)|[。！？](?:点击|点此|长按)?(?:复制|收藏|分享)(?:本段|此段)|[（(](?:点击|点此|请先?登录|登录后|扫码|长按)|[（(][^（）()]{0,10}请先?登录|[，、；]\s*[【\[〔［](?:点击|点此|一键|我要|立即)|[。！？](?:如果|要是)?觉得(?:有用|不错|有帮助|实用|有收获)|(?:QQ|qq|微信|VX|vx|V信)\s*(?:同上|同号)(?=[\u4e00-\u9fff“])|(?:QQ|qq|微信|VX|vx|V信|企鹅)(?:同号|号)?\s*[:：]?\s*(?:[A-Za-z0-9][A-Za-z0-9_\-]{4,19}|\d{3,5}(?:[ \u00a0]\d{3,5}){1,2})\s*(?=[\u4e00-\u9fff“])|[。！？]\s*[☆★]\s*(?:收藏|打印|分享|转发|复制)|[。！？](?:相关|延伸|推荐|往期|相似|同类|类似)(?:范文|阅读|文章|链接|新闻|报道|回顾|推荐|文档|资料|模板)\s*[:：]|[。！？](?:本段落?|此段|本文|全文)(?:内容)?禁止复制|[。！？](?:相关|类似|相似|其他|更多)问题[:：]|[，,]\s*(?:点击|点此|戳)(?:进店|购买|抢购|下单|领取)")
# A link's prompt in brackets anywhere in a line ("…专家评审（点击查看评审细则），确定…", "（课程视频请登录
# 学习平台观看）"): what the page links, never the text's own aside.
_MID_PAREN_PROMPT = re.compile(r"[（(]((?:点击|点此|请先?登录|登录后|扫码|长按)[^（）()。！？]{1,24}|[^（）()。！？]{1,10}请先?(?:登录|登陆)[^（）()。！？]{1,20})[）)]")
_MID_BOX = re.compile(r"(?<=[。！？])\s*([【\[〔［][^【】\[\]〔〕［］。！？]{1,16}[】\]〕］])\s*(?=[\u4e00-\u9fff“（(])")
# … or after a clause, before the rest of its sentence ("…巡查32次，【点此阅读巡查日志】推动…").
_MID_CLAUSE_BOX = re.compile(r"(?<=[，、；])\s*([【\[〔［][^【】\[\]〔〕［］。！？]{2,16}[】\]〕］])\s*(?=[\u4e00-\u9fff“])")
# … or right before a sentence's end mark ("…更深的认识[复制]。").
_BOX_BEFORE_END = re.compile(r"(?<=[\u4e00-\u9fff”」）)])\s*([【\[〔［][^【】\[\]〔〕［］。！？]{1,8}[】\]〕］])\s*(?=[。！？])")
# A short label in square brackets (【】, ［］, []) with no figure and no clause: glued inside a
# line, between two sentences or right before one's end mark, it is a page's inline tag, link or
# button (［原注］, [秘书处], 【社区公告】); a document's label starts its paragraph, its bracketed
# citations ([1]) and years (〔2025〕) hold figures, and its note marks (【注】, [按]) stay.
# What a document's own inline label names (a case, a practice, a note, an analysis): it heads the text after it.
_INLINE_HEAD = re.compile(r"(?:案例|做法|经验|案情|判决|裁判|分析|点评|评析|启示|背景|要点|提示|贴士|知识|解读|说明|链接|观点|建议|问题|措施|成效|亮点|小结|导语)[】\]］]$")
_LABEL_BOX = re.compile(r"[【\[［](?!(?:注|按|注释|附注|注解)[】\]］])[^【】\[\]［］〔〕\d\s：:，,、；;]{1,8}[】\]］]")
# A bracketed unit glued between two sentences or before one's end mark ("…一半。（全文可复制）各…",
# "…参加（某某医院供稿）。"): kept unless it is a button or a news item's credits.
_MID_PAREN = re.compile(r"(?<=[。！？])\s*([（(][^（）()。！？]{2,24}[）)])\s*(?=[\u4e00-\u9fff“（(])|(?<=[\u4e00-\u9fff”」])\s*([（(][^（）()。！？]{2,24}[）)])\s*(?=[。！？])")
# A name between middle dots glued after a sentence ("…场所。·某某县人民政府·近年来…"): a site's
# name set off as a page sets its header; a document frames no words so.
_MID_DOTTED = re.compile(r"(?<=[。！？])\s*([·•]\s*[^·•。！？，,、\s]{2,16}\s*[·•])\s*(?=[\u4e00-\u9fff“（(]|$)")
# A pictograph glued at a sentence's end mark ("…游泳👇。", "…亲友。🌸二、…"): a post's decoration; a
# document's sentence holds none. (A pointer after the end mark that leads a prompt to the line's end,
# "。👇扫码关注", is the prompt rules' to take with it; before a sentence it goes alone.)
_MID_PICTOGRAPH = re.compile(
    r"(?<=[\u4e00-\u9fff”」）)\d])[\U0001F300-\U0001FAFF\u261E\u261F]+(?=[。！？])|(?<=[。！？])(?![👇👉])[\U0001F300-\U0001FAFF]+(?=[\u4e00-\u9fff“（(])|(?<=[。！？])[👇👉]+(?=[\u4e00-\u9fff“（(][^。！？]*[。！？])"
)
# A page's stamp or button glued between two sentences, ending where the next sentence starts:
# who put the text up ("…。本文由支部宣传委员上传随后，…"), what the board did to the thread
# ("…。本帖已被置顶，点击收藏请驾车…"), a share button ("…。转发给家人改造期间…").
_MID_STAMP = re.compile(
    r"(?<=[。！？])(?:本文|此文|本帖|本篇)由[^。！？，,\s]{2,16}?(?:上传|投稿|供稿|整理|发布|转载)(?=[\u4e00-\u9fff“（(])"
    r"|(?<=[。！？])(?:本帖|此帖|该帖)(?:已被|被)(?:置顶|加精|锁定|高亮|推荐)(?:[，,]\s*(?:点击|点此)(?:收藏|关注|回复|分享))?(?=[\u4e00-\u9fff“（(])"
    r"|(?<=[。！？])(?:一键)?(?:转发|分享)(?:给|到)?(?:提醒)?(?:家人|朋友|好友|亲友|同事|朋友圈)(?:看看)?(?=[\u4e00-\u9fff“（(])"
)
# A forum's edit stamp glued between two sentences ("…新办法。本帖最后由 某某 于 昨天 21:07 编辑课上…").
# A text button glued between two sentences ("三、工作要求。点击收听本文各所要…"): listen to, save,
# print or share the text.
_MID_TEXT_BUTTON = re.compile(
    r"(?<=[。！？])\s*(?:点击|点此|一键)?(?:收听|播放|朗读|收藏|打印|分享)(?:本文|全文|此文|文章|本页)\s*"
    # (… unless the words go on as a sentence: "分享本文到…", "打印本文附件后…".)
    r"(?=[\u4e00-\u9fff“（(])(?![的中后到给至时并和及附内前])"
    # (… or behind a star, "…需要演示。☆收藏这篇心得八十三岁的…": the star marks a button, no sentence's word;
    # a sentence must follow, or the button's own last word would be read as the next one's first.)
    r"|(?<=[。！？])\s*[☆★]\s*(?:收藏|打印|分享|转发|复制)(?:本文|全文|此文|文章|本页|本篇|这篇[\u4e00-\u9fff]{0,2})\s*(?=[\u4e00-\u9fff“（(][^。！？]{3,}[。！？])"
    # (… or the button in its brackets, "…站立。〖收藏本段〗器材每周…": bracketed, it goes on as nothing.)
    r"|(?<=[。！？])\s*[【〖〔\[]\s*(?:点击|点此|一键)?(?:收藏|打印|复制|分享|保存|下载|朗读|收听)(?:本段|此段|这段|本文|全文|此文|本页)?\s*[】〗〕\]]\s*"
    r"(?=[\u4e00-\u9fff“（(])"
)
# A copy lock glued between two sentences ("…须知。本段落禁止复制，登录某某后可解锁各类单位完成情况如下："): the lock ends
# on what logging in does.
_MID_COPY_LOCK = re.compile(r"(?<=[。！？])\s*((?:本段落?|此段|本文|全文)(?:内容)?禁止复制[^。！？]{0,16}?(?:解锁|复制|查看|阅读))(?=[\u4e00-\u9fff“][^。！？]{4,}[。！？：:])")
_MID_EDIT_STAMP = re.compile(r"(?<=[。！？])\s*本帖最后由\s*\S{1,20}?\s*于\s*[^。！？]{1,24}?编辑\s*(?=[\u4e00-\u9fff“（(]|$)")
# An expand button glued before a sentence's end mark ("…的要点展开全文。"): a page's, never a phrase
# of a sentence (a document asks its readers to 阅读全文, never to 展开全文).
_EXPAND_BEFORE_END = re.compile(r"(?<=[\u4e00-\u9fff”」）)])(?:点击)?(?:展开全文|展开阅读全文|收起全文)\s*[>»∨︾▼↓]*(?=[。！？])")
_MID_EXPAND = re.compile(
    r"(?<=[。！？])\s*((?:点击|点此)?(?:展开|查看)(?:剩余|全文(?![件本稿])|更多)(?:内容|部分)?\s*(?:\d{1,3}\s*[%％])?\s*[>»∨︾▼↓]*"
    r"|(?:点击|点此|长按)?(?:复制|收藏|分享)(?:本段|此段))\s*(?=[\u4e00-\u9fff“（(])"
)


# A related piece's link under its label between two sentences ("…讲得很实在。相关范文：某某制度（附表格）下面，
# 我讲三点意见。"): the link ends where the next sentence opens on a word that starts a sentence (a time, 据悉,
# 下面, 此外 …); a link whose end no such word shows stays.
_MID_RELATED = re.compile(
    r"(?<=[。！？])\s*((?:相关范文|相关阅读|延伸阅读|推荐阅读|相关文章|相关链接|相关新闻|相关报道|往期回顾|往期推荐|(?:相似|同类|类似)(?:文档|范文|资料|模板))"
    r"\s*[:：]\s*[^。！？，,；;：:\s]{4,36}?)"
    r"(?=(?:今年|去年|前年|近年来?|目前|日前|近日|近期|当前|截至|截止|据悉|据了解|据介绍|据统计|据调查|下面|其中|此外|同时|另外|与此同时|为此|对此|因此|今天|昨天|\d{1,2}月\d{1,2}日|\d{4}年)[^。！？]{2,}[。！？])"
)
# … or a related question under its label, closed by its question mark ("…太大。相关问题：某某哪个更好用？建议先…").
_MID_RELATED_QUESTION = re.compile(r"(?<=[。！？])\s*((?:相关|类似|相似|其他|更多)问题[:：]\s*[^。！？；]{4,40}[？?])(?=[\u4e00-\u9fff“][^。！？]{4,}[。！？])")
# A shop's offer ending on a button between two sentences ("…同步上架。官方网店限时赠送烤盘刷一把，点击进店公司总经理…"):
# what the button's class says decides (strong_reason).
_MID_CLICK_TAIL = re.compile(r"(?<=[。！？])\s*([^。！？]{2,24}?[，,]\s*(?:点击|点此|戳)(?:进店|购买|抢购|下单|领取))(?=[\u4e00-\u9fff“][^。！？]{4,}[。！？])")


# A prompt glued before a news lead's dateline ("…客户端，视频新闻抢先看本网讯 7月8日，…").
_PROMPT_BEFORE_DATELINE = re.compile(r"^([^。！？]{4,30}?)(?=(?:本网|本报|本台|本刊|本站)讯)")
# An outlet's short name and a bar before a news lead's dateline ("某某体育丨11月5日，…").
_OUTLET_TAG = re.compile(
    r"^[\u4e00-\u9fff]{2,8}\s*[丨｜|]\s*(?=(?:\d{1,2}月\d{1,2}日(?:上午|下午|晚上|晚|早上|凌晨|中午)?[，,]|近日[，,]|日前[，,]|近期[，,]|本报讯|本网讯|据悉|据了解)[^。！？]{4,}[。！？])"
)
# Where a news lead's first sentence may open after a prompt glued before it: a quote, a time
# or a source word ("下载某某App，参与活动报名据了解，…", "打开某某客户端，看更多身边事“左脚上…”").
_LEAD_OPENER = re.compile(
    r"“|(?:今年|去年|近年来?|目前|日前|近日|近期|连日来|当前|截至|据悉|据了解|据介绍|据统计|本报讯|本网讯|记者|"
    r"今天|昨天|前天|\d{1,2}月\d{1,2}日|\d{4}年)(?=[^。！？]{2,}[。！？])"
)


# The words an app's or a page's prompt holds (see _cut_prompt_before_opener): most lines hold none.
_PROMPT_HINT = re.compile(r"App|APP|app|客户端|下载|打开|扫码|扫一扫|关注|点击|长按|戳")


# Words spoken in quotes: a clause mark inside them ("“左脚上、右脚上……”").
_SPOKEN_QUOTE = re.compile(r"“[^”]{0,30}?[，、！？。…][^”]{0,30}”")


def _cut_prompt_before_opener(text: str) -> str:
    """``text`` without a prompt glued before the first sentence of a news lead, where the lead
    opens on a quote or a word that starts one (:data:`_LEAD_OPENER`): the piece before it (6–30
    characters, no sentence end) must be a prompt to open or download an app by a named class
    (:func:`strong_reason`); otherwise ``text`` comes back whole."""
    for m in _LEAD_OPENER.finditer(text, 6):
        if m.start() > 30:
            break
        if m.group(0) == "“" and not _SPOKEN_QUOTE.match(text, m.start()):
            continue  # (a name in quotes, "关注“某某消防”", is the prompt's own: only words spoken open a lead)
        piece = text[: m.start()].strip()
        if _SENTENCE_END.search(piece) or not _SENTENCE_END.search(text, m.start()):
            break
        if piece[-1:] in "，,（(）)：:、":
            continue  # (the lead's own words before it: "…11月初，记者走进…", "某某网讯（记者…")
        if not _PROMPT_HINT.search(piece):
            continue
        reason = strong_reason(piece) or ""
        if reason.startswith("action:") and "app" in reason:
            return text[m.start() :]
    return text


# A note in round brackets between two sentences (see _strip_mid_buttons).
_MID_PAREN_NOTE = re.compile(r"(?<=[。！？])([（(][^（）()。！？]{4,30}[）)])(?=[\u4e00-\u9fff“])")


def _strip_mid_buttons(text: str) -> str:
    """``text`` without buttons glued between two of its sentences: a box that is a button
    wherever it stands (:func:`strong_reason`: ``【一键复制】``, ``【收藏本段】``), an expand
    button with the share left (``点击展开剩余68%``). A short square-bracketed label (:data:`_LABEL_BOX`:
    ``［原注］``, ``[秘书处]``) goes too. A bracketed aside, citation or year of the text's own
    (``（略）``, ``[1]``, ``〔2025〕``) stays."""
    def box(m: re.Match[str]) -> str:
        unit = m.group(1)
        # (Between two sentences, a label naming a part of the text, 【典型案例】, 【律师点评】, heads
        # what follows; before an end mark nothing follows it.)
        heads = m.re is _MID_BOX and _INLINE_HEAD.search(unit)
        reason = strong_reason(unit) or ""
        # (… or a related piece's link in brackets, "〔延伸：怎样辨别…〕".)
        return "" if reason.startswith(("action:", "meta: the site's stamp", "list: a related piece's link in brackets")) or (_LABEL_BOX.fullmatch(unit) and not heads) else m.group(0)

    def clause_box(m: re.Match[str]) -> str:
        # (After a comma only a button goes: "…32次，【点此阅读巡查日志】推动…"; a label may head a clause.)
        return "" if (strong_reason(m.group(1)) or "").startswith("action:") else m.group(0)

    def paren(m: re.Match[str]) -> str:
        inner = m.group(1)
        login = re.search(r"登录|登陆", inner) and re.search(r"观看|查看|收听|下载|学习|阅读", inner)
        # (A click on the page itself, "（点击收藏本文）", "（点此下载全文）": two action words and the page.)
        click = re.match(r"点击|点此", inner) and action_words(inner)[0] >= 2 and re.search(r"本文|全文|本页|此文|文章|原文", inner)
        return "" if login or click or (strong_reason("（" + inner + "）") or "").startswith("action:") else m.group(0)

    def unit(m: re.Match[str]) -> str:
        reason = strong_reason(m.group(m.lastindex or 1)) or ""
        # (… or a forum's edit stamp or comment count in brackets: "…第七年了。（楼主于 2 天前 修改了帖子）昨天…")
        return "" if reason.startswith(("action:", "meta: a news item's credits", "meta: a forum's edit stamp", "meta: how many readers left")) else m.group(0)

    text = _MID_BOX.sub(box, text)
    # (… and a note of the page's in round brackets: "…一样。（某某原创，搬运请先留言打招呼）如果你…".)
    text = _MID_PAREN_NOTE.sub(lambda m: "" if (strong_reason(m.group(1)) or "").startswith("notice:") else m.group(0), text)
    text = _MID_CLAUSE_BOX.sub(clause_box, text)
    text = _MID_DOTTED.sub("", text)
    text = _MID_PICTOGRAPH.sub("", text)
    text = _MID_EDIT_STAMP.sub("", text)
    text = _MID_TEXT_BUTTON.sub("", text)
    text = _MID_STAMP.sub("", text)
    text = _MID_SERVICE.sub(unit, text)
    text = _MID_SHARE_PROMPT.sub(unit, text)
    text = _MID_RELATED.sub("", text)
    text = _MID_RELATED_QUESTION.sub("", text)
    text = _MID_COPY_LOCK.sub(lambda m: "" if (strong_reason(m.group(1)) or "").startswith("action:") else m.group(0), text)
    text = _MID_CLICK_TAIL.sub(lambda m: "" if (strong_reason(m.group(1)) or "").startswith("action:") else m.group(0), text)
    # (… a contact or an action by any class: the messenger id says whose it is.)
    text = _MID_MESSENGER_PITCH.sub(lambda m: "" if (strong_reason(m.group(1)) or "").startswith(("contact:", "action:")) else m.group(0), text)
    text = _MID_ASK_BUTTON.sub(lambda m: "" if (strong_reason(m.group(1)) or "").startswith(("action:", "contact:")) else m.group(0), text)
    text = _MID_CONTACT_ID.sub(lambda m: "" if (strong_reason(m.group(1)) or "").startswith("contact:") else m.group(0), text)
    text = _EXPAND_BEFORE_END.sub("", text)
    if "（" in text or "(" in text:
        text = _MID_PAREN.sub(unit, text)
    text = _BOX_BEFORE_END.sub(box, text)
    text = _MID_PAREN_PROMPT.sub(paren, text)
    return _MID_EXPAND.sub("", text)


# A site's service prompt glued between two sentences, no mark after it ("…一大步。需要本文Word版请联系客服在过去
# 一个月里，…"): it ends on whom to contact, the next sentence starts in Chinese.
_MID_SERVICE = re.compile(r"(?<=[。！？])\s*((?:需要|如需|想要)[^。！？，,]{1,12}?(?:请|可)?(?:联系|咨询|私信|添加|加)(?:客服|小编|站长|博主|管理员))(?=[\u4e00-\u9fff“])(?!微信|QQ|电话|热线|手机|邮箱|号|V)")
# A service's pitch that ends on its messenger id "as above" (写讲话稿找老杨，原创不撞稿，QQ同上), glued between two
# sentences with no mark of its own: what it sells decides (strong_reason's contact classes).
# (… or on the id itself after 微信同号, a question before it: "讲话稿不会写？某某代笔，微信同号 bq-wenmi25".)
_MID_MESSENGER_PITCH = re.compile(
    # (… a short question leading it in goes with it: "稿子写不出？某某代笔先生帮你，QQ同上".)
    r"(?<=[。！？])\s*((?:[^。！？]{2,12}[？?])?[^。！？]{4,30}?(?:QQ|qq|微信|VX|vx|V信)\s*(?:同上|同号)"
    r"|[^。！]{2,16}[？?][^。！？]{2,16}?(?:QQ|qq|微信|VX|vx|V信|企鹅)(?:同号|号)?\s*[:：]?\s*(?:[A-Za-z0-9][A-Za-z0-9_\-]{4,19}|\d{3,5}(?:[ \u00a0]\d{3,5}){1,2})(?:\s*(?:领取|获取|咨询|下载)|\s*帮(?:你|您)[^。！？]{0,8}[。！？]?)?)\s*(?=[\u4e00-\u9fff“][^。！？]{4,}[。！？])"
)
# A prompt to pass the page on when the reader found it useful, glued between two sentences with no mark of
# its own ("…不少于30分钟。觉得有用，就转给你家店长看看消毒好的碗…"): it ends on 看看 or 吧, the next
# sentence starts in Chinese. (Closed by a full stop it is a sentence: the text's own advice may read so.)
# (… or to like it: "觉得有用，给支部点个赞不足之处是…".)
_MID_SHARE_PROMPT = re.compile(
    r"(?<=[。！？])\s*((?:如果|要是)?觉得(?:有用|不错|有帮助|实用|有收获)[，,]?(?:就|请|的话[，,]?)?"
    r"(?:(?:转给|转发给|分享给|发给|转发到|分享到)[^。！？，,]{0,12}?(?:看看|瞧瞧|吧)|(?:给|为)[^。！？，,]{1,8}?点(?:个|一个)?赞(?:吧)?))(?=[\u4e00-\u9fff“])"
)
# A lead question and a button glued between two sentences ("…享有著作权。想让律师帮您写律师函？点此预约未经许可…"):
# a sentence must follow (at the line's end, "…站位。想学实操？点此预约下期名额", the button's object is no sentence).
_MID_ASK_BUTTON = re.compile(r"(?<=[。！？])\s*((?:想|遇到|需要|还想)[^。！？]{1,14}[？?]\s*(?:点此|点击|点这里|戳这里)(?:预约|咨询|报名|领取|下载|查看|了解|获取|提问))(?=[\u4e00-\u9fff“][^。！？]{4,}[。！？])")
# A field of minutes or of a notice's arrangements (GB/T 9704-2012 does not govern minutes; these are
# the usual keys of a 会议纪要's head).
_MINUTES_FIELD = re.compile(r"(?:时间|地点|主持人?|参会人员|参会|出席|列席|缺席|记录人?|议题)\s*[:：]")
# A service's messenger id glued between two sentences ("…是否准确。写稿加V：abc_123老师说，…"): the id's
# Latin letters end where the next sentence's Chinese begins.
_MID_CONTACT_ID = re.compile(r"(?<=[。！？])\s*([\u4e00-\u9fff]{0,8}(?:加V|加v|加微信?|微信号?|VX|vx|V信|QQ|qq)\s*[:：]?\s*[A-Za-z][A-Za-z0-9_\-]{4,19})(?=[\u4e00-\u9fff“])")
# A bracketed button closing a short line, a wiki's section heading ("材质与类型[编辑此段]").
_TAIL_TEXT_BOX = re.compile(r"\s*[【〔\[［][^【】〔〕\[\]［］]{2,6}[】〕\]］]$")
_LEADING_BOX = re.compile(r"^[【\[〔]([^【】\[\]〔〕]{4,24})[】\]〕]\s*")


def _strip_leading_buttons(text: str) -> str:
    """``text`` without buttons glued before its text: bracketed boxes each starting with a
    button's verb and mostly action words (``【复制本段】``, ``〔打印〕〔收藏〕``), or an expand
    button (``展开全文``, ``点击查看``); at least 10 characters must follow. ``【注】``,
    ``【案例】`` and a sentence that starts with 查看 or 点击 as its verb stay."""
    m = _LABEL_BEFORE_SALUTATION.match(text)
    if m:
        return text[m.end() :]  # "【社区通知】各位居民朋友：": a column's label before the salutation
    m = _LEADING_BOX.match(text)
    if m and len(text) - m.end() >= 10 and (strong_reason(m.group(1)) or "").startswith("action: study points"):
        return text[m.end() :].lstrip()  # "【阅读本文可获得学习积分2分】按照…": the platform's note
    m = _LEADING_BUTTONS.match(text)
    if m and len(text) - m.end() >= 10:
        boxes = [b.strip() for b in re.findall(r"[【\[〔]([^【】\[\]〔〕]*)[】\]〕]", m.group(1))]
        if boxes and all(b and _BUTTON_VERB.match(b) and action_words(b)[1] >= 0.5 * len(b) for b in boxes):
            return text[m.end() :]
        if len(boxes) >= 2 and all(_FONT_BOX.match(b) for b in boxes):
            # (A set of font-size buttons; one bracketed letter, 【A】类项目, is the text's.)
            return text[m.end() :]
        if len(boxes) == 1 and _FONT_ROW_BOX.match(boxes[0]):
            return text[m.end() :]  # "【字体：大 中 小】为进一步…": the font-size row in one box
        return text
    m = _EXPAND_HEAD.match(text)
    if m and len(text) - m.end() >= 10:
        return text[m.end() :]
    m = _SYMBOL_FRAMED_BUTTON.match(text)
    if m and len(text) - m.end() >= 10 and _BUTTON_VERB.match(m.group(2)) and (strong_reason(m.group(0)) or "").startswith("action:"):
        return text[m.end() :]  # "☆收藏这篇☆后来，学校…": a button framed by two copies of one symbol
    return text


# A button between two copies of one symbol at a line's start ("☆收藏这篇☆", "◆打印本页◆").
_SYMBOL_FRAMED_BUTTON = re.compile(r"^([★☆◆◇●○■□♦※▲△])([^★☆◆◇●○■□♦※▲△]{2,8})\1(?=[\u4e00-\u9fff“])")
