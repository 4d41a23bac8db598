"""The layout checks themselves: each one fails on the fault it is there to catch."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.django_db(transaction=True)

PAGE = '<!doctype html><html><head><meta name="viewport" content="width=device-width, initial-scale=1"></head><body style="margin:0;font-size:16px"><main>{}</main></body></html>'
TEXT = "<p>同志们，这次会议的主要任务是谋划今后一个时期的工作。</p>"


def _check(visit, html: str, body: str | None = None) -> str:
    visit.page.set_content(PAGE.format(html))
    try:
        visit.check_layout("self-test", body=body)
    except AssertionError as exc:
        return str(exc)
    return ""


def test_it_passes_a_plain_readable_page_and_catches_each_fault(visit_factory):
    visit = visit_factory("phone")
    assert _check(visit, TEXT, body="main p") == ""
    assert "horizontal scroll" in _check(visit, TEXT + '<div style="width:600px;height:4px"></div>')
    assert "most text is 13" in _check(visit, f'<div style="font-size:13px">{TEXT * 3}</div>')
    assert "below 12px" in _check(visit, TEXT * 3 + '<small style="font-size:10px">小字</small>')
    assert "body text below 15px" in _check(visit, TEXT * 3 + '<p class="x" style="font-size:14px">正文</p>', body="main p")
    assert "nothing matches" in _check(visit, TEXT, body=".doc-body p")
    visit.page.set_content(PAGE.format(TEXT))
    visit.page.evaluate("console.error('boom')")
    assert "console error: boom" in _check(visit, TEXT)
    visit.page.evaluate("setTimeout(() => alert('x'), 0)")
    visit.page.wait_for_timeout(50)
    assert "dialog alert: x" in _check(visit, TEXT)
    assert _check(visit, TEXT) == ""  # each error is reported once
