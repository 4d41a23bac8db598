"""Money as integer fen (分), never float.

Every amount in this app is an ``int`` number of fen (1 yuan = 100 fen) from the moment
it is parsed until it leaves for a gateway: Alipay wants yuan as a string with two
decimals (``"6.66"``), WeChat Pay wants fen as an integer (``666``), the pages show the
shortest yuan form (``¥6.66``, ``¥66.6``, ``¥6``). Parsing is done on strings with a
regular expression and integer arithmetic only, so ``0.01`` and ``99.99`` round-trip
exactly.
"""

from __future__ import annotations

import re
from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

CURRENCY = "CNY"
#: Smallest amount any provider accepts (Alipay and WeChat Pay both take ¥0.01).
MIN_FEN = 1
#: Upper bound for any single tip, whatever the settings say (¥100,000).
HARD_MAX_FEN = 100_000 * 100

_YUAN_RE = re.compile(r"^([0-9]{1,9})(?:\.([0-9]{1,2}))?$")


class AmountError(ValueError):
    """An amount string that is not a plain non-negative yuan amount with ≤ 2 decimals."""


def parse_yuan(text: str) -> int:
    """Parse a yuan amount string into integer fen.

    Accepts ``"6"``, ``"6.6"``, ``"6.66"``, an optional leading ``¥``/``￥`` and
    surrounding spaces; full-width digits are not accepted. Returns fen (``"6.66"`` →
    666). Raises :class:`AmountError` naming the input for anything else: more than
    two decimals, signs, exponents, empty strings, non-strings (floats included —
    a float never reaches this function silently).
    """
    if not isinstance(text, str):
        raise AmountError(f"amount {text!r} is not a string")
    cleaned = text.strip().lstrip("¥￥").strip()
    match = _YUAN_RE.match(cleaned)
    if not match:
        raise AmountError(f"amount {text!r} is not a yuan amount with at most two decimals")
    whole, frac = match.group(1), (match.group(2) or "")
    return int(whole) * 100 + int(frac.ljust(2, "0") or "0")


def fen_to_decimal(fen: int) -> Decimal:
    """``666`` → ``Decimal("6.66")`` (always two decimal places)."""
    return Decimal(int(fen)).scaleb(-2).quantize(Decimal("0.01"))


def format_yuan(fen: int) -> str:
    """Shortest yuan form for pages: 1 → ``"0.01"``, 660 → ``"6.6"``, 600 → ``"6"``."""
    fen = int(fen)
    whole, frac = divmod(fen, 100)
    if frac == 0:
        return str(whole)
    text = f"{whole}.{frac:02d}"
    return text.rstrip("0")


def gateway_yuan(fen: int) -> str:
    """Two-decimal yuan string for gateways (Alipay ``total_amount``): 660 → ``"6.60"``."""
    whole, frac = divmod(int(fen), 100)
    return f"{whole}.{frac:02d}"


def preset_amounts() -> list[int]:
    """The preset tip amounts from ``settings.PAYMENTS_TIP_AMOUNTS`` in fen, ascending, unique.

    Raises ``ImproperlyConfigured`` naming the bad item (the system check reports it).
    """
    values = set()
    for item in settings.PAYMENTS_TIP_AMOUNTS:
        try:
            fen = parse_yuan(str(item))
        except AmountError as exc:
            raise ImproperlyConfigured(f"PAYMENTS_TIP_AMOUNTS: {exc}") from exc
        if not MIN_FEN <= fen <= HARD_MAX_FEN:
            raise ImproperlyConfigured(f"PAYMENTS_TIP_AMOUNTS: {item!r} is outside ¥0.01–¥100000")
        values.add(fen)
    return sorted(values)


def max_custom_fen() -> int:
    """The largest custom amount in fen from ``settings.PAYMENTS_TIP_MAX`` (yuan, default 500).

    Raises ``ImproperlyConfigured`` for a value that is not a yuan amount in range.
    """
    raw = str(settings.PAYMENTS_TIP_MAX)
    try:
        fen = parse_yuan(raw)
    except AmountError as exc:
        raise ImproperlyConfigured(f"PAYMENTS_TIP_MAX: {exc}") from exc
    if not MIN_FEN <= fen <= HARD_MAX_FEN:
        raise ImproperlyConfigured(f"PAYMENTS_TIP_MAX: {raw!r} is outside ¥0.01–¥100000")
    return fen
