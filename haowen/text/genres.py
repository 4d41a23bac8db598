"""Genres (文种): the two-level taxonomy every layer uses, and the guess from a title.

Pure Python, no Django. This module is the one source of truth for genre codes and their
Chinese labels: the model's choices, the admin, the search facet, the API, the browse pages
and the import's guess all read :data:`GENRES` (``haowen.library.genres`` wraps it for
Django). Codes are URL slugs (``/fanwen/<genre>/<subgenre>/``) and unique across both
levels, so one code names either a main genre or a sub-genre (:func:`resolve`).

Main genres and their sub-genres, as writers of 公文 look for them:

* 讲话类 ``speech``: 讲话稿, 主持词, 致辞, 表态发言, 党课讲稿, 演讲稿
* 报告类 ``report``: 工作报告, 政府工作报告, 述职报告, 调研报告, 自查报告, 整改报告
* 总结计划 ``summary``: 工作总结, 工作计划, 心得体会
* 党政公文 ``official``: the 15 kinds of 《党政机关公文处理工作条例》 (2012) art. 8, which
  GB/T 9704-2012 lays out: 决议 决定 命令 公报 公告 通告 意见 通知 通报 报告 请示 批复 议案 函 纪要
* 方案预案 ``plan``: 实施方案, 工作方案, 应急预案
* 规章制度·法律法规 ``law``: 规章制度, 法律法规
* 新闻 ``news``, 其他 ``other`` (no sub-genres)

The eight "kinds" used before (speech report notice plan summary news law other) are all
codes here still (``notice`` is now the sub-genre 通知 of 党政公文), so old links and
records keep working (:func:`resolve`).

The guess (:func:`guess_genre`) follows the title pattern of GB/T 9704-2012 7.3.2
(发文机关 + 关于 + 事由 + 文种): a title ends with its genre word, and speeches keep the
habit (在……会议上的讲话). The genre word that ends **last** in the title wins, the longer
one when two end at the same place (``述职报告`` before ``报告``), so ``关于印发《…实施方案》的通知``
is a 通知. Before that, notes in brackets at the end go (``（试行）``, ``（征求意见稿）``,
``(十六大)``), a genre word that names a meeting (``总结表彰大会``) or a reference
(``讲话精神``) is no genre word, and a title that reports an event — a verb of news such as
强调 出席 会见 召开 after the last genre word, or a speech as the object of 发表 / 并 —
is 新闻, unless the opening lines show the speech's own text (a salutation, ``全文如下``).
When the title names no genre, the opening and closing lines decide (a salutation is a
speech, 第一条 a law, 特此通知 a notice, 妥否，请批示 a request, a dateline a news item).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = [
    "Genre",
    "SubGenre",
    "GENRES",
    "MAIN_CODES",
    "SUB_CODES",
    "DEFAULT_GENRE",
    "resolve",
    "LEGACY_KINDS",
    "label",
    "main_of",
    "code_of",
    "guess_genre",
    "guess_code",
    "choose_code",
    "query_genre",
    "query_genre_words",
]


def gettext_noop(message: str) -> str:
    """Marks a label for ``makemessages`` (the Django layer translates it at run time)."""
    return message


@dataclass(frozen=True)
class SubGenre:
    """A sub-genre: ``code`` (URL slug, unique across both levels), ``label`` (Chinese)."""

    code: str
    label: str


@dataclass(frozen=True)
class Genre:
    """A main genre with its sub-genres (possibly none)."""

    code: str
    label: str
    subs: tuple[SubGenre, ...] = ()


def _subs(*pairs: tuple[str, str]) -> tuple[SubGenre, ...]:
    return tuple(SubGenre(code, text) for code, text in pairs)


#: The taxonomy, in the order pages list it.
GENRES: tuple[Genre, ...] = (
    Genre("speech", gettext_noop("讲话类"), _subs(
        ("remarks", gettext_noop("讲话稿")),
        ("host", gettext_noop("主持词")),
        ("address", gettext_noop("致辞")),
        ("pledge", gettext_noop("表态发言")),
        ("party-lecture", gettext_noop("党课讲稿")),
        ("oration", gettext_noop("演讲稿")),
    )),
    Genre("report", gettext_noop("报告类"), _subs(
        ("work-report", gettext_noop("工作报告")),
        ("gov-report", gettext_noop("政府工作报告")),
        ("duty-report", gettext_noop("述职报告")),
        ("research", gettext_noop("调研报告")),
        ("self-check", gettext_noop("自查报告")),
        ("rectify", gettext_noop("整改报告")),
    )),
    Genre("summary", gettext_noop("总结计划"), _subs(
        ("work-summary", gettext_noop("工作总结")),
        ("work-plan", gettext_noop("工作计划")),
        ("reflection", gettext_noop("心得体会")),
    )),
    # 《党政机关公文处理工作条例》 (中办发〔2012〕14号) art. 8, in its order.
    Genre("official", gettext_noop("党政公文"), _subs(
        ("resolution", gettext_noop("决议")),
        ("decision", gettext_noop("决定")),
        ("order", gettext_noop("命令")),
        ("communique", gettext_noop("公报")),
        ("announcement", gettext_noop("公告")),
        ("circular", gettext_noop("通告")),
        ("opinion", gettext_noop("意见")),
        ("notice", gettext_noop("通知")),
        ("bulletin", gettext_noop("通报")),
        ("submission", gettext_noop("报告")),
        ("request", gettext_noop("请示")),
        ("reply", gettext_noop("批复")),
        ("motion", gettext_noop("议案")),
        ("letter", gettext_noop("函")),
        ("minutes", gettext_noop("纪要")),
    )),
    Genre("plan", gettext_noop("方案预案"), _subs(
        ("implementation", gettext_noop("实施方案")),
        ("work-scheme", gettext_noop("工作方案")),
        ("contingency", gettext_noop("应急预案")),
    )),
    Genre("law", gettext_noop("规章制度·法律法规"), _subs(
        ("rules", gettext_noop("规章制度")),
        ("laws", gettext_noop("法律法规")),
    )),
    Genre("news", gettext_noop("新闻")),
    Genre("other", gettext_noop("其他")),
)

DEFAULT_GENRE = "other"
MAIN_CODES: tuple[str, ...] = tuple(g.code for g in GENRES)
SUB_CODES: tuple[str, ...] = tuple(s.code for g in GENRES for s in g.subs)
_MAIN_OF: dict[str, str] = {s.code: g.code for g in GENRES for s in g.subs}
_LABEL: dict[str, str] = {g.code: g.label for g in GENRES} | {s.code: s.label for g in GENRES for s in g.subs}
assert len(_LABEL) == len(MAIN_CODES) + len(SUB_CODES), "genre codes must be unique across both levels"

# Labels and the old kinds' labels, so an input may say 讲话稿 or 通知 instead of a code. A
# sub-genre's label wins over a main genre's (报告 is the 公文 kind; 报告类 the main genre).
_ALIASES: dict[str, str] = {text: code for code, text in _LABEL.items()} | {
    "讲话": "speech",
    "方案": "plan",
    "总结": "summary",
    "法规": "law",
    "公文": "official",
}


def resolve(value: object) -> tuple[str, str] | None:
    """``(genre, subgenre)`` named by ``value``: a main genre or sub-genre code, an old kind
    (``speech`` … ``notice`` …) or a Chinese label (``讲话稿``, ``党政公文``); ``subgenre`` is
    ``""`` for a main genre. ``None`` when ``value`` names none (any other object too).

    >>> resolve("notice")
    ('official', 'notice')
    >>> resolve("speech")
    ('speech', '')
    """
    if not isinstance(value, str):
        return None
    key = value.strip()
    key = _ALIASES.get(key, key.lower())
    if key in _MAIN_OF:
        return _MAIN_OF[key], key
    if key in _LABEL:
        return key, ""
    return None


def main_of(code: str) -> str:
    """The main genre of ``code`` (a main genre is its own); :data:`DEFAULT_GENRE` when unknown."""
    found = resolve(code)
    return found[0] if found else DEFAULT_GENRE


def label(code: str) -> str:
    """The Chinese label of a genre or sub-genre code; ``""`` for an unknown one."""
    return _LABEL.get(code, "")


def code_of(genre: str, subgenre: str = "") -> str:
    """The most specific code of a pair: the sub-genre when there is one, else the genre."""
    return subgenre or genre


# ---------------------------------------------------------------------------------------
# The guess
# ---------------------------------------------------------------------------------------

_END = "$"  # marks a genre word that counts only at the very end of the title

# (genre word, code). Single characters (函 法 令) count only where the title ends.
_WORDS: tuple[tuple[str, str], ...] = (
    # 讲话类
    ("讲话", "remarks"), ("讲话稿", "remarks"), ("讲稿", "remarks"), ("讲话提纲", "remarks"),
    ("发言", "remarks"), ("发言稿", "remarks"), ("发言材料", "remarks"), ("发言提纲", "remarks"),
    ("表态发言", "pledge"), ("表态发言稿", "pledge"), ("表态讲话", "pledge"),
    ("主持词", "host"), ("主持稿", "host"), ("主持辞", "host"), ("串词", "host"), ("串场词", "host"),
    ("致辞", "address"), ("致词", "address"), ("贺词", "address"), ("贺信", "address"),
    ("欢迎辞", "address"), ("欢迎词", "address"), ("答谢词", "address"), ("答谢辞", "address"),
    ("祝酒词", "address"), ("祝酒辞", "address"), ("贺辞", "address"), ("开幕词", "address"), ("开幕辞", "address"),
    ("闭幕词", "address"), ("闭幕辞", "address"),
    ("党课讲稿", "party-lecture"), ("党课讲话", "party-lecture"), ("党课", "party-lecture"),
    ("演讲", "oration"), ("演讲稿", "oration"), ("演讲词", "oration"), ("演说", "oration"),
    # 报告类 (``报告`` alone is decided by :func:`_report_code`)
    ("报告", "report"), ("情况报告", "report"), ("汇报", "report"), ("汇报材料", "report"),
    ("工作报告", "work-report"), ("政府工作报告", "gov-report"),
    ("述职报告", "duty-report"), ("述职", "duty-report"), ("述廉报告", "duty-report"),
    ("述责述廉", "duty-report"), ("述职述廉", "duty-report"), ("述职述廉报告", "duty-report"),
    ("调研报告", "research"), ("调查报告", "research"), ("考察报告", "research"),
    ("自查报告", "self-check"), ("自查自纠报告", "self-check"), ("自查情况报告", "self-check"), ("自评报告", "self-check"),
    ("整改报告", "rectify"), ("整改情况报告", "rectify"), ("整改落实情况报告", "rectify"),
    # 总结计划
    ("总结", "work-summary"), ("小结", "work-summary"),
    ("计划", "work-plan"), ("工作要点", "work-plan"), ("工作安排", "work-plan"), ("工作打算", "work-plan"),
    ("工作思路", "work-plan"),
    ("心得体会", "reflection"), ("心得", "reflection"), ("体会", "reflection"), ("感悟", "reflection"),
    ("读后感", "reflection"), ("观后感", "reflection"),
    # 党政公文
    ("决议", "resolution"), ("决定", "decision"), ("命令", "order"), ("令" + _END, "order"),
    ("公报", "communique"), ("公告", "announcement"), ("通告", "circular"), ("意见", "opinion"),
    ("通知", "notice"), ("通报", "bulletin"), ("请示", "request"), ("批复", "reply"), ("议案", "motion"),
    ("函" + _END, "letter"), ("复函", "letter"), ("纪要", "minutes"),
    # 方案预案
    ("方案", "work-scheme"), ("工作方案", "work-scheme"), ("活动方案", "work-scheme"),
    ("实施方案", "implementation"), ("行动方案", "implementation"),
    ("预案", "contingency"), ("应急预案", "contingency"),
    ("规划", "plan"), ("规划纲要", "plan"),
    # 规章制度 / 法律法规
    ("法" + _END, "laws"), ("法典", "laws"), ("条例", "laws"), ("解释", "laws"), ("宪法", "laws"),
    ("规定", "rules"), ("办法", "rules"), ("细则", "rules"), ("制度", "rules"), ("守则", "rules"),
    ("章程", "rules"), ("准则", "rules"), ("规则", "rules"), ("规程", "rules"),
    # 新闻
    ("新闻联播", "news"), ("新闻稿", "news"),
    # Words of no genre here: they stop an earlier genre word from deciding
    # (关于《……的决定》的说明, a court case ……诉……行政决定案, ……年鉴).
    ("说明", "other"), ("年鉴", "other"), ("案" + _END, "other"),
)

_CODE_OF_WORD: dict[str, str] = {w.rstrip(_END): c for w, c in _WORDS}
_END_ONLY = frozenset(w.rstrip(_END) for w, _ in _WORDS if w.endswith(_END))
_WORD_RE = re.compile("|".join(sorted((re.escape(w) for w in _CODE_OF_WORD), key=len, reverse=True)))

# Words that hold a genre word's characters but are no genre word (masked before matching).
_NOT_GENRE = re.compile(
    "方法|做法|想法|说法|看法|手法|书法|算法|语法|写法|用法|打法|战法|干法|魔法|"
    "法院|法官|法治|法人|法律顾问|协议|计划生育|计划单列|征求意见|意见箱|报告厅|决定性|通知书|制度化|感悟人生"
)
# A genre word followed by these names a meeting or a reference, not the document's genre:
# 工作总结表彰大会, 述职报告会, 讲话精神.
_NOT_GENRE_AFTER = re.compile(r"(?:表彰|部署|推进|动员|评议|交流|报告|测评)?(?:大会|会议|座谈会|会|精神)")
# Notes in brackets at the end, repeated: （试行） （征求意见稿） (十六大) （2020年11月24日）.
_TRAILING_NOTE = re.compile(r"\s*[（(【\[〔][^（）()【】\[\]〔〕]{0,30}[）)】\]〕]\s*$")
_TRAILING_DECORATION = re.compile(r"(?:范文|模板|模版|样本|大全|精选|全文|汇编|\d+篇|[\s。.…!！?？:：、,，;；\-—_]+)$")
_LEADING_SPEAKER = re.compile(r"^[^：:]{1,12}[：:]\s*")  # 习近平：在…上的讲话

# News: an event reported, not a document of that genre.
_NEWS_STRONG = re.compile(r"(?:时|上|中|期间|后|会议|会)(?:强调|指出)|新闻联播")
_NEWS_VERB = re.compile(
    "出席|会见|会晤|会谈|通电话|考察|看望|慰问|走访|视察|致信|致电|复信|回信|召开|举行|举办|主持召开|签署|出访|抵达|启幕|开幕|闭幕|落幕"
)
# 发表重要讲话, 并致辞, 作重要讲话 (not 在……工作会议上的讲话: the speech word right after 的 is the text's own).
_SPEECH_AS_OBJECT = re.compile(
    r"(?:发表|并|作了?(?=重要|主旨|书面|视频|专题))[^，,。；;的]{0,12}?(?:讲话|演讲|致辞|贺词|发言|讲课)$"
)
_SPEECH_TEXT_SHOWN = re.compile(
    r"全文如下|^\W*(?:同志们|各位|女士们|朋友们|尊敬的|老师们|同学们)|(?:讲话|致辞|贺词|演讲|讲课)[（(]\d{4}年"
)

_SALUTATION = re.compile(
    r"^\W*(?:同志们|各位领导|各位同事|各位来宾|各位嘉宾|各位代表|各位委员|女士们|朋友们|尊敬的|老师们|同学们|大家好)"
)
_HEAD_REPORT = re.compile(r"(?:向(?:大会|会议)|代表[^，。]{1,20})作(?:政府)?(?:工作)?报告|作政府工作报告")
_HEAD_LAW = re.compile(r"^\W*(?:第一章|第一条)")
_HEAD_NEWS = re.compile(
    r"^\W*(?:(?:新华社|本报|人民网|央视网|中新社|中新网|新华网)[^，。]{0,16}?(?:电|讯)|\d{1,2}月\d{1,2}日(?:上午|下午|晚|晚间)?，)"
)
_HEAD_NOTICE = re.compile(r"现将[^。]{0,60}(?:通知如下|印发给你们)")
# Closing formulas of the 15 kinds (GB/T 9704-2012 examples; common usage).
_TAIL_FORMULAS: tuple[tuple[re.Pattern, str], ...] = (
    (re.compile(r"(?:妥否|当否|可否)[，,]?\s*请(?:批示|指示|审批|审示)"), "request"),
    (re.compile(r"特此函(?:告|复|达)|请(?:予)?函复|此函"), "letter"),
    (re.compile(r"特此批复|此复"), "reply"),
    (re.compile(r"特此通告"), "circular"),
    (re.compile(r"特此公告"), "announcement"),
    (re.compile(r"特此通报"), "bulletin"),
    (re.compile(r"特此报告|专此报告"), "submission"),
    (re.compile(r"特此通知"), "notice"),
)
_COURT = re.compile("最高人民法院|最高人民检察院")


def _bare_title(title: str) -> str:
    """The title without a speaker's ``name：`` in front, notes in brackets and decoration at the end."""
    t = (title or "").strip()
    t = _LEADING_SPEAKER.sub("", t) if ("讲话" in t or "致辞" in t or "发言" in t) else t
    for _ in range(4):
        stripped = _TRAILING_DECORATION.sub("", _TRAILING_NOTE.sub("", t))
        if stripped == t or not stripped:
            break
        t = stripped
    return t


