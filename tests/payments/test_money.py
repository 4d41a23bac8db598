"""Money is integer fen end to end: exact round-trips, strict parsing, no float anywhere."""

import ast
from decimal import Decimal
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

from haowen.payments import money

PAYMENTS = Path(__file__).resolve().parents[2] / "haowen" / "payments"


@pytest.mark.parametrize(
    "text, fen, shown, gateway",
    [
        ("0.01", 1, "0.01", "0.01"),
        ("1", 100, "1", "1.00"),
        ("6", 600, "6", "6.00"),
        ("6.66", 666, "6.66", "6.66"),
        ("52", 5200, "52", "52.00"),
        ("66.6", 6660, "66.6", "66.60"),
        ("99.99", 9999, "99.99", "99.99"),
        ("188", 18800, "188", "188.00"),
        ("365", 36500, "365", "365.00"),
        ("¥0.10", 10, "0.1", "0.10"),
    ],
)
def test_it_round_trips_amounts_exactly(text, fen, shown, gateway):
    assert money.parse_yuan(text) == fen
    assert money.format_yuan(fen) == shown
    assert money.gateway_yuan(fen) == gateway
    assert money.parse_yuan(money.gateway_yuan(fen)) == fen
    assert money.fen_to_decimal(fen) == Decimal(gateway)


def test_it_round_trips_every_preset_through_the_form_value():
    for fen in money.preset_amounts():
        assert money.parse_yuan(money.gateway_yuan(fen)) == fen


@pytest.mark.parametrize("bad", ["", " ", "1.001", "-1", "+1", "1e2", "1,000", "１", "0x10", "1.", ".5", "nan", "inf", "9999999999"])
def test_it_refuses_amount_strings_that_are_not_plain_yuan(bad):
    with pytest.raises(money.AmountError):
        money.parse_yuan(bad)


@pytest.mark.parametrize("bad", [0.01, 1, Decimal("1"), None, b"1"])
def test_it_refuses_non_strings_floats_included(bad):
    with pytest.raises(money.AmountError):
        money.parse_yuan(bad)


def test_it_sorts_and_deduplicates_preset_amounts(settings):
    settings.PAYMENTS_TIP_AMOUNTS = ["365", "0.01", "6.66", "6.6", "6.60", "1"]
    assert money.preset_amounts() == [1, 100, 660, 666, 36500]


def test_it_names_a_bad_preset_amount(settings):
    settings.PAYMENTS_TIP_AMOUNTS = ["1", "abc"]
    with pytest.raises(ImproperlyConfigured, match="PAYMENTS_TIP_AMOUNTS.*abc"):
        money.preset_amounts()
    settings.PAYMENTS_TIP_MAX = "0"
    with pytest.raises(ImproperlyConfigured, match="PAYMENTS_TIP_MAX"):
        money.max_custom_fen()


def test_it_never_uses_float_in_the_payments_code():
    offenders = []
    for path in PAYMENTS.rglob("*.py"):
        if "migrations" in path.parts:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Name) and node.id == "float":
                offenders.append(f"{path.name}:{node.lineno} float()")
            elif isinstance(node, ast.Constant) and type(node.value) is float:
                offenders.append(f"{path.name}:{node.lineno} float literal {node.value!r}")
            elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.Div):
                # True division yields floats; money code uses // and divmod only.
                offenders.append(f"{path.name}:{node.lineno} '/' division")
    assert not offenders, offenders
