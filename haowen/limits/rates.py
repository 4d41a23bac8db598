"""Rates as the settings write them: ``"60/min"``, ``"100/5min"``, ``"10/m/ip,5/5m/key"``.

One grammar for every limit: ``N/period`` where period is an optional multiplier and a
unit (``s``/``sec``, ``m``/``min``, ``h``/``hour``, ``d``/``day``), so ``"5/5m"`` and
``"5/5min"`` are both five per five minutes. Settings that name several scopes (allauth's
old format, kept for ``RATE_LIMIT_*``) add ``/scope`` and join rates with commas.
``"0"``, ``"off"`` or an empty value switch a limit off.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

_PERIODS = {"s": 1, "sec": 1, "second": 1, "seconds": 1, "m": 60, "min": 60, "minute": 60, "minutes": 60,
            "h": 3600, "hour": 3600, "hours": 3600, "d": 86400, "day": 86400, "days": 86400}
_RATE = re.compile(r"^\s*(\d+)\s*/\s*(\d*)\s*([a-z]+)\s*$")
_OFF = {"", "0", "off", "none"}


class Rate(NamedTuple):
    """``limit`` hits per ``window`` seconds (both ≥ 1)."""

    limit: int
    window: int

    def __str__(self) -> str:
        return f"{self.limit}/{self.window}s"


def _error(setting: str, value: str, scopes: tuple[str, ...] = ()) -> ValueError:
    form = "N/period" + ("/scope" if scopes else "")
    example = "10/m/ip,5/5m/key" if scopes else "60/min or 100/5min"
    where = f" with scope one of {', '.join(scopes)}" if scopes else ""
    return ValueError(
        f"{setting}={value!r} is not a rate; expected {form}{where}, period one of s, min, h, day "
        f"with an optional multiplier (for example {example}), or 0 for no limit"
    )


@functools.lru_cache(maxsize=64)
def parse_rate(value: str, setting: str = "rate") -> Rate | None:
    """Parse ``"60/min"`` into ``Rate(60, 60)``; None means no limit.

    Raises ``ValueError`` naming ``setting`` and the accepted form for anything else.
    """
    text = (value or "").strip().lower()
    if text in _OFF:
        return None
    match = _RATE.match(text)
    if not match or match.group(3) not in _PERIODS:
        raise _error(setting, value)
    count = int(match.group(1))
    if count == 0:
        return None
    return Rate(count, max(1, int(match.group(2) or 1) * _PERIODS[match.group(3)]))


@functools.lru_cache(maxsize=64)
def parse_scoped_rates(value: str, setting: str, scopes: tuple[str, ...]) -> dict[str, Rate]:
    """Parse ``"10/m/ip,5/5m/key"`` into ``{"ip": Rate(10, 60), "key": Rate(5, 300)}``.

    Each part is ``N/period/scope`` with scope in ``scopes``; a scope may appear once;
    an empty value (or ``"0"``) gives ``{}``. Raises ``ValueError`` naming ``setting``.
    """
    text = (value or "").strip().lower()
    if text in _OFF:
        return {}
    rates: dict[str, Rate] = {}
    for part in text.split(","):
        rate_text, _sep, scope = part.strip().rpartition("/")
        scope = scope.strip()
        if not rate_text or scope not in scopes or scope in rates:
            raise _error(setting, value, scopes)
        try:
            rate = parse_rate(rate_text, setting)
        except ValueError:
            raise _error(setting, value, scopes) from None
        if rate is not None:
            rates[scope] = rate
    return rates
