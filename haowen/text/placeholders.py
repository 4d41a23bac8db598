"""Placeholders (占位符) in model texts, and filling them in (一键替换).

A model text leaves blanks for the writer: ``XX区``, ``XX县委``, ``XX万户``, ``X个``,
``X%``, ``20XX年``, ``X月X日``, ``*.*万元``, ``××``, ``＊＊``, ``***``, ``○○``,
``某某``/``某县``. This module finds each blank (the *mark*: the characters to replace),
the word it attaches to (``区``, ``县委``, ``万户``, ``个``, ``%``), and whether it stands
for a **name** or a **number**: a following measure word or unit (个 户 人 亩 元 % …,
optionally after 万/亿/千/百/十 or 余/多), a preceding ``第``, a digit prefix (``20XX``),
a decimal point (``X.X``) or a ratio (``X:X``) means a number; anything else is a name.

What is *not* a placeholder:

* ``○``/``〇`` next to a Chinese numeral or digit: a zero in a written number or year
  (``二○二二年``, ``一〇〇``); a single ``○`` is a bullet.
* ``X`` inside a Latin word (``XXL``, ``Xbox``) or a Latin-context term (``X光``,
  ``X射线``, ``X线``, ``X型``, ``X轴``) or a formula (``1+N+X``); a single ``×`` or ``×``
  between digits (``3×4``, ``数据要素×``); a lone lower-case ``x`` unless a unit follows
  (``x个``); digits before ``X`` unless a unit follows (``20XX年`` is a blank, ``“555X”``
  a name).
* One ``*`` or ``＊`` (footnote marks); ``**加粗**`` Markdown emphasis; a paragraph that is
  only a rule (``***``).
* ``某`` as an ordinary word (``某些``, ``某种``, ``某个``, ``某一``…): a single ``某`` is a
  blank only after a common surname (``张某``) or before an administrative or
  organisational word (``某县``, ``某公司``); ``某某`` always is.

Offsets are character offsets into the paragraph strings given. Pure Python, no Django.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Mapping

from .normalize import LINE_BREAKS

__all__ = ["Placeholder", "PlaceholderGroup", "find_placeholders", "group_placeholders", "fill", "fill_segments", "fitted_value"]

NAME = "name"
NUMBER = "number"

_X = "XxＸｘ"
_MARKS = "XxＸｘ×＊*"

# Measure words and units, longest first inside the alternation (regex tries in order).
_UNITS = sorted(
    """
    平方公里 平方千米 平方米 立方米 千瓦时 个百分点 百分点 万千瓦 千瓦 兆瓦 公里 千米 公顷 千克 公斤 吨公里
    人次 户次 批次 余人 美元 港元 亿元 万元 元 角 分钟 小时 季度 周岁 岁 年 月 日 天 周 时
    亩 米 吨 斤 克 升 人 户 个 家 所 座 项 件 条 次 届 名 位 辆 台 套 间 处 批 支 只 头 张 份 篇 本 期 轮
    倍 成 场 栋 幢 层 元 度 部 本 册 例 起 宗 笔 枚 颗 株 棵 口 眼 公里 里 遍 类 种 节 课时 学时 学分
    % ％ ‰ ℃
    """.split(),
    key=len,
    reverse=True,
)
_UNIT_RE = re.compile(
    r"^(?:[余多]?[十百千万亿]*(?:" + "|".join(re.escape(u) for u in _UNITS) + r")|[十百千万亿]+)"
)

# Words a name blank attaches to: administrative divisions, organs, organisations.
_NAME_WORDS = sorted(
    set(
        """
        省 市 县 区 州 盟 旗 镇 乡 村 街道 社区 片区 新区 开发区 高新区 经开区 园区 产业园 工业园 景区 旅游区 风景区
        省委 市委 县委 区委 州委 镇党委 乡党委 党委 党组 党支部 党工委 支部 人民政府 政府 人大 政协 纪委 监委
        办公室 办公厅 管委会 委员会 局 厅 委 办 部 部门 署 站 所 院 中心 处 科 股 队 人大常委会
        公司 集团 企业 银行 学校 大学 学院 中学 小学 幼儿园 医院 卫生院 协会 学会 商会 合作社 基地 工程 项目
        电厂 加工厂 工厂 厂 平台 同志 书记 副书记 主任 县长 市长 区长 镇长 乡长 局长 厅长 部长 省长 村长 主席 总经理
        江 河 湖 路 街 大道 广场 小镇 特色小镇 行动计划 行动 活动 品牌 产业 事务所 律师事务所 会议 大会
        """.split()
    ),
    key=len,
    reverse=True,
)
_NAME_RE = re.compile(r"^(?:" + "|".join(re.escape(w) for w in _NAME_WORDS) + r")")
_MOU_WORDS = re.compile(
    r"^(?:省|市|县|区|乡|镇|村|街道|社区|单位|公司|企业|集团|学校|医院|局|厅|委|部门|党委|政府|同志|书记|主任|领导)"
)
_SURNAMES = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
    "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
)
_CN_NUMERAL = set("零〇○◯一二三四五六七八九十百千万亿两壹贰叁肆伍陆柒捌玖拾")
_LATIN_TERMS = re.compile(r"^(?:光|射线|线|型|轴|染色体|战警|档案)")

_CANDIDATE = re.compile(
    r"(?P<dec>[" + _MARKS + r"]+[.．][" + _MARKS + r"]+)"
    r"|(?P<digits>(?<![\d.．])\d{1,3}[" + _X + r"×＊*]{1,3})"
    r"|(?P<x>[" + _X + r"]+)"
    r"|(?P<times>×+)"
    r"|(?P<star>[＊*]{2,})"
    r"|(?P<circle>[○〇◯]{2,})"
    r"|(?P<square>□{2,})"
    r"|(?P<mou>某+)"
)
_ANY_MARK = re.compile(r"[" + _MARKS + r"○〇◯□某]")
_EMPHASIS = re.compile(r"\*\*(?=[^*\s])[^*\n]{2,}?(?<=[^*\s])\*\*")
_RULE_LINE = re.compile(r"^[\s*＊\-_=—]+$")
_RATIO_AFTER = re.compile(r"^[:：/比][" + _MARKS + r"\d]")
_LATIN = re.compile(r"[A-Za-z]")
_FORMULA = set("+=＋＝")


@dataclass(frozen=True)
class Placeholder:
    """One blank in one paragraph.

    ``paragraph`` is the 0-based paragraph index; ``start``/``end`` the character span
    of the mark in that paragraph (``paragraphs[paragraph][start:end] == mark``);
    ``attached`` the word after it that the blank belongs to (``""`` when none);
    ``kind`` is ``"name"`` or ``"number"``; ``key`` the group key (same kind, same
    mark family and same attached word → same group).
    """

    paragraph: int
    start: int
    end: int
    mark: str
    attached: str
    kind: str
    key: str

    @property
    def label(self) -> str:
        """The blank as it reads in the text, e.g. ``XX区``."""
        return self.mark + self.attached

    @property
    def occurrence_id(self) -> str:
        """A stable id for this occurrence while the text is unchanged: ``"<paragraph>:<start>"``."""
        return f"{self.paragraph}:{self.start}"


@dataclass
class PlaceholderGroup:
    """All occurrences of one blank (``label`` is the commonest spelling, e.g. ``XX区``)."""

    key: str
    label: str
    kind: str
    attached: str
    occurrences: list[Placeholder] = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.occurrences)

    @property
    def mark(self) -> str:
        """The part of :attr:`label` a value stands for (``XX`` of ``XX区``, ``20XX`` of ``20XX年``)."""
        return self.label[: len(self.label) - len(self.attached)] if self.attached else self.label


def _prev(text: str, i: int) -> str:
    return text[i - 1] if i > 0 else ""


def _next(text: str, i: int) -> str:
    return text[i] if i < len(text) else ""


def _family(mark: str) -> str:
    """Mark family for grouping: digit prefix kept, any run of X-like marks → ``X``."""
    if mark.startswith("某"):
        return "某"
    folded = re.sub(r"[" + _MARKS + r"○〇◯□]+", "X", mark)
    return folded.replace("．", ".")


def _classify(text: str, start: int, end: int, group: str) -> tuple[str, str]:
    """Return ``(kind, attached)`` of the mark ``text[start:end]``."""
    rest = text[end : end + 12]
    if group == "mou":
        word = _MOU_WORDS.match(rest)
        return NAME, word.group(0) if word else ""
    unit = _UNIT_RE.match(rest)
    word = _NAME_RE.match(rest)
    if unit and not (word and len(word.group(0)) > len(unit.group(0))):
        return NUMBER, unit.group(0)  # ``XX人`` is a number, ``XX人大`` a name
    if group in ("dec", "digits") or _prev(text, start) == "第":
        return NUMBER, ""
    if _RATIO_AFTER.match(rest) or (start >= 2 and text[start - 1] in ":：/比" and text[start - 2] in _MARKS + "0123456789"):
        return NUMBER, ""
    return NAME, word.group(0) if word else ""


def _accept(text: str, m: re.Match, emphasis: list[tuple[int, int]]) -> bool:
    group = m.lastgroup
    start, end = m.span()
    mark = m.group(0)
    before, after = _prev(text, start), _next(text, end)
    if group == "x":
        if _LATIN.match(before) or _LATIN.match(after) or after.isdigit() or before.isdigit():
            return False
        if before in _FORMULA or after in _FORMULA:
            return False
        if len(mark) == 1 and mark in "xｘ" and not _UNIT_RE.match(text[end : end + 12]):
            return False
        if len(mark) == 1 and _LATIN_TERMS.match(text[end:]):
            return False
        return True
    if group == "digits":
        # ``20XX年``, ``1X个``: only before a unit, so names such as ``“555X”格局`` stay text.
        return bool(_UNIT_RE.match(text[end : end + 12]))
    if group == "dec":
        return not (_LATIN.match(before) or _LATIN.match(after) or before.isdigit() or after.isdigit())
    if group == "times":
        if len(mark) < 2:
            return False  # one × is a sign (``数据要素×``, ``3×4``), not a blank
        left = text[:start].rstrip()[-1:]
        right = text[end:].lstrip()[:1]
        if left.isdigit() or right.isdigit() or _LATIN.match(left or " ") or _LATIN.match(right or " "):
            return False
        return True
    if group == "star":
        return not any(s <= start and end <= e for s, e in emphasis)
    if group == "circle":
        return before not in _CN_NUMERAL and after not in _CN_NUMERAL and not before.isdigit() and not after.isdigit()
    if group == "square":
        return True
    if group == "mou":
        if len(mark) >= 2:
            return True
        if before in _SURNAMES and (not after or not ("\u4e00" <= after <= "\u9fff") or after in "同先女某"):
            return True
        return bool(_MOU_WORDS.match(text[end:]))
    return False


def find_placeholders(paragraphs: list[str]) -> list[Placeholder]:
    """Find the blanks in ``paragraphs`` (a list of paragraph strings), in text order.

    Returns :class:`Placeholder` items with non-overlapping spans. Never raises.
    """
    found: list[Placeholder] = []
    for index, text in enumerate(paragraphs):
        if not text or not _ANY_MARK.search(text):
            continue
        if _RULE_LINE.match(text) or len(text.strip()) <= 1:
            continue  # a rule, or a lone "X" (a close button in scraped chrome)
        emphasis = [m.span() for m in _EMPHASIS.finditer(text)] if "**" in text else []
        for m in _CANDIDATE.finditer(text):
            if not _accept(text, m, emphasis):
                continue
            start, end = m.span()
            kind, attached = _classify(text, start, end, m.lastgroup)
            mark = m.group(0)
            key = f"{kind}|{_family(mark)}{attached}"
            found.append(Placeholder(index, start, end, mark, attached, kind, key))
    return found


def group_placeholders(found: list[Placeholder]) -> list[PlaceholderGroup]:
    """Group blanks by key; commonest first, then by first occurrence.

    A group's ``label`` is its commonest spelling (``XX区`` even when one occurrence is
    written ``××区``).
    """
    groups: dict[str, PlaceholderGroup] = {}
    spellings: dict[str, Counter] = {}
    for p in found:
        group = groups.get(p.key)
        if group is None:
            group = groups[p.key] = PlaceholderGroup(p.key, p.label, p.kind, p.attached)
            spellings[p.key] = Counter()
        group.occurrences.append(p)
        spellings[p.key][p.label] += 1
    for key, group in groups.items():
        group.label = spellings[key].most_common(1)[0][0]
    order = {key: i for i, key in enumerate(groups)}
    return sorted(groups.values(), key=lambda g: (-g.count, order[g.key]))


def _value_for(p: Placeholder, group_values: Mapping[str, str], occurrence_values: Mapping[str, str]) -> str:
    value = occurrence_values.get(p.occurrence_id) or group_values.get(p.key) or ""
    if any(ch in LINE_BREAKS for ch in value):
        raise ValueError(f"value for {p.label!r} contains a line break")
    return value


def fitted_value(value: str, p: Placeholder, text: str) -> str:
    """What replaces the mark of ``p`` (in paragraph ``text``) when the reader typed ``value``.

    The reader fills a blank as it is labelled (``XX区``, ``X万人``, ``第X次``) and may or
    may not type the words around the mark; the text keeps them, so they are written once:

    * the end of ``value`` that spells the start of the attached word is dropped, the
      longest such overlap first: for ``XX区``, ``海淀区`` and ``海淀`` both give ``海淀``
      (the text reads 海淀区); for ``X万人``, ``5万人``, ``5万`` and ``5`` all give ``5``;
    * a leading ``第`` is dropped when the text has ``第`` before the mark (``第X次``:
      ``第三次`` gives ``三``).

    Something always remains: a value that is only the attached word (``区`` for
    ``XX区``) is kept as typed. Blanks with no attached word (``××``, ``＊＊``, ``***``
    before an unknown word) take the value as typed.
    """
    attached = p.attached
    for k in range(min(len(attached), len(value) - 1), 0, -1):
        if value.endswith(attached[:k]):
            value = value[:-k]
            break
    if len(value) > 1 and value[0] == "第" and p.start > 0 and text[p.start - 1] == "第":
        value = value[1:]
    return value


def fill_segments(
    paragraphs: list[str],
    found: list[Placeholder],
    group_values: Mapping[str, str] | None = None,
    occurrence_values: Mapping[str, str] | None = None,
) -> list[list[tuple[str, str]]]:
    """The filled text as segments, for display: per paragraph a list of ``(text, what)``.

    ``what`` is ``"text"`` (unchanged text), ``"filled"`` (a value put in for a blank) or
    ``"open"`` (a blank left as is because no value was given). Values come from
    ``occurrence_values`` (keyed by :attr:`Placeholder.occurrence_id`) first, then
    ``group_values`` (keyed by :attr:`Placeholder.key`); an empty value leaves the blank.
    A value fills the blank as labelled: it replaces the mark and the attached word is
    kept, written once (:func:`fitted_value`: ``海淀区`` for ``XX区`` gives ``海淀`` filled
    and ``区`` kept, never 海淀区区). Raises ``ValueError`` naming the blank when a value
    contains a line break.
    """
    group_values = group_values or {}
    occurrence_values = occurrence_values or {}
    by_paragraph: dict[int, list[Placeholder]] = {}
    for p in found:
        by_paragraph.setdefault(p.paragraph, []).append(p)
    out: list[list[tuple[str, str]]] = []
    for index, text in enumerate(paragraphs):
        segments: list[tuple[str, str]] = []
        pos = 0
        for p in sorted(by_paragraph.get(index, []), key=lambda p: p.start):
            if p.start < pos or text[p.start : p.end] != p.mark:
                raise ValueError(f"placeholder {p.label!r} at {p.occurrence_id} does not match the text")
            if p.start > pos:
                segments.append((text[pos : p.start], "text"))
            value = _value_for(p, group_values, occurrence_values)
            segments.append((fitted_value(value, p, text), "filled") if value else (p.mark, "open"))
            pos = p.end
        if pos < len(text):
            segments.append((text[pos:], "text"))
        out.append(segments)
    return out


def fill(
    paragraphs: list[str],
    found: list[Placeholder],
    group_values: Mapping[str, str] | None = None,
    occurrence_values: Mapping[str, str] | None = None,
) -> list[str]:
    """Return ``paragraphs`` with blanks replaced by values (see :func:`fill_segments`).

    Only the marks change: ``XX区`` with ``{"name|X区": "朝阳"}`` or ``"朝阳区"`` becomes
    ``朝阳区``; every other character is kept. Raises ``ValueError`` as
    :func:`fill_segments` does.
    """
    return ["".join(s for s, _ in segs) for segs in fill_segments(paragraphs, found, group_values, occurrence_values)]
