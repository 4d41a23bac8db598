"""版本对比 page: only versions of one text, only what the reader may read of each."""

from __future__ import annotations

import pytest

from haowen.library.models import Article

from .conftest import SPEECH

pytestmark = pytest.mark.django_db

EDITED = SPEECH[:5] + ["第二个问题：加快发展的思路要更加清晰明确"] + SPEECH[6:] + ["最后，再强调一点。"]


def versions(make_article, **extra):
    original = make_article(title="在区委务虚会上的讲话", body=SPEECH, kind="speech", index=False, **extra)
    copy = make_article(title="在县委务虚会上的讲话", body=EDITED, kind="speech", index=False, **extra)
    Article.objects.filter(pk=copy.pk).update(canonical=original)
    return original, Article.objects.get(pk=copy.pk)


def test_it_compares_two_versions_with_a_summary(client, make_article):
    original, copy = versions(make_article, access_level="free")
    html = client.get(f"/a/{original.pk}/compare/{copy.pk}/").content.decode()
    assert f"原版本 {len(SPEECH)} 段，对比版本 {len(EDITED)} 段；改动 2 处（新增 1 句，删除 0 句，修改 1 句）" in html
    assert "<ins>明确</ins>" in html and "<ins>最后，再强调一点。</ins>" in html
    assert 'class="cmp-row cmp-same"' in html
    # Both pages link to the comparison from their 相似版本 list.
    assert f'href="/a/{original.pk}/compare/{copy.pk}/"' in client.get(original.get_absolute_url()).content.decode()


@pytest.mark.parametrize("path", ["/a/{a}/compare/{a}/", "/a/{a}/compare/{other}/", "/a/{a}/compare/999999/"])
def test_it_compares_only_versions_of_one_text(client, make_article, path):
    original, copy = versions(make_article, access_level="free")
    other = make_article(title="另一篇", body=["毫不相干的正文。"], index=False)
    assert client.get(path.format(a=original.pk, other=other.pk)).status_code == 404
    Article.objects.filter(pk=copy.pk).update(is_published=False)
    assert client.get(f"/a/{original.pk}/compare/{copy.pk}/").status_code == 404


def test_a_reader_who_gets_the_preview_compares_the_previews(client, make_article):
    long = SPEECH * 3 + ["隐藏在付费部分的结尾句子。"]
    original = make_article(title="长讲话", body=long, kind="speech", access_level="login", index=False)
    copy = make_article(title="长讲话（修订）", body=long[:-1] + ["修订版的另一个结尾句子。"], kind="speech", access_level="login", index=False)
    Article.objects.filter(pk=copy.pk).update(canonical=original)
    html = client.get(f"/a/{original.pk}/compare/{copy.pk}/").content.decode()
    assert "只比较您可以阅读的部分" in html
    assert "隐藏在付费部分" not in html and "修订版的另一个结尾" not in html
