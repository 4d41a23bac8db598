"""One scored, explainable decision per line: is a line the rules kept still site chrome?

The rules of :mod:`haowen.ingest.clean` and :mod:`.chrome` remove chrome they are sure of
(strong chrome anywhere; edge chrome in the leading and trailing blocks). What they leave
undecided — a line the rules would call chrome at an edge but that stands between body
paragraphs, a short line without a sentence under the last sentence, a list between two
paragraphs — is scored here: a logistic regression over GENERIC features of the line and
its neighbours (:func:`line_features`) gives the probability that the line is chrome, and a
line at or above the model's threshold is dropped (:func:`score_lines`). The rules'
verdicts are features too (the class :func:`.chrome.edge_reason` names, whether its
neighbours were dropped), so the model weighs them with the rest.

Features (each a float, mostly in ``[0, 1]``; :data:`FEATURES` lists them): length bins,
sentence punctuation and commas, shares of CJK / Latin / digits / symbols among the
line's characters, action words (:func:`.chrome.action_words`), URL / e-mail / phone /
QQ-WeChat-account / date / clock-time patterns, bracket / bar / arrow separators,
``key：value`` fields, bullets, outline headings, signature dates and names, repetition in
the page and across one site's pages (:mod:`.template`), similarity to the title, the
line's position against the first and last real sentence (a sentence of 20+ characters
the rules give no chrome class), and the neighbours' features. No site's strings: the
only words are the class vocabularies :mod:`.chrome` already holds.

The weights are fitted offline on the hand-labelled parts of ``bench/clean_eval`` and
body lines of the real corpus (``bench/clean_eval/fit.py``; plain NumPy there, none here)
and stored in ``chrome_model.json`` next to this module (loaded once, at import). A line
over MAX_SCORED_CHARS characters, a sentence (。！？), an outline heading, a document's own
field, date or signature is never scored: what the rules keep of those is the document's, and the cost stays linear and small; a page of
more than MAX_SCORED_LINES kept lines has only its first and last EDGE_SCORED_LINES scored.

Pure Python, no Django, no NumPy.
"""

from __future__ import annotations

import contextlib
import contextvars
import json
import math
import operator
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from . import chrome as _chrome
from . import dates as _dates
from . import titles as _titles

__all__ = [
    "FEATURES",
    "MAX_SCORED_CHARS",
    "MAX_SCORED_LINES",
    "EDGE_SCORED_LINES",
    "Model",
    "Verdict",
    "line_features",
    "load_model",
    "model",
    "collecting",
    "using_model",
    "score_lines",
    "explain",
    "describe",
]

#: Lines longer than this (characters) are never scored (never dropped by the score).
MAX_SCORED_CHARS = 200
#: A page with more kept lines than this has only its first and last EDGE_SCORED_LINES scored.
MAX_SCORED_LINES = 1_000
EDGE_SCORED_LINES = 250
MODEL_PATH = Path(__file__).with_name("chrome_model.json")

