"""The publish date written in a document, for records that give none.

Looked for, in this order (:func:`document_date`):

1. the 成文日期 under the signature: a line holding only a date (``2025年5月20日``,
   ``二〇二五年五月二十日``, ``２０２５年５月２０日``) among the last lines of the body;
2. the date under a speech's title: a date-only line, bracketed or not
   (``（2023年3月8日）``), or a subtitle that starts with the date
   (``——2024年1月18日在…会议上``), among the leading lines;
3. a publish line of a scraped page (``发布时间：2023-11-06``, ``发表于 2024-3-2 21:17``,
   a byline ``… 2024年05月16日 07:30`` or ``2023年6月18日 作者：… 分类：…``, a line
   holding only ``2024-04-06``) among the leading lines;
4. the 印发日期 of the document's 版记 (``某某办公室　2024年7月3日印发``, GB/T 9704-2012);
5. a publish line among the page's lines right after the body (an answer's
   ``编辑于 2024-05-03 10:22``, a post's ``发布于 …``), labelled by a publish word.

Step 1 also reads a postscript saying when the text was written (``（2024年11月20日，写于灯下）``);
step 2 a regulation's 题注 (``（2024年12月30日某某局印发，自2025年2月1日起施行）``: the day it was
issued, adopted or published, never the day it takes effect); step 3 a periodical's issue line
(``编辑部　2025年9月5日出刊``).
Step 2 also reads a subtitle that ends with the date (``——在…会议上（2024年2月26日）``);
step 3 a byline row whose date is a cell between spaces (``某某晚报　2024年12月03日　第A05版``)
and a feed's RFC 822 date (``发布于：Tue, 18 Feb 2025 09:12:00 +0800``).

Last, for a record with none of these, :func:`date_from_address`: a text that opens with a
month and day (``3月14日下午，…``) takes its year from a dated page address a few days later.

Never a year alone (``2024年工作要点``) and never an upload date (``上传于…``,
``上传时间：…``: when a file was shared, not written) or a server time (``GMT+8, …``).
"""

from __future__ import annotations

import datetime as dt
import re

__all__ = ["SEASON_NOTE", "document_date", "answer_date", "is_date_line", "is_written_on", "parse_cn_date", "is_upload_line", "date_from_address", "effective_date", "PUBLISH_LABELS", "DOC_DATE_FIELD"]

