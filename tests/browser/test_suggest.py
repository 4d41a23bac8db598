"""Suggestions while typing in Debian's Chromium at a desktop and a 375 px phone: typing in the
search box opens a listbox of titles under it (ARIA combobox: aria-expanded, aria-controls,
aria-activedescendant), Down/Up move, Enter opens the chosen article, Escape closes the list,
Enter without a choice searches what was typed; the list fits the phone's width; without
JavaScript the form still searches. Screenshots: ``test-artifacts/suggest-*``.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def titles(make_article, index_now):
    made = {}
    for i, title in enumerate([
        "在全县安全生产工作会议上的讲话",
        "关于开展安全生产大检查的通知",
        "安全生产月活动方案（一份标题很长很长很长很长很长很长很长很长的范文）",
    ]):
        made[title] = make_article(title, f"同志们：\n第{i}篇正文。", kind="speech", views=100 - i, access_level="free",
                                   index=False)
    withdrawn = make_article("安全生产撤回的文章", "正文。", kind="speech", views=1000, index=False)
    withdrawn.is_published = False
    withdrawn.save()
    index_now()
    return made


@pytest.mark.parametrize("viewport", ["desktop", "phone"])
def test_typing_suggests_titles_and_the_keyboard_chooses_one(visit_factory, titles, viewport):
    visit = visit_factory(viewport)
    page = visit.page
    visit.goto("/")
    box = page.locator(".bigsearch input[name=q]")
    expect(box).to_have_attribute("role", "combobox")
    expect(box).to_have_attribute("aria-expanded", "false")
    box.click()
    box.press_sequentially("安全生产", delay=30)
    listbox = page.locator("#" + box.get_attribute("aria-controls"))
    expect(listbox).to_be_visible()
    expect(box).to_have_attribute("aria-expanded", "true")
    options = listbox.locator("[role=option]")
    expect(options).to_have_count(3)  # never the withdrawn article
    expect(listbox).not_to_contain_text("撤回")
    # Titles that start with the text first, then the most read.
    expect(options.first).to_contain_text("安全生产月活动方案")
    expect(options.nth(1)).to_contain_text("在全县安全生产工作会议上的讲话")
    expect(options.first).to_contain_text("文章")
    # The list sits under the box, as wide as the form, inside the screen.
    form = page.locator(".bigsearch").bounding_box()
    area = listbox.bounding_box()
    assert area["y"] >= box.bounding_box()["y"] + box.bounding_box()["height"] - 1
    assert area["x"] >= form["x"] - 1 and area["x"] + area["width"] <= form["x"] + form["width"] + 1
    visit.shot("suggest-open", full_page=False)
    visit.check_layout("home with suggestions open")
    box.press("ArrowDown")
    box.press("ArrowDown")
    second = options.nth(1)
    expect(second).to_have_attribute("aria-selected", "true")
    expect(box).to_have_attribute("aria-activedescendant", second.get_attribute("id"))
    box.press("ArrowUp")
    expect(options.first).to_have_attribute("aria-selected", "true")
    box.press("Escape")
    expect(listbox).to_be_hidden()
    expect(box).to_have_attribute("aria-expanded", "false")
    box.press("ArrowDown")  # opens it again
    expect(listbox).to_be_visible()
    for _ in range(3):
        box.press("ArrowDown")
    expect(options.nth(2)).to_have_attribute("aria-selected", "true")
    with page.expect_navigation():
        box.press("Enter")
    assert visit.path() == titles["关于开展安全生产大检查的通知"].get_absolute_url()
    visit.check_layout("article opened from a suggestion")
    # Enter without a choice searches what was typed (the top bar's box on an article page).
    top = page.locator(".topsearch input[name=q]")
    top.click()
    top.press_sequentially("安全", delay=30)
    expect(page.locator("#" + top.get_attribute("aria-controls"))).to_be_visible()
    with page.expect_navigation():
        top.press("Enter")
    assert visit.path().startswith("/search/?q=%E5%AE%89%E5%85%A8")
    visit.check_layout("search from the top bar")


def test_the_form_searches_without_javascript(browser, live_server, titles):
    context = browser.new_context(java_script_enabled=False, viewport={"width": 375, "height": 812})
    try:
        page = context.new_page()
        page.goto(live_server.url + "/")
        box = page.locator(".bigsearch input[name=q]")
        assert box.get_attribute("role") is None  # the script adds the combobox
        box.fill("安全生产")
        with page.expect_navigation():
            box.press("Enter")
        assert "/search/?q=" in page.url
        expect(page.locator("main .hit")).to_have_count(3)
    finally:
        context.close()