_SENT = re.compile(r"[。！？!?]")
_COMMA = re.compile(r"[，、,]")
_CJK = re.compile(r"[\u3400-\u9fff]")
_LATIN = re.compile(r"[A-Za-z]")
_DIGIT = re.compile(r"[0-9０-９]")
_SPACE = re.compile(r"\s")
_WORDISH = re.compile(r"[\w\u3400-\u9fff]")
_SEPARATOR = re.compile(r"[|｜>＞»›→/·•]+|\s[-—–]\s")
_BRACKETS = re.compile(r"[【\[〖［].{1,20}?[】\]〗］]")
_KEY_VALUE = re.compile(r"^[^\s：:，。]{1,8}[：:]")
_MANY_KEYS = re.compile(r"[\u4e00-\u9fff]{2,4}\s*[：:]")
_BULLET = re.compile(r"^[·•◆◇▪▫►▶▷★☆■□●○※◎→»«▲△▼▽♦❖✓✔☞>＞<＜←]")
_ARROW_EDGE = re.compile(r"^\s*(?:[←«‹]|<<)|(?:>>|＞＞|[»›→])\s*$")
_DATE = re.compile(r"\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}|[〇零一二三四五六七八九十]{4}年[一二三四五六七八九十]{1,2}月")
_CLOCK = re.compile(r"(?<!\d)\d{1,2}\s*[:：]\s*\d{2}(?!\d)")
_DATE_LINE = re.compile(r"^[（(]?[\d〇零一二三四五六七八九十Xx×]{2,4}\s*年[\d〇零一二三四五六七八九十Xx×\s]{1,3}月[\d〇零一二三四五六七八九十Xx×\s]{1,3}日[）)]?$")
_CN_NUM = "一二三四五六七八九十百千零〇两"
_OUTLINE = re.compile(
    rf"^(?:第[{_CN_NUM}\d]+[章节条篇部分编卷项个款目]|[{_CN_NUM}]+[、.．]|[（(][{_CN_NUM}\d]+[）)]|\d{{1,2}}(?:[.．]\d{{1,2}})*[、.．)）](?!\d)|[①-⑳])"
)
_SALUTATION = re.compile(r"^(?:同志们|各位|尊敬的|女士们|先生们|大家好|亲爱的|朋友们|老师们|同学们)")
_ORGANISATION = re.compile(r"(?:办公室|办公厅|人民政府|政府|委员会|局|厅|部|中心|院|会|处|所|站|队|组|社|公司|学校|支部|党委|党组)$")
_PAGE_NUMBER = re.compile(r"^[-—–\s\[［(（【第]*\d{1,4}[-—–\s\]］)）】页]*(?:/\s*\d{1,4})?$|第\s*\d{1,4}\s*页|共\s*\d{1,4}\s*页")
_SQUASH = re.compile(r"[\s\[\]【】]+")
_IN_PARENS = re.compile(r"^[（(].*[）)][。.]?$")
_OWN_FIELD = re.compile(r"联系人|联系电话|抄送|主送|附件|印发|签发|经办人")
# A document's 版记 of GB/T 9704 (抄送：…, …印发, 共印N份): the rules keep it as the
# document's own under its date (clean._AFTER_DATE_OWN), so the score never decides it.
_OWN_BLOCK = re.compile(r"^(?:抄送|抄报|主送|分送|主题词|签发人?|印发机关|校对|打字)\s*[:：]|印发\s*$|印\s*\d+\s*份\s*$")
# Blanks to fill in (＿＿＿, ____, a bracket of spaces): a receipt or a form the document holds.
_FILL_IN = re.compile(r"[_＿]{3,}|[（(][ \u3000]{3,}[)）]")
_REASON_CLASSES = ("action", "contact", "notice", "meta", "list", "junk")


# A document's numbered heading for its contacts ("3.联系人", "四、联系方式", "（五）联系电话").
_CONTACT_HEADING = re.compile(r"^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}[.．、]\s*)(?:联系人|联系方式|联系电话|咨询电话|联系人及电话|联系人及联系方式)[：:]?$")

def _bigrams(s: str) -> set[str]:
    chars = _CJK.findall(s)
    return {a + b for a, b in zip(chars, chars[1:])}