def _last_genre_word(title: str) -> tuple[int, str, str] | None:
    """``(end, word, code)`` of the genre word that ends last in ``title`` (longest at a tie)."""
    masked = _NOT_GENRE.sub(lambda m: "\0" * len(m.group()), title)
    best: tuple[int, int, str] | None = None
    for start in range(len(masked)):
        m = _WORD_RE.match(masked, start)
        if m is None:
            continue
        word, end = m.group(), m.end()
        if word in _END_ONLY and end != len(masked):
            continue
        if _NOT_GENRE_AFTER.match(masked, end):
            continue
        if best is None or (end, len(word)) > best[:2]:
            best = (end, len(word), word)
    if best is None:
        return None
    return best[0], best[2], _CODE_OF_WORD[best[2]]


_REPORT_TOPICS: tuple[tuple[str, str], ...] = (
    ("述职", "duty-report"), ("述廉", "duty-report"), ("整改", "rectify"), ("自查", "self-check"),
    ("调研", "research"), ("调查", "research"),
)


def _report_code(title: str, word_end: int) -> str:
    """报告 (or 情况报告) alone: the report its subject names (关于……整改落实情况的报告 is a
    整改报告), else a 公文 report to a superior when written 关于……的报告, else 报告类."""
    before = title[:word_end]
    for word, code in _REPORT_TOPICS:
        if word in before:
            return code
    if "关于" in before and re.search(r"的(?:[^的]{0,6})?报告$", before):
        return "submission"
    return "report"


