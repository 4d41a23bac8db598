"""Fixtures for the writer's-tools tests: the model speech and its fixtures are the library
tests' (:mod:`tests.library.conftest`), shared rather than copied."""

from __future__ import annotations

from tests.library.conftest import SPEECH, _fresh_keyword_df, speech

__all__ = ["SPEECH", "_fresh_keyword_df", "speech"]
