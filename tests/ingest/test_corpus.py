"""The real corpus (../shared/corpus) imports end to end; the cleaning holds on real rows.

Slow-ish: the whole import of 915 rows takes about 10 s.
"""

from __future__ import annotations

import pytest

from haowen.ingest.clean import clean_text
from haowen.ingest.services import import_paths
from haowen.library.models import Article


@pytest.mark.slow
@pytest.mark.django_db
def test_it_imports_every_corpus_row(corpus_dir, corpus_rows, seed_page):
    report = import_paths([corpus_dir / "documents.jsonl", corpus_dir / "scraped_pages.jsonl", seed_page])
    # Rows holding only Hugo front matter ("---\nbookCollapseSection: true\n---", LawRefBook
    # _index.md stubs) are not documents; they are the only failures.
    stubs = [i for i, r in corpus_rows.items() if r["title"] == "_index"]
    assert len(stubs) == 11
    assert report.failed == len(stubs), report.problems[:5]
    assert all(p.endswith("empty body: the record holds only Markdown front matter, no document text") for p in report.problems)
    assert report.imported + report.unchanged == len(corpus_rows) - len(stubs) + 1
    assert Article.objects.count() == report.imported
    by_id = set(Article.objects.values_list("external_id", flat=True))
    missing = {i for i in corpus_rows if i not in by_id and i not in stubs}
    assert not missing  # every real row became an article (no duplicate texts in the corpus)
    again = import_paths([corpus_dir / "scraped_pages.jsonl"])
    assert (again.imported, again.updated, again.unchanged) == (0, 0, 33)


def _clean(row) -> list[str]:
    return clean_text(row["text"], row["title"])


def test_it_drops_the_provincial_toolbar(corpus_rows):
    rows = [r for i, r in corpus_rows.items() if i.startswith("prov2026") and r["text"].startswith("下载\n打印")]
    assert len(rows) >= 15
    for row in rows:
        out = _clean(row)
        body = "\n".join(out)
        assert "下载\n打印" not in body and "【字号" not in body and "加大" not in out[:10]
        assert not any(p.startswith(("来源：", "时间：")) for p in out[:10])
        assert out[0].startswith(("——", "20")) or "代表" in out[0] or "政府工作报告" in out[0]
        assert not any(p == "相关报道：" for p in out)


def test_it_drops_the_peoples_daily_trailer(corpus_rows):
    rows = [r for i, r in corpus_rows.items() if "人民日报 》（" in r["text"]]
    assert rows
    for row in rows:
        assert "人民日报 》（" not in "\n".join(_clean(row))


def test_it_splits_news_cn_one_line_speeches(corpus_rows):
    rows = [r for i, r in corpus_rows.items() if i.startswith("xinhua") and "\n" not in r["text"].strip() and r["text"].count("\u2003\u2003") >= 5]
    assert len(rows) >= 10
    for row in rows:
        out = _clean(row)
        assert len(out) >= row["text"].count("\u2003\u2003") // 2, (row["id"], len(out))
        assert not any("记者" in p and p.rstrip().endswith("摄") for p in out)


def test_it_removes_inline_html_from_xinwen_lianbo(corpus_rows):
    rows = [r for i, r in corpus_rows.items() if i.startswith("xwlb")]
    assert len(rows) > 100
    for row in rows:
        body = "\n".join(_clean(row))
        for markup in ("<p", "</p>", "<br", "<strong", "&nbsp;", "[查看原文]", "](http", "更新时间戳"):
            assert markup not in body, (row["id"], markup)


def test_it_removes_lawrefbook_markers(corpus_rows):
    rows = [r for i, r in corpus_rows.items() if i.startswith("law") and "<!-- INFO END -->" in r["text"]]
    assert len(rows) > 400
    for row in rows:
        out = _clean(row)
        assert "INFO END" not in "\n".join(out)
        assert not any(p.startswith("#") for p in out)


def test_it_removes_the_wikisource_trailer(corpus_rows):
    rows = [r for i, r in corpus_rows.items() if i.startswith(("gwr", "cpcr")) and "Public domain" in r["text"]]
    assert len(rows) > 50
    for row in rows:
        body = "\n".join(_clean(row))
        assert "Public domain" not in body and "公有领域" not in body and "公有領域" not in body, row["id"]


def test_it_removes_fanwen_site_chrome_from_page_excerpts(corpus_rows):
    chrome = ("一文来源于网友上传", "不代表本站观点", "VIP专免", "侵权投诉", "申明敬告", "因篇幅问题不能全部显示", "[ 字体:", "文档下载", "德育素材网")
    for i, row in corpus_rows.items():
        if i.startswith("page-") and row["raw"] == row["text"]:
            body = "\n".join(_clean(row))
            for c in chrome:
                assert c not in body, (i, c)