def _from_body(head: str, tail: str) -> str:
    """A code from the opening (``head``) and closing (``tail``) lines, or ``""``."""
    head = (head or "")[:400]
    tail = (tail or "")[-300:]
    if "新闻联播" in head[:80]:
        return "news"
    if m := _HEAD_REPORT.search(head[:200]):
        return "gov-report" if "政府工作报告" in m.group() else "report"
    if _SALUTATION.match(head):
        return "remarks"
    if _HEAD_LAW.match(head):
        return "law"
    if _HEAD_NEWS.match(head) and _NEWS_VERB.search(head[:120]):
        return "news"
    for pattern, code in _TAIL_FORMULAS:
        if pattern.search(tail):
            return code
    if _HEAD_NOTICE.search(head):
        return "notice"
    return ""


def guess_code(title: str | None, head: str = "", tail: str = "") -> str:
    """The most specific genre code for a document (a sub-genre code when one is named,
    else a main genre code; :data:`DEFAULT_GENRE` when nothing says).

    ``title`` is the document's title; ``head`` its first few hundred characters (the
    first paragraphs joined by newlines), ``tail`` its last few (for closing formulas
    such as 特此通知). Strings of any length; never raises.

    >>> guess_code("关于印发《XX县安全生产大检查实施方案》的通知")
    'notice'
    >>> guess_code("在全县经济工作会议上的讲话")
    'remarks'
    """
    t = _bare_title(title or "")
    found = _last_genre_word(t)
    word_end = found[0] if found else 0
    code = found[2] if found else ""
    # News: an event reported. A verb of news after the last genre word (or no genre word),
    # or a speech as the object of 发表/并 when the opening does not show the speech itself.
    strong = _NEWS_STRONG.search(t)
    if strong and not t.startswith("关于") and not (code and "的" in t[strong.end() : word_end]):
        return "news"
    if _SPEECH_AS_OBJECT.search(t):
        return "news" if not _SPEECH_TEXT_SHOWN.search((head or "")[:300]) else code or "remarks"
    verb = None
    for verb in _NEWS_VERB.finditer(t):
        pass
    if verb is not None and verb.end() > word_end and not t.startswith("关于"):
        return "news"
    if not code:
        return _from_body(head, tail) or DEFAULT_GENRE
    if code == "report":
        code = _report_code(t, word_end)
    main = main_of(code)
    if main == "speech" and "党课" in t:
        return "party-lecture"
    if main == "law" and _COURT.search(t):
        return "laws"
    return code