def _own_features(s: str, title_grams: set[str], title_key: str) -> dict[str, float]:
    """The features of one line on its own (see the module docstring)."""
    n = len(s)
    chars = len(_SPACE.sub("", s)) or 1
    cjk = len(_CJK.findall(s))
    latin = len(_LATIN.findall(s))
    digit = len(_DIGIT.findall(s))
    wordish = len(_WORDISH.findall(s))
    marks = len(_SENT.findall(s))
    distinct, covered = _chrome.action_words(s)
    reason = _chrome.edge_reason(s) or ""
    cls = reason.split(":", 1)[0] if reason else ""
    grams = _bigrams(s)
    core = s.rstrip("”’」』）)》】 ")
    f = {
        "len_log": min(math.log1p(n) / math.log1p(MAX_SCORED_CHARS), 1.0),
        "len_le8": float(n <= 8),
        "len_le20": float(n <= 20),
        "len_le40": float(n <= 40),
        "ends_sentence": float(bool(core) and core[-1] in "。！？!?；;…"),
        "has_sentence_mark": float(marks > 0),
        "sentence_marks": min(marks, 4) / 4,
        "commas": min(len(_COMMA.findall(s)), 6) / 6,
        "cjk_share": cjk / chars,
        "latin_share": latin / chars,
        "digit_share": digit / chars,
        "symbol_share": (chars - wordish) / chars,
        "action_words": min(distinct, 3) / 3,
        "action_cover": min(covered / max(cjk + latin, 1), 1.0),
        # (Each pattern is only looked for where its characters are: most lines of a
        # page are Chinese prose without a digit or a Latin letter.)
        "url_or_mail": float(bool(latin and (_chrome._URL.search(s) or _chrome._EMAIL.search(s)))),
        "phone": float(bool(digit >= 7 and _chrome._PHONE.search(s))),
        "account_id": float(bool((latin or digit >= 5) and (_chrome._QQ_ID.search(s) or _chrome._WECHAT_ID.search(s)))),
        "date": float(bool("年" in s or digit >= 4) and _DATE.search(s) is not None),
        "clock": float(bool(digit >= 3 and _CLOCK.search(s))),
        "separators": min(len(_SEPARATOR.findall(s)), 4) / 4,
        "brackets": float(bool(_BRACKETS.search(s))),
        "key_value": float(bool(_KEY_VALUE.match(s))),
        "many_keys": float(len(_MANY_KEYS.findall(s)) >= 2),
        "bullet": float(bool(_BULLET.match(s))),
        "arrow_edge": float(bool(_ARROW_EDGE.search(s))),
        "outline": float(bool(_OUTLINE.match(s))),
        "date_line": float(n <= 24 and "年" in s and _DATE_LINE.match(s) is not None),
        "salutation": float(bool(_SALUTATION.match(s))),
        "organisation": float(n <= 20 and not marks and _ORGANISATION.search(s) is not None),
        "page_number": float(n <= 16 and digit > 0 and _PAGE_NUMBER.search(s) is not None),
        "title_sim": len(grams & title_grams) / len(grams) if grams and title_grams else 0.0,
        "title_inside": float(bool(title_key) and title_key in _SQUASH.sub("", s)),
        "in_parens": float(bool(_IN_PARENS.match(s))),
        "doc_field": float(bool(_chrome._DOC_FIELD.match(s) or _OWN_FIELD.search(s))),
        "service_words": float(bool(_chrome._SERVICE.search(s) or _chrome._SITE_SELF.search(s))),
        "genre_title": float(n <= 50 and not marks and _titles.ends_in_genre(s)),
        "table_row": float(digit > 0 and _chrome.is_table_row(s)),
        "rule_edge": float(bool(reason)),
        "rule_strong": float(_chrome.strong_reason(s) is not None),
    }
    for c in _REASON_CLASSES:
        f["rule_" + c] = float(cls == c)
    return f


_NEIGHBOUR_KEYS = ("rule_edge", "has_sentence_mark", "len_le20", "action_words", "key_value")


_PIPE = re.compile(r"\s*[|｜]\s*")


def _pipe_cells(s: str) -> int:
    """How many cells ``s`` splits into at its bars (``项目｜金额（元）`` → 2), 0 when it holds
    no bar or an empty cell."""
    if "|" not in s and "｜" not in s:
        return 0
    cells = _PIPE.split(s.strip().strip("|｜"))
    return len(cells) if len(cells) >= 2 and all(cells) else 0


def _pipe_table_row(lines: Sequence[str], k: int) -> bool:
    """``lines[k]`` is a row of a data table drawn with bars: a line next to it splits into
    as many cells, and one of the two holds a figure (``道路维修支出｜38,760``). A menu's
    row between bars holds no figure; the rules judge it."""
    cells = _pipe_cells(lines[k])
    if not cells:
        return False
    for j in (k - 1, k + 1):
        if 0 <= j < len(lines) and _pipe_cells(lines[j]) == cells and re.search(r"\d", lines[k] + lines[j]):
            return True
    return False


def _date_below(lines: Sequence[str], dropped: Sequence[bool], k: int) -> bool:
    """The next line under ``lines[k]`` that is not forum junk the rules dropped is a date
    line (``2025年8月28日``): ``lines[k]`` is the signer of a 落款 (GB/T 9704-2012 §7.3.5)."""
    j = k + 1
    while j < len(lines) and dropped[j] and _chrome.is_junk_line(lines[j]):
        j += 1
    return j < len(lines) and len(lines[j]) <= 24 and _DATE_LINE.match(lines[j].strip()) is not None


