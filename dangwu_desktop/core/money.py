"""The one money reader and formatter: amounts are Decimal yuan with at most two places (fen),
never floats; the database keeps whole fen."""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

FEN = Decimal("0.01")
ZERO = Decimal("0.00")
_FULLWIDTH = str.maketrans("０１２３４５６７８９．－，", "0123456789.-,")
_NOISE = re.compile(r"[\s,¥￥]|元$")
LARGEST = Decimal("1000000")  # a million yuan: anything larger is a typing slip, not a payment


class MoneyError(ValueError):
    """A value that is not an amount of money; the message is Chinese."""


def round_fen(value: Decimal) -> Decimal:
    """Rounded half up to the fen (四舍五入到分), as dues are worked out."""
    return value.quantize(FEN, rounding=ROUND_HALF_UP)


def parse_money(value: object) -> Decimal:
    """An amount typed or read from a file: 12, 12.5, "12.50元", "￥1,200", "１２．５" …
    Refuses floats' artefacts (12.345), negatives and text with a Chinese message."""
    if isinstance(value, Decimal):
        text = str(value)
    elif isinstance(value, bool):
        raise MoneyError("不是金额")
    elif isinstance(value, int):
        text = str(value)
    elif isinstance(value, float):
        text = repr(value)  # the shortest text of the float: 12.5 for 12.5, 0.1 for 0.1
    else:
        text = _NOISE.sub("", str(value).translate(_FULLWIDTH).strip())
    if not text:
        raise MoneyError("金额为空")
    try:
        amount = Decimal(text)
    except InvalidOperation:
        raise MoneyError(f"“{value}”不是金额，请填写数字，如 12.50") from None
    if not amount.is_finite():
        raise MoneyError(f"“{value}”不是金额")
    if amount < 0:
        raise MoneyError(f"金额不能为负数（{value}）")
    if amount != amount.quantize(FEN):
        raise MoneyError(f"金额最多到分（两位小数）：{value}")
    if amount >= LARGEST:
        raise MoneyError(f"金额过大：{value}")
    return amount.quantize(FEN)


def yuan(amount: Decimal) -> str:
    """12.50: two places always, as a ledger prints money."""
    return f"{amount.quantize(FEN):.2f}"


def to_fen(amount: Decimal) -> int:
    return int((amount * 100).to_integral_value(rounding=ROUND_HALF_UP))


def from_fen(fen: int) -> Decimal:
    return (Decimal(fen) / 100).quantize(FEN)