def guess_genre(title: str | None, head: str = "", tail: str = "") -> tuple[str, str]:
    """``(genre, subgenre)`` guessed as :func:`guess_code` does (``subgenre`` may be ``""``)."""
    return resolve(guess_code(title, head, tail)) or (DEFAULT_GENRE, "")


#: The eight kinds of the library before genres: coarse hints even where the code names a
#: sub-genre now (``notice`` was every 通知/通报/公告).
LEGACY_KINDS = frozenset({"speech", "report", "notice", "plan", "summary", "news", "law", "other"})


def choose_code(hint: object, title: str | None, head: str = "", tail: str = "") -> str:
    """The genre code of an imported document whose input carries a genre ``hint``.

    ``hint`` is what the input says (a JSON Lines record's ``kind``: a code, an old kind
    or a label; anything else counts as nothing). A sub-genre named by the input is taken
    as it is (someone chose it); a coarse one (a main genre, or one of
    :data:`LEGACY_KINDS` such as the corpus's ``speech``/``other``) yields to the guess when the guess found a genre, and refines
    it when the guess is of that same genre. Never raises.
    """
    given = resolve(hint)
    coarse = isinstance(hint, str) and hint.strip().lower() in LEGACY_KINDS
    if given and given[1] and not coarse:
        return given[1]
    guessed = guess_code(title, head, tail)
    if guessed != DEFAULT_GENRE or not given:
        return guessed
    return given[0]


