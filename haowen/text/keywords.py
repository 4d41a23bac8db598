"""Keyword extraction (关键词) by TF-IDF against the library's own document frequencies.

* **Candidates** of a document: rjieba's part-of-speech tagged words that are nouns,
  place/organisation/person names, noun-verbs, idioms, abbreviations or Latin words
  (POS ``n ns nt nz nr nrt nrfg vn l j eng``), at least two characters, not a number,
  not a placeholder (``XX``), not in :data:`STOPWORDS` — the words every official
  document uses (工作, 发展, 问题 …), which say nothing about a particular one.
* **Document frequency**: the number of documents of the library whose words (rjieba
  default mode) include the term; :func:`document_frequencies` counts it over any
  iterable of texts.
* **Score**: ``tf × idf`` with ``tf`` = occurrences / candidate count of the document and
  the smoothed ``idf = ln((1 + N) / (1 + df)) + 1`` (as in scikit-learn's
  ``TfidfTransformer(smooth_idf=True)``), so a word found in every document still
  counts a little and a word the library has never seen counts most.

:func:`extract_keywords` returns 5–10 terms: the top 10, cut where the score falls under
a fifth of the best one, but never fewer than 5 when the document has 5 candidates.

:func:`tfidf` is the one TF-IDF weighting of the code base: the tags above and the
related lists (``haowen.search.related``, whose terms are the index's words and whose
document frequencies are the index's) both weigh their counts with it. The two differ
only in what they count (candidate nouns here, every indexed word there) and in the
``tf`` form (:data:`TF_RELATIVE` here; :data:`TF_SUBLINEAR` there, so one word repeated
fifty times does not drown a long report's other topics).

Source: Spärck Jones (1972) for IDF; jieba's ``analyse.extract_tags`` for TF-IDF over
segmented Chinese. Pure Python, no Django.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Iterable, Mapping

import rjieba

from .normalize import fold
from .segment import pieces

__all__ = [
    "STOPWORDS", "candidates", "iter_candidates", "document_terms", "document_frequencies", "idf",
    "Keyword", "tfidf", "TF_RELATIVE", "TF_SUBLINEAR", "extract_keywords",
]

ALLOWED_POS = frozenset({"n", "ns", "nt", "nz", "nr", "nrt", "nrfg", "vn", "l", "j", "eng"})
MAX_KEYWORDS = 10
MIN_KEYWORDS = 5
#: Keep terms scoring at least this share of the best one (until MIN_KEYWORDS are kept).
RELATIVE_CUTOFF = 0.2
MAX_TERM_CHARS = 20

STOPWORDS = frozenset(
    """
    我区 我市 我县 我省 我镇 我乡 我村 本区 全区 我国 我们党
    工作 发展 建设 问题 方面 同志 同志们 我们 大家 情况 时期 今年 去年 明年 全年 过程 方式 水平 能力 作用
    意见 要求 部门 单位 地方 全国 全省 全市 全县 全区 全面 重点 基础 机制 体系 措施 举措 任务 目标 领域
    群众 人民 国家 社会 经济 政府 领导 干部 企业 项目 政策 服务 管理 重要 主要 有关 相关 本市 本省 本县
    内容 成绩 成效 效果 工程 活动 行动 思想 精神 会议 讲话 报告 文件 通知 规定 办法 条例 决定 意见稿
    时间 时候 阶段 部分 地区 单位名称 有限公司 实际 基本 一定 各级 各地 各类 各项 事业 事项 事情 形式
    记者 新闻 日电 电讯 编辑 来源 本报 图片 文章 第一 第二 第三 第四 第五 第六 第七 第八 第九 第十
    """.split()
)

_NUMBERISH = re.compile(
    r"^[\d０-９.．%％一二三四五六七八九十百千万亿零〇○两第年月日号]+$"  # numbers, dates
    r"|^[十百千万亿].$"  # 万人, 亿元: a multiplier and a unit
    r"|^[一二三四五六七八九十两]+[大个项条点种类次]$"  # 三大, 四个: a count of something
)
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9]{1,9}$")
_PLACEHOLDER = re.compile(r"[xX×＊*○]{2,}|^[xX]$")
_WORDISH = re.compile(r"[\u3400-\u9fffA-Za-z]")


def _keep(word: str, pos: str) -> bool:
    if pos not in ALLOWED_POS or not (2 <= len(word) <= MAX_TERM_CHARS):
        return False
    if word in STOPWORDS or _NUMBERISH.match(word) or _PLACEHOLDER.search(word):
        return False
    if not _WORDISH.search(word) or "/" in word:
        return False
    if pos == "eng" and not _ACRONYM.match(unicodedata.normalize("NFKC", word)):
        return False  # GDP, PPP, 5G yes; html tags and domain names from scraped pages no
    return True


#: ``(word, pos)`` → candidate pair or None, shared by all documents: the vocabulary is
#: small next to the text, and folding each distinct word once is most of the saving.
_MEMO: dict[tuple[str, str], tuple[str, str] | None] = {}
_MEMO_MAX = 500_000
_TERM_MEMO: dict[str, str | None] = {}


def _normal(word: str) -> str:
    """Terms are compared in folded form (full-width, traditional, case) and shown as folded."""
    return fold(word).strip()


def candidates(text: str) -> list[tuple[str, str]]:
    """The candidate keywords of ``text`` in order, repeated as often as they occur.

    Each is ``(key, display)``: ``key`` is the folded form used for counting and df
    (:func:`haowen.text.normalize.fold`), ``display`` the NFKC form as written
    (``GDP`` stays upper case).
    """
    return list(iter_candidates(text))


def iter_candidates(text: str) -> Iterator[tuple[str, str]]:
    """:func:`candidates` one at a time: the text is tagged in :func:`~haowen.text.segment.pieces`,
    so memory stays small on a document of any size (rjieba returns a Python tuple per word)."""
    if not text:
        return
    memo = _MEMO
    for piece in pieces(text):
        for w, pos in rjieba.tag(piece):
            if pos not in ALLOWED_POS:
                continue
            pair = memo.get((w, pos), False)
            if pair is False:
                word = w.strip()
                pair = (_normal(word), unicodedata.normalize("NFKC", word)) if _keep(word, pos) else None
                if len(memo) < _MEMO_MAX:
                    memo[(w, pos)] = pair
            if pair is not None:
                yield pair


def document_terms(text: str) -> set[str]:
    """The distinct words (rjieba default mode, folded) of ``text``: what a document contributes to df."""
    if not text:
        return set()
    memo = _TERM_MEMO
    terms = set()
    for piece in pieces(text):  # bounded memory on a huge document (see iter_candidates)
        for w in set(rjieba.cut(piece, False)):
            term = memo.get(w, False)
            if term is False:
                term = _normal(w) if len(w) >= 2 and _WORDISH.search(w) else None
                if len(memo) < _MEMO_MAX:
                    memo[w] = term
            if term is not None:
                terms.add(term)
    return terms


def document_frequencies(texts: Iterable[str]) -> tuple[Counter, int]:
    """``(df, n)``: for each word the number of texts containing it, and the number of texts."""
    df: Counter = Counter()
    n = 0
    for text in texts:
        df.update(document_terms(text))
        n += 1
    return df, n


def idf(term: str, df: Mapping[str, int], n_docs: int) -> float:
    """Smoothed inverse document frequency: ``ln((1 + n_docs) / (1 + df)) + 1`` (always > 0)."""
    return _idf(df.get(term, 0), n_docs)


def _idf(df: int, n_docs: int) -> float:
    return math.log((1 + max(0, n_docs)) / (1 + max(0, df))) + 1.0


#: ``tf`` forms of :func:`tfidf`: occurrences / all counted occurrences of the document
#: (a share, as jieba's ``extract_tags``), or ``1 + ln(occurrences)`` (scikit-learn's
#: ``sublinear_tf``; Manning, Raghavan & Schütze, *Introduction to IR*, 6.4.1).
TF_RELATIVE = "relative"
TF_SUBLINEAR = "sublinear"


@dataclass(frozen=True)
class Keyword:
    """A weighted term of one document: ``term``, its count ``tf`` in the document, its
    document frequency ``df`` in the library and its TF-IDF ``weight`` (> 0)."""

    term: str
    tf: int
    df: int
    weight: float


def tfidf(
    counts: Mapping[str, int],
    doc_freq: Mapping[str, int] | Callable[[str], int],
    n_docs: int,
    *,
    tf: str = TF_RELATIVE,
    min_df: int = 0,
    top: int | None = None,
) -> list[Keyword]:
    """Weigh a document's term counts by TF-IDF; return :class:`Keyword` s, heaviest first.

    ``counts`` maps each term to its (positive) count in the document, in the order the
    terms first occur: ties keep that order. ``doc_freq`` gives a term's document
    frequency in the library (a mapping, missing terms 0, or a function such as the
    index's ``Searcher.doc_freq``); ``n_docs`` is the number of documents it counts over.
    ``weight = tf × idf`` with ``tf`` as :data:`TF_RELATIVE` or :data:`TF_SUBLINEAR` says
    and the smoothed :func:`idf`. Terms found in fewer than ``min_df`` documents are left
    out (the related lists use 2: a word only this document has links it to nothing).
    At most ``top`` are returned (all when None). Raises ``ValueError`` for another ``tf``.
    """
    if tf not in (TF_RELATIVE, TF_SUBLINEAR):
        raise ValueError(f"tf must be {TF_RELATIVE!r} or {TF_SUBLINEAR!r}, got {tf!r}")
    lookup = doc_freq if callable(doc_freq) else (lambda term: doc_freq.get(term, 0))
    total = sum(counts.values())
    scored = []
    for term, count in counts.items():
        if count <= 0:
            continue
        df = lookup(term)
        if df < min_df:
            continue
        share = count / total if tf == TF_RELATIVE else 1.0 + math.log(count)
        scored.append(Keyword(term=term, tf=count, df=df, weight=share * _idf(df, n_docs)))
    scored.sort(key=lambda k: -k.weight)  # stable: ties keep the order of first occurrence
    return scored if top is None else scored[:top]


def extract_keywords(
    text: str,
    df: Mapping[str, int],
    n_docs: int,
    top: int = MAX_KEYWORDS,
    minimum: int = MIN_KEYWORDS,
) -> list[tuple[str, float]]:
    """Return ``[(term, score), …]``, best first (terms as written, NFKC), ``minimum``–``top`` terms (fewer when the text has fewer).

    ``df``/``n_docs`` are the library's document frequencies (:func:`document_frequencies`);
    ``score`` is TF-IDF as the module docstring says. Ties go to the earlier term.
    Raises ``ValueError`` when ``top`` < 1 or ``minimum`` > ``top``.
    """
    if top < 1 or minimum > top:
        raise ValueError(f"need 1 ≤ minimum ≤ top, got minimum={minimum}, top={top}")
    # One pass over the candidates, keeping one entry per distinct word (not per occurrence);
    # the Counter keeps the order of first occurrence, which breaks ties in tfidf().
    counts: Counter = Counter()
    display: dict[str, str] = {}
    for key, shown in iter_candidates(text):
        if key not in counts:
            display[key] = shown
        counts[key] += 1
    if not counts:
        return []
    scored = tfidf(counts, df, n_docs, tf=TF_RELATIVE, top=top)
    best = scored[0].weight
    kept = [k for i, k in enumerate(scored) if i < minimum or k.weight >= best * RELATIVE_CUTOFF]
    return [(display[k.term], round(k.weight, 6)) for k in kept]
