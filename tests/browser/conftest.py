"""Browser tests: Playwright for Python driving Debian's ``chromium`` (never a downloaded browser).

Every test here is marked ``browser``; ``make test`` runs them, CI installs chromium and
fonts-noto-cjk with apt-get. Screenshots of each page at each viewport are saved under
``test-artifacts/`` (git-ignored). Locally, without /usr/bin/chromium, the tests skip.
"""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest


ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
VIEWPORTS = {"desktop": {"width": 1280, "height": 900}, "phone": {"width": 375, "height": 812}}
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
]


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/browser/" in str(item.fspath).replace(os.sep, "/"):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(autouse=True)
def _allow_orm_beside_playwright(monkeypatch):
    # Playwright's sync API runs an event loop in this thread; the ORM calls the tests
    # make between page actions are still synchronous.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.skip("Debian's chromium is not installed (CI installs it with apt-get)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        instance = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield instance
        instance.close()


class Visit:
    """A browser page at one viewport that records console errors and saves screenshots."""

    def __init__(self, browser, base_url: str, viewport: str):
        self.viewport = viewport
        self.base_url = base_url
        self.context = browser.new_context(viewport=VIEWPORTS[viewport], locale="zh-CN")
        self.page = self.context.new_page()
        self.errors: list[str] = []
        self.page.on("console", lambda msg: self.errors.append(f"console {msg.type}: {msg.text}") if msg.type == "error" else None)
        self.page.on("pageerror", lambda exc: self.errors.append(f"page error: {exc}"))

    def goto(self, path: str):
        response = self.page.goto(self.base_url + path)
        self.page.wait_for_load_state("networkidle")
        return response

    def shot(self, name: str) -> Path:
        ARTIFACTS.mkdir(exist_ok=True)
        path = ARTIFACTS / f"{name}-{self.viewport}.png"
        self.page.screenshot(path=str(path), full_page=True)
        return path

    def check_layout(self, where: str) -> None:
        """No horizontal scrolling; body text at least 15 px; no console errors so far."""
        overflow = self.page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 1, f"{where} at {self.viewport}: horizontal scroll of {overflow}px"
        size = self.page.evaluate(
            "parseFloat(getComputedStyle(document.querySelector('.doc-body p, .hit .snippet, main p, main li') || document.body).fontSize)"
        )
        assert size >= 15, f"{where} at {self.viewport}: body text {size}px < 15px"
        assert not self.errors, f"{where} at {self.viewport}: {self.errors}"

    def close(self):
        self.context.close()


@pytest.fixture
def visit_factory(browser, live_server):
    opened: list[Visit] = []

    def _open(viewport: str) -> Visit:
        visit = Visit(browser, live_server.url, viewport)
        opened.append(visit)
        return visit

    yield _open
    for visit in opened:
        visit.close()


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