def line_features(
    lines: Sequence[str],
    title: str = "",
    dropped: Sequence[bool] | None = None,
    template: Sequence[bool] | None = None,
    only: Sequence[int] | None = None,
) -> list[dict[str, float] | None]:
    """The features of lines of a page, or None for a line that is never scored (over
    MAX_SCORED_CHARS characters, a sentence (。！？), an outline heading, a document's
    own field (``时间：…``, ``附件：…``), a date or signature line,
    without a Latin letter or a CJK character — a number alone is a page marker, a
    section number or a table's cell, which the rules decide in context — a line of a
    document's 版记 such as ``抄送：…`` or ``共印N份``, or a row of a table drawn with bars).

    ``lines``: the page's lines in order (after the cleaner's joins), the ones the rules
    dropped included; ``dropped[k]``: the rules dropped line ``k`` (a feature of its
    neighbours); ``template[k]``: line ``k`` recurs on many pages of its site
    (:mod:`.template`); ``title``: the document's title ("" when none); ``only``: the
    indices to compute (None: all; the others get None). Each dict has exactly the keys
    of :data:`FEATURES`. Never raises for any strings; linear in the total length of the
    lines of at most MAX_SCORED_CHARS characters.
    """
    n = len(lines)
    dropped = dropped or [False] * n
    template = template or [False] * n
    keys = ["".join(s.split()) if len(s) <= MAX_SCORED_CHARS else "" for s in lines]
    counts: dict[str, int] = {}
    for k in keys:
        counts[k] = counts.get(k, 0) + 1
    title_grams = _bigrams(title) if title else set()
    title_key = _SQUASH.sub("", title) if title and len(title) >= 4 else ""
    wanted = range(n) if only is None else sorted({j for k in only for j in range(k - 2, k + 3) if 0 <= j < n})
    scored = [False] * n
    grid = _chrome.grid_rows(list(lines))
    for k in wanted:
        s = lines[k]
        scored[k] = (
            bool(s)
            and len(s) <= MAX_SCORED_CHARS
            and _SENT.search(s) is None
            and (_CJK.search(s) is not None or _LATIN.search(s) is not None)
            and _OWN_BLOCK.search(s) is None
            and not (len(s) <= 40 and _OUTLINE.match(s))  # a heading
            and _chrome._DOC_FIELD.match(s) is None  # a document's own field (时间：, 附件：…)
            and not (len(s) <= 24 and (_DATE_LINE.match(s) or _ORGANISATION.search(s)))  # a date, a signature
            and not _dates.is_written_on(s)  # the text's postscript (写于2025年7月20日)
            and not (len(s) <= 24 and _date_below(lines, dropped, k))  # a 落款's issuer over its date
            and not _pipe_table_row(lines, k)  # a row of a data table drawn with bars
            and _FILL_IN.search(s) is None  # a form of the document's to fill in (a receipt's 家长签名：＿＿)
            and not grid[k]  # a row of a grid of equal rows (a timetable)
            # (the lines under the document's own heading for its contacts, 三、联系人 / 某某股　某某　电话：…)
            and not (k >= 1 and _CONTACT_HEADING.match(lines[k - 1] or "") is not None)
        )
    # A sentence line (20+ characters with a sentence end) is a real sentence when the
    # rules give it no chrome class; that is asked only where it decides the first and the
    # last real sentence (the rules' verdicts cost most on prose), and the distance to the
    # nearest sentence counts sentence lines.
    sentence = [len(s) > 20 and _SENT.search(s) is not None for s in lines]

    def is_real(k: int) -> bool:
        return sentence[k] and (len(lines[k]) > MAX_SCORED_CHARS or not _chrome.edge_reason(lines[k]))

    real = sentence
    for k in wanted:
        if scored[k] and sentence[k] and is_real(k):
            scored[k] = False  # a sentence the rules give no chrome class: prose
    own: dict[int, dict[str, float]] = {}
    for k in wanted:
        if scored[k]:
            own[k] = _own_features(lines[k], title_grams, title_key)
    # Below the document's date line (its 成文日期) with no real sentence between: a
    # page's footer, or the document's 版记.
    below_date = [False] * n
    seen_date = False
    for k, s in enumerate(lines):
        below_date[k] = seen_date
        if real[k]:
            seen_date = False
        elif len(s) <= 24 and _DATE_LINE.match(s):
            seen_date = True
    first = next((k for k in range(n) if is_real(k)), n)
    last = next((k for k in range(n - 1, -1, -1) if is_real(k)), -1)
    # Distance to the nearest real sentence line (in lines), forwards and backwards.
    dist = [n] * n
    d = n
    for k in range(n):
        d = 0 if real[k] else d + 1
        dist[k] = d
    d = n
    for k in range(n - 1, -1, -1):
        d = 0 if real[k] else d + 1
        dist[k] = min(dist[k], d)
    blank = {key: 0.0 for key in _NEIGHBOUR_KEYS}
    prose = dict(blank, has_sentence_mark=1.0)  # an unscored line: the document's (a sentence, a date, a heading …)

    def near(j: int) -> dict[str, float]:
        if j < 0 or j >= n:
            return blank
        return own.get(j) or (prose if not scored[j] else blank)

    out: list[dict[str, float] | None] = [None] * n
    for k in range(n) if only is None else only:
        f = own.get(k)
        if f is None:
            continue
        g = dict(f)
        before = float(k < first)
        after = float(k > last)
        g["before_first"] = before
        g["after_last"] = after
        g["between"] = float(not before and not after)
        g["rel_pos"] = k / max(n - 1, 1)
        g["first_line"] = float(k == 0)
        g["last_line"] = float(k == n - 1)
        g["near_sentence"] = min(dist[k], 4) / 4
        g["below_date"] = float(below_date[k])
        g["lines_after_last"] = min(max(k - last, 0), 8) / 8
        g["repeat_in_page"] = float(counts[keys[k]] > 1)  # (whitespace ignored)
        g["template"] = float(bool(template[k]))
        g["dropped_before"] = float(k > 0 and bool(dropped[k - 1]))
        g["dropped_after"] = float(k + 1 < n and bool(dropped[k + 1]))
        prev, nxt = near(k - 1), near(k + 1)
        for key in _NEIGHBOUR_KEYS:
            g["prev_" + key] = prev[key]
            g["next_" + key] = nxt[key]
        window = [own.get(j) for j in range(max(0, k - 2), min(n, k + 3)) if j != k]
        g["edge_density"] = sum(1 for w in window if w is not None and w["rule_edge"]) / 4
        g["short_density"] = sum(1 for w in window if w is not None and w["len_le20"] and not w["has_sentence_mark"]) / 4
        nosent = 1.0 - f["has_sentence_mark"]
        g["x_after_edge"] = after * f["rule_edge"]
        g["x_before_edge"] = before * f["rule_edge"]
        g["x_between_edge"] = g["between"] * f["rule_edge"]
        g["x_after_nosent"] = after * nosent
        g["x_between_nosent_short"] = g["between"] * nosent * f["len_le20"]
        g["x_dropped_nosent"] = max(g["dropped_before"], g["dropped_after"]) * nosent
        g["x_after_genre_title"] = after * f["genre_title"]
        g["x_below_date_contact"] = g["below_date"] * max(f["phone"], f["url_or_mail"], f["account_id"])
        g["x_between_field"] = g["between"] * f["doc_field"]
        out[k] = g
    return out