_CN_DIGIT = {"〇": 0, "○": 0, "零": 0, "Ｏ": 0, "O": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_NUM = r"[\d〇○零Ｏ一二两三四五六七八九十]"
_DATE = re.compile(rf"({_NUM}{{4}})\s*年\s*({_NUM}{{1,3}})\s*月\s*({_NUM}{{1,4}})\s*日")
# A year starts with 19 or 20, so a date glued after a user name ("admin102025-03-14")
# is read too.
_ISO = re.compile(r"((?:19|20)\d{2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})(?!\d)")
_ISO_ONLY_LINE = re.compile(r"^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s*(?:(?:星期|周)[一二三四五六日天])?$")
_DATE_ONLY_LINE = re.compile(
    rf"^[（(]?\s*{_NUM}{{4}}\s*年\s*{_NUM}{{1,3}}\s*月\s*{_NUM}{{1,4}}\s*日\s*(?:[上中下]午|凌晨|清晨|夜|深夜|晚|夜里)?\s*[）)]?(?:(?:星期|周)[一二三四五六日天])?"
    # (a note glued after a signature's date: "（此件公开发布）")
    r"(?:[（(][^（）()\d]{2,12}[）)])?$"
)
#: A document's own date field at its end (编制日期：2025年3月15日, 成文日期：…): when it was
#: compiled, written, issued or revised. Shared with the cleaner (the text ends there).
DOC_DATE_FIELD = re.compile(
    rf"^(?:编制|编写|成文|印发|签发|制定|修订|报告|填报|发文|公告|公示|通告)(?:日期|时间)\s*[:：]\s*{_NUM}{{4}}\s*年\s*{_NUM}{{1,3}}\s*月\s*{_NUM}{{1,4}}\s*日"
    # (… or an agreement's day of signing, a template's placeholders allowed: 签订日期：××××年××月××日)
    rf"|^签(?:订|署|约)(?:日期|时间)\s*[:：]\s*[\d〇○零Ｏ一二两三四五六七八九十×XＸ]{{2,4}}\s*年"
    # (… or a charter's or a rule's day of adoption: "本章程于2024年11月26日经成员大会通过。")
    rf"|^(?:第[一二三四五六七八九十百\d]{{1,4}}条[\s\u3000]*)?本(?:章程|办法|规定|制度|公约|细则|规则|条例|守则)(?:已)?(?:于|经)\s*{_NUM}{{4}}\s*年\s*{_NUM}{{1,3}}\s*月\s*{_NUM}{{1,4}}\s*日[^。，]{{0,20}}(?:审议)?通过"
    # (… or who drew it up and the day, on one line: "编制：工艺组　2025年3月18日", "起草：安全科 2025年4月2日".)
    rf"|^(?:编制|编写|起草|拟稿|制定|制表|填报)(?:人|单位|部门)?\s*[:：]\s*[^\s\d：:，。]{{1,12}}[\s\u3000]+{_NUM}{{4}}\s*年\s*{_NUM}{{1,3}}\s*月\s*{_NUM}{{1,4}}\s*日$"
)
# How an issuer's name ends (某某局, 某某委员会, 某某中心, 某某公司, 某某村民委员会 …).
_ISSUER_END = (
    r"(?:局|委|会|院|所|办|处|室|中心|政府|公司|学校|小学|中学|大学|学院|站|队|社|部|厅|街道|镇|乡|村|"
    r"集团|医院|支部|党委|党组|总支|科|馆|厂|场|团|组|庭|行|店)"
)
# The issuer and the date glued after a text's last sentence, on a text without line breaks:
# a name of 2–30 characters without punctuation ending as an issuer's does, then a whole date
# ending the line.
_GLUED_SIGNATURE_DATE = re.compile(
    rf"[。！]\s*[\u4e00-\u9fff（）()]{{1,28}}?{_ISSUER_END}\s*({_NUM}{{4}}\s*年\s*{_NUM}{{1,3}}\s*月\s*{_NUM}{{1,4}}\s*日)\s*$"
)
# … or on a line of their own, a space apart, as a flattened page sets a 落款 ("某某市消费者协会 2025年1月15日").
_SIGNATURE_LINE = re.compile(
    rf"^[\u4e00-\u9fff（）()]{{1,28}}?{_ISSUER_END}[\s\u3000]+({_NUM}{{4}}\s*年\s*{_NUM}{{1,3}}\s*月\s*{_NUM}{{1,4}}\s*日)$"
)
# "（二〇二四年十一月二十日，写于县城）", "2024年11月20日夜于灯下": a postscript saying when
# (and where) the text was written, at its end.
_WRITTEN_ON = re.compile(
    rf"^[（(]?\s*{_NUM}{{4}}\s*年\s*{_NUM}{{1,3}}\s*月\s*{_NUM}{{1,4}}\s*日\s*(?:[上中下]午|凌晨|清晨|夜|深夜|晚)?\s*[，,、]?\s*"
    r"(?:[记写作草修改定成脱]稿?于|于)[^，。！？（）()]{1,16}[）)]?$"
    # "写于2024年11月2日，退休后第一个秋天。": the same postscript, the day after its verb.
    rf"|^[（(]?\s*[记写作草定成脱]稿?于\s*{_NUM}{{4}}\s*年\s*{_NUM}{{1,3}}\s*月\s*{_NUM}{{1,4}}\s*日[^。！？]{{0,20}}[。）)]?$"
)
# "（2024年12月30日县政府办公室印发，自2025年2月1日起施行）": a regulation's 题注 under its
# title, the day the document was issued, adopted or published.
_ISSUED_NOTE = re.compile(
    rf"^[（(]\s*{_NUM}{{4}}\s*年\s*{_NUM}{{1,3}}\s*月\s*{_NUM}{{1,4}}\s*日\s*[^，。；（）()]{{0,30}}?"
    r"(?:印发|发布|公布|颁布|通过|修订|修正|施行)"
)
# "编辑部　2025年9月5日出刊", "2025年3月1日编印": a periodical's issue line.
# ("某某协会编印　2025年10月31日": the issuer's imprint, then its day.)
_ISSUE_DATE = re.compile(
    rf"{_NUM}{{4}}\s*年\s*{_NUM}{{1,3}}\s*月\s*{_NUM}{{1,4}}\s*日\s*(?:出刊|出版|编印|刊印|印制)"
    rf"|(?:编印|出刊|刊印|印制)[\s\u3000]*{_NUM}{{4}}\s*年\s*{_NUM}{{1,3}}\s*月\s*{_NUM}{{1,4}}\s*日$"
)
# "本制度自2025年2月20日起施行", "本规范自2025年8月1日起试行": when a rule takes effect
# (… after a clause on who drafted or interprets it: "本规程由县农技中心提出并起草，自…起实施").
_IN_FORCE = re.compile(
    rf"本(?:制度|规范|办法|规定|细则|条例|方案|标准|守则|规程|准则|章程|公约|意见|通知|决定)(?:[^。！？；]{{2,30}}[，,])?(?:自|从|于)\s*{_NUM}{{4}}\s*年\s*{_NUM}{{1,3}}\s*月\s*{_NUM}{{1,4}}\s*日\s*(?:起)?(?:施行|试行|执行|实施|生效)"
)
# "——2024年1月18日在…会议上", "（2023年3月8日在全县…上）": the day a speech was given.
# (… or the day alone after a dash under the title: "——2025年3月18日".)
_SUBTITLE_DATE = re.compile(rf"^(?:[—\-－–]{{1,2}}|[（(])\s*{_NUM}{{4}}\s*年\s*{_NUM}{{1,3}}\s*月\s*{_NUM}{{1,4}}\s*日\s*(?:[在于，,]|$)")
# A byline: a date beside the page's meta keys ("2023年6月18日 作者：闲云 分类：…").
# A counter's key may carry its unit ("阅读次数：233", "浏览量：1,902").
_BYLINE_KEY = re.compile(r"(?:作者|来源|稿源|编辑|责任编辑|分类|栏目|通讯员|供稿|(?:浏览|阅读|点击|访问)(?:次数|量|数)?)\s*[:：]")
# (A bare 日期/时间 label only: "缴费时间：", "诉求时间：" label a date the document talks about.)
# A meeting's 时间 field and the fields under it (GB/T 9704's 纪要 opens with them).
_MEETING_TIME = re.compile(r"^(?:会议)?时间\s*[:：]")
_MEETING_NEXT = re.compile(r"^(?:会议)?(?:地点|主持人?|参会人员|参加人员|出席|列席)\s*[:：]")
#: The labels a page gives its publish date (发布时间, a CMS's 添加时间 or 录入时间, a paper's
#: 刊发日期): the page's date. (上传, 更新 … label another time: see _UPLOAD.)
PUBLISH_LABELS = r"发布时间|发布日期|(?:公示|公告|印发|签发|刊发|刊登|发稿|添加|录入|上线|信息|文章)(?:日期|时间)|发表时间|发文日期|成文日期"
# (… and a blog's "写于 2025年4月13日 · 栏目 · 阅读数" over the post: its byline, the day it was posted.)
_PUBLISH = re.compile(
    PUBLISH_LABELS
    + r"|[【\[〔][^】\]〕:：]{0,6}(?:时间|日期)\s*[:：]|发表于|发布于|回答于|解答于|答复于|会议时间\s*[:：]|(?<![\u4e00-\u9fff])(?:日期|时间|发布|发表|发文)\s*[:：|｜]"
    + r"|^写于\s*(?=\d{4}\s*[年\-/.])"
)
_FULL_DATE = re.compile(rf"{_NUM}{{4}}\s*年\s*{_NUM}{{1,3}}\s*月\s*{_NUM}{{1,4}}\s*日?|(?:19|20)\d{{2}}\s*[-/.]\s*\d{{1,2}}\s*[-/.]\s*\d{{1,2}}")
# (… "在 2025-08-19 11:06 的文本快照": a search engine's snapshot of the page.)
_UPLOAD_AFTER = re.compile(r"\s*(?:\d{1,2}\s*[:：]\s*\d{2}(?:\s*[:：]\s*\d{2})?\s*)?(?:更新|上传|修改|编辑|收录|入库|抓取|快照|分享|的(?:文本|网页|页面)?快照|保存的)(?!\s*[:：])")
# A Q&A question's stamp ("提问于 2024-03-29", "提问时间：…"): the answer's day is the page's text's.
_ASKED_ON = re.compile(r"提问(?:于|时间|日期)|问于\s*\d")
# A Q&A answer's stamp ("回答于 2025-04-22 11:03").
# (… and an office's reply under a resident's letter, "回复时间：2025-03-21"; a thread's "回复于" is a reader's.)
_ANSWERED = re.compile(r"(?:(?:回答|解答|答复)(?:于|时间|日期)|回复(?:时间|日期))\s*[:：]?\s*\d")
# Below the body only a date labelled so is the document's (a related list's dates are not).
_PUBLISH_AFTER = re.compile(r"发布时间|发布日期|发表时间|发表于|发布于|编辑于|首发于|成文日期")
# Words that make a date an upload, update or server time when they label it.
# (… or a member's own dates on a forum's poster card: 注册时间, 加入于, 最后登录.)
# (… or when a collection typed the piece in, "本篇录入于2024-12-28": its copy's day, not the text's; a CMS byline's
# "录入时间：…" is the day the page went up, its date.)
_UPLOAD = re.compile(r"上传|录入于|更新|修改|最后编辑|最近编辑|最新编辑|下载|访问|截止|GMT|Processed|保存|快照|缓存|抓取|采集|转换|生成|导出|贡献|打印|收录|收入(?:文集|本集|合集|专栏|本书)|入库|分享|共享|失效|有效期|过期|注册|加入|入站|登录|登陆|在线(?:时间|于|时长)")
# When a site added an entry (添加时间): a model-text site's or a file host's stamp on what it
# collected, not the text's day — unless the row files the entry under the site's own news
# column (新闻类别：公司新闻, 栏目：镇村动态), where it is the news item's publish time.
_ADDED = re.compile(r"添加(?:时间|日期|于)")
_NEWS_COLUMN = re.compile(r"(?:栏目|类别|分类|频道)\s*[:：]\s*[^\s\u3000]{0,8}(?:新闻|动态|要闻|资讯|公告|通知)")
_ANY_DATE = re.compile(rf"{_NUM}{{4}}\s*年|(?:19|20)\d{{2}}\s*[-/.]\s*\d")
# "2024-12-30 · 随笔 · 约1500字": a byline row whose first cell is the date.
_ISO_CELL = re.compile(r"^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s*[·•|｜丨\u3000]")
_CLOCK = re.compile(r"\d{1,2}\s*[:：]\s*\d{2}")
# "某某拾遗　2024年05月30日　阅读 318", "某某晚报　2024年12月03日　第A05版": a byline row, the
# date a cell of its own between spaces, in a short line with no clause punctuation.
_DATE_CELL = re.compile(
    rf"(?:^|[\s\u3000])(?:{_NUM}{{4}}\s*年\s*{_NUM}{{1,2}}\s*月\s*{_NUM}{{1,3}}\s*日|(?:19|20)\d{{2}}[-/.]\d{{1,2}}[-/.]\d{{1,2}})(?:[\s\u3000]|$)"
)
_CLAUSE_MARK = re.compile(r"[，。！？；,;!?]")
# "某某办公室　2024年7月3日印发": the 印发日期 of a document's 版记 (GB/T 9704-2012 §7.4.3).
# (… or a rule's issuer and its day of issue on one line: "某某厂　2025年2月10日发布", "…2025年3月3日制定")
_ISSUED = re.compile(rf"{_NUM}{{4}}\s*年\s*{_NUM}{{1,2}}\s*月\s*{_NUM}{{1,3}}\s*日\s*(?:印发|发布|制定|制发|修订|颁布)$")
# "——在全市…会议上（2024年2月26日）": a subtitle that ends with the day of the speech.
_SUBTITLE_DATE_END = re.compile(rf"^[—\-－–]{{1,2}}.{{4,60}}[（(]\s*{_NUM}{{4}}\s*年\s*{_NUM}{{1,2}}\s*月\s*{_NUM}{{1,3}}\s*日\s*[）)]$")
# "Tue, 18 Feb 2025 09:12:00 +0800": a feed's date (RFC 822) on a publish line.
_RFC822 = re.compile(r"\b(\d{1,2})\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+((?:19|20)\d{2})\b")
_MONTHS = {m: k for k, m in enumerate(("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"), 1)}


def _cn_number(s: str) -> int | None:
    """``2025``, ``二〇二五`` (digit by digit), ``二十``, ``十二``, ``三十一`` → int; None if not a number."""
    s = s.translate(str.maketrans("０１２３４５６７８９", "0123456789"))
    if s.isdigit():
        return int(s)
    if "十" in s:
        head, _, tail = s.partition("十")
        tens = _CN_DIGIT.get(head, None) if head else 1
        ones = _CN_DIGIT.get(tail, None) if tail else 0
        return None if tens is None or ones is None else tens * 10 + ones
    digits = [_CN_DIGIT.get(ch) for ch in s]
    if None in digits:
        return None
    return int("".join(str(d) for d in digits))


def parse_cn_date(text: str) -> dt.date | None:
    """The first full date in ``text`` (``YYYY年M月D日`` in Arabic, full-width or Chinese
    numerals, or ``YYYY-MM-DD`` / ``YYYY/M/D`` / ``YYYY.M.D``, or RFC 822's ``18 Feb 2025``)
    as a date; None when none is valid."""
    for rx in (_DATE, _ISO, _RFC822):
        m = rx.search(text)
        if m:
            if rx is _RFC822:
                y, mo, d = int(m.group(3)), _MONTHS[m.group(2)], int(m.group(1))
            else:
                y, mo, d = (_cn_number(g) for g in m.groups())
            if None in (y, mo, d):
                continue
            try:
                return dt.date(y, mo, d)
            except ValueError:
                continue
    return None


def _plausible(d: dt.date | None) -> dt.date | None:
    return d if d is not None and 1949 <= d.year <= dt.date.today().year + 1 else None


# "上传人：…　日期：2026-01-04", "贡献者：…": a row about who shared the file; its date is
# when the file was shared.
_UPLOADER = re.compile(
    r"(?:上传|贡献|分享)(?:人|者|用户|会员)\s*[:：]"
    # … or describes the file a host offers (资料等级：★★★, 文件大小：, 文档格式：): the date
    # beside is when the host added it.
    r"|(?:资料|文档|文件|软件|素材|范文)(?:等级|类别|类型|大小|格式|评级|页数)\s*[:：]"
    # (… or counts its downloads: 下载次数：1173　添加时间：…)
    r"|下载(?:次数|量)\s*[:：]"
)
# A row saying a site's user sent the text in ("2025-06-20　范文来源：网友投稿"): its date is the upload's.
_NETIZEN_SOURCE = re.compile(r"来源\s*[:：]\s*(?:网友|用户|会员)(?:投稿|上传|分享|提供)")


_WEB_ADDRESS = re.compile(r"(?:https?://)?[\w-]+(?:\.[\w-]+)*\.(?:cn|com|net|org|gov|edu|info)(?:/[^\s，。）)]*)?", re.I)


# An upload or update time's key alone on its line, its value on the next ("更新时间：", "上传于", "入库更新：").
_UPDATE_KEY_ONLY = re.compile(r"^[\u4e00-\u9fff]{0,2}(?:更新|上传|修改|收录|入库|添加|抓取)(?:时间|日期|于)?\s*[:：]?$")


def _upload_date(s: str) -> bool:
    """The line's first date is labelled an upload, update or server time
    (``上传时间：…``, ``GMT+8, …``), or the line names who uploaded the file
    (``上传人：…　日期：…``) or describes the file a host offers (``资料等级：…　添加时间：…``);
    a download button elsewhere on the line is not."""
    s = _WEB_ADDRESS.sub(" ", s)  # (an address's date path, …/2025/0418/…, is no date of the line's)
    m = _ANY_DATE.search(s)
    if m is None:
        return False
    if _UPLOAD.search(s[max(0, m.start() - 12) : m.start()]) is not None or _UPLOADER.search(s[: m.start()]) is not None:
        return True
    if _ADDED.search(s[max(0, m.start() - 12) : m.start()]) is not None and _NEWS_COLUMN.search(s) is None:
        return True
    if _NETIZEN_SOURCE.search(s):
        return True
    # … or the word after the date says so ("时间：2025-07-08 更新", "2025/3/2 10:20 上传").
    whole = _FULL_DATE.match(s, m.start())
    return whole is not None and _UPLOAD_AFTER.match(s, whole.end()) is not None


def is_upload_line(line: str) -> bool:
    """True when the first date on ``line`` (one line of a page) is when a file was uploaded,
    updated or cached, not when the document was written (see :func:`document_date`)."""
    return _upload_date(line)


# The same postscript with a year and a season only ("写于山坡下的小屋，2024年夏", "（2019年冬，记于灯下）"):
# no date, but the text's own last line.
_WRITTEN_IN_SEASON = re.compile(
    rf"^[（(]?\s*[记写作草定成脱]稿?于[^，。！？（）()]{{1,16}}[，,、]\s*{_NUM}{{4}}\s*年\s*(?:[春夏秋冬]季?|初|末|底|岁末|深秋|初春|盛夏|隆冬)[^。！？（）()]{{0,6}}[）)]?$"
    rf"|^[（(]?\s*{_NUM}{{4}}\s*年\s*(?:[春夏秋冬]季?|初|末|底|岁末|深秋|初春|盛夏|隆冬)\s*[，,、]?\s*[记写作草定成脱]稿?于[^，。！？（）()]{{1,16}}[）)]?$"
    # (… or a year of the sexagenary cycle: "写于甲辰年冬，某某", "记于乙巳年正月": labelled body 7 times, chrome never.)
    r"|^[（(]?\s*[记写作草定成脱]稿?于[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年[^。！？（）()]{0,12}[）)]?$"
    # (… or where alone, unbracketed and without a year: "写于某某老屋", "写于清明前夜": labelled body 11 times,
    # chrome once, in brackets; "写于2019年冬" stays the season note the labels split on.)
    r"|^[记写作]于[^，。！？（）()\d〇零一二三四五六七八九十]{2,12}$"
    # (… or the year first, then where: "癸卯年春于某某斋", "甲辰年冬，写于老屋".)
    r"|^[（(]?\s*[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年[^，。！？（）()]{0,4}[，,]?\s*(?:[记写作草定成脱]稿?)?于[^，。！？（）()]{1,12}[）)]?$"
)


def is_date_line(line: str) -> bool:
    """``line`` holds only a full date, maybe with the time of day or the weekday
    (``2025年5月20日``, ``二〇二五年五月二十日``, ``2024年7月21日夜``, ``（2023年3月8日）``): a 成文日期
    or a postscript's date, the text's own."""
    return len(line) <= 30 and _DATE_ONLY_LINE.match(line.replace(" ", "")) is not None


def is_written_on(line: str) -> bool:
    """``line`` is a postscript saying when and where the text was written (``2024年11月20日写于…``,
    ``（二〇二四年十一月二十日，写于县城）``, or with a season only, ``写于山坡下的小屋，2024年夏``):
    the text's own last line."""
    if SEASON_NOTE.match(line.strip()):
        return False  # "（写于2024年冬，病中）": a collection's note on the copy in brackets, no postscript of the text
    return len(line) <= 40 and (_WRITTEN_ON.match(line) is not None or _WRITTEN_IN_SEASON.match(line) is not None)


#: A note in brackets saying in what year and season (or decade) the text was written or copied,
#: no day ("（写于二〇一八年冬，录入时略有删改）", "（二〇二三年秋，写于堤上小屋）", "（一九八〇年代旧稿，
#: 二〇二四年重抄）"): a collection's note on its copy; a postscript with its day, "（二〇二四年十一月
#: 二十日，记于县城）", is the text's own.
SEASON_NOTE = re.compile(
    rf"^[（(](?=[^（）()]*(?:[写记作录抄]|整理|旧稿))(?![^（）()]*{_NUM}\s*[日号])"
    rf"[^（）()]{{0,16}}{_NUM}{{4}}\s*年(?:\s*[春夏秋冬]季?|代|初|末|底)[^（）()]{{0,18}}[）)]$"
)


def answer_date(text: str) -> dt.date | None:
    """The date of a Q&A page's answer (``回答于 2024-03-27 10:15``, ``回答时间：…``) among the lines
    of ``text`` (a page's visible text), or None: the answer is the page's text, so its day is the
    text's, not the question's above it. Lines over 80 characters are never read."""
    for s in text.splitlines():
        if len(s) <= 80 and _ANSWERED.search(s):
            d = _plausible(parse_cn_date(s))
            if d:
                return d
    return None


def document_date(lead: list[str], tail: list[str], after: list[str] = ()) -> dt.date | None:
    """The publish date of a document from its leading and closing lines, or None.

    ``lead``: the page's lines before the first body sentence (and a few after);
    ``tail``: the body's last lines (chrome after it already cut); ``after``: the
    page's lines after the body (the chrome cut there), read only for a date a
    publish word labels. See the module docstring for the order (and
    :func:`effective_date`, read after it). Lines over
    80 characters are never read.
    """
    for s in reversed(tail):
        if (len(s) <= 30 and _DATE_ONLY_LINE.match(s.replace(" ", ""))) or (
            len(s) <= 40 and (_WRITTEN_ON.match(s) or DOC_DATE_FIELD.match(s) or _SIGNATURE_LINE.match(s))
        ):
            d = _plausible(parse_cn_date(s))
            if d:
                return d
    glued = _GLUED_SIGNATURE_DATE.search(tail[-1][-60:]) if tail else None
    if glued:
        # A text that lost its line breaks (a page on one line): the signature and its 成文日期
        # end its last sentence's line ("…举报电话0771-5603315。某某县市场监督管理局2025年6月9日").
        d = _plausible(parse_cn_date(glued.group(1)))
        if d:
            return d
    for s in lead:
        if (len(s) <= 30 and _DATE_ONLY_LINE.match(s.replace(" ", ""))) or (
            len(s) <= 80 and (_SUBTITLE_DATE.match(s) or _SUBTITLE_DATE_END.match(s) or _ISSUED_NOTE.match(s))
        ) or (len(s) <= 40 and _WRITTEN_ON.match(s)) or (len(s) <= 50 and _ISSUE_DATE.search(s)):
            # (An essay may open with its postscript: "写于二〇二〇年一月八日" under the title; a
            # periodical's issue line is its own day, before a mail's or a page's date above it.)
            d = _plausible(parse_cn_date(s))
            if d:
                return d
    for k, s in enumerate(lead):
        if len(s) <= 40 and _MEETING_TIME.match(s) and any(_MEETING_NEXT.match(x) for x in lead[k + 1 : k + 3]):
            # A 纪要's own 时间 line, with 地点/主持 under it: the meeting's day is the
            # document's, before a page's posting date above it.
            d = _plausible(parse_cn_date(s))
            if d:
                return d
    d = answer_date("\n".join(lead))  # (a Q&A page: the answer's date is its text's, not the question's above it)
    if d:
        return d
    if any(len(s) <= 80 and _ASKED_ON.search(s) for s in lead):
        # (… and when the answer's row with its day stands under the answer, below the text.)
        d = answer_date("\n".join(after))
        if d:
            return d
    for k, s in enumerate(lead):
        if len(s) > 80 or _upload_date(s):
            continue
        if k and _UPDATE_KEY_ONLY.match(lead[k - 1].strip()):
            continue  # the value under a key alone on its line ("更新时间：" / "2025-02-03 14:22:10"): an update
        if k and len(s) <= 30 and not _CLAUSE_MARK.search(s) and _UPLOADER.search(lead[k - 1]) and not _PUBLISH.search(s):
            # A share row split at its gaps ("分享者：某某" / "2024-05-07 14:10" / "失效时间：…"):
            # the date cell under the sharer's is when the file was shared.
            continue
        if (
            _PUBLISH.search(s)
            or _CLOCK.search(s)
            or _BYLINE_KEY.search(s)
            or _ISO_ONLY_LINE.match(s.strip("〔〕[]【】（）() \u3000"))  # (a collection's "〔2023-10-15〕" under the title)
            or _ISO_CELL.match(s)
            or _ISSUE_DATE.search(s)
            or (len(s) <= 50 and _DATE_CELL.search(s) and not _CLAUSE_MARK.search(s))
        ):
            d = _plausible(parse_cn_date(s))
            if d:
                return d
    for s in [*reversed(tail), *after]:
        if len(s) <= 40 and _ISSUED.search(s):
            d = _plausible(parse_cn_date(s))
            if d:
                return d
    for s in after:
        if len(s) <= 80 and _PUBLISH_AFTER.search(s) and not _upload_date(s):
            d = _plausible(parse_cn_date(s))
            if d:
                return d
    return None


def effective_date(tail: list[str]) -> dt.date | None:
    """The day a rule takes effect, from its own sentence among ``tail`` (the body's last
    lines: ``本制度自2025年2月20日起施行。``), or None: a rule that dates itself only so is
    dated by it, for want of a 成文日期 or a publish line (read after those, by the caller)."""
    for s in reversed(tail):
        m = _IN_FORCE.search(s) if len(s) <= 80 else None
        if m:
            d = _plausible(parse_cn_date(m.group(0)))
            if d:
                return d
    return None


# A page address's date path: "/2025/0315/", "/2025-03-15/", "/20250315/", "/2025/03/15/".
_ADDRESS_DATE = re.compile(r"/((?:19|20)\d{2})[-/]?(\d{2})[-/]?(\d{2})(?=[/_.\-]|\d{0,8}\.s?html?|$)")
# "3月14日下午，…", "11月2日，": a news lead's or a 纪要's opening month and day, without a year.
_OPENING_DAY = re.compile(r"^(\d{1,2})\s*月\s*(\d{1,2})\s*日")
#: Most days between the day a text opens with and the day its page's address gives.
ADDRESS_DAYS = 31


def date_from_address(first: str, address: str) -> dt.date | None:
    """The day a text opens with (``3月14日下午，社区召开…``: a news lead's or a 纪要's month and
    day, no year), its year read from the page's address (``…/2025/0315/402.html``), or None.

    For documents that give no date otherwise: the text's first paragraph ``first`` must open
    with the month and day, and that day must fall on or at most ADDRESS_DAYS days before the
    date in the address's path (a page goes up after the event it reports; across a new year
    the year before is taken)."""
    m = _OPENING_DAY.match((first or "").strip())
    a = _ADDRESS_DATE.search(address or "")
    if not m or not a:
        return None
    try:
        posted = dt.date(int(a.group(1)), int(a.group(2)), int(a.group(3)))
    except ValueError:
        return None
    for year in (posted.year, posted.year - 1):
        try:
            day = dt.date(year, int(m.group(1)), int(m.group(2)))
        except ValueError:
            return None
        if dt.timedelta(0) <= posted - day <= dt.timedelta(days=ADDRESS_DAYS):
            return _plausible(day)
    return None
