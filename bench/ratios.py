"""The one table every benchmark prints: each measurement beside its raw baseline, and the ratio."""

from __future__ import annotations

from collections.abc import Sequence

Row = tuple[str, float, str, float]  # (what, seconds, baseline, baseline seconds)


def print_ratios(rows: Sequence[Row]) -> None:
    print(f"{'测量':<30}{'本程序':>11}  {'基准':<34}{'基准值':>11}{'倍数':>7}")
    for label, value, baseline_label, baseline in rows:
        print(
            f"{label:<30}{_time(value):>11}  {baseline_label:<34}{_time(baseline):>11}{value / baseline:>7.2f}"
        )


def _time(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms" if seconds < 1 else f"{seconds:.2f} s"