def _feature_names() -> tuple[str, ...]:
    f = line_features(["示例"], "")[0]
    assert f is not None
    return tuple(f)


#: The names of the features :func:`line_features` makes, in a fixed order.
FEATURES: tuple[str, ...] = _feature_names()


@dataclass(frozen=True)
class Model:
    """A fitted logistic regression: ``weights`` per feature name, ``bias``, and the
    probability ``threshold`` at or above which a line is dropped."""

    weights: dict[str, float]
    bias: float
    threshold: float

    def __post_init__(self) -> None:
        # The weights in FEATURES order: a feature dict of line_features has its keys in
        # that order, so the logit is one C-level pass over two sequences.
        object.__setattr__(self, "_vector", tuple(self.weights.get(name, 0.0) for name in FEATURES))

    def logit(self, f: dict[str, float]) -> float:
        if len(f) == len(FEATURES):
            return self.bias + sum(map(operator.mul, self._vector, f.values()))
        return self.bias + sum(w * f.get(name, 0.0) for name, w in self.weights.items())

    def probability(self, f: dict[str, float]) -> float:
        z = max(min(self.logit(f), 40.0), -40.0)
        return 1.0 / (1.0 + math.exp(-z))


def load_model(path: Path | str = MODEL_PATH) -> Model:
    """The model stored at ``path`` (JSON: ``weights``, ``bias``, ``threshold``).

    Raises ValueError naming the file when it is not such a file, or when a weight names
    a feature :func:`line_features` does not make.
    """
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        weights = {str(k): float(v) for k, v in data["weights"].items()}
        bias, threshold = float(data["bias"]), float(data["threshold"])
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise ValueError(f"{path}: not a chrome model file ({exc})") from exc
    unknown = sorted(set(weights) - set(FEATURES))
    if unknown:
        raise ValueError(f"{path}: weights for features the extractor does not make: {', '.join(unknown)}")
    if not 0.0 < threshold <= 1.0:
        raise ValueError(f"{path}: threshold {threshold} is not a probability in (0, 1]")
    return Model(weights, bias, threshold)


