"""One burst of concurrent payment notifications, for the concurrency tests.

Shared by tests/payments/test_concurrency.py (its child process) and
tests/payments/membership_race.py, so both race deliveries the same way: one thread per
notification body, all released at once by a barrier, each handled by
``services.process_notification`` as the notify view does, each thread closing its own
database connection.
"""

from __future__ import annotations

import threading


def deliver_at_once(bodies: list[str], provider: str = "sandbox") -> tuple[list[str], list[str]]:
    """Deliver every x-www-form-urlencoded notification body in ``bodies`` to ``provider``
    from its own thread, all at the same moment.

    Returns ``(answers, errors)``: the decoded answer bodies the gateway would read (in the
    order the threads finished) and ``repr`` of any exception a thread raised. The caller
    closes its own connection first (a thread must not share it).
    """
    from django.db import connection
    from django.test import RequestFactory

    from haowen.payments import services
    from haowen.payments.providers import get_provider

    barrier = threading.Barrier(len(bodies))
    answers, errors = [], []

    def deliver(body):
        try:
            request = RequestFactory().post(
                f"/pay/notify/{provider}/", data=body, content_type="application/x-www-form-urlencoded"
            )
            barrier.wait()
            answers.append(services.process_notification(get_provider(provider), request).content.decode())
        except Exception as exc:  # noqa: BLE001 — reported to the test
            errors.append(repr(exc))
        finally:
            connection.close()

    threads = [threading.Thread(target=deliver, args=(body,)) for body in bodies]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return answers, errors
