"""Fuzz the API from its own OpenAPI description with schemathesis (in-process, WSGI).

Asserts schemathesis's default checks: no 500s, documented status codes and content
types, and every response body valid against the schema. Bounded with
``max_examples`` so the whole module runs in seconds.
"""

from __future__ import annotations

import datetime as dt

import pytest
import schemathesis
from hypothesis import HealthCheck, settings

from haowen.wsgi import application

MAX_EXAMPLES = 25


# Loaded at import (fetching /api/openapi.json needs no database). Not
# ``schemathesis.pytest.from_fixture``: schemathesis 4.32 reads ``Function._nodeid``,
# which pytest 9 no longer has.
schema = schemathesis.openapi.from_wsgi("/api/openapi.json", application)


@pytest.fixture(autouse=True)
def _library(db, make_article):
    """A few articles (one gated, one tagged) for the fuzzer to find."""
    from haowen.library.models import ArticleTag, Tag

    make_article(title="务虚会讲话", body="同志们：\n今天召开务虚会。\n一、统一思想\n二、狠抓落实", kind="speech")
    gated = make_article(title="会员文章", body="开头。\n会员才能读的部分。", kind="report",
                         published_on=dt.date(2021, 1, 1), access_level="members")
    ArticleTag.objects.create(article=gated, tag=Tag.objects.create(name="乡村振兴"), weight=1.0)


@pytest.fixture(autouse=True)
def _keep_the_test_connection():
    """Calls go through the real WSGI handler, whose request signals would close the test's
    database connection (and its transaction); Django's test client disconnects them too."""
    from django.core.signals import request_finished, request_started
    from django.db import close_old_connections

    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@schema.parametrize()
@settings(max_examples=MAX_EXAMPLES, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.filter_too_much])
def test_it_conforms_to_its_openapi_description(case):
    case.call_and_validate()


@schema.parametrize()
@settings(max_examples=MAX_EXAMPLES // 2, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.filter_too_much])
def test_it_conforms_with_a_token_too(case, reader_token):
    case.call_and_validate(headers={"Authorization": f"Bearer {reader_token}"})