_MODEL = load_model()
_OVERRIDE: contextvars.ContextVar[Model | None] = contextvars.ContextVar("haowen_chrome_model", default=None)
_COLLECT: contextvars.ContextVar[list | None] = contextvars.ContextVar("haowen_chrome_collect", default=None)


def model() -> Model:
    """The model in force: the stored one, or the one :func:`using_model` set."""
    return _OVERRIDE.get() or _MODEL


@contextlib.contextmanager
def using_model(m: Model) -> Iterator[Model]:
    """Within the ``with`` block the cleaner scores with ``m`` (for the fit's cross-validation)."""
    token = _OVERRIDE.set(m)
    try:
        yield m
    finally:
        _OVERRIDE.reset(token)


@contextlib.contextmanager
def collecting() -> Iterator[list]:
    """Within the ``with`` block every :func:`score_lines` call appends one list of
    ``(line, features or None)`` to the list yielded (for ``bench/clean_eval/fit.py``)."""
    token = _COLLECT.set([])
    try:
        yield _COLLECT.get()
    finally:
        _COLLECT.reset(token)


@dataclass(frozen=True)
class Verdict:
    """The score of one line: ``probability`` that it is chrome, ``drop`` (at or above
    the threshold) and the features that pushed it most towards chrome."""

    probability: float
    drop: bool
    top: tuple[tuple[str, float], ...] = ()


def explain(f: dict[str, float], m: Model | None = None, k: int = 3) -> tuple[tuple[str, float], ...]:
    """The ``k`` features of ``f`` with the largest positive contributions (weight × value)."""
    m = m or model()
    parts = [(name, w * f.get(name, 0.0)) for name, w in m.weights.items()]
    return tuple(sorted((p for p in parts if p[1] > 0), key=lambda p: -p[1])[:k])


def score_lines(
    lines: Sequence[str],
    title: str = "",
    dropped: Sequence[bool] | None = None,
    template: Sequence[bool] | None = None,
) -> list[Verdict | None]:
    """A :class:`Verdict` for each line the rules kept (``dropped[k]`` false), None for the
    others and for a line never scored; arguments as for :func:`line_features`. Never
    raises for any strings."""
    n = len(lines)
    dropped = dropped or [False] * n
    collect = _COLLECT.get()
    kept = [k for k in range(n) if not dropped[k]]
    if len(kept) > MAX_SCORED_LINES and collect is None:
        # A page of thousands of lines: only its first and last lines are scored, where
        # a page's chrome stands, so the cost per page stays bounded.
        kept = kept[:EDGE_SCORED_LINES] + kept[-EDGE_SCORED_LINES:]
    feats = line_features(lines, title, dropped, template, only=None if collect is not None else kept)
    if collect is not None:
        collect.append([(s, f, bool(d)) for s, f, d in zip(lines, feats, dropped)])
    m = model()
    out: list[Verdict | None] = [None] * n
    for k in kept:
        f = feats[k]
        if f is None:
            continue
        p = m.probability(f)
        drop = p >= m.threshold
        out[k] = Verdict(p, drop, explain(f, m) if drop else ())
    return out


def describe(v: Verdict) -> str:
    """A dropped line's reason for ``import_documents -v 2``: the score and its top features."""
    tops = ", ".join(f"{name} +{c:.1f}" for name, c in v.top)
    return f"score: chrome p={v.probability:.2f} ({tops})"

