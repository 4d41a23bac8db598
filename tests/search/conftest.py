"""Search test fixtures shared by several modules."""

from __future__ import annotations

import pytest

from haowen.library.preview import preview_paragraphs
from tests.search.test_gated import GATED, PUBLIC, TITLE


@pytest.fixture
def gated_article(settings, make_article):
    """A members-only article whose preview is exactly PUBLIC (a precondition checked here)."""
    settings.PREVIEW_PERCENT, settings.PREVIEW_MAX_CHARS = 95, len("".join(PUBLIC))
    article = make_article(TITLE, "\n".join(PUBLIC + GATED), kind="plan", access_level="members")
    assert preview_paragraphs(article.paragraphs) == PUBLIC
    return article
