"""版本对比 in Debian's Chromium: side by side on a desktop, stacked at 375 px; readable, no sideways scroll.
Screenshots: ``test-artifacts/compare-*``."""

from __future__ import annotations

import pytest

from haowen.library.models import Article
from tests.library.conftest import SPEECH

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.mark.parametrize("viewport", ["desktop", "phone"])
def test_the_comparison_is_side_by_side_on_a_desktop_and_stacked_on_a_phone(visit_factory, make_article, viewport):
    original = make_article(title="在区委务虚会上的讲话", body=SPEECH, kind="speech", access_level="free", index=False)
    copy = make_article(title="在县委务虚会上的讲话", body=SPEECH[:5] + ["第二个问题：加快发展的思路要更加清晰明确"] + SPEECH[6:],
                        kind="speech", access_level="free", index=False)
    Article.objects.filter(pk=copy.pk).update(canonical=original)
    visit = visit_factory(viewport)
    visit.goto(f"/a/{original.pk}/compare/{copy.pk}/")
    row = visit.page.locator(".cmp-changed").first
    a = row.locator(".cmp-a").bounding_box()
    b = row.locator(".cmp-b").bounding_box()
    if viewport == "desktop":
        assert b["x"] > a["x"] + a["width"] - 1 and abs(a["y"] - b["y"]) < 2  # side by side
    else:
        assert b["y"] >= a["y"] + a["height"] - 1 and abs(a["x"] - b["x"]) < 2  # stacked
    assert visit.page.locator(".cmp-changed ins").first.inner_text() == "明确"
    visit.shot("compare")
    visit.check_layout("version comparison", body=".cmp-row")
