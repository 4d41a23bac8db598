"""Outline headings shown as headings in the article body, at a desktop and a 375 px phone.

The headings the outline finds (第一个问题…, ——…, （一）…, 一是…) are the body's own headings:
not indented, 黑体 for level 1 and 楷体 for level 2 (GB/T 9704-2012 7.3.3), bold below; run-in
headings keep their paragraph's indent; the outline's links land on them. Screenshots:
``test-artifacts/headings-*``.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.library.conftest import SPEECH

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.mark.parametrize("viewport", ["desktop", "phone"])
def test_the_body_shows_outline_headings_as_headings(visit_factory, make_article, viewport):
    article = make_article(title="在区委务虚会上的讲话", body=SPEECH, kind="speech", access_level="free", index=False)
    visit = visit_factory(viewport)
    page = visit.page
    visit.goto(article.get_absolute_url())
    heading = page.locator("#p3")
    expect(heading).to_have_text("第一个问题：加快发展的信心要更加坚定")
    style = heading.evaluate(
        "el => { const s = getComputedStyle(el); const b = getComputedStyle(el.parentElement.querySelector('p:not(.doc-h)'));"
        " return {indent: s.textIndent, family: s.fontFamily, size: parseFloat(s.fontSize), role: el.getAttribute('role'),"
        " bodyIndent: b.textIndent, bodySize: parseFloat(b.fontSize), left: el.getBoundingClientRect().left,"
        " textLeft: (() => { const r = document.createRange(); r.selectNodeContents(el); return r.getClientRects()[0].left; })()} }"
    )
    assert style["indent"] == "0px" and style["role"] == "heading"
    assert "黑体" in style["family"] and style["size"] > style["bodySize"]
    assert style["bodyIndent"] != "0px"  # body text keeps its two-character indent
    assert abs(style["textLeft"] - style["left"]) < 1  # the heading's text starts at the column's edge
    level2 = page.locator("#p9").evaluate("el => [getComputedStyle(el).fontFamily, getComputedStyle(el).textIndent]")
    assert "楷体" in level2[0] and level2[1] == "0px"
    run_in = page.locator("#p10 .doc-h")
    expect(run_in).to_have_text("一是山地特色产业生态路。")
    assert run_in.evaluate("el => getComputedStyle(el).fontWeight") in ("700", "bold")
    # Every paragraph is still a <p> with its anchor; the outline links land on the headings.
    assert page.locator(".doc-body p").count() == len(SPEECH)
    if viewport == "phone":
        page.locator("#outline summary").click()  # the outline is closed on phones
    page.locator(".wt-toc a[href='#p9']").click()
    assert page.url.endswith("#p9")
    assert page.locator("#p9").evaluate("el => el.getBoundingClientRect().top") < 120
    visit.shot("headings")
    visit.check_layout("article headings", body=".doc-body p")