# ---------------------------------------------------------------------------------------
# Genre words in a search query
# ---------------------------------------------------------------------------------------

#: Genre words of titles that, typed alone as a query clause, more often name a topic than a
#: genre (征求意见, 决定性, 解释权, 读书体会): a query keeps them as words.
_NOT_A_QUERY_GENRE = frozenset({"决定", "意见", "解释", "体会", "感悟", "说明", "年鉴", "宪法", "法典", "制度"})
#: Short forms writers type for a genre that no title pattern needs (主持 for 主持词), and the
#: field's names of a genre by who gives it (领导讲话稿: what 范文 sites call their speeches).
_QUERY_ONLY_WORDS: dict[str, str] = {
    "主持": "host", "讲话类": "speech", "报告类": "report",
    "领导讲话": "remarks", "领导讲话稿": "remarks", "领导发言": "remarks", "领导致辞": "address",
}


def query_genre(word: str) -> str | None:
    """The genre code a search query clause names when it is only a genre word, or ``None``.

    ``word`` is a folded clause (``讲话``, ``发言稿``, ``串词``, ``通知``, ``述职``). The words
    are the taxonomy's own: the title genre words of the guess (``_WORDS``; single characters
    that count only at a title's end, ``other`` and :data:`_NOT_A_QUERY_GENRE` excluded),
    then the labels and aliases :func:`resolve` reads (codes such as ``notice`` excluded: a
    reader types Chinese). The guess's word wins over a label (``报告`` is 报告类 here, as
    in a title, not the 公文 kind).

    >>> query_genre("发言稿")
    'remarks'
    >>> query_genre("乡村振兴") is None
    True
    """
    if not isinstance(word, str):
        return None
    word = word.strip()
    if not word or word.isascii() or word in _NOT_A_QUERY_GENRE:
        return None
    code = _CODE_OF_WORD.get(word)
    if code is not None and word not in _END_ONLY and code != DEFAULT_GENRE:
        return code
    if word in _QUERY_ONLY_WORDS:
        return _QUERY_ONLY_WORDS[word]
    if word in _ALIASES:
        return _ALIASES[word]
    return None


_QUERY_GENRE_WORDS: frozenset[str] | None = None


def query_genre_words() -> frozenset[str]:
    """Every word :func:`query_genre` reads as a genre (the vocabulary a typo is measured
    against: :func:`haowen.text.query.parse_query` tolerates one wrong character)."""
    global _QUERY_GENRE_WORDS
    if _QUERY_GENRE_WORDS is None:
        candidates = set(_CODE_OF_WORD) | set(_QUERY_ONLY_WORDS) | set(_ALIASES)
        _QUERY_GENRE_WORDS = frozenset(w for w in candidates if query_genre(w))
    return _QUERY_GENRE_WORDS
