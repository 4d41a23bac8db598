"""Browser tests: Playwright for Python driving Debian's ``chromium`` (never a downloaded browser).

Every test here is marked ``browser``; ``make test`` runs them, CI installs chromium and
fonts-noto-cjk with apt-get. One browser per session, a new context (cookies, storage) per
:class:`Visit`. Screenshots of each page at each viewport are saved under ``test-artifacts/``
(git-ignored). Locally, without /usr/bin/chromium, the tests skip.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
VIEWPORTS = {"desktop": {"width": 1280, "height": 900}, "phone": {"width": 375, "height": 812}}
# Headless Chromium says "HeadlessChrome", which crawlerdetect (rightly) calls a bot, so its
# views would not count: the tests play readers with the user agents of Chrome itself.
USER_AGENTS = {
    "desktop": "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v} Safari/537.36",
    "phone": "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v} Mobile Safari/537.36",
}
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
]
#: Smallest font size (CSS px) for running text: paragraphs, list items, labels, snippets.
BODY_MIN_PX = 15
#: Nothing visible in <main> may be smaller than this (CSS px): captions and badges included.
TINY_PX = 12
#: Milliseconds Playwright waits for an element or a navigation before failing.
TIMEOUT_MS = 15_000

# Walks the visible text of <main> and sums characters per computed font size. Hidden text
# (display:none, closed <details>, [hidden], visually-hidden labels) is skipped; `.meta` lines
# (dates, counts, order numbers: secondary by design) are checked for tiny text only.
_TEXT_SIZES_JS = """
() => {
  const root = document.querySelector('main') || document.body;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const bySize = {};
  const tiny = [];
  let total = 0;
  while (walker.nextNode()) {
    const node = walker.currentNode;
    const text = node.textContent.replace(/\\s+/g, '');
    const el = node.parentElement;
    if (!text || !el || !el.getClientRects().length) continue;
    if (el.closest('.visually-hidden, [hidden], svg, script, style, noscript, template')) continue;
    const style = getComputedStyle(el);
    if (style.visibility === 'hidden' || style.opacity === '0') continue;
    const size = parseFloat(style.fontSize);
    if (size < %(tiny)d) tiny.push(size + 'px <' + el.tagName.toLowerCase() + ' class="' + el.className + '">' + text.slice(0, 20));
    if (el.closest('.meta')) continue;  // dates, counts, order numbers: secondary by design
    bySize[size] = (bySize[size] || 0) + text.length;
    total += text.length;
  }
  const sizes = Object.keys(bySize).map(Number).sort((a, b) => a - b);
  let seen = 0, median = null;
  for (const s of sizes) { seen += bySize[s]; if (median === null && seen * 2 >= total) median = s; }
  return {total, median, bySize, tiny};
}
""" % {"tiny": TINY_PX}

_SMALL_BODY_JS = """
([selector, min]) => Array.from(document.querySelectorAll(selector))
  .filter(el => el.getClientRects().length && el.textContent.trim())
  .map(el => [parseFloat(getComputedStyle(el).fontSize), el.tagName.toLowerCase() + '.' + el.className + ': ' + el.textContent.trim().slice(0, 20)])
  .filter(([size]) => size < min)
"""


def _in_browser_dir(item) -> bool:
    return item is not None and "tests/browser/" in str(item.fspath).replace(os.sep, "/")


def pytest_collection_modifyitems(items):
    for item in items:
        if _in_browser_dir(item):
            item.add_marker(pytest.mark.browser)


class _SessionChromium:
    """The run's one Chromium: launched by the first browser test, closed as the run leaves
    tests/browser (the tests here are collected together).

    Playwright's sync API leaves an event loop marked as running in this thread while it is
    started, so Django refuses ORM calls (SynchronousOnlyOperation) — the tests' own, and
    pytest-django's database setup and flush. ``DJANGO_ALLOW_ASYNC_UNSAFE`` is set exactly
    while Playwright runs and restored afterwards: it must not leak into the other tests
    (``check --deploy`` reads the environment).
    """

    ENV = "DJANGO_ALLOW_ASYNC_UNSAFE"

    def __init__(self):
        self.playwright = None
        self.browser = None
        self._saved_env: str | None = None

    def get(self):
        if self.browser is None:
            from playwright.sync_api import sync_playwright

            self._saved_env = os.environ.get(self.ENV)
            os.environ[self.ENV] = "true"
            self.playwright = sync_playwright().start()
            self.browser = self.playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        return self.browser

    def close(self):
        if self.playwright is None:
            return
        try:
            if self.browser is not None:
                self.browser.close()
        finally:
            self.playwright.stop()
            self.playwright = self.browser = None
            if self._saved_env is None:
                os.environ.pop(self.ENV, None)
            else:
                os.environ[self.ENV] = self._saved_env


_CHROMIUM = _SessionChromium()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item, nextitem):
    # After the test's fixtures (and, last, the session's test database) are torn down.
    try:
        return (yield)
    finally:
        if not _in_browser_dir(nextitem):
            _CHROMIUM.close()


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Rate limits (sign-up, login, comments, tip orders) live in the cache, shared with Redis in CI."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def browser(django_db_setup):
    """The session's Chromium (see :class:`_SessionChromium`); the test database exists first."""
    if not Path(CHROMIUM).exists():
        pytest.skip("Debian's chromium is not installed (CI installs it with apt-get)")
    return _CHROMIUM.get()


