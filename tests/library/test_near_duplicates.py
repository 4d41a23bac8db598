"""Near-duplicate versions: linking at import, the library scan, the command."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.core.management import CommandError, call_command

from haowen.library.models import Article, FingerprintBand
from haowen.library.near_duplicates import link_near_duplicate, scan_library, threshold, versions_of
from haowen.text.fingerprint import lsh_params

from .conftest import SPEECH

# What a copying site does: fill in the district, change punctuation, add a closing line.
COPY = [p.replace("XX区", "钟山区").replace("，", ",") for p in SPEECH] + ["谢谢大家！"]
OTHER = [
    "各位代表：现在，我代表国务院，向大会报告政府工作，请予审议，并请全国政协委员提出意见。",
    "过去一年，我国发展历程很不平凡。我们坚持稳中求进工作总基调，经济社会发展主要目标任务圆满完成。",
    "今年发展主要预期目标是：国内生产总值增长5%左右，城镇新增就业1200万人以上，居民消费价格涨幅2%左右。",
]


@pytest.fixture
def versions(make_article):
    def _make(body, day, **extra):
        return make_article(title=extra.pop("title", "讲话"), body=body, published_on=dt.date(2022, 3, day), index=False, **extra)

    return _make


def test_it_links_a_later_copy_to_the_earliest_version(versions):
    original = versions(SPEECH, 1)
    assert link_near_duplicate(original) is None
    copy = versions(COPY, 5)
    assert link_near_duplicate(copy) == original
    copy.refresh_from_db()
    assert copy.canonical == original
    assert list(Article.objects.canonical()) == [original]
    assert FingerprintBand.objects.filter(article=copy).count() == lsh_params(0.8)[0]


def test_it_makes_an_older_copy_imported_later_the_canonical(versions):
    first_seen = versions(SPEECH, 10)
    link_near_duplicate(first_seen)
    later = versions(COPY, 12)
    link_near_duplicate(later)
    older = versions(SPEECH[:-1] + ["同志们，让我们团结一致，扎实工作。"], 1)
    assert link_near_duplicate(older) == first_seen
    older.refresh_from_db()
    assert older.canonical is None
    assert set(Article.objects.filter(canonical=older)) == {first_seen, later}


def test_it_leaves_different_texts_alone(versions):
    a = versions(SPEECH, 1)
    link_near_duplicate(a)
    b = versions(OTHER, 2)
    assert link_near_duplicate(b) is None
    assert Article.objects.canonical().count() == 2


def test_it_never_links_unpublished_articles(versions):
    original = versions(SPEECH, 1)
    link_near_duplicate(original)
    hidden = versions(COPY, 2, is_published=False)
    assert link_near_duplicate(hidden) is None
    hidden.refresh_from_db()
    assert hidden.canonical is None


def test_it_is_idempotent(versions):
    original = versions(SPEECH, 1)
    link_near_duplicate(original)
    copy = versions(COPY, 2)
    assert link_near_duplicate(copy) == original
    assert link_near_duplicate(copy) == original
    assert link_near_duplicate(original) == copy  # the original is earlier: it stays canonical
    original.refresh_from_db()
    copy.refresh_from_db()
    assert original.canonical is None and copy.canonical == original


def test_it_lists_the_other_versions_canonical_first(versions):
    original = versions(SPEECH, 1, title="原文")
    link_near_duplicate(original)
    copies = [versions(COPY + [f"（第{i}稿）"], 3 + i, title=f"副本{i}") for i in range(2)]
    for c in copies:
        link_near_duplicate(c)
    assert versions_of(copies[1]) == [original, copies[0]]
    assert versions_of(original) == copies
    assert versions_of(versions(OTHER, 9)) == []


@pytest.mark.parametrize("raw", ["abc", "0", "1.5", "-0.2", ""])
def test_it_names_the_setting_when_the_threshold_is_bad(settings, raw):
    settings.NEAR_DUPLICATE_THRESHOLD = raw
    with pytest.raises(ImproperlyConfigured, match="NEAR_DUPLICATE_THRESHOLD"):
        threshold()


def test_it_follows_the_configured_threshold(settings, versions):
    settings.NEAR_DUPLICATE_THRESHOLD = "0.99"
    original = versions(SPEECH, 1)
    link_near_duplicate(original)
    assert link_near_duplicate(versions(COPY, 2)) is None


def test_it_scans_the_library_and_rewrites_links_and_bands(versions):
    original = versions(SPEECH, 1)
    copy = versions(COPY, 4)
    other = versions(OTHER, 2)
    report = scan_library()
    assert report.articles == 3 and report.fingerprinted == 3
    assert report.groups == {original.pk: [copy.pk]} and report.linked == 1
    copy.refresh_from_db()
    assert copy.canonical == original
    assert FingerprintBand.objects.count() == 3 * lsh_params(0.8)[0]
    other.refresh_from_db()
    assert other.fingerprint is not None and other.canonical is None
    # Withdraw the original: the copy stands on its own again.
    Article.objects.filter(pk=original.pk).update(is_published=False)
    report = scan_library()
    copy.refresh_from_db()
    assert copy.canonical is None and report.unlinked == 1 and report.groups == {}


def test_it_writes_nothing_in_a_dry_run(versions):
    versions(SPEECH, 1)
    copy = versions(COPY, 4)
    report = scan_library(dry_run=True)
    assert len(report.groups) == 1
    copy.refresh_from_db()
    assert copy.canonical is None and copy.fingerprint is None
    assert not FingerprintBand.objects.exists()


def test_the_command_reports_the_groups(versions):
    original = versions(SPEECH, 1, title="在区委务虚会上的讲话")
    copy = versions(COPY, 4)
    out = io.StringIO()
    call_command("find_near_duplicates", "--workers", "1", stdout=out)
    text = out.getvalue()
    assert f"#{original.pk} 在区委务虚会上的讲话 ← #{copy.pk}" in text
    assert "1 groups, 1 copies; 1 links set" in text


def test_the_command_refuses_bad_options(settings, db):
    with pytest.raises(CommandError, match="--workers"):
        call_command("find_near_duplicates", "--workers", "0", stdout=io.StringIO())
    settings.NEAR_DUPLICATE_THRESHOLD = "2"
    with pytest.raises(CommandError, match="NEAR_DUPLICATE_THRESHOLD"):
        call_command("find_near_duplicates", stdout=io.StringIO())
