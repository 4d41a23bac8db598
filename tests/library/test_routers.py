"""The read-replica router: reads go to a replica, writes and read-after-write to the primary."""

import pytest
from django.db import connections
from django.test import RequestFactory

from haowen.library import routers
from haowen.library.models import Article


@pytest.fixture
def replica(settings):
    dbs = dict(settings.DATABASES)
    dbs["replica1"] = {**dbs["default"], "TEST": {"MIRROR": "default"}}
    settings.DATABASES = dbs
    yield "replica1"
    routers.unpin()


def test_it_reads_from_a_replica_and_writes_to_the_primary(replica):
    router = routers.PrimaryReplicaRouter()
    routers.unpin()
    assert router.db_for_read(Article) == "replica1"
    assert router.db_for_write(Article) == "default"
    # read-after-write: once this thread wrote, its reads go to the primary
    assert router.db_for_read(Article) == "default"


def test_it_unpins_at_each_request_and_pins_posts(replica):
    seen = {}

    def view(request):
        seen[request.method] = routers.is_pinned()
        return None

    middleware = routers.PinPrimaryMiddleware(view)
    routers.pin_primary()
    middleware(RequestFactory().get("/"))
    middleware(RequestFactory().post("/"))
    assert seen == {"GET": False, "POST": True}
    assert not routers.is_pinned()


def test_it_only_migrates_the_primary():
    router = routers.PrimaryReplicaRouter()
    assert router.allow_migrate("default", "library") is True
    assert router.allow_migrate("replica1", "library") is False
    assert router.allow_migrate("copy_source", "library") is True


def test_it_without_replicas_reads_from_default(settings):
    routers.unpin()
    assert routers.PrimaryReplicaRouter().db_for_read(Article) == "default"
    assert "default" in connections.databases