class Visit:
    """One reader at one viewport: a browser context whose pages record every console error,
    uncaught exception, failed request and dialog, save screenshots and check the layout."""

    def __init__(self, browser, base_url: str, viewport: str):
        self.viewport = viewport
        self.base_url = base_url
        phone = viewport == "phone"
        self.context = browser.new_context(
            viewport=VIEWPORTS[viewport],
            user_agent=USER_AGENTS[viewport].format(v=browser.version),
            is_mobile=phone,  # honours <meta name="viewport"> as a phone does
            has_touch=phone,
            locale="zh-CN",
            timezone_id="Asia/Shanghai",
        )
        self.context.set_default_timeout(TIMEOUT_MS)
        self.errors: list[str] = []
        #: URLs whose 4xx/5xx answer the test expects (e.g. the 404 page itself).
        self.expected_failures: set[str] = set()
        self.page = self.new_tab()

    def new_tab(self):
        """A new page in this context (same cookies), watched like the first one."""
        page = self.context.new_page()
        page.on("console", self._console)
        page.on("pageerror", lambda exc: self.errors.append(f"page error: {exc}"))
        page.on("response", self._response)
        page.on("dialog", self._dialog)
        return page

    def _dialog(self, dialog) -> None:
        # No step of these tests confirms anything: a dialog is an injected alert() or a bug.
        self.errors.append(f"dialog {dialog.type}: {dialog.message}")
        dialog.dismiss()

    def _console(self, msg) -> None:
        if msg.type != "error":
            return
        url = (msg.location or {}).get("url", "")
        if url in self.expected_failures and "Failed to load resource" in msg.text:
            return
        self.errors.append(f"console error: {msg.text} ({url})")

    def _response(self, response) -> None:
        if response.status >= 400 and response.url not in self.expected_failures:
            self.errors.append(f"HTTP {response.status} {response.url}")

    def url(self, path: str) -> str:
        return self.base_url + path

    def goto(self, path: str, status: int = 200):
        """Open ``path`` (relative to the live server); assert the HTTP ``status``."""
        if status >= 400:
            self.expected_failures.add(self.url(path))
        response = self.page.goto(self.url(path), wait_until="load")
        assert response is not None and response.status == status, f"{path}: HTTP {response and response.status}"
        return response

    def path(self) -> str:
        """The current page's path, query and fragment (without the live server's origin)."""
        return self.page.url.removeprefix(self.base_url)

    def shot(self, name: str, page=None, full_page: bool = True) -> Path:
        """Save ``test-artifacts/<name>-<viewport>.png`` (the whole page, or what the window shows)."""
        ARTIFACTS.mkdir(exist_ok=True)
        path = ARTIFACTS / f"{name}-{self.viewport}.png"
        (page or self.page).screenshot(path=str(path), full_page=full_page)
        return path

    def check_layout(self, where: str, body: str | None = None, page=None) -> None:
        """Assert what every page owes a reader at this viewport.

        - no horizontal scrolling: the document is at most 1 px wider than the layout
          viewport (``clientWidth``; a mobile browser widens ``innerWidth`` to fit wide content);
        - readable text: the text-weighted median font size of the visible text in <main>
          (``.meta`` lines aside) is at least ``BODY_MIN_PX``, nothing visible is below
          ``TINY_PX``, and every element matching ``body`` (a CSS selector for the page's
          main text) is at least ``BODY_MIN_PX``;
        - no console error, uncaught exception, failed request or dialog since the last check.
        """
        page = page or self.page
        at = f"{where} at {self.viewport} ({page.url})"
        errors, self.errors[:] = list(self.errors), []  # each is reported once
        overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
        wide = page.evaluate(
            "Array.from(document.querySelectorAll('body *'))"
            ".filter(el => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1)"
            ".slice(0, 5).map(el => el.tagName.toLowerCase() + '.' + el.className)"
        ) if overflow > 1 else []
        assert overflow <= 1, f"{at}: horizontal scroll of {overflow}px, widest: {wide}"
        sizes = page.evaluate(_TEXT_SIZES_JS)
        assert sizes["total"] > 0, f"{at}: no visible text in <main>"
        assert sizes["median"] >= BODY_MIN_PX, f"{at}: most text is {sizes['median']}px < {BODY_MIN_PX}px: {sizes['bySize']}"
        assert not sizes["tiny"], f"{at}: text below {TINY_PX}px: {sizes['tiny'][:5]}"
        if body:
            small = page.evaluate(_SMALL_BODY_JS, [body, BODY_MIN_PX])
            assert page.locator(body).count(), f"{at}: nothing matches {body!r}"
            assert not small, f"{at}: body text below {BODY_MIN_PX}px: {small[:5]}"
        assert not errors, f"{at}: {errors}"

    def close(self):
        self.context.close()


@pytest.fixture
def visit_factory(browser, live_server):
    """``visit_factory("phone")`` → a :class:`Visit` on the live server; contexts closed after the test."""
    opened: list[Visit] = []

    def _open(viewport: str) -> Visit:
        visit = Visit(browser, live_server.url, viewport)
        opened.append(visit)
        return visit

    yield _open
    late = [f"{visit.viewport}: {error}" for visit in opened for error in visit.errors]
    for visit in opened:
        visit.close()
    assert not late, f"errors after the last check_layout: {late}"
