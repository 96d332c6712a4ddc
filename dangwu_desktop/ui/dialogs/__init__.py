"""Dialogs: each holds its compiled form as `self.ui` and saves through a core service."""

from __future__ import annotations

import html
from collections.abc import Sequence

ERROR_STYLE = "color:#b91c1c"
WARNING_STYLE = "color:#b45309"


def message_html(lines: Sequence[str], style: str) -> str:
    """Messages as a small HTML list for a findings label."""
    items = "".join(f"<li>{html.escape(line)}</li>" for line in lines)
    return f'<div style="{style}"><ul style="margin:0 0 0 -20px">{items}</ul></div>'
