"""What the 换届 page says of the term and the list: the 差额 as the list stands, and the line
over the page as the term runs out (dated cases)."""

from __future__ import annotations

from datetime import date

import pytest

from dangwu_desktop.ledgers.elections.book import ElectionState
from dangwu_desktop.ledgers.elections.checklist import margin_text, term_line
from dangwu_desktop.ledgers.elections.rules import Timing, election_due

END = date(2026, 4, 18)


@pytest.mark.parametrize(
    ("seats", "candidates", "said"),
    [
        (5, 6, "应选5名，候选人6名，差额20%"),
        (3, 4, "应选3名，候选人4名，差额33.3%"),
        (7, 9, "应选7名，候选人9名，差额28.6%"),
        (5, 5, "应选5名，候选人5名，差额0%"),
    ],
)
def test_margin_text(seats: int, candidates: int, said: str) -> None:
    assert margin_text(seats, candidates) == said


@pytest.mark.parametrize(
    ("today", "timing", "months", "line"),
    [
        (date(2025, 10, 17), Timing.ON_TIME, None, None),  # more than six months before
        (date(2025, 10, 18), Timing.ON_TIME, None, "本届任期至2026年4月18日，还有182天"),
        (date(2026, 4, 18), Timing.ON_TIME, None, "本届任期至2026年4月18日，还有0天"),
        (date(2026, 5, 1), Timing.ON_TIME, None, "本届任期至2026年4月18日，已到期13天"),
        (
            date(2026, 5, 1),
            Timing.POSTPONED,
            3,
            "本届任期至2026年4月18日，经批准延期至2026年7月18日，还有78天",
        ),
        (
            date(2026, 8, 1),
            Timing.POSTPONED,
            3,
            "本届任期至2026年4月18日，已到期105天，经批准延期至2026年7月18日",
        ),
    ],
)
def test_term_line(today: date, timing: Timing, months: int | None, line: str | None) -> None:
    due = election_due(END, timing, months)
    state = ElectionState(11, date(2021, 4, 18), END, due, timing, months)
    assert term_line(state, today) == line
