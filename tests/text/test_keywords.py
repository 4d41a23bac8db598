"""Keyword tags: TF-IDF against the library's own document frequencies."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from haowen.text.keywords import STOPWORDS, candidates, document_frequencies, extract_keywords, idf

SEED = "seed/haowensou-detail-3578.txt"


def seed_text(shared_dir: Path) -> str:
    lines = [line.strip() for line in (shared_dir / SEED).read_text(encoding="utf-8").splitlines()]
    lines = [line for line in lines if line]
    return "\n".join(lines[lines.index("同志们:") : lines.index("阅读全文")])


LIBRARY = [
    "各位代表：现在，我代表国务院，向大会报告政府工作。经济运行总体平稳，发展质量稳步提升。",
    "为了加强消防工作，预防火灾和减少火灾危害，制定本条例。消防工作贯彻预防为主、防消结合的方针。",
    "新闻联播：国务院常务会议部署稳就业工作，各地加快推进重大项目建设。",
    "关于做好春季农业生产工作的通知：各地要抓好粮食生产，稳定播种面积。",
]


def test_it_extracts_five_to_ten_keywords_from_the_seed(shared_dir):
    text = seed_text(shared_dir)
    df, n = document_frequencies(LIBRARY + [text])
    keywords = extract_keywords(text, df, n)
    terms = [t for t, _ in keywords]
    assert 5 <= len(keywords) <= 10
    assert "山地" in terms[:3] and "三变" in terms
    scores = [s for _, s in keywords]
    assert scores == sorted(scores, reverse=True) and all(s > 0 for s in scores)
    assert not set(terms) & STOPWORDS
    assert not any("XX" in t.upper() or t.isdigit() for t in terms)


def test_it_prefers_words_that_are_rare_in_the_library():
    text = "消防安全检查。消防安全培训。森林公园巡查。森林公园管护。"
    common = Counter({"消防安全": 100, "森林公园": 1})
    terms = [t for t, _ in extract_keywords(text, common, 100)]
    assert terms.index("森林公园") < terms.index("消防安全")


def test_it_keeps_acronyms_and_drops_markup_words():
    words = [shown for _, shown in candidates("GDP增长5%，<br>strong tv.cctv.com 森林公园")]
    assert "GDP" in words and "森林公园" in words
    assert not {"br", "strong", "tv.cctv.com"} & set(words)


def test_it_has_no_keywords_for_empty_text():
    assert extract_keywords("", Counter(), 0) == []
    assert extract_keywords("。，！", Counter(), 10) == []


def test_it_smooths_idf_so_every_word_counts():
    assert idf("常见", {"常见": 10}, 10) == pytest.approx(1.0)
    assert idf("罕见", {}, 10) > idf("常见", {"常见": 10}, 10)


@pytest.mark.parametrize("top, minimum", [(0, 0), (5, 6)])
def test_it_rejects_bad_limits(top, minimum):
    with pytest.raises(ValueError):
        extract_keywords("消防安全", Counter(), 1, top=top, minimum=minimum)
